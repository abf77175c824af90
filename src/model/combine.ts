/**
 * Combine an imported dataset with the current one: an import keeps what it does not replace.
 *
 * - `replace-transfers`: the import's deals replace the current ones; the current agreements
 *   stay (the default for SIPRI files, which hold deals only);
 * - `replace-agreements`: the import's agreements replace the current ones; the current deals
 *   stay (the default for ATOP files, which hold alliances only);
 * - `replace-all`: only the import's records are kept;
 * - `add`: both are kept, each deal counted once (see `addTransfers`).
 *
 * Whatever the mode, the current countries stay (every state keeps its name, region and map
 * point) and the import's are added; an imported country that is a current one under another id
 * (same name or alias) is mapped onto it. Embargoes and events are facts about states, not about
 * a source: they are united, except that `replace-all` takes the import's when it has any; kept
 * events lose their links to agreements and deals that are gone. Records of a kind the mode
 * keeps are united with the import's of that kind (same id: the import's wins).
 */
import type { Country, Dataset, DatasetOrigin, Delivery, DiplomaticEvent, Transfer } from './types';
import { countOf, foldText, formatYearSpan, plural } from './format';

export type CombineMode = 'replace-transfers' | 'replace-agreements' | 'replace-all' | 'add';

export const COMBINE_MODES: readonly CombineMode[] = [
  'replace-transfers',
  'replace-agreements',
  'replace-all',
  'add',
];

export const COMBINE_MODE_LABELS: Record<CombineMode, string> = {
  'replace-transfers': 'Replace the transfers, keep the agreements',
  'replace-agreements': 'Replace the agreements, keep the transfers',
  'replace-all': 'Replace everything',
  add: 'Add to the current data',
};

/** The kinds of records a dataset holds (and a file may bring). */
export type RecordKind = 'countries' | 'agreements' | 'transfers' | 'embargoes' | 'events';

/**
 * The import dialog's default for files that bring these records: replace what they bring,
 * keep the rest; add when they bring neither deals nor agreements (e.g. a list of countries).
 */
export function defaultCombineMode(kinds: readonly RecordKind[]): CombineMode {
  const transfers = kinds.includes('transfers');
  const agreements = kinds.includes('agreements');
  if (transfers && agreements) return 'replace-all';
  if (transfers) return 'replace-transfers';
  if (agreements) return 'replace-agreements';
  return 'add';
}

/** The credit SIPRI's terms ask for applies to these records (imported files and the default's). */
export const SIPRI_SOURCE = 'SIPRI Arms Transfers Database';
export const citesSipri = (t: Transfer) => t.source.includes(SIPRI_SOURCE);

export interface CombineResult {
  dataset: Dataset;
  /** What the rules did, in sentences for the import report. */
  notes: string[];
}

function unionById<T extends { id: string }>(base: readonly T[], added: readonly T[]): T[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const r of added) byId.set(r.id, r);
  return [...byId.values()];
}

/** Names compared without case, accents, punctuation or spaces ("Côte d'Ivoire" = "cote divoire"). */
export function nameKey(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '');
}

/**
 * Imported countries whose id the current data does not know but whose name or an alias is a
 * current country's: their id -> the current id (e.g. an Entente JSON from another source that
 * writes `GER` for Germany).
 */
export function matchCountries(
  current: readonly Country[],
  imported: readonly Country[],
): Map<string, string> {
  const ids = new Set(current.map((c) => c.id));
  const byName = new Map<string, string>();
  for (const c of current) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const k = nameKey(n);
      if (k && !byName.has(k)) byName.set(k, c.id);
    }
  }
  const out = new Map<string, string>();
  for (const c of imported) {
    if (ids.has(c.id)) continue;
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      const id = byName.get(nameKey(n));
      if (id) {
        out.set(c.id, id);
        break;
      }
    }
  }
  return out;
}

/** The dataset with country ids renamed, and the renamed countries left out. */
function renameCountries(dataset: Dataset, ids: ReadonlyMap<string, string>): Dataset {
  if (ids.size === 0) return dataset;
  const id = (x: string) => ids.get(x) ?? x;
  return {
    ...dataset,
    countries: dataset.countries.filter((c) => !ids.has(c.id)),
    transfers: dataset.transfers.map((t) =>
      ids.has(t.supplier) || ids.has(t.recipient)
        ? { ...t, supplier: id(t.supplier), recipient: id(t.recipient) }
        : t,
    ),
    agreements: dataset.agreements.map((a) =>
      a.members.some((m) => ids.has(m.country))
        ? { ...a, members: a.members.map((m) => ({ ...m, country: id(m.country) })) }
        : a,
    ),
    embargoes: dataset.embargoes.map((e) => ({
      ...e,
      target: id(e.target),
      imposedBy: id(e.imposedBy),
    })),
    ...(dataset.events
      ? {
          events: dataset.events.map((e) => ({
            ...e,
            participants: e.participants.map(id),
            ...(e.host !== undefined ? { host: id(e.host) } : {}),
          })),
        }
      : {}),
  };
}

