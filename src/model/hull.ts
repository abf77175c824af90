import type { ActiveAgreement } from './aggregate';
import { AGREEMENT_TYPE_COLORS } from './appearance';
import type { ModelData } from './dataset';
import { groupHubPosition, isScattered, spokePaths, type LatLon } from './geoGroups';

/** Convex hull (Andrew's monotone chain) of 2D points, counter-clockwise, without repeats. */
export type Point = { x: number; y: number };

export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * A multilateral agreement drawn around its members, in screen pixels: a hull, or on the map, for
 * members far apart (see geoGroups.ts), spokes from a hub point to each member.
 */
export interface AgreementHull {
  /** The agreement's id. */
  key: string;
  kind: 'hull' | 'spokes';
  /** The hull's outline (empty for spokes). */
  points: Point[];
  /** Spokes as polylines (empty for a hull); a spoke across the map's edge has two pieces. */
  spokes: Point[][];
  color: string;
  label: string;
  /** Where its name goes: just above the hull's top, or beside the hub point. */
  labelAt: Point;
}

export interface HullOptions {
  /** Pixels around each member. */
  pad?: number;
  /**
   * On the map: members' places and the map -> screen transform, so scattered groups become
   * spokes from their hub (the same point as the hub node's).
   */
  geo?: {
    place: (countryIndex: number) => LatLon;
    toScreen: (p: Point) => Point;
  };
}

/**
 * The shapes of the agreements in force (hull mode): each drawn member is padded into a small
 * diamond, so hulls of one or two drawn members still show. `position` gives a country's point
 * on screen, or null when it is not drawn. Export-control regimes get none.
 */
export function agreementHulls(
  data: ModelData,
  groups: readonly ActiveAgreement[],
  position: (countryId: string) => Point | null,
  options: HullOptions = {},
): AgreementHull[] {
  const pad = options.pad ?? 10;
  const hulls: AgreementHull[] = [];
  for (const group of groups) {
    const agreement = data.agreements[group.agreement]!;
    if (agreement.type === 'export-control') continue;
    const drawn = group.members.filter((m) => position(data.countries[m]!.id) !== null);
    const label = agreement.record.shortName ?? agreement.record.name;
    const color = AGREEMENT_TYPE_COLORS[agreement.type];
    const geo = options.geo;
    if (geo && drawn.length >= 2) {
      const places = drawn.map((m) => geo.place(m));
      const hub = isScattered(places) ? groupHubPosition(places) : null;
      if (hub) {
        const spokes = places.flatMap((p) =>
          spokePaths(hub, p).map((path) => path.map(geo.toScreen)),
        );
        const at = geo.toScreen(hub);
        hulls.push({
          key: agreement.record.id,
          kind: 'spokes',
          points: [],
          spokes,
          color,
          label,
          labelAt: { x: at.x + 4, y: at.y - 4 },
        });
        continue;
      }
    }
    const points: Point[] = [];
    for (const m of drawn) {
      const p = position(data.countries[m]!.id)!;
      points.push(
        { x: p.x - pad, y: p.y },
        { x: p.x + pad, y: p.y },
        { x: p.x, y: p.y - pad },
        { x: p.x, y: p.y + pad },
      );
    }
    const hull = convexHull(points);
    if (hull.length < 3) continue;
    const top = hull.reduce((best, p) => (p.y < best.y ? p : best), hull[0]!);
    hulls.push({
      key: agreement.record.id,
      kind: 'hull',
      points: hull,
      spokes: [],
      color,
      label,
      labelAt: { x: top.x + 4, y: top.y - 4 },
    });
  }
  return hulls;
}
