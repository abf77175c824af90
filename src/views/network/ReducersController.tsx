/**
 * Short-lived emphasis through sigma's reducers: hover or selection highlights a state (or an
 * agreement) with its neighbours and dims the rest, without touching the graph itself.
 *
 * The reducers read the graph sigma draws when they run, and work out who is highlighted once per
 * graph: a new graph (a filter change) needs no new reducers, so sigma indexes it only once.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { dimColor } from '../../model/appearance';
import type { ModelData } from '../../model/dataset';
import { eventStates } from '../../model/events';
import type { EntenteGraph } from '../../model/graph';
import { hubKey } from '../../model/keys';
import { themed } from '../../model/theme';
import type { Selection } from '../../model/viewState';
import { useAppStore } from '../../state/store';
import { useCanvasTheme } from './theme';

interface Props {
  sigma: EntenteSigma;
}

interface Emphasis {
  /** Hovered, or else selected, node. */
  focusNode: string | null;
  selectedNode: string | null;
  focusEdge: string | null;
  highlighted: Set<string>;
  /** Nodes whose labels are forced (besides the focus): the two states of a selected pair. */
  named: Set<string>;
}

/** Most states an event names on the network; a larger exercise names its host alone. */
const EVENT_NAMES = 8;

/** The drawn states of an event (host and participants), and those whose labels it forces. */
function drawnEventStates(graph: EntenteGraph, id: string, data: ModelData | null) {
  const index = data?.eventIndex.get(id);
  if (!data || index === undefined) return null;
  const event = data.events[index]!;
  const countryId = (i: number) => data.countries[i]!.id;
  const states = new Set(
    eventStates(event)
      .map(countryId)
      .filter((key) => graph.hasNode(key)),
  );
  const host = event.host >= 0 ? countryId(event.host) : null;
  const named =
    states.size <= EVENT_NAMES ? states : new Set(host && states.has(host) ? [host] : []);
  return { states, named };
}

/** Who is emphasised in `graph`, or null when nothing is. */
function emphasisIn(
  graph: EntenteGraph,
  hovered: string | null,
  selection: Selection | null,
  data: ModelData | null,
): Emphasis | null {
  const selectedNode =
    selection?.kind === 'country'
      ? selection.id
      : selection?.kind === 'agreement'
        ? hubKey(selection.id)
        : null;
  const focusNode = hovered ?? selectedNode;
  const focusEdge = selection?.kind === 'edge' && graph.hasEdge(selection.id) ? selection.id : null;
  // A pair: both states and the ties between them, both named.
  const pair =
    selection?.kind === 'pair' && !hovered
      ? new Set([selection.id, selection.with].filter((k) => graph.hasNode(k)))
      : null;
  let highlighted: Set<string> | null = null;
  let named: Set<string> | null = pair;
  const event =
    selection?.kind === 'event' && !hovered ? drawnEventStates(graph, selection.id, data) : null;
  if (pair && pair.size > 0) {
    highlighted = pair;
  } else if (event && event.states.size > 0) {
    // An event: its host and participants, and the ties between them.
    highlighted = event.states;
    named = event.named;
  } else if (focusNode && graph.hasNode(focusNode)) {
    highlighted = new Set([focusNode, ...graph.neighbors(focusNode)]);
  } else if (selection?.kind === 'agreement' && data) {
    // Not drawn as a hub (hull or clique mode): highlight its members.
    const index = data.agreementIndex.get(selection.id);
    if (index !== undefined)
      highlighted = new Set(
        data.agreements[index]!.members.map((m) => data.countries[m.country]!.id),
      );
  } else if (focusEdge) {
    highlighted = new Set(graph.extremities(focusEdge));
  }
  return highlighted
    ? { focusNode, selectedNode, focusEdge, highlighted, named: named ?? new Set() }
    : null;
}

export function ReducersController({ sigma }: Props) {
  const hovered = useAppStore((s) => s.hovered);
  const selection = useAppStore((s) => s.view.selection);
  const data = useAppStore((s) => s.data);
  const theme = useCanvasTheme();
  // Not in an embed: its iframe is small, whatever step it shows.
  const presenting = useAppStore((s) => s.extras.present !== null && !s.extras.embed);

  useEffect(() => {
    let cached: { graph: EntenteGraph; emphasis: Emphasis | null } | null = null;
    const current = () => {
      const graph = sigma.getGraph();
      if (cached?.graph !== graph)
        cached = { graph, emphasis: emphasisIn(graph, hovered, selection, data) };
      return cached;
    };
    const active = hovered !== null || selection !== null;
    // The graph holds the light palette; the dark theme swaps each colour for its twin.
    const dark = theme.name === 'dark';
    const labelSize = presenting ? 18 : 12;
    const labelRenderedSizeThreshold = presenting ? 5 : 7;
    // Nothing to reduce, and sigma has no reducers already: setting them would only make sigma
    // re-index and redraw the graph for nothing (a new dataset does so on the graph it replaces).
    if (
      !active &&
      !dark &&
      sigma.getSetting('nodeReducer') === null &&
      sigma.getSetting('edgeReducer') === null &&
      sigma.getSetting('labelColor').color === theme.label &&
      sigma.getSetting('labelSize') === labelSize &&
      sigma.getSetting('labelRenderedSizeThreshold') === labelRenderedSizeThreshold
    )
      return;
    // One settings change, so sigma re-indexes once.
    sigma.setSettings({
      labelColor: { color: theme.label },
      // Large labels when presenting: readable from the back of the room.
      labelSize,
      labelRenderedSizeThreshold,
      nodeReducer:
        active || dark
          ? (key, attrs) => {
              const color = themed(attrs.color, theme.name);
              const emphasis = active ? current().emphasis : null;
              if (!emphasis) return dark ? { ...attrs, color } : attrs;
              if (emphasis.highlighted.has(key)) {
                // Only the focus is forced to show its label: forcing every neighbour piles
                // labels up; the others compete for space as usual (dimmed nodes give theirs up).
                const focus =
                  key === emphasis.focusNode ||
                  key === emphasis.selectedNode ||
                  emphasis.named.has(key);
                return { ...attrs, color, highlighted: focus, forceLabel: focus, zIndex: 2 };
              }
              return { ...attrs, color: dimColor(color, theme.background), label: '', zIndex: 0 };
            }
          : null,
      edgeReducer:
        active || dark
          ? (key, attrs) => {
              const color = themed(attrs.color, theme.name);
              const { graph, emphasis } = active ? current() : { graph: null, emphasis: null };
              if (!graph || !emphasis) return dark ? { ...attrs, color } : attrs;
              const { focusEdge, focusNode, highlighted } = emphasis;
              const [source, target] = graph.extremities(key);
              // An arrow or tie opens its pair: every tie between its two ends stays lit.
              const touches = focusEdge
                ? highlighted.has(source) && highlighted.has(target)
                : focusNode
                  ? source === focusNode || target === focusNode
                  : highlighted.has(source) && highlighted.has(target);
              if (touches) return { ...attrs, color, zIndex: 2 };
              return { ...attrs, color: dimColor(color, theme.background, 0.88), zIndex: 0 };
            }
          : null,
    });
  }, [sigma, hovered, selection, data, theme, presenting]);

  return null;
}
