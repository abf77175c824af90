/**
 * SIPRI Arms Transfers Database exports -> Entente transfers.
 *
 * Format A, the classic "trade register": one row per deal, with totals for what was
 * delivered and a list of delivery years. Format B, the "transfers" export of the new SIPRI
 * interface (2024+): one row per deal and delivery year, grouped here by `SIPRI AT Database ID`.
 *
 * Quirks handled (see the PROVENANCE notes of the reference files):
 * - a preamble of notes before the header; the header row is found by its content, and the
 *   "Data generated" date is read from the preamble;
 * - ISO-8859-1 text (decoded by text.ts), CRLF or CR line endings, a `;` appended to every line
 *   by a spreadsheet re-save;
 * - unnamed uncertainty columns (header text a single space) after `Year of order`,
 *   `Number ordered` and `Number delivered`: `?` means estimate;
 * - commas inside text are written as "; "; delivery years are a "; "-separated list;
 * - a raw line break inside Comments splits a record into two physical lines (13 + 4 fields):
 *   the two are joined;
 * - an empty `Number ordered`, deals with nothing delivered yet (`0` and no years);
 * - status strings `New`, `Second hand`, `Second hand but modernized`.
 */
import type {
  Country,
  Dataset,
  Delivery,
  Transfer,
  TransferStatus,
  WeaponCategory,
} from '../../model/types';
import { ActorRegistry } from './actors';
import { readCsv, type CsvRow } from './csv';
import { resolveSipriName } from './names';
import { categoryFromDescription, categoryFromLabel } from './sipriCategories';
import type { TextEncodingName } from './text';
import { ImportFailure, WarningCollector, type ImportReport } from './types';

export type SipriFormat = 'sipri-trade-register' | 'sipri-transfers';

export interface SipriOptions {
  /** The file name, quoted in every record's `source`. */
  fileName: string;
  encoding?: TextEncodingName;
  onProgress?: (fraction: number) => void;
  /** Known states: non-state actors are placed at their host country when it is listed. */
  countries?: readonly Country[];
}

export interface SipriResult {
  format: SipriFormat;
  dataset: Dataset;
  report: ImportReport;
}

const norm = (s: string | undefined) =>
  (s ?? '')
    .replace(/;+\s*$/, '')
    .trim()
    .toLowerCase();

