/**
 * Comparison: a ring around each state whose largest supplier changed between the two periods
 * (nodes flagged `realigned` by the difference network). Drawn on a canvas of its own just above
 * sigma's nodes, after each frame, so it follows the camera and the layout.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { useCanvasTheme } from './theme';

const LAYER = 'realigned-rings';
/** Gap between a node's disc and its ring, and the ring's width, in CSS pixels. */
const GAP = 2.5;
const WIDTH = 2;

export function RealignedRings({ sigma }: { sigma: EntenteSigma }) {
  const theme = useCanvasTheme();
  useEffect(() => {
    const canvas = sigma.createCanvas(LAYER, { afterLayer: 'nodes' });
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.pointerEvents = 'none';
    const draw = () => {
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
      if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
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
    };
    sigma.on('afterRender', draw);
    sigma.refresh({ skipIndexation: true });
    return () => {
      sigma.off('afterRender', draw);
      sigma.killLayer(LAYER);
    };
  }, [sigma, theme]);
  return null;
}
