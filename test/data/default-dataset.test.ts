/**
 * The default dataset in public/data: schema, references, dates, duplicates and coverage.
 * Every problem is printed with file, line, record and field, so a failure says what to fix.
 */
import { describe, expect, it } from 'vitest';
import { mergeFragments } from '../../scripts/build-dataset';
import { formatProblem, validateDataset } from '../../src/data/validate';
import { yearOf } from '../../src/model/dates';
import { expectReadmeToState } from './readmeClaims';
import { defaultFiles } from '../defaultData';

const inputs = defaultFiles();
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

  it('has no duplicate deal (same supplier, recipient, designation, order year, units and delivery years)', () => {
    // SIPRI files batches of one weapon ordered the same year as separate deals: they differ in
    // numbers or delivery years. A record that repeats all of these is a duplicate.
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const t of dataset.transfers) {
      const designation = t.designation.toLowerCase().replace(/[^a-z0-9]/g, '');
      const deliveries = t.deliveries.map((d) => `${d.year}:${d.units ?? ''}`).join(',');
      const key = `${t.supplier}>${t.recipient}:${designation}:${t.ordered?.year}:${t.ordered?.units}:${deliveries}`;
      const other = seen.get(key);
      if (other) duplicates.push(`${t.id} duplicates ${other}`);
      else seen.set(key, t.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('says in the notes when a deal was ordered before its supplier or recipient existed', () => {
    // SIPRI files a Soviet order delivered by Russia under Russia (and a Czechoslovak one under
    // Czechia): the record keeps SIPRI's filing and names the state that took the order.
    const countries = new Map(dataset.countries.map((c) => [c.id, c]));
    const missing: string[] = [];
    for (const t of dataset.transfers) {
      if (!t.ordered) continue;
      for (const side of ['supplier', 'recipient'] as const) {
        const c = countries.get(t[side])!;
        if (c.from <= t.ordered.year) continue;
        const before = dataset.countries.find(
          (p) =>
            p.successors?.includes(c.id) &&
            p.from <= t.ordered!.year &&
            (p.to === null || p.to >= t.ordered!.year),
        );
        if (!before || !t.notes?.includes(before.name))
          missing.push(`${t.id}: ${side} ${c.id} from ${c.from}, ordered ${t.ordered.year}`);
      }
    }
    expect(missing).toEqual([]);
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

  it('carries no TIV and no money value (SIPRI fair use)', () => {
    const bad = dataset.transfers
      .filter((t) => t.value !== undefined || t.deliveries.some((d) => d.tiv !== undefined))
      .map((t) => t.id);
    expect(bad).toEqual([]);
  });

  it('states its transfer counts in public/data/README.md', () => {
    const decades = [1950, 1960, 1970, 1980, 1990, 2000, 2010];
    const orderYears = dataset.transfers.map((t) => t.ordered?.year ?? Infinity);
    const inDecade = (d: number) => orderYears.filter((y) => y >= d && y <= d + 9).length;
    const n = (x: number) => x.toLocaleString('en-GB');
    const claim =
      `| \`transfers.json\` | ${n(dataset.transfers.length)} | deals of major conventional arms ordered ` +
      `${Math.min(...orderYears)} to ${Math.max(...orderYears.filter(Number.isFinite))} (` +
      `${n(orderYears.filter((y) => y < 1950).length)} before 1950, ` +
      decades.map((d) => `${n(inDecade(d))} in the ${d}s`).join(', ') +
      `, ${n(inDecade(2020))} in 2020-2024), ${new Set(dataset.transfers.map((t) => t.supplier)).size} suppliers, ` +
      `${new Set(dataset.transfers.map((t) => t.recipient)).size} recipients; ` +
      `${n(dataset.transfers.filter((t) => t.deliveries.length === 0).length)} not delivered by the end of 2024`;
    expectReadmeToState(claim);
  });
});
