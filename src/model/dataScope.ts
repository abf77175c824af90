/**
 * Which rows of the Data view's tables to show: those about the selection (a state, an
 * agreement, an arms flow between a pair, an alliance tie), then those matching a text filter.
 * Pure: the tables' rows come from model/tables.ts; this only narrows them.
 */
import type { Aggregate } from './aggregate';
import type { ModelData } from './dataset';
import { foldText } from './format';
import { parseEdgeKey } from './keys';
import type { ColumnDef, DealRow, FlowRow, MultilateralRow, TieRow } from './tables';
import type { Selection } from './viewState';

/** What the selection restricts each table to. */
export interface DataScope {
  /** Words for the note above the tables: "France", "arms from France to Poland", "NATO". */
  label: string;
  /** An arms flow or deal from `supplier` to `recipient` (ids). */
  flow(supplier: string, recipient: string): boolean;
  /** An alliance tie between `a` and `b`, behind which are these agreements (ids). */
  tie(a: string, b: string, agreements: readonly string[]): boolean;
  /** A multilateral agreement (id). */
  agreement(id: string): boolean;
}

/** Ids of the agreements in force in the period whose members (in the period) include all of `ids`. */
function agreementsOfAll(data: ModelData, agg: Aggregate, ids: readonly string[]): Set<string> {
  const wanted = ids.map((id) => data.countryIndex.get(id) ?? -1);
  const out = new Set<string>();
  for (const a of agg.active)
    if (wanted.every((c) => a.members.includes(c)))
      out.add(data.agreements[a.agreement]!.record.id);
  return out;
}

const nameOf = (data: ModelData, id: string) =>
  data.countries[data.countryIndex.get(id) ?? -1]?.name ?? id;

function agreementScope(data: ModelData, agg: Aggregate, id: string): DataScope | null {
  const index = data.agreementIndex.get(id);
  if (index === undefined) return null;
  const record = data.agreements[index]!.record;
  const active = agg.active.find((a) => a.agreement === index);
  const members = new Set(
    active
      ? active.members.map((c) => data.countries[c]!.id)
      : record.members.map((m) => m.country),
  );
  return {
    label: record.shortName ?? record.name,
    flow: (s, r) => members.has(s) && members.has(r),
    tie: (_a, _b, agreements) => agreements.includes(id),
    agreement: (x) => x === id,
  };
}

/** The scope of a selection, or null (no selection, or one the data does not know). */
export function selectionScope(
  data: ModelData,
  agg: Aggregate,
  selection: Selection | null,
): DataScope | null {
  if (!selection) return null;
  if (selection.kind === 'country') {
    const id = selection.id;
    if (!data.countryIndex.has(id)) return null;
    const agreements = agreementsOfAll(data, agg, [id]);
    return {
      label: nameOf(data, id),
      flow: (s, r) => s === id || r === id,
      tie: (a, b) => a === id || b === id,
      agreement: (x) => agreements.has(x),
    };
  }
  if (selection.kind === 'agreement') return agreementScope(data, agg, selection.id);
  // A pair (sel=A&with=B) is about everything between the two, like a tie.
  const edge =
    selection.kind === 'pair'
      ? ({ kind: 'alliance', a: selection.id, b: selection.with } as const)
      : parseEdgeKey(selection.id);
  if (!edge) return null;
  if (edge.kind === 'member') return agreementScope(data, agg, edge.agreement);
  const [p, q] = edge.kind === 'transfer' ? [edge.supplier, edge.recipient] : [edge.a, edge.b];
  if (!data.countryIndex.has(p) || !data.countryIndex.has(q)) return null;
  const both = agreementsOfAll(data, agg, [p, q]);
  const pair = (a: string, b: string) => (a === p && b === q) || (a === q && b === p);
  return edge.kind === 'transfer'
    ? {
        label: `arms from ${nameOf(data, p)} to ${nameOf(data, q)}`,
        flow: (s, r) => s === p && r === q,
        tie: pair,
        agreement: (x) => both.has(x),
      }
    : {
        label: `${nameOf(data, p)} and ${nameOf(data, q)}`,
        flow: pair,
        tie: pair,
        agreement: (x) => both.has(x),
      };
}

/** The Data view's tables, each with the rows of its kind. */
export type TableName = TableRows['table'];
export type TableRows =
  | { table: 'flows'; rows: FlowRow[] }
  | { table: 'ties'; rows: TieRow[] }
  | { table: 'multilateral'; rows: MultilateralRow[] }
  | { table: 'deals'; rows: DealRow[] };

/** Rows about the scope (all when it is null). */
export function scopeRows<T extends TableRows>(rows: T, scope: DataScope | null): T {
  if (!scope) return rows;
  switch (rows.table) {
    case 'flows':
      return { ...rows, rows: rows.rows.filter((r) => scope.flow(r.supplierId, r.recipientId)) };
    case 'deals':
      return { ...rows, rows: rows.rows.filter((r) => scope.flow(r.supplierId, r.recipientId)) };
    case 'ties':
      return { ...rows, rows: rows.rows.filter((r) => scope.tie(r.aId, r.bId, r.agreementIds)) };
    case 'multilateral':
      return { ...rows, rows: rows.rows.filter((r) => scope.agreement(r.id)) };
  }
  return rows;
}

/** Text a reader may type to find a row: every text cell, plus a deal's weapon description. */
export function rowText<R>(row: R, columns: readonly ColumnDef<R>[]): string {
  const parts: string[] = [];
  for (const c of columns) {
    const v = c.display ? c.display(row) : c.value(row);
    if (typeof v === 'string') parts.push(v);
  }
  const extra = (row as Partial<DealRow>).transfer?.description;
  if (extra) parts.push(extra);
  return foldText(parts.join(' '));
}

/**
 * Rows whose text contains every word of the query (in any order, any case, with or without
 * accents): "rafale india" finds the Rafale deals with India.
 */
export function filterByText<R>(
  rows: readonly R[],
  columns: readonly ColumnDef<R>[],
  query: string,
): R[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows as R[];
  return rows.filter((row) => {
    const text = rowText(row, columns);
    return words.every((w) => text.includes(w));
  });
}
