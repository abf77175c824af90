/** Changes of the period that several parts of the timeline make (marker, Play). */
import { useAppStore, type HistoryEntry } from '../../state/store';

/** "As of" a year: `from` stays at or before it, so going back to a range stays a valid range. */
export function setAsOfYear(year: number, history: HistoryEntry) {
  const { view, setFilters } = useAppStore.getState();
  setFilters({ to: year, from: Math.min(view.filters.from, year) }, history);
}

/** Move the period to `to` (as of) or to [from, to] (range), as the current mode wants. */
export function setPeriod(from: number, to: number, history: HistoryEntry) {
  const { view, setYears } = useAppStore.getState();
  if (view.filters.mode === 'asOf') setAsOfYear(to, history);
  else setYears(from, to, history);
}
