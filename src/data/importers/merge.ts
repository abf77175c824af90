/**
 * Merge imported datasets (e.g. SIPRI's 1950-1989 and 1990-2023 transfers exports, which share
 * the deals delivered across 1989/1990). Records with the same id become one:
 * - transfers: deliveries are united by year (a year present in both is kept once; if the two
 *   differ, the first is kept and a warning says so); other fields come from the first;
 * - countries (the `X-` actor nodes): aliases united, earliest `from`;
 * - agreements, embargoes, events: the first is kept, a warning names the duplicate.
 */
import type {
  Country,
  Dataset,
  DatasetOrigin,
  Delivery,
  DiplomaticEvent,
  Transfer,
} from '../../model/types';

export interface MergeResult {
  dataset: Dataset;
  warnings: string[];
}

const sameDelivery = (a: Delivery, b: Delivery) =>
  a.units === b.units && a.tiv === b.tiv && Boolean(a.estimate) === Boolean(b.estimate);

/** Each kind's sources, distinct ones joined by "; ". */
function mergeOrigins(origins: (DatasetOrigin | undefined)[]): DatasetOrigin | undefined {
  const out: DatasetOrigin = {};
  for (const kind of ['transfers', 'agreements'] as const) {
    const parts = [...new Set(origins.map((o) => o?.[kind]).filter((x): x is string => !!x))];
    if (parts.length > 0) out[kind] = parts.join('; ');
  }
  return out.transfers || out.agreements ? out : undefined;
}

export function mergeDatasets(datasets: readonly Dataset[], name?: string): MergeResult {
  const warnings: string[] = [];
  const countries = new Map<string, Country>();
  const transfers = new Map<string, Transfer>();
  const agreements = new Map<string, Dataset['agreements'][number]>();
  const embargoes = new Map<string, Dataset['embargoes'][number]>();
  const events = new Map<string, DiplomaticEvent>();
  for (const d of datasets) {
    for (const c of d.countries) {
      const prev = countries.get(c.id);
      if (!prev) {
        countries.set(c.id, { ...c, aliases: c.aliases ? [...c.aliases] : undefined });
        continue;
      }
      prev.from = Math.min(prev.from, c.from);
      for (const a of c.aliases ?? []) {
        prev.aliases ??= [];
        if (!prev.aliases.includes(a)) prev.aliases.push(a);
      }
    }
    for (const t of d.transfers) {
      const prev = transfers.get(t.id);
      if (!prev) {
        transfers.set(t.id, { ...t, deliveries: t.deliveries.map((x) => ({ ...x })) });
        continue;
      }
      if (prev.supplier !== t.supplier || prev.recipient !== t.recipient) {
        warnings.push(
          `transfer ${t.id}: the files disagree on supplier or recipient; the first is kept`,
        );
      }
      for (const x of t.deliveries) {
        const same = prev.deliveries.find((p) => p.year === x.year);
        if (!same) prev.deliveries.push({ ...x });
        else if (!sameDelivery(same, x))
          warnings.push(
            `transfer ${t.id}: two different deliveries in ${x.year}; the first is kept`,
          );
      }
      prev.deliveries.sort((a, b) => a.year - b.year);
    }
    for (const a of d.agreements) {
      if (agreements.has(a.id)) warnings.push(`agreement ${a.id} appears twice; the first is kept`);
      else agreements.set(a.id, a);
    }
    for (const e of d.embargoes) {
      if (embargoes.has(e.id)) warnings.push(`embargo ${e.id} appears twice; the first is kept`);
      else embargoes.set(e.id, e);
    }
    for (const e of d.events ?? []) {
      if (events.has(e.id)) warnings.push(`event ${e.id} appears twice; the first is kept`);
      else events.set(e.id, e);
    }
  }
  for (const c of countries.values()) if (c.aliases === undefined) delete c.aliases;
  const dataset: Dataset = {
    countries: [...countries.values()],
    agreements: [...agreements.values()],
    transfers: [...transfers.values()],
    embargoes: [...embargoes.values()],
    ...(events.size > 0 ? { events: [...events.values()] } : {}),
  };
  const merged =
    name ??
    datasets
      .map((d) => d.name)
      .filter(Boolean)
      .join(' + ');
  if (merged) dataset.name = merged;
  const origin = mergeOrigins(datasets.map((d) => d.origin));
  if (origin) dataset.origin = origin;
  return { dataset, warnings };
}
