import { describe, expect, it } from 'vitest';
import { extentOf, fitBeside, fitCamera, sameCamera, toScreen } from '../../src/model/cameraFit';

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

describe('fitBeside: framing the points beside cards laid over the view', () => {
  // A wide, flat picture: a grid of points across the middle of the frame.
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= 20; i++)
    for (let j = 0; j <= 4; j++) points.push({ x: 0.1 + i * 0.04, y: 0.4 + j * 0.05 });
  const under = (
    camera: { x: number; y: number; ratio: number },
    o: { x: number; y: number; width: number; height: number },
  ) =>
    points.filter((p) => {
      const s = toScreen(p, camera, view);
      return s.x > o.x && s.x < o.x + o.width && s.y > o.y && s.y < o.y + o.height;
    }).length;

  it('is the plain fit when no card is over the points', () => {
    const plain = fitCamera(extentOf(points)!, view, { padding: 20 });
    expect(fitBeside(points, view, { padding: 20, obstacles: [] })).toEqual(plain);
    // A card in the empty band at the top: nothing moves.
    const top = { x: 10, y: 10, width: 300, height: 60 };
    expect(under(plain, top)).toBe(0);
    expect(fitBeside(points, view, { padding: 20, obstacles: [top], margin: 0 })).toEqual(plain);
  });

  it('moves and widens the picture until no point is under a legend card, and no further', () => {
    const legend = { x: 10, y: 10, width: 320, height: 220 };
    const plain = fitCamera(extentOf(points)!, view, { padding: 20 });
    expect(under(plain, legend)).toBeGreaterThan(0);
    const camera = fitBeside(points, view, { padding: 20, obstacles: [legend], margin: 8 })!;
    expect(under(camera, { x: 2, y: 2, width: 336, height: 236 })).toBe(0);
    // Every point still in the view, less the padding.
    for (const p of points) {
      const s = toScreen(p, camera, view);
      expect(s.x).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(s.x).toBeLessThanOrEqual(980 + 1e-6);
      expect(s.y).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(s.y).toBeLessThanOrEqual(480 + 1e-6);
    }
    // Wider than the plain fit, but not by much: the flat picture slides below the card.
    expect(camera.ratio).toBeGreaterThan(plain.ratio);
    expect(camera.ratio).toBeLessThan(plain.ratio * 1.5);
  });

  it('clears a note in the bottom right corner', () => {
    const low = points.map((p) => ({ x: p.x, y: p.y - 0.25 }));
    const note = { x: 560, y: 420, width: 430, height: 70 };
    const camera = fitBeside(low, view, { padding: 20, obstacles: [note], margin: 8 })!;
    for (const p of low) {
      const s = toScreen(p, camera, view);
      expect(s.x > note.x - 8 && s.y > note.y - 8).toBe(false);
    }
  });

  it('hides as few points as it can when a card covers nearly everything', () => {
    const card = { x: 0, y: 0, width: 1000, height: 480 };
    const camera = fitBeside(points, view, { padding: 20, obstacles: [card], maxWiden: 1.2 })!;
    expect(camera).not.toBeNull();
    expect(Number.isFinite(camera.ratio)).toBe(true);
    expect(fitBeside([], view)).toBeNull();
  });
});
