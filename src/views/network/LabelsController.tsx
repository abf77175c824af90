/**
 * Node labels, placed so that none overlaps another (model/labelPlacement.ts) by the rules of
 * model/labelRules.ts, drawn on sigma's label canvas after each frame. sigma's own label grid is
 * off: it culls by cells and lets labels collide. The placement runs again on every frame (a
 * camera move, a hover), which costs well under a millisecond for a few hundred nodes.
 *
 * The last placement is kept (labelRegistry.ts) for the vector export and the browser tests.
 */
import type { Aggregate } from '../../model/aggregate';
import { useEffect, useRef } from 'react';
import type { NodeDisplayData } from 'sigma/types';
import {
  leaderLine,
  placeLabels,
  type Anchor,
  type Disc,
  type LabelCandidate,
  type Segment,
} from '../../model/labelPlacement';
import { labelRequests, type LabelFocus, type LabelNode } from '../../model/labelRules';
import type { EntenteGraph } from '../../model/graph';
import { hubKey } from '../../model/graph';
import { useAggregate } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { themed } from '../../model/theme';
import { HULL_LABEL, setPlacedLabels, type DrawnLabel } from './labelRegistry';
import { hullsOnScreen } from './hullShapes';
import { overlayBoxes } from './overlays';
import type { EntenteSigma } from './sigmaTypes';
import { useCanvasTheme, type CanvasTheme } from './theme';

const FONT_FAMILY = 'system-ui, sans-serif';
/** The text box is a little taller than the font, for the halo. */
const LINE = 1.3;
/** A leader line's width (px); the vector export (networkSvg) draws it the same. */
const LEADER_WIDTH = 0.8;
/** Pixels every label keeps from the canvas's edges (its halo included). */
const EDGE = 4;
/** Pixels from a highlighted node's disc to the outside of its ring (drawRing: 2.5 + 1.5 / 2). */
const RING_CLEARANCE = 4;

interface Focus {
  node: string | null;
  ends: string[];
}

/** The focus' partners and the weight of their ties to it (the drawn widths, summed). */
function partnersOf(graph: EntenteGraph, node: string): Map<string, number> {
  const partners = new Map<string, number>();
  if (!graph.hasNode(node)) return partners;
  graph.forEachEdge(node, (_key, attrs, source, target) => {
    const other = source === node ? target : source;
    partners.set(other, (partners.get(other) ?? 0) + attrs.size);
  });
  return partners;
}

function fontOf(size: number, weight: string): string {
  return `${weight} ${size}px ${FONT_FAMILY}`;
}

interface Props {
  sigma: EntenteSigma;
  /**
   * The aggregate this sigma draws, whose hulls (BackgroundLayer) have names that compete with
   * the labels: the view's by default; a comparison pane passes its period's.
   */
  aggregate?: Aggregate | null;
}

