/**
 * What is laid over a network canvas: the notes on flows left out, the layout status, the
 * difference legend, the panes' titles. Labels keep out from under them (LabelsController) and
 * the camera fit frames the graph beside them (FitController).
 */
import type { Box } from '../../model/labelPlacement';

const OVERLAYS = '.flow-note, .layout-status, .diff-legend, .pane-title';

/** The overlays over the canvas `container`, in its pixels (those beside it fall outside it). */
export function overlayBoxes(container: HTMLElement): Box[] {
  const parent = container.parentElement;
  if (!parent) return [];
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const el of parent.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = el.getBoundingClientRect();
    // Outside the canvas (the other pane's title): nothing to keep clear of here.
    if (r.width === 0 || r.right <= origin.left || r.left >= origin.right) continue;
    if (r.bottom <= origin.top || r.top >= origin.bottom) continue;
    boxes.push({
      x: r.left - origin.left,
      y: r.top - origin.top,
      width: r.width,
      height: r.height,
    });
  }
  return boxes;
}
