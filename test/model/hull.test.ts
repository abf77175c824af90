import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { AGREEMENT_TYPE_COLORS } from '../../src/model/appearance';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import { groupHubPosition, type LatLon } from '../../src/model/geoGroups';
import { agreementHulls, convexHull, type Point } from '../../src/model/hull';
import { geoPosition } from '../../src/model/projection';
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

describe('agreementHulls on the map', () => {
  const agg = aggregate(
    data,
    { ...defaultFilters(data.yearSpan), mode: 'range', from: 1975, to: 1975 },
    'hull',
  );
  // The map -> screen transform: the identity, so spokes are in map units.
  const geo = (places: Record<string, LatLon>) => ({
    place: (i: number) => places[data.countries[i]!.id]!,
    toScreen: (p: Point) => p,
  });
  const screen = (places: Record<string, LatLon>) => (id: string) => {
    const p = places[id];
    return p ? geoPosition(p.lat, p.lon) : null;
  };

  it('keeps a hull around neighbours (Paris and Brussels)', () => {
    const places = { AAA: { lat: 48.9, lon: 2.4 }, CCC: { lat: 50.8, lon: 4.4 } };
    const [pact] = agreementHulls(data, agg.groups, screen(places), { geo: geo(places) });
    expect(pact!.kind).toBe('hull');
    expect(pact!.spokes).toEqual([]);
  });

  it('draws members far apart (Paris and Canberra) as spokes from the hub, named by the hub', () => {
    const places = { AAA: { lat: 48.9, lon: 2.4 }, CCC: { lat: -35.3, lon: 149.1 } };
    const [pact] = agreementHulls(data, agg.groups, screen(places), { geo: geo(places) });
    expect(pact!.kind).toBe('spokes');
    expect(pact!.points).toEqual([]);
    // One spoke per drawn member, each starting at the hub, which is where the hub node would be.
    const hub = groupHubPosition([places.AAA, places.CCC])!;
    expect(pact!.spokes).toHaveLength(2);
    for (const spoke of pact!.spokes) expect(spoke[0]).toEqual(hub);
    const ends = pact!.spokes.map((s) => s[s.length - 1]);
    expect(ends).toContainEqual(geoPosition(places.CCC.lat, places.CCC.lon));
    expect(pact!.labelAt).toEqual({ x: hub.x + 4, y: hub.y - 4 });
  });

  it('takes the short way across the date line (Fiji and Samoa are neighbours, Fiji and Tokyo not)', () => {
    const places = { AAA: { lat: -18.1, lon: 178.4 }, CCC: { lat: 35.7, lon: 139.7 } };
    const [pact] = agreementHulls(data, agg.groups, screen(places), { geo: geo(places) });
    expect(pact!.kind).toBe('spokes');
    const near = { AAA: { lat: -18.1, lon: 178.4 }, CCC: { lat: -13.8, lon: -171.8 } };
    const [pacific] = agreementHulls(data, agg.groups, screen(near), { geo: geo(near) });
    expect(pacific!.kind).toBe('hull');
  });
});
