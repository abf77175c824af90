/**
 * The importers against real SIPRI exports (reference data in /work/shared/data, licensed as
 * test fixtures only: never copied into the repository). Skipped when the folder is absent.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  importFile,
  parseTivTable,
  resolveSipriName,
} from '../../../src/data/importers';
import type { Transfer } from '../../../src/model/types';
import {
  categoryFromDescription,
  categoryFromLabel,
} from '../../../src/data/importers/sipriCategories';
import { schemaProblems, shared, SIPRI_DIR, skipWithoutShared } from './helpers';

const HAVE = !skipWithoutShared(SIPRI_DIR);
const REGISTER = 'trade-register_all-years_generated-2025-03-13.csv';
const B_1950 = 'transfers-by-delivery-year_1950-1989_generated-2024-04-16.csv';
const B_1990 = 'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv';
const B_1995 = 'transfers-by-delivery-year_1995-2024_generated-2026-02-12.csv';
const B_UKR = 'fixture_transfers-by-delivery-year_to-Ukraine_2000-2024_generated-2025-02-17.csv';

const cache = new Map<string, Transfer[]>();
function transfers(file: string): Transfer[] {
  let t = cache.get(file);
  if (!t) {
    const r = importFile(file, shared(SIPRI_DIR, file));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    t = r.dataset.transfers;
    cache.set(file, t);
  }
  return t;
}

/** SIPRI's Yugoslavia / Serbia entities are split by year into YUG, SCG, SRB: compare them as one. */
const bucket = (id: string) => (id === 'YUG' || id === 'SCG' || id === 'SRB' ? 'YUG/SCG/SRB' : id);

/**
 * Compare the TIV of our imported deliveries, summed by actor and year, with a SIPRI TIV table.
 * Table cells are rounded to integers: each table row in a cell may differ by 0.5.
 */
function compareWithTable(tableFile: string, files: string[], side: 'supplier' | 'recipient') {
  const table = parseTivTable(decodeBytes(shared(SIPRI_DIR, tableFile)).text);
  const ours = new Map<string, number>();
  const world = new Map<number, number>();
  for (const f of files) {
    for (const t of transfers(f)) {
      for (const d of t.deliveries) {
        const k = `${bucket(t[side])}|${d.year}`;
        ours.set(k, (ours.get(k) ?? 0) + (d.tiv ?? 0));
        world.set(d.year, (world.get(d.year) ?? 0) + (d.tiv ?? 0));
      }
    }
  }
  const theirs = new Map<string, { value: number; rows: number }>();
  for (const row of table.rows) {
    for (const year of table.years) {
      const v = row.byYear.get(year);
      if (v === undefined) continue;
      const k = `${bucket(resolveSipriName(row.name, year).id)}|${year}`;
      const e = theirs.get(k) ?? { value: 0, rows: 0 };
      e.value += v;
      e.rows++;
      theirs.set(k, e);
    }
  }
  const years = new Set(table.years);
  const cellErrors: string[] = [];
  for (const [k, e] of theirs) {
    const o = ours.get(k) ?? 0;
    if (Math.abs(o - e.value) > 0.5 * e.rows + 1e-6)
      cellErrors.push(`${k}: ours ${o.toFixed(2)}, table ${e.value}`);
  }
  for (const [k, o] of ours) {
    if (years.has(Number(k.split('|')[1])) && !theirs.has(k) && o > 0.5 + 1e-6)
      cellErrors.push(`${k}: ours ${o.toFixed(2)}, not in the table`);
  }
  const worldErrors: string[] = [];
  for (const year of table.years) {
    const w = table.worldTotal.get(year);
    if (w === undefined) continue;
    const o = world.get(year) ?? 0;
    if (Math.abs(o - w) > 0.5 + 1e-6) worldErrors.push(`${year}: ours ${o.toFixed(2)}, table ${w}`);
  }
  return { cells: theirs.size, cellErrors, worldYears: table.worldTotal.size, worldErrors };
}

