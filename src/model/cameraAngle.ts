/**
 * Which way the network's camera is turned. Both layouts share one wide frame (WORLD_BOX: the
 * world map's shape), so on a tall canvas, a phone held upright, an unturned force layout is a
 * band across the middle with most of the height empty. A force layout has no meaningful
 * orientation: there the camera turns a quarter, so the layout's long axis runs down the screen.
 * The map keeps north up. Only the camera turns: node positions, hence `cam=` links, mean the same
 * place and zoom on every device.
 */
import type { LayoutName } from './viewState';

/** A canvas at least this much taller than wide is upright (portrait). */
export const PORTRAIT_RATIO = 1.2;

/**
 * A quarter turn (sigma's camera angle, in radians): the frame's west edge goes to the top of the
 * screen, its east edge to the bottom, so the picture reads from top to bottom as a wide one reads
 * from left to right.
 */
export const QUARTER_TURN = Math.PI / 2;

/** The camera angle for a canvas of this size (pixels) drawing this layout. */
export function cameraAngle(canvas: { width: number; height: number }, layout: LayoutName): number {
  if (layout !== 'force') return 0;
  if (!(canvas.width > 0) || !(canvas.height > 0)) return 0;
  return canvas.height > PORTRAIT_RATIO * canvas.width ? QUARTER_TURN : 0;
}
