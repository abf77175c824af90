/**
 * The SIPRI reference files the default dataset's transfers are measured against (skipped
 * without ../shared/data), loaded once per test file:
 * - `register`: the trade register of March 2025, one record per deal (29,515 deals): the
 *   reference for "SIPRI's deals", order years, delivery years and numbers;
 * - `byDeliveryYear`: the per-delivery-year exports merged by SIPRI's deal id: delivery years
 *   1950-1994 from the April 2024 exports, 1995-2024 from the February 2026 export (the same
 *   release as the register). It carries the TIV delivered per year, units per year and the
 *   `Local production` mark (the importer writes it into `notes`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../src/data/importers';
import type { Country, Transfer } from '../../src/model/types';
import { sharedFile } from '../sharedData';

export const REGISTER_FILE = 'trade-register_all-years_generated-2025-03-13.csv';
const OLDER = [
  'transfers-by-delivery-year_1950-1989_generated-2024-04-16.csv',
  'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv',
];
const NEWER = 'transfers-by-delivery-year_1995-2024_generated-2026-02-12.csv';
/** Delivery years from this one on come from the newer export. */
const NEWER_FROM = 1995;

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '../..');

function importSipri(file: string): Transfer[] {
  const result = importFile(file, new Uint8Array(readFileSync(sharedFile('sipri', file))));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
  return result.dataset.transfers;
}

/** Deals of the per-delivery-year exports, one per SIPRI id, deliveries from the newest export. */
export function mergeByDeliveryYear(
  older: readonly Transfer[],
  newer: readonly Transfer[],
  newerFrom: number,
): Transfer[] {
  const byId = new Map<string, Transfer>();
  for (const t of older) {
    const deliveries = t.deliveries.filter((d) => d.year < newerFrom);
    const seen = byId.get(t.id);
    if (seen) seen.deliveries.push(...deliveries);
    else byId.set(t.id, { ...t, deliveries });
  }
  for (const t of newer) {
    const deliveries = t.deliveries.filter((d) => d.year >= newerFrom);
    const seen = byId.get(t.id);
    const earlier = seen ? seen.deliveries.filter((d) => d.year < newerFrom) : [];
    byId.set(t.id, { ...t, deliveries: [...earlier, ...deliveries] });
  }
  const out: Transfer[] = [];
  for (const t of byId.values()) {
    if (t.deliveries.length === 0) continue;
    t.deliveries.sort((a, b) => a.year - b.year);
    out.push(t);
  }
  return out;
}

let cache: { register: Transfer[]; byDeliveryYear: Transfer[] } | undefined;

export function sipriReference(): { register: Transfer[]; byDeliveryYear: Transfer[] } {
  if (!cache) {
    const older = OLDER.flatMap(importSipri);
    cache = {
      register: importSipri(REGISTER_FILE),
      byDeliveryYear: mergeByDeliveryYear(older, importSipri(NEWER), NEWER_FROM),
    };
  }
  return cache;
}

export function defaultTransfers(): Transfer[] {
  return (
    JSON.parse(readFileSync(join(ROOT, 'public/data/transfers.json'), 'utf8')) as {
      transfers: Transfer[];
    }
  ).transfers;
}

export function defaultCountries(): Country[] {
  return (
    JSON.parse(readFileSync(join(ROOT, 'public/data/countries.json'), 'utf8')) as {
      countries: Country[];
    }
  ).countries;
}

export function datasetReadme(): string {
  return readFileSync(join(ROOT, 'public/data/README.md'), 'utf8');
}
