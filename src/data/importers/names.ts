/**
 * SIPRI actor names -> Entente ids, written by hand (names and codes are public facts).
 *
 * It covers every supplier and recipient name in the SIPRI exports of 2023-2026 (266 names),
 * plus older or alternative spellings seen in other SIPRI files and TIV tables. Rules:
 * - states get their ISO 3166-1 alpha-3 code, or the historical codes of public/data/README.md;
 * - a few names depend on the year (SIPRI's `Yugoslavia` and `Serbia`);
 * - names ending in `*` are non-state actors, `**` organisations, and names starting with
 *   `unknown` are placeholders: each becomes its own node with an `X-` id and a `kind`.
 */
import type { ActorKind } from '../../model/types';

/** An id valid from `from` (inclusive, default -inf) to `to` (inclusive, default +inf). */
export interface YearRule {
  id: string;
  from?: number;
  to?: number;
}

/** State names. A string is a fixed id; a list is resolved by year. */
const STATES: Record<string, string | YearRule[]> = {
  Afghanistan: 'AFG',
  Albania: 'ALB',
  Algeria: 'DZA',
  Angola: 'AGO',
  'Antigua and Barbuda': 'ATG',
  Argentina: 'ARG',
  Armenia: 'ARM',
  Aruba: 'ABW',
  Australia: 'AUS',
  Austria: 'AUT',
  Azerbaijan: 'AZE',
  Bahamas: 'BHS',
  Bahrain: 'BHR',
  Bangladesh: 'BGD',
  Barbados: 'BRB',
  Belarus: 'BLR',
  Belgium: 'BEL',
  Belize: 'BLZ',
  Benin: 'BEN',
  Bhutan: 'BTN',
  Bolivia: 'BOL',
  'Bosnia-Herzegovina': 'BIH',
  'Bosnia and Herzegovina': 'BIH',
  Botswana: 'BWA',
  Brazil: 'BRA',
  Brunei: 'BRN',
  Bulgaria: 'BGR',
  'Burkina Faso': 'BFA',
  Burundi: 'BDI',
  'Cabo Verde': 'CPV',
  'Cape Verde': 'CPV',
  Cambodia: 'KHM',
  Cameroon: 'CMR',
  Canada: 'CAN',
  'Central African Republic': 'CAF',
  Chad: 'TCD',
  Chile: 'CHL',
  China: 'CHN',
  Colombia: 'COL',
  Comoros: 'COM',
  Congo: 'COG',
  'Costa Rica': 'CRI',
  "Cote d'Ivoire": 'CIV',
  'Ivory Coast': 'CIV',
  Croatia: 'HRV',
  Cuba: 'CUB',
  Cyprus: 'CYP',
  Czechia: 'CZE',
  'Czech Republic': 'CZE',
  Czechoslovakia: 'CSK',
  'DR Congo': 'COD',
  Zaire: 'COD',
  Denmark: 'DNK',
  Djibouti: 'DJI',
  Dominica: 'DMA',
  'Dominican Republic': 'DOM',
  'East Germany (GDR)': 'DDR',
  'East Germany': 'DDR',
  Ecuador: 'ECU',
  Egypt: 'EGY',
  'El Salvador': 'SLV',
  'Equatorial Guinea': 'GNQ',
  Eritrea: 'ERI',
  Estonia: 'EST',
  Ethiopia: 'ETH',
  eSwatini: 'SWZ',
  Swaziland: 'SWZ',
  Fiji: 'FJI',
  Finland: 'FIN',
  France: 'FRA',
  Gabon: 'GAB',
  Gambia: 'GMB',
  Georgia: 'GEO',
  Germany: 'DEU',
  'West Germany (FRG)': 'DEU',
  'West Germany': 'DEU',
  Ghana: 'GHA',
  Greece: 'GRC',
  Grenada: 'GRD',
  Guatemala: 'GTM',
  Guinea: 'GIN',
  'Guinea-Bissau': 'GNB',
  Guyana: 'GUY',
  Haiti: 'HTI',
  Honduras: 'HND',
  Hungary: 'HUN',
  Iceland: 'ISL',
  India: 'IND',
  Indonesia: 'IDN',
  Iran: 'IRN',
  Iraq: 'IRQ',
  Ireland: 'IRL',
  Israel: 'ISR',
  Italy: 'ITA',
  Jamaica: 'JAM',
  Japan: 'JPN',
  Jordan: 'JOR',
  Kazakhstan: 'KAZ',
  Kenya: 'KEN',
  Kiribati: 'KIR',
  Kosovo: 'XKX',
  Kuwait: 'KWT',
  Kyrgyzstan: 'KGZ',
  Laos: 'LAO',
  Latvia: 'LVA',
  Lebanon: 'LBN',
  Lesotho: 'LSO',
  Liberia: 'LBR',
  Libya: 'LBY',
  /** The Tripoli-based government (GNC, later GNA): SIPRI treats it as the state. */
  'Libya GNC': 'LBY',
  'Libya GNA': 'LBY',
  Lithuania: 'LTU',
  Luxembourg: 'LUX',
  Madagascar: 'MDG',
  Malawi: 'MWI',
  Malaysia: 'MYS',
  Maldives: 'MDV',
  Mali: 'MLI',
  Malta: 'MLT',
  'Marshall Islands': 'MHL',
  Mauritania: 'MRT',
  Mauritius: 'MUS',
  Mexico: 'MEX',
  Micronesia: 'FSM',
  Moldova: 'MDA',
  Mongolia: 'MNG',
  Montenegro: 'MNE',
  Morocco: 'MAR',
  Mozambique: 'MOZ',
  Myanmar: 'MMR',
  Burma: 'MMR',
  Namibia: 'NAM',
  Nauru: 'NRU',
  Nepal: 'NPL',
  Netherlands: 'NLD',
  'New Zealand': 'NZL',
  Nicaragua: 'NIC',
  Niger: 'NER',
  Nigeria: 'NGA',
  'North Korea': 'PRK',
  'North Macedonia': 'MKD',
  Macedonia: 'MKD',
  'Macedonia (FYROM)': 'MKD',
  'North Yemen': 'YAR',
  'Yemen Arab Republic (North Yemen)': 'YAR',
  'Northern Cyprus': 'XNC',
  Norway: 'NOR',
  Oman: 'OMN',
  Pakistan: 'PAK',
  Palau: 'PLW',
  Palestine: 'PSE',
  Panama: 'PAN',
  'Papua New Guinea': 'PNG',
  Paraguay: 'PRY',
  Peru: 'PER',
  Philippines: 'PHL',
  Poland: 'POL',
  Portugal: 'PRT',
  Qatar: 'QAT',
  Romania: 'ROU',
  Russia: 'RUS',
  Rwanda: 'RWA',
  'Saint Kitts and Nevis': 'KNA',
  'Saint Lucia': 'LCA',
  'Saint Vincent': 'VCT',
  'Saint Vincent and the Grenadines': 'VCT',
  Samoa: 'WSM',
  'Sao Tome and Principe': 'STP',
  'Saudi Arabia': 'SAU',
  Senegal: 'SEN',
  /** SIPRI's `Serbia` also covers the Federal Republic of Yugoslavia / Serbia and Montenegro. */
  Serbia: [
    { id: 'SCG', to: 2005 },
    { id: 'SRB', from: 2006 },
  ],
  'Serbia and Montenegro': 'SCG',
  Seychelles: 'SYC',
  'Sierra Leone': 'SLE',
  Singapore: 'SGP',
  Slovakia: 'SVK',
  Slovenia: 'SVN',
  'Solomon Islands': 'SLB',
  Somalia: 'SOM',
  'South Africa': 'ZAF',
  'South Korea': 'KOR',
  'South Sudan': 'SSD',
  'South Vietnam': 'RVN',
  'South Yemen': 'YMD',
  'Soviet Union': 'SUN',
  USSR: 'SUN',
  Spain: 'ESP',
  'Sri Lanka': 'LKA',
  Sudan: 'SDN',
  Suriname: 'SUR',
  Sweden: 'SWE',
  Switzerland: 'CHE',
  Syria: 'SYR',
  Taiwan: 'TWN',
  Tajikistan: 'TJK',
  Tanzania: 'TZA',
  Thailand: 'THA',
  'Timor-Leste': 'TLS',
  'East Timor': 'TLS',
  Togo: 'TGO',
  Tonga: 'TON',
  'Trinidad and Tobago': 'TTO',
  Tunisia: 'TUN',
  Turkiye: 'TUR',
  Turkey: 'TUR',
  Turkmenistan: 'TKM',
  Tuvalu: 'TUV',
  UAE: 'ARE',
  'United Arab Emirates': 'ARE',
  Uganda: 'UGA',
  Ukraine: 'UKR',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Uruguay: 'URY',
  Uzbekistan: 'UZB',
  Vanuatu: 'VUT',
  Venezuela: 'VEN',
  'Viet Nam': 'VNM',
  Vietnam: 'VNM',
  'North Vietnam': 'VNM',
  'Western Sahara': 'ESH',
  Yemen: 'YEM',
  /** SIPRI uses `Yugoslavia` for the SFRY (to 1991); later files say `Serbia`. */
  Yugoslavia: [
    { id: 'YUG', to: 1991 },
    { id: 'SCG', from: 1992 },
  ],
  Zambia: 'ZMB',
  Zimbabwe: 'ZWE',
  Rhodesia: 'ZWE',
};

