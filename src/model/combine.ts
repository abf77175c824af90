/**
 * Combine an imported dataset with the current one. `replace` keeps only the imported records
 * (plus the current countries, so every state keeps its name, region and map point, and the
 * current embargoes and events when the import has none, so deliveries under embargo can still be
 * found and the timeline keeps its visits and exhibitions; kept events lose their links to
 * agreements and transfers that were replaced); `add` takes the union, the imported record
 * winning when ids collide.
 */
import type { Country, Dataset, DiplomaticEvent } from './types';

export type CombineMode = 'replace' | 'add';

function unionById<T extends { id: string }>(base: readonly T[], added: readonly T[]): T[] {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const r of added) byId.set(r.id, r);
  return [...byId.values()];
}

export function combineDatasets(
  current: Dataset,
  imported: Dataset,
  mode: CombineMode,
  name: string,
): Dataset {
  const countries = unionById(current.countries, imported.countries);
  if (mode === 'replace') {
    const importedEvents = imported.events ?? [];
    const events =
      importedEvents.length > 0
        ? importedEvents
        : keepLinksIn(current.events ?? [], imported.agreements, imported.transfers);
    return {
      name,
      countries,
      agreements: imported.agreements,
      transfers: imported.transfers,
      embargoes: imported.embargoes.length > 0 ? imported.embargoes : current.embargoes,
      ...(events.length > 0 ? { events } : {}),
    };
  }
  const events = unionById(current.events ?? [], imported.events ?? []);
  return {
    name,
    countries,
    agreements: unionById(current.agreements, imported.agreements),
    transfers: unionById(current.transfers, imported.transfers),
    embargoes: unionById(current.embargoes, imported.embargoes),
    ...(events.length > 0 ? { events } : {}),
  };
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
