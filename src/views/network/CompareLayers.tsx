/**
 * What a comparison adds to the network view (nothing without one): the difference network's
 * legend and rings, or, side by side, the comparison period's pane and both panes' titles.
 */
import { ComparisonPane, ViewPaneTitle } from './ComparisonPane';
import { DiffLegend } from './DiffLegend';
import type { LayoutStore } from './LayoutController';
import { RealignedRings } from './RealignedRings';
import type { EntenteSigma } from './sigmaTypes';
import type { EntenteGraph } from '../../model/graph';
import { useAppStore } from '../../state/store';

interface Props {
  sigma: EntenteSigma;
  /** The graph the view's sigma draws. */
  graph: EntenteGraph;
  layouts: LayoutStore;
}

export function CompareLayers({ sigma, graph, layouts }: Props) {
  const mode = useAppStore((s) => (s.view.compare.period === null ? null : s.view.compare.mode));
  if (mode === null) return null;
  if (mode === 'side')
    return (
      <>
        <ComparisonPane sigma={sigma} graph={graph} layouts={layouts} />
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
