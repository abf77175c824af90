/**
 * The derivation chain, as named, memoised selectors: dataset + view -> compiled filters ->
 * aggregate -> graph spec (with blocs and colours) -> rankings, overlap figures, details, timeline
 * series, tables, summary. Each is a pure function of its inputs, memoised on their identity (the
 * store replaces objects on change), so several views share one result per change and Node tests
 * call them without a store. Components only read them (through hooks.ts); nothing is derived
 * inside a component.
 */
import { aggregate, type Aggregate, type MultilateralDisplay } from '../model/aggregate';
import { colourByBloc } from '../model/blocs';
import { compileFilters } from '../model/compileFilters';
import {
  scopeRows,
  selectionScope,
  type DataScope,
  type TableName,
  type TableRows,
} from '../model/dataScope';
import type { ModelData } from '../model/dataset';
import { selectionDetails, type SelectionDetails } from '../model/details';
import { defaultFilters, type FilterState, type WeightMeasure } from '../model/filters';
import {
  GRAPH_DISPLAY_KEYS,
  buildGraphSpec,
  type DisplayOptions,
  type GraphSpec,
} from '../model/graph';
import { buildDiffGraphSpec } from '../model/compareGraph';
import { compareAggregates, periodAggregate, type Comparison } from '../model/compare';
import { compareRankings, type ComparisonRankings } from '../model/compareRankings';
import { realignedStates, realignment, type Realignment } from '../model/realignment';
import {
  overlapFigures,
  rankAllyShares,
  rankConcentrations,
  rankEmbargoSuppliers,
  type AllyShare,
  type Concentration,
  type EmbargoSupplier,
  type OverlapFigures,
} from '../model/overlap';
import { pairRecord, type PairRecord } from '../model/pair';
import { computeRankings, rankingMeasure, type Rankings } from '../model/rankings';
import { summarise } from '../model/summary';
import { dealRows, flowRows, multilateralRows, tieRows } from '../model/tables';
import {
  agreementBars,
  transferVolumeByYear,
  type AgreementGroupBy,
  type SplitBy,
  type TimelineModel,
} from '../model/timeline';
import type { DisplayState, Selection, ViewState } from '../model/viewState';

/** Memoise on the identity of every argument: one entry, the last call. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (
      lastArgs !== null &&
      lastArgs.length === args.length &&
      lastArgs.every((a, i) => Object.is(a, args[i]))
    )
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/** Pair edges, alliance ties and groups of the period: what the network draws. */
export const selectAggregate: (
  data: ModelData,
  filters: FilterState,
  multilateral: MultilateralDisplay,
) => Aggregate = memoize(aggregate);

/** Memoise on an object's fields, compared one by one: one entry, the last call. */
function memoizeFields<T extends object, R>(
  fields: (value: T) => readonly unknown[],
  fn: (value: T) => R,
): (value: T) => R {
  let last: readonly unknown[] | null = null;
  let result: R;
  return (value) => {
    const now = fields(value);
    if (last === null || now.length !== last.length || now.some((v, i) => !Object.is(v, last![i])))
      [last, result] = [now, fn(value)];
    return result;
  };
}

/** The display options the spec reads (GRAPH_DISPLAY_KEYS): the same object while they stay. */
const specOptions = memoizeFields(
  (d: DisplayState) => GRAPH_DISPLAY_KEYS.map((k) => d[k]),
  (d: DisplayState): DisplayOptions =>
    Object.fromEntries(GRAPH_DISPLAY_KEYS.map((k) => [k, d[k]])) as unknown as DisplayOptions,
);
const graphSpec = memoize(buildGraphSpec);
const blocSpec = memoize(colourByBloc);
const diffSpec = memoize((data: ModelData, c: ComparisonView, options: DisplayOptions): GraphSpec =>
  buildDiffGraphSpec(data, c.comparison, options, realignedStates(c.realignment)),
);

/**
 * What the network draws, with its sizes and colours (blocs included) and how many arms flows the
 * flow limit leaves out: GraphController's input.
 */
export function selectGraphSpec(data: ModelData, view: ViewState): GraphSpec {
  const d = view.display;
  // Comparing in one picture: the difference network of the two periods.
  const comparison = view.compare.mode === 'diff' ? selectComparison(data, view) : null;
  if (comparison) return diffSpec(data, comparison, specOptions(d));
  const agg = selectAggregate(data, view.filters, d.multilateral);
  const spec = graphSpec(data, agg, specOptions(d));
  return d.color === 'bloc' ? blocSpec(spec) : spec;
}