describe.skipIf(!HAVE)('SIPRI reference files', () => {
  it.each([REGISTER, B_1950, B_1990, B_1995, B_UKR])(
    '%s imports with no error, every name matched, valid records',
    (file) => {
      const r = importFile(file, shared(SIPRI_DIR, file));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.report.unmatched).toEqual([]);
      expect(r.report.actors.filter((a) => a.matchedBy !== 'table')).toEqual([]);
      expect(r.report.warnings).toEqual([]);
      expect(schemaProblems(r.dataset)).toEqual([]);
      cache.set(file, r.dataset.transfers);
    },
  );

  it('trade register: 29,515 deals, the 4 broken records joined, every description categorised', () => {
    const r = importFile(REGISTER, shared(SIPRI_DIR, REGISTER));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const t = r.dataset.transfers;
    expect(t).toHaveLength(29515);
    expect(r.report.rows).toBe(29515);
    expect(r.report.encoding).toBe('windows-1252');
    expect(r.report.uncategorised).toEqual([]);
    expect(t.filter((x) => x.deliveries.length === 0)).toHaveLength(1166);
    expect(t.filter((x) => x.ordered && x.ordered.units === undefined)).toHaveLength(280);
    const thai = t.find(
      (x) =>
        x.recipient === 'THA' &&
        x.supplier === 'UKR' &&
        x.ordered?.year === 2008 &&
        x.designation === 'BTR-3' &&
        x.value?.tiv === 3.5,
    )!;
    expect(thai.notes).toMatch(/redesign for other engines$/);
    expect(thai.deliveries).toEqual([
      { year: 2010, units: 7, tiv: 1.625 },
      { year: 2012, units: 6, tiv: 1.625 },
    ]);
    const un = t.find(
      (x) => x.recipient === 'X-UNITED-NATIONS' && x.supplier === 'ISR' && x.ordered?.year === 2015,
    )!;
    expect(un).toMatchObject({
      designation: 'Hermes-900',
      value: { tiv: 9, tivPerUnit: 3 },
      deliveries: [{ year: 2016, units: 3, tiv: 9 }],
    });
    expect(t.filter((x) => x.notes?.includes('\n'))).toEqual([]);
    expect(
      t.every(
        (x) => x.source === `SIPRI Arms Transfers Database, ${REGISTER}, generated 2025-03-13`,
      ),
    ).toBe(true);
    // Delivered TIV spread over the years adds up to SIPRI's total for each deal.
    const register = decodeBytes(shared(SIPRI_DIR, REGISTER)).text.split('\n');
    const check = t.filter((x) => x.deliveries.length > 2).slice(0, 200);
    for (const x of check) {
      const line = register[Number(x.id.slice('sipri-a-'.length)) - 1]!.split(',');
      const sum = x.deliveries.reduce((s, d) => s + (d.tiv ?? 0), 0);
      expect(sum).toBeCloseTo(Number(line[15]), 3);
    }
  });

  it("the category rules reproduce SIPRI's own categories for >= 99.8% of format-B rows", () => {
    let same = 0;
    let total = 0;
    for (const file of [B_1950, B_1990, B_1995]) {
      const lines = decodeBytes(shared(SIPRI_DIR, file)).text.split('\n');
      for (const l of lines.slice(12)) {
        const f = l.replace(/;$/, '').split(',');
        if (f.length !== 17) continue;
        total++;
        if (categoryFromDescription(f[4]!) === categoryFromLabel(f[5]!)) same++;
      }
    }
    expect(total).toBeGreaterThan(80000);
    expect(same / total).toBeGreaterThan(0.998);
  });

  it('every actor name of every TIV table is in the name table', () => {
    const files = readdirSync(SIPRI_DIR).filter(
      (f) => /tiv/i.test(f) && !/regional|by-category/.test(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    const unknown = new Set<string>();
    for (const f of files) {
      for (const row of parseTivTable(decodeBytes(shared(SIPRI_DIR, f)).text).rows) {
        if (resolveSipriName(row.name).matchedBy !== 'table') unknown.add(`${f}: ${row.name}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it.each([
    ['tiv-table_exports-by-supplier_1990-2023_generated-2024-04-13.csv', [B_1990], 'supplier'],
    ['tiv-table_imports-by-recipient_1990-2023_generated-2024-04-13.csv', [B_1990], 'recipient'],
    [
      'tiv-table_exports-by-supplier_1950-2024_generated-2024-10-13.csv',
      [B_1950, B_1990],
      'supplier',
    ],
    [
      'tiv-table_imports-by-recipient_1950-2024_generated-2024-10-13.csv',
      [B_1950, B_1990],
      'recipient',
    ],
  ] as const)("delivery TIV by actor and year equals SIPRI's table %s", (table, files, side) => {
    const result = compareWithTable(table, [...files], side);
    expect(result.cells).toBeGreaterThan(1000);
    expect(result.cellErrors).toEqual([]);
    expect(result.worldYears).toBeGreaterThan(30);
    expect(result.worldErrors).toEqual([]);
  });

  it('United States 2022 exports: 15,592 (the provenance example)', () => {
    const sum = transfers(B_1990)
      .filter((t) => t.supplier === 'USA')
      .flatMap((t) => t.deliveries)
      .filter((d) => d.year === 2022)
      .reduce((s, d) => s + (d.tiv ?? 0), 0);
    expect(Math.round(sum)).toBe(15592);
  });
});
