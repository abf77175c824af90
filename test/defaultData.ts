/**
 * The default dataset (public/data) as the app loads it, for tests: its files read from disk, then
 * the app's own validation and indexing (defaultModelFromFiles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelFromFiles } from '../src/data/load';
import { DATASET_KINDS } from '../src/data/schema';
import type { FileInput } from '../src/data/validate';
import type { ModelData } from '../src/model/dataset';

export const PUBLIC_DATA = join(__dirname, '../public/data');

/** The default dataset's files, one per kind, as the loader receives them. */
export function defaultFiles(): FileInput[] {
  return DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(PUBLIC_DATA, `${kind}.json`), 'utf8'),
  }));
}

/** The default dataset, validated and indexed. */
export function defaultModel(): ModelData {
  return defaultModelFromFiles(defaultFiles()).data!;
}
