/**
 * Which arrow or tie the pointer is on, found along the shapes drawn (model/edgePicking.ts) rather
 * than by sigma's half-resolution picking texture: a click selects the nearest edge within a few
 * pixels (or clears the selection), and hovering one names it in a small tooltip ("France →
 * Egypt"). sigma's own edge events are off (`enableEdgeEvents: false`), which also spares it a
 * picking pass over every edge on each frame.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_CURVATURE } from '../../model/edgeGeometry';
import { pickEdge, type PickableEdge } from '../../model/edgePicking';
import type { EntenteGraph } from '../../model/graph';
import { AGREEMENT_TYPE_LABELS, AGREEMENT_TYPES } from '../../model/types';
import { useAppStore } from '../../state/store';
import type { EntenteSigma } from './sigmaTypes';

interface Tip {
  edge: string;
  text: string;
  x: number;
  y: number;
}

/** The edges as drawn now, in viewport pixels. */
function drawnEdges(sigma: EntenteSigma): PickableEdge[] {
  const graph = sigma.getGraph();
  const minThickness = sigma.getSetting('minEdgeThickness');
  const edges: PickableEdge[] = [];
  graph.forEachEdge((key, _attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = sigma.getNodeDisplayData(source);
    const t = sigma.getNodeDisplayData(target);
    if (!d || d.hidden || !s || !t || s.hidden || t.hidden) return;
    const curved = d.type === 'curvedArrow';
    edges.push({
      key,
      source: sigma.framedGraphToViewport(s),
      target: sigma.framedGraphToViewport(t),
      curvature: curved ? ((d as { curvature?: number }).curvature ?? DEFAULT_CURVATURE) : null,
      thickness: Math.max(minThickness, sigma.scaleSize(d.size)),
      z: d.zIndex ?? 0,
    });
  });
  return edges;
}

/** What a tooltip says about an edge: who supplies whom, or who is tied to whom and how. */
export function describeEdge(graph: EntenteGraph, key: string): string {
  const [source, target] = graph.extremities(key);
  const name = (node: string) => graph.getNodeAttribute(node, 'label') || node;
  const attrs = graph.getEdgeAttributes(key);
  if (attrs.edgeKind === 'transfer') return `${name(source)} → ${name(target)}`;
  const type = AGREEMENT_TYPES[attrs.typeIndex];
  const kind = type ? `: ${AGREEMENT_TYPE_LABELS[type].toLowerCase()}` : '';
  return `${name(source)} – ${name(target)}${kind}`;
}

export function EdgePickingController({ sigma }: { sigma: EntenteSigma }) {
  const select = useAppStore((s) => s.select);
  const [tip, setTip] = useState<Tip | null>(null);
  const cache = useRef<PickableEdge[] | null>(null);

  useEffect(() => {
    sigma.setSetting('enableEdgeEvents', false);
    const container = sigma.getContainer();
    // The drawn geometry changes with every frame (camera, layout, filters): read it lazily.
    const invalidate = () => {
      cache.current = null;
    };
    const edges = () => (cache.current ??= drawnEdges(sigma));
    const at = (x: number, y: number) => pickEdge({ x, y }, edges());

    const onMove = (event: MouseEvent) => {
      const box = container.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      // A node under the pointer wins (sigma hovers it).
      const edge = useAppStore.getState().hovered === null ? at(x, y) : null;
      container.style.cursor = edge || useAppStore.getState().hovered ? 'pointer' : '';
      setTip((current) => {
        if (!edge) return null;
        if (current?.edge === edge) return { ...current, x, y };
        return { edge, text: describeEdge(sigma.getGraph(), edge), x, y };
      });
    };
    const onLeave = () => setTip(null);
    // sigma finds the hovered node on the document's mousemove, after this container's: a
    // pointer that lands on a node over an arrow names the node, not the arrow.
    const onEnterNode = () => setTip(null);
    const onClickStage = ({ event }: { event: { x: number; y: number } }) => {
      const edge = at(event.x, event.y);
      select(edge ? { kind: 'edge', id: edge } : null);
    };
    sigma.on('afterRender', invalidate);
    sigma.on('clickStage', onClickStage);
    sigma.on('enterNode', onEnterNode);
    container.addEventListener('mousemove', onMove);
    container.addEventListener('mouseleave', onLeave);
    return () => {
      sigma.off('afterRender', invalidate);
      sigma.off('clickStage', onClickStage);
      sigma.off('enterNode', onEnterNode);
      container.removeEventListener('mousemove', onMove);
      container.removeEventListener('mouseleave', onLeave);
    };
  }, [sigma, select]);

  if (!tip) return null;
  return (
    <div
      className="edge-tip"
      role="tooltip"
      // Beside the pointer, on the side with room.
      style={
        tip.x > sigma.getDimensions().width - 220
          ? { right: sigma.getDimensions().width - tip.x + 12, top: tip.y + 14 }
          : { left: tip.x + 12, top: tip.y + 14 }
      }
    >
      {tip.text}
    </div>
  );
}
