/**
 * Search that finds what people type: states by name, id, alias or common name ("US", "Britain",
 * "DPRK"), agreements by short or full name, deals by weapon designation ("Rafale", "S-400",
 * "F-16"), pairs of states ("France Egypt", "US South Korea"), and typos ("Egpyt").
 *
 * Ranking: exact names, ids and aliases first (of any kind), then pairs, then states, agreements
 * and deals, each by how well it matches (prefix, a word's prefix, inside) and then by how much
 * the dataset says about it; typo matches come last. The index is built once per dataset.
 */
import type { ModelData } from './dataset';
import { countOf, formatYearSpan } from './format';
import { AGREEMENT_ALIASES, COUNTRY_ALIASES } from './searchAliases';
import { formatPartialDate } from './events';
import { EVENT_KIND_LABELS, WEAPON_CATEGORY_LABELS } from './types';

/** How a name matched, best first. */
export const Match = {
  Exact: 0,
  Prefix: 1,
  WordPrefix: 2,
  Inside: 3,
  Typo: 4,
  None: 5,
} as const;
export type Match = (typeof Match)[keyof typeof Match];

export type SearchHit =
  | { kind: 'country'; country: number; label: string; detail: string; match: Match }
  | { kind: 'agreement'; agreement: number; label: string; detail: string; match: Match }
  | { kind: 'pair'; a: number; b: number; label: string; detail: string; match: Match }
  /** An event; for a series ("IDEX"), its latest edition, labelled with the series' name. */
  | { kind: 'event'; event: number; label: string; detail: string; match: Match }
  | {
      kind: 'deals';
      supplier: number;
      recipient: number;
      /** Transfer indices, in order of first year. */
      transfers: number[];
      label: string;
      detail: string;
      match: Match;
    };

interface Key {
  /** Normalised text ("north korea"). */
  text: string;
  /** Without spaces ("northkorea", "f16"): "F-16", "F16" and "f 16" meet here. */
  compact: string;
  words: string[];
}

interface Entry {
  keys: Key[];
  /** How much the dataset says about it: breaks ties between equal matches. */
  weight: number;
  label: string;
  /** Position of the label in alphabetical order: the last tie-break, without collating. */
  rank: number;
}

interface CountryEntry extends Entry {
  country: number;
}
interface AgreementEntry extends Entry {
  agreement: number;
}
/** One designation as written ("F-16C"), matched once for all the deals that carry it. */
interface DesignationEntry extends Entry {
  /** Indices into SearchIndex.dealGroups. */
  groups: number[];
}
/** An event by its title, or a series by its name (then `event` is its latest edition). */
interface EventEntry extends Entry {
  event: number;
  series: boolean;
}
/** The deals of one designation from one supplier to one recipient: one search result. */
interface DealGroup {
  supplier: number;
  recipient: number;
  /** Transfer indices, in dataset order. */
  transfers: number[];
  first: number | null;
  last: number | null;
}

export interface SearchIndex {
  data: ModelData;
  countries: CountryEntry[];
  agreements: AgreementEntry[];
  designations: DesignationEntry[];
  events: EventEntry[];
  dealGroups: DealGroup[];
  /** Deals per unordered pair of states (key a * n + b with a < b). */
  pairDeals: Map<number, number>;
  /** Country -> its continuing state or the state it continues (SUN <-> RUS). */
  related: Map<number, number[]>;
}

/** Lower case, accents and punctuation dropped, "&" as "and", spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function key(text: string): Key {
  const t = normalise(text);
  return { text: t, compact: t.replace(/ /g, ''), words: t.split(' ').filter(Boolean) };
}

function keysOf(texts: readonly (string | undefined)[]): Key[] {
  const seen = new Set<string>();
  const out: Key[] = [];
  for (const text of texts) {
    if (!text) continue;
    const k = key(text);
    if (k.text === '' || seen.has(k.text)) continue;
    seen.add(k.text);
    out.push(k);
  }
  return out;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, so "Egpyt" is one
 * edit from "Egypt"), giving up once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (scratch.length < 3 * (n + 1)) scratch = new Int32Array(6 * (n + 1));
  // Three rows of the table in one reused buffer: two rows back, the previous one, this one.
  let prev2 = 0;
  let prev = n + 1;
  let cur = 2 * (n + 1);
  for (let j = 0; j <= n; j++) scratch[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    scratch[cur] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        scratch[prev + j]! + 1,
        scratch[cur + j - 1]! + 1,
        scratch[prev + j - 1]! + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, scratch[prev2 + j - 2]! + 1);
      scratch[cur + j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return scratch[prev + n]!;
}
let scratch = new Int32Array(3 * 64);

/** Edits allowed for a typo: none up to 3 letters, one up to 5, two beyond. */
function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

