/**
 * Keeps the drawn graph in step with the filters and display options. Each change builds a new
 * graph and hands it to sigma in one `setGraph`: sigma indexes it once. (Patching sigma's graph
 * in place would make sigma 3 re-index everything on every dropped edge: O(E^2) per change.)
 * Nodes that stay keep their places; new ones take the current layout's positions.
 */
import { useEffect, useRef } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { blocColor } from '../../model/appearance';
import { detectBlocs } from '../../model/blocs';
import type { ModelData } from '../../model/dataset';
import { buildGraph, buildGraphSpec, type EntenteGraph } from '../../model/graph';
import { useAggregate } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';

interface Props {
  sigma: EntenteSigma;
  layouts: LayoutStore;
  /** Changes once per dataset, when the force layout's first answer is known. */
  layoutKnown: boolean;
  onGraph(graph: EntenteGraph): void;
}

const ORIGIN = { x: 0, y: 0 };

function colourByBloc(graph: EntenteGraph) {
  const blocs = detectBlocs(graph);
  graph.forEachNode((key, attrs) => {
    if (attrs.nodeKind !== 'state') return;
    const rank = blocs.get(key);
    attrs.color = rank === undefined ? '#9A9A9A' : blocColor(rank);
  });
}

export function GraphController({ sigma, layouts, layoutKnown, onGraph }: Props) {
  const data = useAppStore((s) => s.data);
  const multilateral = useAppStore((s) => s.view.display.multilateral);
  const weight = useAppStore((s) => s.view.display.weight);
  const size = useAppStore((s) => s.view.display.size);
  const showIsolated = useAppStore((s) => s.view.display.showIsolated);
  const color = useAppStore((s) => s.view.display.color);
  const flows = useAppStore((s) => s.view.display.flows);
  const setDrawn = useAppStore((s) => s.setDrawn);
  const agg = useAggregate();
  /** The dataset the drawn graph's positions belong to. */
  const drawnData = useRef<ModelData | null>(null);

  useEffect(() => {
    if (!data || !agg) return;
    // Read when building, not a reason to rebuild: a layout switch only moves the nodes.
    const layout = useAppStore.getState().view.display.layout;
    // The first picture in the force layout waits a moment for kept positions (see LayoutStore).
    if (layout === 'force' && layouts.phaseFor(data) === 'pending') return;
    const spec = buildGraphSpec(data, agg, { multilateral, weight, size, showIsolated, flows });
    const previous = sigma.getGraph();
    const keepPlaces = drawnData.current === data;
    const positions = currentPositions(layouts, layout);
    const graph = buildGraph(spec, (key) => {
      if (keepPlaces && previous.hasNode(key)) {
        const { x, y } = previous.getNodeAttributes(key);
        return { x, y };
      }
      return positions?.get(key) ?? ORIGIN;
    });
    if (color === 'bloc') colourByBloc(graph);
    sigma.setGraph(graph);
    drawnData.current = data;
    onGraph(graph);
    setDrawn({ nodes: graph.order, edges: graph.size, flows: spec.flows });
  }, [
    data,
    agg,
    multilateral,
    weight,
    size,
    showIsolated,
    color,
    flows,
    layoutKnown,
    layouts,
    sigma,
    onGraph,
    setDrawn,
  ]);

  return null;
}
