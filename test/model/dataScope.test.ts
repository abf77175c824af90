/**
 * The Data view's rows follow the selection (a state, an agreement, an arms flow, a tie, a hub
 * member link) and a text filter, on the hand-made fixture whose rows are known.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { filterByText, scopeRows, selectionScope } from '../../src/model/dataScope';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import {
  MULTILATERAL_COLUMNS,
  TIE_COLUMNS,
  dealColumns,
  dealRows,
  flowRows,
  multilateralRows,
  tieRows,
} from '../../src/model/tables';
import type { Selection } from '../../src/model/viewState';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const filters = defaultFilters(data.yearSpan);
// Clique mode: the pact's pairs are ties too, so every kind of row is there to narrow.
const agg = aggregate(data, filters, 'clique');
const hubAgg = aggregate(data, filters, 'hub');

/** The rows of each table about a selection, as short keys. */
function rowsAbout(selection: Selection | null, a = agg) {
  const scope = selectionScope(data, a, selection);
  return {
    flows: scopeRows({ table: 'flows', rows: flowRows(data, a) }, scope).rows.map(
      (r) => `${r.supplierId}>${r.recipientId}`,
    ),
    ties: scopeRows({ table: 'ties', rows: tieRows(data, a) }, scope).rows.map(
      (r) => `${r.aId}|${r.bId}`,
    ),
    multilateral: scopeRows(
      { table: 'multilateral', rows: multilateralRows(data, hubAgg) },
      selectionScope(data, hubAgg, selection),
    ).rows.map((r) => r.id),
    deals: scopeRows({ table: 'deals', rows: dealRows(data, a) }, scope).rows.map((r) => r.id),
    label: scope?.label ?? null,
  };
}

describe('rows about the selection', () => {
  it('no selection: every row', () => {
    expect(rowsAbout(null)).toEqual({
      flows: ['AAA>BBB', 'OLD>DDD', 'BBB>AAA'],
      // BBB (to 1971) and CCC (from 1970) overlap in the pact: a tie between them.
      ties: ['AAA|BBB', 'AAA|CCC', 'AAA|DDD', 'BBB|CCC'],
      multilateral: ['pact'],
      deals: ['d1', 'd2', 'd4', 'd3'],
      label: null,
    });
  });

  it('a state: its flows and deals either way, its ties, its multilateral agreements', () => {
    expect(rowsAbout({ kind: 'country', id: 'BBB' })).toEqual({
      flows: ['AAA>BBB', 'BBB>AAA'],
      ties: ['AAA|BBB', 'BBB|CCC'],
      multilateral: ['pact'],
      deals: ['d1', 'd2', 'd3'],
      label: 'Country BBB',
    });
    expect(rowsAbout({ kind: 'country', id: 'DDD' })).toMatchObject({
      flows: ['OLD>DDD'],
      ties: ['AAA|DDD'],
      multilateral: [],
      deals: ['d4'],
    });
  });

  it('an agreement: its ties, itself, and arms between its members', () => {
    expect(rowsAbout({ kind: 'agreement', id: 'aaa-ddd' })).toEqual({
      flows: [],
      ties: ['AAA|DDD'],
      multilateral: [],
      deals: [],
      label: 'AAA-DDD treaty',
    });
    expect(rowsAbout({ kind: 'agreement', id: 'pact' })).toMatchObject({
      flows: ['AAA>BBB', 'BBB>AAA'],
      ties: ['AAA|BBB', 'AAA|CCC', 'BBB|CCC'],
      multilateral: ['pact'],
    });
  });

  it('an arms flow: that pair’s flow and deals, its ties either way, agreements of both', () => {
    expect(rowsAbout({ kind: 'edge', id: 't:AAA>BBB' })).toEqual({
      flows: ['AAA>BBB'],
      ties: ['AAA|BBB'],
      multilateral: ['pact'],
      deals: ['d1', 'd2'],
      label: 'arms from Country AAA to Country BBB',
    });
  });

  it('an alliance tie: arms between the two either way', () => {
    expect(rowsAbout({ kind: 'edge', id: 'a:BBB|AAA|collective-defence' })).toEqual({
      flows: ['AAA>BBB', 'BBB>AAA'],
      ties: ['AAA|BBB'],
      multilateral: ['pact'],
      deals: ['d1', 'd2', 'd3'],
      label: 'Country BBB and Country AAA',
    });
  });

  it('a member’s link to a hub: the agreement', () => {
    expect(rowsAbout({ kind: 'edge', id: 'm:pact|AAA' }, hubAgg).label).toBe('Three-party pact');
  });

  it('an unknown selection narrows nothing', () => {
    expect(selectionScope(data, agg, { kind: 'country', id: 'ZZZ' })).toBeNull();
    expect(selectionScope(data, agg, { kind: 'edge', id: 'x:what' })).toBeNull();
    expect(selectionScope(data, agg, { kind: 'agreement', id: 'nope' })).toBeNull();
  });
});

describe('the text filter', () => {
  const deals = dealRows(data, agg);
  const columns = dealColumns(true);

  it('keeps rows containing every word, in any case and order', () => {
    expect(filterByText(deals, columns, 'f-1').map((r) => r.id)).toEqual(['d1']);
    expect(filterByText(deals, columns, 'bbb  aircraft').map((r) => r.id)).toEqual(['d1']);
    expect(filterByText(deals, columns, 'country ddd').map((r) => r.id)).toEqual(['d4']);
    expect(filterByText(deals, columns, 'nothing like it')).toEqual([]);
    expect(filterByText(deals, columns, '   ')).toBe(deals);
  });

  it('reads agreement names and types in the other tables', () => {
    const ties = tieRows(data, agg);
    expect(filterByText(ties, TIE_COLUMNS, 'treaty').map((r) => `${r.aId}|${r.bId}`)).toEqual([
      'AAA|DDD',
    ]);
    const groups = multilateralRows(data, hubAgg);
    expect(filterByText(groups, MULTILATERAL_COLUMNS, 'COLLECTIVE').map((r) => r.id)).toEqual([
      'pact',
    ]);
  });

  it('ignores accents', () => {
    const rows = [{ name: 'Côte d’Ivoire' }, { name: 'Chile' }];
    const cols = [{ id: 'name', label: 'Name', value: (r: { name: string }) => r.name }];
    expect(filterByText(rows, cols, 'cote')).toEqual([{ name: 'Côte d’Ivoire' }]);
  });
});
