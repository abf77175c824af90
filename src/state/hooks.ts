/**
 * The selectors (selectors.ts) read from the store, for components. Each hook subscribes to the
 * parts of the store its selector reads; the selector's memo makes every component share one
 * result per change.
 */
import type { Aggregate } from '../model/aggregate';
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
  selectTable,
  selectTimeline,
  type RankingsView,
  type TableName,
  type TableRows,
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

export function useTimeline(): TimelineModel | null {
  return useAppStore((s) => (s.data ? selectTimeline(s.data, s.view) : null));
}

export function useSummary(): string {
  return useAppStore((s) => (s.data ? selectSummary(s.data, s.view) : ''));
}

export function useTable(table: TableName): TableRows | null {
  return useAppStore((s) => (s.data ? selectTable(s.data, s.view, table) : null));
}
