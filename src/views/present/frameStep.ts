/**
 * A presentation step without a camera of its own shows what it draws, filling the screen above
 * its card: the frame every layout shares is the whole world of every year, so one year's graph
 * alone (NATO in 1949) would sit small in the middle, and on a phone be a speck.
 */
import { useEffect, type RefObject } from 'react';
import { extentOf, type Extent } from '../../model/cameraFit';
import { useAppStore } from '../../state/store';
import { getDrawnGraph } from '../network/graphRegistry';
import { moveCamera } from '../network/moveCamera';
import { cameraAngleOf, uprightSpace } from '../network/orientation';

interface Frame {
  /** Viewport pixels per framed-graph unit at ratio 1, signed (sigma's y grows upwards). */
  scale: { x: number; y: number };
  viewport: { width: number; height: number };
  /** The part of the viewport to fill (what the step card leaves free). */
  area: { left: number; top: number; width: number; height: number };
  padding: number;
  /** Bounds for the ratio: never wider than the whole world, never closer than this. */
  maxRatio: number;
  minRatio: number;
}

/** The camera (framed-graph centre and ratio) that puts `box` in the middle of the free area. */
export function cameraToFrame(box: Extent, frame: Frame): { x: number; y: number; ratio: number } {
  const { scale, viewport, area, padding } = frame;
  const width = Math.max(1, area.width - 2 * padding);
  const height = Math.max(1, area.height - 2 * padding);
  const fit = Math.max(
    ((box.x1 - box.x0) * Math.abs(scale.x)) / width,
    ((box.y1 - box.y0) * Math.abs(scale.y)) / height,
  );
  const ratio = Math.min(frame.maxRatio, Math.max(frame.minRatio, fit));
  // Where the box's centre must land, against where the camera's centre lands (the viewport's).
  const dx = area.left + area.width / 2 - viewport.width / 2;
  const dy = area.top + area.height / 2 - viewport.height / 2;
  return {
    x: (box.x0 + box.x1) / 2 - (dx * ratio) / scale.x,
    y: (box.y0 + box.y1) / 2 - (dy * ratio) / scale.y,
    ratio,
  };
}

const SETTLE_MS = 400;

/** Frame each step without a camera once its graph is drawn (and its years have slid). */
export function useFrameStep(card: RefObject<HTMLElement | null>) {
  const step = useAppStore((s) => s.extras.present);
  const camera = useAppStore((s) => s.view.camera);
  const drawn = useAppStore((s) => s.drawn);

  useEffect(() => {
    if (camera !== null || !drawn.layoutReady || drawn.nodes === 0) return;
    // The drawn graph changes at each frame of the years' slide: frame it once it stops.
    const timer = setTimeout(() => {
      const target = getDrawnGraph();
      if (!target) return;
      const { sigma } = target;
      // Framed in an upright screen, then turned as the canvas is (network/orientation.ts).
      const space = uprightSpace(sigma, cameraAngleOf(sigma));
      const home = { cameraState: space.turnedHome };
      const points: { x: number; y: number }[] = [];
      sigma.getGraph().forEachNode((key) => {
        const d = sigma.getNodeDisplayData(key);
        if (d && !d.hidden) points.push(space.upright(sigma.framedGraphToViewport(d, home)));
      });
      const box = extentOf(points);
      if (!box) return;
      const { width, height } = sigma.getDimensions();
      const cardBox = card.current?.getBoundingClientRect();
      const container = sigma.getContainer().getBoundingClientRect();
      // A card across most of the width (phones) takes its height off the area to fill.
      const below =
        cardBox && cardBox.width > width / 2 ? Math.max(0, container.bottom - cardBox.top) : 0;
      const state = cameraToFrame(box, {
        scale: space.scale,
        viewport: { width, height },
        area: { left: 0, top: 0, width, height: height - below },
        padding: 36,
        maxRatio: 1,
        minRatio: 0.12,
      });
      moveCamera(sigma.getCamera(), space.turn(state), 600);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [card, step, camera, drawn]);
}
