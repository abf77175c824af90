/**
 * The one column spec of SIPRI's two deal exports, and the reader that turns a CSV row of
 * either into the same `SipriRow`.
 *
 * - the classic trade register (`sipri-trade-register`): one row per deal, delivery years as a
 *   "; "-separated list, totals for what was delivered, `?` in unnamed flag columns;
 * - the transfers export of the 2024+ interface (`sipri-transfers`): one row per deal and
 *   delivery year, `Yes`/`No` flags, the deal's id in the first column.
 *
 * Quirks handled here (see the PROVENANCE notes of the reference files): a preamble before the
 * header, which is found by its content; a `;` appended to every line by a spreadsheet re-save;
 * padding cells; unnamed uncertainty columns (header text a single space) after `Year of order`,
 * `Number ordered` and `Number delivered`; a raw line break inside Comments that splits a record
 * into two physical lines (the two are joined); empty `Number ordered`.
 */
import type { CsvRow } from './csv';
import { ImportFailure } from './types';

export type SipriFormat = 'sipri-trade-register' | 'sipri-transfers';

/** What one row of either export says about a deal. Absent columns read as empty. */
export interface SipriRow {
  /** 1-based physical line of the file. */
  line: number;
  /** SIPRI's deal id (transfers export only). */
  dealId: string;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  /** SIPRI's armament category (transfers export only). */
  categoryLabel: string;
  orderYear: number | undefined;
  orderYearEstimate: boolean;
  ordered: number | undefined;
  orderedEstimate: boolean;
  /** Units delivered: the deal's total (register) or the row's year (transfers). */
  delivered: number | undefined;
  deliveredEstimate: boolean;
  deliveryYears: number[];
  deliveryYearEstimate: boolean;
  status: string;
  comments: string;
  tivPerUnit: number | undefined;
  tivOrder: number | undefined;
  /** TIV delivered: the deal's total (register) or the row's year (transfers). */
  tivDelivered: number | undefined;
  localProduction: boolean;
}

type Field = Exclude<keyof SipriRow, 'line'>;

type Read =
  /** Trimmed text. */
  | 'text'
  /** A deal id, which becomes part of a record id: letters, digits, `_`, `.`, `-`. */
  | 'id'
  | 'year'
  /** One year, read into a list. */
  | 'year-list'
  /** Years separated by "; " (the register's `Year(s) of delivery`). */
  | 'years'
  | 'integer'
  | 'number'
  /** `?`/`Yes` or empty/`No`. */
  | 'flag';

interface Column {
  /** Header text in lower case; `{ flagAfter }`: the unnamed column right after that one. */
  header: string | { flagAfter: string };
  read: Read;
  /** `column`: the header must have it; `value`: and every row must fill it. */
  need?: 'column' | 'value';
}

const REGISTER: SipriFormat = 'sipri-trade-register';
const TRANSFERS: SipriFormat = 'sipri-transfers';

/**
 * Per field, the column of each export that holds it. Fields are read in this order, so a row
 * with several bad cells reports the first of them.
 */
export const SIPRI_COLUMNS: Record<Field, Partial<Record<SipriFormat, Column>>> = {
  dealId: { [TRANSFERS]: { header: 'sipri at database id', read: 'id', need: 'value' } },
  recipient: {
    [REGISTER]: { header: 'recipient', read: 'text', need: 'value' },
    [TRANSFERS]: { header: 'recipient', read: 'text', need: 'value' },
  },
  supplier: {
    [REGISTER]: { header: 'supplier', read: 'text', need: 'value' },
    [TRANSFERS]: { header: 'supplier', read: 'text', need: 'value' },
  },
  orderYear: {
    [REGISTER]: { header: 'year of order', read: 'year', need: 'column' },
    [TRANSFERS]: { header: 'order date', read: 'year' },
  },
  orderYearEstimate: {
    [REGISTER]: { header: { flagAfter: 'year of order' }, read: 'flag' },
    [TRANSFERS]: { header: 'order date is estimate', read: 'flag' },
  },
  ordered: { [REGISTER]: { header: 'number ordered', read: 'integer', need: 'column' } },
  orderedEstimate: { [REGISTER]: { header: { flagAfter: 'number ordered' }, read: 'flag' } },
  designation: {
    [REGISTER]: { header: 'weapon designation', read: 'text', need: 'value' },
    [TRANSFERS]: { header: 'designation', read: 'text', need: 'value' },
  },
  description: {
    [REGISTER]: { header: 'weapon description', read: 'text', need: 'column' },
    [TRANSFERS]: { header: 'description', read: 'text' },
  },
  categoryLabel: { [TRANSFERS]: { header: 'armament category', read: 'text' } },
  delivered: {
    [REGISTER]: { header: 'number delivered', read: 'integer', need: 'column' },
    [TRANSFERS]: { header: 'numbers delivered', read: 'integer' },
  },
  deliveredEstimate: {
    [REGISTER]: { header: { flagAfter: 'number delivered' }, read: 'flag' },
    [TRANSFERS]: { header: 'numbers delivered is estimate', read: 'flag' },
  },
  deliveryYears: {
    [REGISTER]: { header: 'year(s) of delivery', read: 'years', need: 'column' },
    [TRANSFERS]: { header: 'delivery year', read: 'year-list', need: 'column' },
  },
  deliveryYearEstimate: {
    [TRANSFERS]: { header: 'delivery year is estimate', read: 'flag' },
  },
  status: {
    [REGISTER]: { header: 'status', read: 'text' },
    [TRANSFERS]: { header: 'status', read: 'text' },
  },
  comments: { [REGISTER]: { header: 'comments', read: 'text' } },
  tivPerUnit: {
    [REGISTER]: { header: 'sipri tiv per unit', read: 'number' },
    // The unit TIV after SIPRI's second-hand adjustment (`SIPRI estimate` is a new unit's).
    [TRANSFERS]: { header: 'tiv deal unit', read: 'number' },
  },
  tivOrder: { [REGISTER]: { header: 'sipri tiv for total order', read: 'number' } },
  tivDelivered: {
    [REGISTER]: { header: 'sipri tiv of delivered weapons', read: 'number' },
    [TRANSFERS]: { header: 'tiv delivery values', read: 'number' },
  },
  localProduction: { [TRANSFERS]: { header: 'local production', read: 'flag' } },
};

