/**
 * Keeps sigma's camera and the store's camera (hence the URL) in step both ways: a committed view
 * moves the camera at once, or in a flight when its commit says so (presentation steps); and flies
 * to a node when search asks for it (a camera command, not state).
 */
import { useEffect, useRef } from 'react';
import { isAutoCamera } from './autoCamera';
import { moveCamera } from './moveCamera';
import type { EntenteSigma } from './sigmaTypes';
import { cameraCommands, viewCommits } from '../../state/channels';
import type { Camera } from '../../model/viewState';
import { useAppStore } from '../../state/store';

const FLIGHT_MS = 600;

const close = (a: number, b: number) => Math.abs(a - b) < 1e-4;

export function CameraController({ sigma }: { sigma: EntenteSigma }) {
  const camera = useAppStore((s) => s.view.camera);
  const setCamera = useAppStore((s) => s.setCamera);
  const presenting = useAppStore((s) => s.extras.present !== null);
  // The camera the last "fly" commit asked for: when it reaches this component, fly to it.
  const flight = useRef<{ to: Camera | null } | null>(null);
  useEffect(
    () =>
      viewCommits.subscribe((commit) => {
        if (commit.camera === 'fly') flight.current = { to: useAppStore.getState().view.camera };
      }),
    [],
  );

  // sigma -> store, once the camera has settled (dragging replaces the history entry).
  useEffect(() => {
    const sigmaCamera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = sigmaCamera.getState();
        // The network's own fit of what it draws is not the user's camera: it stays out of the URL.
        const isHome =
          (close(x, 0.5) && close(y, 0.5) && close(ratio, 1)) ||
          isAutoCamera(sigma, { x, y, ratio });
        const round = (v: number) => Math.round(v * 10000) / 10000;
        const next = isHome ? null : { x: round(x), y: round(y), ratio: round(ratio) };
        const current = useAppStore.getState().view.camera;
        const same =
          (next === null && current === null) ||
          (next !== null &&
            current !== null &&
            close(next.x, current.x) &&
            close(next.y, current.y) &&
            close(next.ratio, current.ratio));
        if (!same) setCamera(next);
      }, 250);
    };
    sigmaCamera.on('updated', onUpdated);
    return () => {
      clearTimeout(timer);
      sigmaCamera.off('updated', onUpdated);
    };
  }, [sigma, setCamera]);

  // store -> sigma (a link opened, Back or Forward). No camera in the view: FitController frames
  // the drawn graph (a presentation step frames itself from the home view).
  useEffect(() => {
    if (camera === null && !presenting) return;
    const sigmaCamera = sigma.getCamera();
    const target = camera ?? { x: 0.5, y: 0.5, ratio: 1 };
    const state = sigmaCamera.getState();
    if (close(state.x, target.x) && close(state.y, target.y) && close(state.ratio, target.ratio))
      return;
    const fly = flight.current !== null && flight.current.to === camera;
    flight.current = null;
    if (fly) moveCamera(sigmaCamera, target, FLIGHT_MS);
    else sigmaCamera.setState({ ...state, ...target });
  }, [sigma, camera, presenting]);

  useEffect(
    () =>
      cameraCommands.subscribe((command) => {
        const display = sigma.getNodeDisplayData(command.key);
        if (!display) return;
        moveCamera(sigma.getCamera(), { x: display.x, y: display.y, ratio: 0.35 }, FLIGHT_MS);
      }),
    [sigma],
  );

  return null;
}
