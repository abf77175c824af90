/**
 * Top suppliers and top recipients over a period, the way SIPRI computes its fact sheets: the
 * chosen measure is summed by DELIVERY year over the period, each actor's sum is divided by the
 * world total of the same period, and the change is taken against the previous period of equal
 * length (2020–2024 against 2015–2019).
 *
 * What the filters mean here:
 * - Period and weapon categories: both the ranked figures and the world total use them.
 * - Ties: when arms transfers are switched off, there is nothing to rank (`transfersShown`).
 * - Regions: the region filter chooses WHO is ranked, not which transfers count. "Recipients in
 *   Asia" ranks the recipients located in the selected regions by ALL their imports (from any
 *   supplier), and their shares stay shares of the WORLD total. So a state's figure and share are
 *   the same whatever regions are selected, and match SIPRI's world tables; a regional total would
 *   change the denominator with the filter and make shares incomparable.
 * - The world total counts every actor: non-state actors, organisations and unknown suppliers or
 *   recipients. Unknown actors ("unknown supplier(s)") are counted but never ranked.
 *
 * Measures: SIPRI TIV where the data has values (only deliveries with a value count); otherwise
 * units delivered (only deliveries with a number count) or the number of DISTINCT deals with a
 * delivery in the period (a deal delivered over several years counts once).
 */
import { aggregateTransfers, regionMaskFor, type TransferEdge } from './aggregate';
import type { ModelData } from './dataset';
import { yearRange, type FilterState, type WeightMeasure } from './filters';
import { transferWeight } from './graph';
import { WEAPON_CATEGORIES } from './types';

export const MEASURE_UNITS: Record<WeightMeasure, string> = {
  value: 'TIV (m)',
  units: 'units',
  deals: 'deals',
};

/**
 * The measure a ranking uses: the user's choice, except that a value ranking on data without
 * values (the default dataset) falls back to counting deals.
 */
export function rankingMeasure(data: ModelData, weight: WeightMeasure): WeightMeasure {
  return weight === 'value' && !data.hasValues ? 'deals' : weight;
}

/** The previous period of equal length: [2015, 2019] for [2020, 2024]. */
export function previousPeriod(from: number, to: number): [number, number] {
  const length = to - from + 1;
  return [from - length, from - 1];
}

/** First year with a delivery in the data, or null when there is none. */
export function firstDeliveryYear(data: ModelData): number | null {
  return data.deliveries.length > 0 ? data.deliveries.year[0]! : null;
}

/** Category filter as a mask over WEAPON_CATEGORIES indices (1 = kept). */
export function categoryMaskFor(filters: FilterState): Uint8Array {
  const mask = new Uint8Array(WEAPON_CATEGORIES.length);
  WEAPON_CATEGORIES.forEach((c, i) => {
    mask[i] = filters.categories === null || filters.categories.includes(c) ? 1 : 0;
  });
  return mask;
}

/** Percentage change from `previous` to `current`; null when there is no base to compare with. */
export function percentChange(current: number, previous: number): number | null {
  return previous > 0 ? ((current - previous) / previous) * 100 : null;
}

export interface RankingRow {
  country: number;
  /** Competition rank: equal values share a rank (1, 2, 2, 4). */
  rank: number;
  value: number;
  /** Share of the world total of the period, in %; null when the world total is 0. */
  share: number | null;
  /** The same measure in the previous period. */
  previous: number;
  /** % change against the previous period; null when it had none or lies before the data. */
  change: number | null;
}

export interface Rankings {
  measure: WeightMeasure;
  from: number;
  to: number;
  previousFrom: number;
  previousTo: number;
  /** False when the previous period starts before the first delivery in the data. */
  previousCovered: boolean;
  /** False when arms transfers are switched off in the Ties filter: nothing is ranked. */
  transfersShown: boolean;
  worldTotal: number;
  previousWorldTotal: number;
  worldChange: number | null;
  suppliers: RankingRow[];
  recipients: RankingRow[];
}