const FIELDS = Object.keys(SIPRI_COLUMNS) as Field[];

const EMPTY: Record<Read, () => unknown> = {
  text: () => '',
  id: () => '',
  year: () => undefined,
  'year-list': () => [],
  years: () => [],
  integer: () => undefined,
  number: () => undefined,
  flag: () => false,
};

/** A header or data cell without the re-save `;`, trimmed, in lower case. */
export const normHeader = (s: string | undefined) =>
  (s ?? '')
    .replace(/;+\s*$/, '')
    .trim()
    .toLowerCase();

/** Which SIPRI layout a header row is, if any. */
export function sipriHeaderFormat(fields: readonly string[]): SipriFormat | undefined {
  const f0 = normHeader(fields[0]);
  if (f0 === 'sipri at database id') return TRANSFERS;
  if (
    f0 === 'recipient' &&
    normHeader(fields[1]) === 'supplier' &&
    normHeader(fields[2]).startsWith('year of order')
  ) {
    return REGISTER;
  }
  return undefined;
}

/** The column index of every field in this header (-1: absent). Throws for a missing column. */
function locateColumns(
  header: readonly string[],
  format: SipriFormat,
  headerLine: number,
): Map<Field, number> {
  const at = (name: string) => header.findIndex((h) => normHeader(h) === name);
  const out = new Map<Field, number>();
  for (const field of FIELDS) {
    const column = SIPRI_COLUMNS[field][format];
    if (!column) continue;
    let index: number;
    if (typeof column.header === 'string') index = at(column.header);
    else {
      const i = at(column.header.flagAfter);
      index = i >= 0 && i + 1 < header.length && header[i + 1]!.trim() === '' ? i + 1 : -1;
    }
    if (index < 0 && column.need) {
      const name = typeof column.header === 'string' ? column.header : column.header.flagAfter;
      throw new ImportFailure(
        headerLine,
        `missing column "${name}" in the header`,
        undefined,
        name,
      );
    }
    out.set(field, index);
  }
  return out;
}

/** Reads typed cells of one row; a bad cell fails with its line, column and header text. */
class Cells {
  constructor(
    private readonly header: readonly string[],
    private readonly fields: readonly string[],
    private readonly line: number,
  ) {}
  fail(index: number, message: string): never {
    throw new ImportFailure(
      this.line,
      message,
      index + 1,
      this.header[index]?.trim() || `column ${index + 1}`,
    );
  }
  read(index: number, read: Read, required: boolean): unknown {
    const s = this.fields[index] ?? '';
    if (s === '') {
      if (required) this.fail(index, 'empty');
      return EMPTY[read]();
    }
    switch (read) {
      case 'text':
        return s;
      case 'id':
        if (!/^[A-Za-z0-9_.-]+$/.test(s)) this.fail(index, `unexpected deal id "${s}"`);
        return s;
      case 'integer':
        if (!/^\d+$/.test(s)) this.fail(index, `expected a whole number, found "${s}"`);
        return Number(s);
      case 'number':
        if (!/^\d+(\.\d+)?$/.test(s)) this.fail(index, `expected a number, found "${s}"`);
        return Number(s);
      case 'year':
      case 'year-list': {
        if (!isYear(s)) this.fail(index, `expected a year (4 digits), found "${s}"`);
        return read === 'year' ? Number(s) : [Number(s)];
      }
      case 'years': {
        const years = s.split(';').map((part) => part.trim());
        if (!years.every(isYear))
          this.fail(index, `expected delivery years like "1957; 1958", found "${s}"`);
        return years.map(Number).sort((a, b) => a - b);
      }
      case 'flag': {
        const k = s.toLowerCase();
        if (k === 'no') return false;
        if (k === '?' || k === 'yes') return true;
        this.fail(index, `expected "?" or empty (or Yes/No), found "${s}"`);
      }
    }
  }
}

