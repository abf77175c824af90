/**
 * Label placement: which node labels show and where, so that no two labels ever overlap.
 *
 * Greedy by importance: labels are taken in priority order (forced ones first) and each takes the
 * cheapest of a few candidate positions around its node (right, left, above, below, then the
 * diagonals) whose box stays on screen and meets no label, leader line or overlay placed before it.
 * Forced labels (the hovered or selected state, its partners, the ends of a selected arrow, every
 * state of a small picture) may also move out on FORCED_RINGS further rings; the renderer then
 * draws a thin leader line to the node. A position costs its ring, plus the node discs it covers,
 * plus the labels, leaders and nodes its leader runs through (COST): so a label moves one ring out
 * to clear a node, but does not go far across the picture to clear one small neighbour. A label
 * that has no free position is left out (reported in `hidden`), never drawn over another.
 *
 * Discs marked `faint` (dimmed by a highlight) count as free space: a focused state's label sits
 * beside it over the faded context. `solid` discs (drawn above the labels: the highlighted nodes
 * and their rings) are never covered, except by their own node's label, nor crossed by a leader
 * without cost.
 *
 * Pure and cheap (a few hundred labels in well under a millisecond), so the view runs it again on
 * every camera move; `previous` keeps each label on the side it had, so labels do not jump.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  /** Node centre in screen pixels. */
  x: number;
  y: number;
  /** Node radius in screen pixels. */
  radius: number;
  /** Text box size in pixels (measured by the renderer). */
  width: number;
  height: number;
  /** Larger first. */
  priority: number;
  /** Must be shown if any free position exists, and may use the outer rings. */
  forced?: boolean;
}

export type Anchor = 'right' | 'left' | 'above' | 'below' | 'ne' | 'se' | 'nw' | 'sw';
export const ANCHORS: readonly Anchor[] = [
  'right',
  'left',
  'above',
  'below',
  'ne',
  'se',
  'nw',
  'sw',
];

/** Rings beyond the first that forced labels may use (a crowded map of 30 named states needs 4). */
export const FORCED_RINGS = 4;
const FORCED_RING_LIST = Array.from({ length: FORCED_RINGS + 1 }, (_, i) => i);

export interface PlacedLabel {
  key: string;
  anchor: Anchor;
  /** 0 next to the node; further out up to FORCED_RINGS (draw a leader line). */
  ring: number;
  /** The text box, top-left corner and size, in screen pixels. */
  box: Box;
}

/** A disc on screen (a node), in pixels. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
  /** Dimmed by a highlight: a label may cover it as if it were free space. */
  faint?: boolean;
}

export interface PlacementOptions {
  /** The visible area; labels must fit inside it. */
  viewport: { width: number; height: number };
  /**
   * Pixels kept free along the viewport's edges: a label flush with the edge (its halo cut off)
   * reads as cut; it takes another side, or is left out.
   */
  edge?: number;
  /** Space between a node's edge and its label, and around every label. */
  gap?: number;
  /** Every drawn node (including unlabelled ones): labels avoid covering them when they can. */
  discs?: readonly Disc[];
  /** Drawn above the labels (a highlighted node and its ring): no other node's label covers one. */
  solid?: readonly Disc[];
  /** The anchor each label had last time, tried first. */
  previous?: ReadonlyMap<string, Anchor>;
  /** At most this many labels (the forced ones always count). */
  maxLabels?: number;
  /** Parts of the viewport covered by something else (a note over the canvas): no label there. */
  obstacles?: readonly Box[];
}

/** A leader line's two ends, in pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The leader from the edge of a node's disc to the nearest point of its label's box. */
export function leaderLine(c: { x: number; y: number; radius: number }, box: Box): Segment {
  const tx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ty = Math.max(box.y, Math.min(c.y, box.y + box.height));
  const d = Math.hypot(tx - c.x, ty - c.y) || 1;
  return {
    x1: c.x + ((tx - c.x) / d) * c.radius,
    y1: c.y + ((ty - c.y) / d) * c.radius,
    x2: tx,
    y2: ty,
  };
}

