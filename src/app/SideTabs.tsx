/**
 * The side column: Details, Rankings, Compare and Data share it, one at a time. Which one is open is part
 * of the view (the `panels` key of the link). Each is a named landmark inside an error boundary.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { SIDE_PANELS, type SidePanel } from '../model/viewState';
import { useAppStore } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DetailsPanel } from '../views/panels/DetailsPanel';

// Rarely the first thing a visitor opens: loaded on demand to keep the first download small.
const DataView = lazy(() =>
  import('../views/panels/DataView').then((m) => ({ default: m.DataView })),
);
const ComparePanel = lazy(() =>
  import('../views/panels/ComparePanel').then((m) => ({ default: m.ComparePanel })),
);
const RankingsPanel = lazy(() =>
  import('../views/panels/RankingsPanel').then((m) => ({ default: m.RankingsPanel })),
);

const LABELS: Record<SidePanel, string> = {
  details: 'Details',
  rankings: 'Rankings',
  compare: 'Compare',
  data: 'Data',
};

export function SideTabs() {
  const panels = useAppStore((s) => s.view.panels);
  const showSidePanel = useAppStore((s) => s.showSidePanel);
  const open: SidePanel = SIDE_PANELS.find((p) => panels.includes(p)) ?? 'details';
  const content: Record<SidePanel, ReactNode> = {
    details: <DetailsPanel />,
    rankings: <RankingsPanel />,
    compare: <ComparePanel />,
    data: <DataView />,
  };
  return (
    <>
      <div className="side-tabs" role="group" aria-label="Side panel">
        {SIDE_PANELS.map((p) => (
          <button key={p} type="button" aria-pressed={open === p} onClick={() => showSidePanel(p)}>
            {LABELS[p]}
          </button>
        ))}
      </div>
      <section className={`panel side-panel ${open}-panel`} aria-label={LABELS[open]}>
        <h2 className="panel-title">{LABELS[open]}</h2>
        <ErrorBoundary key={open} name={`The ${LABELS[open]} panel`}>
          <Suspense fallback={<p>Loading…</p>}>{content[open]}</Suspense>
        </ErrorBoundary>
      </section>
    </>
  );
}
