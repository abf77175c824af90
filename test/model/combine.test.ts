/**
 * Combining an import with the current dataset: what a "replace" keeps. The embargoes are the
 * current ones unless the import brings its own (SIPRI's files have none, and deliveries under
 * embargo must still be found after importing them).
 */
import { describe, expect, it } from 'vitest';
import { combineDatasets } from '../../src/model/combine';
import type { Dataset, Embargo } from '../../src/model/types';
import { fixtureDataset } from './fixture';

const embargo = (id: string, target: string): Embargo => ({
  id,
  imposedBy: 'UN',
  target,
  from: '1960',
  to: null,
  source: 'test',
});

const current: Dataset = { ...fixtureDataset(), embargoes: [embargo('un-ddd', 'DDD')] };
const importedWithout: Dataset = {
  countries: [],
  agreements: [],
  transfers: [fixtureDataset().transfers[0]!],
  embargoes: [],
};

describe('combineDatasets, replace', () => {
  it('keeps the current embargoes when the import has none', () => {
    const combined = combineDatasets(current, importedWithout, 'replace', 'import');
    expect(combined.embargoes.map((e) => e.id)).toEqual(['un-ddd']);
    expect(combined.transfers.map((t) => t.id)).toEqual(['d1']);
    // Every state keeps its record.
    expect(combined.countries.map((c) => c.id)).toEqual(current.countries.map((c) => c.id));
  });

  it('takes the imported embargoes when there are some', () => {
    const imported = { ...importedWithout, embargoes: [embargo('eu-bbb', 'BBB')] };
    const combined = combineDatasets(current, imported, 'replace', 'import');
    expect(combined.embargoes.map((e) => e.id)).toEqual(['eu-bbb']);
  });
});
