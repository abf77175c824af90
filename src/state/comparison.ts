/** The comparison of the view's period with `cmp`, for components (see selectComparison). */
import { selectComparison, type ComparisonView } from './selectors';
import { useAppStore } from './store';

export type { ComparisonView };

export function useComparison(): ComparisonView | null {
  return useAppStore((s) => (s.data ? selectComparison(s.data, s.view) : null));
}
