/** Camera moves that glide, or jump when motion is reduced. */
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';
import { motionMs } from '../../state/motion';

export function moveCamera(camera: Camera, state: Partial<CameraState>, duration: number) {
  const ms = motionMs(duration);
  if (ms === 0) {
    // A jump ends a glide under way, which would otherwise carry on and undo it (a resize during
    // a fit's glide). Not animate(…, 0): sigma divides by the duration, and 0/0 gives a NaN camera
    // for a frame; a 1 ms animation replaces the glide and ends at the same state next frame.
    if (camera.isAnimated()) void camera.animate(state, { duration: 1 });
    camera.setState(state);
  } else void camera.animate(state, { duration: ms });
}
