/**
 * Coverage of the default dataset, checked against SIPRI's TIV tables (skipped without
 * ../shared/data): in every decade, the 15 largest suppliers and the 40 largest recipient states
 * appear in at least one of our deals (ordered or delivered in that decade). The known gaps are
 * listed here and in public/data/README.md; a new gap fails the test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTivTable, resolveSipriName } from '../../src/data/importers';
import type { Transfer } from '../../src/model/types';
import { SHARED_DATA, sharedFile, skipWithoutShared } from '../sharedData';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KNOWN_GAPS = new Set([
  'supplier 1950 JPN',
  'supplier 1950 FIN',
  'supplier 1960 FIN',
  'recipient 1950 SUN',
]);
const DECADES = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020];

const transfers = (
  JSON.parse(readFileSync(join(ROOT, 'public/data/transfers.json'), 'utf8')) as {
    transfers: Transfer[];
  }
).transfers;

function largest(file: string, decade: number, n: number): string[] {
  const table = parseTivTable(
    readFileSync(sharedFile('sipri', file), 'utf8').replace(/\r\n?/g, '\n'),
  );
  const totals = table.rows
    .map((row) => {
      let total = 0;
      for (let y = decade; y <= decade + 9; y++) total += row.byYear.get(y) ?? 0;
      return { id: resolveSipriName(row.name, decade + 5), total };
    })
    .filter((r) => r.id.kind === 'state')
    .sort((a, b) => b.total - a.total);
  return totals.slice(0, n).map((r) => r.id.id);
}

function present(side: 'supplier' | 'recipient', decade: number): Set<string> {
  const inDecade = (year: number | undefined) =>
    year !== undefined && year >= decade && year <= decade + 9;
  return new Set(
    transfers
      .filter((t) => inDecade(t.ordered?.year) || t.deliveries.some((d) => inDecade(d.year)))
      .map((t) => t[side]),
  );
}

describe.skipIf(skipWithoutShared(SHARED_DATA))(
  'default dataset coverage of the largest suppliers and recipients',
  () => {
    it('has a deal for each decade’s 15 largest suppliers and 40 largest recipients, but the known gaps', () => {
      const gaps: string[] = [];
      for (const decade of DECADES) {
        for (const [side, file, n] of [
          ['supplier', 'tiv-table_exports-by-supplier_1950-2024_generated-2024-10-13.csv', 15],
          ['recipient', 'tiv-table_imports-by-recipient_1950-2024_generated-2024-10-13.csv', 40],
        ] as const) {
          const ours = present(side, decade);
          for (const id of largest(file, decade, n))
            if (!ours.has(id)) gaps.push(`${side} ${decade} ${id}`);
        }
      }
      expect(gaps.filter((g) => !KNOWN_GAPS.has(g))).toEqual([]);
      console.log(`Coverage gaps (known): ${gaps.join(', ') || 'none'}`);
    });
  },
);
