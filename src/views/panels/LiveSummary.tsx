/**
 * One sentence under the network saying what it shows, in a polite live region: screen readers
 * hear it when the picture changes, half a second after the last change (so dragging the years
 * or playing the timeline does not flood them).
 */
import { useEffect, useState } from 'react';
import { useSummary } from '../../state/hooks';
import './data-view.css';

export const SUMMARY_DELAY_MS = 500;

export function LiveSummary() {
  const text = useSummary();
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
