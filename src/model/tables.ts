/**
 * The Data view's tables as plain rows: the arms flows, alliance ties, multilateral agreements and
 * deals behind the current picture, with the same filters. Pure functions of the dataset, the
 * filters and the aggregate; the view only renders and sorts them, the CSV export reuses them.
 */
import type { Aggregate } from './aggregate';
import type { ModelData } from './dataset';
import { compareText, formatFigure, formatYearRuns } from './format';
import {
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  WEAPON_CATEGORY_LABELS,
  type AgreementType,
  type Transfer,
} from './types';

export type SortDirection = 'ascending' | 'descending';
export type CellValue = string | number | null;

export interface ColumnDef<R> {
  id: string;
  label: string;
  /** A shorter header for a narrow table (the CSV export keeps `label`). */
  shortLabel?: string;
  /** Numbers sort numerically and align right. */
  numeric?: boolean;
  /** A calendar year: written without a thousands separator. */
  year?: boolean;
  value(row: R): CellValue;
  /** Text shown in the cell when it differs from `value` (e.g. a list of years). */
  display?(row: R): string;
  /** For cells naming a state: its id, so the view can offer to select it. */
  countryId?(row: R): string;
  /** Hidden first when the table is narrow (the data stays in the export and in Details). */
  secondary?: boolean;
}

export interface FlowRow {
  supplierId: string;
  supplier: string;
  recipientId: string;
  recipient: string;
  deals: number;
  /** null when no delivery in the period gives a number. */
  units: number | null;
  /** null when no delivery in the period carries a TIV value. */
  tiv: number | null;
}

export interface TieRow {
  aId: string;
  a: string;
  bId: string;
  b: string;
  type: AgreementType;
  typeLabel: string;
  /** Names of the agreements behind the tie. */
  agreements: string[];
  /** Their ids. */
  agreementIds: string[];
}

export interface MultilateralRow {
  id: string;
  name: string;
  typeLabel: string;
  /** Members at some point of the period (that pass the region filter's agreement test). */
  members: number;
  signed: string;
  ended: string | null;
}

export interface DealRow {
  id: string;
  transfer: Transfer;
  supplierId: string;
  supplier: string;
  recipientId: string;
  recipient: string;
  designation: string;
  category: string;
  ordered: number | null;
  /** Delivery years inside the period, ascending. */
  years: number[];
  /** Units delivered in the period; null when the source gives no number. */
  units: number | null;
  /** TIV delivered in the period; null when unknown. */
  tiv: number | null;
  source: string;
}

/** Arms flows: one row per supplier->recipient pair of the aggregate, largest first. */
export function flowRows(data: ModelData, agg: Aggregate): FlowRow[] {
  const c = data.countries;
  const hasUnits = new Set<number>();
  const hasTiv = new Set<number>();
  // Sums of 0 may mean "no number given": look at the deliveries once to tell the two apart.
  {
    const n = c.length;
    const d = data.deliveries;
    for (let j = 0; j < agg.rows.length; j++) {
      const i = agg.rows[j]!;
      const k = d.supplier[i]! * n + d.recipient[i]!;
      if (!Number.isNaN(d.units[i]!)) hasUnits.add(k);
      if (!Number.isNaN(d.tiv[i]!)) hasTiv.add(k);
    }
  }
  const n = c.length;
  return agg.transfers
    .map((e) => {
      const k = e.supplier * n + e.recipient;
      return {
        supplierId: c[e.supplier]!.id,
        supplier: c[e.supplier]!.name,
        recipientId: c[e.recipient]!.id,
        recipient: c[e.recipient]!.name,
        deals: e.deals,
        units: hasUnits.has(k) || e.units > 0 ? e.units : null,
        tiv: hasTiv.has(k) || e.tiv > 0 ? e.tiv : null,
      };
    })
    .sort(
      (x, y) =>
        (y.tiv ?? 0) - (x.tiv ?? 0) ||
        y.deals - x.deals ||
        x.supplier.localeCompare(y.supplier) ||
        x.recipient.localeCompare(y.recipient),
    );
}

function agreementName(data: ModelData, index: number): string {
  const r = data.agreements[index]!.record;
  return r.shortName ?? r.name;
}

/** Alliance ties drawn as pair edges (bilateral agreements; multilateral ones in clique mode). */
export function tieRows(data: ModelData, agg: Aggregate): TieRow[] {
  const c = data.countries;
  return agg.ties
    .map((t) => {
      const type = AGREEMENT_TYPES[t.typeIndex]!;
      const [p, q] = [c[t.a]!, c[t.b]!].sort((x, y) => x.name.localeCompare(y.name));
      return {
        aId: p!.id,
        a: p!.name,
        bId: q!.id,
        b: q!.name,
        type,
        typeLabel: AGREEMENT_TYPE_LABELS[type],
        agreements: t.agreements.map((i) => agreementName(data, i)),
        agreementIds: t.agreements.map((i) => data.agreements[i]!.record.id),
      };
    })
    .sort(
      (x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b) || x.type.localeCompare(y.type),
    );
}

