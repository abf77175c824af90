/**
 * Positions of both layouts, once per dataset: the map at once; ForceAtlas2 in a worker, which
 * answers at once with positions kept from an earlier visit, or computes them. While it computes,
 * the settling positions are streamed to the drawn graph a few times a second (never more than
 * once a frame); the page stays responsive throughout. Also moves the nodes when the user switches
 * layouts.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import type { ModelData } from '../../model/dataset';
import type { Coordinates } from '../../model/forceLayout';
import { geoPositionsOf, layoutInputOf } from '../../model/datasetFigures';
import { motionMs } from '../../state/motion';
import { useAppStore } from '../../state/store';
import { startForceLayout } from './forceLayout';
import { LAYOUT_ARRIVAL_MS, LAYOUT_SWITCH_MS, moveTo, setPositions } from './moveNodes';
import { fitToWorldBox, type Positions } from './positions';

/**
 * `pending`: the first picture in the force layout waits a moment (PENDING_MS) for positions:
 * kept ones come at once, and a small dataset's layout is done within it, so the first picture is
 * the final one (each redraw costs a full frame: fewer is faster); `computing`: the layout still
 * settles, its latest positions (or the map's) stand in and it streams in; `ready`: final force
 * positions; `failed`: the map's positions stand in.
 */
export type LayoutPhase = 'pending' | 'computing' | 'ready' | 'failed';

/** How long the first picture waits for the force layout before drawing stand-ins. */
const PENDING_MS = 800;
/** Streamed positions are drawn at most this often (each one costs a full frame). */
const STREAM_INTERVAL_MS = 250;

/** Positions of both layouts for the current dataset; owned by the network view. */
export class LayoutStore {
  data: ModelData | null = null;
  geo: Positions | null = null;
  force: Positions | null = null;
  private phase: LayoutPhase = 'pending';
  private readonly listeners = new Set<() => void>();

  start(data: ModelData, geo: Positions) {
    this.data = data;
    this.geo = geo;
    this.force = null;
    this.setPhase('pending');
  }

  setPhase(phase: LayoutPhase) {
    if (phase === this.phase) return;
    this.phase = phase;
    for (const listener of this.listeners) listener();
  }

  /** The phase for `data`: pending until the layout of that dataset has started and answered. */
  phaseFor(data: ModelData): LayoutPhase {
    return this.data === data ? this.phase : 'pending';
  }

  // For useSyncExternalStore.
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getPhase = () => this.phase;
}

/** Positions of the chosen layout, falling back to the map's while force is not known yet. */
export function currentPositions(layouts: LayoutStore, layout: 'force' | 'geo'): Positions | null {
  return layout === 'force' ? (layouts.force ?? layouts.geo) : layouts.geo;
}

function fitted(keys: string[], { x, y }: Coordinates): Positions {
  const positions: Positions = new Map();
  keys.forEach((key, i) => positions.set(key, { x: x[i]!, y: y[i]! }));
  return fitToWorldBox(positions);
}

interface Props {
  sigma: EntenteSigma;
  layouts: LayoutStore;
  onStatus(status: string): void;
}

export function LayoutController({ sigma, layouts, onStatus }: Props) {
  const data = useAppStore((s) => s.data);
  const layout = useAppStore((s) => s.view.display.layout);
  const setDrawn = useAppStore((s) => s.setDrawn);

  // Compute the layouts when the dataset changes.
  useEffect(() => {
    if (!data) return;
    // Once per dataset, and usually computed already by the dataset worker (datasetFigures.ts).
    const input = layoutInputOf(data);
    layouts.start(data, geoPositionsOf(data));
    setDrawn({ layoutReady: false });
    const showsForce = () => useAppStore.getState().view.display.layout === 'force';

    // Streamed positions: keep the latest, draw it at most every STREAM_INTERVAL_MS, in a frame.
    let latest: { positions: Coordinates; fraction: number } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let lastDrawn = 0;
    const drawLatest = () => {
      frame = 0;
      if (!latest) return;
      lastDrawn = performance.now();
      layouts.force = fitted(input.keys, latest.positions);
      onStatus(`Computing the force layout… ${Math.round(latest.fraction * 100)}%`);
      latest = null;
      // Before the first picture, the positions are only kept (it will start from them).
      if (showsForce() && layouts.phaseFor(data) !== 'pending') setPositions(sigma, layouts.force);
    };
    const scheduleDraw = () => {
      if (timer !== undefined || frame) return;
      const wait = Math.max(0, lastDrawn + STREAM_INTERVAL_MS - performance.now());
      timer = setTimeout(() => {
        timer = undefined;
        frame = requestAnimationFrame(drawLatest);
      }, wait);
    };
    const pendingTimer = setTimeout(() => {
      if (layouts.phaseFor(data) === 'pending') layouts.setPhase('computing');
    }, PENDING_MS);

    const job = startForceLayout(input, {
      computing() {
        // No kept positions: the first picture still waits for the layout until PENDING_MS.
        onStatus('Computing the force layout…');
      },
      progress(positions, fraction) {
        latest = { positions, fraction };
        scheduleDraw();
      },
      done(positions) {
        clearTimeout(timer);
        cancelAnimationFrame(frame);
        const before = layouts.phaseFor(data);
        /** The nodes stand at settling positions already: the last step is small, no glide. */
        const close = layouts.force !== null;
        layouts.force = fitted(input.keys, positions);
        layouts.setPhase('ready');
        onStatus('');
        setDrawn({ layoutReady: true });
        // Pending: the first picture is not drawn yet and will use these positions directly.
        if (before === 'pending' || !showsForce()) return;
        if (close) setPositions(sigma, layouts.force);
        else moveTo(sigma, layouts.force, motionMs(LAYOUT_ARRIVAL_MS));
      },
      failed(message) {
        clearTimeout(timer);
        cancelAnimationFrame(frame);
        layouts.force = null;
        layouts.setPhase('failed');
        onStatus(`The force layout failed (${message}); showing the geographic layout.`);
        setDrawn({ layoutReady: true });
        if (showsForce() && layouts.geo) moveTo(sigma, layouts.geo, motionMs(LAYOUT_ARRIVAL_MS));
      },
    });
    return () => {
      job.cancel();
      clearTimeout(pendingTimer);
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [data, layouts, sigma, onStatus, setDrawn]);

  // Move the nodes when the user switches layouts.
  useEffect(() => {
    const positions = currentPositions(layouts, layout);
    if (positions) moveTo(sigma, positions, motionMs(LAYOUT_SWITCH_MS));
  }, [layout, layouts, sigma]);

  return null;
}
