/**
 * The camera's turn (model/cameraAngle.ts) for a network canvas, and the camera space the fits
 * work in. The fits (FitController, a presentation step) frame points in an upright screen: they
 * see each point where a home camera turned by the angle draws it, read back through the upright
 * home camera; frame there (the cards over the canvas are screen rectangles, so they stay where
 * they are); and turn the framed centre back the same way. Turning about the home centre commutes
 * with the zoom and pan, so the turned camera shows what the upright one would, turned.
 */
import type { CameraState } from 'sigma/types';
import { cameraAngle } from '../../model/cameraAngle';
import type { FitView } from '../../model/cameraFit';
import type { LayoutName } from '../../model/viewState';
import { useAppStore } from '../../state/store';
import type { EntenteSigma } from './sigmaTypes';

type Point = { x: number; y: number };

/** sigma's two projections between camera space ("framed graph") and viewport pixels. */
export interface Projection {
  framedGraphToViewport(p: Point, override: { cameraState: CameraState }): Point;
  viewportToFramedGraph(p: Point, override: { cameraState: CameraState }): Point;
}

/** The home view (the whole frame), unturned. */
export const UPRIGHT_HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The angle the camera of this canvas takes for `layout` (the view's layout by default). */
export function cameraAngleOf(
  sigma: EntenteSigma,
  layout: LayoutName = useAppStore.getState().view.display.layout,
): number {
  return cameraAngle(sigma.getDimensions(), layout);
}

export interface UprightSpace {
  /** The home view turned by the angle: project points through it, then read them `upright`. */
  turnedHome: CameraState;
  /** Where a pixel of the turned home view lies in upright camera space. */
  upright(pixel: Point): Point;
  /** The turned camera that shows, turned, what the upright camera `camera` shows. */
  turn(camera: { x: number; y: number; ratio: number }): CameraState;
  /**
   * The pixels one unit of upright camera space spans in the home view, across and down (sigma
   * fits the frame to the canvas's shorter side; y is negative, as screen y grows downwards).
   */
  scale: Point;
  /** A canvas of this size, for the fits (model/cameraFit.ts): how much camera space it spans. */
  fitView(width: number, height: number): FitView;
}

export function uprightSpace(projection: Projection, angle: number): UprightSpace {
  const turnedHome = { ...UPRIGHT_HOME, angle };
  const upright = { cameraState: UPRIGHT_HOME };
  const origin = projection.framedGraphToViewport({ x: 0, y: 0 }, upright);
  const unit = projection.framedGraphToViewport({ x: 1, y: 1 }, upright);
  const scale = { x: unit.x - origin.x, y: unit.y - origin.y };
  return {
    scale,
    fitView: (width, height) => ({
      width,
      height,
      spanX: width / Math.abs(scale.x),
      spanY: height / Math.abs(scale.y),
    }),
    turnedHome,
    upright: (pixel) => projection.viewportToFramedGraph(pixel, { cameraState: UPRIGHT_HOME }),
    turn: (camera) => {
      const pixel = projection.framedGraphToViewport(camera, { cameraState: UPRIGHT_HOME });
      const centre = projection.viewportToFramedGraph(pixel, { cameraState: turnedHome });
      return { x: centre.x, y: centre.y, ratio: camera.ratio, angle };
    },
  };
}
