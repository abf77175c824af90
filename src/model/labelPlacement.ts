/**
 * Label placement: which node labels show and where, so that no two labels ever overlap.
 *
 * Greedy by importance: labels are taken in priority order (forced ones first) and each takes the
 * first of a few candidate positions around its node (right, left, above, below, then the
 * diagonals) whose box stays on screen and meets no label placed before it. Among positions free
 * of labels, one that covers no other node disc is preferred. Forced labels (the hovered or
 * selected state, its partners, the ends of a selected arrow, every state of a small picture) may
 * also move out on FORCED_RINGS further rings; the renderer then draws a thin leader line to the node.
 * A label that has no free position is left out (reported in `hidden`), never drawn over another.
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

export interface PlacementOptions {
  /** The visible area; labels must fit inside it. */
  viewport: { width: number; height: number };
  /** Space between a node's edge and its label, and around every label. */
  gap?: number;
  /** Every drawn node (including unlabelled ones): labels avoid covering them when they can. */
  discs?: readonly { key: string; x: number; y: number; radius: number }[];
  /** The anchor each label had last time, tried first. */
  previous?: ReadonlyMap<string, Anchor>;
  /** At most this many labels (the forced ones always count). */
  maxLabels?: number;
  /** Parts of the viewport covered by something else (a note over the canvas): no label there. */
  obstacles?: readonly Box[];
}

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
    for (const k of this.keys(b))
      for (const item of this.cells.get(k) ?? []) if (test(item)) return true;
    return false;
  }
}

function inside(b: Box, viewport: { width: number; height: number }): boolean {
  return (
    b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width && b.y + b.height <= viewport.height
  );
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
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.forced ?? false) - Number(a.forced ?? false) ||
      b.priority - a.priority ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const labels = new Grid<{ box: Box }>(64);
  for (const box of options.obstacles ?? []) labels.add({ box });
  type Disc = { key: string; x: number; y: number; radius: number; box: Box };
  const discs = new Grid<Disc>(64);
  for (const d of options.discs ?? [])
    discs.add({
      ...d,
      box: { x: d.x - d.radius, y: d.y - d.radius, width: 2 * d.radius, height: 2 * d.radius },
    });
  const hitsLabel = (box: Box) => labels.some(box, (o) => boxesIntersect(o.box, box));
  // Whether a box covers another node's disc (the node itself does not count).
  const coversNode = (box: Box, own: string) =>
    discs.some(box, (d) => d.key !== own && discTouchesBox(d, box));

  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const maxLabels = options.maxLabels ?? Infinity;
  for (const c of order) {
    if (!c.forced && placed.length >= maxLabels) continue;
    const previous = options.previous?.get(c.key);
    const anchors = previous ? [previous, ...ANCHORS.filter((a) => a !== previous)] : ANCHORS;
    const rings = c.forced ? FORCED_RING_LIST : [0];
    let chosen: PlacedLabel | null = null;
    let fallback: PlacedLabel | null = null;
    for (const ring of rings) {
      const offset = gap + ring * (c.height + 2 * gap);
      for (const anchor of anchors) {
        const box = labelBox(c, anchor, offset);
        if (!inside(box, options.viewport)) continue;
        if (hitsLabel(pad(box, gap))) continue;
        const candidate = { key: c.key, anchor, ring, box };
        if (coversNode(box, c.key)) {
          fallback ??= candidate;
          continue;
        }
        chosen = candidate;
        break;
      }
      if (chosen) break;
    }
    // A label over a node beats no label for the forced ones and for the first rings of others.
    chosen ??= fallback && (c.forced || fallback.ring === 0) ? fallback : null;
    if (!chosen) {
      if (c.forced) hidden.push(c.key);
      continue;
    }
    labels.add({ box: chosen.box });
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
