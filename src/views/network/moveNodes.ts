/**
 * Moving the drawn nodes: at once (streamed layout positions) or animated (a layout switch). Both
 * change every node's x and y in one `updateEachNodeAttributes` call per frame, which sigma turns
 * into one update of its node data; both follow the graph sigma draws at that moment, so a filter
 * change mid-animation (a new graph) never breaks them.
 */
import type { EntenteSigma } from './sigmaTypes';
import type { Positions } from './positions';

/** How long a layout switch animates, in ms (callers pass it through motionMs: 0 jumps). */
export const LAYOUT_SWITCH_MS = 800;
/** How long the nodes glide to a layout that arrives after the first picture. */
export const LAYOUT_ARRIVAL_MS = 600;

let cancelAnimation: (() => void) | null = null;

/** Put the drawn nodes at `positions` now (nodes without a position stay). */
export function setPositions(sigma: EntenteSigma, positions: Positions): void {
  cancelAnimation?.();
  sigma.getGraph().updateEachNodeAttributes(
    (key, attrs) => {
      const p = positions.get(key);
      if (p) {
        attrs.x = p.x;
        attrs.y = p.y;
      }
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Animate the drawn nodes to `positions` over `duration` ms (0: at once). Nodes that appear
 * mid-animation take their target at once; nodes that a filter removes are simply not there.
 */
export function moveTo(sigma: EntenteSigma, positions: Positions, duration: number): void {
  cancelAnimation?.();
  if (duration <= 0) {
    setPositions(sigma, positions);
    return;
  }
  const starts = new Map<string, { x: number; y: number }>();
  let moves = false;
  sigma.getGraph().forEachNode((key, attrs) => {
    const target = positions.get(key);
    if (!target) return;
    starts.set(key, { x: attrs.x, y: attrs.y });
    if (target.x !== attrs.x || target.y !== attrs.y) moves = true;
  });
  // Already there: no animation, so no frames drawn for nothing.
  if (!moves) return;
  const began = performance.now();
  let frame = 0;
  const step = () => {
    const t = Math.min(1, (performance.now() - began) / duration);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2; // cubic in-out
    sigma.getGraph().updateEachNodeAttributes(
      (key, attrs) => {
        const target = positions.get(key);
        if (!target) return attrs;
        const from = starts.get(key) ?? target;
        attrs.x = from.x + (target.x - from.x) * eased;
        attrs.y = from.y + (target.y - from.y) * eased;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
    if (t < 1) frame = requestAnimationFrame(step);
    else cancelAnimation = null;
  };
  frame = requestAnimationFrame(step);
  cancelAnimation = () => {
    cancelAnimationFrame(frame);
    cancelAnimation = null;
  };
}
