/**
 * The shapes sigma's edge programs draw, as plain geometry in viewport pixels (y down), so a
 * vector export draws the same arrows as the screen, and a click finds the arrow it lands on:
 * - curved arrows (@sigma/edge-curve): a quadratic Bézier from the source centre to the target
 *   centre whose control point sits `curvature` times the distance off the midpoint, to the
 *   right of the direction of travel; the head's tip touches the target's disc, its length is
 *   2.5 times the edge thickness and its width twice the thickness (sigma's
 *   DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS);
 * - straight lines (EdgeRectangleProgram): a segment from centre to centre.
 */
export interface Point {
  x: number;
  y: number;
}

/** sigma's DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS. */
export const ARROW_LENGTH_TO_THICKNESS = 2.5;
export const ARROW_WIDENESS_TO_THICKNESS = 2;
/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE, used when an edge has none. */
export const DEFAULT_CURVATURE = 0.25;

/** The control point of the quadratic curve from `s` to `t` (the same as edge-curve's shader). */
export function curveControlPoint(s: Point, t: Point, curvature: number): Point {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  return { x: (s.x + t.x) / 2 + curvature * dy, y: (s.y + t.y) / 2 - curvature * dx };
}

export function quadraticPoint(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x,
    y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y,
  };
}

/**
 * The last parameter t at which the curve is `radius` away from its end point p2, searched from
 * the end (where the distance is 0). Null when the whole curve lies within `radius`.
 */
export function curveParameterAtDistanceFromEnd(
  p0: Point,
  p1: Point,
  p2: Point,
  radius: number,
): number | null {
  const distance = (t: number) => {
    const p = quadraticPoint(p0, p1, p2, t);
    return Math.hypot(p.x - p2.x, p.y - p2.y);
  };
  if (radius <= 0) return 1;
  // Walk back from the end to the first sample outside the circle, then bisect.
  const steps = 64;
  let inside = 1;
  let found: number | null = null;
  for (let i = steps - 1; i >= 0; i--) {
    const t = i / steps;
    if (distance(t) >= radius) {
      found = t;
      break;
    }
    inside = t;
  }
  if (found === null) return null;
  let outside = found;
  for (let i = 0; i < 40; i++) {
    const mid: number = (outside + inside) / 2;
    if (distance(mid) >= radius) outside = mid;
    else inside = mid;
  }
  return outside;
}

/** The control point of the part [0, t] of a quadratic curve (de Casteljau). */
function partialControlPoint(p0: Point, p1: Point, t: number): Point {
  return { x: p0.x + (p1.x - p0.x) * t, y: p0.y + (p1.y - p0.y) * t };
}

export interface CurvedArrowShape {
  /** The curve's body, from the source centre to the base of the head (SVG path data). */
  body: { start: Point; control: Point; end: Point } | null;
  /** The head: tip on the target's disc, and the two corners of its base. */
  head: [Point, Point, Point] | null;
}

/**
 * A curved arrow from `source` to `target` (centres, in pixels), `thickness` pixels thick,
 * ending on a target disc of radius `targetRadius`.
 */
export function curvedArrowShape(
  source: Point,
  target: Point,
  curvature: number,
  thickness: number,
  targetRadius: number,
  arrowHead = true,
): CurvedArrowShape {
  const control = curveControlPoint(source, target, curvature);
  if (!arrowHead) return { body: { start: source, control, end: target }, head: null };
  const tipT = curveParameterAtDistanceFromEnd(source, control, target, targetRadius);
  if (tipT === null) return { body: null, head: null };
  const baseT = curveParameterAtDistanceFromEnd(
    source,
    control,
    target,
    targetRadius + thickness * ARROW_LENGTH_TO_THICKNESS,
  );
  const tip = quadraticPoint(source, control, target, tipT);
  // Nodes so close that the head does not fit: the head alone, from the source centre.
  const t0 = baseT ?? 0;
  const base = quadraticPoint(source, control, target, t0);
  const dx = tip.x - base.x;
  const dy = tip.y - base.y;
  const length = Math.hypot(dx, dy) || 1;
  const half = (thickness * ARROW_WIDENESS_TO_THICKNESS) / 2;
  const nx = (-dy / length) * half;
  const ny = (dx / length) * half;
  const head: [Point, Point, Point] = [
    tip,
    { x: base.x + nx, y: base.y + ny },
    { x: base.x - nx, y: base.y - ny },
  ];
  const body =
    baseT === null || baseT <= 0
      ? null
      : { start: source, control: partialControlPoint(source, control, baseT), end: base };
  return { body, head };
}
