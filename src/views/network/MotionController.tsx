/**
 * Reduced motion for sigma's own animations (wheel zoom, double-click zoom, the glide after a
 * drag): with reduced motion they happen at once. Our own animations ask `motionMs` directly.
 */
import { useEffect } from 'react';
import { useReducedMotion } from '../../state/motion';
import type { EntenteSigma } from './sigmaTypes';

// sigma 3.0.3's defaults, restored when motion is allowed again.
const ANIMATED = { zoomDuration: 250, doubleClickZoomingDuration: 200, inertiaDuration: 200 };
// One millisecond, not zero: sigma divides by the duration (0/0 would give a NaN camera). The
// move then lands on the next frame, with nothing in between.
const STILL = { zoomDuration: 1, doubleClickZoomingDuration: 1, inertiaDuration: 1 };

export function MotionController({ sigma }: { sigma: EntenteSigma }) {
  const reduced = useReducedMotion();
  useEffect(() => {
    // No inertia either: a drag stops where the finger or the mouse stops.
    sigma.setSettings({ ...(reduced ? STILL : ANIMATED), inertiaRatio: reduced ? 0 : 3 });
  }, [sigma, reduced]);
  return null;
}
