/**
 * Dataset work off the main thread, so a 3 MB SIPRI register never freezes the page:
 * - `import`: parse, validate and index files, keep the result in IndexedDB (a large clone, so
 *   here rather than on the main thread);
 * - `open`: read a kept dataset from IndexedDB, validate and index it;
 * - `default`: fetch the default dataset (public/data) from `base`, validate and index it.
 * Every way the result goes back in small pieces (see data/importTransfer.ts).
 */
import {
  importPipeline,
  validateInMemory,
  type ImportOutcome,
  type ImportRequest,
} from '../data/importPipeline';
import { dealChunks, modelHead, type ModelHead } from '../data/importTransfer';
import { loadDefaultDataset } from '../data/load';
import { loadDataset, saveDataset } from '../data/storage';
import { indexDataset } from '../model/dataset';
import type { Transfer } from '../model/types';

export type WorkerRequest =
  | (ImportRequest & {
      kind: 'import';
      /**
       * Keep the result in IndexedDB under this id, with this description. Without it nothing is
       * kept (a dataset opened by link is kept only when the reader asks).
       */
      keepAs?: { id: string; description: string };
    })
  | { kind: 'open'; id: string }
  /** `base`: the app's absolute base URL (a worker resolves relative URLs against its own). */
  | { kind: 'default'; base: string };

type Report = Omit<Extract<ImportOutcome, { ok: true }>, 'data' | 'dataset'>;

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'failed'; outcome: Extract<ImportOutcome, { ok: false }> }
  | { type: 'head'; head: ModelHead; report: Report; kept: boolean }
  | { type: 'transfers'; chunk: Transfer[] }
  | { type: 'done' };

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

function send(outcome: Extract<ImportOutcome, { ok: true }>, kept: boolean) {
  const { data, dataset: _dataset, ...report } = outcome;
  // The deals first: while the page receives them, the worker works out the figures of the head.
  for (const chunk of dealChunks(data)) post({ type: 'transfers', chunk });
  const { head, buffers } = modelHead(data);
  post({ type: 'head', head, report, kept }, buffers);
  post({ type: 'done' });
}

async function open(id: string) {
  const stored = await loadDataset(id);
  if (!stored) {
    post({
      type: 'failed',
      outcome: {
        ok: false,
        error: { file: id, line: 1, message: 'this dataset is not stored in this browser' },
      },
    });
    return;
  }
  const { dataset, problems } = validateInMemory(stored.dataset, stored.name);
  const data = indexDataset({ ...dataset, name: stored.name });
  send({ ok: true, data, dataset: data.dataset, problems, files: [], notes: [] }, true);
}

async function importFiles(request: Extract<WorkerRequest, { kind: 'import' }>) {
  let last = -1;
  const outcome = importPipeline(request, (fraction) => {
    // A message per percent is plenty for a progress bar.
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction;
      post({ type: 'progress', fraction: Math.min(fraction, 0.99) });
    }
  });
  if (!outcome.ok) {
    post({ type: 'failed', outcome });
    return;
  }
  const { keepAs, name } = request;
  const kept =
    keepAs !== undefined &&
    (await saveDataset({
      id: keepAs.id,
      name,
      description: keepAs.description,
      createdAt: new Date().toISOString(),
      dataset: outcome.dataset,
    }));
  send(outcome, kept);
}

async function loadDefault(base: string) {
  const { data, problems } = await loadDefaultDataset(undefined, base);
  if (!data) {
    // The page loads it again itself, to list every problem where it shows them.
    const first = problems[0];
    post({
      type: 'failed',
      outcome: {
        ok: false,
        error: { file: first?.file ?? 'dataset', line: 1, message: first?.message ?? 'not loaded' },
      },
    });
    return;
  }
  send({ ok: true, data, dataset: data.dataset, problems, files: [], notes: [] }, false);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (request.kind === 'open'
    ? open(request.id)
    : request.kind === 'default'
      ? loadDefault(request.base)
      : importFiles(request));
};
