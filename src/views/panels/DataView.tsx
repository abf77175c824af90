/**
 * The Data view: the arms flows, alliance ties, multilateral agreements and deals behind the
 * current picture, as tables with the same filters. With something selected (a state, an
 * agreement, a flow, a tie) the rows are those about it; a text box narrows them further. For
 * screen-reader users and analysts: each table has a caption, sortable headers (buttons inside
 * <th>, aria-sort) and shows the first 200 rows with a button for more. Secondary columns hide
 * when the panel is narrow. A state's name selects it. Everything is rendered as text.
 */
import { useMemo, useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { countOf, formatCount } from '../../model/format';
import { filterByText, type DataScope, type TableName } from '../../model/dataScope';
import { periodLabel } from '../../model/summary';
import {
  MULTILATERAL_COLUMNS,
  cellText,
  TIE_COLUMNS,
  dealColumns,
  flowColumns,
  sortRows,
  type ColumnDef,
  type SortDirection,
} from '../../model/tables';
import type { Selection } from '../../model/viewState';
import { useDataScope, useDataTables } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './data-view.css';

export const PAGE_SIZE = 200;

/** Columns of long text (or lists of years), which wrap more freely than names. */
const WRAPPING = new Set(['source', 'agreements', 'designation', 'name', 'years']);

function cellClass(column: ColumnDef<unknown>): string {
  return [
    column.numeric ? 'numeric' : 'text',
    WRAPPING.has(column.id) ? 'wrap' : '',
    column.secondary ? 'secondary' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function DataView() {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const selection = useAppStore((s) => s.view.selection);
  const [table, setTable] = useState<TableName>('flows');
  const [query, setQuery] = useState('');
  // "Show all rows" applies to the selection it was chosen for: a new selection scopes again.
  const [allRowsFor, setAllRowsFor] = useState<Selection | null>(null);
  const selectionScope = useDataScope();
  const scoped = useDataTables(table === 'deals', allRowsFor !== selection);
  const values = data?.hasValues ?? false;
  const flowCols = useMemo(() => flowColumns(values), [values]);
  const dealCols = useMemo(() => dealColumns(values), [values]);
  const scope = scoped?.scope ?? null;

  if (!data || !scoped) return <p className="hint">Loading the dataset…</p>;
  const period = periodLabel(filters);
  const choices: { name: TableName; label: string; count: number | null }[] = [
    { name: 'flows', label: 'Arms flows', count: scoped.flows.rows.length },
    { name: 'ties', label: 'Alliance ties', count: scoped.ties.rows.length },
    {
      name: 'multilateral',
      label: 'Multilateral agreements',
      count: scoped.multilateral.rows.length,
    },
    { name: 'deals', label: 'Deals', count: scoped.deals ? scoped.deals.rows.length : null },
  ];
  const tableProps = { query, data, scoped: scope !== null };

  return (
    <div className="data-view">
      <div className="data-view-choices" role="group" aria-label="Table to show">
        {choices.map((c) => (
          <button
            key={c.name}
            type="button"
            aria-pressed={table === c.name}
            onClick={() => setTable(c.name)}
          >
            {c.label}
            {c.count !== null && ` (${formatCount(c.count)})`}
          </button>
        ))}
      </div>
      <ScopeNote
        scope={selectionScope}
        showingAll={scope === null}
        onShowAll={() => setAllRowsFor(selection)}
        onScope={() => setAllRowsFor(null)}
      />
      <input
        type="search"
        className="data-filter"
        aria-label="Filter rows"
        placeholder="Filter: designation, state, agreement…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {table === 'flows' && (
        <SortableTable
          key={`flows-${values}`}
          caption={`Arms flows, deals delivered in ${period}`}
          note={
            filters.ties.transfers
              ? 'One row per supplier and recipient: deals with a delivery in the period, units and value delivered in it.'
              : 'Arms transfers are turned off in the filters.'
          }
          columns={flowCols}
          rows={scoped.flows.rows}
          rowKey={(r) => `${r.supplierId}>${r.recipientId}`}
          {...tableProps}
        />
      )}
      {table === 'ties' && (
        <SortableTable
          caption={`Alliance ties in force in ${period}`}
          note="One row per pair of states and agreement type. Multilateral agreements drawn as hubs or outlines are listed under Multilateral agreements."
          columns={TIE_COLUMNS}
          rows={scoped.ties.rows}
          rowKey={(r) => `${r.aId}|${r.bId}|${r.type}`}
          {...tableProps}
        />
      )}
      {table === 'multilateral' && (
        <SortableTable
          caption={`Multilateral agreements in force in ${period}`}
          columns={MULTILATERAL_COLUMNS}
          rows={scoped.multilateral.rows}
          rowKey={(r) => r.id}
          {...tableProps}
        />
      )}
      {table === 'deals' && scoped.deals && (
        <SortableTable
          key={`deals-${values}`}
          caption={`Deals with deliveries in ${period}`}
          columns={dealCols}
          rows={scoped.deals.rows}
          rowKey={(r) => r.id}
          {...tableProps}
        />
      )}
    </div>
  );
}

/** Says which selection the rows are about, with a way to see them all. */
function ScopeNote({
  scope,
  showingAll,
  onShowAll,
  onScope,
}: {
  scope: DataScope | null;
  showingAll: boolean;
  onShowAll(): void;
  onScope(): void;
}) {
  if (!scope) return null;
  return (
    <p className="data-scope" role="status">
      {showingAll ? (
        <>
          All rows.{' '}
          <button type="button" className="link-button" onClick={onScope}>
            Only those about {scope.label}
          </button>
        </>
      ) : (
        <>
          Rows about <strong>{scope.label}</strong>, the selection.{' '}
          <button type="button" className="link-button" onClick={onShowAll}>
            Show all rows
          </button>
        </>
      )}
    </p>
  );
}

interface TableProps<R> {
  caption: string;
  note?: string;
  columns: ColumnDef<R>[];
  /** The rows about the selection (all without one), before the text filter. */
  rows: R[];
  rowKey(row: R): string;
  data: ModelData;
  query: string;
  /** The rows are narrowed to the selection. */
  scoped: boolean;
}

function SortableTable<R>({
  caption,
  note,
  columns,
  rows: all,
  rowKey,
  data,
  query,
  scoped,
}: TableProps<R>) {
  const select = useAppStore((s) => s.select);
  const [sort, setSort] = useState<{ column: string; direction: SortDirection } | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  const rows = useMemo(() => filterByText(all, columns, query), [all, columns, query]);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.column);
    return column ? sortRows(rows, column, sort.direction) : rows;
  }, [rows, columns, sort]);

  const onSort = (column: ColumnDef<R>) => {
    setSort((s) =>
      s?.column === column.id
        ? { column: column.id, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column: column.id, direction: column.numeric ? 'descending' : 'ascending' },
    );
  };

  const shown = sorted.slice(0, limit);
  return (
    <div className="data-table-wrap">
      {note && <p className="hint data-note">{note}</p>}
      <table className="data-table">
        <caption>
          {caption}{' '}
          <span className="data-count">
            ({countOf(rows.length, 'row')}
            {rows.length < all.length ? ` of ${formatCount(all.length)}` : ''}
            {rows.length > shown.length ? `, first ${formatCount(shown.length)} shown` : ''})
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={active ? sort.direction : 'none'}
                  className={cellClass(c as ColumnDef<unknown>)}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={c.shortLabel ? c.label : undefined}
                    onClick={() => onSort(c)}
                  >
                    {c.shortLabel ?? c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="hint">
                {query.trim() !== ''
                  ? `No row matches “${query.trim()}”.`
                  : scoped
                    ? 'Nothing about the selection matches the filters in this period.'
                    : 'Nothing matches the filters in this period.'}
              </td>
            </tr>
          )}
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const text = cellText(c, row);
                const id = c.countryId?.(row);
                const content =
                  id !== undefined && data.countryIndex.has(id) ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => select({ kind: 'country', id })}
                    >
                      {text}
                    </button>
                  ) : (
                    text
                  );
                return i === 0 ? (
                  <th key={c.id} scope="row" className={cellClass(c as ColumnDef<unknown>)}>
                    {content}
                  </th>
                ) : (
                  <td key={c.id} className={cellClass(c as ColumnDef<unknown>)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <button type="button" className="show-more" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          Show {countOf(Math.min(PAGE_SIZE, rows.length - shown.length), 'more row')}
        </button>
      )}
    </div>
  );
}
