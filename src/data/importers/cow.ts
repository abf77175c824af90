/**
 * Correlates of War state numbers (ccodes) -> Entente ids, written by hand from the public COW
 * State System Membership list (v2016). ATOP and COW alliance files identify states this way.
 *
 * Most codes are one state. A few codes stand for different Entente states over time, and are
 * resolved by date:
 * - 255 Germany (the Reich to 1945, united Germany from 1990) and 260 German Federal Republic
 *   are both `DEU` (continuity of the FRG); 265 GDR is `DDR`;
 * - 365 Russia is `RUS` to 1917, `SUN` from the revolution to the end of 1991, `RUS` again after;
 * - 345 Serbia / Yugoslavia is `SRB` (Kingdom of Serbia) to 1918, `YUG` to April 1992, `SCG`
 *   (FR Yugoslavia / Serbia and Montenegro) to June 2006, `SRB` after;
 * - 816 Vietnam (the DRV from 1954) is `VNM`, 817 Republic of Vietnam is `RVN`.
 * States that ended before 1945 and have no ISO code keep their COW letter code as id (the
 * Papal States, 327, are VAT as in the countrycode crosswalk).
 */
import type { PartialDate } from '../../model/types';

export interface CowPeriod {
  id: string;
  /** First day (YYYY-MM-DD) this id applies; the first period starts at -infinity. */
  from?: string;
}

interface CowEntry {
  /** COW state name. */
  name: string;
  /** One id, or ids by period (ordered). */
  id: string | CowPeriod[];
}