/** Multilateral agreements in force in the period, with their member counts, largest first. */
export function multilateralRows(data: ModelData, agg: Aggregate): MultilateralRow[] {
  return agg.active
    .filter((a) => !data.agreements[a.agreement]!.bilateral)
    .map((a) => {
      const agreement = data.agreements[a.agreement]!;
      return {
        id: agreement.record.id,
        name: agreement.record.shortName ?? agreement.record.name,
        typeLabel: AGREEMENT_TYPE_LABELS[agreement.type],
        members: a.members.length,
        signed: agreement.record.signed,
        ended: agreement.record.ended,
      };
    })
    .sort((x, y) => y.members - x.members || x.name.localeCompare(y.name));
}

/**
 * The deals behind the arms flows: every deal with a delivery among the drawn rows (an aggregate's
 * `rows`, from compileFilters: period, categories, regions and direction as the network has them).
 * Ordered by first delivery year in the period, then supplier.
 */
export function dealRows(data: ModelData, drawn: { rows: Uint32Array }): DealRow[] {
  const d = data.deliveries;
  const rows = drawn.rows;
  // Per deal, in order of first delivery in the period (rows are sorted by year).
  const slot = new Map<number, number>();
  const deals: number[] = [];
  const years: number[][] = [];
  const units: number[] = [];
  const tiv: number[] = [];
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const deal = d.deal[i]!;
    let k = slot.get(deal);
    if (k === undefined) {
      k = deals.length;
      slot.set(deal, k);
      deals.push(deal);
      years.push([]);
      units.push(Number.NaN);
      tiv.push(Number.NaN);
    }
    const year = d.year[i]!;
    const ys = years[k]!;
    if (ys[ys.length - 1] !== year) ys.push(year);
    const u = d.units[i]!;
    if (u === u) units[k] = (units[k]! === units[k]! ? units[k]! : 0) + u;
    const v = d.tiv[i]!;
    if (v === v) tiv[k] = (tiv[k]! === tiv[k]! ? tiv[k]! : 0) + v;
  }
  const c = data.countries;
  const rank = countryNameRanks(data);
  const n = deals.length;
  // Sort keys: first year in the period, supplier and recipient name ranks, then designation.
  const keyYear = new Int32Array(n);
  const keySupplier = new Int32Array(n);
  const keyRecipient = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = data.transfers[deals[k]!]!;
    keyYear[k] = years[k]![0]!;
    keySupplier[k] = rank[data.countryIndex.get(t.supplier)!]!;
    keyRecipient[k] = rank[data.countryIndex.get(t.recipient)!]!;
  }
  const order = Array.from({ length: n }, (_, k) => k);
  order.sort(
    (a, b) =>
      keyYear[a]! - keyYear[b]! ||
      keySupplier[a]! - keySupplier[b]! ||
      keyRecipient[a]! - keyRecipient[b]! ||
      compareCodeUnits(
        data.transfers[deals[a]!]!.designation,
        data.transfers[deals[b]!]!.designation,
      ),
  );
  return order.map((k) => {
    const t = data.transfers[deals[k]!]!;
    const s = c[data.countryIndex.get(t.supplier)!]!;
    const r = c[data.countryIndex.get(t.recipient)!]!;
    return {
      id: t.id,
      transfer: t,
      supplierId: s.id,
      supplier: s.name,
      recipientId: r.id,
      recipient: r.name,
      designation: t.designation,
      category: WEAPON_CATEGORY_LABELS[t.category] ?? t.category,
      ordered: t.ordered?.year ?? null,
      years: years[k]!,
      units: Number.isNaN(units[k]!) ? null : units[k]!,
      tiv: Number.isNaN(tiv[k]!) ? null : tiv[k]!,
      source: t.source,
    };
  });
}

const compareCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const nameRanks = new WeakMap<ModelData, Int32Array>();

/** Each country's rank in alphabetical order of names (cached per dataset). */
function countryNameRanks(data: ModelData): Int32Array {
  let ranks = nameRanks.get(data);
  if (!ranks) {
    const order = data.countries.map((_, i) => i);
    order.sort((a, b) => compareText(data.countries[a]!.name, data.countries[b]!.name));
    ranks = new Int32Array(order.length);
    order.forEach((country, r) => (ranks![country] = r));
    nameRanks.set(data, ranks);
  }
  return ranks;
}

