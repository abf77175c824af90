import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { agreementBars, transferVolumeByYear } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';
import { fixtureDataset } from './fixture';
import { REGION_COLORS } from '../../src/model/appearance';
import { DARK, LIGHT, supplierShade, themed } from '../../src/model/theme';

const data = indexDataset(fixtureDataset());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});
const idx = (id: string) => data.countryIndex.get(id)!;
const valuesIn = (table: ReturnType<typeof transferVolumeByYear>, year: number) => {
  const row = table.rows.find((r) => r.year === year)!;
  return Object.fromEntries(table.series.map((s, i) => [s.key, row.values[i]]));
};

describe('transferVolumeByYear', () => {
  it('has one row per year of the span, with no gap', () => {
    const t = transferVolumeByYear(data, filters(), 'supplier', 'deals');
    expect(t.rows[0]!.year).toBe(data.yearSpan[0]);
    expect(t.rows.at(-1)!.year).toBe(data.yearSpan[1]);
    expect(t.rows.length).toBe(data.yearSpan[1] - data.yearSpan[0] + 1);
  });

  it('counts deals per year by supplier, largest supplier first', () => {
    const t = transferVolumeByYear(data, filters(), 'supplier', 'deals');
    expect(t.series.map((s) => [s.key, s.total])).toEqual([
      ['AAA', 3], // d1 in 1960 and 1961, d2 in 1961
      ['BBB', 1],
      ['OLD', 1],
    ]);
    expect(valuesIn(t, 1961)).toEqual({ AAA: 2, BBB: 0, OLD: 1 });
    expect(t.rows.find((r) => r.year === 1961)!.total).toBe(3);
    expect(t.max).toBe(3);
  });

  it("colours each supplier as its node in the network: its region's colour, then shades of it", () => {
    const t = transferVolumeByYear(data, filters(), 'supplier', 'deals');
    const region = (id: string) => data.countries[idx(id)]!.region;
    const seen = new Map<string, number>();
    for (const s of t.series) {
      const r = region(s.key);
      const k = seen.get(r) ?? 0;
      seen.set(r, k + 1);
      expect(s.shade).toBe(k);
      expect(s.color).toBe(supplierShade(REGION_COLORS[r], k, 'light'));
      if (k === 0) expect(s.color).toBe(REGION_COLORS[r]);
    }
    // The fixture has two suppliers in one region: the second is a shade, not the same colour.
    expect([...seen.values()].some((n) => n > 1)).toBe(true);
    expect(new Set(t.series.map((s) => s.color)).size).toBe(t.series.length);
  });

  it('sums values and units, skipping deliveries without a number', () => {
    const value = transferVolumeByYear(data, filters(), 'supplier', 'value');
    expect(valuesIn(value, 1961)).toEqual({ AAA: 60, OLD: 5 });
    const units = transferVolumeByYear(data, filters(), 'category', 'units');
    expect(valuesIn(units, 1961)).toEqual({ 'armoured-vehicles': 100, aircraft: 6, missiles: 5 });
  });

  it('splits by recipient region', () => {
    const t = transferVolumeByYear(data, filters(), 'region', 'deals');
    expect(valuesIn(t, 1961)).toEqual({ Europe: 2, Asia: 1, Americas: 0 });
    expect(valuesIn(t, 1975)).toEqual({ Europe: 0, Asia: 0, Americas: 1 });
  });

  it('ignores the year range but applies regions and categories', () => {
    const narrow = transferVolumeByYear(
      data,
      filters({ from: 1970, to: 1971 }),
      'supplier',
      'deals',
    );
    expect(narrow.rows.find((r) => r.year === 1961)!.total).toBe(3);
    const asia = transferVolumeByYear(data, filters({ regions: ['Asia'] }), 'supplier', 'deals');
    expect(asia.series.map((s) => s.key)).toEqual(['OLD']);
    const ships = transferVolumeByYear(
      data,
      filters({ categories: ['ships'] }),
      'supplier',
      'deals',
    );
    expect(ships.series.map((s) => s.key)).toEqual(['BBB']);
  });

  it('folds the parts beyond the top N into Other', () => {
    const t = transferVolumeByYear(data, filters(), 'supplier', 'deals', 1);
    expect(t.series.map((s) => [s.key, s.total])).toEqual([
      ['AAA', 3],
      ['other', 2],
    ]);
    expect(t.series[1]!.label).toBe('Other (2)');
    expect(valuesIn(t, 1961)).toEqual({ AAA: 2, other: 1 });
  });

  it('is empty when transfers are switched off', () => {
    const t = transferVolumeByYear(
      data,
      filters({ ties: { bilateral: true, multilateral: true, transfers: false } }),
      'supplier',
      'deals',
    );
    expect(t.hidden).toBe(true);
    expect(t.series).toEqual([]);
    expect(t.max).toBe(0);
  });
});

