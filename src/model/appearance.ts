/**
 * Appearance: pure functions from measures to sizes and widths. Colours live in `theme.ts`; the
 * names below are the light palette's, kept for the code that reads them directly.
 */
import { LIGHT } from './theme';

export { blocColor, dimColor } from './theme';

export const REGION_COLORS = LIGHT.regions;
export const AGREEMENT_TYPE_COLORS = LIGHT.agreementTypes;
export const TRANSFER_COLOR = LIGHT.transfer;
export const BLOC_COLORS = LIGHT.blocs;
export const OTHER_BLOC_COLOR = LIGHT.other;

export const NODE_SIZE = { min: 3, max: 18 };
export const EDGE_WIDTH = { min: 0.6, max: 8 };

/**
 * Node size on a square-root scale, so area grows with the measure; 0 gets the minimum.
 * `max` is the largest value drawn, so the biggest node always has the maximum size.
 */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return NODE_SIZE.min;
  const t = Math.sqrt(Math.min(value, max) / max);
  return NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min);
}

/** Edge width on a square-root scale: a 100-to-1 weight ratio stays readable (10 to 1 in width). */
export function edgeWidth(weight: number, max: number): number {
  if (!(max > 0) || !(weight > 0)) return EDGE_WIDTH.min;
  const t = Math.sqrt(Math.min(weight, max) / max);
  return EDGE_WIDTH.min + t * (EDGE_WIDTH.max - EDGE_WIDTH.min);
}
