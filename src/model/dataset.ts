/**
 * A validated Dataset turned into the shape the model computes on: countries by integer index,
 * agreements with year spans, deliveries as typed columns sorted by year (so a year range is a
 * contiguous slice, found by binary search), and events in date order with their references
 * resolved to indices.
 */
import { endYearOf, yearOf } from './dates';
import {
  AGREEMENT_TYPES,
  type PartialDate,
  EVENT_KINDS,
  WEAPON_CATEGORIES,
  type Agreement,
  type AgreementType,
  type Country,
  type Dataset,
  type DiplomaticEvent,
  type Embargo,
  type EventKind,
  type Transfer,
  type WeaponCategory,
} from './types';

export interface IndexedMember {
  country: number;
  from: number;
  /** +Infinity while still a member. */
  to: number;
  /** The record's dates, for comparisons finer than a year. */
  joined: PartialDate;
  left: PartialDate | null;
}

export interface IndexedAgreement {
  record: Agreement;
  type: AgreementType;
  typeIndex: number;
  from: number;
  /** +Infinity while in force. */
  to: number;
  members: IndexedMember[];
  /**
   * Never more than two parties at the same time (a state that continued a treaty after its
   * predecessor ceased to exist takes its place: SUN, then RUS, with PRK stays bilateral).
   */
  bilateral: boolean;
}

export interface DeliveryColumns {
  length: number;
  year: Int16Array;
  supplier: Uint16Array;
  recipient: Uint16Array;
  deal: Uint32Array;
  category: Uint8Array;
  /** NaN where the source gives no number. */
  units: Float64Array;
  /** SIPRI TIV delivered that year, millions; NaN where unknown. */
  tiv: Float64Array;
}

export interface IndexedEmbargo {
  record: Embargo;
  target: number;
  from: number;
  to: number;
}

export interface IndexedEvent {
  record: DiplomaticEvent;
  kind: EventKind;
  kindIndex: number;
  /** Year of `date`. */
  from: number;
  /** Year of `end`; `from` when the event has no end. */
  to: number;
  /** Country index of the host; -1 when none is given. */
  host: number;
  /** Country indices of the participants, in the record's order. */
  participants: number[];
  /** Indices into ModelData.agreements and .transfers; ids not in the dataset are left out. */
  agreements: number[];
  transfers: number[];
}

export interface ModelData {
  name: string;
  /** The validated dataset this was indexed from (for exports and merging imports). */
  dataset: Dataset;
  countries: Country[];
  countryIndex: Map<string, number>;
  agreements: IndexedAgreement[];
  agreementIndex: Map<string, number>;
  transfers: Transfer[];
  transferIndex: Map<string, number>;
  deliveries: DeliveryColumns;
  embargoes: IndexedEmbargo[];
  /** Events sorted by date (a year before its months, a month before its days), then id. */
  events: IndexedEvent[];
  eventIndex: Map<string, number>;
  /** Series name ("IDEX", "Malabar") -> indices of its editions, in date order. */
  eventSeries: Map<string, number[]>;
  /**
   * First and last year with any agreement or delivery (clamped to 1945 at the start). Events do
   * not widen it: they give context to the network, they are not part of it.
   */
  yearSpan: [number, number];
  /** True when at least one delivery carries a TIV value. */
  hasValues: boolean;
}

export const CATEGORY_INDEX = new Map<WeaponCategory, number>(
  WEAPON_CATEGORIES.map((c, i) => [c, i]),
);
export const EVENT_KIND_INDEX = new Map<EventKind, number>(EVENT_KINDS.map((k, i) => [k, i]));
export const AGREEMENT_TYPE_INDEX = new Map<AgreementType, number>(
  AGREEMENT_TYPES.map((t, i) => [t, i]),
);

/**
 * Whether two partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) are in order, compared at the
 * precision of the less precise one: `1991` is not before `1991-12-26`.
 */
function before(a: PartialDate, b: PartialDate): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * Whether two memberships overlap in time. A member that joins when another leaves (at the
 * precision the dates give) succeeds it: a continuator taking over a treaty is not a third party.
 */
