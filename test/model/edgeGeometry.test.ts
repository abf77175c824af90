import { describe, expect, it } from 'vitest';
import {
  ARROW_LENGTH_TO_THICKNESS,
  curveControlPoint,
  curvedArrowShape,
  curveParameterAtDistanceFromEnd,
  quadraticPoint,
  type Point,
} from '../../src/model/edgeGeometry';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('curveControlPoint', () => {
  it('sits curvature x length off the midpoint, as @sigma/edge-curve places it', () => {
    // edge-curve's label code: anchor = centre + (diffY, -diffX) * curvature (viewport, y down).
    expect(curveControlPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.25)).toEqual({ x: 50, y: -25 });
    expect(curveControlPoint({ x: 10, y: 20 }, { x: 10, y: 120 }, 0.2)).toEqual({ x: 30, y: 70 });
  });

  it('bends A->B and B->A to opposite sides, so a pair of flows never overlaps', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 200, y: 50 };
    const ab = curveControlPoint(a, b, 0.35);
    const ba = curveControlPoint(b, a, 0.35);
    const mid = { x: 100, y: 25 };
    // Opposite sides of the chord: the two offsets point in opposite directions.
    expect((ab.x - mid.x) * (ba.x - mid.x) + (ab.y - mid.y) * (ba.y - mid.y)).toBeLessThan(0);
  });
});

describe('curveParameterAtDistanceFromEnd', () => {
  const p0 = { x: 0, y: 0 };
  const p2 = { x: 300, y: 0 };
  const p1 = curveControlPoint(p0, p2, 0.25);

  it('finds the point of the curve at a given distance from its end', () => {
    for (const r of [5, 20, 80]) {
      const t = curveParameterAtDistanceFromEnd(p0, p1, p2, r)!;
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
      expect(dist(quadraticPoint(p0, p1, p2, t), p2)).toBeCloseTo(r, 3);
    }
  });

  it('says when the whole curve is within the radius', () => {
    expect(curveParameterAtDistanceFromEnd(p0, p1, p2, 1000)).toBeNull();
    expect(curveParameterAtDistanceFromEnd(p0, p1, p2, 0)).toBe(1);
  });
});

describe('curvedArrowShape', () => {
  const source = { x: 40, y: 200 };
  const target = { x: 400, y: 120 };

  it("puts the head's tip on the target's disc and sizes the head like sigma's", () => {
    const thickness = 3;
    const radius = 8;
    const { body, head } = curvedArrowShape(source, target, 0.2, thickness, radius);
    expect(head).not.toBeNull();
    const [tip, left, right] = head!;
    expect(dist(tip, target)).toBeCloseTo(radius, 3);
    const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
    expect(dist(base, target)).toBeCloseTo(radius + thickness * ARROW_LENGTH_TO_THICKNESS, 3);
    // Twice the thickness wide at its base.
    expect(dist(left, right)).toBeCloseTo(2 * thickness, 6);
    // The body runs from the source's centre to the head's base, along the same curve.
    expect(body!.start).toEqual(source);
    expect(dist(body!.end, base)).toBeCloseTo(0, 6);
    const full = curveControlPoint(source, target, 0.2);
    // The body's control point lies on the segment from the source to the full curve's control.
    const cross =
      (body!.control.x - source.x) * (full.y - source.y) -
      (body!.control.y - source.y) * (full.x - source.x);
    expect(Math.abs(cross)).toBeLessThan(1e-6);
  });

  it('draws no arrow between nodes that overlap', () => {
    const shape = curvedArrowShape({ x: 0, y: 0 }, { x: 4, y: 0 }, 0.2, 2, 10);
    expect(shape).toEqual({ body: null, head: null });
  });

  it('draws a curve to the centre when there is no head', () => {
    const shape = curvedArrowShape(source, target, 0.2, 2, 8, false);
    expect(shape.head).toBeNull();
    expect(shape.body!.end).toEqual(target);
  });
});
