/**
 * Two periods of the same view compared: the view's own period and the comparison period (`cmp`),
 * each aggregated once through the one filter compile (the same categories, regions, focus and
 * agreement types; only the years differ), then matched tie by tie.
 *
 * Cost: the view's period is the aggregate the network already has; the comparison period is one
 * more aggregation, memoised on the filters and the period. Nothing else aggregates again: the
 * comparison rankings and the realignment tables read these two aggregates.
 */
import {
  aggregate,
  type ActiveAgreement,
  type Aggregate,
  type MultilateralDisplay,
  type TransferEdge,
} from './aggregate';
import {
  TIE_CHANGES,
  TIE_CHANGE_LABELS,
  classifyFlow,
  classifyPresence,
  emptyCounts,
  type ChangeCounts,
  type TieChange,
} from './compareDiff';
import {
  orderPeriods,
  periodLabel,
  periodLength,
  type OrderedPeriods,
  type Period,
} from './comparePeriod';
import type { ModelData } from './dataset';
import { yearRange, type FilterState, type WeightMeasure } from './filters';
import { transferWeight } from './graph';

const periodFilters = new WeakMap<FilterState, Map<string, FilterState>>();

/**
 * The view's filters over another period: everything else the same. The same object for the same
 * filters and period (and the filters themselves for their own period), so the compile and the
 * aggregation behind it are memoised too.
 */
export function filtersForPeriod(filters: FilterState, period: Period): FilterState {
  const [from, to] = yearRange(filters);
  if (filters.mode === 'range' && from === period.from && to === period.to) return filters;
  let byPeriod = periodFilters.get(filters);
  if (!byPeriod) periodFilters.set(filters, (byPeriod = new Map()));
  const key = `${period.from}:${period.to}`;
  let out = byPeriod.get(key);
  if (!out) {
    out = { ...filters, mode: 'range', from: period.from, to: period.to };
    byPeriod.set(key, out);
  }
  return out;
}

const aggregates = new WeakMap<
  ModelData,
  WeakMap<FilterState, Map<MultilateralDisplay, Aggregate>>
>();

/** The aggregate of the view's filters over another period, computed once per filters and period. */
export function periodAggregate(
  data: ModelData,
  filters: FilterState,
  period: Period,
  multilateral: MultilateralDisplay,
): Aggregate {
  const f = filtersForPeriod(filters, period);
  let byFilters = aggregates.get(data);
  if (!byFilters) aggregates.set(data, (byFilters = new WeakMap()));
  let byDisplay = byFilters.get(f);
  if (!byDisplay) byFilters.set(f, (byDisplay = new Map()));
  let agg = byDisplay.get(multilateral);
  if (!agg) byDisplay.set(multilateral, (agg = aggregate(data, f, multilateral)));
  return agg;
}

/** One supplier->recipient flow in either period. */
export interface FlowDiff {
  supplier: number;
  recipient: number;
  before: TransferEdge | null;
  after: TransferEdge | null;
  /** The chosen measure summed over each period. */
  weightBefore: number;
  weightAfter: number;
  change: TieChange;
}

/** One alliance tie (a pair of states and an agreement type) in either period. */
export interface TieDiff {
  a: number;
  b: number;
  typeIndex: number;
  /** The agreements behind the tie in either period. */
  agreements: number[];
  change: TieChange;
}

/** One multilateral agreement (a hub or a hull) in either period, and how its members changed. */
export interface GroupDiff {
  agreement: number;
  change: TieChange;
  /** Members at some point of either period, each with how its membership changed. */
  members: { country: number; change: TieChange }[];
}

export interface Comparison {
  periods: OrderedPeriods;
  measure: WeightMeasure;
  /** The aggregates of the earlier and the later period. */
  before: Aggregate;
  after: Aggregate;
  flows: FlowDiff[];
  ties: TieDiff[];
  /** Multilateral agreements drawn as hubs or hulls (empty in clique mode). */
  groups: GroupDiff[];
  flowCounts: ChangeCounts;
  tieCounts: ChangeCounts;
}

function diffFlows(
  data: ModelData,
  before: Aggregate,
  after: Aggregate,
  measure: WeightMeasure,
  periods: OrderedPeriods,
): FlowDiff[] {
  const n = data.countries.length;
  const byPair = new Map<number, FlowDiff>();
  const entry = (e: TransferEdge) => {
    const key = e.supplier * n + e.recipient;
    let d = byPair.get(key);
    if (!d) {
      d = {
        supplier: e.supplier,
        recipient: e.recipient,
        before: null,
        after: null,
        weightBefore: 0,
        weightAfter: 0,
        change: 'kept',
      };
      byPair.set(key, d);
    }
    return d;
  };
  for (const e of before.transfers) {
    const d = entry(e);
    d.before = e;
    d.weightBefore = transferWeight(e, measure);
  }
  for (const e of after.transfers) {
    const d = entry(e);
    d.after = e;
    d.weightAfter = transferWeight(e, measure);
  }
  const lengthBefore = periodLength(periods.before);
  const lengthAfter = periodLength(periods.after);
  const out: FlowDiff[] = [];
  for (const d of byPair.values()) {
    // A flow with deliveries but none counted in this measure (no value, no units) is no tie here.
    const change = classifyFlow(d.weightBefore, d.weightAfter, lengthBefore, lengthAfter);
    if (change === null) continue;
    d.change = change;
    out.push(d);
  }
  return out;
}

