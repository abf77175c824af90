/**
 * The rankings computed the way SIPRI computes its fact sheets, checked against SIPRI's own
 * figures: import the 1990-2023 per-delivery-year export, rank 2019-2023, and compare each
 * supplier's share and change with those derived from SIPRI's TIV table of the same release.
 * Skipped when ../shared/data is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPipeline } from '../../src/data/importPipeline';
import { parseTivTable, resolveSipriName } from '../../src/data/importers';
import { DATASET_KINDS } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { defaultFilters } from '../../src/model/filters';
import { computeRankings } from '../../src/model/rankings';
import { hasSharedData, sharedFile } from '../sharedData';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TRANSFERS = sharedFile(
  'sipri',
  'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv',
);
const TABLE = sharedFile(
  'sipri',
  'tiv-table_exports-by-supplier_1990-2023_generated-2024-04-13.csv',
);

describe.skipIf(!hasSharedData)('rankings against SIPRI’s own TIV table', () => {
  it('gives 2019-2023 supplier shares and changes as SIPRI’s table does', () => {
    // As the app does: the import replaces the default dataset's records, keeping its states.
    const current = validateDataset(
      DATASET_KINDS.map((kind) => ({
        kind,
        file: kind,
        text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
      })),
    ).dataset;
    const outcome = importPipeline({
      files: [{ name: 'transfers.csv', bytes: new Uint8Array(readFileSync(TRANSFERS)) }],
      current,
      mode: 'replace',
      name: 'SIPRI',
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const data = outcome.data;
    const rankings = computeRankings(
      data,
      { ...defaultFilters(data.yearSpan), from: 2019, to: 2023 },
      'value',
    );

    const table = parseTivTable(readFileSync(TABLE, 'utf8').replace(/\r\n?/g, '\n'));
    const sum = (byYear: Map<number, number>, from: number, to: number) => {
      let total = 0;
      for (let y = from; y <= to; y++) total += byYear.get(y) ?? 0;
      return total;
    };
    const world = sum(table.worldTotal, 2019, 2023);
    // The table rounds each cell to a whole TIV million: allow for that in the world total.
    expect(Math.abs(rankings.worldTotal - world)).toBeLessThanOrEqual(0.5 * 5 + 1e-6);

    const top = rankings.suppliers.slice(0, 10);
    expect(top.map((r) => data.countries[r.country]!.id).slice(0, 3)).toEqual([
      'USA',
      'FRA',
      'RUS',
    ]);
    for (const row of top) {
      const id = data.countries[row.country]!.id;
      const tableRow = table.rows.find((r) => resolveSipriName(r.name, 2023).id === id);
      expect(tableRow, id).toBeDefined();
      const value = sum(tableRow!.byYear, 2019, 2023);
      const previous = sum(tableRow!.byYear, 2014, 2018);
      expect(row.value).toBeCloseTo(value, -1); // within rounding of five yearly cells
      expect(row.share!).toBeCloseTo((100 * value) / world, 1);
      expect(row.change!).toBeCloseTo((100 * (value - previous)) / previous, 0);
    }
  });
});