/** Allies, concentration and embargoes over the drawn deliveries, for every actor at once. */
export const selectOverlap: (
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
) => OverlapFigures = memoize(overlapFigures);

export interface RankingsView {
  measure: WeightMeasure;
  rankings: Rankings;
  allies: AllyShare[];
  concentration: Concentration[];
  embargoes: EmbargoSupplier[];
}

const rankingsView = memoize(
  (data: ModelData, filters: FilterState, measure: WeightMeasure): RankingsView => {
    const overlap = selectOverlap(data, filters, measure);
    return {
      measure,
      rankings: computeRankings(data, filters, measure),
      allies: rankAllyShares(data, overlap.exportShares),
      concentration: rankConcentrations(data, overlap.concentrations),
      embargoes: rankEmbargoSuppliers(data, overlap.embargoed),
    };
  },
);

/** Everything the Rankings panel shows. */
export function selectRankings(data: ModelData, view: ViewState): RankingsView {
  return rankingsView(data, view.filters, rankingMeasure(data, view.display.weight));
}

const details = memoize(
  (
    data: ModelData,
    agg: Aggregate,
    selection: Selection,
    weight: WeightMeasure,
    overlap: OverlapFigures,
  ): SelectionDetails => selectionDetails(data, agg, selection, weight, overlap),
);

/** What the Details panel shows for the selection; null when nothing is selected. */
export function selectDetails(data: ModelData, view: ViewState): SelectionDetails | null {
  if (view.selection === null) return null;
  const agg = selectAggregate(data, view.filters, view.display.multilateral);
  const measure = rankingMeasure(data, view.display.weight);
  const overlap = selectOverlap(data, view.filters, measure);
  return details(data, agg, view.selection, view.display.weight, overlap);
}

const pair = memoize((data: ModelData, filters: FilterState, a: number, b: number): PairRecord =>
  pairRecord(data, compileFilters(data, filters), a, b),
);

/** Everything between two states (the pair view), with what the network draws now. */
export function selectPairRecord(data: ModelData, view: ViewState, a: number, b: number) {
  return pair(data, view.filters, a, b);
}

/** Filters that only change the period. */
const PERIOD_FIELDS: readonly string[] = ['from', 'to', 'mode'] satisfies (keyof FilterState)[];

/**
 * The filters without their years, for the timeline (it shows every year): the same object
 * while only the period changes, so playing the years never recomputes the series. Every other
 * filter, present or future, is kept.
 */
const timelineFilters = memoizeFields(
  ({ data, filters }: { data: ModelData; filters: FilterState }) => [
    data,
    ...Object.entries(filters)
      .filter(([k]) => !PERIOD_FIELDS.includes(k))
      .flat(),
  ],
  ({ data, filters }): FilterState => {
    const all = defaultFilters(data.yearSpan);
    return { ...filters, from: all.from, to: all.to, mode: all.mode };
  },
);

const volume = memoize(transferVolumeByYear);
const bars = memoize(
  (data: ModelData, filters: FilterState, groupBy: AgreementGroupBy, focus: number | null) =>
    agreementBars(data, filters, groupBy, { focusCountry: focus }),
);
const timelineModel = memoize(
  (
    data: ModelData,
    volumeTable: TimelineModel['volume'],
    agreements: TimelineModel['agreements'],
  ): TimelineModel => ({
    volume: volumeTable,
    agreements,
    countryName: (i) => data.countries[i]?.name ?? '?',
  }),
);

/** The selected state, whose bilateral agreements the timeline draws as bars. */
export function selectFocusCountry(data: ModelData, selection: Selection | null): number | null {
  return selection?.kind === 'country' ? (data.countryIndex.get(selection.id) ?? null) : null;
}

/**
 * What the timeline draws: volume by year and agreement bars (years ignored on purpose), with the
 * bilateral bars of `barsCountry` (by default the selected state; the timeline keeps a state's
 * bars while one of them is selected).
 */
export function selectTimeline(
  data: ModelData,
  view: ViewState,
  barsCountry: number | null = selectFocusCountry(data, view.selection),
): TimelineModel {
  const filters = timelineFilters({ data, filters: view.filters });
  const split: SplitBy = view.display.split;
  return timelineModel(
    data,
    volume(data, filters, split, view.display.weight),
    bars(data, filters, view.display.group, barsCountry),
  );
}

const summary = memoize(summarise);

