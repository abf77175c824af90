/**
 * What a comparison adds to the network view (nothing without one): the difference network's
 * legend and rings, or, side by side, the comparison period's pane and both panes' titles.
 */
import { ComparisonPane, ViewPaneTitle } from './ComparisonPane';
import { DiffLegend } from './DiffLegend';
import type { LayoutStore } from './LayoutController';
import { RealignedRings } from './RealignedRings';
import type { EntenteSigma } from './sigmaTypes';
import { useAppStore } from '../../state/store';

export function CompareLayers({ sigma, layouts }: { sigma: EntenteSigma; layouts: LayoutStore }) {
  const mode = useAppStore((s) => (s.view.compare.period === null ? null : s.view.compare.mode));
  if (mode === null) return null;
  if (mode === 'side')
    return (
      <>
        <ComparisonPane sigma={sigma} layouts={layouts} />
        <ViewPaneTitle />
      </>
    );
  return (
    <>
      <RealignedRings sigma={sigma} />
      <DiffLegend />
    </>
  );
}
