/**
 * The frame both layouts share, and the force layout fitted into it. The map's positions are
 * model/mapPositions.ts; both are computed once per dataset, so filters and play only show and
 * hide nodes: nothing jumps.
 */
import type { Positions } from '../../model/mapPositions';

export type { Positions };

/**
 * The one frame of every layout, so switching layouts never rescales the picture: a box that holds
 * the Equal Earth world at our scale (about 980 x 480 units) with room above and below, shaped
 * like a laptop's network pane. The force layout is fitted into the same box (see below).
 */
export const WORLD_BOX = { x: [-520, 520] as [number, number], y: [-300, 300] as [number, number] };

/** How much wider than tall a force layout may be stretched to fill the box. */
const MAX_STRETCH = 1.5;

/**
 * Fit a force layout into WORLD_BOX, so both layouts share one camera frame. The frame is
 * set by the 2nd to 98th percentiles, so one far-flung pair of states does not shrink the rest;
 * the few outside are pulled in to the edge.
 */
export function fitToWorldBox(positions: Positions): Positions {
  const xs = [...positions.values()].map((p) => p.x).sort((a, b) => a - b);
  const ys = [...positions.values()].map((p) => p.y).sort((a, b) => a - b);
  const quantile = (sorted: number[], q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const [minX, maxX] = [quantile(xs, 0.02), quantile(xs, 0.98)];
  const [minY, maxY] = [quantile(ys, 0.02), quantile(ys, 0.98)];
  const margin = 0.9;
  // A force layout is roughly round: scale it to the box's height, and stretch it horizontally
  // (at most MAX_STRETCH) so it uses the width of the view instead of leaving it empty.
  const scaleY = (margin * (WORLD_BOX.y[1] - WORLD_BOX.y[0])) / (maxY - minY || 1);
  const scaleX = Math.min(
    (margin * (WORLD_BOX.x[1] - WORLD_BOX.x[0])) / (maxX - minX || 1),
    MAX_STRETCH * scaleY,
  );
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));
  const fitted: Positions = new Map();
  for (const [key, p] of positions) {
    fitted.set(key, {
      x: clamp((p.x - cx) * scaleX, WORLD_BOX.x),
      y: clamp((p.y - cy) * scaleY, WORLD_BOX.y),
    });
  }
  return fitted;
}
