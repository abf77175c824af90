/**
 * SIPRI Arms Transfers Database exports -> Entente transfers.
 *
 * Both of SIPRI's deal exports go through the same path: the column spec (sipriColumns.ts)
 * reads each row into a `SipriRow`; rows are grouped into deals (the trade register has one row
 * per deal, the transfers export one row per deal and delivery year, grouped here by
 * `SIPRI AT Database ID`); one record builder turns every deal into a Transfer.
 *
 * Quirks handled beyond those of the column reader (see the PROVENANCE notes of the reference
 * files): the "Data generated" date read from the preamble; ISO-8859-1 text and CRLF or CR line
 * endings (decoded by text.ts); commas inside text written as "; "; deals with nothing delivered
 * yet (`0` and no years); the register's delivered totals spread over the delivery years;
 * status strings `New`, `Second hand`, `Second hand but modernized`; names whose state depends
 * on the year (resolved with the deal's first delivery year, else its order year).
 */
import type { Country, Dataset, Delivery, Transfer, TransferStatus } from '../../model/types';
import { ActorRegistry } from './actors';
import { readCsv } from './csv';
import { resolveSipriName } from './names';
import { categoryFromDescription, categoryFromLabel } from './sipriCategories';
import { readSipriTable, type SipriFormat, type SipriRow } from './sipriColumns';
import type { TextEncodingName } from './text';
import { WarningCollector, type ImportReport } from './types';

export { sipriHeaderFormat, type SipriFormat } from './sipriColumns';

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

/** A deal: the row that carries its attributes, and every row that gives it deliveries. */
interface SipriDeal {
  id: string;
  rows: SipriRow[];
}

/**
 * The deliveries a row gives: one per year in its delivery years. A row with several years (the
 * register) has totals, spread evenly over them; a row with one year (the transfers export) has
 * that year's figures.
 */
function deliveriesOf(row: SipriRow, warnings: WarningCollector): Delivery[] {
  const years = row.deliveryYears;
  if (years.length === 0) {
    if (row.delivered)
      warnings.add('units delivered but no delivery year: deliveries left out', row.line);
    return [];
  }
  const k = years.length;
  const units =
    row.delivered === undefined
      ? undefined
      : k === 1
        ? [row.delivered]
        : spreadUnits(row.delivered, k);
  const tiv =
    row.tivDelivered === undefined
      ? undefined
      : k === 1
        ? [row.tivDelivered]
        : spreadTiv(row.tivDelivered, k);
  const estimate = row.deliveredEstimate || row.deliveryYearEstimate;
  return years.map((year, i) => {
    const d: Delivery = { year };
    if (units) d.units = units[i]!;
    if (tiv) d.tiv = tiv[i]!;
    if (estimate) d.estimate = true;
    return d;
  });
}

/** Rows -> deals: the register's rows are deals; the transfers export's are grouped by id. */
function dealsOf(format: SipriFormat, rows: readonly SipriRow[], warnings: WarningCollector) {
  if (format === 'sipri-trade-register')
    return rows.map((row): SipriDeal => ({ id: `sipri-a-${row.line}`, rows: [row] }));
  const byId = new Map<string, SipriDeal>();
  for (const row of rows) {
    const id = `sipri-${row.dealId}`;
    const deal = byId.get(id);
    if (!deal) {
      byId.set(id, { id, rows: [row] });
      continue;
    }
    const first = deal.rows[0]!;
    // Rows of one deal repeat its attributes; the first row's are kept.
    if (row.supplier !== first.supplier || row.recipient !== first.recipient) {
      warnings.add(
        `rows of one deal name different suppliers or recipients (first row kept, line ${first.line})`,
        row.line,
      );
    }
    const year = row.deliveryYears[0];
    if (year !== undefined && deal.rows.some((r) => r.deliveryYears[0] === year))
      warnings.add('two rows for the same deal and delivery year (both kept)', row.line);
    deal.rows.push(row);
  }
  return [...byId.values()];
}

interface BuildContext {
  source: string;
  actors: ActorRegistry;
  warnings: WarningCollector;
  /** Descriptions no category rule matched, with their counts. */
  uncategorised: Map<string, number>;
}

