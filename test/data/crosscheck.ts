/**
 * Cross-checks of the project's default dataset against reference data (SIPRI trade register,
 * ATOP), usable by anyone: `npx vitest run test/data/crosscheck-sipri.test.ts`, or import these
 * functions in a script. Pure functions; no file access here.
 */
import type { Agreement, Transfer, TransferProduction } from '../../src/model/types';

/** Lower case, without spaces, hyphens, slashes, dots and other punctuation. */
export function compactDesignation(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const GENERIC = new Set([
  'class',
  'type',
  'version',
  'mk',
  'mod',
  'variant',
  'system',
  'the',
  'and',
  'for',
  'with',
]);

/** Tokens of a designation: runs of letters or digits, lower case, generic words left out. */
export function designationTokens(s: string): string[] {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "F-16C" -> "f 16c"; "Leopard-2A4" -> "leopard 2a4"
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length >= 2 && !GENERIC.has(t))
  );
}

/**
 * Whether two weapon designations name the same thing: equal or contained one in the other once
 * case, spaces and hyphens are removed ("F-84G Thunderjet" ~ "F-84G"), or sharing a distinctive
 * token (3+ characters, e.g. "Leopard", "T-72" -> "72" is too short, "Su-27" -> "27" too).
 */
export function similarDesignation(a: string, b: string): boolean {
  const ca = compactDesignation(a);
  const cb = compactDesignation(b);
  if (ca.length === 0 || cb.length === 0) return false;
  if (ca === cb) return true;
  if (Math.min(ca.length, cb.length) >= 2 && (ca.includes(cb) || cb.includes(ca))) return true;
  const ta = new Set(designationTokens(a).filter((t) => t.length >= 3));
  return designationTokens(b).some((t) => t.length >= 3 && ta.has(t));
}

/** `F-16AM` -> `f16`, `Su-30SM` -> `su30`, `Type 85-IIAP` -> `type85`: letters, then the first digits. */
export function baseModel(s: string): string | undefined {
  const m = /^[a-z]*\d+/.exec(compactDesignation(s));
  return m && m[0].length >= 3 ? m[0] : undefined;
}

/**
 * Whether our designation names a SIPRI deal: a similar designation, the same base model
 * (`F-15SG` ~ `F-15E Strike Eagle`), or our designation quoted in SIPRI's comments
 * ("F-15SG version").
 */
export function matchesDeal(ours: string, deal: Transfer): boolean {
  if (similarDesignation(ours, deal.designation)) return true;
  const base = baseModel(ours);
  if (base !== undefined && base === baseModel(deal.designation)) return true;
  const compact = compactDesignation(ours);
  return (
    compact.length >= 4 &&
    deal.notes !== undefined &&
    compactDesignation(deal.notes).includes(compact)
  );
}

/**
 * `matchesDeal`, or SIPRI's designation quoted in our record's notes (a record that spells the
 * weapon correctly where SIPRI misspells it says so: "SIPRI: Vatour-2A").
 */
export function recordMatchesDeal(ours: Transfer, deal: Transfer): boolean {
  if (matchesDeal(ours.designation, deal)) return true;
  const theirs = compactDesignation(deal.designation);
  return (
    theirs.length >= 4 &&
    ours.notes !== undefined &&
    compactDesignation(ours.notes).includes(theirs)
  );
}

/** YUG, SCG and SRB are one key: SIPRI's Yugoslavia / Serbia entity is split by year. */
export function actorKey(id: string): string {
  return id === 'YUG' || id === 'SCG' || id === 'SRB' ? 'YUG/SCG/SRB' : id;
}

export type SipriIndex = Map<string, Transfer[]>;

export function indexSipri(deals: readonly Transfer[]): SipriIndex {
  const index: SipriIndex = new Map();
  for (const d of deals) {
    const k = `${actorKey(d.supplier)}>${actorKey(d.recipient)}`;
    const list = index.get(k);
    if (list) list.push(d);
    else index.set(k, [d]);
  }
  return index;
}

/**
 * The SIPRI deal matching one of our transfers: same supplier and recipient, a matching
 * designation (`matchesDeal`), and an order year within `tolerance` years (when our record has no order year:
 * our first delivery year within `tolerance` of one of SIPRI's delivery years). Prefers an
 * exact designation, then the closest year. Undefined when none matches.
 */
