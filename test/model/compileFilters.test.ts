/**
 * compileFilters: one meaning of the filters for every consumer. On the fixture (AAA Americas;
 * BBB, CCC, OLD Europe; DDD Asia): d1 AAA->BBB aircraft 1960 and 1961, d2 AAA->BBB armour 1961,
 * d3 BBB->AAA ships 1975, d4 OLD->DDD missiles 1961.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { transferVolumeByYear } from '../../src/model/timeline';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  from: 1950,
  to: 1980,
  ...patch,
});
/** The drawn rows as "deal year" strings. */
const drawn = (rows: Uint32Array) =>
  [...rows].map(
    (i) => `${data.transfers[data.deliveries.deal[i]!]!.id} ${data.deliveries.year[i]}`,
  );
const rowsOf = (patch: Partial<FilterState>) => drawn(compileFilters(data, filters(patch)).rows);

describe('compileFilters', () => {
  it('compiles once per filters object', () => {
    const f = filters();
    expect(compileFilters(data, f)).toBe(compileFilters(data, f));
    expect(compileFilters(data, { ...f })).not.toBe(compileFilters(data, f));
  });

  it('keeps the period with both bounds included', () => {
    expect(rowsOf({ from: 1960, to: 1960 })).toEqual(['d1 1960']);
    expect(rowsOf({ from: 1961, to: 1975 })).toEqual(['d1 1961', 'd2 1961', 'd4 1961', 'd3 1975']);
    expect(rowsOf({ mode: 'asOf', from: 1950, to: 1975 })).toEqual(['d3 1975']);
    const cf = compileFilters(data, filters({ from: 1961, to: 1961 }));
    expect([cf.from, cf.to, cf.end - cf.start]).toEqual([1961, 1961, 3]);
  });

  it('keeps the selected weapon categories', () => {
    expect(rowsOf({ categories: ['aircraft', 'ships'] })).toEqual([
      'd1 1960',
      'd1 1961',
      'd3 1975',
    ]);
    expect(rowsOf({ categories: [] })).toEqual([]);
  });

  it('keeps deliveries touching the regions in the chosen direction', () => {
    const deals = (patch: Partial<FilterState>) => [
      ...new Set(rowsOf(patch).map((r) => r.split(' ')[0])),
    ];
    expect(deals({ regions: ['Europe'] })).toEqual(['d1', 'd2', 'd4', 'd3']);
    expect(deals({ regions: ['Europe'], direction: 'in' })).toEqual(['d1', 'd2']);
    expect(deals({ regions: ['Europe'], direction: 'out' })).toEqual(['d4', 'd3']);
    expect(deals({ regions: ['Eastern Asia'], direction: 'in' })).toEqual(['d4']);
    expect(deals({ regions: ['Asia'], direction: 'out' })).toEqual([]);
    expect(deals({ regions: [] })).toEqual([]);
  });

  it('keeps no delivery when arms transfers are off, in any period', () => {
    const f = filters();
    const cf = compileFilters(data, { ...f, ties: { ...f.ties, transfers: false } });
    expect([
      cf.rows.length,
      cf.rowsIn(1950, 2000).length,
      cf.worldRowsIn(1950, 2000).length,
    ]).toEqual([0, 0, 0]);
  });

  it('gives other periods with the same rule, and the world without the regions', () => {
    const cf = compileFilters(data, filters({ regions: ['Europe'], direction: 'in' }));
    expect(drawn(cf.rowsIn(1975, 1980))).toEqual([]);
    expect(drawn(cf.rowsIn(1961, 1961))).toEqual(['d1 1961', 'd2 1961']);
    expect(drawn(cf.worldRowsIn(1961, 1975))).toEqual(['d1 1961', 'd2 1961', 'd4 1961', 'd3 1975']);
    expect(cf.rowsIn(1961, 1961)).toBe(cf.rowsIn(1961, 1961));
  });

  it('keeps agreements by type and tie kind, and says what touches the regions', () => {
    const pact = data.agreements[data.agreementIndex.get('pact')!]!;
    const treaty = data.agreements[data.agreementIndex.get('aaa-ddd')!]!;
    const f = filters({ agreementTypes: ['mutual-defence'] });
    expect(compileFilters(data, f).keepsAgreement(pact)).toBe(false);
    expect(compileFilters(data, f).keepsAgreement(treaty)).toBe(true);
    const noBilateral = compileFilters(data, { ...f, ties: { ...f.ties, bilateral: false } });
    expect(noBilateral.keepsAgreement(treaty)).toBe(false);
    const asia = compileFilters(data, filters({ regions: ['Asia'] }));
    const idx = (id: string) => data.countryIndex.get(id)!;
    expect(asia.touches([idx('AAA'), idx('DDD')])).toBe(true);
    expect(asia.touches([idx('AAA'), idx('BBB')])).toBe(false);
    expect(asia.keepsFlow(idx('OLD'), idx('DDD'))).toBe(true);
  });

  it('is what the aggregate and the timeline use: the direction reaches both', () => {
    const f = filters({ regions: ['Europe'], direction: 'in' });
    const agg = aggregate(data, f, 'clique');
    const pairs = agg.transfers.map(
      (t) => `${data.countries[t.supplier]!.id}>${data.countries[t.recipient]!.id}`,
    );
    expect(pairs).toEqual(['AAA>BBB']);
    expect(agg.rows).toBe(compileFilters(data, f).rows);
    // Alliance ties have no direction: the pact still ties AAA and BBB (1950-1960).
    expect(agg.ties.length).toBeGreaterThan(0);
    const volume = transferVolumeByYear(data, f, 'supplier', 'deals');
    expect(volume.series.map((s) => s.key)).toEqual(['AAA']);
  });
});
