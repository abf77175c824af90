/**
 * What the Details panel shows: the records behind a state, an agreement or an edge in the
 * selected period. Pure functions of the dataset, the filters and the aggregate.
 */
import type { Aggregate, TransferEdge } from './aggregate';
import type { IndexedAgreement, ModelData } from './dataset';
import { stateStory, type DealStory } from './dealStory';
import type { WeightMeasure } from './filters';
import { transferWeight } from './graph';
import { parseEdgeKey } from './keys';
import { countryFigures, type CountryFigures, type OverlapFigures } from './overlap';
import type { Agreement, Country } from './types';
import type { Selection } from './viewState';

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

/** Agreements behind an alliance tie (`a:A|B|type`) or a hub's membership edge (`m:agreement|A`). */
export function edgeAgreements(data: ModelData, edgeKey: string): Agreement[] {
  const edge = parseEdgeKey(edgeKey);
  if (edge === null || edge.kind === 'transfer') return [];
  if (edge.kind === 'member') {
    const index = data.agreementIndex.get(edge.agreement);
    return index === undefined ? [] : [data.agreements[index]!.record];
  }
  return data.agreements
    .filter(
      (ag) =>
        ag.type === edge.type &&
        ag.record.members.some((m) => m.country === edge.a) &&
        ag.record.members.some((m) => m.country === edge.b),
    )
    .map((ag) => ag.record);
}

/** What the Details panel shows for the selection: one case per kind of thing selected. */
export type SelectionDetails =
  | {
      kind: 'country';
      index: number;
      country: Country;
      details: CountryDetails;
      /** Arms and alliances: allies, concentration, embargoes. */
      figures: CountryFigures;
      /** Its visits, summits, signings and export decisions, and what they produced. */
      story: DealStory;
    }
  | {
      kind: 'agreement';
      index: number;
      agreement: IndexedAgreement;
      members: ReturnType<typeof agreementMembers>;
      /** Distinct parties over its whole life. */
      parties: number;
    }
  /**
   * Two states: a pair selected (`sel=&with=`), or an arrow or a tie between them, whose own
   * direction or agreements come first (`edgeKey`). The record: selectPairRecord.
   */
  | { kind: 'pair'; a: number; b: number; edgeKey?: string }
  /** A hub's membership edge: the agreement behind it. */
  | { kind: 'tie'; agreements: Agreement[] }
  /** An event (`evt=`): index into ModelData.events. */
  | { kind: 'event'; index: number }
  | { kind: 'missing'; what: 'state' | 'agreement' | 'tie' | 'event' };

export function selectionDetails(
  data: ModelData,
  agg: Aggregate,
  selection: Selection,
  weight: WeightMeasure,
  overlap: OverlapFigures,
): SelectionDetails {
  if (selection.kind === 'country') {
    const index = data.countryIndex.get(selection.id);
    if (index === undefined) return { kind: 'missing', what: 'state' };
    return {
      kind: 'country',
      index,
      country: data.countries[index]!,
      details: countryDetails(data, agg, index, weight),
      figures: countryFigures(overlap, index),
      story: stateStory(data, index),
    };
  }
  if (selection.kind === 'event') {
    const index = data.eventIndex.get(selection.id);
    return index === undefined ? { kind: 'missing', what: 'event' } : { kind: 'event', index };
  }
  if (selection.kind === 'agreement') {
    const index = data.agreementIndex.get(selection.id);
    if (index === undefined) return { kind: 'missing', what: 'agreement' };
    const agreement = data.agreements[index]!;
    return {
      kind: 'agreement',
      index,
      agreement,
      members: agreementMembers(data, agreement),
      parties: new Set(agreement.record.members.map((m) => m.country)).size,
    };
  }
  if (selection.kind === 'pair') {
    const a = data.countryIndex.get(selection.id);
    const b = data.countryIndex.get(selection.with);
    if (a === undefined || b === undefined) return { kind: 'missing', what: 'state' };
    return { kind: 'pair', a, b };
  }
  const edge = parseEdgeKey(selection.id);
  if (edge === null) return { kind: 'missing', what: 'tie' };
  if (edge.kind === 'member')
    return { kind: 'tie', agreements: edgeAgreements(data, selection.id) };
  // An arrow or a tie between two states opens the pair.
  const [x, y] = edge.kind === 'transfer' ? [edge.supplier, edge.recipient] : [edge.a, edge.b];
  const a = data.countryIndex.get(x);
  const b = data.countryIndex.get(y);
  if (a === undefined || b === undefined) return { kind: 'missing', what: 'tie' };
  return { kind: 'pair', a, b, edgeKey: selection.id };
}
