/**
 * Derived data, computed from the store on demand and memoised on the identity of its inputs
 * (zustand replaces objects on change), so several views share one aggregate per change.
 */
import { useAppStore } from './store';
import { aggregate, type Aggregate, type MultilateralDisplay } from '../model/aggregate';
import type { ModelData } from '../model/dataset';
import type { FilterState } from '../model/filters';

let last: {
  data: ModelData;
  filters: FilterState;
  multilateral: MultilateralDisplay;
  result: Aggregate;
} | null = null;

export function selectAggregate(
  data: ModelData,
  filters: FilterState,
  multilateral: MultilateralDisplay,
): Aggregate {
  if (last && last.data === data && last.filters === filters && last.multilateral === multilateral)
    return last.result;
  const result = aggregate(data, filters, multilateral);
  last = { data, filters, multilateral, result };
  return result;
}

export function useAggregate(): Aggregate | null {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const multilateral = useAppStore((s) => s.view.display.multilateral);
  return data ? selectAggregate(data, filters, multilateral) : null;
}
