/**
 * What the network view draws right now, read off sigma as plain data in viewport pixels: the
 * input of the vector export (data/export/networkSvg.ts). Everything is taken after sigma's
 * reducers (dimming, highlights, hidden items), with sigma's own size rules, so the file shows
 * the picture on screen.
 */
import type { NetworkScene, SceneEdge, SceneLabel, SceneNode } from '../../data/export/networkSvg';
import type { Aggregate } from '../../model/aggregate';
import type { ModelData } from '../../model/dataset';
import type { EntenteGraph } from '../../model/graph';
import { agreementHulls } from '../../model/hull';
import type { EntenteSigma } from '../network/sigmaTypes';
import type { CanvasTheme } from '../network/theme';

export interface SceneInput {
  sigma: EntenteSigma;
  graph: EntenteGraph;
  data: ModelData;
  agg: Aggregate;
  layout: 'force' | 'geo';
  multilateral: 'hub' | 'hull' | 'clique';
  theme: CanvasTheme;
  /** The land outline (geographic layout), as loaded by data/land.ts; null draws none. */
  landPath: string | null;
}

/** A label as sigma places it: right of the disc, baseline a third of the font size down. */
export interface LabelCandidate {
  key: string;
  text: string;
  x: number;
  y: number;
  radius: number;
  highlighted: boolean;
}

/** Margin (pixels) beyond the viewport within which items are kept (they may reach in). */
const MARGIN = 60;

/**
 * The labels the network shows now (sigma's label grid and forced labels), where sigma draws
 * them. Kept apart so a label-placement function can replace it.
 */
export function displayedLabels(sigma: EntenteSigma, graph: EntenteGraph): LabelCandidate[] {
  const labels: LabelCandidate[] = [];
  const shown = sigma.getNodeDisplayedLabels();
  graph.forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden || !data.label) return;
    // Highlighted nodes get their label on a plate (sigma's hover layer), shown or not by the grid.
    if (!shown.has(key) && !data.highlighted) return;
    const p = sigma.framedGraphToViewport(data);
    labels.push({
      key,
      text: data.label,
      x: p.x,
      y: p.y,
      radius: sigma.scaleSize(data.size),
      highlighted: data.highlighted,
    });
  });
  return labels;
}

export function networkScene(
  input: SceneInput,
  labels: LabelCandidate[] = displayedLabels(input.sigma, input.graph),
): NetworkScene {
  const { sigma, graph, data, agg, theme } = input;
  const { width, height } = sigma.getDimensions();
  const visible = (x: number, y: number, r = 0) =>
    x + r >= -MARGIN && x - r <= width + MARGIN && y + r >= -MARGIN && y - r <= height + MARGIN;

  // Nodes, in sigma's drawing order (zIndex, then graph order).
  const placed = new Map<string, SceneNode & { z: number; order: number }>();
  let order = 0;
  graph.forEachNode((key, attrs) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    placed.set(key, {
      key,
      x: p.x,
      y: p.y,
      radius: sigma.scaleSize(d.size),
      color: d.color,
      ...(attrs.realigned ? { ring: theme.palette.realigned } : {}),
      z: d.zIndex ?? 0,
      order: order++,
    });
  });
  const byZ = <T extends { z: number; order: number }>(a: T, b: T) =>
    a.z - b.z || a.order - b.order;
  const nodes: SceneNode[] = [...placed.values()]
    .filter((nd) => visible(nd.x, nd.y, nd.radius))
    .sort(byZ)
    .map(({ key, x, y, radius, color, ring }) => ({
      key,
      x,
      y,
      radius,
      color,
      ...(ring ? { ring } : {}),
    }));

  const minThickness = sigma.getSetting('minEdgeThickness');
  const edges: (SceneEdge & { z: number; order: number })[] = [];
  order = 0;
  graph.forEachEdge((key, _attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = placed.get(source);
    const t = placed.get(target);
    if (!d || d.hidden || !s || !t) return;
    // Off screen on the same side: not in the picture.
    if (
      (s.x < -MARGIN && t.x < -MARGIN) ||
      (s.x > width + MARGIN && t.x > width + MARGIN) ||
      (s.y < -MARGIN && t.y < -MARGIN) ||
      (s.y > height + MARGIN && t.y > height + MARGIN)
    )
      return;
    const curved = d.type === 'curvedArrow';
    // Arms flows are arrows, straight or (both directions of a pair drawn) curved.
    const arrow = curved || d.type === 'arrow';
    const curvature = (d as { curvature?: number }).curvature;
    edges.push({
      key,
      source: { x: s.x, y: s.y },
      target: { x: t.x, y: t.y },
      targetRadius: t.radius,
      thickness: Math.max(minThickness, sigma.scaleSize(d.size)),
      color: d.color,
      shape: curved ? 'curve' : 'line',
      ...(curvature !== undefined ? { curvature } : {}),
      arrow,
      z: d.zIndex ?? 0,
      order: order++,
    });
  });
  edges.sort(byZ);

  const labelSize = sigma.getSetting('labelSize');
  const labelWeight = sigma.getSetting('labelWeight');
  const labelColor = sigma.getSetting('labelColor');
  const color = ('color' in labelColor && labelColor.color) || theme.label;
  const sceneLabels: SceneLabel[] = labels
    .filter((l) => visible(l.x, l.y))
    .map((l) => ({
      key: l.key,
      text: l.text,
      x: l.x + l.radius + 3,
      y: l.y + labelSize / 3,
      fontSize: labelSize,
      fontWeight: labelWeight,
      color,
      ...(l.highlighted ? { plate: theme.background } : {}),
    }));

  const hulls =
    input.multilateral === 'hull'
      ? agreementHulls(data, agg.groups, (id) => {
          const nd = placed.get(id);
          return nd ? { x: nd.x, y: nd.y } : null;
        })
      : [];

  let land: NetworkScene['land'] = null;
  if (input.layout === 'geo') {
    const d = input.landPath;
    if (d) {
      // Graph space -> viewport is affine: read it off three points (as the map background does).
      const o = sigma.graphToViewport({ x: 0, y: 0 });
      const ex = sigma.graphToViewport({ x: 1, y: 0 });
      const ey = sigma.graphToViewport({ x: 0, y: 1 });
      // Projected coordinates have y down, graph space y up: flip the second column.
      land = {
        d,
        matrix: [ex.x - o.x, ex.y - o.y, -(ey.x - o.x), -(ey.y - o.y), o.x, o.y],
        fill: theme.land,
        stroke: theme.landStroke,
        strokeWidth: 0.8,
      };
    }
  }

  return {
    width,
    height,
    background: theme.background,
    land,
    hulls: hulls.map((h) => ({ ...h })),
    edges: edges.map(({ z: _z, order: _o, ...e }) => e),
    nodes,
    labels: sceneLabels,
    labelFont: sigma.getSetting('labelFont'),
  };
}
