/**
 * Turns the camera the way the canvas and the layout ask (model/cameraAngle.ts): when the view
 * opens, when the canvas changes shape (a phone turned) and when the layout changes. Only the
 * angle changes, about the camera's centre: the place and zoom a `cam=` link names stay the same.
 * The fits (FitController, a presentation step) frame for the same angle. A camera a user has
 * turned with two fingers stays turned until the canvas or the layout asks for another angle.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { moveCamera } from './moveCamera';
import { cameraAngleOf } from './orientation';
import type { EntenteSigma } from './sigmaTypes';

/** A layout switch turns the picture while the nodes glide to their new places. */
const TURN_MS = 500;

export function OrientationController({ sigma }: { sigma: EntenteSigma }) {
  const layout = useAppStore((s) => s.view.display.layout);
  /** The angle last asked for (a two-finger turn is left alone until the ask changes). */
  const asked = useRef<number | null>(null);

  useEffect(() => {
    const apply = (duration: number) => {
      const angle = cameraAngleOf(sigma, layout);
      if (angle === asked.current) return;
      asked.current = angle;
      const camera = sigma.getCamera();
      if (Math.abs(camera.getState().angle - angle) > 1e-6) moveCamera(camera, { angle }, duration);
    };
    // A layout switch glides (the first run, on opening, jumps: nothing is drawn yet).
    apply(asked.current === null ? 0 : TURN_MS);
    const onResize = () => apply(0);
    sigma.on('resize', onResize);
    return () => {
      sigma.off('resize', onResize);
    };
  }, [sigma, layout]);

  return null;
}
