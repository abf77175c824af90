/**
 * The camera that frames a set of points: centred on their bounding box, zoomed so the box fills
 * the view less a margin of pixels (for node discs and labels), within sane zoom limits so a
 * two-node picture is not blown up to fill the screen. Works in sigma's camera space ("framed
 * graph" coordinates, where the whole frame is the unit square and ratio 1 shows all of it; y grows
 * upwards, screen pixels grow downwards).
 *
 * Cards laid over the view (a legend, a note) are obstacles: `fitBeside` moves and, if it must,
 * widens the frame until no point lies under one.
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

/** A rectangle in view pixels (top-left corner and size). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BesideOptions extends FitOptions {
  /** Parts of the view covered by something laid over it. */
  obstacles?: readonly Rect[];
  /** Pixels kept free around each obstacle (for the node's disc and its label). */
  margin?: number;
  /** How much further out than the plain fit the camera may go to clear the obstacles. */
  maxWiden?: number;
}

/** Widening steps tried, as factors of the plain fit's ratio. */
const WIDEN_STEP = 1.08;
/** Positions of the centre tried across and down at each step (odd: the middle is one). */
const SHIFTS = 11;

/** Where a point lands on the screen for a camera. */
export function toScreen(
  p: { x: number; y: number },
  camera: CameraState,
  view: FitView,
): { x: number; y: number } {
  return {
    x: view.width / 2 + ((p.x - camera.x) / (view.spanX * camera.ratio)) * view.width,
    y: view.height / 2 - ((p.y - camera.y) / (view.spanY * camera.ratio)) * view.height,
  };
}

/**
 * The camera that frames `points` with none of them under an obstacle: the plain fit if it
 * already does; else the closest zoom (widening in small steps, up to `maxWiden` times) at which
 * some position of the centre keeps every point in the padded view and beside every obstacle,
 * the position nearest the plain fit's centre. Works on the points, not their bounding box, so a
 * round picture can tuck its empty corner under a card. If nothing clears them, the camera that
 * hides the fewest points.
 */
export function fitBeside(
  points: readonly { x: number; y: number }[],
  view: FitView,
  options: BesideOptions = {},
): CameraState | null {
  const extent = extentOf(points);
  if (!extent) return null;
  const plain = fitCamera(extent, view, options);
  const padding = options.padding ?? 40;
  const margin = options.margin ?? 16;
  const inView = (o: Rect) =>
    o.x < view.width - padding &&
    o.x + o.width > padding &&
    o.y < view.height - padding &&
    o.y + o.height > padding;
  const obstacles = (options.obstacles ?? []).filter(inView).map((o) => ({
    x0: o.x - margin,
    x1: o.x + o.width + margin,
    y0: o.y - margin,
    y1: o.y + o.height + margin,
  }));
  if (obstacles.length === 0) return plain;
  const hidden = (camera: CameraState) => {
    let count = 0;
    for (const p of points) {
      const s = toScreen(p, camera, view);
      if (obstacles.some((o) => s.x > o.x0 && s.x < o.x1 && s.y > o.y0 && s.y < o.y1)) count++;
    }
    return count;
  };
  let fewest = { camera: plain, hidden: hidden(plain) };
  if (fewest.hidden === 0) return plain;
  const maxWiden = options.maxWiden ?? 2;
  for (let widen = WIDEN_STEP; widen <= maxWiden * 1.0001; widen *= WIDEN_STEP) {
    const ratio = plain.ratio * widen;
    // The centres that keep every point inside the padded view, across and down.
    const halfX = ((view.width / 2 - padding) / view.width) * view.spanX * ratio;
    const halfY = ((view.height / 2 - padding) / view.height) * view.spanY * ratio;
    const xs = range(extent.x1 - halfX, extent.x0 + halfX, plain.x);
    const ys = range(extent.y1 - halfY, extent.y0 + halfY, plain.y);
    let best: { camera: CameraState; distance: number } | null = null;
    for (const x of xs)
      for (const y of ys) {
        const camera = { x, y, ratio };
        const n = hidden(camera);
        if (n < fewest.hidden) fewest = { camera, hidden: n };
        if (n > 0) continue;
        const distance = Math.hypot(x - plain.x, y - plain.y);
        if (!best || distance < best.distance) best = { camera, distance };
      }
    if (best) return best.camera;
  }
  return fewest.camera;
}

/** SHIFTS evenly spaced values from `lo` to `hi` (just `middle` if the range is empty). */
function range(lo: number, hi: number, middle: number): number[] {
  if (!(hi > lo)) return [middle];
  return Array.from({ length: SHIFTS }, (_, i) => lo + ((hi - lo) * i) / (SHIFTS - 1));
}

/** Whether two camera states show the same picture, to a tolerance. */
export function sameCamera(a: CameraState, b: CameraState, tolerance = 1e-4): boolean {
  return (
    Math.abs(a.x - b.x) < tolerance &&
    Math.abs(a.y - b.y) < tolerance &&
    Math.abs(a.ratio - b.ratio) < tolerance
  );
}
