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
import { fitBeside, sameCamera } from '../../model/cameraFit';
import type { CameraState } from 'sigma/types';
import { useAppStore } from '../../state/store';
import { usePlayStore } from '../timeline/playStore';
import { setAutoCamera } from './autoCamera';
import { currentPositions, type LayoutStore } from './LayoutController';
import { moveCamera } from './moveCamera';
import type { Positions } from './positions';
import type { EntenteSigma } from './sigmaTypes';
import { comparisonPaneOf } from './comparisonRegistry';
import { overlayBoxes } from './overlays';
import { cameraAngleOf, uprightSpace } from './orientation';

/** Wait for the drawn graph to stop changing (a brush drag, a layout's last steps). */
const SETTLE_MS = 300;
/** Pixels kept free around the drawn nodes, for their discs and labels. */
const PADDING = 48;
/** Pixels kept free beside a card laid over the canvas, for a node's disc. */
const OVERLAY_MARGIN = 14;

/**
 * The camera that frames every drawn node where the layout puts it (the nodes may still be gliding
 * there), in sigma's camera space, turned by `angle` (the canvas's own by default); null if none
 * is drawn.
 */
export function fittedCamera(
  sigma: EntenteSigma,
  target: Positions | null,
  angle = cameraAngleOf(sigma),
): CameraState | null {
  // Frame in an upright screen, then turn the camera (orientation.ts).
  const space = uprightSpace(sigma, angle);
  const home = { cameraState: space.turnedHome };
  const points: { x: number; y: number }[] = [];
  // Side by side, the comparison pane shares the camera (and the frame): frame both pictures.
  for (const drawing of [sigma, comparisonPaneOf(sigma)]) {
    if (!drawing) continue;
    drawing.getGraph().forEachNode((key, attrs) => {
      const d = drawing.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      // Graph coordinates -> the home view (the frame is fixed: WORLD_BOX) -> upright camera space.
      points.push(space.upright(sigma.graphToViewport(target?.get(key) ?? attrs, home)));
    });
  }
  if (points.length === 0) return null;
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) return null;
  const fitted = fitBeside(
    points,
    space.fitView(width, height),
    // Never wider than the whole frame (the home view), never closer than a few states need;
    // beside the cards laid over the canvas (a legend, a note), not under them: the camera may
    // then go out further.
    {
      padding: PADDING,
      maxRatio: 1,
      minRatio: 0.15,
      obstacles: overlayBoxes(sigma.getContainer()),
      margin: OVERLAY_MARGIN,
    },
  );
  return fitted && space.turn(fitted);
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
  const now = camera.getState();
  if (!sameCamera(now, target) || Math.abs(now.angle - target.angle) > 1e-4)
    moveCamera(camera, target, duration);
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
    // A card over the canvas opened or closed (the difference legend): frame beside it again.
    const network = sigma.getContainer().parentElement;
    const onToggle = () => fitDrawnGraph(sigma, positions(), 300);
    network?.addEventListener('toggle', onToggle, true);
    return () => {
      clearTimeout(timer);
      container.dataset.fitPending = 'false';
      sigma.off('resize', onResize);
      network?.removeEventListener('toggle', onToggle, true);
    };
  }, [sigma, layouts, layout, userCamera, drawn, presenting, playing]);

  return null;
}
