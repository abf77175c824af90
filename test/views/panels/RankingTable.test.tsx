// @vitest-environment jsdom
/**
 * The one ranking table of the Rankings and Compare panels: sorting (largest first, then
 * flipped; rows without a figure last; back to the model's own order), aria-sort, the first ten
 * rows and the toggle for the rest.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  figureColumn,
  nextSort,
  RankingTable,
  sortRows,
  type RankingColumn,
} from '../../../src/views/panels/RankingTable';

interface Row {
  name: string;
  value: number;
  change: number | null;
}

// Ranked by value (as the model gives them), names tie-broken: B before A at 50.
const ROWS: Row[] = [
  { name: 'B', value: 50, change: 10 },
  { name: 'A', value: 50, change: null },
  ...Array.from({ length: 10 }, (_, i) => ({ name: `S${i}`, value: 40 - i, change: i - 5 })),
];

const COLUMNS: RankingColumn<Row>[] = [
  { key: 'name', header: 'State', rowHeader: true, cell: (r) => r.name },
  figureColumn('value', 'Volume', (r) => r.value, String, 'volume'),
  figureColumn(
    'change',
    'Change',
    (r) => r.change,
    (c) => (c === null ? '–' : String(c)),
    'change',
  ),
];

const table = () =>
  render(
    <RankingTable
      caption="Top suppliers"
      rows={ROWS}
      columns={COLUMNS}
      rowKey={(r) => r.name}
      rankedBy="value"
    />,
  );
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('sortRows and nextSort', () => {
  it('sorts by a figure either way, rows without one last, ties as they came', () => {
    const value = (r: Row) => r.change;
    expect(sortRows(ROWS.slice(0, 4), value, true).map((r) => r.name)).toEqual([
      'B',
      'S1',
      'S0',
      'A',
    ]);
    expect(sortRows(ROWS.slice(0, 4), value, false).map((r) => r.name)).toEqual([
      'S0',
      'S1',
      'B',
      'A',
    ]);
    expect(sortRows(ROWS.slice(0, 2), (r) => r.value, true).map((r) => r.name)).toEqual(['B', 'A']);
  });

  it('flips the sorted column and starts another largest first', () => {
    expect(nextSort(null, 'value')).toEqual({ key: 'value', descending: true });
    expect(nextSort({ key: 'value', descending: true }, 'value')).toEqual({
      key: 'value',
      descending: false,
    });
    expect(nextSort({ key: 'value', descending: false }, 'change')).toEqual({
      key: 'change',
      descending: true,
    });
  });
});

describe('RankingTable', () => {
  afterEach(cleanup);

  it('shows the rows as ranked, says so with aria-sort, and only the first ten', () => {
    table();
    expect(screen.getByRole('table', { name: 'Top suppliers' })).toBeTruthy();
    expect(header('Volume').getAttribute('aria-sort')).toBe('descending');
    expect(header('Change').getAttribute('aria-sort')).toBe('none');
    // A column that does not sort has no sort state and no button.
    expect(header('State').hasAttribute('aria-sort')).toBe(false);
    expect(within(header('State')).queryByRole('button')).toBeNull();
    expect(names()).toEqual(['B', 'A', 'S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);

    const toggle = screen.getByRole('button', { name: 'Show all 12' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(names()).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Show the first 10' })).toBeTruthy();
  });

  it('sorts by a column from its header button, then the other way, and back to the ranks', () => {
    table();
    const change = within(header('Change')).getByRole('button');
    expect(change.getAttribute('title')).toBe('Sort by change');
    fireEvent.click(change);
    expect(header('Change').getAttribute('aria-sort')).toBe('descending');
    expect(header('Volume').getAttribute('aria-sort')).toBe('none');
    expect(names().slice(0, 3)).toEqual(['B', 'S9', 'S8']);
    fireEvent.click(change);
    expect(header('Change').getAttribute('aria-sort')).toBe('ascending');
    expect(names().slice(0, 2)).toEqual(['S0', 'S1']);
    // The row without a change stays last either way.
    fireEvent.click(screen.getByRole('button', { name: 'Show all 12' }));
    expect(names().at(-1)).toBe('A');

    fireEvent.click(within(header('Volume')).getByRole('button'));
    expect(header('Volume').getAttribute('aria-sort')).toBe('descending');
    expect(names().slice(0, 3)).toEqual(['B', 'A', 'S0']);
  });

  it('says when there is nothing to rank, across the whole row', () => {
    render(
      <RankingTable
        caption="Top recipients"
        rows={[]}
        columns={COLUMNS}
        rowKey={(r: Row) => r.name}
        empty="Nothing here."
      />,
    );
    const cell = screen.getByRole('cell', { name: 'Nothing here.' });
    expect(cell.getAttribute('colspan')).toBe('3');
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
