/** Talks to the dataset worker: imports files, or opens a kept dataset, and reassembles the result. */
import type { ImportOutcome } from '../../data/importPipeline';
import { joinModel } from '../../data/importTransfer';
import type { LoadResult } from '../../data/load';
import type { Transfer } from '../../model/types';
import type { WorkerMessage, WorkerRequest } from '../../workers/import.worker';

export type RunOutcome =
  (ImportOutcome & { ok: false }) | (Extract<ImportOutcome, { ok: true }> & { kept: boolean });

function inWorker(
  request: WorkerRequest,
  label: string,
  onProgress: (fraction: number) => void,
): Promise<RunOutcome> {
  const fail = (message: string): RunOutcome => ({
    ok: false,
    error: { file: label, line: 1, message },
  });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch (error) {
      resolve(fail(`could not start the dataset worker: ${String(error)}`));
      return;
    }
    let head: Extract<WorkerMessage, { type: 'head' }> | null = null;
    const chunks: Transfer[][] = [];
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'failed') {
        worker.terminate();
        resolve(message.outcome);
      } else if (message.type === 'head') head = message;
      else if (message.type === 'transfers') chunks.push(message.chunk);
      else {
        worker.terminate();
        if (!head) return resolve(fail('the dataset worker sent no result'));
        const data = joinModel(head.head, chunks);
        onProgress(1);
        const report = head.report;
        const kept = head.kept;
        // Hand the model over in a task of its own: joining it and drawing it are two shorter
        // tasks rather than one long one (the page stays responsive in between).
        setTimeout(() => resolve({ ...report, ok: true, data, dataset: data.dataset, kept }), 0);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve(fail(`the dataset worker failed: ${event.message}`));
    };
    // Transfer the bytes: no copy of a 3 MB file on the main thread.
    worker.postMessage(
      request,
      request.kind === 'import' ? request.files.map((f) => f.bytes.buffer) : [],
    );
  });
}

export function runImport(
  request: Omit<Extract<WorkerRequest, { kind: 'import' }>, 'kind'>,
  onProgress: (fraction: number) => void,
) {
  return inWorker({ ...request, kind: 'import' }, request.files[0]?.name ?? 'import', onProgress);
}

/** Open a dataset kept in IndexedDB: read, validated and indexed in the worker. */
export function openStoredDataset(id: string) {
  return inWorker({ kind: 'open', id }, id, () => {});
}

/**
 * Load the default dataset in the worker (fetch, validate, index), so starting the app has no long
 * task on the main thread. Where no worker can start, or the files fail, the page loads it itself:
 * the same code, and the same list of problems to show.
 */
export async function loadDefaultOffMainThread(): Promise<LoadResult> {
  const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
  const outcome = await inWorker({ kind: 'default', base }, 'default dataset', () => {});
  if (outcome.ok) return { data: outcome.data, problems: outcome.problems };
  // The validator (zod) loads only here: the worker keeps it out of the page's first script.
  const { loadDefaultDataset } = await import('../../data/load');
  return loadDefaultDataset();
}