export function findSipriDeal(
  ours: Transfer,
  index: SipriIndex,
  tolerance = 2,
): Transfer | undefined {
  const candidates = index.get(`${actorKey(ours.supplier)}>${actorKey(ours.recipient)}`) ?? [];
  let best: { deal: Transfer; score: number } | undefined;
  const firstDelivery = ours.deliveries.length
    ? Math.min(...ours.deliveries.map((d) => d.year))
    : undefined;
  for (const deal of candidates) {
    if (!matchesDeal(ours.designation, deal)) continue;
    let distance: number | undefined;
    if (ours.ordered && deal.ordered) distance = Math.abs(ours.ordered.year - deal.ordered.year);
    else if (firstDelivery !== undefined && deal.deliveries.length) {
      distance = Math.min(...deal.deliveries.map((d) => Math.abs(d.year - firstDelivery)));
    } else if (ours.ordered && deal.deliveries.length) {
      distance = Math.min(...deal.deliveries.map((d) => Math.abs(d.year - ours.ordered!.year)));
    }
    if (distance === undefined || distance > tolerance) continue;
    const exact =
      compactDesignation(ours.designation) === compactDesignation(deal.designation) ? 0 : 10;
    const score = exact + distance;
    if (!best || score < best.score) best = { deal, score };
  }
  return best?.deal;
}

/** Years between our record and a SIPRI deal: order years, else first delivery against theirs. */
function yearDistance(ours: Transfer, deal: Transfer): number | undefined {
  if (ours.ordered && deal.ordered) return Math.abs(ours.ordered.year - deal.ordered.year);
  const firstDelivery = ours.deliveries.length
    ? Math.min(...ours.deliveries.map((d) => d.year))
    : undefined;
  if (firstDelivery !== undefined && deal.deliveries.length)
    return Math.min(...deal.deliveries.map((d) => Math.abs(d.year - firstDelivery)));
  if (ours.ordered && deal.deliveries.length)
    return Math.min(...deal.deliveries.map((d) => Math.abs(d.year - ours.ordered!.year)));
  return undefined;
}

const deliveredUnits = (t: Transfer): number | undefined =>
  t.deliveries.length > 0 && t.deliveries.every((d) => d.units !== undefined)
    ? t.deliveries.reduce((sum, d) => sum + d.units!, 0)
    : undefined;

/**
 * How closely our designation names a SIPRI deal: 0 the same (case, spaces and hyphens aside),
 * 1 one contains the other (`F-16` ~ `F-16C Block-50/52`), 2 the same base model (`F-15SG` ~
 * `F-15E`), 3 a shared distinctive token (`Centurion Mk 3` ~ `Centurion-3`), 4 only a weak hint
 * (a short family token such as `MiG` in `MiG-15` ~ `MiG-9`, or a name quoted in comments or
 * notes); undefined when unrelated.
 */
export function designationTier(ours: Transfer, deal: Transfer): number | undefined {
  const a = compactDesignation(ours.designation);
  const b = compactDesignation(deal.designation);
  if (a === b) return 0;
  if (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))) return 1;
  const base = baseModel(ours.designation);
  if (base !== undefined && base === baseModel(deal.designation)) return 2;
  const distinctive = (t: string) => t.length >= 4 || (t.length === 3 && /\d/.test(t));
  const ours3 = new Set(designationTokens(ours.designation).filter(distinctive));
  if (designationTokens(deal.designation).some((t) => distinctive(t) && ours3.has(t))) return 3;
  return recordMatchesDeal(ours, deal) ? 4 : undefined;
}

/** A base-model or token match counts as a year and a half apart; a weak hint, as ten years. */
const TIER_COST = [0, 100, 1500, 1600, 10_000];

/**
 * How far a SIPRI deal is from being the record of one of ours (lower is closer), or undefined
 * when it cannot be: a different pair, no matching designation, or order years more than
 * `tolerance` apart. A weapon named only in comments ("for F-35A aircraft": an engine, a
 * missile) weighs most, then years and how closely the designation matches, then the category,
 * then agreeing delivery years and units, so that batches ordered the same year go to the right record.
 */
