/**
 * The camera the network chose by itself (FitController's fit of the drawn graph), so the camera
 * sync (CameraController) can tell it from one the user chose: only the user's goes into the
 * view state and the URL (`cam=`); a view without `cam=` opens fitted to what it draws.
 */
import { sameCamera, type CameraState } from '../../model/cameraFit';
import type { EntenteSigma } from './sigmaTypes';

const fitted = new WeakMap<EntenteSigma, CameraState>();

export function setAutoCamera(sigma: EntenteSigma, camera: CameraState | null): void {
  if (camera) fitted.set(sigma, camera);
  else fitted.delete(sigma);
}

/** Whether `camera` is (to the URL's precision) where the network put itself. */
export function isAutoCamera(sigma: EntenteSigma, camera: CameraState): boolean {
  const auto = fitted.get(sigma);
  return auto !== undefined && sameCamera(auto, camera, 1e-3);
}
