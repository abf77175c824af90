/**
 * The selectors (selectors.ts) read from the store, for components. Each hook subscribes to the
 * parts of the store its selector reads; the selector's memo makes every component share one
 * result per change.
 */
import type { Aggregate } from '../model/aggregate';
import type { DataScope } from '../model/dataScope';
import type { SelectionDetails } from '../model/details';
import type { GraphSpec } from '../model/graph';
import type { PairRecord } from '../model/pair';
import type { TimelineModel } from '../model/timeline';
import {
  selectAggregate,
  selectDetails,
  selectGraphSpec,
  selectPairRecord,
  selectRankings,
  selectSummary,
  selectDataScope,
  selectDataTables,
  selectTimeline,
  type DataTables,
  type RankingsView,
} from './selectors';
import { useAppStore } from './store';

export function useAggregate(): Aggregate | null {
  return useAppStore((s) =>
    s.data ? selectAggregate(s.data, s.view.filters, s.view.display.multilateral) : null,
  );
}

export function useGraphSpec(): GraphSpec | null {
  return useAppStore((s) => (s.data ? selectGraphSpec(s.data, s.view) : null));
}

export function useRankings(): RankingsView | null {
  return useAppStore((s) => (s.data ? selectRankings(s.data, s.view) : null));
}

export function useDetails(): SelectionDetails | null {
  return useAppStore((s) => (s.data ? selectDetails(s.data, s.view) : null));
}

export function usePairRecord(a: number, b: number): PairRecord | null {
  return useAppStore((s) => (s.data ? selectPairRecord(s.data, s.view, a, b) : null));
}

/** The timeline's series, with the bilateral bars of `barsCountry` (see selectTimeline). */
export function useTimeline(barsCountry: number | null): TimelineModel | null {
  return useAppStore((s) => (s.data ? selectTimeline(s.data, s.view, barsCountry) : null));
}

export function useSummary(): string {
  return useAppStore((s) => (s.data ? selectSummary(s.data, s.view) : ''));
}

/** The Data view's tables (see selectDataTables). */
export function useDataTables(withDeals: boolean, scoped: boolean): DataTables | null {
  return useAppStore((s) => (s.data ? selectDataTables(s.data, s.view, withDeals, scoped) : null));
}

/** What the selection narrows the Data view to (null without a selection). */
export function useDataScope(): DataScope | null {
  return useAppStore((s) => (s.data ? selectDataScope(s.data, s.view) : null));
}