export function matchCost(ours: Transfer, deal: Transfer, tolerance = 2): number | undefined {
  if (actorKey(ours.supplier) !== actorKey(deal.supplier)) return undefined;
  if (actorKey(ours.recipient) !== actorKey(deal.recipient)) return undefined;
  const tier = designationTier(ours, deal);
  if (tier === undefined) return undefined;
  const distance = yearDistance(ours, deal);
  if (distance === undefined || distance > tolerance) return undefined;
  let cost = TIER_COST[tier]! + 1000 * distance;
  // A missile "for F-7NI aircraft" is not the F-7NI deal.
  if (ours.category !== deal.category) cost += 500;
  const theirYears = new Set(deal.deliveries.map((d) => d.year));
  cost += 10 * ours.deliveries.filter((d) => !theirYears.has(d.year)).length;
  cost += 5 * [...theirYears].filter((y) => !ours.deliveries.some((d) => d.year === y)).length;
  if (ours.ordered?.units !== undefined && ours.ordered.units !== deal.ordered?.units) cost += 20;
  const units = deliveredUnits(ours);
  if (units !== undefined && units !== deliveredUnits(deal)) cost += 20;
  return cost;
}

export interface DealMatching {
  /** Each of our records with the SIPRI deal it stands for; no deal appears twice. */
  matched: { ours: Transfer; sipri: Transfer }[];
  /** Records whose only candidate deals are taken by other records: a deal recorded twice. */
  shared: { ours: Transfer; sipri: Transfer }[];
  /** Records that match no SIPRI deal. */
  unmatched: Transfer[];
}

/**
 * Pair our records with SIPRI deals one to one: all candidate pairs are taken cheapest first
 * (`matchCost`), so two batches of the same weapon are not both read as the same deal.
 */
export function matchDeals(
  ours: readonly Transfer[],
  sipri: readonly Transfer[],
  tolerance = 2,
): DealMatching {
  const index = indexSipri(sipri);
  const options: { ours: Transfer; sipri: Transfer; cost: number; order: number }[] = [];
  ours.forEach((t, order) => {
    for (const deal of index.get(`${actorKey(t.supplier)}>${actorKey(t.recipient)}`) ?? []) {
      const cost = matchCost(t, deal, tolerance);
      if (cost !== undefined) options.push({ ours: t, sipri: deal, cost, order });
    }
  });
  options.sort((a, b) => a.cost - b.cost || a.order - b.order);
  const takenOurs = new Map<Transfer, Transfer>();
  const takenDeals = new Set<Transfer>();
  const firstChoice = new Map<Transfer, Transfer>();
  for (const o of options) {
    if (!firstChoice.has(o.ours)) firstChoice.set(o.ours, o.sipri);
    if (takenOurs.has(o.ours) || takenDeals.has(o.sipri)) continue;
    takenOurs.set(o.ours, o.sipri);
    takenDeals.add(o.sipri);
  }
  const result: DealMatching = { matched: [], shared: [], unmatched: [] };
  for (const t of ours) {
    const deal = takenOurs.get(t);
    if (deal) result.matched.push({ ours: t, sipri: deal });
    else if (firstChoice.has(t)) result.shared.push({ ours: t, sipri: firstChoice.get(t)! });
    else result.unmatched.push(t);
  }
  return result;
}

export interface SipriCrosscheck {
  matched: { ours: Transfer; sipri: Transfer }[];
  unmatched: Transfer[];
  /** matched / all (1 when there is nothing to check). */
  rate: number;
}

/** Match every transfer of ours against SIPRI deals (e.g. the imported trade register). */
export function crosscheckTransfers(
  ours: readonly Transfer[],
  sipri: readonly Transfer[],
  tolerance = 2,
): SipriCrosscheck {
  const index = indexSipri(sipri);
  const matched: SipriCrosscheck['matched'] = [];
  const unmatched: Transfer[] = [];
  for (const t of ours) {
    const deal = findSipriDeal(t, index, tolerance);
    if (deal) matched.push({ ours: t, sipri: deal });
    else unmatched.push(t);
  }
  return { matched, unmatched, rate: ours.length ? matched.length / ours.length : 1 };
}

export function describeTransfer(t: Transfer): string {
  const years = t.deliveries.map((d) => d.year);
  return `${t.id}: ${t.supplier} -> ${t.recipient} ${t.designation}, ordered ${t.ordered?.year ?? '?'}, delivered ${years.length ? `${Math.min(...years)}-${Math.max(...years)}` : 'none'}`;
}

/** One party's first entry into an agreement here and in ATOP (undefined where it is absent). */
export interface MemberEntry {
  country: string;
  ours?: string;
  atop?: string;
}