// prettier-ignore
const COW: Record<number, CowEntry> = {
  2: { name: 'United States of America', id: 'USA' },
  20: { name: 'Canada', id: 'CAN' },
  31: { name: 'Bahamas', id: 'BHS' },
  40: { name: 'Cuba', id: 'CUB' },
  41: { name: 'Haiti', id: 'HTI' },
  42: { name: 'Dominican Republic', id: 'DOM' },
  51: { name: 'Jamaica', id: 'JAM' },
  52: { name: 'Trinidad and Tobago', id: 'TTO' },
  53: { name: 'Barbados', id: 'BRB' },
  54: { name: 'Dominica', id: 'DMA' },
  55: { name: 'Grenada', id: 'GRD' },
  56: { name: 'St. Lucia', id: 'LCA' },
  57: { name: 'St. Vincent and the Grenadines', id: 'VCT' },
  58: { name: 'Antigua & Barbuda', id: 'ATG' },
  60: { name: 'St. Kitts and Nevis', id: 'KNA' },
  70: { name: 'Mexico', id: 'MEX' },
  80: { name: 'Belize', id: 'BLZ' },
  89: { name: 'United Provinces of Central America', id: 'UPC' },
  90: { name: 'Guatemala', id: 'GTM' },
  91: { name: 'Honduras', id: 'HND' },
  92: { name: 'El Salvador', id: 'SLV' },
  93: { name: 'Nicaragua', id: 'NIC' },
  94: { name: 'Costa Rica', id: 'CRI' },
  95: { name: 'Panama', id: 'PAN' },
  99: { name: 'Gran Colombia', id: 'GCL' },
  100: { name: 'Colombia', id: 'COL' },
  101: { name: 'Venezuela', id: 'VEN' },
  110: { name: 'Guyana', id: 'GUY' },
  115: { name: 'Suriname', id: 'SUR' },
  130: { name: 'Ecuador', id: 'ECU' },
  135: { name: 'Peru', id: 'PER' },
  140: { name: 'Brazil', id: 'BRA' },
  145: { name: 'Bolivia', id: 'BOL' },
  150: { name: 'Paraguay', id: 'PRY' },
  155: { name: 'Chile', id: 'CHL' },
  160: { name: 'Argentina', id: 'ARG' },
  165: { name: 'Uruguay', id: 'URY' },
  200: { name: 'United Kingdom', id: 'GBR' },
  205: { name: 'Ireland', id: 'IRL' },
  210: { name: 'Netherlands', id: 'NLD' },
  211: { name: 'Belgium', id: 'BEL' },
  212: { name: 'Luxembourg', id: 'LUX' },
  220: { name: 'France', id: 'FRA' },
  221: { name: 'Monaco', id: 'MCO' },
  223: { name: 'Liechtenstein', id: 'LIE' },
  225: { name: 'Switzerland', id: 'CHE' },
  230: { name: 'Spain', id: 'ESP' },
  232: { name: 'Andorra', id: 'AND' },
  235: { name: 'Portugal', id: 'PRT' },
  240: { name: 'Hanover', id: 'HAN' },
  245: { name: 'Bavaria', id: 'BAV' },
  255: { name: 'Germany', id: 'DEU' },
  260: { name: 'German Federal Republic', id: 'DEU' },
  265: { name: 'German Democratic Republic', id: 'DDR' },
  267: { name: 'Baden', id: 'BAD' },
  269: { name: 'Saxony', id: 'SAX' },
  271: { name: 'Wuerttemburg', id: 'WRT' },
  273: { name: 'Hesse Electoral', id: 'HSE' },
  275: { name: 'Hesse Grand Ducal', id: 'HSG' },
  280: { name: 'Mecklenburg Schwerin', id: 'MEC' },
  290: { name: 'Poland', id: 'POL' },
  300: { name: 'Austria-Hungary', id: 'AUH' },
  305: { name: 'Austria', id: 'AUT' },
  310: { name: 'Hungary', id: 'HUN' },
  315: { name: 'Czechoslovakia', id: 'CSK' },
  316: { name: 'Czech Republic', id: 'CZE' },
  317: { name: 'Slovakia', id: 'SVK' },
  325: { name: 'Italy', id: 'ITA' },
  327: { name: 'Papal States', id: 'VAT' },
  329: { name: 'Two Sicilies', id: 'SIC' },
  331: { name: 'San Marino', id: 'SMR' },
  332: { name: 'Modena', id: 'MOD' },
  335: { name: 'Parma', id: 'PMA' },
  337: { name: 'Tuscany', id: 'TUS' },
  338: { name: 'Malta', id: 'MLT' },
  339: { name: 'Albania', id: 'ALB' },
  341: { name: 'Montenegro', id: 'MNE' },
  343: { name: 'Macedonia', id: 'MKD' },
  344: { name: 'Croatia', id: 'HRV' },
  345: { name: 'Yugoslavia', id: [{ id: 'SRB' }, { id: 'YUG', from: '1918-12-01' }, { id: 'SCG', from: '1992-04-27' }, { id: 'SRB', from: '2006-06-05' }] },
  346: { name: 'Bosnia and Herzegovina', id: 'BIH' },
  347: { name: 'Kosovo', id: 'XKX' },
  349: { name: 'Slovenia', id: 'SVN' },
  350: { name: 'Greece', id: 'GRC' },
  352: { name: 'Cyprus', id: 'CYP' },
  355: { name: 'Bulgaria', id: 'BGR' },
  359: { name: 'Moldova', id: 'MDA' },
  360: { name: 'Romania', id: 'ROU' },
  365: { name: 'Russia', id: [{ id: 'RUS' }, { id: 'SUN', from: '1917-11-07' }, { id: 'RUS', from: '1991-12-26' }] },
  366: { name: 'Estonia', id: 'EST' },
  367: { name: 'Latvia', id: 'LVA' },
  368: { name: 'Lithuania', id: 'LTU' },
  369: { name: 'Ukraine', id: 'UKR' },
  370: { name: 'Belarus', id: 'BLR' },
  371: { name: 'Armenia', id: 'ARM' },
  372: { name: 'Georgia', id: 'GEO' },
  373: { name: 'Azerbaijan', id: 'AZE' },
  375: { name: 'Finland', id: 'FIN' },
  380: { name: 'Sweden', id: 'SWE' },
  385: { name: 'Norway', id: 'NOR' },
  390: { name: 'Denmark', id: 'DNK' },
  395: { name: 'Iceland', id: 'ISL' },
  402: { name: 'Cape Verde', id: 'CPV' },
  403: { name: 'Sao Tome and Principe', id: 'STP' },
  404: { name: 'Guinea-Bissau', id: 'GNB' },
  411: { name: 'Equatorial Guinea', id: 'GNQ' },
  420: { name: 'Gambia', id: 'GMB' },
  432: { name: 'Mali', id: 'MLI' },
  433: { name: 'Senegal', id: 'SEN' },
  434: { name: 'Benin', id: 'BEN' },
  435: { name: 'Mauritania', id: 'MRT' },
  436: { name: 'Niger', id: 'NER' },
  437: { name: 'Ivory Coast', id: 'CIV' },
  438: { name: 'Guinea', id: 'GIN' },
  439: { name: 'Burkina Faso', id: 'BFA' },
  450: { name: 'Liberia', id: 'LBR' },
  451: { name: 'Sierra Leone', id: 'SLE' },
  452: { name: 'Ghana', id: 'GHA' },
  461: { name: 'Togo', id: 'TGO' },
  471: { name: 'Cameroon', id: 'CMR' },
  475: { name: 'Nigeria', id: 'NGA' },
  481: { name: 'Gabon', id: 'GAB' },
  482: { name: 'Central African Republic', id: 'CAF' },
  483: { name: 'Chad', id: 'TCD' },
  484: { name: 'Congo', id: 'COG' },
  490: { name: 'Democratic Republic of the Congo', id: 'COD' },
  500: { name: 'Uganda', id: 'UGA' },
  501: { name: 'Kenya', id: 'KEN' },
  510: { name: 'Tanzania', id: 'TZA' },
  511: { name: 'Zanzibar', id: 'ZAN' },
  516: { name: 'Burundi', id: 'BDI' },
  517: { name: 'Rwanda', id: 'RWA' },
  520: { name: 'Somalia', id: 'SOM' },
  522: { name: 'Djibouti', id: 'DJI' },
  530: { name: 'Ethiopia', id: 'ETH' },
  531: { name: 'Eritrea', id: 'ERI' },
  540: { name: 'Angola', id: 'AGO' },
  541: { name: 'Mozambique', id: 'MOZ' },
  551: { name: 'Zambia', id: 'ZMB' },
  552: { name: 'Zimbabwe', id: 'ZWE' },
  553: { name: 'Malawi', id: 'MWI' },
  560: { name: 'South Africa', id: 'ZAF' },
  565: { name: 'Namibia', id: 'NAM' },
  570: { name: 'Lesotho', id: 'LSO' },
  571: { name: 'Botswana', id: 'BWA' },
  572: { name: 'Swaziland', id: 'SWZ' },
  580: { name: 'Madagascar', id: 'MDG' },
  581: { name: 'Comoros', id: 'COM' },
  590: { name: 'Mauritius', id: 'MUS' },
  591: { name: 'Seychelles', id: 'SYC' },
  600: { name: 'Morocco', id: 'MAR' },
  615: { name: 'Algeria', id: 'DZA' },
  616: { name: 'Tunisia', id: 'TUN' },
  620: { name: 'Libya', id: 'LBY' },
  625: { name: 'Sudan', id: 'SDN' },
  626: { name: 'South Sudan', id: 'SSD' },
  630: { name: 'Iran', id: 'IRN' },
  640: { name: 'Turkey', id: 'TUR' },
  645: { name: 'Iraq', id: 'IRQ' },
  651: { name: 'Egypt', id: 'EGY' },
  652: { name: 'Syria', id: 'SYR' },
  660: { name: 'Lebanon', id: 'LBN' },
  663: { name: 'Jordan', id: 'JOR' },
  666: { name: 'Israel', id: 'ISR' },
  670: { name: 'Saudi Arabia', id: 'SAU' },
  678: { name: 'Yemen Arab Republic', id: 'YAR' },
  679: { name: 'Yemen', id: 'YEM' },
  680: { name: "Yemen People's Republic", id: 'YMD' },
  690: { name: 'Kuwait', id: 'KWT' },
  692: { name: 'Bahrain', id: 'BHR' },
  694: { name: 'Qatar', id: 'QAT' },
  696: { name: 'United Arab Emirates', id: 'ARE' },
  698: { name: 'Oman', id: 'OMN' },
  700: { name: 'Afghanistan', id: 'AFG' },
  701: { name: 'Turkmenistan', id: 'TKM' },
  702: { name: 'Tajikistan', id: 'TJK' },
  703: { name: 'Kyrgyzstan', id: 'KGZ' },
  704: { name: 'Uzbekistan', id: 'UZB' },
  705: { name: 'Kazakhstan', id: 'KAZ' },
  710: { name: 'China', id: 'CHN' },
  711: { name: 'Tibet', id: 'TBT' },
  712: { name: 'Mongolia', id: 'MNG' },
  713: { name: 'Taiwan', id: 'TWN' },
  730: { name: 'Korea', id: 'KOREA' },
  731: { name: 'North Korea', id: 'PRK' },
  732: { name: 'South Korea', id: 'KOR' },
  740: { name: 'Japan', id: 'JPN' },
  750: { name: 'India', id: 'IND' },
  760: { name: 'Bhutan', id: 'BTN' },
  770: { name: 'Pakistan', id: 'PAK' },
  771: { name: 'Bangladesh', id: 'BGD' },
  775: { name: 'Myanmar', id: 'MMR' },
  780: { name: 'Sri Lanka', id: 'LKA' },
  781: { name: 'Maldives', id: 'MDV' },
  790: { name: 'Nepal', id: 'NPL' },
  800: { name: 'Thailand', id: 'THA' },
  811: { name: 'Cambodia', id: 'KHM' },
  812: { name: 'Laos', id: 'LAO' },
  816: { name: 'Vietnam', id: 'VNM' },
  817: { name: 'Republic of Vietnam', id: 'RVN' },
  820: { name: 'Malaysia', id: 'MYS' },
  830: { name: 'Singapore', id: 'SGP' },
  835: { name: 'Brunei', id: 'BRN' },
  840: { name: 'Philippines', id: 'PHL' },
  850: { name: 'Indonesia', id: 'IDN' },
  860: { name: 'East Timor', id: 'TLS' },
  900: { name: 'Australia', id: 'AUS' },
  910: { name: 'Papua New Guinea', id: 'PNG' },
  920: { name: 'New Zealand', id: 'NZL' },
  935: { name: 'Vanuatu', id: 'VUT' },
  940: { name: 'Solomon Islands', id: 'SLB' },
  946: { name: 'Kiribati', id: 'KIR' },
  947: { name: 'Tuvalu', id: 'TUV' },
  950: { name: 'Fiji', id: 'FJI' },
  955: { name: 'Tonga', id: 'TON' },
  970: { name: 'Nauru', id: 'NRU' },
  983: { name: 'Marshall Islands', id: 'MHL' },
  986: { name: 'Palau', id: 'PLW' },
  987: { name: 'Federated States of Micronesia', id: 'FSM' },
  990: { name: 'Samoa', id: 'WSM' },
};

