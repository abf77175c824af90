/**
 * The transfer schema's optional `production` field (dataset format v1, public/data/README.md):
 * licensed, co-production or kit; anything else is reported with file, record and field.
 */
import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../src/data/export/json';
import { parseEntente } from '../../src/data/importers/entente';
import { formatProblem, validateDataset } from '../../src/data/validate';
import type { Transfer } from '../../src/model/types';
import { fixtureDataset } from '../model/fixture';

function validateTransfers(transfers: unknown[]) {
  const dataset = fixtureDataset();
  const text = (kind: string, list: unknown[]) =>
    JSON.stringify({ schemaVersion: 1, [kind]: list });
  return validateDataset([
    { kind: 'countries', file: 'countries.json', text: text('countries', dataset.countries) },
    { kind: 'agreements', file: 'agreements.json', text: text('agreements', []) },
    { kind: 'transfers', file: 'transfers.json', text: text('transfers', transfers) },
  ]);
}

describe('transfer production', () => {
  const base = fixtureDataset().transfers[0]!;

  it('accepts licensed, co-production and kit, and no field at all', () => {
    const transfers: Transfer[] = [
      { ...base, id: 'a', production: 'licensed' },
      { ...base, id: 'b', production: 'co-production' },
      { ...base, id: 'c', production: 'kit' },
      { ...base, id: 'd' },
    ];
    const { dataset, problems } = validateTransfers(transfers);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(dataset.transfers.map((t) => t.production)).toEqual([
      'licensed',
      'co-production',
      'kit',
      undefined,
    ]);
  });

  it('rejects another value, naming the file, the record and the field', () => {
    const { dataset, problems } = validateTransfers([
      { ...base, id: 'bad', production: 'licence' },
      { ...base, id: 'good' },
    ]);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'transfers.json', record: 'bad', field: 'production' });
    expect(dataset.transfers.map((t) => t.id)).toEqual(['good']);
  });

  it('survives an export and a re-import', () => {
    const dataset = fixtureDataset();
    dataset.transfers[0] = { ...dataset.transfers[0]!, production: 'co-production' };
    const back = parseEntente(datasetJson(dataset), 'entente.json');
    expect(back.dataset.transfers[0]!.production).toBe('co-production');
  });
});