/**
 * Party by party, the first date each party joined our agreement and ATOP's, sorted by the
 * earlier of the two dates. Later entries (a party that left and came back) are ignored: the
 * question is when each state first became bound.
 */
export function compareMemberEntries(ours: Agreement, atop: Agreement): MemberEntry[] {
  const first = (a: Agreement) => {
    const m = new Map<string, string>();
    for (const { country, joined } of a.members) {
      const seen = m.get(country);
      if (seen === undefined || joined < seen) m.set(country, joined);
    }
    return m;
  };
  const a = first(ours);
  const b = first(atop);
  const earliest = (e: MemberEntry) => [e.ours, e.atop].filter((d) => d !== undefined).sort()[0]!;
  return [...new Set([...a.keys(), ...b.keys()])]
    .map((country) => ({ country, ours: a.get(country), atop: b.get(country) }))
    .sort((x, y) => earliest(x).localeCompare(earliest(y)) || x.country.localeCompare(y.country));
}

export interface AgreementDifference {
  id: string;
  atopid: number;
  /** Parties in ours but not in ATOP, and the other way round. */
  onlyOurs: string[];
  onlyAtop: string[];
  ourStart: number;
  atopStart: number;
}

/**
 * Compare one of our agreements with the ATOP agreement it corresponds to: parties (as sets of
 * ids over the whole life of the agreement) and start years (our `signed` vs ATOP's earliest entry).
 */
export function compareAgreement(
  ours: Agreement,
  atop: Agreement,
  atopid: number,
): AgreementDifference {
  const a = new Set(ours.members.map((m) => m.country));
  const b = new Set(atop.members.map((m) => m.country));
  return {
    id: ours.id,
    atopid,
    onlyOurs: [...a].filter((x) => !b.has(x)).sort(),
    onlyAtop: [...b].filter((x) => !a.has(x)).sort(),
    ourStart: Number(ours.signed.slice(0, 4)),
    atopStart: Number(atop.signed.slice(0, 4)),
  };
}

export interface AtopAlliance {
  /** Earliest entry year of any member. */
  start: number;
  /** Whether any row of the alliance carries the defence obligation flag. */
  defence: boolean;
}

/**
 * ATOP alliances (by atopid) with a defence obligation whose earliest member entry is in
 * `since` or later, read from the text of the member-level file (atop5_1m.csv: unquoted CSV,
 * one row per alliance x member x phase; `defense` is 1 on rows with a defence obligation).
 */
export function atopDefencePactsSince(memberCsv: string, since: number): Map<number, AtopAlliance> {
  const lines = memberCsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]!.split(',');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`ATOP member file: no column "${name}"`);
    return i;
  };
  const [id, yrent, defense] = [col('atopid'), col('yrent'), col('defense')];
  const all = new Map<number, AtopAlliance>();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const atopid = Number(f[id]);
    const a = all.get(atopid) ?? { start: Number.POSITIVE_INFINITY, defence: false };
    a.start = Math.min(a.start, Number(f[yrent]));
    if (Number(f[defense]) > 0) a.defence = true;
    all.set(atopid, a);
  }
  return new Map([...all].filter(([, a]) => a.defence && a.start >= since));
}

/** Which of `pacts` have a record (an atopid among the values of `matches`). */
export function defencePactCoverage(
  pacts: ReadonlyMap<number, AtopAlliance>,
  matches: Readonly<Record<string, number>>,
): { covered: number[]; missing: number[]; rate: number } {
  const matched = new Set(Object.values(matches));
  const ids = [...pacts.keys()].sort((a, b) => a - b);
  const covered = ids.filter((id) => matched.has(id));
  const missing = ids.filter((id) => !matched.has(id));
  return { covered, missing, rate: ids.length ? covered.length / ids.length : 1 };
}

/**
 * Matches that the plausibility check (start within two years, at least two shared parties)
 * would reject, with the reason they are right.
 */
export const ATOP_MATCH_EXCEPTIONS: Record<string, string> = {
  rss: 'the record starts with the 1982 memorandum of understanding; ATOP codes the 1996 treaty that founded the RSS',
  'twn-sun-1945':
    'the Republic of China of 1945 is TWN here; the ATOP importer maps COW code 710 (China) to CHN',
};

