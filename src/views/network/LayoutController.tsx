/**
 * Computes both layouts once per dataset (geo at once, force in slices) and animates the drawn
 * nodes to the chosen one.
 */
import { useEffect } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { animateNodes } from 'sigma/utils';
import type { EntenteGraph } from '../../model/graph';
import { buildLayoutGraph } from '../../model/layoutGraph';
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
        if (useAppStore.getState().view.display.layout === 'force') moveTo(graph, force, 600);
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
    if (positions) moveTo(graph, positions, 800);
    sigma.refresh();
  }, [layout, layouts, graph, sigma]);

  return null;
}

let cancelAnimation: (() => void) | null = null;

function moveTo(graph: EntenteGraph, positions: Positions, duration: number) {
  cancelAnimation?.();
  const targets: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((key) => {
    const p = positions.get(key);
    if (p) targets[key] = p;
  });
  cancelAnimation = animateNodes(graph, targets, { duration, easing: 'cubicInOut' });
}