const pairKey = (t: Transfer) => `${t.supplier}>${t.recipient}`;
const byYear = (a: Delivery, b: Delivery) => a.year - b.year;

/** First and last delivery year of these deals (order years when nothing was delivered). */
function yearSpan(transfers: readonly Transfer[]): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const t of transfers)
    for (const d of t.deliveries) {
      if (d.year < from) from = d.year;
      if (d.year > to) to = d.year;
    }
  if (from > to)
    for (const t of transfers) {
      const y = t.ordered?.year;
      if (y !== undefined && y < from) from = y;
      if (y !== undefined && y > to) to = y;
    }
  return from <= to ? [from, to] : null;
}

/**
 * Current and imported deals together, each deal counted once.
 *
 * The rule for SIPRI: a SIPRI file is SIPRI's own record of the supplier-recipient pairs it has,
 * for the years it covers (its first to last delivery year). Current deals that cite SIPRI
 * (such as the default dataset's, which are a selection taken from it) lose their deliveries of
 * those pairs in those years; a deal left with none is dropped, as is an undelivered one ordered
 * in those years. Deals of other pairs, of other years and from other sources are kept. SIPRI's
 * exports are complete for what they cover, and a file may cover one recipient or a few years
 * only: so it replaces exactly what it speaks for, nothing more.
 *
 * Records with the same id are one deal when they join the same states (the import's record,
 * plus current deliveries in years it does not have); otherwise (the trade register numbers its
 * deals by line) the imported one is renamed `<id>~2`.
 */
export function addTransfers(
  current: readonly Transfer[],
  imported: readonly Transfer[],
  notes: string[],
): Transfer[] {
  let kept: readonly Transfer[] = current;
  const sipri = imported.filter(citesSipri);
  const span = yearSpan(sipri);
  if (span) {
    const [from, to] = span;
    const pairs = new Set(sipri.map(pairKey));
    const inSpan = (year: number) => year >= from && year <= to;
    let dropped = 0;
    let trimmed = 0;
    const out: Transfer[] = [];
    for (const t of current) {
      if (!citesSipri(t) || !pairs.has(pairKey(t))) out.push(t);
      else if (t.deliveries.length === 0) {
        if (t.ordered && inSpan(t.ordered.year)) dropped++;
        else out.push(t);
      } else {
        const outside = t.deliveries.filter((d) => !inSpan(d.year));
        if (outside.length === t.deliveries.length) out.push(t);
        else if (outside.length === 0) dropped++;
        else {
          trimmed++;
          out.push({ ...t, deliveries: outside });
        }
      }
    }
    kept = out;
    if (dropped + trimmed > 0) {
      const n = dropped + trimmed;
      notes.push(
        `Counted once: the SIPRI file is SIPRI’s own record of its supplier–recipient pairs in ${formatYearSpan(from, to)}, ` +
          `so it replaces ${countOf(n, 'current deal')} citing SIPRI there` +
          (trimmed > 0
            ? ` (${countOf(trimmed, 'deal')} also delivered in other years ${plural(trimmed, 'keeps', 'keep')} those years).`
            : '.'),
      );
    }
  }
  const byId = new Map(kept.map((t) => [t.id, t]));
  let renamed = 0;
  for (const t of imported) {
    const prev = byId.get(t.id);
    if (!prev) byId.set(t.id, t);
    else if (prev.supplier === t.supplier && prev.recipient === t.recipient) {
      const years = new Set(t.deliveries.map((d) => d.year));
      const extra = prev.deliveries.filter((d) => !years.has(d.year));
      byId.set(
        t.id,
        extra.length > 0 ? { ...t, deliveries: [...t.deliveries, ...extra].sort(byYear) } : t,
      );
    } else {
      let k = 2;
      while (byId.has(`${t.id}~${k}`)) k++;
      byId.set(`${t.id}~${k}`, { ...t, id: `${t.id}~${k}` });
      renamed++;
    }
  }
  if (renamed > 0)
    notes.push(
      `${countOf(renamed, 'imported deal')} had the id of a different current deal and ${plural(renamed, 'was', 'were')} renamed (<id>~2).`,
    );
  return [...byId.values()];
}

