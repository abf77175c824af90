/** Runs an import in the web worker, reporting progress, and reassembles the result. */
import type { ImportOutcome } from '../../data/importPipeline';
import { joinModel, type ModelHead } from '../../data/importTransfer';
import type { Transfer } from '../../model/types';
import type { ImportWorkerMessage, WorkerImportRequest } from '../../workers/import.worker';

export type RunOutcome =
  (ImportOutcome & { ok: false }) | (Extract<ImportOutcome, { ok: true }> & { kept: boolean });

export function runImport(
  request: WorkerImportRequest,
  onProgress: (fraction: number) => void,
): Promise<RunOutcome> {
  const fail = (message: string): RunOutcome => ({
    ok: false,
    error: { file: request.files[0]?.name ?? 'import', line: 1, message },
  });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch (error) {
      resolve(fail(`could not start the import worker: ${String(error)}`));
      return;
    }
    let head: Extract<ImportWorkerMessage, { type: 'head' }> | null = null;
    const chunks: Transfer[][] = [];
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'failed') {
        resolve(message.outcome);
        worker.terminate();
      } else if (message.type === 'head') head = message;
      else if (message.type === 'transfers') chunks.push(message.chunk);
      else {
        worker.terminate();
        if (!head) return resolve(fail('the import worker sent no result'));
        const data = joinModel(head.head as ModelHead, chunks);
        onProgress(1);
        resolve({ ...head.report, ok: true, data, dataset: data.dataset, kept: head.kept });
      }
    };
    worker.onerror = (event) => {
      resolve(fail(`the import worker failed: ${event.message}`));
      worker.terminate();
    };
    // Transfer the bytes: no copy of a 3 MB file on the main thread.
    worker.postMessage(
      request,
      request.files.map((f) => f.bytes.buffer),
    );
  });
}
