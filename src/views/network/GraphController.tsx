/**
 * Keeps the drawn graph in step with the graph spec (selectGraphSpec: filters, display options,
 * blocs and colours) by patching it: only the nodes and edges that change are touched, and nodes
 * that stay keep their places.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { patchGraph, type EntenteGraph } from '../../model/graph';
import { useGraphSpec } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';

interface Props {
  sigma: EntenteSigma;
  graph: EntenteGraph;
  layouts: LayoutStore;
}

export function GraphController({ sigma, graph, layouts }: Props) {
  const setDrawn = useAppStore((s) => s.setDrawn);
  const spec = useGraphSpec();

  useEffect(() => {
    if (!spec) return;
    // New nodes appear where the current layout puts them (a layout switch animates on its own).
    const positions = currentPositions(layouts, useAppStore.getState().view.display.layout);
    patchGraph(graph, spec, (key) => positions?.get(key) ?? { x: 0, y: 0 });
    setDrawn({ nodes: graph.order, edges: graph.size });
    sigma.scheduleRefresh();
  }, [spec, graph, layouts, sigma, setDrawn]);

  return null;
}
