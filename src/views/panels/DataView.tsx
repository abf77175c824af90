/**
 * The Data view: the arms flows, alliance ties, multilateral agreements and deals behind the
 * current picture, as tables with the same filters. For screen-reader users and analysts: each
 * table has a caption, sortable headers (buttons inside <th>, aria-sort) and shows the first
 * 200 rows with a button for more. A state's name selects it. Everything is rendered as text.
 */
import { useMemo, useState } from 'react';
import type { ModelData } from '../../model/dataset';
import { periodLabel } from '../../model/summary';
import {
  MULTILATERAL_COLUMNS,
  TIE_COLUMNS,
  dealColumns,
  dealRows,
  flowColumns,
  flowRows,
  multilateralRows,
  sortRows,
  tieRows,
  type CellValue,
  type ColumnDef,
  type SortDirection,
} from '../../model/tables';
import { useAggregate } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import './data-view.css';

export const PAGE_SIZE = 200;

type TableName = 'flows' | 'ties' | 'multilateral' | 'deals';

/** Columns of long text, which wrap instead of widening the table. */
const WRAPPING = new Set(['source', 'agreements']);

function cellClass(column: ColumnDef<unknown>): string | undefined {
  return column.numeric ? 'numeric' : WRAPPING.has(column.id) ? 'wrap' : undefined;
}

function formatCell(value: CellValue, numeric: boolean | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!numeric) return String(value);
    const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
    // Years read better without a thousands separator.
    return Number.isInteger(rounded) && rounded >= 1000 && rounded <= 2999
      ? String(rounded)
      : rounded.toLocaleString('en');
  }
  return value;
}

export function DataView() {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const agg = useAggregate();
  const [table, setTable] = useState<TableName>('flows');
  const values = data?.hasValues ?? false;
  const flowCols = useMemo(() => flowColumns(values), [values]);
  const dealCols = useMemo(() => dealColumns(values), [values]);

  // Only the table on screen is built (the deals of a long period at SIPRI scale take ~30 ms).
  const rows = useMemo(() => {
    if (!data || !agg) return null;
    switch (table) {
      case 'flows':
        return { table, flows: flowRows(data, agg) } as const;
      case 'ties':
        return { table, ties: tieRows(data, agg) } as const;
      case 'multilateral':
        return { table, multilateral: multilateralRows(data, agg) } as const;
      case 'deals':
        return { table, deals: dealRows(data, agg) } as const;
    }
  }, [data, agg, table]);

  if (!data || !agg || !rows) return <p className="hint">Loading the dataset…</p>;
  const period = periodLabel(filters);
  const multilateralCount = agg.active.filter(
    (a) => !data.agreements[a.agreement]!.bilateral,
  ).length;
  const choices: { name: TableName; label: string; count: number | null }[] = [
    { name: 'flows', label: 'Arms flows', count: agg.transfers.length },
    { name: 'ties', label: 'Alliance ties', count: agg.ties.length },
    { name: 'multilateral', label: 'Multilateral agreements', count: multilateralCount },
    { name: 'deals', label: 'Deals', count: rows.table === 'deals' ? rows.deals.length : null },
  ];

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
            {c.count !== null && ` (${c.count.toLocaleString('en')})`}
          </button>
        ))}
      </div>
      {rows.table === 'flows' && (
        <SortableTable
          key={`flows-${values}`}
          caption={`Arms flows, deals delivered in ${period}`}
          note={
            filters.ties.transfers
              ? 'One row per supplier and recipient: deals with a delivery in the period, units and value delivered in it.'
              : 'Arms transfers are turned off in the filters.'
          }
          columns={flowCols}
          rows={rows.flows}
          rowKey={(r) => `${r.supplierId}>${r.recipientId}`}
          data={data}
        />
      )}
      {rows.table === 'ties' && (
        <SortableTable
          caption={`Alliance ties in force in ${period}`}
          note="One row per pair of states and agreement type. Multilateral agreements drawn as hubs or outlines are listed under Multilateral agreements."
          columns={TIE_COLUMNS}
          rows={rows.ties}
          rowKey={(r) => `${r.aId}|${r.bId}|${r.type}`}
          data={data}
        />
      )}
      {rows.table === 'multilateral' && (
        <SortableTable
          caption={`Multilateral agreements in force in ${period}`}
          columns={MULTILATERAL_COLUMNS}
          rows={rows.multilateral}
          rowKey={(r) => r.id}
          data={data}
        />
      )}
      {rows.table === 'deals' && (
        <SortableTable
          key={`deals-${values}`}
          caption={`Deals with deliveries in ${period}`}
          columns={dealCols}
          rows={rows.deals}
          rowKey={(r) => r.id}
          data={data}
        />
      )}
    </div>
  );
}

interface TableProps<R> {
  caption: string;
  note?: string;
  columns: ColumnDef<R>[];
  rows: R[];
  rowKey(row: R): string;
  data: ModelData;
}

function SortableTable<R>({ caption, note, columns, rows, rowKey, data }: TableProps<R>) {
  const select = useAppStore((s) => s.select);
  const [sort, setSort] = useState<{ column: string; direction: SortDirection } | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

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
            ({rows.length.toLocaleString('en')} {rows.length === 1 ? 'row' : 'rows'}
            {rows.length > shown.length ? `, first ${shown.length.toLocaleString('en')} shown` : ''}
            )
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
                  className={c.numeric ? 'numeric' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(c)}>
                    {c.label}
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
                Nothing matches the filters in this period.
              </td>
            </tr>
          )}
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) => {
                const text = c.display ? c.display(row) : formatCell(c.value(row), c.numeric);
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
          Show {Math.min(PAGE_SIZE, rows.length - shown.length).toLocaleString('en')} more rows
        </button>
      )}
    </div>
  );
}