/** Which SIPRI layout a header row is, if any. */
export function sipriHeaderFormat(fields: readonly string[]): SipriFormat | undefined {
  const f0 = norm(fields[0]);
  if (f0 === 'sipri at database id') return 'sipri-transfers';
  if (
    f0 === 'recipient' &&
    norm(fields[1]) === 'supplier' &&
    norm(fields[2]).startsWith('year of order')
  ) {
    return 'sipri-trade-register';
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Data generated: 13 Mar 2025 10:02:49 AM" -> "2025-03-13" (the text itself if unparsable). */
export function generatedDate(preamble: readonly string[]): string | undefined {
  for (const line of preamble) {
    const m = /^\s*(?:data\s+)?generated:\s*(.+?)[\s;,]*$/i.exec(line);
    if (!m) continue;
    const text = m[1]!.trim();
    const d = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(text);
    if (d) {
      const month = MONTHS.indexOf(d[2]!.slice(0, 3).toLowerCase());
      if (month >= 0)
        return `${d[3]}-${String(month + 1).padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
    }
    return text;
  }
  return undefined;
}

/** A data row with its cells trimmed of the re-save `;` and of spaces. */
interface Row {
  fields: string[];
  line: number;
}

/**
 * Find the header, then return the data rows: blank rows dropped, trailing `;` removed,
 * records broken by a raw line break joined, and every row checked to have the header's
 * number of fields.
 */
function splitRows(
  rows: CsvRow[],
  fileName: string,
): { headerIndex: number; header: string[]; format: SipriFormat; data: Row[]; preamble: string[] } {
  let headerIndex = -1;
  let format: SipriFormat | undefined;
  for (let i = 0; i < Math.min(rows.length, 60); i++) {
    format = sipriHeaderFormat(rows[i]!.fields);
    if (format) {
      headerIndex = i;
      break;
    }
  }
  if (!format || headerIndex < 0) {
    throw new ImportFailure(1, `${fileName}: no SIPRI header row found in the first 60 lines`);
  }
  const header = rows[headerIndex]!.fields.map((f) => f.replace(/;+\s*$/, ''));
  // Trailing empty header cells (spreadsheet padding) are not columns.
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const n = header.length;
  const preamble = rows.slice(0, headerIndex).map((r) => r.fields.join(','));
  const data: Row[] = [];
  const clean = (fields: string[]) => {
    const out = fields.slice();
    const last = out.length - 1;
    out[last] = out[last]!.replace(/;+\s*$/, '');
    // Spreadsheet padding: extra empty cells at the end.
    while (out.length > n && out[out.length - 1]!.trim() === '') out.pop();
    return out;
  };
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    let fields = clean(row.fields);
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    if (fields.length < n) {
      // A raw line break inside a text field: this row and the next make one record.
      const next = rows[i + 1];
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
        `expected ${n} fields as in the header (line ${rows[headerIndex]!.line}), found ${fields.length}`,
        Math.min(fields.length, n) + 1,
      );
    }
    data.push({ fields: fields.map((f) => f.trim()), line: row.line });
  }
  return { headerIndex, header, format, data, preamble };
}

class Cells {
  constructor(
    private readonly header: string[],
    private readonly row: Row,
  ) {}
  get(index: number): string {
    return this.row.fields[index] ?? '';
  }
  fail(index: number, message: string): never {
    throw new ImportFailure(
      this.row.line,
      message,
      index + 1,
      this.header[index]?.trim() || `column ${index + 1}`,
    );
  }
  /** A non-negative number, or undefined when empty. */
  number(index: number): number | undefined {
    const s = this.get(index);
    if (s === '') return undefined;
    if (!/^\d+(\.\d+)?$/.test(s)) this.fail(index, `expected a number, found "${s}"`);
    return Number(s);
  }
  integer(index: number): number | undefined {
    const s = this.get(index);
    if (s === '') return undefined;
    if (!/^\d+$/.test(s)) this.fail(index, `expected a whole number, found "${s}"`);
    return Number(s);
  }
  year(index: number): number | undefined {
    const s = this.get(index);
    if (s === '') return undefined;
    if (!/^\d{4}$/.test(s) || Number(s) < 1000 || Number(s) > 2200)
      this.fail(index, `expected a year (4 digits), found "${s}"`);
    return Number(s);
  }
  flag(index: number): boolean {
    if (index < 0) return false;
    const s = this.get(index).toLowerCase();
    if (s === '' || s === 'no') return false;
    if (s === '?' || s === 'yes') return true;
    this.fail(index, `expected "?" or empty (or Yes/No), found "${this.get(index)}"`);
  }
  text(index: number, required = false): string {
    const s = this.get(index);
    if (required && s === '') this.fail(index, 'empty');
    return s;
  }
}

function status(s: string): TransferStatus | undefined {
  const k = s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
  if (k === 'new') return 'new';
  if (k === 'second hand') return 'second-hand';
  if (k === 'second hand but modernized' || k === 'second hand but modernised')
    return 'second-hand-modernised';
  return undefined;
}

function columnIndex(header: string[], name: string, headerLine: number, required = true): number {
  const i = header.findIndex((h) => norm(h) === name);
  if (i < 0 && required)
    throw new ImportFailure(headerLine, `missing column "${name}" in the header`, undefined, name);
  return i;
}

/** Split a total into `k` whole numbers that differ by at most one, larger ones first. */
export function spreadUnits(total: number, k: number): number[] {
  const base = Math.floor(total / k);
  const rest = total - base * k;
  return Array.from({ length: k }, (_, i) => base + (i < rest ? 1 : 0));
}

/** Split a TIV total into `k` equal shares (4 decimals), the last absorbing the rounding. */
export function spreadTiv(total: number, k: number): number[] {
  const share = Math.round((total / k) * 1e4) / 1e4;
  const out = Array.from({ length: k }, () => share);
  out[k - 1] = Math.round((total - share * (k - 1)) * 1e4) / 1e4;
  return out;
}

export function parseSipri(text: string, options: SipriOptions): SipriResult {
  const { fileName, onProgress } = options;
  const rows = readCsv(text, { onProgress, progressFrom: 0, progressTo: 0.7 });
  const { header, format, data, preamble, headerIndex } = splitRows(rows, fileName);
  const headerLine = rows[headerIndex]!.line;
  const generated = generatedDate(preamble);
  const source = `SIPRI Arms Transfers Database, ${fileName}${generated ? `, generated ${generated}` : ''}`;
  const actors = new ActorRegistry(options.countries, 1950);
  const warnings = new WarningCollector();
  const approximations: string[] = [];
  const uncategorised = new Map<string, number>();
  const transfers: Transfer[] = [];

  const resolve = (
    name: string,
    recordId: string,
    year: number | undefined,
    cells: Cells,
    index: number,
  ) => {
    if (name === '') cells.fail(index, 'empty actor name');
    const match = resolveSipriName(name, year);
    actors.use(name, match, recordId, year);
    return match.id;
  };

  if (format === 'sipri-trade-register') {
    const col = (name: string, required = true) => columnIndex(header, name, headerLine, required);
    const flagAfter = (i: number) =>
      i >= 0 && i + 1 < header.length && header[i + 1]!.trim() === '' ? i + 1 : -1;
    const cRecipient = col('recipient');
    const cSupplier = col('supplier');
    const cOrderYear = col('year of order');
    const cOrdered = col('number ordered');
    const cDesignation = col('weapon designation');
    const cDescription = col('weapon description');
    const cDelivered = col('number delivered');
    const cYears = col('year(s) of delivery');
    const cStatus = col('status', false);
    const cComments = col('comments', false);
    const cTivUnit = col('sipri tiv per unit', false);
    const cTivOrder = col('sipri tiv for total order', false);
    const cTivDelivered = col('sipri tiv of delivered weapons', false);
    const fOrderYear = flagAfter(cOrderYear);
    const fOrdered = flagAfter(cOrdered);
    const fDelivered = flagAfter(cDelivered);
    let spread = 0;
    data.forEach((row, k) => {
      const c = new Cells(header, row);
      const id = `sipri-a-${row.line}`;
      const orderYear = c.year(cOrderYear);
      const yearsText = c.text(cYears);
      const years: number[] = [];
      if (yearsText !== '') {
        for (const part of yearsText.split(';')) {
          const y = part.trim();
          if (!/^\d{4}$/.test(y) || Number(y) < 1000 || Number(y) > 2200) {
            c.fail(cYears, `expected delivery years like "1957; 1958", found "${yearsText}"`);
          }
          years.push(Number(y));
        }
      }
      years.sort((a, b) => a - b);
      // Names that depend on the year are resolved with the first delivery year, else the order year.
      const refYear = years[0] ?? orderYear;
      const supplier = resolve(c.text(cSupplier, true), id, refYear, c, cSupplier);
      const recipient = resolve(c.text(cRecipient, true), id, refYear, c, cRecipient);
      const description = c.text(cDescription);
      let category: WeaponCategory | undefined = categoryFromDescription(description);
      if (!category) {
        category = 'other';
        uncategorised.set(description, (uncategorised.get(description) ?? 0) + 1);
      }
      const t: Transfer = {
        id,
        supplier,
        recipient,
        designation: c.text(cDesignation, true),
        category,
        deliveries: [],
        source,
      };
      if (description) t.description = description;
      if (orderYear !== undefined) {
        t.ordered = { year: orderYear };
        const units = c.integer(cOrdered);
        if (units !== undefined) t.ordered.units = units;
        if (c.flag(fOrderYear) || c.flag(fOrdered)) t.ordered.estimate = true;
      } else if (c.get(cOrdered) !== '') {
        warnings.add('number ordered without a year of order (ignored)', row.line);
      }
      const delivered = c.integer(cDelivered);
      const tivDelivered = cTivDelivered >= 0 ? c.number(cTivDelivered) : undefined;
      const estimate = c.flag(fDelivered);
      if (years.length > 0) {
        const units = delivered !== undefined ? spreadUnits(delivered, years.length) : undefined;
        const tiv = tivDelivered !== undefined ? spreadTiv(tivDelivered, years.length) : undefined;
        if (years.length > 1) spread++;
        t.deliveries = years.map((year, i) => {
          const d: Delivery = { year };
          if (units) d.units = units[i]!;
          if (tiv) d.tiv = tiv[i]!;
          if (estimate) d.estimate = true;
          return d;
        });
      } else if (delivered) {
        warnings.add('units delivered but no delivery year: deliveries left out', row.line);
      }
      const st = cStatus >= 0 ? c.text(cStatus) : '';
      if (st) {
        const s = status(st);
        if (s) t.status = s;
        else warnings.add(`unknown status "${st}" (left out)`, row.line);
      }
      const tivOrder = cTivOrder >= 0 ? c.number(cTivOrder) : undefined;
      const tivUnit = cTivUnit >= 0 ? c.number(cTivUnit) : undefined;
      if (tivOrder !== undefined || tivUnit !== undefined) {
        t.value = {};
        if (tivOrder !== undefined) t.value.tiv = tivOrder;
        if (tivUnit !== undefined) t.value.tivPerUnit = tivUnit;
      }
      const comments = cComments >= 0 ? c.text(cComments) : '';
      if (comments) t.notes = comments;
      transfers.push(t);
      if (onProgress && k % 5000 === 0) onProgress(0.7 + (0.3 * k) / data.length);
    });
    approximations.push(
      `The trade register gives only totals for what was delivered ("Number delivered", "SIPRI TIV of delivered weapons"), ` +
        `not yearly figures: for the ${spread} deals delivered over several years, the totals were spread evenly over the ` +
        `delivery years (units as whole numbers, earlier years taking the remainder; TIV in equal shares). ` +
        `Yearly units and TIV of those deals are approximations; totals per deal are exact. Use the per-delivery-year export for exact yearly values.`,
    );
    if (uncategorised.size > 0) {
      let n = 0;
      for (const v of uncategorised.values()) n += v;
      approximations.push(
        `${n} deals have a weapon description no category rule matches: category set to "other".`,
      );
    }
    approximations.push(
      'Weapon categories were derived from the weapon descriptions by keyword rules (src/data/importers/sipriCategories.ts).',
    );
  } else {
    const col = (name: string, required = true) => columnIndex(header, name, headerLine, required);
    const cId = col('sipri at database id');
    const cSupplier = col('supplier');
    const cRecipient = col('recipient');
    const cDesignation = col('designation');
    const cDescription = col('description', false);
    const cCategory = col('armament category', false);
    const cOrder = col('order date', false);
    const cOrderEst = col('order date is estimate', false);
    const cUnits = col('numbers delivered', false);
    const cUnitsEst = col('numbers delivered is estimate', false);
    const cYear = col('delivery year');
    const cYearEst = col('delivery year is estimate', false);
    const cStatus = col('status', false);
    const cTivDealUnit = col('tiv deal unit', false);
    const cTiv = col('tiv delivery values', false);
    const cLocal = col('local production', false);
    const byId = new Map<
      string,
      { t: Transfer; line: number; supplierName: string; recipientName: string }
    >();
    // Names that depend on the year are resolved with the first delivery year of the deal.
    const firstYear = new Map<string, number>();
    for (const row of data) {
      const y = Number(row.fields[cYear]);
      const rawId = row.fields[cId] ?? '';
      if (/^\d{4}$/.test(row.fields[cYear] ?? '') && !(y >= (firstYear.get(rawId) ?? Infinity)))
        firstYear.set(rawId, y);
    }
    data.forEach((row, k) => {
      const c = new Cells(header, row);
      const rawId = c.text(cId, true);
      if (!/^[A-Za-z0-9_.-]+$/.test(rawId)) c.fail(cId, `unexpected deal id "${rawId}"`);
      const id = `sipri-${rawId}`;
      const year = c.year(cYear);
      const orderYear = cOrder >= 0 ? c.year(cOrder) : undefined;
      const supplierName = c.text(cSupplier, true);
      const recipientName = c.text(cRecipient, true);
      let entry = byId.get(id);
      if (!entry) {
        const refYear = firstYear.get(rawId) ?? orderYear;
        const supplier = resolve(supplierName, id, refYear, c, cSupplier);
        const recipient = resolve(recipientName, id, refYear, c, cRecipient);
        const description = cDescription >= 0 ? c.text(cDescription) : '';
        const label = cCategory >= 0 ? c.text(cCategory) : '';
        let category = label ? categoryFromLabel(label) : undefined;
        if (!category) {
          if (label)
            warnings.add(
              `unknown armament category "${label}" (derived from the description)`,
              row.line,
            );
          category = categoryFromDescription(description) ?? 'other';
        }
        const t: Transfer = {
          id,
          supplier,
          recipient,
          designation: c.text(cDesignation, true),
          category,
          deliveries: [],
          source,
        };
        if (description) t.description = description;
        if (orderYear !== undefined) {
          t.ordered = { year: orderYear };
          if (c.flag(cOrderEst)) t.ordered.estimate = true;
        }
        const st = cStatus >= 0 ? c.text(cStatus) : '';
        if (st) {
          const s = status(st);
          if (s) t.status = s;
          else warnings.add(`unknown status "${st}" (left out)`, row.line);
        }
        const unitTiv = cTivDealUnit >= 0 ? c.number(cTivDealUnit) : undefined;
        if (unitTiv !== undefined) t.value = { tivPerUnit: unitTiv };
        if (cLocal >= 0 && c.flag(cLocal))
          t.notes = 'Local production (licensed or assembled in the recipient country).';
        entry = { t, line: row.line, supplierName, recipientName };
        byId.set(id, entry);
        transfers.push(t);
      } else {
        // Rows of one deal repeat its attributes; names are counted once per deal.
        if (supplierName !== entry.supplierName || recipientName !== entry.recipientName) {
          warnings.add(
            `rows of one deal name different suppliers or recipients (first row kept, line ${entry.line})`,
            row.line,
          );
        }
        actors.seen(entry.supplierName, entry.t.supplier, year ?? orderYear);
        actors.seen(entry.recipientName, entry.t.recipient, year ?? orderYear);
      }
      if (year !== undefined) {
        if (entry.t.deliveries.some((x) => x.year === year)) {
          warnings.add('two rows for the same deal and delivery year (both kept)', row.line);
        }
        const d: Delivery = { year };
        const units = cUnits >= 0 ? c.integer(cUnits) : undefined;
        if (units !== undefined) d.units = units;
        const tiv = cTiv >= 0 ? c.number(cTiv) : undefined;
        if (tiv !== undefined) d.tiv = tiv;
        if (c.flag(cUnitsEst) || c.flag(cYearEst)) d.estimate = true;
        entry.t.deliveries.push(d);
      }
      if (onProgress && k % 5000 === 0) onProgress(0.7 + (0.3 * k) / data.length);
    });
    for (const t of transfers) t.deliveries.sort((a, b) => a.year - b.year);
  }

  const report: ImportReport = {
    rows: data.length,
    records: transfers.length,
    unmatched: actors.unmatched(),
    actors: actors.report(),
    warnings: warnings.list(),
    approximations,
    encoding: options.encoding ?? 'utf-8',
  };
  if (format === 'sipri-trade-register') {
    report.uncategorised = [...uncategorised]
      .map(([description, count]) => ({ description, count }))
      .sort((a, b) => b.count - a.count);
  }
  onProgress?.(1);
  return {
    format,
    dataset: {
      countries: actors.countries(),
      agreements: [],
      transfers,
      embargoes: [],
      name: fileName,
    },
    report,
  };
}