/** All codes of the table. */
export const COW_CODES: readonly number[] = Object.keys(COW).map(Number);

/** The COW state name of a code (undefined when unknown). */
export function cowName(code: number): string | undefined {
  return COW[code]?.name;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` -> `YYYY-MM-DD` (missing parts = first month / day). */
export function dateStart(date: PartialDate): string {
  const [y = '0000', m = '01', d = '01'] = date.split('-');
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The Entente id of a COW code on a date (or in a year: its middle, 1 July). */
export function cowToId(code: number, when: PartialDate | number): string | undefined {
  const entry = COW[code];
  if (!entry) return undefined;
  if (typeof entry.id === 'string') return entry.id;
  const day = typeof when === 'number' ? `${String(when).padStart(4, '0')}-07-01` : dateStart(when);
  let id = entry.id[0]!.id;
  for (const p of entry.id) if (!p.from || p.from <= day) id = p.id;
  return id;
}

/** Days from 0000-03-01 (proleptic Gregorian), for date arithmetic on `YYYY-MM-DD`. */
function dayNumber(iso: string): number {
  const [y0, m0, d] = iso.split('-').map(Number) as [number, number, number];
  const m = (m0 + 9) % 12;
  const y = y0 - Math.floor(m / 10);
  return (
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) +
    Math.floor((m * 306 + 5) / 10) +
    (d - 1)
  );
}

export interface CowSpell {
  id: string;
  from: PartialDate;
  /** null = still so. */
  to: PartialDate | null;
}

/**
 * Split a membership spell of a COW code into spells of Entente ids (e.g. 365 from 1955 to
 * ongoing -> SUN 1955..1991-12-26, RUS 1991-12-26..). Pieces shorter than 31 days at a boundary
 * are given to the neighbouring piece, so that a treaty signed by "Russia" on 21 December
 * 1991 does not make the Soviet Union a member for five days. Unknown code -> [].
 */
export function cowSpells(code: number, from: PartialDate, to: PartialDate | null): CowSpell[] {
  const entry = COW[code];
  if (!entry) return [];
  if (typeof entry.id === 'string') return [{ id: entry.id, from, to }];
  const start = dateStart(from);
  const end = to === null ? null : dateStart(to);
  const periods = entry.id;
  const pieces: { id: string; a: string; b: string | null }[] = [];
  for (let i = 0; i < periods.length; i++) {
    const pStart = periods[i]!.from ?? '0000-01-01';
    const pEnd = periods[i + 1]?.from ?? null; // exclusive
    const a = start > pStart ? start : pStart;
    const b = end === null ? pEnd : pEnd === null || end < pEnd ? end : pEnd;
    if (b === null || a < b) pieces.push({ id: periods[i]!.id, a, b });
  }
  // An empty spell (from = to), or one outside every period: the id on its first day.
  if (pieces.length === 0) return [{ id: cowToId(code, from)!, from, to }];
  // Fold pieces shorter than 31 days into the piece before them (or after, for the first).
  const days = (p: { a: string; b: string | null }) =>
    p.b === null ? Infinity : dayNumber(p.b) - dayNumber(p.a);
  let kept = pieces.filter((p) => days(p) >= 31);
  if (kept.length === 0) kept = [pieces.reduce((x, y) => (days(y) > days(x) ? y : x))];
  const spells: CowSpell[] = [];
  for (let i = 0; i < kept.length; i++) {
    const id = kept[i]!.id;
    const last = spells[spells.length - 1];
    const next = kept[i + 1];
    const pieceTo = next ? next.a : to;
    if (last && last.id === id) last.to = pieceTo;
    else spells.push({ id, from: i === 0 ? from : kept[i]!.a, to: pieceTo });
  }
  return spells;
}
