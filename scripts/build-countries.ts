/**
 * Writes dataset/countries/current.json: the states that exist today (the 193 UN member states,
 * plus Taiwan, Kosovo, Palestine, the Holy See, Western Sahara and Northern Cyprus).
 *
 *   npx tsx scripts/build-countries.ts && npm run dataset
 *
 * Inputs: the `world-countries` npm package (ISO codes, UN membership flag, region/subregion,
 * latlng; licence ODbL-1.0, see dataset/countries/NOTES.md) and the hand-written tables below
 * (names, M49 corrections, independence years, aliases, notes), which record public facts.
 * Historical states (SUN, YUG, DDR, ...) are hand-written in dataset/countries/historical.json.
 * Nothing here reads the reference datasets in /work/shared.
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import worldCountries from 'world-countries';
import { format, resolveConfig } from 'prettier';
import type { Country, Region } from '../src/model/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dataset', 'countries', 'current.json');

/** States that are not UN members but are kept (ISO code, or a user-assigned code). */
const NON_UN_STATES = ['TWN', 'XKX', 'PSE', 'VAT', 'ESH'];

/**
 * world-countries 5.1.0 flags the Holy See (VAT) as a UN member; it is a permanent observer
 * state. Its other 193 `unMember` flags match the UN's list of member states.
 */
const NOT_UN_MEMBER_DESPITE_FLAG = ['VAT'];

/** world-countries uses the code `UNK` for Kosovo; we use the EU/IMF user-assigned code `XKX`. */
const ID_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Records world-countries lacks, written by hand. */
const HAND_RECORDS: Country[] = [
  {
    id: 'XNC',
    name: 'Northern Cyprus',
    region: 'Asia',
    subregion: 'Western Asia',
    // A point in the north of the island (not Nicosia, so that it does not sit on CYP).
    lat: 35.3,
    lon: 33.6,
    from: 1983,
    to: null,
    aliases: ['Turkish Republic of Northern Cyprus', 'TRNC'],
    note: 'Declared independence in 1983 (Turkish Federated State of Cyprus from 1975); recognised only by Turkey. XNC is a project code: there is no ISO 3166-1 code.',
  },
];

