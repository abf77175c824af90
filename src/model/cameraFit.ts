/**
 * The camera that frames a set of points: centred on their bounding box, zoomed so the box fills
 * the view less a margin of pixels (for node discs and labels), within sane zoom limits so a
 * two-node picture is not blown up to fill the screen. Works in sigma's camera space ("framed
 * graph" coordinates, where the whole frame is the unit square and ratio 1 shows all of it).
 */

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface Extent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface FitView {
  /** The view's size in pixels. */
  width: number;
  height: number;
  /** How much of camera space the view shows at ratio 1, across and down. */
  spanX: number;
  spanY: number;
}

export interface FitOptions {
  /** Pixels kept free on each side. */
  padding?: number;
  /** Never zoom in further than this (a smaller ratio is closer). */
  minRatio?: number;
  maxRatio?: number;
}

export function extentOf(points: Iterable<{ x: number; y: number }>): Extent | null {
  let e: Extent | null = null;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    if (!e) e = { x0: p.x, x1: p.x, y0: p.y, y1: p.y };
    else {
      e.x0 = Math.min(e.x0, p.x);
      e.x1 = Math.max(e.x1, p.x);
      e.y0 = Math.min(e.y0, p.y);
      e.y1 = Math.max(e.y1, p.y);
    }
  }
  return e;
}

export function fitCamera(extent: Extent, view: FitView, options: FitOptions = {}): CameraState {
  const padding = options.padding ?? 40;
  const minRatio = options.minRatio ?? 0.15;
  const maxRatio = options.maxRatio ?? 1.2;
  // The part of the view left for the points, as a fraction of it.
  const usableX = Math.max(0.2, (view.width - 2 * padding) / view.width);
  const usableY = Math.max(0.2, (view.height - 2 * padding) / view.height);
  const ratio = Math.max(
    (extent.x1 - extent.x0) / (view.spanX * usableX),
    (extent.y1 - extent.y0) / (view.spanY * usableY),
  );
  return {
    x: (extent.x0 + extent.x1) / 2,
    y: (extent.y0 + extent.y1) / 2,
    ratio: Math.min(maxRatio, Math.max(minRatio, Number.isFinite(ratio) ? ratio : 1)),
  };
}

/** Whether two camera states show the same picture, to a tolerance. */
export function sameCamera(a: CameraState, b: CameraState, tolerance = 1e-4): boolean {
  return (
    Math.abs(a.x - b.x) < tolerance &&
    Math.abs(a.y - b.y) < tolerance &&
    Math.abs(a.ratio - b.ratio) < tolerance
  );
}
