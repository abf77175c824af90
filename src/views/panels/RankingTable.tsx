/**
 * The one table of every ranking (the Rankings and Compare panels): a caption, the first ten rows
 * with a toggle for the rest, and columns that sort by their figure through a button in the header
 * (reached and pressed with the keyboard like any button), with aria-sort saying the order. Rows
 * arrive ranked; sorted again by the column they are ranked by, they come back as ranked. Rows
 * without a figure always go last. Everything from data is rendered as text.
 */
import { useState, type ReactNode } from 'react';
import type { ModelData } from '../../model/dataset';
import { StateButton } from './StateButton';
import './rankings.css';

const FIRST = 10;

export interface RankingColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** The row's name: its cell is the row's header. */
  rowHeader?: boolean;
  /** Class of the body cells (besides `num` for numeric columns). */
  className?: string;
  /** The figure to sort by (null: none, sorted last). Without it the column does not sort. */
  sortValue?: (row: T) => number | null;
  /** What the sort button's tooltip calls the column: "Sort by {sortLabel}". */
  sortLabel?: string;
}

export interface SortOrder {
  key: string;
  descending: boolean;
}

/** A click on a column's sort button: the sorted column flips, another starts largest first. */
export function nextSort(current: SortOrder | null, key: string): SortOrder {
  return { key, descending: current?.key === key ? !current.descending : true };
}

/** The rows by a figure; rows without one last, ties in the order they came in. */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => number | null,
  descending: boolean,
): T[] {
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return descending ? vb - va : va - vb;
  });
}

export function RankingTable<T>({
  caption,
  rows,
  columns,
  rowKey,
  rankedBy,
  empty = 'None in this period and these filters.',
  testId,
}: {
  caption: string;
  rows: readonly T[];
  columns: readonly RankingColumn<T>[];
  rowKey: (row: T) => string | number;
  /** The sortable column the rows arrive ranked by, largest first (shown as the sort order). */
  rankedBy?: string;
  empty?: string;
  testId?: string;
}) {
  const [sort, setSort] = useState<SortOrder | null>(
    rankedBy === undefined ? null : { key: rankedBy, descending: true },
  );
  const [all, setAll] = useState(false);
  const sortColumn = sort && columns.find((c) => c.key === sort.key);
  // In the order they came in (their ranks), rows keep the model's tie-breaks.
  const asRanked = sort === null || (sort.key === rankedBy && sort.descending);
  const ordered =
    sort && !asRanked && sortColumn?.sortValue
      ? sortRows(rows, sortColumn.sortValue, sort.descending)
      : rows;
  const shown = all ? ordered : ordered.slice(0, FIRST);

  const header = (column: RankingColumn<T>) => {
    const className = column.numeric ? 'num' : undefined;
    if (!column.sortValue)
      return (
        <th key={column.key} scope="col" className={className}>
          {column.header}
        </th>
      );
    const active = sort?.key === column.key;
    return (
      <th
        key={column.key}
        scope="col"
        className={className}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort((s) => nextSort(s, column.key))}
          title={`Sort by ${column.sortLabel ?? (typeof column.header === 'string' ? column.header.toLowerCase() : column.key)}`}
        >
          {column.header}
          {/* A no-break space: the arrow stays with the last word of a wrapped header. */}
          <span aria-hidden="true">{active ? (sort.descending ? '\u00a0▾' : '\u00a0▴') : ''}</span>
        </button>
      </th>
    );
  };

  const cell = (column: RankingColumn<T>, row: T) => {
    const className =
      [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
    return column.rowHeader ? (
      <th key={column.key} scope="row" className={className}>
        {column.cell(row)}
      </th>
    ) : (
      <td key={column.key} className={className}>
        {column.cell(row)}
      </td>
    );
  };

  return (
    <div className="rankings-block">
      <table className="rankings-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>{columns.map(header)}</tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="hint">
                {empty}
              </td>
            </tr>
          ) : (
            shown.map((row) => <tr key={rowKey(row)}>{columns.map((c) => cell(c, row))}</tr>)
          )}
        </tbody>
      </table>
      {rows.length > FIRST && (
        <button
          type="button"
          className="link-button rankings-toggle"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? `Show the first ${FIRST}` : `Show all ${rows.length}`}
        </button>
      )}
    </div>
  );
}

/**
 * The first columns of a ranking of states: `#`, the rank the model gave (equal figures share
 * one), then the state.
 */
export function rankedStateColumns<T extends { rank: number; country: number }>(
  data: ModelData,
  header = 'State',
): RankingColumn<T>[] {
  return [
    { key: 'rank', header: '#', numeric: true, cell: (r) => r.rank },
    stateColumn(data, (r) => r.country, header),
  ];
}

/** The row's state (`country` of the row), as a button that selects it. */
export function stateColumn<T>(
  data: ModelData,
  country: (row: T) => number,
  header = 'State',
): RankingColumn<T> {
  return {
    key: 'state',
    header,
    rowHeader: true,
    cell: (r) => <StateButton data={data} country={country(r)} />,
  };
}

/** A column of figures that sorts by them (largest first on the first press). */
export function figureColumn<T, V extends number | null>(
  key: string,
  header: ReactNode,
  figure: (row: T) => V,
  format: (figure: V) => ReactNode,
  sortLabel: string,
): RankingColumn<T> {
  return {
    key,
    header,
    numeric: true,
    sortValue: figure,
    sortLabel,
    cell: (r) => format(figure(r)),
  };
}
