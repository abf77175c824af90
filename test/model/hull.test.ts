import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { AGREEMENT_TYPE_COLORS } from '../../src/model/appearance';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import { agreementHulls, convexHull } from '../../src/model/hull';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());

describe('convexHull', () => {
  it('keeps the corners and drops the inside points', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 5, y: 5 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 5, y: 5 });
  });
});

describe('agreementHulls', () => {
  // In 1975 the three-party pact has AAA and CCC (BBB left in 1960).
  const agg = aggregate(
    data,
    { ...defaultFilters(data.yearSpan), mode: 'range', from: 1975, to: 1975 },
    'hull',
  );
  const positions: Record<string, { x: number; y: number }> = {
    AAA: { x: 100, y: 100 },
    CCC: { x: 200, y: 150 },
  };

  it('draws a hull around the drawn members, padded, named above its top', () => {
    const hulls = agreementHulls(data, agg.groups, (id) => positions[id] ?? null);
    const pact = hulls.find((h) => h.key === 'pact')!;
    expect(pact.label).toBe('Three-party pact');
    expect(pact.color).toBe(AGREEMENT_TYPE_COLORS['collective-defence']);
    const xs = pact.points.map((p) => p.x);
    const ys = pact.points.map((p) => p.y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
      90, 210, 90, 160,
    ]);
    expect(pact.labelAt).toEqual({ x: 104, y: 86 });
  });

  it('still shows an agreement with one drawn member, and none with no drawn member', () => {
    const one = agreementHulls(data, agg.groups, (id) => (id === 'AAA' ? positions.AAA! : null));
    expect(one.find((h) => h.key === 'pact')!.points).toHaveLength(4);
    expect(agreementHulls(data, agg.groups, () => null)).toEqual([]);
  });
});