/** Our agreement id -> ATOP 5.1 atopid, by hand, for agreements both code. */
export const ATOP_IDS: Record<string, number> = {
  nato: 3180,
  'warsaw-pact': 3285,
  seato: 3260,
  cento: 3275,
  anzus: 3215,
  'rio-treaty': 3075,
  'oas-charter': 3150,
  weu: 3130,
  csto: 4220,
  'gcc-joint-defence': 4965,
  'arab-maghreb-union': 3995,
  'oecs-basseterre': 3900,
  osce: 3740,
  'tac-southeast-asia': 3755,
  'eu-cfsp': 4175,
  'sco-good-neighbourliness-2007': 6020,
  'cyprus-treaty-of-guarantee': 3405,
  'dayton-1995': 4750,
  'new-york-accords-1988': 3990,
  'fra-sun-1944': 2575,
  'fra-gbr-1947': 3055,
  'sun-fin-1948': 3140,
  'sun-chn-1950': 3200,
  'sun-prk-1961': 3440,
  'chn-prk-1961': 3445,
  'usa-phl-1951': 3210,
  'usa-jpn-1951': 3220,
  'usa-jpn-1960': 3375,
  'usa-kor-1953': 3240,
  'usa-twn-1954': 3270,
  'usa-pak-1959': 3355,
  'usa-tur-1959': 3360,
  'usa-irn-1959': 3365,
  'usa-lbr-1959': 3370,
  'fra-deu-1963': 3470,
  'deu-sun-1970': 3640,
  'deu-pol-1970': 3655,
  'sun-ind-1971': 3675,
  'rus-kaz-1992': 4235,
  'rus-ukr-1997': 4875,
  'rus-chn-2001': 4980,
  'tur-aze-2010': 6035,
  'lby-mar-1984': 3960,
  'gbr-mys-1957': 3330,
  'gbr-mlt-1964': 3505,
  'sun-yug-1945': 3020,
  'sun-pol-1945': 3025,
  'sun-rou-1948': 3115,
  'sun-hun-1948': 3120,
  'sun-bgr-1948': 3135,
  'gbr-jor-1948': 3125,
  'gbr-lby-1953': 3235,
  'egy-syr-1955': 3300,
  'gbr-nga-1960': 3423,
  'sun-ddr-1964': 3500,
  'sun-pol-1965': 3520,
  'sun-mng-1966': 3535,
  'sun-bgr-1967': 3560,
  'sun-hun-1967': 3580,
  'sun-csk-1970': 3625,
  'sun-rou-1970': 3630,
  'fra-sen-1974': 3730,
  'sun-ddr-1975': 3745,
  'fra-dji-1977': 3790,
  'sen-gmb-1981': 3930,
  'rus-arm-1997': 4890,
  'great-lakes-pact': 5090,
  'arab-league-jdec': 3205,
  rss: 4778,
  // dataset/agreements/defence-pacts.json
  'pol-yug-1946': 3035,
  'csk-yug-1946': 3045,
  'alb-yug-1946': 3050,
  'csk-pol-1947': 3060,
  'bgr-yug-1947': 3085,
  'hun-yug-1947': 3090,
  'rou-yug-1947': 3095,
  'bgr-rou-1948': 3105,
  'hun-rou-1948': 3110,
  'bgr-csk-1948': 3145,
  'bgr-pol-1948': 3155,
  'hun-pol-1948': 3160,
  'bgr-hun-1948': 3165,
  'csk-rou-1948': 3170,
  'pol-rou-1949': 3175,
  'csk-hun-1949': 3185,
  'csk-pol-1967': 3540,
  'ddr-pol-1967': 3545,
  'csk-ddr-1967': 3550,
  'bgr-pol-1967': 3555,
  'ddr-hun-1967': 3565,
  'bgr-ddr-1967': 3575,
  'bgr-csk-1968': 3595,
  'hun-pol-1968': 3600,
  'csk-hun-1968': 3605,
  'csk-rou-1968': 3610,
  'pol-rou-1970': 3645,
  'bgr-rou-1970': 3650,
  'hun-rou-1972': 3680,
  'ddr-rou-1972': 3695,
  'ddr-hun-1977': 3770,
  'ddr-pol-1977': 3780,
  'bgr-ddr-1977': 3800,
  'csk-ddr-1977': 3805,
  'act-of-chapultepec-1945': 3010,
  'twn-sun-1945': 3030,
  'gbr-jor-1946': 3040,
  'balkan-pact': 3230,
  'gbr-irq-1955': 3280,
  'gbr-zaf-1955': 3290,
  'egy-sau-1955': 3305,
  'jeddah-pact-1956': 3310,
  'irq-jor-1958': 3340,
  'egy-yar-1958': 3345,
  'fra-mdg-1960': 3390,
  'fra-caf-cog-tcd-1960': 3395,
  'cyprus-treaty-of-alliance-1960': 3400,
  'fra-gab-1960': 3410,
  'union-of-african-states-1961': 3430,
  'uam-defence-pact-1961': 3455,
  'usa-esp-1963': 3480,
  'mys-sgp-1965': 3525,
  'egy-syr-1966': 3538,
  'egy-jor-1967': 3570,
  'sdn-uga-1972': 3700,
  'usa-esp-1976': 3750,
  'egy-sdn-1976': 3758,
  'usa-pan-1977': 3795,
  'fra-com-1978': 3830,
  'lby-tcd-1980': 3860,
  'ita-mlt-1980': 3865,
  'ecowas-mutual-assistance-defence-1981': 3895,
  'aden-tripartite-treaty-1981': 3903,
  'usa-isr-1981': 3925,
  'lbn-syr-1991': 4030,
  'rus-uzb-1992': 4245,
  'rus-kgz-1992': 4255,
  'cze-svk-1992': 4370,
  'tjk-uzb-1993': 4392,
  'cis-charter-1993': 4400,
  'rus-tjk-1993': 4470,
  'tur-aze-1994': 4550,
  'central-american-democratic-security-1995': 4678,
  'blr-rus-1997': 4865,
  'kaz-kgz-1997': 4867,
  'tjk-uzb-2000': 4951,
  'sadc-protocol-politics-defence-security-2001': 4985,
  'kaz-kgz-2003': 5040,
  'rus-uzb-2005': 5075,
  'cub-prk-1986': 3975,
  'bgr-hun-1969': 3620,
  'alb-bgr-1947': 3100,
  'jor-sau-1962': 3465,
  'lby-ner-1974': 3725,
  'gin-lbr-1979': 3843,
  'gin-sle-1971': 3660,
  'lby-mlt-1984': 3963,
};

