/** Camera moves that glide, or jump when motion is reduced. */
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';
import { motionMs } from '../../state/motion';

export function moveCamera(camera: Camera, state: Partial<CameraState>, duration: number) {
  const ms = motionMs(duration);
  // Not animate(…, 0): sigma divides by the duration, and 0/0 gives a NaN camera for a frame.
  if (ms === 0) camera.setState(state);
  else void camera.animate(state, { duration: ms });
}
