import { describe, expect, it } from 'vitest';
import { extentOf, fitCamera, sameCamera } from '../../src/model/cameraFit';

// A 1000 x 500 px view that shows 1.6 x 0.8 units of camera space at ratio 1.
const view = { width: 1000, height: 500, spanX: 1.6, spanY: 0.8 };

describe('fitCamera', () => {
  it('centres on the points and zooms so they fill the view less the padding', () => {
    const extent = extentOf([
      { x: 0.2, y: 0.4 },
      { x: 0.6, y: 0.5 },
    ])!;
    const camera = fitCamera(extent, view, { padding: 50 });
    expect(camera.x).toBeCloseTo(0.4);
    expect(camera.y).toBeCloseTo(0.45);
    // 0.4 across must fit in 90 % of 1.6 x ratio.
    expect(camera.ratio).toBeCloseTo(0.4 / (1.6 * 0.9));
    // Every point lands inside the padded view.
    for (const p of [
      { x: 0.2, y: 0.4 },
      { x: 0.6, y: 0.5 },
    ]) {
      const px = view.width / 2 + ((p.x - camera.x) / (view.spanX * camera.ratio)) * view.width;
      const py = view.height / 2 + ((p.y - camera.y) / (view.spanY * camera.ratio)) * view.height;
      expect(px).toBeGreaterThanOrEqual(50 - 1e-6);
      expect(px).toBeLessThanOrEqual(950 + 1e-6);
      expect(py).toBeGreaterThanOrEqual(50 - 1e-6);
      expect(py).toBeLessThanOrEqual(450 + 1e-6);
    }
  });

  it('lets the taller side decide when the points are tall and narrow', () => {
    const camera = fitCamera({ x0: 0.5, x1: 0.55, y0: 0.1, y1: 0.7 }, view, { padding: 0 });
    expect(camera.ratio).toBeCloseTo(0.6 / 0.8);
  });

  it('does not blow a single point or a tiny group up to fill the screen', () => {
    expect(fitCamera({ x0: 0.5, x1: 0.5, y0: 0.5, y1: 0.5 }, view).ratio).toBe(0.15);
    expect(fitCamera({ x0: 0, x1: 3, y0: 0, y1: 3 }, view).ratio).toBe(1.2);
  });

  it('finds the extent of finite points only', () => {
    expect(extentOf([])).toBeNull();
    expect(
      extentOf([
        { x: NaN, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toEqual({ x0: 1, x1: 1, y0: 2, y1: 2 });
    expect(sameCamera({ x: 0.5, y: 0.5, ratio: 1 }, { x: 0.50001, y: 0.5, ratio: 1 })).toBe(true);
  });
});
