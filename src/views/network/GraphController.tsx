/**
 * Keeps the drawn graph in step with the graph spec (selectGraphSpec: filters, display options,
 * flow limit, blocs and colours). Each change builds a new graph and hands it to sigma in one
 * `setGraph`: sigma indexes it once. (Patching sigma's graph in place would make sigma 3 re-index
 * everything on every dropped edge: O(E^2) per change.) Nodes that stay keep their places; new
 * ones take the current layout's positions.
 */
import { useEffect, useRef } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import type { ModelData } from '../../model/dataset';
import { buildGraph, type EntenteGraph } from '../../model/graph';
import { themed, type ThemeName } from '../../model/theme';
import { useGraphSpec } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';
import { useCanvasTheme } from './theme';

interface Props {
  sigma: EntenteSigma;
  layouts: LayoutStore;
  /** Changes once per dataset, when the force layout's first answer is known. */
  layoutKnown: boolean;
  onGraph(graph: EntenteGraph): void;
}

const ORIGIN = { x: 0, y: 0 };

/** The difference network's colours on a dark canvas: their dark twins. */
function toTheme(graph: EntenteGraph, theme: ThemeName) {
  graph.updateEachNodeAttributes((_key, a) => ({ ...a, color: themed(a.color, theme) }));
  graph.updateEachEdgeAttributes((_key, a) => ({ ...a, color: themed(a.color, theme) }));
}

export function GraphController({ sigma, layouts, layoutKnown, onGraph }: Props) {
  const data = useAppStore((s) => s.data);
  const setDrawn = useAppStore((s) => s.setDrawn);
  const spec = useGraphSpec();
  // Comparing in one picture: the spec is the difference network (see selectGraphSpec).
  const diff = useAppStore((s) => s.view.compare.mode === 'diff' && s.view.compare.period !== null);
  const theme = useCanvasTheme();
  /** The dataset the drawn graph's positions belong to. */
  const drawnData = useRef<ModelData | null>(null);

  useEffect(() => {
    if (!data || !spec) return;
    // Read when building, not a reason to rebuild: a layout switch only moves the nodes.
    const layout = useAppStore.getState().view.display.layout;
    // The first picture in the force layout waits a moment for kept positions (see LayoutStore).
    if (layout === 'force' && layouts.phaseFor(data) === 'pending') return;
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
    if (diff && theme.dark) toTheme(graph, theme.name);
    sigma.setGraph(graph);
    drawnData.current = data;
    onGraph(graph);
    setDrawn({ nodes: graph.order, edges: graph.size });
  }, [data, spec, diff, theme, layoutKnown, layouts, sigma, onGraph, setDrawn]);

  return null;
}
