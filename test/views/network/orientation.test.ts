/**
 * The fits frame in an upright screen and turn the camera afterwards (orientation.ts). Checked
 * against sigma's own camera matrices (sigma/utils), for any angle a two-finger turn can leave.
 */
import { describe, expect, it } from 'vitest';
import type { CameraState } from 'sigma/types';
import { matrixFromCamera, multiplyVec2 } from 'sigma/utils';
import { fitBeside } from '../../../src/model/cameraFit';
import {
  UPRIGHT_HOME,
  uprightSpace,
  type Projection,
} from '../../../src/views/network/orientation';

type Point = { x: number; y: number };

/** A sigma canvas's projections (sigma's matrices are Float32: equal to a hundredth of a pixel), as Sigma#framedGraphToViewport / #viewportToFramedGraph do. */
function sigmaProjection(width: number, height: number): Projection {
  const viewport = { width, height };
  // WORLD_BOX's shape, and the view's stage padding.
  const graph = { width: 1040, height: 600 };
  const padding = 24;
  return {
    framedGraphToViewport(p, { cameraState }) {
      const clip = multiplyVec2(matrixFromCamera(cameraState, viewport, graph, padding), p);
      return { x: ((1 + clip.x) * width) / 2, y: ((1 - clip.y) * height) / 2 };
    },
    viewportToFramedGraph(p, { cameraState }) {
      const inverse = matrixFromCamera(cameraState, viewport, graph, padding, true);
      return multiplyVec2(inverse, { x: (p.x / width) * 2 - 1, y: 1 - (p.y / height) * 2 });
    },
  };
}

/** A wide band of points, as the force layout is in the frame (framed-graph coordinates). */
const band: Point[] = Array.from({ length: 60 }, (_, i) => ({
  x: 0.05 + (0.9 * ((i * 37) % 60)) / 60,
  y: 0.3 + (0.4 * ((i * 11) % 60)) / 60,
}));

const ANGLES = [0, 0.6, Math.PI / 2, -Math.PI / 2, 2.4, Math.PI];
const SIZES = [
  { width: 390, height: 718 },
  { width: 1280, height: 600 },
];

describe('uprightSpace', () => {
  for (const { width, height } of SIZES)
    for (const angle of ANGLES)
      it(`turns a fit so it shows, turned, what the upright fit shows (${width}x${height}, ${angle.toFixed(2)} rad)`, () => {
        const projection = sigmaProjection(width, height);
        const space = uprightSpace(projection, angle);
        const at = (p: Point, camera: CameraState) =>
          projection.framedGraphToViewport(p, { cameraState: camera });
        const upright = band.map((p) => space.upright(at(p, space.turnedHome)));
        const padding = 40;
        const fitted = fitBeside(upright, space.fitView(width, height), {
          padding,
          maxRatio: 4,
          minRatio: 0.01,
        })!;
        const turned = space.turn(fitted);
        expect(turned.angle).toBe(angle);
        expect(turned.ratio).toBe(fitted.ratio);
        const xs: number[] = [];
        const ys: number[] = [];
        band.forEach((p, i) => {
          // The turned camera draws each point where the upright camera draws its upright twin…
          const drawn = at(p, turned);
          const twin = at(upright[i]!, { ...fitted, angle: 0 });
          expect(drawn.x).toBeCloseTo(twin.x, 2);
          expect(drawn.y).toBeCloseTo(twin.y, 2);
          xs.push(drawn.x);
          ys.push(drawn.y);
        });
        // …so every point is inside the padded view, and the picture fills it across or down.
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(padding - 0.01);
        expect(Math.max(...xs)).toBeLessThanOrEqual(width - padding + 0.01);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(padding - 0.01);
        expect(Math.max(...ys)).toBeLessThanOrEqual(height - padding + 0.01);
        const fills = Math.max(
          (Math.max(...xs) - Math.min(...xs)) / (width - 2 * padding),
          (Math.max(...ys) - Math.min(...ys)) / (height - 2 * padding),
        );
        expect(fills).toBeCloseTo(1, 3);
      });

  it('at a quarter turn on a phone, runs the wide band down the screen and fills the height', () => {
    const [width, height] = [390, 718];
    const projection = sigmaProjection(width, height);
    const space = uprightSpace(projection, Math.PI / 2);
    const origin = projection.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: UPRIGHT_HOME });
    const unit = projection.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: UPRIGHT_HOME });
    const upright = band.map((p) =>
      space.upright(projection.framedGraphToViewport(p, { cameraState: space.turnedHome })),
    );
    // The space's scale is sigma's: the pixels of one camera-space unit in the upright home view.
    expect(space.scale).toEqual({ x: unit.x - origin.x, y: unit.y - origin.y });
    const view = space.fitView(width, height);
    const turned = space.turn(fitBeside(upright, view, { padding: 40 })!);
    const drawn = band.map((p) => projection.framedGraphToViewport(p, { cameraState: turned }));
    const ys = drawn.map((p) => p.y);
    expect((Math.max(...ys) - Math.min(...ys)) / height).toBeGreaterThan(0.85);
    // The band's west end is at the top of the screen.
    const west = drawn[band.indexOf(band.reduce((a, b) => (b.x < a.x ? b : a)))]!;
    const east = drawn[band.indexOf(band.reduce((a, b) => (b.x > a.x ? b : a)))]!;
    expect(west.y).toBeLessThan(east.y);
  });
});
