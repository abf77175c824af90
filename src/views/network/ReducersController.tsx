/**
 * Short-lived emphasis through sigma's reducers: hover or selection highlights a state (or an
 * agreement) with its neighbours and dims the rest, without touching the graph itself.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { dimColor } from '../../model/appearance';
import { hubKey, type EntenteGraph } from '../../model/graph';
import { useAppStore } from '../../state/store';
import { useCanvasTheme } from './theme';

interface Props {
  sigma: EntenteSigma;
  graph: EntenteGraph;
}

export function ReducersController({ sigma, graph }: Props) {
  const hovered = useAppStore((s) => s.hovered);
  const selection = useAppStore((s) => s.view.selection);
  const data = useAppStore((s) => s.data);
  const drawn = useAppStore((s) => s.drawn);
  const theme = useCanvasTheme();
  const presenting = useAppStore((s) => s.extras.present !== null);

  useEffect(() => {
    sigma.setSetting('labelColor', { color: theme.label });
    // Large labels when presenting: readable from the back of the room.
    sigma.setSetting('labelSize', presenting ? 18 : 12);
    sigma.setSetting('labelRenderedSizeThreshold', presenting ? 5 : 7);
    const selectedNode =
      selection?.kind === 'country'
        ? selection.id
        : selection?.kind === 'agreement'
          ? hubKey(selection.id)
          : null;
    const focusNode = hovered ?? selectedNode;
    const focusEdge =
      selection?.kind === 'edge' && graph.hasEdge(selection.id) ? selection.id : null;

    // A pair: both states and the ties between them, both named.
    const pair =
      selection?.kind === 'pair' && !hovered
        ? new Set([selection.id, selection.with].filter((k) => graph.hasNode(k)))
        : null;

    let nodes: Set<string> | null = null;
    if (pair && pair.size > 0) {
      nodes = pair;
    } else if (focusNode && graph.hasNode(focusNode)) {
      nodes = new Set([focusNode, ...graph.neighbors(focusNode)]);
    } else if (selection?.kind === 'agreement' && data) {
      // Not drawn as a hub (hull or clique mode): highlight its members.
      const index = data.agreementIndex.get(selection.id);
      if (index !== undefined)
        nodes = new Set(data.agreements[index]!.members.map((m) => data.countries[m.country]!.id));
    } else if (focusEdge) {
      nodes = new Set(graph.extremities(focusEdge));
    }

    if (!nodes) {
      sigma.setSetting('nodeReducer', null);
      sigma.setSetting('edgeReducer', null);
      sigma.refresh({ skipIndexation: true });
      return;
    }
    const highlighted = nodes;
    sigma.setSetting('nodeReducer', (key, attrs) => {
      if (highlighted.has(key)) {
        // Only the focus is forced to show its label: forcing every neighbour piles labels up;
        // the others compete for space as usual (dimmed nodes give theirs up).
        const focus = key === focusNode || key === selectedNode || (pair?.has(key) ?? false);
        return { ...attrs, highlighted: focus, forceLabel: focus, zIndex: 2 };
      }
      return { ...attrs, color: dimColor(attrs.color, theme.background), label: '', zIndex: 0 };
    });
    sigma.setSetting('edgeReducer', (key, attrs) => {
      const [source, target] = graph.extremities(key);
      const touches = focusEdge
        ? key === focusEdge
        : focusNode
          ? source === focusNode || target === focusNode
          : highlighted.has(source) && highlighted.has(target);
      if (touches) return { ...attrs, zIndex: 2 };
      return { ...attrs, color: dimColor(attrs.color, theme.background, 0.88), zIndex: 0 };
    });
    sigma.refresh({ skipIndexation: true });
  }, [sigma, graph, hovered, selection, data, drawn, theme, presenting]);

  return null;
}
