import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  groupHubPosition,
  isScattered,
  mapDistance,
  memberClusters,
  spokePaths,
  type LatLon,
} from '../../src/model/geoGroups';
import { geoPosition } from '../../src/model/projection';
import type { Agreement, Country } from '../../src/model/types';

const DATA = join(__dirname, '../../public/data');
const countries = (
  JSON.parse(readFileSync(join(DATA, 'countries.json'), 'utf8')) as { countries: Country[] }
).countries;
const agreements = (
  JSON.parse(readFileSync(join(DATA, 'agreements.json'), 'utf8')) as { agreements: Agreement[] }
).agreements;
const place = new Map(countries.map((c) => [c.id, { lat: c.lat, lon: c.lon }]));
const membersOf = (id: string): LatLon[] => {
  const a = agreements.find((x) => x.id === id)!;
  return [...new Set(a.members.map((m) => m.country))].map((c) => place.get(c)!);
};

describe('multilateral agreements on the map', () => {
  it('tells scattered groups from compact ones', () => {
    for (const id of ['nato', 'anzus', 'seato']) expect(isScattered(membersOf(id)), id).toBe(true);
    for (const id of ['warsaw-pact', 'rio-treaty', 'csto'])
      expect(isScattered(membersOf(id)), id).toBe(false);
  });

  it('measures across the date line where that is shorter', () => {
    const fiji = { lat: -17.8, lon: 178 };
    const samoa = { lat: -13.8, lon: -172 };
    expect(mapDistance(fiji, samoa)).toBeLessThan(40);
    expect(memberClusters([fiji, samoa])).toHaveLength(1);
  });

  it('puts a scattered group’s hub by its largest cluster, not at the centre of all members', () => {
    const anzus = membersOf('anzus');
    const hub = groupHubPosition(anzus)!;
    const australia = geoPosition(place.get('AUS')!.lat, place.get('AUS')!.lon);
    const africa = geoPosition(0, 20);
    expect(Math.hypot(hub.x - australia.x, hub.y - australia.y)).toBeLessThan(120);
    expect(Math.hypot(hub.x - africa.x, hub.y - africa.y)).toBeGreaterThan(250);
    // NATO's hub is over Europe, where most members are.
    const nato = groupHubPosition(membersOf('nato'))!;
    const europe = geoPosition(50, 10);
    expect(Math.hypot(nato.x - europe.x, nato.y - europe.y)).toBeLessThan(80);
  });

  it('draws a spoke the shorter way round, across the map edge when that is shorter', () => {
    const tasman = geoPosition(-38, 165);
    const usa = place.get('USA')!;
    const paths = spokePaths(tasman, usa);
    expect(paths).toHaveLength(2);
    // The first piece runs east to the right edge, the second from the left edge to the USA.
    expect(paths[0]![1]!.x).toBeGreaterThan(tasman.x);
    expect(paths[1]![0]!.x).toBeLessThan(geoPosition(usa.lat, usa.lon).x);
    expect(paths[0]![1]!.y).toBeCloseTo(paths[1]![0]!.y, 6);
    // A short spoke is one straight piece.
    expect(spokePaths(geoPosition(50, 10), place.get('POL')!)).toHaveLength(1);
  });
});