/** A membership with its record dates: an indexed member or a record's own member. */
type Spell = { country: number | string; joined: PartialDate; left: PartialDate | null };

export function membersConcurrent(p: Spell, q: Spell): boolean {
  return (
    (q.left === null || before(p.joined, q.left)) && (p.left === null || before(q.joined, p.left))
  );
}

/** The largest number of distinct states that were parties at one moment. */
export function maxConcurrentParties(members: readonly Spell[]): number {
  let max = 0;
  // The most parties at once is reached when someone joins: count at each joining.
  for (const m of members) {
    const date = m.joined;
    const together = new Set<number | string>();
    for (const o of members)
      if (!before(date, o.joined) && (o.left === null || before(date, o.left)))
        together.add(o.country);
    max = Math.max(max, together.size);
  }
  return max;
}

/**
 * The definition of a bilateral agreement, for records as they are in the files: at least two
 * parties, never more than two at the same time.
 */
export function isBilateral(agreement: Pick<Agreement, 'members'>): boolean {
  return (
    new Set(agreement.members.map((m) => m.country)).size >= 2 &&
    maxConcurrentParties(agreement.members) <= 2
  );
}

/** Distinct pairs of states that were parties at the same time, as country indices (a < b). */
export function concurrentPairs(members: readonly IndexedMember[]): [number, number][] {
  const pairs = new Map<string, [number, number]>();
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const p = members[i]!;
      const q = members[j]!;
      if (p.country === q.country || !membersConcurrent(p, q)) continue;
      const a = Math.min(p.country, q.country);
      const b = Math.max(p.country, q.country);
      pairs.set(`${a}|${b}`, [a, b]);
    }
  return [...pairs.values()];
}

/**
 * Index a dataset whose references were already checked (see data/validate.ts). Records that
 * still point at unknown countries are skipped rather than throwing.
 */
export function indexDataset(dataset: Dataset): ModelData {
  const countries = dataset.countries;
  const countryIndex = new Map(countries.map((c, i) => [c.id, i]));

  const agreements: IndexedAgreement[] = [];
  for (const record of dataset.agreements) {
    const members: IndexedMember[] = [];
    for (const m of record.members) {
      const country = countryIndex.get(m.country);
      if (country === undefined) continue;
      members.push({
        country,
        from: yearOf(m.joined),
        to: endYearOf(m.left),
        joined: m.joined,
        left: m.left,
      });
    }
    agreements.push({
      record,
      type: record.type,
      typeIndex: AGREEMENT_TYPE_INDEX.get(record.type) ?? 0,
      from: yearOf(record.signed),
      to: endYearOf(record.ended),
      members,
      bilateral: isBilateral({
        members: record.members.filter((m) => countryIndex.has(m.country)),
      }),
    });
  }

  const transfers = dataset.transfers.filter(
    (t) => countryIndex.has(t.supplier) && countryIndex.has(t.recipient),
  );
  const deliveries = buildDeliveryColumns(transfers, countryIndex);

  const embargoes: IndexedEmbargo[] = [];
  for (const record of dataset.embargoes) {
    const target = countryIndex.get(record.target);
    if (target === undefined) continue;
    embargoes.push({ record, target, from: yearOf(record.from), to: endYearOf(record.to) });
  }

  const agreementIndex = new Map(agreements.map((a, i) => [a.record.id, i]));
  const transferIndex = new Map(transfers.map((t, i) => [t.id, i]));
  const events = indexEvents(dataset.events ?? [], countryIndex, agreementIndex, transferIndex);
  const eventSeries = new Map<string, number[]>();
  events.forEach((e, i) => {
    const series = e.record.series;
    if (series === undefined) return;
    const editions = eventSeries.get(series);
    if (editions) editions.push(i);
    else eventSeries.set(series, [i]);
  });

  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const a of agreements) {
    first = Math.min(first, a.from);
    last = Math.max(last, a.from, Number.isFinite(a.to) ? a.to : a.from);
  }
  if (deliveries.length > 0) {
    first = Math.min(first, deliveries.year[0]!);
    last = Math.max(last, deliveries.year[deliveries.length - 1]!);
  }
  if (!Number.isFinite(first)) {
    first = 1945;
    last = 1945;
  }

  let hasValues = false;
  for (let i = 0; i < deliveries.length && !hasValues; i++)
    hasValues = !Number.isNaN(deliveries.tiv[i]!);

  return {
    name: dataset.name ?? 'default',
    dataset,
    countries,
    countryIndex,
    agreements,
    agreementIndex,
    transfers,
    transferIndex,
    deliveries,
    embargoes,
    events,
    eventIndex: new Map(events.map((e, i) => [e.record.id, i])),
    eventSeries,
    yearSpan: [Math.max(1945, first), Math.max(Math.max(1945, first), last)],
    hasValues,
  };
}

