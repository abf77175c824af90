/**
 * The comparison pane drawn beside a view's sigma (side by side), if any: the camera fit frames
 * both pictures, and browser tests read the pane's labels through `window.entente.comparison`.
 */
import type { EntenteSigma } from './sigmaTypes';

const panes = new WeakMap<EntenteSigma, EntenteSigma>();

export function setComparisonPane(sigma: EntenteSigma, pane: EntenteSigma | null): void {
  if (pane) panes.set(sigma, pane);
  else panes.delete(sigma);
}

export function comparisonPaneOf(sigma: EntenteSigma): EntenteSigma | null {
  return panes.get(sigma) ?? null;
}
