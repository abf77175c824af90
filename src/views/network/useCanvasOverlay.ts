/**
 * A 2D canvas among sigma's WebGL layers, redrawn after each sigma frame so that it moves with the
 * camera and follows the view's size. This hook owns the canvas (creates and places it, sizes it
 * for devicePixelRatio, clears it, removes it); what is drawn on it is the caller's.
 */
import { useEffect, useRef } from 'react';
import type { EntenteSigma } from './sigmaTypes';

/** Where the canvas goes: under everything, between the edges and the nodes, or just above the nodes. */
export type OverlayPlace = 'bottom' | 'under-nodes' | 'over-nodes';

export interface OverlayFrame {
  ctx: CanvasRenderingContext2D;
  canvas: HTMLCanvasElement;
  /** The view's size in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel; the context is already scaled by it. */
  ratio: number;
}

interface CanvasBox {
  width: number;
  height: number;
  style: { width: string; height: string };
}

/**
 * Give a canvas `ratio` device pixels per CSS pixel over a `width` x `height` view. Only when they
 * differ: setting a canvas's size clears it and costs a new buffer. True if it changed.
 */
export function fitCanvas(
  canvas: CanvasBox,
  width: number,
  height: number,
  ratio: number,
): boolean {
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width === w && canvas.height === h) return false;
  canvas.width = w;
  canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return true;
}

function place(container: HTMLElement, canvas: HTMLCanvasElement, where: OverlayPlace) {
  const nodes = container.querySelector('.sigma-nodes');
  if (where === 'bottom' || !nodes) container.insertBefore(canvas, container.firstChild);
  else if (where === 'under-nodes') container.insertBefore(canvas, nodes);
  else nodes.after(canvas);
}

/**
 * Keep a canvas of class `className` at `where` in sigma's container and call `draw` on it after
 * every sigma frame, and at once whenever `draw` or `redrawWith` (say, the drawn graph) changes:
 * only this canvas is redrawn then, without a sigma frame (costly on software WebGL). Pass `draw`
 * through useCallback, with what it draws from as its dependencies.
 */
export function useCanvasOverlay(
  sigma: EntenteSigma,
  className: string,
  where: OverlayPlace,
  draw: (frame: OverlayFrame) => void,
  redrawWith?: unknown,
): void {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    const canvas = document.createElement('canvas');
    canvas.className = className;
    canvas.setAttribute('aria-hidden', 'true');
    Object.assign(canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none' });
    place(sigma.getContainer(), canvas, where);
    canvasRef.current = canvas;
    return () => {
      canvas.remove();
      canvasRef.current = null;
    };
  }, [sigma, className, where]);

  useEffect(() => {
    const frame = () => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      fitCanvas(canvas, width, height, ratio);
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      draw({ ctx, canvas, width, height, ratio });
    };
    sigma.on('afterRender', frame);
    frame();
    return () => {
      sigma.off('afterRender', frame);
    };
  }, [sigma, draw, redrawWith]);
}