interface Query {
  text: string;
  compact: string;
  words: string[];
}

/**
 * Every word typed starts a distinct word of the name, in any order ("korea north"). A one-letter
 * word must be a whole word unless it is the last one typed: "f 16" is not "Franco-German C-160".
 */
function wordsStart(q: Query, k: Key): boolean {
  if (q.words.length === 1) return k.words.some((w) => w.startsWith(q.text));
  const used: number[] = [];
  const last = q.words.length - 1;
  return q.words.every((w, j) => {
    const whole = w.length === 1 && j < last;
    const at = k.words.findIndex(
      (kw, i) => !used.includes(i) && (whole ? kw === w : kw.startsWith(w)),
    );
    if (at >= 0) used.push(at);
    return at >= 0;
  });
}

/** How a name matches, without typos; `inside` allows a match inside a word ("slav"). */
function matchKey(q: Query, k: Key, inside: boolean): Match {
  if (k.text === q.text || (q.compact.length > 1 && k.compact === q.compact)) return Match.Exact;
  if (k.text.startsWith(q.text) || (q.compact.length > 1 && k.compact.startsWith(q.compact)))
    return Match.Prefix;
  if (wordsStart(q, k)) return Match.WordPrefix;
  if (inside && q.text.length >= 3 && k.text.includes(q.text)) return Match.Inside;
  return Match.None;
}

/** Whether a name is a typo away from the query, whole, as it is being typed, or one word. */
function typoOf(q: Query, k: Key, budget: number): boolean {
  if (k.compact.length < 3) return false;
  if (editDistance(q.compact, k.compact, budget) <= budget) return true;
  if (
    k.compact.length > q.compact.length &&
    editDistance(q.compact, k.compact.slice(0, q.compact.length), budget) <= budget
  )
    return true;
  return (
    q.words.length === 1 &&
    k.words.some((w) => w.length >= 4 && editDistance(q.text, w, budget) <= budget)
  );
}

/**
 * The best match among an entry's names. Typos are looked for only with `typos` (a second pass,
 * when nothing matched without them), so a plain query never pays for edit distances.
 */
function bestMatch(q: Query, entry: Entry, inside = true, typos = false): Match {
  let best: Match = Match.None;
  for (const k of entry.keys) {
    const m = matchKey(q, k, inside);
    if (m < best) best = m;
    if (best === Match.Exact) return best;
  }
  if (best !== Match.None || !typos) return best;
  const budget = typoBudget(q.compact.length);
  if (budget === 0) return best;
  return entry.keys.some((k) => typoOf(q, k, budget)) ? Match.Typo : Match.None;
}

const indexes = new WeakMap<ModelData, SearchIndex>();

/** The search index of a dataset, built once. */
export function searchIndex(data: ModelData): SearchIndex {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = buildIndex(data)));
  return index;
}

