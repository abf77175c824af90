/** Sizing an overlay canvas for the screen's pixel ratio (useCanvasOverlay's pure part). */
import { describe, expect, it } from 'vitest';
import { fitCanvas } from '../../../src/views/network/useCanvasOverlay';

const blank = () => ({ width: 300, height: 150, style: { width: '', height: '' } });

describe('fitCanvas', () => {
  it('gives the canvas device pixels and keeps its CSS size', () => {
    const canvas = blank();
    expect(fitCanvas(canvas, 800, 601, 1.5)).toBe(true);
    expect(canvas).toEqual({
      width: 1200,
      height: 902,
      style: { width: '800px', height: '601px' },
    });
  });

  it('leaves a canvas of the right size alone (resizing would clear it)', () => {
    const canvas = blank();
    fitCanvas(canvas, 640, 480, 2);
    canvas.style.width = 'kept';
    expect(fitCanvas(canvas, 640, 480, 2)).toBe(false);
    expect(canvas.style.width).toBe('kept');
  });

  it('follows a change of size or of pixel ratio (a window moved to another screen)', () => {
    const canvas = blank();
    fitCanvas(canvas, 640, 480, 1);
    expect(fitCanvas(canvas, 640, 480, 2)).toBe(true);
    expect([canvas.width, canvas.height]).toEqual([1280, 960]);
    expect(fitCanvas(canvas, 500, 480, 2)).toBe(true);
    expect(canvas.style.width).toBe('500px');
  });
});
