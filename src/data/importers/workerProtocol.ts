/** Messages between the app and the import worker. */
import type { Country } from '../../model/types';
import type { ImportResult } from './types';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  countries: Country[];
}

export type ImportWorkerMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; result: ImportResult };
