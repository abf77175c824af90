/**
 * CSV exports: the filtered deals and the aggregated edges. RFC 4180 (comma separator, CRLF line
 * ends, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte-order
 * mark so Excel reads accents, and a defence against formula injection: a text cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so spreadsheets show it as text.
 */
import type { Aggregate } from '../../model/aggregate';
import type { ModelData } from '../../model/dataset';
import { dealRows, flowRows } from '../../model/tables';
import { AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS } from '../../model/types';

export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are, text defended against formulas, then quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text (no BOM; see `csvBlobText`). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The text to put in a downloaded file: BOM + CSV. */
export function csvFileText(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + toCsv(rows);
}

/**
 * A ranking's suppliers then recipients in one table: each row led by its role ("supplier",
 * "recipient") and the state's id and name, then the `columns` that `row` gives.
 */
export function bySide<T extends { country: number }>(
  data: ModelData,
  sides: { suppliers: readonly T[]; recipients: readonly T[] },
  columns: readonly string[],
  row: (item: T) => CsvValue[],
): CsvValue[][] {
  const line = (role: string) => (item: T) => {
    const c = data.countries[item.country]!;
    return [role, c.id, c.name, ...row(item)];
  };
  return [
    ['role', 'id', 'name', ...columns],
    ...sides.suppliers.map(line('supplier')),
    ...sides.recipients.map(line('recipient')),
  ];
}

/** A figure to three decimals (shares, changes and TIV need no more); null stays empty. */
export const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** Every deal with a delivery in the period that passes the filters, one row each. */
export function dealsTable(data: ModelData, agg: Aggregate): CsvValue[][] {
  const header = [
    'deal_id',
    'supplier_id',
    'supplier',
    'recipient_id',
    'recipient',
    'designation',
    'description',
    'category',
    'order_year',
    'units_ordered',
    'delivery_years_in_period',
    'units_delivered_in_period',
    'tiv_delivered_in_period',
    'status',
    'production',
    'source',
    'notes',
  ];
  const rows: CsvValue[][] = [header];
  for (const r of dealRows(data, agg)) {
    const t = r.transfer;
    rows.push([
      t.id,
      r.supplierId,
      r.supplier,
      r.recipientId,
      r.recipient,
      t.designation,
      t.description ?? null,
      t.category,
      t.ordered?.year ?? null,
      t.ordered?.units ?? null,
      r.years.join(' '),
      r.units,
      round(r.tiv),
      t.status ?? null,
      t.production ?? null,
      t.source,
      t.notes ?? null,
    ]);
  }
  return rows;
}

/**
 * The aggregated edges behind the picture: arms flows (directed), alliance ties (one per pair and
 * agreement type) and, for multilateral agreements drawn as hubs or hulls, one membership row per
 * member.
 */
export function edgesTable(data: ModelData, agg: Aggregate): CsvValue[][] {
  const header = [
    'kind',
    'source_id',
    'source',
    'target_id',
    'target',
    'directed',
    'deals',
    'units',
    'tiv',
    'agreement_type',
    'agreements',
  ];
  const rows: CsvValue[][] = [header];
  for (const f of flowRows(data, agg)) {
    rows.push([
      'transfer',
      f.supplierId,
      f.supplier,
      f.recipientId,
      f.recipient,
      true,
      f.deals,
      f.units,
      round(f.tiv),
      null,
      null,
    ]);
  }
  const c = data.countries;
  const agreementLabel = (i: number) => {
    const r = data.agreements[i]!.record;
    return r.shortName ?? r.name;
  };
  for (const t of agg.ties) {
    const type = AGREEMENT_TYPES[t.typeIndex]!;
    rows.push([
      'alliance',
      c[t.a]!.id,
      c[t.a]!.name,
      c[t.b]!.id,
      c[t.b]!.name,
      false,
      null,
      null,
      null,
      AGREEMENT_TYPE_LABELS[type],
      t.agreements.map(agreementLabel).join('; '),
    ]);
  }
  for (const g of agg.groups) {
    const a = data.agreements[g.agreement]!;
    for (const m of g.members) {
      rows.push([
        'member',
        a.record.id,
        agreementLabel(g.agreement),
        c[m]!.id,
        c[m]!.name,
        false,
        null,
        null,
        null,
        AGREEMENT_TYPE_LABELS[a.type],
        agreementLabel(g.agreement),
      ]);
    }
  }
  return rows;
}
