/**
 * Comparison: a ring around each state whose largest supplier changed between the two periods
 * (nodes flagged `realigned` by the difference network). Drawn on a canvas of its own just above
 * sigma's nodes, after each frame, so it follows the camera and the layout.
 */
import { useCallback } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { useCanvasTheme } from './theme';
import { useCanvasOverlay, type OverlayFrame } from './useCanvasOverlay';

/** Gap between a node's disc and its ring, and the ring's width, in CSS pixels. */
const GAP = 2.5;
const WIDTH = 2;

export function RealignedRings({ sigma }: { sigma: EntenteSigma }) {
  const theme = useCanvasTheme();
  const draw = useCallback(
    ({ ctx }: OverlayFrame) => {
      const graph = sigma.getGraph();
      ctx.strokeStyle = theme.palette.realigned;
      ctx.lineWidth = WIDTH;
      graph.forEachNode((key, attrs) => {
        if (!attrs.realigned) return;
        const display = sigma.getNodeDisplayData(key);
        if (!display || display.hidden) return;
        const { x, y } = sigma.framedGraphToViewport(display);
        const r = sigma.scaleSize(display.size) + GAP + WIDTH / 2;
        ctx.beginPath();
        ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.stroke();
      });
    },
    [sigma, theme],
  );
  useCanvasOverlay(sigma, 'realigned-rings-layer', 'over-nodes', draw);
  return null;
}
