/**
 * One sentence under the network saying what it shows, in a polite live region: screen readers
 * hear it when the picture changes, half a second after the last change (so dragging the years
 * or playing the timeline does not flood them).
 */
import { useEffect, useMemo, useState } from 'react';
import { summarise } from '../../model/summary';
import { useAggregate } from '../../state/derived';
import { useAppStore } from '../../state/store';
import './data-view.css';

export const SUMMARY_DELAY_MS = 500;

export function LiveSummary() {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const agg = useAggregate();
  const text = useMemo(
    () => (data && agg ? summarise(data, filters, agg) : ''),
    [data, filters, agg],
  );
  const [shown, setShown] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setShown(text), SUMMARY_DELAY_MS);
    return () => clearTimeout(id);
  }, [text]);
  return (
    <p className="live-summary" aria-live="polite" aria-atomic="true" data-testid="live-summary">
      {shown}
    </p>
  );
}