function buildIndex(data: ModelData): SearchIndex {
  const n = data.countries.length;
  const activity = new Float64Array(n);
  const pairDeals = new Map<number, number>();
  const designationOf = new Map<string, number>();
  const designations: Omit<DesignationEntry, 'rank'>[] = [];
  const groupOf = new Map<string, number>();
  const dealGroups: DealGroup[] = [];
  data.transfers.forEach((t, i) => {
    const s = data.countryIndex.get(t.supplier)!;
    const r = data.countryIndex.get(t.recipient)!;
    activity[s]!++;
    activity[r]!++;
    const pair = Math.min(s, r) * n + Math.max(s, r);
    pairDeals.set(pair, (pairDeals.get(pair) ?? 0) + 1);
    // Each distinct designation is normalised and matched once, however many deals carry it.
    let d = designationOf.get(t.designation);
    if (d === undefined) {
      d = designations.length;
      designationOf.set(t.designation, d);
      designations.push({
        keys: keysOf([t.designation]),
        weight: 0,
        label: t.designation,
        groups: [],
      });
    }
    const designation = designations[d]!;
    designation.weight++;
    const groupKey = `${d}:${s}>${r}`;
    let g = groupOf.get(groupKey);
    if (g === undefined) {
      g = dealGroups.length;
      groupOf.set(groupKey, g);
      dealGroups.push({ supplier: s, recipient: r, transfers: [], first: null, last: null });
      designation.groups.push(g);
    }
    const group = dealGroups[g]!;
    group.transfers.push(i);
    const see = (year: number) => {
      if (group.first === null || year < group.first) group.first = year;
      if (group.last === null || year > group.last) group.last = year;
    };
    if (t.ordered) see(t.ordered.year);
    for (const delivery of t.deliveries) see(delivery.year);
  });
  data.agreements.forEach((a) => {
    for (const m of new Set(a.members.map((x) => x.country))) activity[m]!++;
  });

  const countries: Omit<CountryEntry, 'rank'>[] = data.countries.map((c, country) => ({
    country,
    label: c.name,
    weight: activity[country]!,
    keys: keysOf([c.name, c.id, ...(c.aliases ?? []), ...(COUNTRY_ALIASES[c.id] ?? [])]),
  }));
  const agreements: Omit<AgreementEntry, 'rank'>[] = data.agreements.map((a, agreement) => ({
    agreement,
    label: a.record.shortName ?? a.record.name,
    weight: new Set(a.members.map((m) => m.country)).size,
    keys: keysOf([
      a.record.shortName,
      a.record.name,
      a.record.id,
      ...(AGREEMENT_ALIASES[a.record.id] ?? []),
    ]),
  }));

  // Events by title (newest first among equals), series by name (standing for their latest
  // edition): "IDEX" finds the series, "IDEX 2019" that edition.
  const events: Omit<EventEntry, 'rank'>[] = data.events.map((e, event) => ({
    event,
    series: false,
    label: e.record.title,
    weight: e.from,
    keys: keysOf([e.record.title, e.record.id]),
  }));
  for (const [name, editions] of data.eventSeries)
    events.push({
      event: editions[editions.length - 1]!,
      series: true,
      label: name,
      weight: Number.MAX_SAFE_INTEGER,
      keys: keysOf([name]),
    });

  // Alphabetical ranks, collated once here rather than at every keystroke.
  const labels = [
    ...new Set([...countries, ...agreements, ...designations, ...events].map((e) => e.label)),
  ];
  labels.sort(new Intl.Collator('en').compare);
  const rankOf = new Map(labels.map((label, i) => [label, i]));
  const ranked = <T extends { label: string }>(entries: T[]) =>
    entries.map((e) => ({ ...e, rank: rankOf.get(e.label)! }));

  // A state and the one it continues (the first successor: SUN -> RUS, DDR -> DEU).
  const related = new Map<number, number[]>();
  const link = (x: number, y: number) => related.set(x, [...(related.get(x) ?? []), y]);
  data.countries.forEach((c, i) => {
    const next = c.successors?.[0];
    const j = next === undefined ? undefined : data.countryIndex.get(next);
    if (j === undefined) return;
    link(i, j);
    link(j, i);
  });

  return {
    data,
    countries: ranked(countries),
    agreements: ranked(agreements),
    designations: ranked(designations),
    events: ranked(events),
    dealGroups,
    pairDeals,
    related,
  };
}

function query(text: string): Query {
  const k = key(text);
  return { text: k.text, compact: k.compact, words: k.words };
}

const CONNECTORS = new Set(['and', 'to', 'vs', 'v', 'versus', 'with', 'from']);

/**
 * The best state for a half of a pair query: an exact match, or (unless `strict`) a prefix or a
 * typo in a longer name.
 */
function stateFor(
  index: SearchIndex,
  words: string[],
  strict: boolean,
): { country: number; match: Match } | null {
  if (words.length === 0) return null;
  const q = query(words.join(' '));
  let best: { country: number; match: Match; weight: number } | null = null;
  for (const entry of index.countries) {
    const m = bestMatch(q, entry, false, !strict);
    const acceptable = strict
      ? m === Match.Exact
      : m <= Match.Prefix || (m === Match.Typo && q.compact.length >= 5);
    if (!acceptable) continue;
    if (!best || m < best.match || (m === best.match && entry.weight > best.weight))
      best = { country: entry.country, match: m, weight: entry.weight };
  }
  return best;
}

/**
 * "France Egypt", "France and Egypt", "US - South Korea": every split into two known states.
 * `strict` (when the whole query is a name, "North Korea") takes exact names only.
 */
