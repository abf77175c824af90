/** Runs the import pipeline in a web worker and reports progress; falls back to no worker. */
import type { ImportOutcome, ImportRequest } from '../../data/importPipeline';
import type { ImportWorkerMessage } from '../../workers/import.worker';

export function runImport(
  request: ImportRequest,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch (error) {
      resolve({
        ok: false,
        error: {
          file: request.files[0]?.name ?? 'import',
          line: 1,
          message: `could not start the import worker: ${String(error)}`,
        },
      });
      return;
    }
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.fraction);
      else {
        resolve(event.data.outcome);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      resolve({
        ok: false,
        error: {
          file: request.files[0]?.name ?? 'import',
          line: 1,
          message: `the import worker failed: ${event.message}`,
        },
      });
      worker.terminate();
    };
    // Transfer the bytes: no copy of a 3 MB file on the main thread.
    worker.postMessage(
      request,
      request.files.map((f) => f.bytes.buffer),
    );
  });
}
