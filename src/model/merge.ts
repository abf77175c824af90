/**
 * Combine an imported dataset with the current one. `replace` keeps only the imported records
 * (plus the current countries, so every state keeps its name, region and map point); `add` takes
 * the union, the imported record winning when ids collide.
 */
import type { Dataset } from './types';

export type MergeMode = 'replace' | 'add';

function unionById<T extends { id: string }>(base: readonly T[], added: readonly T[]): T[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const r of added) byId.set(r.id, r);
  return [...byId.values()];
}

export function mergeDatasets(
  current: Dataset,
  imported: Dataset,
  mode: MergeMode,
  name: string,
): Dataset {
  const countries = unionById(current.countries, imported.countries);
  if (mode === 'replace') {
    return {
      name,
      countries,
      agreements: imported.agreements,
      transfers: imported.transfers,
      embargoes: imported.embargoes.length > 0 ? imported.embargoes : current.embargoes,
    };
  }
  return {
    name,
    countries,
    agreements: unionById(current.agreements, imported.agreements),
    transfers: unionById(current.transfers, imported.transfers),
    embargoes: unionById(current.embargoes, imported.embargoes),
  };
}
