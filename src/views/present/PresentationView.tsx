/**
 * Presentation mode: the chrome hides, the network fills the screen with large labels, and the
 * step's title and caption sit in a corner. Arrow keys, PageUp/PageDown (clickers) and Space
 * move between steps; Escape leaves.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { PrintSheet } from '../export/PrintSheet';
import { NetworkView } from '../network/NetworkView';
import { LiveSummarySlot } from './LiveSummarySlot';
import { exitPresentation, goToStep } from './steps';

export function PresentationView() {
  const talk = useAppStore((s) => s.extras.talk);
  const present = useAppStore((s) => s.extras.present) ?? 1;
  const index = Math.min(Math.max(present - 1, 0), talk.length - 1);
  const step = talk[index];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) {
        event.preventDefault();
        if (index + 1 < talk.length) goToStep(index + 1);
      } else if (['ArrowLeft', 'PageUp'].includes(event.key)) {
        event.preventDefault();
        if (index > 0) goToStep(index - 1);
      } else if (event.key === 'Escape') {
        exitPresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, talk.length]);

  return (
    <main className="app presenting">
      <section className="panel network-panel" aria-label="Network">
        <ErrorBoundary name="The network view">
          <NetworkView />
        </ErrorBoundary>
      </section>
      <aside className="step-card" aria-label="Presentation step" aria-live="polite">
        <p className="step-count">
          Step {index + 1} of {talk.length}
        </p>
        <h2>{step?.title ?? 'Untitled step'}</h2>
        {step?.caption && <p>{step.caption}</p>}
        <LiveSummarySlot />
        <div className="step-buttons">
          <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
            ← Previous
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => goToStep(index + 1)}
            disabled={index + 1 >= talk.length}
          >
            Next →
          </button>
          <button type="button" onClick={exitPresentation}>
            Exit (Esc)
          </button>
        </div>
      </aside>
      <PrintSheet />
    </main>
  );
}