const isYear = (s: string) => /^\d{4}$/.test(s) && Number(s) >= 1000 && Number(s) <= 2200;

export interface SipriTable {
  format: SipriFormat;
  /** Physical line of the header row. */
  headerLine: number;
  /** Lines before the header (notes, "Data generated: ..."), cells joined by commas. */
  preamble: string[];
  rows: SipriRow[];
}

/**
 * Find the header, then read every data row with the column spec: blank rows dropped, trailing
 * `;` removed, records broken by a raw line break joined, and every row checked to have the
 * header's number of fields. `onRow` is called after each row (for progress).
 */
export function readSipriTable(
  csv: readonly CsvRow[],
  fileName: string,
  onRow?: (index: number, total: number) => void,
): SipriTable {
  let headerIndex = -1;
  let format: SipriFormat | undefined;
  for (let i = 0; i < Math.min(csv.length, 60); i++) {
    format = sipriHeaderFormat(csv[i]!.fields);
    if (format) {
      headerIndex = i;
      break;
    }
  }
  if (!format || headerIndex < 0) {
    throw new ImportFailure(1, `${fileName}: no SIPRI header row found in the first 60 lines`);
  }
  const headerLine = csv[headerIndex]!.line;
  const header = csv[headerIndex]!.fields.map((f) => f.replace(/;+\s*$/, ''));
  // Trailing empty header cells (spreadsheet padding) are not columns.
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const n = header.length;
  const columns = locateColumns(header, format, headerLine);
  // Only the columns this file has, in spec order.
  const plan = [...columns]
    .filter(([, index]) => index >= 0)
    .map(([field, index]) => {
      const column = SIPRI_COLUMNS[field][format]!;
      return { field, index, read: column.read, required: column.need === 'value' };
    });
  const preamble = csv.slice(0, headerIndex).map((r) => r.fields.join(','));
  const clean = (fields: string[]) => {
    const out = fields.slice();
    const last = out.length - 1;
    out[last] = out[last]!.replace(/;+\s*$/, '');
    // Spreadsheet padding: extra empty cells at the end.
    while (out.length > n && out[out.length - 1]!.trim() === '') out.pop();
    return out;
  };
  const rows: SipriRow[] = [];
  for (let i = headerIndex + 1; i < csv.length; i++) {
    const row = csv[i]!;
    let fields = clean(row.fields);
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    if (fields.length < n) {
      // A raw line break inside a text field: this row and the next make one record.
      const next = csv[i + 1];
      if (next) {
        const nextFields = clean(next.fields);
        if (fields.length + nextFields.length - 1 === n) {
          const a = fields[fields.length - 1]!.trimEnd();
          const b = nextFields[0]!.trim();
          fields = [...fields.slice(0, -1), b ? `${a} ${b}` : a, ...nextFields.slice(1)];
          i++;
        }
      }
    }
    if (fields.length !== n) {
      throw new ImportFailure(
        row.line,
        `expected ${n} fields as in the header (line ${headerLine}), found ${fields.length}`,
        Math.min(fields.length, n) + 1,
      );
    }
    const cells = new Cells(
      header,
      fields.map((f) => f.trim()),
      row.line,
    );
    const values = emptyRow(row.line) as unknown as Record<Field, unknown>;
    for (const c of plan)
      if (c.index >= 0) values[c.field] = cells.read(c.index, c.read, c.required);
    rows.push(values as unknown as SipriRow);
    onRow?.(rows.length, csv.length - headerIndex);
  }
  return { format, headerLine, preamble, rows };
}

/** A row with every field empty (one object shape for all rows). */
function emptyRow(line: number): SipriRow {
  return {
    line,
    dealId: '',
    supplier: '',
    recipient: '',
    designation: '',
    description: '',
    categoryLabel: '',
    orderYear: undefined,
    orderYearEstimate: false,
    ordered: undefined,
    orderedEstimate: false,
    delivered: undefined,
    deliveredEstimate: false,
    deliveryYears: [],
    deliveryYearEstimate: false,
    status: '',
    comments: '',
    tivPerUnit: undefined,
    tivOrder: undefined,
    tivDelivered: undefined,
    localProduction: false,
  };
}