/** Pair edges over [from, to] in the chosen categories, for every actor (no region filter). */
export function worldEdges(
  data: ModelData,
  filters: FilterState,
  from: number,
  to: number,
): TransferEdge[] {
  if (to < from) return [];
  const all = new Uint8Array(data.countries.length).fill(1);
  return aggregateTransfers(data, { ...filters, mode: 'range', from, to }, all);
}

interface Totals {
  exports: Float64Array;
  imports: Float64Array;
  world: number;
}

/**
 * Per-actor sums over [from, to]. Deals: a deal has one supplier and one recipient, so summing the
 * per-pair counts of distinct deals gives each actor's (and the world's) distinct deals.
 */
function totals(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
  from: number,
  to: number,
): Totals {
  const n = data.countries.length;
  const exports = new Float64Array(n);
  const imports = new Float64Array(n);
  let world = 0;
  for (const e of worldEdges(data, filters, from, to)) {
    const w = transferWeight(e, measure);
    exports[e.supplier]! += w;
    imports[e.recipient]! += w;
    world += w;
  }
  return { exports, imports, world };
}

/** Whether an actor may appear as a ranked row: in the selected regions, and not "unknown". */
export function rankableMask(data: ModelData, regions: string[] | null): Uint8Array {
  const mask = regionMaskFor(data, regions);
  data.countries.forEach((c, i) => {
    if (c.kind === 'unknown') mask[i] = 0;
  });
  return mask;
}

/**
 * Sort rows by a key (descending), then by an optional second key (descending), then by name, and
 * give competition ranks on the first key.
 */
export function rankBy<T extends { country: number; rank: number }>(
  data: ModelData,
  rows: T[],
  key: (row: T) => number,
  then: (row: T) => number = () => 0,
): T[] {
  const name = (row: T) => data.countries[row.country]!.name;
  rows.sort((a, b) => key(b) - key(a) || then(b) - then(a) || name(a).localeCompare(name(b)));
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && key(prev) === key(row) ? prev.rank : i + 1;
  });
  return rows;
}

function rows(
  data: ModelData,
  current: Float64Array,
  previous: Float64Array,
  world: number,
  previousCovered: boolean,
  mask: Uint8Array,
): RankingRow[] {
  const out: RankingRow[] = [];
  for (let i = 0; i < current.length; i++) {
    const value = current[i]!;
    if (value <= 0 || mask[i] === 0) continue;
    const prev = previous[i]!;
    out.push({
      country: i,
      rank: 0,
      value,
      share: world > 0 ? (value / world) * 100 : null,
      previous: prev,
      change: previousCovered ? percentChange(value, prev) : null,
    });
  }
  return rankBy(data, out, (r) => r.value);
}

/** Top suppliers and recipients for the filters' period (or "as of" year), all of them, ranked. */
export function computeRankings(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): Rankings {
  const [from, to] = yearRange(filters);
  const [previousFrom, previousTo] = previousPeriod(from, to);
  const first = firstDeliveryYear(data);
  const previousCovered = first !== null && previousFrom >= first;
  const transfersShown = filters.ties.transfers;
  const now = totals(data, filters, measure, from, to);
  const before = totals(data, filters, measure, previousFrom, previousTo);
  const mask = rankableMask(data, filters.regions);
  return {
    measure,
    from,
    to,
    previousFrom,
    previousTo,
    previousCovered,
    transfersShown,
    worldTotal: now.world,
    previousWorldTotal: before.world,
    worldChange: previousCovered ? percentChange(now.world, before.world) : null,
    suppliers: rows(data, now.exports, before.exports, now.world, previousCovered, mask),
    recipients: rows(data, now.imports, before.imports, now.world, previousCovered, mask),
  };
}

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** The method line shown under the rankings. */
export function describeMethod(r: Rankings): string {
  const what =
    r.measure === 'value'
      ? 'Sum of SIPRI TIV by delivery year'
      : r.measure === 'units'
        ? 'Sum of units delivered, by delivery year'
        : 'Number of distinct deals with a delivery';
  const change = r.previousCovered
    ? `change vs ${span(r.previousFrom, r.previousTo)}`
    : `no change shown: ${span(r.previousFrom, r.previousTo)} lies before the data`;
  return `${what}, ${span(r.from, r.to)}; share of the world total including non-state actors; ${change}.`;
}
