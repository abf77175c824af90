import type { ActiveAgreement } from './aggregate';
import { AGREEMENT_TYPE_COLORS } from './appearance';
import type { ModelData } from './dataset';

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

/** A multilateral agreement drawn as a hull around its members, in screen pixels. */
export interface AgreementHull {
  /** The agreement's id. */
  key: string;
  points: Point[];
  color: string;
  label: string;
  /** Where its name goes: just above the hull's top. */
  labelAt: Point;
}

/**
 * The hulls of the agreements in force (hull mode): each drawn member is padded into a small
 * diamond, so hulls of one or two drawn members still show. `position` gives a country's point
 * on screen, or null when it is not drawn. Export-control regimes get no hull.
 */
export function agreementHulls(
  data: ModelData,
  groups: readonly ActiveAgreement[],
  position: (countryId: string) => Point | null,
  pad = 10,
): AgreementHull[] {
  const hulls: AgreementHull[] = [];
  for (const group of groups) {
    const agreement = data.agreements[group.agreement]!;
    if (agreement.type === 'export-control') continue;
    const points: Point[] = [];
    for (const m of group.members) {
      const p = position(data.countries[m]!.id);
      if (!p) continue;
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
      points: hull,
      color: AGREEMENT_TYPE_COLORS[agreement.type],
      label: agreement.record.shortName ?? agreement.record.name,
      labelAt: { x: top.x + 4, y: top.y - 4 },
    });
  }
  return hulls;
}
