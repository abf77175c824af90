import { describe, expect, it } from 'vitest';
import { AUTO_FLOW_LIMIT, flowsToDraw, strongestFlows } from '../../src/model/flowLimit';

describe('flowsToDraw', () => {
  it('draws everything up to the automatic limit, and only that many beyond it', () => {
    expect(flowsToDraw('auto', 10)).toBe(10);
    expect(flowsToDraw('auto', AUTO_FLOW_LIMIT)).toBe(AUTO_FLOW_LIMIT);
    expect(flowsToDraw('auto', AUTO_FLOW_LIMIT * 7)).toBe(AUTO_FLOW_LIMIT);
    expect(flowsToDraw('all', 40_000)).toBe(40_000);
    expect(flowsToDraw(250, 40_000)).toBe(250);
    expect(flowsToDraw(250, 12)).toBe(12);
  });
});

describe('strongestFlows', () => {
  const weights = Float64Array.from([5, 50, 5, 20]);
  const order = [0, 1, 2, 3];

  it('keeps the strongest, breaking ties the same way every time, and sums what it keeps', () => {
    const top = strongestFlows(weights, order, 3);
    expect([...top.drawn]).toEqual([1, 3, 0]);
    expect(top).toMatchObject({ total: 4, totalWeight: 80, drawnWeight: 75 });
    // The tie between flows 0 and 2 goes to the smaller order key, whatever the input order.
    expect([...strongestFlows(weights, [0, 1, -1, 3], 3).drawn]).toEqual([1, 3, 2]);
    expect([...strongestFlows(weights, order, 1).drawn]).toEqual([1]);
    expect([...strongestFlows(weights, order, 0).drawn]).toEqual([]);
  });

  it('keeps every flow, in its order, when the limit allows them all', () => {
    const all = strongestFlows(weights, order, 'all');
    expect([...all.drawn]).toEqual([0, 1, 2, 3]);
    expect(all.drawnWeight).toBe(all.totalWeight);
  });

  it('agrees with a full sort on many flows', () => {
    const many = Float64Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 997) / 10);
    const keys = Array.from({ length: 5000 }, (_, i) => 5000 - i);
    const expected = [...many.keys()]
      .sort((a, b) => many[b]! - many[a]! || keys[a]! - keys[b]!)
      .slice(0, 700);
    expect([...strongestFlows(many, keys, 700).drawn]).toEqual(expected);
  });
});
