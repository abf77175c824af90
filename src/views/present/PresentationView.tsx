/**
 * Presentation mode: the chrome hides, the network fills the screen (full screen where the
 * browser allows it) with large labels, and the step's title and caption sit in a corner, with
 * the Details card of its selection beside them when the step pins it. Arrow keys,
 * PageUp/PageDown (clickers) and Space move between steps; F toggles full screen; Escape leaves
 * full screen first, and the presentation on a second press (or with the Exit button). The keys'
 * meanings are in state/keyCommands.ts; they are caught before the network sees them (an arrow
 * must not pan the step's camera).
 */
import { useEffect, useRef } from 'react';
import { keyCommand } from '../../state/keyCommands';
import { useAppStore } from '../../state/store';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { PrintSheet } from '../export/PrintSheet';
import { NetworkView } from '../network/NetworkView';
import { useDetails } from '../../state/hooks';
import { SelectionDetailsView } from '../panels/DetailsPanel';
import {
  canFullScreen,
  enterFullScreen,
  exitFullScreen,
  isFullScreen,
  useFullScreen,
} from './fullScreen';
import { LiveSummarySlot } from './LiveSummarySlot';
import { useFrameStep } from './frameStep';
import { exitPresentation, goToStep } from './steps';
import './present.css';

/** Leave the presentation, and full screen with it. */
function leave() {
  void exitFullScreen();
  exitPresentation();
}

export function PresentationView() {
  const talk = useAppStore((s) => s.extras.talk);
  const present = useAppStore((s) => s.extras.present) ?? 1;
  const index = Math.min(Math.max(present - 1, 0), talk.length - 1);
  const step = talk[index];
  const fullScreen = useFullScreen();
  const card = useRef<HTMLElement>(null);
  useFrameStep(card);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { view, extras } = useAppStore.getState();
      const command = keyCommand(event.key, {
        presenting: true,
        hasSelection: view.selection !== null,
        inField:
          event.target instanceof HTMLElement &&
          event.target.closest('input, textarea, select') !== null,
        fullScreen: isFullScreen(),
      });
      if (command === null) return;
      event.preventDefault();
      event.stopPropagation();
      const step = Math.min(Math.max((extras.present ?? 1) - 1, 0), extras.talk.length - 1);
      if (command === 'next-step' && step + 1 < extras.talk.length) goToStep(step + 1);
      else if (command === 'previous-step' && step > 0) goToStep(step - 1);
      else if (command === 'toggle-full-screen')
        void (isFullScreen() ? exitFullScreen() : enterFullScreen());
      // Browsers leave full screen on Escape themselves and may keep the key from the page.
      else if (command === 'exit-full-screen') void exitFullScreen();
      else if (command === 'exit-presentation') exitPresentation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  // Leaving the presentation by any way (Back, a link) leaves full screen too.
  useEffect(() => () => void exitFullScreen(), []);

  return (
    <main
      className={`app presenting${step?.details ? ' with-details' : ''}`}
      data-full-screen={String(fullScreen)}
    >
      <section className="panel network-panel" aria-label="Network">
        <ErrorBoundary name="The network view">
          <NetworkView />
        </ErrorBoundary>
      </section>
      <aside ref={card} className="step-card" aria-label="Presentation step" aria-live="polite">
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
          {canFullScreen() && (
            <button
              type="button"
              aria-pressed={fullScreen}
              onClick={() => void (fullScreen ? exitFullScreen() : enterFullScreen())}
            >
              Full screen (F)
            </button>
          )}
          <button type="button" onClick={leave}>
            Exit (Esc)
          </button>
        </div>
      </aside>
      {step?.details && <PinnedDetails />}
      <PrintSheet />
    </main>
  );
}

/** The Details card of the step's selection, pinned beside the caption. */
function PinnedDetails() {
  const data = useAppStore((s) => s.data);
  const details = useDetails();
  const filters = useAppStore((s) => s.view.filters);
  const weight = useAppStore((s) => s.view.display.weight);
  if (!data || !details) return null;
  return (
    <aside className="step-details details" aria-label="Details of the selection">
      <ErrorBoundary name="The details">
        <SelectionDetailsView data={data} details={details} filters={filters} weight={weight} />
      </ErrorBoundary>
    </aside>
  );
}
