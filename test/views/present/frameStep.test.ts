import { describe, expect, it } from 'vitest';
import { cameraToFrame } from '../../../src/views/present/frameStep';

// A phone: 390x844, the graph's unit square 390 px wide at ratio 1 (sigma's y grows upwards).
const phone = {
  scale: { x: 390, y: -390 },
  viewport: { width: 390, height: 844 },
  area: { left: 0, top: 0, width: 390, height: 844 },
  padding: 20,
  maxRatio: 1,
  minRatio: 0.1,
};
/** Where a framed-graph point lands on screen under a camera. */
const onScreen = (p: { x: number; y: number }, c: { x: number; y: number; ratio: number }) => ({
  x: 195 + ((p.x - c.x) * 390) / c.ratio,
  y: 422 + ((p.y - c.y) * -390) / c.ratio,
});

describe('cameraToFrame', () => {
  it('zooms onto a small graph until it fills the width, centred', () => {
    const box = { x0: 0.4, x1: 0.6, y0: 0.45, y1: 0.55 };
    const camera = cameraToFrame(box, phone);
    expect(camera.ratio).toBeCloseTo((0.2 * 390) / 350);
    const a = onScreen({ x: 0.4, y: 0.55 }, camera);
    const b = onScreen({ x: 0.6, y: 0.45 }, camera);
    expect(a.x).toBeCloseTo(20);
    expect(b.x).toBeCloseTo(370);
    expect((a.y + b.y) / 2).toBeCloseTo(422);
  });

  it('centres the graph in the part the step card leaves free', () => {
    const box = { x0: 0.4, x1: 0.6, y0: 0.45, y1: 0.55 };
    const camera = cameraToFrame(box, {
      ...phone,
      area: { left: 0, top: 0, width: 390, height: 600 },
    });
    const a = onScreen({ x: 0.5, y: 0.5 }, camera);
    expect(a.x).toBeCloseTo(195);
    expect(a.y).toBeCloseTo(300);
  });

  it('never zooms out past the whole world, nor in closer than the limit', () => {
    expect(cameraToFrame({ x0: -1, x1: 2, y0: -1, y1: 2 }, phone).ratio).toBe(1);
    expect(cameraToFrame({ x0: 0.5, x1: 0.5, y0: 0.5, y1: 0.5 }, phone).ratio).toBe(0.1);
  });
});