/** Whether a segment meets a box (Liang-Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether two segments cross (touching ends do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) =>
    Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return (
    side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0
  );
}

const segmentBox = (s: Segment): Box => ({
  x: Math.min(s.x1, s.x2),
  y: Math.min(s.y1, s.y2),
  width: Math.abs(s.x2 - s.x1),
  height: Math.abs(s.y2 - s.y1),
});

export interface Placement {
  placed: PlacedLabel[];
  /** Forced labels that found no free position (a crowded picture at this zoom). */
  hidden: string[];
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function discTouchesBox(d: { x: number; y: number; radius: number }, b: Box): boolean {
  const cx = Math.max(b.x, Math.min(d.x, b.x + b.width));
  const cy = Math.max(b.y, Math.min(d.y, b.y + b.height));
  return (d.x - cx) ** 2 + (d.y - cy) ** 2 < d.radius * d.radius;
}

/** The text box for a label at an anchor, `offset` pixels away from the node's edge. */
export function labelBox(c: LabelCandidate, anchor: Anchor, offset: number): Box {
  const r = c.radius + offset;
  const { width: w, height: h } = c;
  // Above and below clear the labels beside a neighbour on the same row (half a line high).
  const rv = Math.max(c.radius, h / 2) + offset;
  // Diagonals sit at 45 degrees on the ring, the box's nearest corner on it.
  const d = r * Math.SQRT1_2;
  switch (anchor) {
    case 'right':
      return { x: c.x + r, y: c.y - h / 2, width: w, height: h };
    case 'left':
      return { x: c.x - r - w, y: c.y - h / 2, width: w, height: h };
    case 'above':
      return { x: c.x - w / 2, y: c.y - rv - h, width: w, height: h };
    case 'below':
      return { x: c.x - w / 2, y: c.y + rv, width: w, height: h };
    case 'ne':
      return { x: c.x + d, y: c.y - d - h, width: w, height: h };
    case 'se':
      return { x: c.x + d, y: c.y + d, width: w, height: h };
    case 'nw':
      return { x: c.x - d - w, y: c.y - d - h, width: w, height: h };
    case 'sw':
      return { x: c.x - d - w, y: c.y + d, width: w, height: h };
  }
}

/** A uniform grid over the screen, so each test looks only at nearby items. */
class Grid<T extends { box: Box }> {
  private cells = new Map<number, T[]>();
  constructor(private cell: number) {}
  private keys(b: Box): number[] {
    const keys: number[] = [];
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.width) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.height) / this.cell);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) keys.push((gx + 4096) * 8192 + (gy + 4096));
    return keys;
  }
  add(item: T) {
    for (const k of this.keys(item.box)) {
      const list = this.cells.get(k);
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    }
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    if (this.cells.size === 0) return false;
    for (const k of this.keys(b))
      for (const item of this.cells.get(k) ?? []) if (test(item)) return true;
    return false;
  }
  /** How many distinct items near `b` pass `test`, counting no further than `limit`. */
  count(b: Box, test: (item: T) => boolean, limit: number): number {
    if (limit === 1) return this.some(b, test) ? 1 : 0;
    const seen: T[] = [];
    this.some(b, (item) => {
      if (!seen.includes(item) && test(item)) seen.push(item);
      return seen.length >= limit;
    });
    return seen.length;
  }
}

/** Counting covered nodes or crossings beyond this changes no choice worth its time (COST). */
const COUNT_LIMIT = 4;

function inside(b: Box, viewport: { width: number; height: number }, edge: number): boolean {
  return (
    b.x >= edge &&
    b.y >= edge &&
    b.x + b.width <= viewport.width - edge &&
    b.y + b.height <= viewport.height - edge
  );
}

/**
 * What a position costs, in rings: moving out one ring; each node it covers (a label beside its
 * node over a small neighbour reads better than one at the end of a long leader across the
 * picture); each label or leader its leader runs through; each node its leader crosses; and a
 * little for each anchor tried before it, so the usual sides win ties.
 */
const COST = { ring: 1, node: 2, crossing: 4, leaderOverNode: 0.5, anchor: 0.01 };

function segmentHitsDisc(s: Segment, d: { x: number; y: number; radius: number }): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = dx * dx + dy * dy;
  const t =
    length > 0 ? Math.max(0, Math.min(1, ((d.x - s.x1) * dx + (d.y - s.y1) * dy) / length)) : 0;
  return Math.hypot(s.x1 + t * dx - d.x, s.y1 + t * dy - d.y) < d.radius;
}

const pad = (b: Box, g: number): Box => ({
  x: b.x - g / 2,
  y: b.y - g / 2,
  width: b.width + g,
  height: b.height + g,
});

