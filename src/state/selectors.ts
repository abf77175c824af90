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
import type { ModelData } from '../model/dataset';
import { selectionDetails, type SelectionDetails } from '../model/details';
import { defaultFilters, type FilterState, type WeightMeasure } from '../model/filters';
import { buildGraphSpec, type GraphSpec } from '../model/graph';
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
import {
  dealRows,
  flowRows,
  multilateralRows,
  tieRows,
  type DealRow,
  type FlowRow,
  type MultilateralRow,
  type TieRow,
} from '../model/tables';
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

const graphSpec = memoize(
  (
    data: ModelData,
    agg: Aggregate,
    multilateral: MultilateralDisplay,
    weight: WeightMeasure,
    size: DisplayState['size'],
    showIsolated: boolean,
  ): GraphSpec => buildGraphSpec(data, agg, { multilateral, weight, size, showIsolated }),
);
const blocSpec = memoize(colourByBloc);

/** What the network draws, with its sizes and colours (blocs included): GraphController's input. */
export function selectGraphSpec(data: ModelData, view: ViewState): GraphSpec {
  const d = view.display;
  const agg = selectAggregate(data, view.filters, d.multilateral);
  const spec = graphSpec(data, agg, d.multilateral, d.weight, d.size, d.showIsolated);
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

/**
 * The filters without their years: the timeline shows every year. A new object only when a
 * filter other than the years changes, so playing the years never recomputes the series.
 */
const timelineFilters = memoize(
  (
    data: ModelData,
    ties: FilterState['ties'],
    regions: FilterState['regions'],
    focus: FilterState['focus'],
    direction: FilterState['direction'],
    agreementTypes: FilterState['agreementTypes'],
    categories: FilterState['categories'],
  ): FilterState => ({
    ...defaultFilters(data.yearSpan),
    ties,
    regions,
    focus,
    direction,
    agreementTypes,
    categories,
  }),
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

/** What the timeline draws: volume by year and agreement bars (years ignored on purpose). */
export function selectTimeline(data: ModelData, view: ViewState): TimelineModel {
  const f = view.filters;
  const filters = timelineFilters(
    data,
    f.ties,
    f.regions,
    f.focus,
    f.direction,
    f.agreementTypes,
    f.categories,
  );
  const split: SplitBy = view.display.split;
  return timelineModel(
    data,
    volume(data, filters, split, view.display.weight),
    bars(data, filters, view.display.group, selectFocusCountry(data, view.selection)),
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

export type TableName = 'flows' | 'ties' | 'multilateral' | 'deals';
export type TableRows =
  | { table: 'flows'; rows: FlowRow[] }
  | { table: 'ties'; rows: TieRow[] }
  | { table: 'multilateral'; rows: MultilateralRow[] }
  | { table: 'deals'; rows: DealRow[] };

const tableRows = memoize((data: ModelData, agg: Aggregate, table: TableName): TableRows => {
  switch (table) {
    case 'flows':
      return { table, rows: flowRows(data, agg) };
    case 'ties':
      return { table, rows: tieRows(data, agg) };
    case 'multilateral':
      return { table, rows: multilateralRows(data, agg) };
    case 'deals':
      return { table, rows: dealRows(data, agg) };
  }
});

/** One of the Data view's tables (only the one on screen is built). */
export function selectTable(data: ModelData, view: ViewState, table: TableName): TableRows {
  return tableRows(data, selectAggregate(data, view.filters, view.display.multilateral), table);
}
