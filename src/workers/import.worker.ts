/**
 * Runs the import pipeline off the main thread, so a 3 MB SIPRI register never freezes the page.
 * In: an ImportRequest. Out: { type: 'progress', fraction } messages, then { type: 'done', outcome }.
 */
import { importPipeline, type ImportOutcome, type ImportRequest } from '../data/importPipeline';

export type ImportWorkerMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; outcome: ImportOutcome };

const post = (message: ImportWorkerMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  let last = -1;
  const outcome = importPipeline(event.data, (fraction) => {
    // A message per percent is plenty for a progress bar.
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction;
      post({ type: 'progress', fraction });
    }
  });
  post({ type: 'done', outcome });
};
