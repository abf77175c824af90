/**
 * The force layout off the main thread. Given a layout input (typed arrays), it answers at once
 * with positions kept from an earlier visit (IndexedDB, keyed by a hash of the input), or says it
 * has none and computes them, sending the positions as they settle (a few times a second, as
 * transferred typed arrays: receiving them costs the page nothing) and keeping the result.
 */
import { createStore, get, set } from 'idb-keyval';
import { ForceLayoutRun, layoutKey } from '../model/forceLayout';
import type { LayoutInput } from '../model/layoutGraph';

export interface LayoutRequest {
  input: LayoutInput;
}

export type LayoutMessage =
  /** Nothing kept for this input: the layout is being computed from the start positions. */
  | { type: 'computing' }
  | { type: 'progress'; fraction: number; x: Float32Array; y: Float32Array }
  | { type: 'done'; cached: boolean; x: Float32Array; y: Float32Array }
  | { type: 'failed'; message: string };

/** Compute this long between two progress messages. */
const SLICE_MS = 60;

const post = (message: LayoutMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let store: ReturnType<typeof createStore> | null = null;
function positionsStore() {
  store ??= createStore('entente-layouts', 'positions');
  return store;
}

async function kept(key: string): Promise<{ x: Float32Array; y: Float32Array } | null> {
  try {
    const value = (await get(key, positionsStore())) as
      { x: Float32Array; y: Float32Array } | undefined;
    return value && value.x instanceof Float32Array ? value : null;
  } catch {
    return null; // No IndexedDB (private mode): compute every time.
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function layout({ input }: LayoutRequest) {
  const key = layoutKey(input);
  const cached = await kept(key);
  if (cached && cached.x.length === input.keys.length) {
    post({ type: 'done', cached: true, ...cached }, [cached.x.buffer, cached.y.buffer]);
    return;
  }
  post({ type: 'computing' });
  const run = new ForceLayoutRun(input);
  let perStep = 5;
  while (!run.complete) {
    const started = performance.now();
    let ran = 0;
    while (!run.complete && performance.now() - started < SLICE_MS) {
      run.step(perStep);
      ran += perStep;
    }
    const elapsed = Math.max(performance.now() - started, 1);
    perStep = Math.max(1, Math.min(50, Math.round((ran * 10) / elapsed)));
    if (run.complete) break;
    const { x, y } = run.positions();
    post({ type: 'progress', fraction: run.iterations / run.total, x, y }, [x.buffer, y.buffer]);
    await nextTask();
  }
  const result = run.positions();
  const copy = { x: result.x.slice(), y: result.y.slice() };
  post({ type: 'done', cached: false, ...result }, [result.x.buffer, result.y.buffer]);
  try {
    await set(key, copy, positionsStore());
  } catch {
    // Not kept: the next visit computes it again.
  }
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  layout(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
