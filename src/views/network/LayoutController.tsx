/**
 * Computes both layouts once per dataset (geo at once, force in slices) and animates the drawn
 * nodes to the chosen one.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import type { EntenteGraph } from '../../model/graph';
import { buildLayoutGraph } from '../../model/layoutGraph';
import { motionMs } from '../../state/motion';
import { useAppStore } from '../../state/store';
import { runForceLayout } from './forceLayout';
import { fitToWorldBox, geoPositions, type Positions } from './positions';

/** Positions of both layouts for the current dataset; mutable, owned by the network view. */
export class LayoutStore {
  geo: Positions | null = null;
  force: Positions | null = null;
  status: 'idle' | 'running' | 'ready' | 'failed' = 'idle';

  start(geo: Positions) {
    this.geo = geo;
    this.force = null;
    this.status = 'running';
  }

  finish(force: Positions | null) {
    this.force = force;
    this.status = force ? 'ready' : 'failed';
  }
}

/** Positions of the chosen layout, falling back to geo while force is still running. */
export function currentPositions(layouts: LayoutStore, layout: 'force' | 'geo'): Positions | null {
  return layout === 'force' ? (layouts.force ?? layouts.geo) : layouts.geo;
}

interface Props {
  sigma: EntenteSigma;
  graph: EntenteGraph;
  layouts: LayoutStore;
  onStatus(status: string): void;
}

export function LayoutController({ sigma, graph, layouts, onStatus }: Props) {
  const data = useAppStore((s) => s.data);
  const layout = useAppStore((s) => s.view.display.layout);
  const setDrawn = useAppStore((s) => s.setDrawn);

  // Compute layouts when the dataset changes.
  useEffect(() => {
    if (!data) return;
    layouts.start(geoPositions(data));
    setDrawn({ layoutReady: false });
    const job = runForceLayout(buildLayoutGraph(data), (fraction) => {
      onStatus(`Computing the force layout… ${Math.round(fraction * 100)}%`);
    });
    job.done.then(
      (positions) => {
        const force = fitToWorldBox(positions);
        layouts.finish(force);
        onStatus('');
        setDrawn({ layoutReady: true });
        // Move the nodes already drawn (with geo stand-in positions) to their force positions.
        if (useAppStore.getState().view.display.layout === 'force')
          moveTo(graph, force, motionMs(600));
      },
      (error: Error) => {
        if (error.message === 'cancelled') return;
        layouts.finish(null);
        onStatus(`The force layout failed (${error.message}); showing the geographic layout.`);
        setDrawn({ layoutReady: true });
      },
    );
    return () => job.cancel();
  }, [data, layouts, graph, onStatus, setDrawn]);

  // Animate between layouts when the user switches.
  useEffect(() => {
    const positions = currentPositions(layouts, layout);
    if (positions) moveTo(graph, positions, motionMs(800));
    sigma.refresh();
  }, [layout, layouts, graph, sigma]);

  return null;
}

let cancelAnimation: (() => void) | null = null;

/**
 * Animate drawn nodes to `positions`. Unlike sigma's animateNodes, nodes that a filter removes
 * mid-animation are skipped, and nodes that appear take their target at once.
 */
function moveTo(graph: EntenteGraph, positions: Positions, duration: number) {
  cancelAnimation?.();
  const starts = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, attrs) => {
    if (positions.has(key)) starts.set(key, { x: attrs.x, y: attrs.y });
  });
  const began = performance.now();
  let frame = 0;
  const step = () => {
    // A zero duration (reduced motion) jumps to the target in the first frame.
    const t = duration > 0 ? Math.min(1, (performance.now() - began) / duration) : 1;
    const eased = t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2; // cubic in-out
    graph.updateEachNodeAttributes(
      (key, attrs) => {
        const target = positions.get(key);
        if (!target) return attrs;
        const from = starts.get(key) ?? target;
        return {
          ...attrs,
          x: from.x + (target.x - from.x) * eased,
          y: from.y + (target.y - from.y) * eased,
        };
      },
      { attributes: ['x', 'y'] },
    );
    if (t < 1) frame = requestAnimationFrame(step);
    else cancelAnimation = null;
  };
  frame = requestAnimationFrame(step);
  cancelAnimation = () => cancelAnimationFrame(frame);
}
