/**
 * Top suppliers and top recipients over a period, the way SIPRI computes its fact sheets: the
 * chosen measure is summed by DELIVERY year over the period, each actor's sum is divided by a
 * total of the same period, and the change is taken against the previous period of equal length
 * (2020–2024 against 2015–2019).
 *
 * What is ranked is exactly what the network draws (see compileFilters): the deliveries of the
 * period in the kept weapon categories that touch the selected regions in the chosen direction.
 * "Africa, transfers into it" ranks the suppliers of African states (Russia, the US, ...) and the
 * African recipients; a region filter never hides the foreign side of a drawn flow.
 *
 * Shares:
 * - Without a region filter, a share is of the WORLD total of the period (SIPRI's method): every
 *   delivery in the kept categories, non-state actors, organisations and unknown suppliers or
 *   recipients included. Unknown actors are counted but never ranked.
 * - With a region filter, a share is of the total of the deliveries drawn (e.g. all deliveries
 *   into Africa, whoever made them, unknown suppliers included): "Russia: 30 % of arms delivered
 *   into Africa", as SIPRI's regional tables put it. The world total is still given beside it.
 *
 * Measures: SIPRI TIV where the data has values (only deliveries with a value count); otherwise
 * units delivered (only deliveries with a number count) or the number of DISTINCT deals with a
 * delivery in the period (a deal delivered over several years counts once).
 */
import { pairEdges, type TransferEdge } from './aggregate';
import { compileFilters } from './compileFilters';
import { countryNames, type ModelData } from './dataset';
import type { FilterState, WeightMeasure } from './filters';
import { formatFigure, formatYearSpan, measureUnit, restrictionPhrase } from './format';
import { transferWeight } from './graph';

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
  /** Every delivery of the period in the kept categories, whatever the regions. */
  worldTotal: number;
  previousWorldTotal: number;
  worldChange: number | null;
  /** The deliveries drawn (equal to the world total without a region filter). */
  shownTotal: number;
  previousShownTotal: number;
  /** What a row's share is of: `world` without a region filter, `shown` with one. */
  shareOf: 'world' | 'shown';
  /** "deliveries into Africa", or null without a region filter. */
  restriction: string | null;
  suppliers: RankingRow[];
  recipients: RankingRow[];
}

export interface ActorTotals {
  exports: Float64Array;
  imports: Float64Array;
  total: number;
}

function totals(data: ModelData, rows: Uint32Array, measure: WeightMeasure): ActorTotals {
  return actorTotals(data, pairEdges(data, rows), measure);
}

/**
 * Per-actor sums over pair edges (an aggregate's transfers). Deals: a deal has one supplier and
 * one recipient, so summing the per-pair counts of distinct deals gives each actor's (and the
 * total's) distinct deals.
 */
export function actorTotals(
  data: ModelData,
  edges: readonly TransferEdge[],
  measure: WeightMeasure,
): ActorTotals {
  const n = data.countries.length;
  const exports = new Float64Array(n);
  const imports = new Float64Array(n);
  let total = 0;
  for (const e of edges) {
    const w = transferWeight(e, measure);
    exports[e.supplier]! += w;
    imports[e.recipient]! += w;
    total += w;
  }
  return { exports, imports, total };
}

/** Whether an actor may appear as a ranked row: anyone but "unknown" actors. */
export function rankableMask(data: ModelData): Uint8Array {
  const mask = new Uint8Array(data.countries.length).fill(1);
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

/** Top suppliers and recipients over the deliveries the network draws, all of them, ranked. */
export function computeRankings(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): Rankings {
  const cf = compileFilters(data, filters);
  const { from, to } = cf;
  const [previousFrom, previousTo] = previousPeriod(from, to);
  const first = firstDeliveryYear(data);
  const previousCovered = first !== null && previousFrom >= first;
  const now = totals(data, cf.rows, measure);
  const before = totals(data, cf.rowsIn(previousFrom, previousTo), measure);
  const world = cf.restricted ? totals(data, cf.worldRowsIn(from, to), measure).total : now.total;
  const previousWorld = cf.restricted
    ? totals(data, cf.worldRowsIn(previousFrom, previousTo), measure).total
    : before.total;
  const shareOf = cf.restricted ? 'shown' : 'world';
  const base = cf.restricted ? now.total : world;
  const mask = rankableMask(data);
  return {
    measure,
    from,
    to,
    previousFrom,
    previousTo,
    previousCovered,
    transfersShown: filters.ties.transfers,
    worldTotal: world,
    previousWorldTotal: previousWorld,
    worldChange: previousCovered ? percentChange(world, previousWorld) : null,
    shownTotal: now.total,
    previousShownTotal: before.total,
    shareOf,
    restriction: cf.restricted
      ? restrictionPhrase(filters, filters.focus ? countryNames(data, filters.focus) : undefined)
      : null,
    suppliers: rows(data, now.exports, before.exports, base, previousCovered, mask),
    recipients: rows(data, now.imports, before.imports, base, previousCovered, mask),
  };
}

/** The method line shown under the rankings. */
export function describeMethod(r: Rankings): string {
  const drawn = `the ${r.restriction ?? 'deliveries'} the network draws`;
  const what =
    r.measure === 'value'
      ? `Sum of SIPRI TIV by delivery year over ${drawn}`
      : r.measure === 'units'
        ? `Sum of units delivered, by delivery year, over ${drawn}`
        : `Number of distinct deals among ${drawn}`;
  const share =
    r.shareOf === 'world'
      ? 'share of the world total including non-state actors'
      : `share of the total of those deliveries (${formatFigure(r.shownTotal)} ${measureUnit(r.measure, r.shownTotal)}; world total ${formatFigure(r.worldTotal)})`;
  const change = r.previousCovered
    ? `change vs ${formatYearSpan(r.previousFrom, r.previousTo)}`
    : `no change shown: ${formatYearSpan(r.previousFrom, r.previousTo)} lies before the data`;
  return `${what}, ${formatYearSpan(r.from, r.to)}; ${share}; ${change}.`;
}
