/** Shared helpers of the importer tests. */
import { SHARED_DATA } from '../../sharedData';
export { skipWithoutShared } from '../../sharedData';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agreementSchema, countrySchema, transferSchema } from '../../../src/data/schema';
import type { Dataset } from '../../../src/model/types';

export const FIXTURES = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../fixtures/importers',
);
/** Reference data (licensed test fixtures, never shipped): see test/sharedData.ts. */
export const SHARED = SHARED_DATA;
export const SIPRI_DIR = join(SHARED, 'sipri');
export const ATOP_DIR = join(SHARED, 'atop');
export const COW_DIR = join(SHARED, 'cow');
export const CROSSWALK_DIR = join(SHARED, 'crosswalk');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function shared(dir: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(dir, name)));
}

/** Every record of an imported dataset passes the dataset schema. Returns the problems. */
export function schemaProblems(dataset: Dataset): string[] {
  const out: string[] = [];
  for (const c of dataset.countries) {
    const r = countrySchema.safeParse(c);
    if (!r.success)
      out.push(
        `country ${c.id}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  }
  for (const t of dataset.transfers) {
    const r = transferSchema.safeParse(t);
    if (!r.success)
      out.push(
        `transfer ${t.id}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  }
  for (const a of dataset.agreements) {
    const r = agreementSchema.safeParse(a);
    if (!r.success)
      out.push(
        `agreement ${a.id}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  }
  const ids = new Set(dataset.countries.map((c) => c.id));
  for (const t of dataset.transfers) {
    for (const side of [t.supplier, t.recipient]) {
      if (side.startsWith('X-') && !ids.has(side))
        out.push(`transfer ${t.id}: no node for ${side}`);
    }
  }
  for (const a of dataset.agreements) {
    for (const m of a.members)
      if (m.country.startsWith('X-') && !ids.has(m.country))
        out.push(`agreement ${a.id}: no node for ${m.country}`);
  }
  return out;
}
