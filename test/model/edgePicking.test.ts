import { describe, expect, it } from 'vitest';
import { curveControlPoint, quadraticPoint } from '../../src/model/edgeGeometry';
import { distanceToEdge, pickEdge, type PickableEdge } from '../../src/model/edgePicking';

const arrow = (key: string, curvature: number | null, patch: Partial<PickableEdge> = {}) => ({
  key,
  source: { x: 100, y: 300 },
  target: { x: 500, y: 300 },
  curvature,
  thickness: 2,
  ...patch,
});

describe('pickEdge', () => {
  it('follows a curved arrow along its bend, not along the straight chord', () => {
    const curved = arrow('curved', 0.2);
    // The middle of the curve lies 0.2 x 400 = 80 px off the chord, to the right of travel.
    const control = curveControlPoint(curved.source, curved.target, 0.2);
    const middle = quadraticPoint(curved.source, control, curved.target, 0.5);
    expect(Math.abs(middle.y - 300)).toBeCloseTo(40, 5);
    expect(pickEdge(middle, [curved])).toBe('curved');
    expect(pickEdge({ x: 300, y: 300 }, [curved])).toBeNull();
    expect(distanceToEdge(middle, curved)).toBeLessThan(0.5);
  });

  it('picks the nearest of two close arrows, whatever their widths', () => {
    // A thin arrow and a wide straight tie 12 px apart: a click 2 px off the thin one is its own.
    const thin = arrow('thin', null, { thickness: 1 });
    const wide = arrow('wide', null, {
      source: { x: 100, y: 312 },
      target: { x: 500, y: 312 },
      thickness: 8,
      z: 2,
    });
    expect(pickEdge({ x: 300, y: 302 }, [wide, thin])).toBe('thin');
    expect(pickEdge({ x: 300, y: 307 }, [wide, thin])).toBe('wide');
  });

  it('tells the two directions of a pair apart: each bends to its own side', () => {
    const there = arrow('there', 0.35);
    const back = arrow('back', 0.35, { source: there.target, target: there.source });
    const c1 = curveControlPoint(there.source, there.target, 0.35);
    const c2 = curveControlPoint(back.source, back.target, 0.35);
    const m1 = quadraticPoint(there.source, c1, there.target, 0.5);
    const m2 = quadraticPoint(back.source, c2, back.target, 0.5);
    expect(pickEdge(m1, [there, back])).toBe('there');
    expect(pickEdge(m2, [there, back])).toBe('back');
  });

  it('gives a thin edge a few pixels of slack, and no more', () => {
    const line = arrow('line', null, { thickness: 1 });
    expect(pickEdge({ x: 300, y: 304 }, [line])).toBe('line');
    expect(pickEdge({ x: 300, y: 306 }, [line])).toBeNull();
  });

  it('on a tie, takes the edge drawn on top', () => {
    const a = arrow('below', null, { z: 0 });
    const b = arrow('above', null, { z: 2 });
    expect(pickEdge({ x: 300, y: 301 }, [a, b])).toBe('above');
    expect(pickEdge({ x: 300, y: 301 }, [b, a])).toBe('above');
  });
});