// ---- Column definitions (shared by the Data view and the CSV export) ----

export function flowColumns(withValues: boolean): ColumnDef<FlowRow>[] {
  const columns: ColumnDef<FlowRow>[] = [
    { id: 'supplier', label: 'Supplier', value: (r) => r.supplier, countryId: (r) => r.supplierId },
    {
      id: 'recipient',
      label: 'Recipient',
      value: (r) => r.recipient,
      countryId: (r) => r.recipientId,
    },
    { id: 'deals', label: 'Deals', numeric: true, value: (r) => r.deals },
    { id: 'units', label: 'Units', numeric: true, value: (r) => r.units },
  ];
  if (withValues)
    columns.push({
      id: 'tiv',
      label: 'TIV (millions)',
      shortLabel: 'TIV (m)',
      numeric: true,
      value: (r) => r.tiv,
    });
  return columns;
}

export const TIE_COLUMNS: ColumnDef<TieRow>[] = [
  { id: 'a', label: 'State A', value: (r) => r.a, countryId: (r) => r.aId },
  { id: 'b', label: 'State B', value: (r) => r.b, countryId: (r) => r.bId },
  { id: 'type', label: 'Agreement type', value: (r) => r.typeLabel },
  { id: 'agreements', label: 'Agreements', value: (r) => r.agreements.join('; ') },
];

export const MULTILATERAL_COLUMNS: ColumnDef<MultilateralRow>[] = [
  { id: 'name', label: 'Agreement', value: (r) => r.name },
  { id: 'type', label: 'Type', value: (r) => r.typeLabel },
  {
    id: 'members',
    label: 'Members in the period',
    shortLabel: 'Members',
    numeric: true,
    value: (r) => r.members,
  },
  { id: 'signed', label: 'Signed', value: (r) => r.signed },
  { id: 'ended', label: 'Ended', value: (r) => r.ended ?? '', secondary: true },
];

export function dealColumns(withValues: boolean): ColumnDef<DealRow>[] {
  const columns: ColumnDef<DealRow>[] = [
    { id: 'supplier', label: 'Supplier', value: (r) => r.supplier, countryId: (r) => r.supplierId },
    {
      id: 'recipient',
      label: 'Recipient',
      value: (r) => r.recipient,
      countryId: (r) => r.recipientId,
    },
    { id: 'designation', label: 'Designation', value: (r) => r.designation },
    { id: 'category', label: 'Category', value: (r) => r.category, secondary: true },
    {
      id: 'ordered',
      label: 'Order year',
      numeric: true,
      year: true,
      value: (r) => r.ordered,
      secondary: true,
    },
    {
      id: 'years',
      label: 'Delivered in the period',
      shortLabel: 'Delivered',
      // Sorts by first year; the view shows formatYearRuns(years).
      numeric: true,
      value: (r) => r.years[0] ?? null,
      display: (r) => formatYearRuns(r.years),
    },
    // With values, TIV is the measure: units give way first in a narrow table.
    { id: 'units', label: 'Units', numeric: true, value: (r) => r.units, secondary: withValues },
  ];
  if (withValues)
    columns.push({
      id: 'tiv',
      label: 'TIV (millions)',
      shortLabel: 'TIV (m)',
      numeric: true,
      value: (r) => r.tiv,
    });
  columns.push({ id: 'source', label: 'Source', value: (r) => r.source, secondary: true });
  return columns;
}

/** What a cell shows: its `display`, else its value, numbers formatted (years as written). */
export function cellText<R>(column: ColumnDef<R>, row: R): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return column.numeric && !column.year ? formatFigure(value) : String(value);
}

/** Each distinct text's rank in collation order: sorting by rank avoids a collation per comparison. */
export function textRanks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(compareText);
  return new Map(distinct.map((v, i) => [v, i]));
}

/**
 * A sorted copy. Empty cells (null, '') go last in both directions; ties keep their order
 * (Array.prototype.sort is stable).
 */
export function sortRows<R>(
  rows: readonly R[],
  column: ColumnDef<R>,
  direction: SortDirection,
): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const values = rows.map((row) => column.value(row));
  const texts = values.filter((v): v is string => typeof v === 'string' && v !== '');
  const ranks = textRanks(texts);
  // Numbers sort as numbers; texts by collation rank, after numbers if a column mixes both.
  const keys = values.map((v) =>
    v === null || v === '' ? Number.NaN : typeof v === 'number' ? v : 2 ** 40 + ranks.get(v)!,
  );
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    const ae = Number.isNaN(a);
    const be = Number.isNaN(b);
    if (ae || be) return ae === be ? 0 : ae ? 1 : -1;
    return sign * (a - b);
  });
  return order.map((i) => rows[i]!);
}