export function LabelsController({ sigma, aggregate }: Props) {
  const hovered = useAppStore((s) => s.hovered);
  const selection = useAppStore((s) => s.view.selection);
  const presenting = useAppStore((s) => s.extras.present !== null);
  const theme = useCanvasTheme();
  const data = useAppStore((s) => s.data);
  const layout = useAppStore((s) => s.view.display.layout);
  const multilateral = useAppStore((s) => s.view.display.multilateral);
  const viewAggregate = useAggregate();
  const agg = aggregate === undefined ? viewAggregate : aggregate;
  const previous = useRef(new Map<string, Anchor>());
  const widths = useRef(new Map<string, number>());

  // sigma's labels off; its hover layer draws a ring, not a label on a white plate.
  useEffect(() => {
    sigma.setSettings({
      renderLabels: false,
      defaultDrawNodeHover: (context, data) => drawRing(context, data, theme),
    });
  }, [sigma, theme]);

  useEffect(() => {
    const selectedNode =
      selection?.kind === 'country' || selection?.kind === 'pair'
        ? selection.id
        : selection?.kind === 'agreement'
          ? hubKey(selection.id)
          : null;
    const focus: Focus = {
      node: hovered ?? selectedNode,
      ends: [],
    };
    const fontSize = presenting ? 18 : 12;

    const draw = () => {
      const graph = sigma.getGraph();
      if (selection?.kind === 'edge' && graph.hasEdge(selection.id))
        focus.ends = graph.extremities(selection.id);
      else if (selection?.kind === 'pair') focus.ends = [selection.id, selection.with];
      else focus.ends = [];

      const { width, height } = sigma.getDimensions();
      const context = sigma.getCanvases().labels?.getContext('2d');
      if (!context || width === 0) return;

      const shown: { key: string; data: NodeDisplayData; x: number; y: number; r: number }[] = [];
      const discs: Disc[] = [];
      const raised: Disc[] = [];
      const nodes: LabelNode[] = [];
      // While something is emphasised, the reducers dim the rest (and empty their labels).
      const emphasis = hovered !== null || selection !== null;
      graph.forEachNode((key, attrs) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden) return;
        const p = sigma.framedGraphToViewport(data);
        let r = sigma.scaleSize(data.size);
        discs.push({ key, x: p.x, y: p.y, radius: r, faint: emphasis && !data.label });
        // sigma draws highlighted nodes (the focus, a pair) on its hover layer, above the labels:
        // a label there would be hidden under the disc and its ring (drawRing); the node's own
        // label keeps clear of its ring.
        if (data.highlighted) {
          r += RING_CLEARANCE;
          raised.push({ key, x: p.x, y: p.y, radius: r });
        }
        // Off screen, or dimmed by a highlight (the reducers empty its label): no label.
        if (!data.label || p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
        shown.push({ key, data, x: p.x, y: p.y, r });
        nodes.push({
          key,
          kind: attrs.nodeKind === 'agreement' ? 'agreement' : 'state',
          importance: attrs.nodeKind === 'agreement' ? attrs.degree : attrs.size,
        });
      });

      const labelFocus: LabelFocus = {
        node: focus.node && graph.hasNode(focus.node) ? focus.node : null,
        partners:
          focus.node && graph.hasNode(focus.node) ? partnersOf(graph, focus.node) : new Map(),
        ends: focus.ends.filter((k) => graph.hasNode(k)),
        highlighted: null,
      };
      const requests = new Map(labelRequests(nodes, labelFocus).map((r) => [r.key, r]));
      const candidates: (LabelCandidate & { text: string; font: string; color?: string })[] = [];
      const hullFont = fontOf(fontSize, '600');
      // Hull mode: each hull's name competes with the node labels, from the hull's top (or the
      // hub point of spokes), ranked as a hub of its size would be.
      if (multilateral === 'hull' && data && agg) {
        const sizes = new Map(
          agg.groups.map((g) => [data.agreements[g.agreement]!.record.id, g.members.length]),
        );
        const largest = Math.max(1, ...sizes.values());
        for (const h of hullsOnScreen(sigma, data, agg, layout)) {
          context.font = hullFont;
          candidates.push({
            key: `${HULL_LABEL}${h.key}`,
            x: h.labelAt.x - 4,
            y: h.labelAt.y + 4,
            radius: 2,
            width: Math.ceil(context.measureText(h.label).width) + 2,
            height: Math.ceil(fontSize * LINE),
            priority: (sizes.get(h.key) ?? 0) / largest,
            text: h.label,
            font: hullFont,
            color: h.color,
          });
        }
      }
      for (const s of shown) {
        const request = requests.get(s.key);
        if (!request) continue;
        const isHub = graph.getNodeAttribute(s.key, 'nodeKind') === 'agreement';
        const strong = isHub || s.key === labelFocus.node || labelFocus.ends.includes(s.key);
        const font = fontOf(fontSize, strong ? '600' : '500');
        const text = s.data.label!;
        const cacheKey = `${font}|${text}`;
        let w = widths.current.get(cacheKey);
        if (w === undefined) {
          context.font = font;
          w = context.measureText(text).width;
          widths.current.set(cacheKey, w);
        }
        candidates.push({
          key: s.key,
          x: s.x,
          y: s.y,
          radius: s.r,
          width: Math.ceil(w) + 2,
          height: Math.ceil(fontSize * LINE),
          priority: request.priority,
          forced: request.forced,
          text,
          font,
        });
      }
      const { placed } = placeLabels(candidates, {
        viewport: { width, height },
        edge: EDGE,
        discs,
        previous: previous.current,
        gap: 3,
        solid: raised,
        obstacles: overlayBoxes(sigma.getContainer()),
      });
      previous.current = new Map(placed.map((p) => [p.key, p.anchor]));

      const byKey = new Map(candidates.map((c) => [c.key, c]));
      const drawn: DrawnLabel[] = [];
      context.save();
      context.textBaseline = 'middle';
      context.lineJoin = 'round';
      for (const p of placed) {
        const c = byKey.get(p.key)!;
        const leader = p.ring > 0 ? leaderLine(c, p.box) : undefined;
        if (leader) drawLeader(context, leader, theme);
        context.font = c.font;
        const x = p.box.x + 1;
        const y = p.box.y + p.box.height / 2;
        // A halo in the canvas colour keeps text readable over edges, in either theme.
        context.strokeStyle = theme.background;
        context.lineWidth = 3;
        context.strokeText(c.text, x, y);
        context.fillStyle = c.color ? themed(c.color, theme.name) : theme.label;
        context.fillText(c.text, x, y);
        drawn.push({
          key: p.key,
          text: c.text,
          box: p.box,
          font: c.font,
          fontSize,
          ring: p.ring,
          ...(leader ? { leader } : {}),
          ...(c.color ? { color: c.color } : {}),
        });
      }
      context.restore();
      setPlacedLabels(sigma, drawn);
    };

    sigma.on('afterRender', draw);
    sigma.scheduleRender();
    return () => {
      sigma.off('afterRender', draw);
    };
  }, [sigma, hovered, selection, presenting, theme, data, agg, layout, multilateral]);

  return null;
}

/** A thin line from a node's edge to its label, for labels moved away from a crowded node. */
function drawLeader(context: CanvasRenderingContext2D, line: Segment, theme: CanvasTheme) {
  context.beginPath();
  context.moveTo(line.x1, line.y1);
  context.lineTo(line.x2, line.y2);
  context.strokeStyle = theme.palette.muted;
  context.lineWidth = LEADER_WIDTH;
  context.stroke();
}

/** sigma's hover layer: a ring around the hovered or highlighted node, in the text colour. */
function drawRing(
  context: CanvasRenderingContext2D,
  data: { x: number; y: number; size: number },
  theme: CanvasTheme,
) {
  context.beginPath();
  context.arc(data.x, data.y, data.size + RING_CLEARANCE - 1.5, 0, Math.PI * 2);
  context.strokeStyle = theme.label;
  context.lineWidth = 1.5;
  context.stroke();
}