/** Where each kind of record now comes from. */
function combineOrigin(
  current: DatasetOrigin | undefined,
  imported: DatasetOrigin | undefined,
  keepTransfers: boolean,
  keepAgreements: boolean,
  hasImported: { transfers: boolean; agreements: boolean },
): DatasetOrigin {
  const join = (keep: boolean, a: string | undefined, b: string | undefined, has: boolean) => {
    const parts = [keep ? a : undefined, has ? b : undefined].filter((x): x is string => !!x);
    return parts.length > 0 ? [...new Set(parts)].join('; and ') : undefined;
  };
  const origin: DatasetOrigin = {};
  const t = join(keepTransfers, current?.transfers, imported?.transfers, hasImported.transfers);
  const a = join(keepAgreements, current?.agreements, imported?.agreements, hasImported.agreements);
  if (t) origin.transfers = t;
  if (a) origin.agreements = a;
  return origin;
}

export function combineDatasets(
  current: Dataset,
  importedRaw: Dataset,
  mode: CombineMode,
  name: string,
): CombineResult {
  const notes: string[] = [];
  const matched = matchCountries(current.countries, importedRaw.countries);
  if (matched.size > 0) {
    notes.push(
      `Matched by name to the current states: ${[...matched]
        .map(([from, to]) => `${from} → ${to}`)
        .join(', ')}.`,
    );
  }
  const imported = renameCountries(importedRaw, matched);
  const keepTransfers = mode === 'replace-agreements' || mode === 'add';
  const keepAgreements = mode === 'replace-transfers' || mode === 'add';
  const transfers = keepTransfers
    ? addTransfers(current.transfers, imported.transfers, notes)
    : imported.transfers;
  const agreements = keepAgreements
    ? unionById(current.agreements, imported.agreements)
    : imported.agreements;
  const embargoes =
    mode === 'replace-all' && imported.embargoes.length > 0
      ? imported.embargoes
      : unionById(current.embargoes, imported.embargoes);
  const importedEvents = imported.events ?? [];
  const events = keepLinksIn(
    mode === 'replace-all' && importedEvents.length > 0
      ? importedEvents
      : unionById(current.events ?? [], importedEvents),
    agreements,
    transfers,
  );
  if (mode === 'replace-transfers' && current.agreements.length > 0)
    notes.push(`Kept the ${countOf(current.agreements.length, 'current agreement')}.`);
  if (mode === 'replace-agreements' && current.transfers.length > 0)
    notes.push(`Kept the ${countOf(current.transfers.length, 'current deal')}.`);
  const dataset: Dataset = {
    name,
    countries: unionById(current.countries, imported.countries),
    agreements,
    transfers,
    embargoes,
    ...(events.length > 0 ? { events } : {}),
  };
  const origin = combineOrigin(current.origin, imported.origin, keepTransfers, keepAgreements, {
    transfers: imported.transfers.length > 0,
    agreements: imported.agreements.length > 0,
  });
  if (origin.transfers || origin.agreements) dataset.origin = origin;
  return { dataset, notes };
}

/** Events with their `related` ids cut down to the agreements and transfers given. */
function keepLinksIn(
  events: readonly DiplomaticEvent[],
  agreements: readonly { id: string }[],
  transfers: readonly { id: string }[],
): DiplomaticEvent[] {
  const agreementIds = new Set(agreements.map((a) => a.id));
  const transferIds = new Set(transfers.map((t) => t.id));
  return events.map((e) => {
    if (!e.related) return e;
    const { related, ...rest } = e;
    const kept = {
      agreements: related.agreements?.filter((id) => agreementIds.has(id)) ?? [],
      transfers: related.transfers?.filter((id) => transferIds.has(id)) ?? [],
    };
    const links = {
      ...(kept.agreements.length > 0 ? { agreements: kept.agreements } : {}),
      ...(kept.transfers.length > 0 ? { transfers: kept.transfers } : {}),
    };
    return Object.keys(links).length > 0 ? { ...rest, related: links } : rest;
  });
}

/**
 * Ids that records use but no country record defines (e.g. pre-1945 states in ATOP) get a
 * placeholder country, so no record is dropped; the caller reports them.
 */
export function addMissingCountries(dataset: Dataset): { dataset: Dataset; added: string[] } {
  const known = new Set(dataset.countries.map((c) => c.id));
  const used = new Set<string>();
  for (const t of dataset.transfers) used.add(t.supplier).add(t.recipient);
  for (const a of dataset.agreements) for (const m of a.members) used.add(m.country);
  for (const e of dataset.embargoes) used.add(e.target);
  for (const e of dataset.events ?? []) {
    if (e.host !== undefined) used.add(e.host);
    for (const p of e.participants) used.add(p);
  }
  const added = [...used].filter((id) => !known.has(id)).sort();
  const placeholders: Country[] = added.map((id) => ({
    id,
    name: id,
    region: 'Other',
    subregion: '',
    lat: 0,
    lon: 0,
    from: 1000,
    to: null,
    kind: 'unknown',
    note: "Not in Entente's list of states: added by an import so its records are kept.",
  }));
  return { dataset: { ...dataset, countries: [...dataset.countries, ...placeholders] }, added };
}