describe('agreementBars', () => {
  it('draws multilateral agreements as bars with their membership changes', () => {
    const a = agreementBars(data, filters(), 'type');
    expect(a.bars.map((b) => b.id)).toEqual(['pact']);
    const pact = a.bars[0]!;
    expect([pact.from, pact.to, pact.ongoing, pact.group, pact.lane]).toEqual([
      1950,
      data.yearSpan[1],
      true,
      'collective-defence',
      0,
    ]);
    expect(pact.changes).toEqual([
      { year: 1970, joined: [idx('CCC')], left: [] },
      { year: 1971, joined: [], left: [idx('BBB')] },
    ]);
    expect(a.groups).toEqual([
      {
        key: 'collective-defence',
        label: 'Collective defence',
        color: expect.any(String),
        lanes: 1,
      },
    ]);
  });

  it('counts bilateral agreements per year instead of drawing them', () => {
    const a = agreementBars(data, filters(), 'type');
    const count = (y: number) => a.bilateral.find((r) => r.year === y)!.total;
    expect(data.yearSpan).toEqual([1950, 1980]);
    expect([count(1954), count(1955), count(1980)]).toEqual([0, 1, 1]);
    expect(a.bilateralGroups.map((g) => g.key)).toEqual(['mutual-defence']);
    expect(a.bilateralMax).toBe(1);
  });

  it('draws the bilateral agreements of a focus state as bars, in their own group', () => {
    const a = agreementBars(data, filters(), 'type', { focusCountry: idx('DDD') });
    expect(a.bars.map((b) => [b.id, b.group])).toEqual([
      ['pact', 'collective-defence'],
      ['aaa-ddd', 'bilateral-focus'],
    ]);
    expect(a.groups.at(-1)!.label).toBe('Bilateral: Country DDD');
    // In the colour system's grey for "other", which has a dark twin.
    expect(a.groups.at(-1)!.color).toBe(LIGHT.other);
    expect(themed(LIGHT.other, 'dark')).toBe(DARK.other);
  });

  it('applies tie kinds, types and regions', () => {
    const noMulti = agreementBars(
      data,
      filters({ ties: { bilateral: true, multilateral: false, transfers: true } }),
      'type',
    );
    expect(noMulti.bars).toEqual([]);
    const noBi = agreementBars(
      data,
      filters({ ties: { bilateral: false, multilateral: true, transfers: true } }),
      'type',
    );
    expect(noBi.bilateral).toEqual([]);
    expect(
      agreementBars(data, filters({ agreementTypes: ['mutual-defence'] }), 'type').bars,
    ).toEqual([]);
    expect(agreementBars(data, filters({ regions: ['Asia'] }), 'type').bars).toEqual([]);
  });

  it('groups by the region most members belong to', () => {
    const a = agreementBars(data, filters(), 'region');
    expect(a.bars.map((b) => [b.id, b.group])).toEqual([['pact', 'Europe']]);
  });

  it('packs agreements that do not overlap into one lane, sorted by group then start', () => {
    const ds: Dataset = fixtureDataset();
    const trio = (id: string, signed: string, ended: string | null) => ({
      id,
      name: id,
      type: 'collective-defence' as const,
      signed,
      ended,
      members: ['AAA', 'BBB', 'CCC'].map((country) => ({ country, joined: signed, left: ended })),
      source: 'test',
    });
    ds.agreements.push(trio('early', '1946', '1948'), trio('late', '1990', '1995'));
    const a = agreementBars(indexDataset(ds), filters(), 'type');
    expect(a.bars.map((b) => [b.id, b.lane])).toEqual([
      ['early', 0],
      ['pact', 0], // starts two years after 'early' ends: same lane
      ['late', 1], // 'pact' is still in force
    ]);
    expect(a.groups[0]!.lanes).toBe(2);
    ds.agreements.push(trio('next', '1949', '1952'));
    const b = agreementBars(indexDataset(ds), filters(), 'type');
    expect(b.bars.map((bar) => [bar.id, bar.lane])).toEqual([
      ['early', 0],
      ['next', 1], // only one year after 'early': a gap of one empty year is kept
      ['pact', 0],
      ['late', 1],
    ]);
    expect(a.groups[0]!.lanes).toBe(2);
  });
});