function diffTies(data: ModelData, before: Aggregate, after: Aggregate): TieDiff[] {
  const n = data.countries.length;
  const byKey = new Map<number, { tie: TieDiff; was: boolean; is: boolean }>();
  const add = (agg: Aggregate, side: 'was' | 'is') => {
    for (const t of agg.ties) {
      const key = (t.a * n + t.b) * 64 + t.typeIndex;
      let e = byKey.get(key);
      if (!e) {
        e = {
          tie: { a: t.a, b: t.b, typeIndex: t.typeIndex, agreements: [], change: 'kept' },
          was: false,
          is: false,
        };
        byKey.set(key, e);
      }
      e[side] = true;
      for (const a of t.agreements) if (!e.tie.agreements.includes(a)) e.tie.agreements.push(a);
    }
  };
  add(before, 'was');
  add(after, 'is');
  return [...byKey.values()].map((e) => {
    e.tie.change = classifyPresence(e.was, e.is)!;
    return e.tie;
  });
}

function diffGroups(
  before: readonly ActiveAgreement[],
  after: readonly ActiveAgreement[],
): GroupDiff[] {
  const byAgreement = new Map<
    number,
    { was: ActiveAgreement | null; is: ActiveAgreement | null }
  >();
  for (const g of before) byAgreement.set(g.agreement, { was: g, is: null });
  for (const g of after) {
    const e = byAgreement.get(g.agreement);
    if (e) e.is = g;
    else byAgreement.set(g.agreement, { was: null, is: g });
  }
  const out: GroupDiff[] = [];
  for (const [agreement, { was, is }] of byAgreement) {
    const wasMembers = new Set(was?.members ?? []);
    const isMembers = new Set(is?.members ?? []);
    const members = [...new Set([...wasMembers, ...isMembers])].map((country) => ({
      country,
      change: classifyPresence(wasMembers.has(country), isMembers.has(country))!,
    }));
    out.push({ agreement, change: classifyPresence(was !== null, is !== null)!, members });
  }
  return out;
}

function count<T extends { change: TieChange }>(items: readonly T[]): ChangeCounts {
  const counts = emptyCounts();
  for (const item of items) counts[item.change]++;
  return counts;
}

const comparisons = new WeakMap<Aggregate, WeakMap<Aggregate, Map<WeightMeasure, Comparison>>>();

/**
 * Compare the view's aggregate (its own period) with the aggregate of the comparison period.
 * Memoised on the two aggregates and the measure.
 */
export function compareAggregates(
  data: ModelData,
  view: Aggregate,
  cmp: Aggregate,
  measure: WeightMeasure,
): Comparison {
  let byCmp = comparisons.get(view);
  if (!byCmp) comparisons.set(view, (byCmp = new WeakMap()));
  let byMeasure = byCmp.get(cmp);
  if (!byMeasure) byCmp.set(cmp, (byMeasure = new Map()));
  let result = byMeasure.get(measure);
  if (!result) {
    const periods = orderPeriods({ from: view.from, to: view.to }, { from: cmp.from, to: cmp.to });
    const [before, after] = periods.viewIs === 'before' ? [view, cmp] : [cmp, view];
    const flows = diffFlows(data, before, after, measure, periods);
    const ties = diffTies(data, before, after);
    result = {
      periods,
      measure,
      before,
      after,
      flows,
      ties,
      groups: diffGroups(before.groups, after.groups),
      flowCounts: count(flows),
      tieCounts: count(ties),
    };
    byMeasure.set(measure, result);
  }
  return result;
}

/**
 * The comparison of a view with another period, from the view's filters: both aggregates come
 * from the memoised period aggregates (the view's own is shared with the network).
 */
export function compareView(
  data: ModelData,
  filters: FilterState,
  cmp: Period,
  multilateral: MultilateralDisplay,
  measure: WeightMeasure,
  viewAggregate?: Aggregate,
): Comparison {
  const [from, to] = yearRange(filters);
  const view = viewAggregate ?? periodAggregate(data, filters, { from, to }, multilateral);
  return compareAggregates(data, view, periodAggregate(data, filters, cmp, multilateral), measure);
}

/**
 * The comparison in one line: "1970–1979 → 1980–1989: arms flows 101 gained, 35 grown, ...;
 * alliance ties 13 gained, 13 lost, 70 kept." (the Compare panel, exported pictures).
 */
export function comparisonSummary(c: Comparison): string {
  const { before, after } = c.periods;
  const flows = TIE_CHANGES.map(
    (k) => `${c.flowCounts[k]} ${TIE_CHANGE_LABELS[k].toLowerCase()}`,
  ).join(', ');
  const ties = `${c.tieCounts.gained} gained, ${c.tieCounts.lost} lost, ${c.tieCounts.kept} kept`;
  return `${periodLabel(before)} → ${periodLabel(after)}: arms flows ${flows}; alliance ties ${ties}.`;
}
