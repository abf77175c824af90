import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  MULTILATERAL_COLUMNS,
  cellText,
  TIE_COLUMNS,
  dealColumns,
  dealRows,
  flowColumns,
  flowRows,
  multilateralRows,
  sortRows,
  tieRows,
} from '../../src/model/tables';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});

describe('flowRows', () => {
  it('lists one row per pair with deals, units and value, largest value first', () => {
    const f = filters({ from: 1960, to: 1961 });
    const rows = flowRows(data, aggregate(data, f, 'hub'));
    expect(rows.map((r) => [r.supplierId, r.recipientId, r.deals, r.units, r.tiv])).toEqual([
      ['AAA', 'BBB', 2, 110, 100],
      ['OLD', 'DDD', 1, 5, 5],
    ]);
    expect(rows[0]!.supplier).toBe('Country AAA');
  });
  it('gives null, not 0, when the period has no number or value', () => {
    const rows = flowRows(data, aggregate(data, filters({ from: 1975, to: 1975 }), 'hub'));
    expect(rows).toEqual([
      {
        supplierId: 'BBB',
        supplier: 'Country BBB',
        recipientId: 'AAA',
        recipient: 'Country AAA',
        deals: 1,
        units: null,
        tiv: null,
      },
    ]);
  });
  it('is empty when transfers are turned off', () => {
    const f = filters({ ties: { bilateral: true, multilateral: true, transfers: false } });
    expect(flowRows(data, aggregate(data, f, 'hub'))).toEqual([]);
  });
});

describe('tieRows and multilateralRows', () => {
  it('lists bilateral ties in hub mode and the multilateral agreements apart', () => {
    const agg = aggregate(data, filters({ from: 1955, to: 1965 }), 'hub');
    expect(tieRows(data, agg).map((r) => [r.aId, r.bId, r.typeLabel, r.agreements])).toEqual([
      ['AAA', 'DDD', 'Mutual defence', ['AAA-DDD treaty']],
    ]);
    expect(multilateralRows(data, agg)).toEqual([
      {
        id: 'pact',
        name: 'Three-party pact',
        typeLabel: 'Collective defence',
        members: 2,
        signed: '1950-04-04',
        ended: null,
      },
    ]);
  });
  it('lists the pairwise ties of multilateral agreements in clique mode', () => {
    const agg = aggregate(data, filters({ from: 1955, to: 1965 }), 'clique');
    expect(tieRows(data, agg).map((r) => `${r.aId}-${r.bId}:${r.type}`)).toEqual([
      'AAA-BBB:collective-defence',
      'AAA-DDD:mutual-defence',
    ]);
  });
});

describe('dealRows', () => {
  it('lists deals with deliveries in the period, units and value in it', () => {
    const f = filters({ from: 1961, to: 1975 });
    const rows = dealRows(data, aggregate(data, f, 'hub'));
    expect(rows.map((r) => [r.id, r.years, r.units, r.tiv, r.category, r.ordered])).toEqual([
      ['d1', [1961], 6, 60, 'Aircraft', 1959],
      ['d2', [1961], 100, null, 'Armoured vehicles', null],
      ['d4', [1961], 5, 5, 'Missiles', null],
      ['d3', [1975], null, null, 'Ships', null],
    ]);
  });
  it('applies the category and region filters like the flows', () => {
    const f = filters({ categories: ['aircraft', 'ships'], regions: ['Asia'] });
    expect(dealRows(data, aggregate(data, f, 'hub'))).toEqual([]);
    const g = filters({ categories: ['aircraft', 'ships'], regions: ['Europe'] });
    expect(dealRows(data, aggregate(data, g, 'hub')).map((r) => r.id)).toEqual(['d1', 'd3']);
  });
  it('collects every delivery year of a deal in the period', () => {
    const f = filters({ from: 1960, to: 1961 });
    const d1 = dealRows(data, aggregate(data, f, 'hub')).find((r) => r.id === 'd1');
    expect(d1?.years).toEqual([1960, 1961]);
    expect(d1?.units).toBe(10);
  });
});

describe('cellText', () => {
  const columns = dealColumns(false);
  const column = (id: string) => columns.find((c) => c.id === id)!;
  const row = dealRows(data, aggregate(data, filters({ from: 1961, to: 1975 }), 'hub'))[0]!;
  it('writes units above a thousand with a separator, years without', () => {
    const many = { ...row, units: 2594, ordered: 1959 };
    expect(cellText(column('units'), many)).toBe('2,594');
    expect(cellText(column('ordered'), many)).toBe('1959');
  });
  it('shows a cell’s display text, and nothing for a missing number', () => {
    expect(cellText(column('years'), { ...row, years: [1961, 1962, 1963] })).toBe('1961–1963');
    expect(cellText(column('units'), { ...row, units: null })).toBe('');
  });
});

describe('sortRows', () => {
  const f = filters();
  const agg = aggregate(data, f, 'hub');
  const deals = dealRows(data, agg);
  const column = (id: string) => dealColumns(true).find((c) => c.id === id)!;

  it('sorts numbers numerically both ways, empty cells last', () => {
    expect(sortRows(deals, column('units'), 'descending').map((r) => r.id)).toEqual([
      'd2',
      'd1',
      'd4',
      'd3',
    ]);
    expect(sortRows(deals, column('units'), 'ascending').map((r) => r.id)).toEqual([
      'd4',
      'd1',
      'd2',
      'd3',
    ]);
  });
  it('sorts text with a natural collation and does not change its input', () => {
    const before = deals.map((r) => r.id);
    expect(sortRows(deals, column('designation'), 'ascending').map((r) => r.designation)).toEqual([
      'F-1',
      'M-1',
      'S-1',
      'T-1',
    ]);
    expect(deals.map((r) => r.id)).toEqual(before);
  });
  it('has columns that name states with their ids', () => {
    expect(flowColumns(false).map((c) => c.id)).toEqual([
      'supplier',
      'recipient',
      'deals',
      'units',
    ]);
    expect(flowColumns(true).at(-1)!.id).toBe('tiv');
    expect(TIE_COLUMNS[0]!.countryId).toBeTypeOf('function');
    expect(MULTILATERAL_COLUMNS.map((c) => c.label)).toContain('Members in the period');
    expect(column('years').display!(deals[0]!)).toBe('1960–1961');
  });
});
