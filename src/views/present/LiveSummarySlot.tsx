/** A place for the period of the current view in the step card. */
import { yearRange } from '../../model/filters';
import { useAppStore } from '../../state/store';

export function LiveSummarySlot() {
  const filters = useAppStore((s) => s.view.filters);
  const [from, to] = yearRange(filters);
  return <p className="step-period">{from === to ? from : `${from}–${to}`}</p>;
}