/** The one-sentence summary of the picture (live region, PNG and GEXF exports). */
export function selectSummary(data: ModelData, view: ViewState): string {
  return summary(
    data,
    view.filters,
    selectAggregate(data, view.filters, view.display.multilateral),
  );
}

const tableBuilders = {
  flows: memoize((data: ModelData, agg: Aggregate) => ({
    table: 'flows' as const,
    rows: flowRows(data, agg),
  })),
  ties: memoize((data: ModelData, agg: Aggregate) => ({
    table: 'ties' as const,
    rows: tieRows(data, agg),
  })),
  multilateral: memoize((data: ModelData, agg: Aggregate) => ({
    table: 'multilateral' as const,
    rows: multilateralRows(data, agg),
  })),
  deals: memoize((data: ModelData, agg: Aggregate) => ({
    table: 'deals' as const,
    rows: dealRows(data, agg),
  })),
};

/** One of the Data view's tables, all its rows (each table memoised on its own). */
export function selectTable<T extends TableName>(
  data: ModelData,
  view: ViewState,
  table: T,
): Extract<TableRows, { table: T }> {
  const agg = selectAggregate(data, view.filters, view.display.multilateral);
  return tableBuilders[table](data, agg) as Extract<TableRows, { table: T }>;
}

const dataScope = memoize(selectionScope);

/** What the selection narrows the Data view's tables to; null without a selection. */
export function selectDataScope(data: ModelData, view: ViewState): DataScope | null {
  return dataScope(
    data,
    selectAggregate(data, view.filters, view.display.multilateral),
    view.selection,
  );
}

export interface DataTables {
  /** What the rows are narrowed to (null: all rows). */
  scope: DataScope | null;
  flows: Extract<TableRows, { table: 'flows' }>;
  ties: Extract<TableRows, { table: 'ties' }>;
  multilateral: Extract<TableRows, { table: 'multilateral' }>;
  /** Built only when asked for (~30 ms at SIPRI scale). */
  deals: Extract<TableRows, { table: 'deals' }> | null;
}

const scoped = {
  flows: memoize(scopeRows<Extract<TableRows, { table: 'flows' }>>),
  ties: memoize(scopeRows<Extract<TableRows, { table: 'ties' }>>),
  multilateral: memoize(scopeRows<Extract<TableRows, { table: 'multilateral' }>>),
  deals: memoize(scopeRows<Extract<TableRows, { table: 'deals' }>>),
};
const dataTables = memoize(
  (
    scope: DataScope | null,
    flows: DataTables['flows'],
    ties: DataTables['ties'],
    multilateral: DataTables['multilateral'],
    deals: DataTables['deals'],
  ): DataTables => ({ scope, flows, ties, multilateral, deals }),
);

/**
 * The Data view's tables: with `scoped`, only the rows about the selection (data scope); the
 * deals only `withDeals`.
 */
export function selectDataTables(
  data: ModelData,
  view: ViewState,
  withDeals: boolean,
  scopedToSelection: boolean,
): DataTables {
  const scope = scopedToSelection ? selectDataScope(data, view) : null;
  return dataTables(
    scope,
    scoped.flows(selectTable(data, view, 'flows'), scope),
    scoped.ties(selectTable(data, view, 'ties'), scope),
    scoped.multilateral(selectTable(data, view, 'multilateral'), scope),
    withDeals ? scoped.deals(selectTable(data, view, 'deals'), scope) : null,
  );
}

/** The comparison of the view's period with `cmp` (see model/compare.ts), and its tables. */
export interface ComparisonView {
  comparison: Comparison;
  rankings: ComparisonRankings;
  realignment: Realignment;
}

const comparisonView = memoize(
  (
    data: ModelData,
    filters: FilterState,
    from: number,
    to: number,
    multilateral: MultilateralDisplay,
    measure: WeightMeasure,
  ): ComparisonView => {
    // The view's own aggregate is the network's; the comparison period's is one more.
    const own = selectAggregate(data, filters, multilateral);
    const other = periodAggregate(data, filters, { from, to }, multilateral);
    const comparison = compareAggregates(data, own, other, measure);
    return {
      comparison,
      rankings: compareRankings(data, filters, comparison),
      realignment: realignment(data, comparison),
    };
  },
);

/** The comparison the view asks for, or null without a comparison period. */
export function selectComparison(data: ModelData, view: ViewState): ComparisonView | null {
  const period = view.compare.period;
  if (period === null) return null;
  const d = view.display;
  const measure = rankingMeasure(data, d.weight);
  return comparisonView(data, view.filters, period.from, period.to, d.multilateral, measure);
}
