/**
 * Rankings on a small hand-made dataset whose shares are known by hand.
 *
 * Current period 2020–2024 (TIV):            Previous period 2015–2019:
 *   d1 AAA->BBB aircraft 2020: 50, 2021: 70     d5 AAA->CCC 2016: 80
 *   d2 CCC->BBB ships    2022: 40              d6 CCC->AAA 2015: 50
 *   d3 UNK->CCC missiles 2023: 20 (unknown)     world 130
 *   d4 BBB->NSA other    2024: 20 (non-state)
 *   world 200
 * Suppliers: AAA 120 -> 60% (prev 80: +50%), CCC 40 -> 20% (prev 50: -20%), BBB 20 -> 10% (prev 0:
 * no change); UNK 20 counts in the world total but is not ranked.
 * Recipients: BBB 160 -> 80%, CCC 20 -> 10% (prev 80: -75%), NSA 20 -> 10%.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  computeRankings,
  describeMethod,
  previousPeriod,
  rankingMeasure,
  type RankingRow,
} from '../../src/model/rankings';
import type { Country, Dataset, Transfer } from '../../src/model/types';

const country = (id: string, region: Country['region'], kind?: Country['kind']): Country => ({
  id,
  name: `Country ${id}`,
  region,
  subregion: region === 'Europe' ? 'Western Europe' : region,
  lat: 0,
  lon: 0,
  from: 1900,
  to: null,
  ...(kind ? { kind } : {}),
});

const transfer = (
  id: string,
  supplier: string,
  recipient: string,
  category: Transfer['category'],
  deliveries: Transfer['deliveries'],
): Transfer => ({ id, supplier, recipient, designation: id, category, deliveries, source: 'test' });

function dataset(): Dataset {
  return {
    countries: [
      country('AAA', 'Americas'),
      country('BBB', 'Europe'),
      country('CCC', 'Asia'),
      country('UNK', 'Other', 'unknown'),
      country('NSA', 'Asia', 'non-state'),
    ],
    agreements: [],
    transfers: [
      transfer('d1', 'AAA', 'BBB', 'aircraft', [
        { year: 2020, units: 2, tiv: 50 },
        { year: 2021, units: 3, tiv: 70 },
      ]),
      transfer('d2', 'CCC', 'BBB', 'ships', [{ year: 2022, units: 1, tiv: 40 }]),
      transfer('d3', 'UNK', 'CCC', 'missiles', [{ year: 2023, tiv: 20 }]),
      transfer('d4', 'BBB', 'NSA', 'other', [{ year: 2024, units: 10, tiv: 20 }]),
      transfer('d5', 'AAA', 'CCC', 'aircraft', [{ year: 2016, units: 4, tiv: 80 }]),
      transfer('d6', 'CCC', 'AAA', 'ships', [{ year: 2015, units: 1, tiv: 50 }]),
    ],
    embargoes: [],
  };
}

const data = indexDataset(dataset());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  from: 2020,
  to: 2024,
  ...patch,
});
const table = (rows: RankingRow[]) =>
  rows.map((r) => ({
    id: data.countries[r.country]!.id,
    rank: r.rank,
    value: r.value,
    share: r.share === null ? null : Math.round(r.share * 100) / 100,
    change: r.change === null ? null : Math.round(r.change * 100) / 100,
  }));

describe('computeRankings (SIPRI method)', () => {
  it('ranks suppliers by TIV with shares of the world total (unknowns counted, not ranked)', () => {
    const r = computeRankings(data, filters(), 'value');
    expect(r.worldTotal).toBe(200);
    expect(table(r.suppliers)).toEqual([
      { id: 'AAA', rank: 1, value: 120, share: 60, change: 50 },
      { id: 'CCC', rank: 2, value: 40, share: 20, change: -20 },
      { id: 'BBB', rank: 3, value: 20, share: 10, change: null },
    ]);
  });

  it('ranks recipients, non-state actors included, with equal values sharing a rank', () => {
    const r = computeRankings(data, filters(), 'value');
    expect(table(r.recipients)).toEqual([
      { id: 'BBB', rank: 1, value: 160, share: 80, change: null },
      { id: 'CCC', rank: 2, value: 20, share: 10, change: -75 },
      { id: 'NSA', rank: 2, value: 20, share: 10, change: null },
    ]);
  });

  it('compares with the previous period of equal length, world total included', () => {
    expect(previousPeriod(2020, 2024)).toEqual([2015, 2019]);
    const r = computeRankings(data, filters(), 'value');
    expect([r.previousFrom, r.previousTo, r.previousCovered]).toEqual([2015, 2019, true]);
    // 130 -> 200: +53.85%
    expect(r.previousWorldTotal).toBe(130);
    expect(r.worldChange).toBeCloseTo(53.846, 2);
  });

  it('gives no change when the previous period lies before the data', () => {
    // 2015–2019 against 2010–2014: the first delivery is in 2015.
    const r = computeRankings(data, filters({ from: 2015, to: 2019 }), 'value');
    expect(r.previousCovered).toBe(false);
    expect(r.suppliers.map((s) => s.change)).toEqual([null, null]);
    expect(r.worldChange).toBeNull();
  });

  it('counts a deal delivered over two years once', () => {
    // Deals 2020–2024: d1 (2020 and 2021), d2, d3, d4 -> world 4; AAA 1 deal = 25%.
    const r = computeRankings(data, filters(), 'deals');
    expect(r.worldTotal).toBe(4);
    expect(table(r.suppliers)[0]).toEqual({ id: 'AAA', rank: 1, value: 1, share: 25, change: 0 });
  });

  it('sums units where the source gives numbers', () => {
    // Units: d1 2+3, d2 1, d3 unknown, d4 10 -> world 16; AAA 5 = 31.25%, BBB 10 = 62.5%.
    const r = computeRankings(data, filters(), 'units');
    expect(r.worldTotal).toBe(16);
    expect(table(r.suppliers).map((s) => [s.id, s.value, s.share])).toEqual([
      ['BBB', 10, 62.5],
      ['AAA', 5, 31.25],
      ['CCC', 1, 6.25],
    ]);
  });

  it('ranks over the deliveries the network draws: a region keeps both sides of a flow', () => {
    // Touching Europe (BBB): d1 AAA->BBB 120, d2 CCC->BBB 40, d4 BBB->NSA 20 = 180 shown.
    const r = computeRankings(data, filters({ regions: ['Europe'] }), 'value');
    expect([r.worldTotal, r.shownTotal, r.shareOf]).toEqual([200, 180, 'shown']);
    expect(r.restriction).toBe('deliveries to or from Europe');
    // The foreign suppliers of a drawn flow are ranked (not "none"), shares of the shown total.
    expect(table(r.suppliers)).toEqual([
      { id: 'AAA', rank: 1, value: 120, share: 66.67, change: null },
      { id: 'CCC', rank: 2, value: 40, share: 22.22, change: null },
      { id: 'BBB', rank: 3, value: 20, share: 11.11, change: null },
    ]);
    expect(table(r.recipients).map((x) => [x.id, x.value])).toEqual([
      ['BBB', 160],
      ['NSA', 20],
    ]);
  });

  it('follows the direction: into the region, or out of it', () => {
    const into = computeRankings(data, filters({ regions: ['Europe'], direction: 'in' }), 'value');
    expect(into.shownTotal).toBe(160);
    expect(table(into.suppliers).map((x) => [x.id, x.value, x.share])).toEqual([
      ['AAA', 120, 75],
      ['CCC', 40, 25],
    ]);
    expect(table(into.recipients).map((x) => [x.id, x.share])).toEqual([['BBB', 100]]);
    expect(into.restriction).toBe('deliveries into Europe');

    const out = computeRankings(data, filters({ regions: ['Europe'], direction: 'out' }), 'value');
    expect(table(out.suppliers).map((x) => [x.id, x.value])).toEqual([['BBB', 20]]);
    expect(table(out.recipients).map((x) => [x.id, x.value])).toEqual([['NSA', 20]]);
  });

  it('counts unknown suppliers in the shown total without ranking them, and compares periods', () => {
    // Into Asia (CCC, NSA): d3 UNK->CCC 20, d4 BBB->NSA 20; before: d5 AAA->CCC 80.
    const r = computeRankings(data, filters({ regions: ['Asia'], direction: 'in' }), 'value');
    expect([r.shownTotal, r.previousShownTotal, r.worldTotal]).toEqual([40, 80, 200]);
    expect(table(r.suppliers)).toEqual([
      { id: 'BBB', rank: 1, value: 20, share: 50, change: null },
    ]);
    expect(table(r.recipients)).toEqual([
      { id: 'CCC', rank: 1, value: 20, share: 50, change: -75 },
      { id: 'NSA', rank: 1, value: 20, share: 50, change: null },
    ]);
    expect(describeMethod(r)).toBe(
      'Sum of SIPRI TIV by delivery year over the deliveries into Asia the network draws, 2020–2024; share of the total of those deliveries (40 TIV (m); world total 200); change vs 2015–2019.',
    );
  });

  it('applies the category filter to the figures and the world total', () => {
    const r = computeRankings(data, filters({ categories: ['aircraft'] }), 'value');
    // Aircraft: d1 120 now, d5 80 before.
    expect(r.worldTotal).toBe(120);
    expect(table(r.suppliers)).toEqual([
      { id: 'AAA', rank: 1, value: 120, share: 100, change: 50 },
    ]);
  });

  it('uses one year and the year before in "as of" mode', () => {
    // 2021: AAA 70 of 70; 2020: 50 -> +40%.
    const r = computeRankings(data, filters({ mode: 'asOf', to: 2021 }), 'value');
    expect([r.from, r.to, r.previousFrom, r.previousTo]).toEqual([2021, 2021, 2020, 2020]);
    expect(table(r.suppliers)).toEqual([{ id: 'AAA', rank: 1, value: 70, share: 100, change: 40 }]);
  });

  it('ranks nothing when arms transfers are switched off', () => {
    const f = filters();
    const r = computeRankings(data, { ...f, ties: { ...f.ties, transfers: false } }, 'value');
    expect(r.transfersShown).toBe(false);
    expect(r.suppliers).toEqual([]);
    expect(r.recipients).toEqual([]);
  });

  it('falls back to deals when the data has no values, and says how it counts', () => {
    expect(rankingMeasure(data, 'value')).toBe('value');
    expect(rankingMeasure({ ...data, hasValues: false }, 'value')).toBe('deals');
    expect(rankingMeasure({ ...data, hasValues: false }, 'units')).toBe('units');
    expect(describeMethod(computeRankings(data, filters(), 'value'))).toBe(
      'Sum of SIPRI TIV by delivery year over the deliveries the network draws, 2020–2024; share of the world total including non-state actors; change vs 2015–2019.',
    );
    expect(describeMethod(computeRankings(data, filters(), 'deals'))).toMatch(
      /^Number of distinct deals among the deliveries the network draws, 2020–2024;/,
    );
  });
});
