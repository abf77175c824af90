import { describe, expect, it } from 'vitest';
import { datasetJson } from '../../../src/data/export/json';
import { parseEntente } from '../../../src/data/importers/entente';
import { validateDataset } from '../../../src/data/validate';
import { fixtureDataset } from '../../model/fixture';

describe('datasetJson', () => {
  it('writes one file that validateDataset reads back without a problem', () => {
    const dataset = fixtureDataset();
    const text = datasetJson({ ...dataset, name: 'imported.csv' });
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'countries',
      'agreements',
      'transfers',
      'embargoes',
    ]);
    expect(json.schemaVersion).toBe(1);
    const kinds = ['countries', 'agreements', 'transfers', 'embargoes'] as const;
    const { dataset: back, problems } = validateDataset(
      kinds.map((kind) => ({ kind, file: 'entente.json', text })),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back).toEqual({
      countries: dataset.countries,
      agreements: dataset.agreements,
      transfers: dataset.transfers,
      embargoes: dataset.embargoes,
    });
  });
  it('is read back by the Entente importer', () => {
    const dataset = fixtureDataset();
    const result = parseEntente(datasetJson(dataset), 'entente.json');
    expect(result.dataset.transfers).toEqual(dataset.transfers);
    expect(result.dataset.countries).toHaveLength(dataset.countries.length);
  });
  it('writes empty arrays as []', () => {
    const text = datasetJson({ countries: [], agreements: [], transfers: [], embargoes: [] });
    expect(JSON.parse(text)).toEqual({
      schemaVersion: 1,
      countries: [],
      agreements: [],
      transfers: [],
      embargoes: [],
    });
  });
});
