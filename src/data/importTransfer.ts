/**
 * Handing an imported dataset from the worker to the main thread without a long task: one
 * structured clone of 30,000 deals takes ~100 ms, so the result travels as chunks of deals, each
 * cheap to receive, and a small head (the model without its deals, typed columns transferred, not
 * copied). The head also carries the dataset's figures (model/datasetFigures.ts), computed in the
 * worker while the page receives the deals, so the page does not compute them when it shows the
 * dataset.
 */
import {
  adoptDatasetFigures,
  datasetFigures,
  figureBuffers,
  type DatasetFigures,
} from '../model/datasetFigures';
import type { ModelData } from '../model/dataset';
import type { Transfer } from '../model/types';

export const CHUNK_SIZE = 2000;

export interface ModelHead {
  data: Omit<ModelData, 'transfers' | 'transferIndex' | 'dataset'> & {
    dataset: Omit<ModelData['dataset'], 'transfers'>;
  };
  transferCount: number;
  figures: DatasetFigures;
}

/** The model's deals, in chunks each cheap to receive. */
export function dealChunks(data: ModelData): Transfer[][] {
  const chunks: Transfer[][] = [];
  for (let i = 0; i < data.transfers.length; i += CHUNK_SIZE)
    chunks.push(data.transfers.slice(i, i + CHUNK_SIZE));
  return chunks;
}

/**
 * The rest of the model, with its figures, and the buffers to transfer with it (the delivery
 * columns and the layout's arrays: afterwards the worker's copies are gone, so this comes last).
 */
export function modelHead(data: ModelData): { head: ModelHead; buffers: ArrayBuffer[] } {
  const { transfers, transferIndex: _index, dataset, ...rest } = data;
  const { transfers: _datasetTransfers, ...datasetRest } = dataset;
  const d = data.deliveries;
  const figures = datasetFigures(data);
  const buffers = [d.year, d.supplier, d.recipient, d.deal, d.category, d.units, d.tiv]
    .map((a) => a.buffer as ArrayBuffer)
    .concat(figureBuffers(figures));
  return {
    head: { data: { ...rest, dataset: datasetRest }, transferCount: transfers.length, figures },
    buffers,
  };
}

/** Both parts at once (the benchmark, tests). */
export function splitModel(data: ModelData): {
  head: ModelHead;
  chunks: Transfer[][];
  buffers: ArrayBuffer[];
} {
  const chunks = dealChunks(data);
  return { ...modelHead(data), chunks };
}

/** Rebuild the model from its head and chunks (the dataset's deals are the model's deals). */
export function joinModel(head: ModelHead, chunks: Transfer[][]): ModelData {
  // Loops rather than flat() and map(): no temporary array per deal (30,000 of them after a SIPRI
  // import), which the garbage collector would otherwise collect in the task that draws the data.
  const transfers: Transfer[] = [];
  const transferIndex = new Map<string, number>();
  for (const chunk of chunks) {
    for (const transfer of chunk) transferIndex.set(transfer.id, transfers.push(transfer) - 1);
  }
  const data: ModelData = {
    ...head.data,
    transfers,
    transferIndex,
    dataset: { ...head.data.dataset, transfers },
  };
  adoptDatasetFigures(data, head.figures);
  return data;
}
