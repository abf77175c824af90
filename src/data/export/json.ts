/**
 * Entente JSON of a dataset: one file `{ schemaVersion: 1, countries, agreements, transfers,
 * embargoes, events }` (events only when the dataset has some) in the format of public/data/README.md, which the Entente importer reads back (and
 * validateDataset accepts, one kind at a time). One record per line: small diffs, easy to grep.
 */
import { SCHEMA_VERSION, type Dataset } from '../../model/types';

const KINDS = ['countries', 'agreements', 'transfers', 'embargoes', 'events'] as const;

export function datasetJson(dataset: Dataset): string {
  const kinds = KINDS.filter((kind) => kind !== 'events' || (dataset.events?.length ?? 0) > 0);
  const parts = kinds.map((kind) => {
    const records = (dataset[kind] ?? []) as unknown[];
    const body = records.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
    return `"${kind}": [${records.length > 0 ? `\n${body}\n` : ''}]`;
  });
  return `{\n"schemaVersion": ${SCHEMA_VERSION},\n${parts.join(',\n')}\n}\n`;
}
