/**
 * Imported datasets kept in the browser (IndexedDB, through idb-keyval), so a reload does not lose
 * them. Every call fails soft: without IndexedDB (private mode, old browsers) the import still
 * works for this visit, and the caller is told it was not kept.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { Dataset } from '../model/types';

export interface StoredDataset {
  id: string;
  name: string;
  createdAt: string;
  dataset: Dataset;
  /** One line on how it was made: files, formats, replace or add. */
  description: string;
}

let store: ReturnType<typeof createStore> | null = null;
function db() {
  store ??= createStore('entente', 'datasets');
  return store;
}

export function newDatasetId(now = Date.now()): string {
  return `import-${now.toString(36)}`;
}

export async function saveDataset(entry: StoredDataset): Promise<boolean> {
  try {
    await set(entry.id, entry, db());
    return true;
  } catch {
    return false;
  }
}

export async function loadDataset(id: string): Promise<StoredDataset | null> {
  try {
    return ((await get(id, db())) as StoredDataset | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function listDatasets(): Promise<
  { id: string; name: string; createdAt: string; description: string }[]
> {
  try {
    const ids = (await keys(db())) as string[];
    const entries = await Promise.all(ids.map((id) => loadDataset(id)));
    return entries
      .filter((e): e is StoredDataset => e !== null)
      .map(({ id, name, createdAt, description }) => ({ id, name, createdAt, description }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  } catch {
    return [];
  }
}

export async function removeDataset(id: string): Promise<void> {
  try {
    await del(id, db());
  } catch {
    // Nothing to remove, or no IndexedDB: either way it is gone.
  }
}