/** M49 sub-regions (intermediate regions in Africa and the Americas), by M49 region. */
const M49: Record<Exclude<Region, 'Other'>, string[]> = {
  Africa: [
    'Northern Africa',
    'Eastern Africa',
    'Middle Africa',
    'Southern Africa',
    'Western Africa',
  ],
  Americas: ['Caribbean', 'Central America', 'South America', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
};

/** world-countries sub-region names that are M49 names spelt differently. */
const SUBREGION_RENAMES: Record<string, string> = { 'South-Eastern Asia': 'South-eastern Asia' };

/**
 * Where world-countries' region or sub-region is not M49 (its "Central Europe", "Southeast
 * Europe" and "North America" are not M49 groups), the M49 assignment by hand.
 */
const M49_FIXES: Record<string, [Region, string]> = {
  // world-countries "Central Europe"
  AUT: ['Europe', 'Western Europe'],
  CZE: ['Europe', 'Eastern Europe'],
  HUN: ['Europe', 'Eastern Europe'],
  POL: ['Europe', 'Eastern Europe'],
  SVK: ['Europe', 'Eastern Europe'],
  SVN: ['Europe', 'Southern Europe'],
  // world-countries "Southeast Europe"
  ALB: ['Europe', 'Southern Europe'],
  BIH: ['Europe', 'Southern Europe'],
  BGR: ['Europe', 'Eastern Europe'],
  HRV: ['Europe', 'Southern Europe'],
  MNE: ['Europe', 'Southern Europe'],
  MKD: ['Europe', 'Southern Europe'],
  ROU: ['Europe', 'Eastern Europe'],
  SRB: ['Europe', 'Southern Europe'],
  XKX: ['Europe', 'Southern Europe'], // not listed in M49; placed with Serbia
  // world-countries "North America"
  USA: ['Americas', 'Northern America'],
  CAN: ['Americas', 'Northern America'],
  MEX: ['Americas', 'Central America'],
  // other differences
  CYP: ['Asia', 'Western Asia'], // M49 places Cyprus in Western Asia
  SSD: ['Africa', 'Eastern Africa'], // M49 places South Sudan in Eastern Africa
  TWN: ['Asia', 'Eastern Asia'], // not listed separately in M49
};

/**
 * Representative points where world-countries' latlng (a centroid) is not a good place for the
 * state on a world map. Capital coordinates, public record.
 */
const POINT_FIXES: Record<string, [number, number]> = {
  RUS: [55.76, 37.62], // Moscow: the centroid (60, 100) is in central Siberia
};

/** Common English short names, where they differ from world-countries' `name.common`. */
const NAMES: Record<string, string> = {
  CIV: "Côte d'Ivoire",
  COG: 'Congo',
  TUR: 'Turkey',
  VAT: 'Holy See',
};

/**
 * Year of independence or of statehood as a sovereign state (public record: each state's
 * independence date; the UN's list of member states with admission dates). Rules:
 * - 1800 means sovereign before 1800 (the data start in 1945, so any earlier year behaves alike);
 * - otherwise the year the present state became sovereign (for older states the commonly given
 *   independence year), with continuity cases in NOTES below;
 * - states that existed before 1945 and were occupied in the Second World War keep their year.
 * See dataset/countries/NOTES.md.
 */
// prettier-ignore
const FROM: Record<string, number> = {
  // Africa
  DZA: 1962, AGO: 1975, BEN: 1960, BWA: 1966, BFA: 1960, BDI: 1962, CPV: 1975, CMR: 1960,
  CAF: 1960, TCD: 1960, COM: 1975, COG: 1960, COD: 1960, CIV: 1960, DJI: 1977, EGY: 1922,
  GNQ: 1968, ERI: 1993, SWZ: 1968, ETH: 1800, GAB: 1960, GMB: 1965, GHA: 1957, GIN: 1958,
  GNB: 1973, KEN: 1963, LSO: 1966, LBR: 1847, LBY: 1951, MDG: 1960, MWI: 1964, MLI: 1960,
  MRT: 1960, MUS: 1968, MAR: 1956, MOZ: 1975, NAM: 1990, NER: 1960, NGA: 1960, RWA: 1962,
  STP: 1975, SEN: 1960, SYC: 1976, SLE: 1961, SOM: 1960, ZAF: 1910, SSD: 2011, SDN: 1956,
  TZA: 1961, TGO: 1960, TUN: 1956, UGA: 1962, ZMB: 1964, ZWE: 1980, ESH: 1976,
  // Americas
  ATG: 1981, ARG: 1816, BHS: 1973, BRB: 1966, BLZ: 1981, BOL: 1825, BRA: 1822, CAN: 1867,
  CHL: 1818, COL: 1810, CRI: 1821, CUB: 1902, DMA: 1978, DOM: 1844, ECU: 1830, SLV: 1821,
  GRD: 1974, GTM: 1821, GUY: 1966, HTI: 1804, HND: 1821, JAM: 1962, MEX: 1821, NIC: 1821,
  PAN: 1903, PRY: 1811, PER: 1821, KNA: 1983, LCA: 1979, VCT: 1979, SUR: 1975, TTO: 1962,
  USA: 1800, URY: 1825, VEN: 1811,
  // Asia
  AFG: 1919, ARM: 1991, AZE: 1991, BHR: 1971, BGD: 1971, BTN: 1800, BRN: 1984, KHM: 1953,
  CHN: 1949, CYP: 1960, GEO: 1991, IND: 1947, IDN: 1945, IRN: 1800, IRQ: 1932, ISR: 1948,
  JPN: 1800, JOR: 1946, KAZ: 1991, KWT: 1961, KGZ: 1991, LAO: 1953, LBN: 1943, MYS: 1957,
  MDV: 1965, MNG: 1921, MMR: 1948, NPL: 1800, PRK: 1948, OMN: 1800, PAK: 1947, PHL: 1946,
  QAT: 1971, SAU: 1932, SGP: 1965, KOR: 1948, LKA: 1948, SYR: 1946, TJK: 1991, THA: 1800,
  TLS: 2002, TUR: 1923, TKM: 1991, ARE: 1971, UZB: 1991, VNM: 1954, YEM: 1990, TWN: 1912,
  PSE: 1988,
  // Europe
  ALB: 1912, AND: 1993, AUT: 1918, BLR: 1991, BEL: 1830, BIH: 1992, BGR: 1908, HRV: 1991,
  CZE: 1993, DNK: 1800, EST: 1991, FIN: 1917, FRA: 1800, DEU: 1949, GRC: 1830, HUN: 1918,
  ISL: 1944, IRL: 1922, ITA: 1861, LVA: 1991, LIE: 1806, LTU: 1991, LUX: 1839, MLT: 1964,
  MDA: 1991, MCO: 1861, MNE: 2006, NLD: 1800, MKD: 1991, NOR: 1905, POL: 1918, PRT: 1800,
  ROU: 1878, RUS: 1991, SMR: 1800, SRB: 2006, SVK: 1993, SVN: 1991, ESP: 1800, SWE: 1800,
  CHE: 1800, UKR: 1991, GBR: 1800, VAT: 1929, XKX: 2008,
  // Oceania
  AUS: 1901, FJI: 1970, KIR: 1979, MHL: 1986, FSM: 1986, NRU: 1968, NZL: 1907, PLW: 1994,
  PNG: 1975, WSM: 1962, SLB: 1978, TON: 1970, TUV: 1978, VUT: 1980,
};

/** Prefixed to the note of every state with `from` 1800. */
const EARLY_NOTE = 'Sovereign since before 1800 (the dataset writes 1800 for all such states).';

/** Other names sources use: SIPRI's spellings, official and former names. */
const ALIASES: Record<string, string[]> = {
  ARE: ['UAE'],
  BEN: ['Dahomey'],
  BFA: ['Upper Volta'],
  BHS: ['The Bahamas'],
  BIH: ['Bosnia-Herzegovina', 'Bosnia'],
  BOL: ['Plurinational State of Bolivia'],
  BRN: ['Brunei Darussalam'],
  CHN: ["People's Republic of China", 'PRC'],
  CIV: ["Cote d'Ivoire", 'Ivory Coast'],
  COD: ['Democratic Republic of the Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CPV: ['Cabo Verde'],
  CZE: ['Czech Republic'],
  DEU: ['West Germany', 'West Germany (FRG)', 'FRG', 'Federal Republic of Germany'],
  EGY: ['United Arab Republic'],
  ESH: ['Sahrawi Arab Democratic Republic', 'SADR'],
  FSM: ['Micronesia', 'Federated States of Micronesia'],
  GBR: ['UK', 'Great Britain'],
  GMB: ['The Gambia'],
  IRN: ['Islamic Republic of Iran', 'Persia'],
  KHM: ['Kampuchea', 'Khmer Republic'],
  KNA: ['St Kitts and Nevis'],
  KOR: ['Republic of Korea', 'Korea, South'],
  LAO: ['Lao PDR', "Lao People's Democratic Republic"],
  LCA: ['St Lucia'],
  LKA: ['Ceylon'],
  MDA: ['Republic of Moldova'],
  MKD: ['Macedonia', 'Macedonia (FYROM)', 'Former Yugoslav Republic of Macedonia'],
  MMR: ['Burma'],
  PRK: ["Democratic People's Republic of Korea", 'DPRK', 'Korea, North'],
  PSE: ['State of Palestine', 'Palestinian Authority'],
  RUS: ['Russian Federation'],
  STP: ['Sao Tome and Principe'],
  SWZ: ['eSwatini', 'Swaziland'],
  SYR: ['Syrian Arab Republic'],
  TLS: ['East Timor'],
  TUR: ['Turkiye', 'Türkiye'],
  TWN: ['Taiwan (ROC)', 'Republic of China', 'ROC'],
  TZA: ['United Republic of Tanzania', 'Tanganyika'],
  USA: ['United States of America', 'USA', 'US'],
  VAT: ['Vatican City', 'Vatican'],
  VCT: ['Saint Vincent', 'St Vincent and the Grenadines'],
  VEN: ['Bolivarian Republic of Venezuela'],
  VNM: ['Viet Nam', 'North Vietnam', 'Democratic Republic of Vietnam'],
  YEM: ['Republic of Yemen'],
  ZWE: ['Rhodesia', 'Southern Rhodesia'],
};

/** Continuity and recognition notes, shown to students. */
const NOTES: Record<string, string> = {
  AND: 'Co-principality since 1278; a fully sovereign state under its 1993 constitution (UN member 1993).',
  AUS: 'Federation from 1901; adopted the Statute of Westminster in 1942.',
  AUT: 'Republic from 1918; annexed by Germany 1938-1945; under four-power occupation until the State Treaty of 1955.',
  BLR: 'As the Byelorussian SSR, a founding UN member in 1945 while part of the Soviet Union (SUN).',
  CAN: 'Dominion from 1867; full legislative independence with the Statute of Westminster (1931).',
  CHN: "People's Republic of China, proclaimed 1949; took China's UN seat in 1971. The Republic of China continues on Taiwan (TWN).",
  CZE: 'Independent on 1 January 1993 on the dissolution of Czechoslovakia (CSK).',
  DEU: 'The Federal Republic of Germany (West Germany) from 1949; the GDR (DDR) acceded to it in 1990. Full sovereignty 1955 (Paris Agreements) and 1991 (Two Plus Four Treaty).',
  ECU: 'Independent from Spain in 1822 as part of Gran Colombia; a separate state from 1830.',
  EGY: 'Formed the United Arab Republic with Syria 1958-1961 (kept the name until 1971); treated here as one continuous state.',
  ESH: 'The Sahrawi Arab Democratic Republic, proclaimed 1976, partially recognised and a member of the African Union; most of the territory is administered by Morocco.',
  EST: 'Independent 1918-1940; annexed by the Soviet Union 1940; independence restored 1991.',
  ETH: 'Under Italian occupation 1936-1941.',
  GNB: 'Declared independence in 1973; recognised by Portugal in 1974.',
  IDN: 'Independence proclaimed 1945; the Netherlands transferred sovereignty in 1949.',
  IRL: 'Irish Free State from 1922; republic outside the Commonwealth from 1949.',
  ISL: 'Sovereign kingdom in union with Denmark from 1918; republic from 1944.',
  JPN: 'Under Allied occupation 1945-1952 (sovereignty restored by the San Francisco Peace Treaty).',
  LTU: 'Independent 1918-1940; annexed by the Soviet Union 1940; independence restored 1990-1991.',
  LVA: 'Independent 1918-1940; annexed by the Soviet Union 1940; independence restored 1991.',
  MCO: 'Sovereignty recognised by France in the Franco-Monegasque Treaty of 1861.',
  MNE: 'Independent in 2006 from Serbia and Montenegro (SCG).',
  MNG: 'Independent de facto from 1921 (declared 1911); recognised by China in 1946.',
  MYS: 'Independent as the Federation of Malaya in 1957; Malaysia from 1963 (Singapore left in 1965).',
  NAM: 'Administered by South Africa until independence in 1990.',
  NZL: 'Dominion from 1907; adopted the Statute of Westminster in 1947.',
  PSE: 'State of Palestine, independence declared 1988; UN non-member observer state since 2012.',
  RUS: 'The continuator state of the Soviet Union (SUN): took its UN Security Council seat in 1991.',
  SGP: 'Part of Malaysia 1963-1965; independent in 1965.',
  SRB: 'Continuator of Serbia and Montenegro (SCG) from 2006. Kosovo declared independence from Serbia in 2008.',
  SSD: 'Independent from Sudan in 2011.',
  SVK: 'Independent on 1 January 1993 on the dissolution of Czechoslovakia (CSK).',
  SYR: 'Part of the United Arab Republic with Egypt 1958-1961; treated here as one continuous state.',
  TLS: 'Independence declared in 1975 and occupied by Indonesia 1975-1999; independent in 2002 after UN administration.',
  TUR: 'Republic proclaimed in 1923, successor of the Ottoman Empire.',
  TWN: 'The Republic of China, founded 1912; its government moved to Taiwan in 1949. Held the Chinese UN seat until 1971; recognised by few states today.',
  TZA: 'Independent as Tanganyika in 1961; united with Zanzibar (ZAN) in 1964 as Tanzania. Treated as one continuous state from 1961.',
  UKR: 'As the Ukrainian SSR, a founding UN member in 1945 while part of the Soviet Union (SUN).',
  VAT: 'The Holy See, sovereign over Vatican City State since the Lateran Treaty (1929); UN permanent observer state.',
  VEN: 'Independence declared in 1811; part of Gran Colombia 1819-1830.',
  VNM: 'The Democratic Republic of Vietnam (North Vietnam) from 1954 (Geneva Accords; independence declared 1945); reunified with the South (RVN) in 1976 as the Socialist Republic of Vietnam.',
  XKX: 'Declared independence from Serbia in 2008; recognised by about half of UN members. XKX is the user-assigned code used by the EU and IMF.',
  YEM: 'Formed in 1990 by the union of North Yemen (YAR) and South Yemen (YMD).',
  ZAF: 'Union of South Africa from 1910; republic from 1961.',
  ZWE: 'Independent in 1980. The Rhodesian unilateral declaration of independence (1965) was recognised by no state; SIPRI files Rhodesia under Zimbabwe.',
};

function m49(id: string, region: string, subregion: string): [Region, string] {
  const fixed = M49_FIXES[id];
  if (fixed) return fixed;
  const sub = SUBREGION_RENAMES[subregion] ?? subregion;
  const list = (M49 as Record<string, string[] | undefined>)[region];
  if (!list || !list.includes(sub)) {
    throw new Error(
      `${id}: "${region} / ${subregion}" is not an M49 sub-region: add it to M49_FIXES`,
    );
  }
  return [region as Region, sub];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function buildCountries(): Country[] {
  const out: Country[] = [];
  for (const c of worldCountries) {
    const id = ID_FIXES[c.cca3] ?? c.cca3;
    const un = c.unMember && !NOT_UN_MEMBER_DESPITE_FLAG.includes(id);
    if (!un && !NON_UN_STATES.includes(id)) continue;
    const [region, subregion] = m49(id, c.region, c.subregion);
    const [lat, lon] = POINT_FIXES[id] ?? c.latlng;
    const from = FROM[id];
    if (from === undefined) throw new Error(`${id}: no independence year in FROM`);
    const record: Country = {
      id,
      name: NAMES[id] ?? c.name.common,
      region,
      subregion,
      lat: round(lat),
      lon: round(lon),
      from,
      to: null,
    };
    const aliases = ALIASES[id];
    if (aliases) record.aliases = aliases;
    const note = [from === 1800 ? EARLY_NOTE : '', NOTES[id] ?? ''].filter(Boolean).join(' ');
    if (note) record.note = note;
    out.push(record);
  }
  out.push(...HAND_RECORDS);
  out.sort((a, b) => a.id.localeCompare(b.id));

  // Checks: every table entry is used, ids are unique, 193 UN members.
  const ids = new Set(out.map((r) => r.id));
  if (ids.size !== out.length) throw new Error('duplicate ids');
  const unCount = worldCountries.filter(
    (c) => c.unMember && !NOT_UN_MEMBER_DESPITE_FLAG.includes(c.cca3),
  ).length;
  if (unCount !== 193) throw new Error(`expected 193 UN members, found ${unCount}`);
  for (const table of [FROM, ALIASES, NOTES, NAMES, M49_FIXES, POINT_FIXES]) {
    for (const key of Object.keys(table)) {
      if (!ids.has(key)) throw new Error(`table entry ${key} matches no record`);
    }
  }
  for (const r of out) {
    if (Math.abs(r.lat) > 90 || Math.abs(r.lon) > 180)
      throw new Error(`${r.id}: lat/lon out of range`);
  }
  return out;
}

async function main(): Promise<void> {
  const records = buildCountries();
  const json = JSON.stringify({ countries: records });
  const options = (await resolveConfig(OUT)) ?? {};
  writeFileSync(OUT, await format(json, { ...options, parser: 'json' }));
  console.log(`wrote dataset/countries/current.json (${records.length} states)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
