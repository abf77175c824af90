/**
 * Which edge a pointer is on, found along the shapes actually drawn (curved arrows follow their
 * Bézier curve, ties their segment), in viewport pixels. sigma 3.0.3 picks edges from a picking
 * texture at half the screen's resolution with each edge as thin as it is drawn, so a click a
 * pixel off a thin arrow misses it, or lands on a wider one underneath; here every edge gets the
 * same few pixels of slack around its drawn width and the nearest one wins.
 */
import { curveControlPoint, quadraticPoint, type Point } from './edgeGeometry';

export interface PickableEdge {
  key: string;
  source: Point;
  target: Point;
  /** Curvature of a curved arrow; null for a straight line. */
  curvature: number | null;
  /** Drawn width in pixels. */
  thickness: number;
  /** Drawing order: an edge drawn on top wins a tie. */
  z?: number;
}

/** Pixels of slack on each side of an edge's drawn width. */
export const PICK_SLACK = 4;
const CURVE_STEPS = 24;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance in pixels from a point to the centre line of an edge. */
export function distanceToEdge(p: Point, edge: PickableEdge): number {
  if (edge.curvature === null || edge.curvature === 0)
    return distanceToSegment(p, edge.source, edge.target);
  const control = curveControlPoint(edge.source, edge.target, edge.curvature);
  let best = Infinity;
  let previous = edge.source;
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const next = quadraticPoint(edge.source, control, edge.target, i / CURVE_STEPS);
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

/** The bounding box of an edge's shape, grown by `margin`. */
function reach(edge: PickableEdge, margin: number) {
  const points = [edge.source, edge.target];
  if (edge.curvature) points.push(curveControlPoint(edge.source, edge.target, edge.curvature));
  return {
    x0: Math.min(...points.map((q) => q.x)) - margin,
    x1: Math.max(...points.map((q) => q.x)) + margin,
    y0: Math.min(...points.map((q) => q.y)) - margin,
    y1: Math.max(...points.map((q) => q.y)) + margin,
  };
}

/**
 * The edge under `p`: the one whose drawn shape is nearest, if it is within its half width plus
 * `slack` pixels; on equal distance, the one drawn on top. Null when none is that close.
 */
export function pickEdge(
  p: Point,
  edges: Iterable<PickableEdge>,
  slack = PICK_SLACK,
): string | null {
  let best: { key: string; gap: number; z: number } | null = null;
  for (const edge of edges) {
    const half = edge.thickness / 2;
    const box = reach(edge, half + slack);
    if (p.x < box.x0 || p.x > box.x1 || p.y < box.y0 || p.y > box.y1) continue;
    const gap = Math.max(0, distanceToEdge(p, edge) - half);
    if (gap > slack) continue;
    const z = edge.z ?? 0;
    if (!best || gap < best.gap - 1e-9 || (Math.abs(gap - best.gap) <= 1e-9 && z > best.z))
      best = { key: edge.key, gap, z };
  }
  return best?.key ?? null;
}