/**
 * Link trade-register deals (format A) to the same deals in the per-delivery-year exports
 * (format B), which carry SIPRI's deal id, the TIV per delivery year and the local-production
 * mark. The two formats name weapons differently (B drops names: `F-4M -` for `F-4M Phantom-2`),
 * so a deal links on the same pair and order year (within one year: releases differ) with a
 * related designation, or with the same delivery years and number delivered. One to one,
 * closest first. Returns register deal -> per-delivery-year deal.
 */
export function linkDeliveryYearDeals(
  register: readonly Transfer[],
  byDeliveryYear: readonly Transfer[],
): Map<Transfer, Transfer> {
  const index = indexSipri(byDeliveryYear);
  const options: { a: Transfer; b: Transfer; cost: number }[] = [];
  for (const a of register) {
    if (!a.ordered || a.deliveries.length === 0) continue;
    const years = a.deliveries.map((d) => d.year).join(',');
    const units = deliveredUnits(a);
    for (const b of index.get(`${actorKey(a.supplier)}>${actorKey(a.recipient)}`) ?? []) {
      if (!b.ordered) continue;
      const distance = Math.abs(a.ordered.year - b.ordered.year);
      if (distance > 1) continue;
      const tier = designationTier(a, b);
      const sameYears = b.deliveries.map((d) => d.year).join(',') === years;
      const sameUnits = units !== undefined && units === deliveredUnits(b);
      if (tier === undefined && !(sameYears && sameUnits)) continue;
      // A system and its missiles share a name ("Crotale", "R-440 Crotale"): numbers and
      // category tell them apart.
      const cost =
        1000 * distance +
        (tier === undefined ? 2000 : TIER_COST[tier]!) +
        (sameYears ? 0 : 50) +
        (sameUnits ? 0 : 200) +
        (a.category === b.category ? 0 : 300);
      options.push({ a, b, cost });
    }
  }
  options.sort((x, y) => x.cost - y.cost);
  const links = new Map<Transfer, Transfer>();
  const taken = new Set<Transfer>();
  for (const o of options) {
    if (links.has(o.a) || taken.has(o.b)) continue;
    links.set(o.a, o.b);
    taken.add(o.b);
  }
  return links;
}