/** Events whose countries are all known, sorted, with references resolved to indices. */
function indexEvents(
  records: readonly DiplomaticEvent[],
  countryIndex: Map<string, number>,
  agreementIndex: Map<string, number>,
  transferIndex: Map<string, number>,
): IndexedEvent[] {
  const resolve = (ids: readonly string[] | undefined, index: Map<string, number>) =>
    (ids ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  const events: IndexedEvent[] = [];
  for (const record of records) {
    const participants = record.participants.map((p) => countryIndex.get(p));
    const host = record.host === undefined ? -1 : countryIndex.get(record.host);
    if (host === undefined || participants.some((p) => p === undefined)) continue;
    const from = yearOf(record.date);
    events.push({
      record,
      kind: record.kind,
      kindIndex: EVENT_KIND_INDEX.get(record.kind) ?? 0,
      from,
      to: record.end === undefined ? from : Math.max(from, yearOf(record.end)),
      host,
      participants: participants as number[],
      agreements: resolve(record.related?.agreements, agreementIndex),
      transfers: resolve(record.related?.transfers, transferIndex),
    });
  }
  // Partial dates sort as strings: "2019" < "2019-02" < "2019-02-17".
  events.sort((a, b) =>
    a.record.date < b.record.date
      ? -1
      : a.record.date > b.record.date
        ? 1
        : a.record.id < b.record.id
          ? -1
          : a.record.id > b.record.id
            ? 1
            : 0,
  );
  return events;
}

function buildDeliveryColumns(
  transfers: Transfer[],
  countryIndex: Map<string, number>,
): DeliveryColumns {
  const rows: { year: number; deal: number; units: number; tiv: number }[] = [];
  transfers.forEach((t, deal) => {
    for (const d of t.deliveries) {
      rows.push({ year: d.year, deal, units: d.units ?? Number.NaN, tiv: d.tiv ?? Number.NaN });
    }
  });
  // Sorted by year, then deal: a year range is a slice, and a deal's rows stay together.
  rows.sort((a, b) => a.year - b.year || a.deal - b.deal);
  const n = rows.length;
  const columns: DeliveryColumns = {
    length: n,
    year: new Int16Array(n),
    supplier: new Uint16Array(n),
    recipient: new Uint16Array(n),
    deal: new Uint32Array(n),
    category: new Uint8Array(n),
    units: new Float64Array(n),
    tiv: new Float64Array(n),
  };
  rows.forEach((row, i) => {
    const t = transfers[row.deal]!;
    columns.year[i] = row.year;
    columns.supplier[i] = countryIndex.get(t.supplier)!;
    columns.recipient[i] = countryIndex.get(t.recipient)!;
    columns.deal[i] = row.deal;
    columns.category[i] = CATEGORY_INDEX.get(t.category) ?? CATEGORY_INDEX.get('other')!;
    columns.units[i] = row.units;
    columns.tiv[i] = row.tiv;
  });
  return columns;
}

/** Names of these countries (the id itself where the dataset does not know it). */
export function countryNames(data: ModelData, ids: readonly string[]): string[] {
  return ids.map((id) => data.countries[data.countryIndex.get(id) ?? -1]?.name ?? id);
}

/** Index of the first delivery row with year >= `year` (binary search on the sorted column). */
export function lowerBoundYear(years: Int16Array, length: number, year: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (years[mid]! < year) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
