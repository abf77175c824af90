/** Validate an in-memory dataset (one kept in IndexedDB) and index it. */
import { validateInMemory } from './importPipeline';
import type { Problem } from './validate';
import { indexDataset, type ModelData } from '../model/dataset';
import type { Dataset } from '../model/types';

export function indexValidated(
  dataset: Dataset,
  name: string,
): { data: ModelData; problems: Problem[] } {
  const { dataset: valid, problems } = validateInMemory(dataset, name);
  return { data: indexDataset({ ...valid, name }), problems };
}
