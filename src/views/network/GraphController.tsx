/**
 * Keeps the drawn graph in step with the filters and display options by patching it: only the
 * nodes and edges that change are touched, and nodes that stay keep their places.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { blocColor } from '../../model/appearance';
import { detectBlocs } from '../../model/blocs';
import { buildGraphSpec, patchGraph, type EntenteGraph } from '../../model/graph';
import { useAggregate } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';

interface Props {
  sigma: EntenteSigma;
  graph: EntenteGraph;
  layouts: LayoutStore;
}

export function GraphController({ sigma, graph, layouts }: Props) {
  const data = useAppStore((s) => s.data);
  const display = useAppStore((s) => s.view.display);
  const setDrawn = useAppStore((s) => s.setDrawn);
  const agg = useAggregate();

  useEffect(() => {
    if (!data || !agg) return;
    const spec = buildGraphSpec(data, agg, display);
    const positions = currentPositions(layouts, display.layout);
    patchGraph(graph, spec, (key) => positions?.get(key) ?? { x: 0, y: 0 });
    if (display.color === 'bloc') {
      const blocs = detectBlocs(graph);
      graph.forEachNode((key, attrs) => {
        if (attrs.nodeKind !== 'state') return;
        const rank = blocs.get(key);
        graph.setNodeAttribute(key, 'color', rank === undefined ? '#9A9A9A' : blocColor(rank));
      });
    }
    setDrawn({ nodes: graph.order, edges: graph.size });
    sigma.scheduleRefresh();
  }, [data, agg, display, graph, layouts, sigma, setDrawn]);

  return null;
}
