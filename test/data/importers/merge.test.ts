import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, mergeDatasets } from '../../../src/data/importers';
import type { Dataset, Transfer } from '../../../src/model/types';
import { schemaProblems, shared, SIPRI_DIR, skipWithoutShared } from './helpers';

const t = (id: string, deliveries: Transfer['deliveries']): Transfer => ({
  id,
  supplier: 'FRA',
  recipient: 'X-EXAMPLESTAN',
  designation: 'Mirage 2000-5',
  category: 'aircraft',
  deliveries,
  source: 'test',
});
const ds = (transfers: Transfer[], name: string): Dataset => ({
  countries: [
    {
      id: 'X-EXAMPLESTAN',
      name: 'Examplestan',
      region: 'Other',
      subregion: '',
      lat: 0,
      lon: 0,
      from: 2000,
      to: null,
      kind: 'unknown',
      aliases: [name],
    },
  ],
  agreements: [],
  transfers,
  embargoes: [],
  name,
});

describe('mergeDatasets', () => {
  it('unites deliveries of a deal split over two files, and actor nodes', () => {
    const a = ds(
      [
        t('sipri-1', [
          { year: 1988, units: 2 },
          { year: 1989, units: 3 },
        ]),
      ],
      'a.csv',
    );
    const b = ds([t('sipri-1', [{ year: 1990, units: 1 }]), t('sipri-2', [])], 'b.csv');
    b.countries[0]!.from = 1990;
    const { dataset, warnings } = mergeDatasets([a, b]);
    expect(warnings).toEqual([]);
    expect(dataset.name).toBe('a.csv + b.csv');
    expect(dataset.transfers.map((x) => [x.id, x.deliveries.map((d) => d.year)])).toEqual([
      ['sipri-1', [1988, 1989, 1990]],
      ['sipri-2', []],
    ]);
    expect(dataset.countries).toEqual([
      expect.objectContaining({ id: 'X-EXAMPLESTAN', from: 1990, aliases: ['a.csv', 'b.csv'] }),
    ]);
    // The inputs are not changed.
    expect(a.transfers[0]!.deliveries).toHaveLength(2);
  });

  it('warns when two files disagree on a year', () => {
    const { warnings } = mergeDatasets([
      ds([t('x', [{ year: 1990, units: 1 }])], 'a'),
      ds([t('x', [{ year: 1990, units: 2 }])], 'b'),
    ]);
    expect(warnings).toEqual(['transfer x: two different deliveries in 1990; the first is kept']);
  });
});

describe.skipIf(
  skipWithoutShared(
    join(SIPRI_DIR, 'transfers-by-delivery-year_1950-1989_generated-2024-04-16.csv'),
  ),
)('merging SIPRI 1950-1989 and 1990-2023', () => {
  it('gives one record per deal (552 deals are in both files)', () => {
    const files = [
      'transfers-by-delivery-year_1950-1989_generated-2024-04-16.csv',
      'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv',
    ];
    const parts = files.map((f) => {
      const r = importFile(f, shared(SIPRI_DIR, f));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.dataset;
    });
    const { dataset, warnings } = mergeDatasets(parts);
    expect(warnings).toEqual([]);
    expect(dataset.transfers.length).toBe(
      parts[0]!.transfers.length + parts[1]!.transfers.length - 552,
    );
    expect(new Set(dataset.transfers.map((x) => x.id)).size).toBe(dataset.transfers.length);
    const deliveries = (d: Dataset) => d.transfers.reduce((n, x) => n + x.deliveries.length, 0);
    expect(deliveries(dataset)).toBe(deliveries(parts[0]!) + deliveries(parts[1]!));
    expect(schemaProblems(dataset)).toEqual([]);
  });
});