export interface Precision {
  /** Matched transfers measured. */
  transfers: number;
  orderYearEqual: number;
  /** Every delivery year of ours is one of SIPRI's. */
  deliveryYearsWithin: number;
  /** The same delivery years as SIPRI's. */
  deliveryYearsEqual: number;
  /** Transfers that give units (ordered, or delivered in every delivery year). */
  withUnits: number;
  /** ...and they equal SIPRI's number ordered and number delivered. */
  unitsEqual: number;
  /** Transfers that give units per delivery year, with a per-delivery-year SIPRI deal. */
  withYearlyUnits: number;
  /** ...and every year's units equal SIPRI's for that year. */
  yearlyUnitsEqual: number;
  /** Ids of the transfers whose units in some delivery year differ from SIPRI's. */
  yearlyUnitsDiffer: string[];
}

/**
 * How closely matched transfers reproduce their SIPRI deal: order year, delivery years, units
 * (against the trade register), units per delivery year (against the per-delivery-year deal
 * that `yearly` returns for a register deal, when there is one).
 */
export function measurePrecision(
  matched: readonly { ours: Transfer; sipri: Transfer }[],
  yearly: (registerDeal: Transfer) => Transfer | undefined = () => undefined,
): Precision {
  const p: Precision = {
    transfers: matched.length,
    orderYearEqual: 0,
    deliveryYearsWithin: 0,
    deliveryYearsEqual: 0,
    withUnits: 0,
    unitsEqual: 0,
    withYearlyUnits: 0,
    yearlyUnitsEqual: 0,
    yearlyUnitsDiffer: [],
  };
  for (const { ours, sipri } of matched) {
    if (ours.ordered?.year === sipri.ordered?.year) p.orderYearEqual++;
    const theirs = sipri.deliveries.map((d) => d.year);
    const mine = ours.deliveries.map((d) => d.year);
    if (mine.every((y) => theirs.includes(y))) p.deliveryYearsWithin++;
    if (mine.length === theirs.length && mine.every((y) => theirs.includes(y)))
      p.deliveryYearsEqual++;
    const delivered = deliveredUnits(ours);
    if (ours.ordered?.units !== undefined || delivered !== undefined) {
      p.withUnits++;
      const orderedOk =
        ours.ordered?.units === undefined || ours.ordered.units === sipri.ordered?.units;
      const deliveredOk = delivered === undefined || delivered === deliveredUnits(sipri);
      if (orderedOk && deliveredOk) p.unitsEqual++;
    }
    const perYear = ours.deliveries.filter((d) => d.units !== undefined);
    const byYear = perYear.length > 0 ? yearly(sipri) : undefined;
    if (byYear) {
      p.withYearlyUnits++;
      if (perYear.every((d) => byYear.deliveries.find((x) => x.year === d.year)?.units === d.units))
        p.yearlyUnitsEqual++;
      else p.yearlyUnitsDiffer.push(ours.id);
    }
  }
  return p;
}

/** Whether a per-delivery-year deal has SIPRI's `Local production` mark (the importer notes it). */
export const sipriLocalProduction = (deal: Transfer): boolean =>
  deal.notes?.startsWith('Local production') ?? false;

const LICENCE_COMMENT =
  /(produced|production) under licen[cs]e|assembled from kits|assembly from kits|co-?production|production of components/;

/**
 * Whether SIPRI marks a register deal as built in the recipient country: the `Local production`
 * column of its per-delivery-year deal; for deals not delivered yet (absent from those exports),
 * a comment saying so about the weapon itself (not "for X produced under licence").
 */
export function marksLocalProduction(registerDeal: Transfer, yearlyDeal?: Transfer): boolean {
  if (yearlyDeal) return sipriLocalProduction(yearlyDeal);
  const comment = (registerDeal.notes ?? '').toLowerCase();
  return !comment.startsWith('for ') && LICENCE_COMMENT.test(comment);
}

/**
 * The kind of local production a SIPRI comment describes: co-production when the recipient
 * makes parts ("co-production", "production of components"), kit when it only assembles
 * ("assembled from kits", no production), licensed otherwise (also when the comment is silent).
 */
export function productionKind(comment: string | undefined): TransferProduction {
  const c = (comment ?? '').toLowerCase();
  if (/co-?produc|production of components|joint(ly)? produc/.test(c)) return 'co-production';
  if (/kit|assembl/.test(c) && !/licen[cs]|produc/.test(c)) return 'kit';
  return 'licensed';
}
