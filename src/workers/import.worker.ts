/**
 * Runs the import off the main thread, so a 3 MB SIPRI register never freezes the page: parse,
 * validate, index, keep the dataset in IndexedDB (a large clone, so here rather than on the main
 * thread), then send the result in small pieces (see data/importTransfer.ts).
 */
import { importPipeline, type ImportOutcome, type ImportRequest } from '../data/importPipeline';
import { splitModel, type ModelHead } from '../data/importTransfer';
import { saveDataset } from '../data/storage';
import type { Transfer } from '../model/types';

export interface WorkerImportRequest extends ImportRequest {
  /** Keep the result in IndexedDB under this id, with this description. */
  keepAs: { id: string; description: string };
}

export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'failed'; outcome: Extract<ImportOutcome, { ok: false }> }
  | {
      type: 'head';
      head: ModelHead;
      report: Omit<Extract<ImportOutcome, { ok: true }>, 'data' | 'dataset'>;
      kept: boolean;
    }
  | { type: 'transfers'; chunk: Transfer[] }
  | { type: 'done' };

const post = (message: ImportWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<WorkerImportRequest>) => {
  let last = -1;
  const outcome = importPipeline(event.data, (fraction) => {
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
  const { keepAs, name } = event.data;
  const kept = await saveDataset({
    id: keepAs.id,
    name,
    description: keepAs.description,
    createdAt: new Date().toISOString(),
    dataset: outcome.dataset,
  });
  const { data: _data, dataset: _dataset, ...report } = outcome;
  const { head, chunks, buffers } = splitModel(outcome.data);
  post({ type: 'head', head, report, kept }, buffers);
  for (const chunk of chunks) post({ type: 'transfers', chunk });
  post({ type: 'done' });
};
