/**
 * The default dataset in public/data: schema, references, dates, duplicates and coverage.
 * Every problem is printed with file, line, record and field, so a failure says what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../scripts/build-dataset';
import { DATASET_KINDS } from '../../src/data/schema';
import { formatProblem, validateDataset, type FileInput } from '../../src/data/validate';
import { yearOf } from '../../src/model/dates';

const DATA = join(__dirname, '../../public/data');
const inputs: FileInput[] = DATASET_KINDS.map((kind) => ({
  kind,
  file: `${kind}.json`,
  text: readFileSync(join(DATA, `${kind}.json`), 'utf8'),
}));
const { dataset, problems } = validateDataset(inputs);

describe('default dataset', () => {
  it('is what the fragments in dataset/ merge to (run `npm run dataset`)', () => {
    for (const input of inputs) expect(input.text, input.file).toBe(mergeFragments(input.kind));
  });

  it('has no schema, reference or date problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('names a source for every agreement, transfer and embargo', () => {
    const missing = [...dataset.agreements, ...dataset.transfers, ...dataset.embargoes]
      .filter((r) => r.source.trim().length < 8)
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has no member leaving before joining, and no agreement ending before signature', () => {
    const bad: string[] = [];
    for (const a of dataset.agreements) {
      if (a.ended !== null && yearOf(a.ended) < yearOf(a.signed))
        bad.push(`${a.id}: ended before signed`);
      for (const m of a.members) {
        if (m.left !== null && m.left < m.joined)
          bad.push(`${a.id}: ${m.country} left before joining`);
        if (a.ended !== null && m.joined > a.ended)
          bad.push(`${a.id}: ${m.country} joined after the end`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no duplicate deal (same supplier, recipient, designation and order year)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const t of dataset.transfers) {
      const designation = t.designation.toLowerCase().replace(/[^a-z0-9]/g, '');
      const key = `${t.supplier}>${t.recipient}:${designation}:${t.ordered?.year ?? t.deliveries[0]?.year}`;
      const other = seen.get(key);
      if (other) duplicates.push(`${t.id} duplicates ${other}`);
      else seen.set(key, t.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('has delivery years in order, once each, and only whole non-negative units', () => {
    const bad: string[] = [];
    for (const t of dataset.transfers) {
      const years = t.deliveries.map((d) => d.year);
      if (new Set(years).size !== years.length) bad.push(`${t.id}: a delivery year appears twice`);
      for (const d of t.deliveries)
        if (d.units !== undefined && !Number.isInteger(d.units))
          bad.push(`${t.id}: units ${d.units}`);
    }
    expect(bad).toEqual([]);
  });

  it('carries no invented value: a TIV only where the record says what the figure is', () => {
    const bad = dataset.transfers.filter((t) => t.value && !t.value.what).map((t) => t.id);
    expect(bad).toEqual([]);
  });
});
