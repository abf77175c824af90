/**
 * What the network view draws right now, read off sigma as plain data in viewport pixels: the
 * input of the vector export (data/export/networkSvg.ts). Everything is taken after sigma's
 * reducers (dimming, highlights, hidden items), with sigma's own size rules, so the file shows
 * the picture on screen.
 */
import type { NetworkScene, SceneEdge, SceneLabel, SceneNode } from '../../data/export/networkSvg';
import type { Aggregate } from '../../model/aggregate';
import type { ModelData } from '../../model/dataset';
import { themed } from '../../model/theme';
import type { EntenteGraph } from '../../model/graph';
import { hullsOnScreen } from '../network/hullShapes';
import { getPlacedLabels, HULL_LABEL } from '../network/labelRegistry';
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

/** Margin (pixels) beyond the viewport within which items are kept (they may reach in). */
const MARGIN = 60;

/**
 * The labels the network shows now, where it draws them: the label placement's last result
 * (LabelsController), so the file names exactly the states the screen names.
 */
export function displayedLabels(sigma: EntenteSigma, theme: CanvasTheme): SceneLabel[] {
  return getPlacedLabels(sigma).map((l) => ({
    key: l.key,
    text: l.text,
    x: l.box.x + 1,
    // The screen draws text around the box's middle line; SVG places it on its baseline.
    y: l.box.y + l.box.height / 2 + l.fontSize * 0.35,
    fontSize: l.fontSize,
    fontWeight: l.font.split(' ')[0]!,
    color: l.color ? themed(l.color, theme.name) : theme.label,
    ...(l.leader ? { leader: { ...l.leader, color: theme.palette.muted } } : {}),
  }));
}

export function networkScene(
  input: SceneInput,
  labels: SceneLabel[] = displayedLabels(input.sigma, input.theme),
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

  // Hull names are placed with the node labels: they go with their hull, not in the label list.
  const hullLabels = new Map(
    labels.filter((l) => l.key?.startsWith(HULL_LABEL)).map((l) => [l.key!, l]),
  );
  const sceneLabels = labels.filter((l) => !l.key?.startsWith(HULL_LABEL) && visible(l.x, l.y));

  const hulls =
    input.multilateral === 'hull'
      ? hullsOnScreen(sigma, data, agg, input.layout).map((h) => {
          const named = hullLabels.get(`${HULL_LABEL}${h.key}`);
          return {
            key: h.key,
            points: h.points,
            ...(h.kind === 'spokes' ? { spokes: h.spokes } : {}),
            color: themed(h.color, theme.name),
            label: h.label,
            labelAt: named ? { x: named.x, y: named.y } : h.labelAt,
          };
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
    hulls,
    edges: edges.map(({ z: _z, order: _o, ...e }) => e),
    nodes,
    labels: sceneLabels,
    labelFont: sigma.getSetting('labelFont'),
  };
}
