/**
 * While the user has not moved the camera (no `cam=` in the view), the camera frames what the
 * network draws: after each filter change (years, ties, regions, focus, ...) once the drawn graph
 * has settled, when the layout changes, and when the view is resized. The first fit jumps (no extra frames while loading),
 * later ones glide. Not while the timeline plays (a steady frame shows the years change) nor in a
 * presentation (each step frames itself). Panning or zooming stores the camera, which stops
 * fitting; the 0 key (or a link without `cam=`) starts it again. While a fit waits for the graph
 * to settle, the container says so (`data-fit-pending="true"`), for browser tests.
 */
import { useEffect, useRef } from 'react';
import { extentOf, fitCamera, sameCamera, type CameraState } from '../../model/cameraFit';
import { useAppStore } from '../../state/store';
import { usePlayStore } from '../timeline/playStore';
import { setAutoCamera } from './autoCamera';
import { currentPositions, type LayoutStore } from './LayoutController';
import { moveCamera } from './moveCamera';
import type { Positions } from './positions';
import type { EntenteSigma } from './sigmaTypes';

/** Wait for the drawn graph to stop changing (a brush drag, a layout's last steps). */
const SETTLE_MS = 300;
/** Pixels kept free around the drawn nodes, for their discs and labels. */
const PADDING = 48;

/**
 * The camera that frames every drawn node where the layout puts it (the nodes may still be gliding
 * there), in sigma's camera space; null if none is drawn.
 */
export function fittedCamera(sigma: EntenteSigma, target: Positions | null): CameraState | null {
  const graph = sigma.getGraph();
  const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const points: { x: number; y: number }[] = [];
  graph.forEachNode((key, attrs) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    // Graph coordinates -> camera space, through the home view (the frame is fixed: WORLD_BOX).
    const at = sigma.graphToViewport(target?.get(key) ?? attrs, { cameraState: home });
    points.push(sigma.viewportToFramedGraph(at, { cameraState: home }));
  });
  const extent = extentOf(points);
  if (!extent) return null;
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) return null;
  // How much camera space the view spans at ratio 1 (sigma fits the frame to the shorter side).
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: home });
  const unit = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: home });
  return fitCamera(
    extent,
    {
      width,
      height,
      spanX: width / Math.abs(unit.x - origin.x),
      spanY: height / Math.abs(unit.y - origin.y),
    },
    // Never wider than the whole frame (the home view), never closer than a few states need.
    { padding: PADDING, maxRatio: 1, minRatio: 0.15 },
  );
}

/** Frame the drawn graph now, as the network's own choice (not stored in the view). */
export function fitDrawnGraph(
  sigma: EntenteSigma,
  positions: Positions | null,
  duration: number,
): void {
  const target = fittedCamera(sigma, positions);
  if (!target) return;
  setAutoCamera(sigma, target);
  const camera = sigma.getCamera();
  if (!sameCamera(camera.getState(), target)) moveCamera(camera, target, duration);
}

export function FitController({ sigma, layouts }: { sigma: EntenteSigma; layouts: LayoutStore }) {
  const layout = useAppStore((s) => s.view.display.layout);
  const userCamera = useAppStore((s) => s.view.camera);
  const drawn = useAppStore((s) => s.drawn);
  const presenting = useAppStore((s) => s.extras.present !== null);
  const playing = usePlayStore((s) => s.playing);
  const fittedOnce = useRef(false);

  useEffect(() => {
    if (userCamera !== null || presenting || playing) return;
    if (!drawn.layoutReady || drawn.nodes === 0) return;
    const positions = () => currentPositions(layouts, layout);
    // Browser tests wait for a scheduled fit as for any other movement of the picture.
    const container = sigma.getContainer();
    container.dataset.fitPending = 'true';
    const timer = setTimeout(() => {
      container.dataset.fitPending = 'false';
      fitDrawnGraph(sigma, positions(), fittedOnce.current ? 500 : 0);
      fittedOnce.current = true;
    }, SETTLE_MS);
    const onResize = () => fitDrawnGraph(sigma, positions(), 0);
    sigma.on('resize', onResize);
    return () => {
      clearTimeout(timer);
      container.dataset.fitPending = 'false';
      sigma.off('resize', onResize);
    };
  }, [sigma, layouts, layout, userCamera, drawn, presenting, playing]);

  return null;
}