export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlacementOptions,
): Placement {
  const gap = options.gap ?? 3;
  const edge = options.edge ?? 0;
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.forced ?? false) - Number(a.forced ?? false) ||
      b.priority - a.priority ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const labels = new Grid<{ box: Box }>(64);
  for (const box of options.obstacles ?? []) labels.add({ box });
  const leaders = new Grid<{ box: Box; line: Segment }>(64);
  type GridDisc = Disc & { box: Box };
  const discBox = (d: Disc): Box => ({
    x: d.x - d.radius,
    y: d.y - d.radius,
    width: 2 * d.radius,
    height: 2 * d.radius,
  });
  const discs = new Grid<GridDisc>(64);
  for (const d of options.discs ?? []) if (!d.faint) discs.add({ ...d, box: discBox(d) });
  const solid = new Grid<GridDisc>(64);
  for (const d of options.solid ?? []) solid.add({ ...d, box: discBox(d) });
  const hitsLabel = (box: Box) => labels.some(box, (o) => boxesIntersect(o.box, box));
  const hitsLeader = (box: Box) => leaders.some(box, (o) => segmentHitsBox(o.line, box));
  // How many other nodes' discs a box covers (the node itself does not count).
  const coveredNodes = (box: Box, own: string, limit: number) =>
    discs.count(box, (d) => d.key !== own && discTouchesBox(d, box), limit);
  const coversSolid = (box: Box, own: string) =>
    solid.some(box, (d) => d.key !== own && discTouchesBox(d, box));
  // The labels and leaders a leader would run through (solid discs count as labels).
  const leaderCrossings = (line: Segment, own: string) => {
    const area = segmentBox(line);
    return (
      labels.count(area, (o) => segmentHitsBox(line, pad(o.box, gap)), COUNT_LIMIT) +
      leaders.count(area, (o) => segmentsCross(o.line, line), COUNT_LIMIT) +
      solid.count(area, (d) => d.key !== own && segmentHitsBox(line, d.box), COUNT_LIMIT)
    );
  };
  const nodesOnLeader = (line: Segment, own: string) =>
    discs.count(segmentBox(line), (d) => d.key !== own && segmentHitsDisc(line, d), COUNT_LIMIT);

  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const maxLabels = options.maxLabels ?? Infinity;
  for (const c of order) {
    if (!c.forced && placed.length >= maxLabels) continue;
    const previous = options.previous?.get(c.key);
    const anchors = previous ? [previous, ...ANCHORS.filter((a) => a !== previous)] : ANCHORS;
    const rings = c.forced ? FORCED_RING_LIST : [0];
    // The cheapest free position (see COST); a clean one ends the search, as no position further
    // out can beat it.
    let chosen: PlacedLabel | null = null;
    let best = Infinity;
    for (const ring of rings) {
      // Nothing at this ring or further out costs less than what is chosen.
      if (best <= ring * COST.ring) break;
      const offset = gap + ring * (c.height + 2 * gap);
      for (const [i, anchor] of anchors.entries()) {
        const box = labelBox(c, anchor, offset);
        if (!inside(box, options.viewport, edge)) continue;
        const padded = pad(box, gap);
        if (hitsLabel(padded) || hitsLeader(padded) || coversSolid(box, c.key)) continue;
        const clean = ring * COST.ring + i * COST.anchor;
        // Only a forced label weighs how many nodes it covers (the others stay at ring 0, where
        // the first side covering any keeps the placement cheap on every frame).
        let cost = clean + coveredNodes(box, c.key, c.forced ? COUNT_LIMIT : 1) * COST.node;
        // Already dearer than the best (the leader only adds): no need to trace its leader.
        if (cost >= best) continue;
        if (ring > 0) {
          const line = leaderLine(c, box);
          cost += leaderCrossings(line, c.key) * COST.crossing;
          cost += nodesOnLeader(line, c.key) * COST.leaderOverNode;
        }
        if (cost < best) {
          best = cost;
          chosen = { key: c.key, anchor, ring, box };
        }
        // Free of everything: the later anchors of this ring cost more.
        if (cost === clean) break;
      }
    }
    if (!chosen) {
      if (c.forced) hidden.push(c.key);
      continue;
    }
    labels.add({ box: chosen.box });
    if (chosen.ring > 0) {
      const line = leaderLine(c, chosen.box);
      leaders.add({ box: segmentBox(line), line });
    }
    placed.push(chosen);
  }
  return { placed, hidden };
}

/** Whether any two boxes overlap: what the tests check on the page's placed labels. */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxesIntersect(boxes[i]!, boxes[j]!)) pairs.push([i, j]);
  return pairs;
}
