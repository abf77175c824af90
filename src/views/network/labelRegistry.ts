/**
 * The labels the network drew last, with their boxes in viewport pixels: the vector export draws
 * the same ones, and browser tests read them to check that none overlaps another.
 */
import type { Box, Segment } from '../../model/labelPlacement';
import type { EntenteSigma } from './sigmaTypes';

export interface DrawnLabel {
  key: string;
  text: string;
  /** The text box (top-left corner and size). */
  box: Box;
  font: string;
  fontSize: number;
  /** 0 next to its node; more when moved out (drawn with a leader line). */
  ring: number;
  /** The leader line drawn from the node to a label moved out (ring > 0). */
  leader?: Segment;
  /** A hull's name is written in its colour (light palette); node labels in the text colour. */
  color?: string;
}

/** Key prefix of a hull's name among the placed labels. */
export const HULL_LABEL = 'hull:';

const placed = new WeakMap<EntenteSigma, DrawnLabel[]>();

export function setPlacedLabels(sigma: EntenteSigma, labels: DrawnLabel[]): void {
  placed.set(sigma, labels);
}

export function getPlacedLabels(sigma: EntenteSigma): DrawnLabel[] {
  return placed.get(sigma) ?? [];
}
