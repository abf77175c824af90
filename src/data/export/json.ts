/**
 * Entente JSON of a dataset: one file `{ schemaVersion: 1, countries, agreements, transfers,
 * embargoes }` in the format of public/data/README.md, which the Entente importer reads back (and
 * validateDataset accepts, one kind at a time). One record per line: small diffs, easy to grep.
 */
import { SCHEMA_VERSION, type Dataset } from '../../model/types';

const KINDS = ['countries', 'agreements', 'transfers', 'embargoes'] as const;

export function datasetJson(dataset: Dataset): string {
  const parts = KINDS.map((kind) => {
    const records = dataset[kind] as unknown[];
    const body = records.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
    return `"${kind}": [${records.length > 0 ? `\n${body}\n` : ''}]`;
  });
  return `{\n"schemaVersion": ${SCHEMA_VERSION},\n${parts.join(',\n')}\n}\n`;
}
