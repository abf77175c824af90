/**
 * What the Details panel shows: the records behind a state, an agreement or an edge in the
 * selected period. Pure functions of the dataset, the filters and the aggregate.
 */
import type { Aggregate, TransferEdge } from './aggregate';
import type { IndexedAgreement, ModelData } from './dataset';
import type { WeightMeasure } from './filters';
import { transferWeight } from './graph';
import type { Transfer } from './types';

export interface Partner {
  country: number;
  weight: number;
  deals: number;
}

export interface Membership {
  agreement: number;
  joined: string;
  left: string | null;
}

export interface CountryDetails {
  memberships: Membership[];
  suppliers: Partner[];
  recipients: Partner[];
  importsTotal: number;
  exportsTotal: number;
}

function partners(
  edges: TransferEdge[],
  pick: (e: TransferEdge) => number,
  weight: WeightMeasure,
): Partner[] {
  return edges
    .map((e) => ({ country: pick(e), weight: transferWeight(e, weight), deals: e.deals }))
    .sort((a, b) => b.weight - a.weight || b.deals - a.deals);
}

export function countryDetails(
  data: ModelData,
  agg: Aggregate,
  country: number,
  weight: WeightMeasure,
): CountryDetails {
  const memberships: Membership[] = [];
  for (const active of agg.active) {
    if (!active.members.includes(country)) continue;
    const agreement = data.agreements[active.agreement]!;
    for (const m of agreement.record.members) {
      if (data.countryIndex.get(m.country) !== country) continue;
      memberships.push({ agreement: active.agreement, joined: m.joined, left: m.left });
    }
  }
  memberships.sort((a, b) => a.joined.localeCompare(b.joined));
  const suppliers = partners(
    agg.transfers.filter((e) => e.recipient === country),
    (e) => e.supplier,
    weight,
  );
  const recipients = partners(
    agg.transfers.filter((e) => e.supplier === country),
    (e) => e.recipient,
    weight,
  );
  return {
    memberships,
    suppliers,
    recipients,
    importsTotal: suppliers.reduce((s, p) => s + p.weight, 0),
    exportsTotal: recipients.reduce((s, p) => s + p.weight, 0),
  };
}

export interface DealInPeriod {
  transfer: Transfer;
  /** Units delivered in the period, when the source gives numbers. */
  unitsInPeriod: number | null;
  years: number[];
}

/**
 * The deals behind a supplier->recipient edge: those with a delivery among the drawn rows (an
 * aggregate's `rows`: period, categories, regions as the network has them), in order of first
 * delivery, with the years and units delivered in the period.
 */
export function dealsBetween(
  data: ModelData,
  drawn: { rows: Uint32Array },
  supplier: string,
  recipient: string,
): DealInPeriod[] {
  const s = data.countryIndex.get(supplier);
  const r = data.countryIndex.get(recipient);
  if (s === undefined || r === undefined) return [];
  const d = data.deliveries;
  const byDeal = new Map<number, { years: number[]; units: number; known: boolean }>();
  for (let j = 0; j < drawn.rows.length; j++) {
    const i = drawn.rows[j]!;
    if (d.supplier[i] !== s || d.recipient[i] !== r) continue;
    const deal = d.deal[i]!;
    let entry = byDeal.get(deal);
    if (!entry) byDeal.set(deal, (entry = { years: [], units: 0, known: false }));
    entry.years.push(d.year[i]!);
    const units = d.units[i]!;
    if (units === units) {
      entry.units += units;
      entry.known = true;
    }
  }
  // Rows are sorted by year: the map's order is the order of first delivery in the period.
  return [...byDeal].map(([deal, e]) => ({
    transfer: data.transfers[deal]!,
    unitsInPeriod: e.known ? e.units : null,
    years: e.years,
  }));
}

/** Members of an agreement with their dates, in order of joining. */
export function agreementMembers(data: ModelData, agreement: IndexedAgreement) {
  return agreement.record.members
    .map((m) => ({
      country: data.countryIndex.get(m.country) ?? -1,
      joined: m.joined,
      left: m.left,
      note: m.note,
    }))
    .filter((m) => m.country >= 0)
    .sort((a, b) => a.joined.localeCompare(b.joined));
}

/** "1949–" or "1955–1991", for dates of agreements and memberships. */
export function formatSpan(start: string, end: string | null): string {
  return `${start}–${end ?? ''}`;
}