function pairsFor(index: SearchIndex, q: Query, strict: boolean): SearchHit[] {
  const words = q.words;
  if (words.length < 2) return [];
  const out: SearchHit[] = [];
  const seen = new Set<string>();
  for (let cut = 1; cut < words.length; cut++) {
    let left = words.slice(0, cut);
    let right = words.slice(cut);
    if (CONNECTORS.has(right[0]!)) right = right.slice(1);
    else if (CONNECTORS.has(left[left.length - 1]!)) left = left.slice(0, -1);
    const a = stateFor(index, left, strict);
    const b = stateFor(index, right, strict);
    if (!a || !b || a.country === b.country) continue;
    const id = `${a.country}|${b.country}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(pairHit(index, a.country, b.country, Math.max(a.match, b.match) as Match));
  }
  return out;
}

function pairHit(index: SearchIndex, a: number, b: number, match: Match): SearchHit {
  const { data } = index;
  const n = data.countries.length;
  const deals = index.pairDeals.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0;
  const agreements = data.agreements.filter((ag) => {
    const members = new Set(ag.members.map((m) => m.country));
    return members.has(a) && members.has(b);
  }).length;
  const parts = [countOf(deals, 'deal'), countOf(agreements, 'shared agreement')];
  return {
    kind: 'pair',
    a,
    b,
    label: `${data.countries[a]!.name} and ${data.countries[b]!.name}`,
    detail: deals + agreements === 0 ? 'nothing between them in the data' : parts.join(', '),
    match,
  };
}

const KIND_ORDER = { pair: 2, country: 3, agreement: 4, deals: 5, event: 6 } as const;
type Kind = keyof typeof KIND_ORDER;

/** Rank order: exact first (any kind), then pairs, states, agreements, deals, events; typos last. */
function tier(kind: Kind, match: Match): number {
  if (match === Match.Exact) return kind === 'pair' ? 1 : 0;
  return (match === Match.Typo ? 10 : 0) + KIND_ORDER[kind];
}

/**
 * A match before it becomes a result: cheap to sort, turned into a SearchHit (labels, details)
 * only if it is among the first `limit`.
 */
interface Candidate {
  kind: Kind;
  /** Country, agreement, deal group or event entry index; -1 for a pair. */
  ref: number;
  match: Match;
  weight: number;
  rank: number;
  /** A pair, ready made; or the state a related state is offered for. */
  pair?: SearchHit;
  relatedTo?: number;
}

export interface SearchResults {
  hits: SearchHit[];
  /** All matches found, of which `hits` are the first. */
  total: number;
}

/** Search the index; the best `limit` hits, ranked. */
export function search(index: SearchIndex, text: string, limit = 10): SearchResults {
  const q = query(text);
  if (q.text === '') return { hits: [], total: 0 };
  const found: Candidate[] = [];
  const seenCountries = new Set<number>();
  const seenAgreements = new Set<number>();
  const seenDesignations = new Set<number>();
  const seenEvents = new Set<number>();

  /** One pass over states, agreements and designations: without typos, or typos only. */
  const collect = (typos: boolean) => {
    for (const entry of index.countries) {
      if (seenCountries.has(entry.country)) continue;
      const match = bestMatch(q, entry, true, typos);
      if (match === Match.None) continue;
      seenCountries.add(entry.country);
      found.push({
        kind: 'country',
        ref: entry.country,
        match,
        weight: entry.weight,
        rank: entry.rank,
      });
    }
    for (const entry of index.agreements) {
      if (seenAgreements.has(entry.agreement)) continue;
      const match = bestMatch(q, entry, true, typos);
      if (match === Match.None) continue;
      seenAgreements.add(entry.agreement);
      found.push({
        kind: 'agreement',
        ref: entry.agreement,
        match,
        weight: entry.weight,
        rank: entry.rank,
      });
    }
    // Designations match from the start of a word: "nato" is not in "Terminator".
    index.designations.forEach((entry, d) => {
      if (seenDesignations.has(d)) return;
      const match = bestMatch(q, entry, false, typos);
      if (match === Match.None) return;
      seenDesignations.add(d);
      for (const g of entry.groups)
        found.push({
          kind: 'deals',
          ref: g,
          match,
          weight: index.dealGroups[g]!.transfers.length,
          rank: entry.rank,
        });
    });
    // Events match from the start of a word, and only without typos (titles are long).
    if (!typos)
      index.events.forEach((entry, e) => {
        if (seenEvents.has(e)) return;
        const match = bestMatch(q, entry, false, false);
        if (match === Match.None) return;
        seenEvents.add(e);
        found.push({ kind: 'event', ref: e, match, weight: entry.weight, rank: entry.rank });
      });
  };

  collect(false);
  const exact = found.some((c) => c.match === Match.Exact);
  // "Russia" also offers the Soviet Union, "USSR" Russia: a state and the one it continues.
  for (const c of found.filter((x) => x.kind === 'country' && x.match === Match.Exact))
    for (const other of index.related.get(c.ref) ?? []) {
      const at = found.findIndex((x) => x.kind === 'country' && x.ref === other);
      if (at >= 0 && found[at]!.match <= Match.WordPrefix) continue;
      if (at >= 0) found.splice(at, 1);
      seenCountries.add(other);
      found.push({
        kind: 'country',
        ref: other,
        match: Match.WordPrefix,
        weight: Number.MAX_SAFE_INTEGER,
        rank: 0,
        relatedTo: c.ref,
      });
    }
  for (const pair of pairsFor(index, q, exact))
    found.push({ kind: 'pair', ref: -1, match: pair.match, weight: 0, rank: 0, pair });
  // Typo guesses only when nothing has the name typed: "Iraq" is not a typo for "Iran".
  if (!exact) collect(true);

  found.sort(
    (x, y) =>
      tier(x.kind, x.match) - tier(y.kind, y.match) ||
      x.match - y.match ||
      y.weight - x.weight ||
      x.rank - y.rank,
  );
  return { hits: found.slice(0, limit).map((c) => hitOf(index, c)), total: found.length };
}

function hitOf(index: SearchIndex, c: Candidate): SearchHit {
  const { data } = index;
  switch (c.kind) {
    case 'pair':
      return c.pair!;
    case 'country': {
      const hit = countryHit(data, c.ref, c.match);
      if (c.relatedTo === undefined) return hit;
      const before = data.countries[c.ref]!.to !== null;
      const of = data.countries[c.relatedTo]!.name;
      return { ...hit, detail: `${hit.detail}, ${before ? 'predecessor' : 'successor'} of ${of}` };
    }
    case 'agreement':
      return agreementHit(data, c.ref, c.match);
    case 'deals':
      return dealsHit(data, index.dealGroups[c.ref]!, c.match);
    case 'event':
      return eventHit(data, index.events[c.ref]!, c.match);
  }
}

function eventHit(data: ModelData, entry: EventEntry, match: Match): SearchHit {
  const e = data.events[entry.event]!;
  const host = e.host >= 0 ? data.countries[e.host]!.name : null;
  if (entry.series) {
    const editions = data.eventSeries.get(entry.label) ?? [];
    const first = data.events[editions[0] ?? entry.event]!.from;
    return {
      kind: 'event',
      event: entry.event,
      label: entry.label,
      detail: [
        `${EVENT_KIND_LABELS[e.kind]} series`,
        `${countOf(editions.length, 'edition')} ${formatYearSpan(first, e.from)}`,
        host,
      ]
        .filter(Boolean)
        .join(', '),
      match,
    };
  }
  return {
    kind: 'event',
    event: entry.event,
    label: e.record.title,
    detail: [EVENT_KIND_LABELS[e.kind], formatPartialDate(e.record.date), host]
      .filter(Boolean)
      .join(', '),
    match,
  };
}

function countryHit(data: ModelData, country: number, match: Match) {
  const c = data.countries[country]!;
  const years = c.to === null ? '' : `, ${c.from}–${c.to}`;
  return {
    kind: 'country' as const,
    country,
    label: c.name,
    detail: `${c.kind && c.kind !== 'state' ? c.kind : 'state'}${years}`,
    match,
  };
}

function agreementHit(data: ModelData, agreement: number, match: Match): SearchHit {
  const a = data.agreements[agreement]!;
  const span = Number.isFinite(a.to) ? formatYearSpan(a.from, a.to) : `since ${a.from}`;
  return {
    kind: 'agreement',
    agreement,
    label: a.record.shortName ?? a.record.name,
    detail: `agreement, ${span}`,
    match,
  };
}

function dealsHit(data: ModelData, group: DealGroup, match: Match): SearchHit {
  const t = data.transfers[group.transfers[0]!]!;
  const years =
    group.first === null
      ? ''
      : `, ${group.first === group.last ? group.first : formatYearSpan(group.first, group.last!)}`;
  const count = group.transfers.length > 1 ? `, ${countOf(group.transfers.length, 'deal')}` : '';
  const route = `${data.countries[group.supplier]!.name} → ${data.countries[group.recipient]!.name}`;
  return {
    kind: 'deals',
    supplier: group.supplier,
    recipient: group.recipient,
    transfers: group.transfers,
    label: t.designation,
    detail: `${route}${years}${count} · ${WEAPON_CATEGORY_LABELS[t.category].toLowerCase()}`,
    match,
  };
}
