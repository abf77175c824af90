/**
 * Multilateral agreements on the map. A hull around members far apart wraps half the world (ANZUS
 * as a band over Africa), so the map tells compact groups from scattered ones:
 * - members are split into clusters, two members in one cluster when a chain of members links
 *   them with no step longer than SCATTER_GAP (single linkage), measured on the map and across
 *   the date line where that is shorter (the Pacific islands are neighbours);
 * - a group of one cluster gets a hull; a scattered group is drawn as spokes from its hub;
 * - the hub sits at the centre of the largest cluster (NATO over Europe, ANZUS by Australia and
 *   New Zealand), not at the centre of all members, which for scattered groups is nowhere;
 * - a spoke takes the shorter way round: across the map's edge when that is shorter.
 * Units are the layout's (the projected world is about 980 wide).
 */
import { geoPosition } from './projection';

export interface LatLon {
  lat: number;
  lon: number;
}
export type Point = { x: number; y: number };

/**
 * The longest step inside one cluster. Compact groups measure at most about 115 (the UAM defence
 * pact across West and Central Africa), scattered ones 159 and more (NATO across the Atlantic).
 */
export const SCATTER_GAP = 135;
/** A hub is nudged north of its point so it does not hide a member. */
export const HUB_NUDGE = 12;

/** The width of the map at a latitude: the distance from its west edge to its east edge. */
function rowWidth(lat: number): number {
  return geoPosition(lat, 180).x - geoPosition(lat, -180).x;
}

/** Distance on the map, the shorter way: directly or across the date line. */
export function mapDistance(a: LatLon, b: LatLon): number {
  return distanceBetween(a, b, geoPosition(a.lat, a.lon), geoPosition(b.lat, b.lon));
}

/** mapDistance of two places whose map points `p` and `q` are known. */
function distanceBetween(a: LatLon, b: LatLon, p: Point, q: Point): number {
  const dx = Math.abs(p.x - q.x);
  const wrap = rowWidth((a.lat + b.lat) / 2) - dx;
  return Math.hypot(Math.min(dx, Math.max(0, wrap)), p.y - q.y);
}

/** Members in clusters (indices into `members`), largest cluster first. */
export function memberClusters(members: readonly LatLon[], gap = SCATTER_GAP): number[][] {
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Each member projected once, not once per pair (an alliance of 30 has 435 pairs).
  const points = members.map((m) => geoPosition(m.lat, m.lon));
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++)
      if (distanceBetween(members[i]!, members[j]!, points[i]!, points[j]!) <= gap)
        parent[find(i)] = find(j);
  const clusters = new Map<number, number[]>();
  members.forEach((_, i) => {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  });
  return [...clusters.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

export function isScattered(members: readonly LatLon[]): boolean {
  return memberClusters(members).length > 1;
}

/** Where a group's hub goes on the map: the centre of its largest cluster, nudged north. */
export function groupHubPosition(members: readonly LatLon[]): Point | null {
  const largest = memberClusters(members)[0];
  if (!largest || largest.length === 0) return null;
  const points = largest.map((i) => geoPosition(members[i]!.lat, members[i]!.lon));
  const x = points.reduce((s, p) => s + p.x, 0) / points.length;
  const y = points.reduce((s, p) => s + p.y, 0) / points.length;
  return { x, y: y + HUB_NUDGE };
}

/**
 * A spoke from a hub (map point) to a member, as one polyline, or two when the shorter way
 * crosses the map's edge (then each piece runs to that edge).
 */
export function spokePaths(hub: Point, member: LatLon): Point[][] {
  const q = geoPosition(member.lat, member.lon);
  const width = rowWidth(member.lat);
  const dx = q.x - hub.x;
  if (Math.abs(dx) <= width / 2) return [[hub, q]];
  // The member seen across the edge: shift it by one map width towards the hub.
  const shifted = { x: q.x - Math.sign(dx) * width, y: q.y };
  const edge = (Math.sign(-dx) * width) / 2;
  const t = (edge - hub.x) / (shifted.x - hub.x);
  const y = hub.y + t * (shifted.y - hub.y);
  return [
    [hub, { x: edge, y }],
    [{ x: -edge, y }, q],
  ];
}