/** The one record builder: a deal of either export -> a Transfer. */
function buildTransfer(deal: SipriDeal, ctx: BuildContext): Transfer {
  const row = deal.rows[0]!;
  const deliveries = deal.rows.flatMap((r) => deliveriesOf(r, ctx.warnings));
  deliveries.sort((a, b) => a.year - b.year);
  // Names that depend on the year are resolved with the first delivery year, else the order year.
  const refYear = deliveries[0]?.year ?? row.orderYear;
  const resolve = (name: string) => {
    const match = resolveSipriName(name, refYear);
    ctx.actors.use(name, match, deal.id, refYear);
    return match.id;
  };
  const supplier = resolve(row.supplier);
  const recipient = resolve(row.recipient);
  for (const other of deal.rows.slice(1)) {
    const year = other.deliveryYears[0] ?? other.orderYear;
    ctx.actors.seen(row.supplier, supplier, year);
    ctx.actors.seen(row.recipient, recipient, year);
  }

  let category = row.categoryLabel ? categoryFromLabel(row.categoryLabel) : undefined;
  if (!category && row.categoryLabel)
    ctx.warnings.add(
      `unknown armament category "${row.categoryLabel}" (derived from the description)`,
      row.line,
    );
  category ??= categoryFromDescription(row.description);
  if (!category) {
    category = 'other';
    ctx.uncategorised.set(row.description, (ctx.uncategorised.get(row.description) ?? 0) + 1);
  }

  const t: Transfer = {
    id: deal.id,
    supplier,
    recipient,
    designation: row.designation,
    category,
    deliveries,
    source: ctx.source,
  };
  if (row.description) t.description = row.description;
  if (row.orderYear !== undefined) {
    t.ordered = { year: row.orderYear };
    if (row.ordered !== undefined) t.ordered.units = row.ordered;
    if (row.orderYearEstimate || row.orderedEstimate) t.ordered.estimate = true;
  } else if (row.ordered !== undefined) {
    ctx.warnings.add('number ordered without a year of order (ignored)', row.line);
  }
  if (row.status) {
    const s = status(row.status);
    if (s) t.status = s;
    else ctx.warnings.add(`unknown status "${row.status}" (left out)`, row.line);
  }
  if (row.tivOrder !== undefined || row.tivPerUnit !== undefined) {
    t.value = {};
    if (row.tivOrder !== undefined) t.value.tiv = row.tivOrder;
    if (row.tivPerUnit !== undefined) t.value.tivPerUnit = row.tivPerUnit;
  }
  const notes = [
    row.comments,
    row.localProduction ? 'Local production (licensed or assembled in the recipient country).' : '',
  ].filter(Boolean);
  if (notes.length > 0) t.notes = notes.join(' ');
  return t;
}

/** What the importer had to approximate, in words for the report. */
function approximations(format: SipriFormat, deals: readonly SipriDeal[], uncategorised: number) {
  const out: string[] = [];
  if (format === 'sipri-trade-register') {
    const spread = deals.filter((d) => d.rows[0]!.deliveryYears.length > 1).length;
    out.push(
      `The trade register gives only totals for what was delivered ("Number delivered", "SIPRI TIV of delivered weapons"), ` +
        `not yearly figures: for the ${spread} deals delivered over several years, the totals were spread evenly over the ` +
        `delivery years (units as whole numbers, earlier years taking the remainder; TIV in equal shares). ` +
        `Yearly units and TIV of those deals are approximations; totals per deal are exact. Use the per-delivery-year export for exact yearly values.`,
    );
  }
  if (uncategorised > 0) {
    out.push(
      `${uncategorised} deals have a weapon description no category rule matches: category set to "other".`,
    );
  }
  if (format === 'sipri-trade-register') {
    out.push(
      'Weapon categories were derived from the weapon descriptions by keyword rules (src/data/importers/sipriCategories.ts).',
    );
  }
  return out;
}

export function parseSipri(text: string, options: SipriOptions): SipriResult {
  const { fileName, onProgress } = options;
  const csv = readCsv(text, { onProgress, progressFrom: 0, progressTo: 0.6 });
  const table = readSipriTable(csv, fileName, (i, total) => {
    if (onProgress && i % 5000 === 0) onProgress(0.6 + (0.2 * i) / total);
  });
  const { format, rows } = table;
  const generated = generatedDate(table.preamble);
  const warnings = new WarningCollector();
  const ctx: BuildContext = {
    source: `SIPRI Arms Transfers Database, ${fileName}${generated ? `, generated ${generated}` : ''}`,
    actors: new ActorRegistry(options.countries, 1950),
    warnings,
    uncategorised: new Map(),
  };
  const deals = dealsOf(format, rows, warnings);
  const transfers = deals.map((deal, k) => {
    if (onProgress && k % 5000 === 0) onProgress(0.8 + (0.2 * k) / deals.length);
    return buildTransfer(deal, ctx);
  });
  let uncategorisedDeals = 0;
  for (const n of ctx.uncategorised.values()) uncategorisedDeals += n;

  const report: ImportReport = {
    rows: rows.length,
    records: transfers.length,
    unmatched: ctx.actors.unmatched(),
    actors: ctx.actors.report(),
    warnings: warnings.list(),
    approximations: approximations(format, deals, uncategorisedDeals),
    encoding: options.encoding ?? 'utf-8',
  };
  if (format === 'sipri-trade-register' || ctx.uncategorised.size > 0) {
    report.uncategorised = [...ctx.uncategorised]
      .map(([description, count]) => ({ description, count }))
      .sort((a, b) => b.count - a.count);
  }
  onProgress?.(1);
  return {
    format,
    dataset: {
      countries: ctx.actors.countries(),
      agreements: [],
      transfers,
      embargoes: [],
      name: fileName,
      origin: {
        transfers: `the SIPRI Arms Transfers Database (${fileName}${generated ? `, generated ${generated}` : ''})`,
      },
    },
    report,
  };
}