export interface ActorDef {
  id: string;
  /** Display name (SIPRI's, without the `*` markers). */
  name: string;
  kind: ActorKind;
  /** Country ids where the actor is based or fought (used for its position), if any. */
  host?: string;
  note?: string;
}

/** Non-state actors (`*`), unrecognised secessionist entities, organisations (`**`), placeholders. */
const ACTORS: { names: string[]; actor: ActorDef }[] = [
  {
    names: ['ANC (South Africa)*'],
    actor: { id: 'X-ANC', name: 'ANC (South Africa)', kind: 'non-state', host: 'ZAF' },
  },
  {
    names: ['Amal (Lebanon)*'],
    actor: { id: 'X-AMAL', name: 'Amal (Lebanon)', kind: 'non-state', host: 'LBN' },
  },
  {
    names: ['Anti-Castro rebels (Cuba)*'],
    actor: {
      id: 'X-ANTI-CASTRO-REBELS',
      name: 'Anti-Castro rebels (Cuba)',
      kind: 'non-state',
      host: 'CUB',
    },
  },
  {
    names: ['Armas (Guatemala)*'],
    actor: { id: 'X-ARMAS', name: 'Armas (Guatemala)', kind: 'non-state', host: 'GTM' },
  },
  {
    names: ['Contras (Nicaragua)*'],
    actor: { id: 'X-CONTRAS', name: 'Contras (Nicaragua)', kind: 'non-state', host: 'NIC' },
  },
  {
    names: ['Darfur rebels (Sudan)*'],
    actor: { id: 'X-DARFUR-REBELS', name: 'Darfur rebels (Sudan)', kind: 'non-state', host: 'SDN' },
  },
  {
    names: ['ELF (Ethiopia)*'],
    actor: { id: 'X-ELF', name: 'ELF (Ethiopia)', kind: 'non-state', host: 'ETH' },
  },
  {
    names: ['EPLF (Ethiopia)*'],
    actor: { id: 'X-EPLF', name: 'EPLF (Ethiopia)', kind: 'non-state', host: 'ETH' },
  },
  {
    names: ['FAN (Chad)*'],
    actor: { id: 'X-FAN', name: 'FAN (Chad)', kind: 'non-state', host: 'TCD' },
  },
  {
    names: ['FMLN (El Salvador)*'],
    actor: { id: 'X-FMLN', name: 'FMLN (El Salvador)', kind: 'non-state', host: 'SLV' },
  },
  {
    names: ['FNLA (Angola)*'],
    actor: { id: 'X-FNLA', name: 'FNLA (Angola)', kind: 'non-state', host: 'AGO' },
  },
  {
    names: ['FRELIMO (Portugal)*'],
    actor: {
      id: 'X-FRELIMO',
      name: 'FRELIMO (Portugal)',
      kind: 'non-state',
      host: 'MOZ',
      note: 'Fought Portuguese rule in Mozambique.',
    },
  },
  {
    names: ['GUNT (Chad)*'],
    actor: { id: 'X-GUNT', name: 'GUNT (Chad)', kind: 'non-state', host: 'TCD' },
  },
  {
    names: ['Haiti rebels*'],
    actor: { id: 'X-HAITI-REBELS', name: 'Haiti rebels', kind: 'non-state', host: 'HTI' },
  },
  {
    names: ['Hamas (Palestine)*'],
    actor: { id: 'X-HAMAS', name: 'Hamas (Palestine)', kind: 'non-state', host: 'PSE' },
  },
  {
    names: ['Hezbollah (Lebanon)*'],
    actor: { id: 'X-HEZBOLLAH', name: 'Hezbollah (Lebanon)', kind: 'non-state', host: 'LBN' },
  },
  {
    names: ['HoR (Libya)*', 'Libya HoR*'],
    actor: {
      id: 'X-LIBYA-HOR',
      name: 'Libya HoR',
      kind: 'non-state',
      host: 'LBY',
      note: 'House of Representatives (Tobruk) and its forces (LNA).',
    },
  },
  {
    names: ['Houthi rebels (Yemen)*'],
    actor: { id: 'X-HOUTHI-REBELS', name: 'Houthi rebels (Yemen)', kind: 'non-state', host: 'YEM' },
  },
  {
    names: ['Indonesia rebels*'],
    actor: { id: 'X-INDONESIA-REBELS', name: 'Indonesia rebels', kind: 'non-state', host: 'IDN' },
  },
  {
    names: ['Khmer Rouge (Cambodia)*'],
    actor: { id: 'X-KHMER-ROUGE', name: 'Khmer Rouge (Cambodia)', kind: 'non-state', host: 'KHM' },
  },
  {
    names: ['Kurdistan Regional Government (Iraq)*'],
    actor: {
      id: 'X-KRG',
      name: 'Kurdistan Regional Government (Iraq)',
      kind: 'non-state',
      host: 'IRQ',
    },
  },
  {
    names: ['LF (Lebanon)*'],
    actor: { id: 'X-LF', name: 'Lebanese Forces (Lebanon)', kind: 'non-state', host: 'LBN' },
  },
  {
    names: ['LRA (Uganda)*'],
    actor: { id: 'X-LRA', name: 'LRA (Uganda)', kind: 'non-state', host: 'UGA' },
  },
  {
    names: ['LTTE (Sri Lanka)*'],
    actor: { id: 'X-LTTE', name: 'LTTE (Sri Lanka)', kind: 'non-state', host: 'LKA' },
  },
  {
    names: ['Lebanon Palestinian rebels*'],
    actor: {
      id: 'X-LEBANON-PALESTINIAN-REBELS',
      name: 'Lebanon Palestinian rebels',
      kind: 'non-state',
      host: 'LBN',
    },
  },
  {
    names: ['MNLF (Philippines)*'],
    actor: { id: 'X-MNLF', name: 'MNLF (Philippines)', kind: 'non-state', host: 'PHL' },
  },
  {
    names: ['MPLA (Portugal)*'],
    actor: {
      id: 'X-MPLA',
      name: 'MPLA (Portugal)',
      kind: 'non-state',
      host: 'AGO',
      note: 'Fought Portuguese rule in Angola.',
    },
  },
  {
    names: ['MTA (Myanmar)*'],
    actor: { id: 'X-MTA', name: 'MTA (Myanmar)', kind: 'non-state', host: 'MMR' },
  },
  {
    names: ['Mujahedin (Afghanistan)*'],
    actor: { id: 'X-MUJAHEDIN', name: 'Mujahedin (Afghanistan)', kind: 'non-state', host: 'AFG' },
  },
  {
    names: ['NLA (Macedonia)*'],
    actor: { id: 'X-NLA', name: 'NLA (Macedonia)', kind: 'non-state', host: 'MKD' },
  },
  {
    names: ['NTC (Libya)*'],
    actor: { id: 'X-NTC', name: 'NTC (Libya)', kind: 'non-state', host: 'LBY' },
  },
  {
    names: ['Northern Alliance (Afghanistan)*'],
    actor: {
      id: 'X-NORTHERN-ALLIANCE',
      name: 'Northern Alliance (Afghanistan)',
      kind: 'non-state',
      host: 'AFG',
    },
  },
  {
    names: ['PAIGC (Portugal)*'],
    actor: {
      id: 'X-PAIGC',
      name: 'PAIGC (Portugal)',
      kind: 'non-state',
      host: 'GNB',
      note: 'Fought Portuguese rule in Guinea-Bissau.',
    },
  },
  {
    names: ['PIJ (Israel/Palestine)*', 'Palestinian Islamic Jihad (Israel/Palestine)*'],
    actor: { id: 'X-PIJ', name: 'Palestinian Islamic Jihad', kind: 'non-state', host: 'PSE' },
  },
  {
    names: ['PKK (Turkiye)*', 'PKK (Turkey)*'],
    actor: { id: 'X-PKK', name: 'PKK (Turkiye)', kind: 'non-state', host: 'TUR' },
  },
  {
    names: ['PLO (Israel)*'],
    actor: { id: 'X-PLO', name: 'PLO (Israel)', kind: 'non-state', host: 'PSE' },
  },
  {
    names: ['PRC (Israel/Palestine)*'],
    actor: {
      id: 'X-PRC',
      name: 'Popular Resistance Committees (Israel/Palestine)',
      kind: 'non-state',
      host: 'PSE',
    },
  },
  {
    names: ['Pathet Lao (Laos)*'],
    actor: { id: 'X-PATHET-LAO', name: 'Pathet Lao (Laos)', kind: 'non-state', host: 'LAO' },
  },
  {
    names: ['Provisional IRA (UK)*'],
    actor: {
      id: 'X-PROVISIONAL-IRA',
      name: 'Provisional IRA (UK)',
      kind: 'non-state',
      host: 'GBR',
    },
  },
  {
    names: ['RPF (Rwanda)*'],
    actor: { id: 'X-RPF', name: 'RPF (Rwanda)', kind: 'non-state', host: 'RWA' },
  },
  {
    names: ['RUF (Sierra Leone)*'],
    actor: { id: 'X-RUF', name: 'RUF (Sierra Leone)', kind: 'non-state', host: 'SLE' },
  },
  {
    names: ['SLA (Lebanon)*'],
    actor: { id: 'X-SLA', name: 'SLA (Lebanon)', kind: 'non-state', host: 'LBN' },
  },
  {
    names: ['SNA (Somalia)*'],
    actor: { id: 'X-SNA', name: 'SNA (Somalia)', kind: 'non-state', host: 'SOM' },
  },
  {
    names: ['SPLA (Sudan)*'],
    actor: { id: 'X-SPLA', name: 'SPLA (Sudan)', kind: 'non-state', host: 'SDN' },
  },
  {
    names: ['Southern rebels (Yemen)*'],
    actor: {
      id: 'X-SOUTHERN-REBELS-YEMEN',
      name: 'Southern rebels (Yemen)',
      kind: 'non-state',
      host: 'YEM',
    },
  },
  {
    names: ['Syria rebels*'],
    actor: { id: 'X-SYRIA-REBELS', name: 'Syria rebels', kind: 'non-state', host: 'SYR' },
  },
  {
    names: ['UIC (Somalia)*'],
    actor: { id: 'X-UIC', name: 'UIC (Somalia)', kind: 'non-state', host: 'SOM' },
  },
  {
    names: ['UNITA (Angola)*'],
    actor: { id: 'X-UNITA', name: 'UNITA (Angola)', kind: 'non-state', host: 'AGO' },
  },
  {
    names: ['Ukraine Rebels*'],
    actor: { id: 'X-UKRAINE-REBELS', name: 'Ukraine rebels', kind: 'non-state', host: 'UKR' },
  },
  {
    names: ['United Wa State (Myanmar)*'],
    actor: {
      id: 'X-UNITED-WA-STATE',
      name: 'United Wa State (Myanmar)',
      kind: 'non-state',
      host: 'MMR',
    },
  },
  {
    names: ['Viet Cong (South Vietnam)*'],
    actor: { id: 'X-VIET-CONG', name: 'Viet Cong (South Vietnam)', kind: 'non-state', host: 'RVN' },
  },
  {
    names: ['Viet Minh (France)*'],
    actor: {
      id: 'X-VIET-MINH',
      name: 'Viet Minh (France)',
      kind: 'non-state',
      host: 'VNM',
      note: 'Fought French rule in Indochina.',
    },
  },
  {
    names: ['ZAPU (Zimbabwe)*'],
    actor: { id: 'X-ZAPU', name: 'ZAPU (Zimbabwe)', kind: 'non-state', host: 'ZWE' },
  },
  // Secessionist entities SIPRI lists without a `*`: not recognised states, so not state nodes.
  {
    names: ['Biafra'],
    actor: {
      id: 'X-BIAFRA',
      name: 'Biafra',
      kind: 'non-state',
      host: 'NGA',
      note: 'Secessionist state in Nigeria, 1967-1970; not recognised by most states.',
    },
  },
  {
    names: ['Katanga'],
    actor: {
      id: 'X-KATANGA',
      name: 'Katanga',
      kind: 'non-state',
      host: 'COD',
      note: 'Secessionist state in Congo, 1960-1963; not recognised.',
    },
  },
  // Organisations.
  {
    names: ['African Union**'],
    actor: { id: 'X-AFRICAN-UNION', name: 'African Union', kind: 'organisation' },
  },
  {
    names: ['European Union**'],
    actor: { id: 'X-EUROPEAN-UNION', name: 'European Union', kind: 'organisation' },
  },
  { names: ['NATO**'], actor: { id: 'X-NATO', name: 'NATO', kind: 'organisation' } },
  { names: ['OSCE**'], actor: { id: 'X-OSCE', name: 'OSCE', kind: 'organisation' } },
  {
    names: ['Regional Security System**'],
    actor: {
      id: 'X-REGIONAL-SECURITY-SYSTEM',
      name: 'Regional Security System',
      kind: 'organisation',
      note: 'Eastern Caribbean.',
    },
  },
  {
    names: ['United Nations**'],
    actor: { id: 'X-UNITED-NATIONS', name: 'United Nations', kind: 'organisation' },
  },
  // Placeholders.
  {
    names: ['unknown supplier(s)', 'unknown supplier'],
    actor: { id: 'X-UNKNOWN-SUPPLIER', name: 'Unknown supplier(s)', kind: 'unknown' },
  },
  {
    names: ['unknown recipient(s)', 'unknown recipient'],
    actor: { id: 'X-UNKNOWN-RECIPIENT', name: 'Unknown recipient(s)', kind: 'unknown' },
  },
  {
    names: ['unknown rebel group*'],
    actor: { id: 'X-UNKNOWN-REBEL-GROUP', name: 'Unknown rebel group', kind: 'unknown' },
  },
];

