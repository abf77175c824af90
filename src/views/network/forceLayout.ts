/**
 * ForceAtlas2 in small slices of main-thread time, so the page never freezes: each slice runs as
 * many iterations as fit in ~12 ms, then yields to the browser. Deterministic: the same data gives
 * the same start (geographic positions) and the same iteration count, hence the same picture.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { LayoutNode } from '../../model/layoutGraph';

export const FORCE_ITERATIONS = 400;
const SLICE_MS = 12;

export interface ForceLayoutJob {
  cancel(): void;
  done: Promise<Map<string, { x: number; y: number }>>;
}

export function runForceLayout(
  graph: Graph<LayoutNode, { weight: number }>,
  onProgress?: (fraction: number) => void,
  /** Called with the duration of each blocking slice, in ms (the benchmark checks them). */
  onSlice?: (ms: number) => void,
): ForceLayoutJob {
  let cancelled = false;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Strong gravity keeps small components (a lone pair of states) from drifting off-screen.
    gravity: 0.05,
    scalingRatio: 10,
    strongGravityMode: true,
    barnesHutOptimize: graph.order > 400,
    edgeWeightInfluence: 1,
    adjustSizes: false,
  };
  const done = new Promise<Map<string, { x: number; y: number }>>((resolve, reject) => {
    let iterationsDone = 0;
    let perSlice = 5;
    const step = () => {
      if (cancelled) return reject(new Error('cancelled'));
      try {
        const started = performance.now();
        const n = Math.min(perSlice, FORCE_ITERATIONS - iterationsDone);
        forceAtlas2.assign(graph, { iterations: n, settings, getEdgeWeight: 'weight' });
        iterationsDone += n;
        const elapsed = performance.now() - started;
        onSlice?.(elapsed);
        // Adapt the slice to the machine: aim for SLICE_MS per slice.
        perSlice = Math.max(1, Math.min(50, Math.round((n * SLICE_MS) / Math.max(elapsed, 0.5))));
        onProgress?.(iterationsDone / FORCE_ITERATIONS);
        if (iterationsDone < FORCE_ITERATIONS) {
          setTimeout(step, 0);
          return;
        }
        const finishing = performance.now();
        noverlap.assign(graph, { maxIterations: 60, settings: { margin: 2, ratio: 1.1 } });
        onSlice?.(performance.now() - finishing);
        const positions = new Map<string, { x: number; y: number }>();
        graph.forEachNode((key, attrs) => positions.set(key, { x: attrs.x, y: attrs.y }));
        resolve(positions);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setTimeout(step, 0);
  });
  return {
    cancel: () => {
      cancelled = true;
    },
    done,
  };
}
