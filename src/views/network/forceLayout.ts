/**
 * The page's side of the force layout: runs it in the layout worker (src/workers/layout.worker.ts)
 * and reports kept or settling positions. Where no worker can start, the same stepped run goes on
 * the main thread in slices of a few milliseconds, so the page still never freezes.
 */
import { ForceLayoutRun, type Coordinates } from '../../model/forceLayout';
import type { LayoutInput } from '../../model/layoutGraph';
import type { LayoutMessage } from '../../workers/layout.worker';

export interface LayoutHandlers {
  /** No kept positions: computing from the start positions. */
  computing(): void;
  progress(positions: Coordinates, fraction: number): void;
  done(positions: Coordinates, cached: boolean): void;
  failed(message: string): void;
}

export interface LayoutJob {
  cancel(): void;
}

function newWorker(): Worker {
  return new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of need: it loads while the dataset does, and is ready for it. */
let spare: Worker | null = null;

/** Start a layout worker now, so the first layout does not wait for one to load. */
export function prewarmLayoutWorker(): void {
  try {
    spare ??= newWorker();
  } catch {
    spare = null; // No workers here: the layout will run on the main thread.
  }
}

export function startForceLayout(input: LayoutInput, handlers: LayoutHandlers): LayoutJob {
  let worker: Worker;
  try {
    worker = spare ?? newWorker();
    spare = null;
  } catch {
    return runOnMainThread(input, handlers);
  }
  worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
    const message = event.data;
    if (message.type === 'computing') handlers.computing();
    else if (message.type === 'progress') handlers.progress(message, message.fraction);
    else if (message.type === 'done') {
      worker.terminate();
      handlers.done(message, message.cached);
    } else {
      worker.terminate();
      handlers.failed(message.message);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    handlers.failed(event.message || 'the layout worker failed');
  };
  // The input's arrays are copied, not transferred: the page keeps them, once per dataset
  // (model/datasetFigures.ts).
  worker.postMessage({ input });
  return { cancel: () => worker.terminate() };
}

/** Slices of main-thread time, ~8 ms each, for browsers where the worker cannot start. */
function runOnMainThread(input: LayoutInput, handlers: LayoutHandlers): LayoutJob {
  let cancelled = false;
  const run = new ForceLayoutRun(input);
  handlers.computing();
  const slice = () => {
    if (cancelled) return;
    try {
      const started = performance.now();
      while (!run.complete && performance.now() - started < 8) run.step(1);
      if (run.complete) handlers.done(run.positions(), false);
      else {
        handlers.progress(run.positions(), run.iterations / run.total);
        setTimeout(slice, 0);
      }
    } catch (error) {
      handlers.failed(error instanceof Error ? error.message : String(error));
    }
  };
  setTimeout(slice, 0);
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}
