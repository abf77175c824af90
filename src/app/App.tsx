/**
 * The app shell: loads the dataset, lays out the panels (each a named landmark inside its own
 * error boundary) and wires global keys. It holds no domain logic.
 */
import { lazy, Suspense, useEffect } from 'react';
import { formatProblem } from '../data/problem';
import { keyCommand } from '../state/keyCommands';
import { useMotionStore, motionIsReduced } from '../state/motion';
import { useAppStore } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useMediaQuery } from '../ui/useMediaQuery';
import { NetworkView } from '../views/network/NetworkView';
import { FiltersPanel } from '../views/panels/FiltersPanel';
import { Legend } from '../views/panels/Legend';
import { Notices } from '../views/panels/Notices';
import { PresentationView } from '../views/present/PresentationView';
import { PrintSheet } from '../views/export/PrintSheet';
import { UpdateNotice } from '../views/offline/UpdateNotice';
import { useServiceWorker } from '../views/offline/serviceWorkerClient';
import { LiveSummary } from '../views/panels/LiveSummary';
import { EmbeddedApp } from '../views/embed/EmbeddedApp';
import { SourceNotices } from '../views/source/SourceNotices';
import { Header } from './Header';
import {
  PHONE_QUERY,
  PanelTabs,
  SheetBar,
  useDetailsSheetOnSelect,
  useSideSheetFromView,
  useSheetStore,
} from './PanelSheets';
import { SideTabs } from './SideTabs';
import { useStartup } from './startup';
import { useUrlSync } from './urlSync';

const MAX_PROBLEMS_SHOWN = 20;

// Loaded in parallel after the first paint: the network comes first.
const TimelinePanel = lazy(() =>
  import('../views/timeline/TimelinePanel').then((m) => ({ default: m.TimelinePanel })),
);

export function App() {
  const status = useAppStore((s) => s.status);
  const embed = useAppStore((s) => s.extras.embed);
  const showTimeline = useAppStore((s) => s.view.panels.includes('timeline'));
  const presenting = useAppStore((s) => s.extras.present !== null && s.extras.talk.length > 0);
  const sheet = useSheetStore((s) => s.sheet);
  const isPhone = useMediaQuery(PHONE_QUERY);
  useStartup();
  useUrlSync();
  useGlobalKeys();
  useDocumentPreferences();
  useDetailsSheetOnSelect(isPhone);
  useSideSheetFromView(isPhone);
  useServiceWorker();

  if (embed) return <EmbeddedApp />;
  if (presenting && status === 'ready') return <PresentationView />;
  return (
    <div className="app" data-sheet={sheet ?? undefined}>
      <Header />
      <main className="main">
        <ProblemsNotice />
        <SourceNotices />
        <Notices />
        <UpdateNotice />
        {status === 'loading' && (
          <p className="loading" role="status">
            Loading the dataset…
          </p>
        )}
        <div className="layout">
          <div className="left" id="sheet-filters">
            <SheetBar title="Filters and legend" />
            <section className="panel filters-panel" aria-label="Filters">
              <h2 className="panel-title">Filters</h2>
              <ErrorBoundary name="The Filters panel">
                <FiltersPanel />
              </ErrorBoundary>
            </section>
            <section className="panel legend-panel" aria-label="Legend">
              <h2 className="panel-title">Legend</h2>
              <ErrorBoundary name="The legend">
                <Legend />
              </ErrorBoundary>
            </section>
          </div>
          <div className="centre">
            <section className="panel network-panel" aria-label="Network">
              <ErrorBoundary name="The network view">
                <NetworkView />
              </ErrorBoundary>
            </section>
            <LiveSummary />
            {showTimeline && (
              <section className="panel timeline-panel" aria-label="Timeline" id="sheet-timeline">
                <SheetBar title="Timeline" />
                <ErrorBoundary name="The timeline">
                  <Suspense fallback={<p className="hint">Loading the timeline…</p>}>
                    <TimelinePanel />
                  </Suspense>
                </ErrorBoundary>
              </section>
            )}
          </div>
          <div className="side" id="sheet-side">
            <SheetBar title="Details, rankings, comparison and data" />
            <SideTabs />
          </div>
        </div>
      </main>
      <PanelTabs />
      <PrintSheet />
    </div>
  );
}

/**
 * Escape outside a presentation (state/keyCommands.ts; a presentation catches its own keys first):
 * it comes last (bubble), after a search list had its chance to close; an open sheet (phones)
 * closes first, the next Escape clears the selection.
 */
function useGlobalKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const { view, extras, select } = useAppStore.getState();
      const presenting = extras.present !== null && extras.talk.length > 0;
      if (presenting) return;
      const sheets = useSheetStore.getState();
      if (sheets.sheet && typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches)
        return sheets.setSheet(null);
      if (keyCommand(event.key, { presenting, hasSelection: view.selection !== null }))
        select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Reader settings on the document, for the CSS: the theme (`data-theme`) and reduced motion
 * (`data-motion`). Here rather than in the settings menu, so a presentation or an embed (which
 * have no header) follow them too.
 */
function useDocumentPreferences() {
  const theme = useAppStore((s) => s.theme);
  const reduced = useMotionStore(motionIsReduced);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.dataset.motion = reduced ? 'reduce' : 'full';
  }, [reduced]);
}

/** Problems found while loading: the first ones in full, the rest counted. */
function ProblemsNotice() {
  const problems = useAppStore((s) => s.problems);
  const status = useAppStore((s) => s.status);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details
      className={`problems ${status === 'failed' ? 'failed' : ''}`}
      open={status === 'failed'}
      role="alert"
    >
      <summary>
        {status === 'failed'
          ? 'The dataset could not be loaded.'
          : errors > 0
            ? `The dataset loaded, but ${errors} record${errors === 1 ? ' was' : 's were'} left out (${problems.length} problem${problems.length === 1 ? '' : 's'} in all).`
            : `The dataset loaded; ${problems.length} record${problems.length === 1 ? '' : 's'} kept with a warning (e.g. a delivery dated outside a state's years).`}
      </summary>
      <ul>
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN && (
        <p>…and {problems.length - MAX_PROBLEMS_SHOWN} more.</p>
      )}
    </details>
  );
}