/** Lower case, accents removed, spaces collapsed, curly apostrophes straightened. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u00b4`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `Hamas (Palestine)*` -> `X-HAMAS-PALESTINE`: the id of an actor the table does not know. */
export function actorSlug(name: string): string {
  const slug = nameKey(name)
    .replace(/\*+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toUpperCase()
    .slice(0, 38)
    .replace(/-+$/, '');
  return `X-${slug || 'UNNAMED'}`;
}

const STATE_INDEX = new Map<string, string | YearRule[]>();
for (const [name, rule] of Object.entries(STATES)) STATE_INDEX.set(nameKey(name), rule);
const ACTOR_INDEX = new Map<string, ActorDef>();
for (const { names, actor } of ACTORS) for (const n of names) ACTOR_INDEX.set(nameKey(n), actor);

/** Every name of the built-in table (for tests and documentation). */
export const SIPRI_TABLE_NAMES: readonly string[] = [
  ...Object.keys(STATES),
  ...ACTORS.flatMap((a) => a.names),
];

/** All actor definitions of the built-in table. */
export const SIPRI_ACTORS: readonly ActorDef[] = ACTORS.map((a) => a.actor);

export type NameMatch =
  | { matchedBy: 'table'; id: string; kind: ActorKind; actor?: ActorDef }
  | { matchedBy: 'rule' | 'none'; id: string; kind: ActorKind; actor: ActorDef };

function pickYear(rules: YearRule[], year: number | undefined): string {
  if (year === undefined) return rules[rules.length - 1]!.id;
  for (const r of rules) {
    if ((r.from === undefined || year >= r.from) && (r.to === undefined || year <= r.to))
      return r.id;
  }
  return rules[0]!.id;
}

/**
 * The Entente id for a SIPRI actor name in a given year (the year matters only for a few
 * names, e.g. `Yugoslavia`). Never fails: a name no table or rule knows gets an `X-` id with
 * kind `unknown` and `matchedBy: 'none'`, for the caller to report.
 */
export function resolveSipriName(name: string, year?: number): NameMatch {
  const key = nameKey(name);
  const state = STATE_INDEX.get(key);
  if (state !== undefined) {
    return {
      matchedBy: 'table',
      id: typeof state === 'string' ? state : pickYear(state, year),
      kind: 'state',
    };
  }
  const actor = ACTOR_INDEX.get(key);
  if (actor) return { matchedBy: 'table', id: actor.id, kind: actor.kind, actor };
  const display = name.trim().replace(/\*+$/, '').trim() || name.trim() || 'Unnamed actor';
  let kind: ActorKind | undefined;
  if (key.startsWith('unknown')) kind = 'unknown';
  else if (key.endsWith('**')) kind = 'organisation';
  else if (key.endsWith('*')) kind = 'non-state';
  if (kind) {
    return {
      matchedBy: 'rule',
      id: actorSlug(name),
      kind,
      actor: { id: actorSlug(name), name: display, kind },
    };
  }
  return {
    matchedBy: 'none',
    id: actorSlug(name),
    kind: 'unknown',
    actor: {
      id: actorSlug(name),
      name: display,
      kind: 'unknown',
      note: `Name not recognised by the importer: "${name.trim()}".`,
    },
  };
}
