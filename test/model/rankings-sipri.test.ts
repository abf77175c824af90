/**
 * The rankings computed the way SIPRI computes its fact sheets, checked against SIPRI's own
 * figures: import the 1990-2023 per-delivery-year export, rank 2019-2023, and compare each
 * supplier's share and change with those derived from SIPRI's TIV table of the same release.
 * Skipped when ../shared/data is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPipeline } from '../../src/data/importPipeline';
import { parseTivTable, resolveSipriName } from '../../src/data/importers';
import { aggregate } from '../../src/model/aggregate';
import type { ModelData } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { computeRankings } from '../../src/model/rankings';
import { sharedFile, skipWithoutShared } from '../sharedData';
import { defaultModel } from '../defaultData';

const TRANSFERS = sharedFile(
  'sipri',
  'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv',
);
const TABLE = sharedFile(
  'sipri',
  'tiv-table_exports-by-supplier_1990-2023_generated-2024-04-13.csv',
);

/** SIPRI's 1990-2023 export imported as the app does by default: its deals replace the default ones. */
function importedSipri(): ModelData {
  const current = defaultModel().dataset;
  const outcome = importPipeline({
    files: [{ name: 'transfers.csv', bytes: new Uint8Array(readFileSync(TRANSFERS)) }],
    current,
    mode: 'replace-transfers',
    name: 'SIPRI',
  });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.data;
}

describe.skipIf(skipWithoutShared(TRANSFERS))(
  'rankings of the deliveries the network draws',
  () => {
    it('ranks the suppliers of African states, Africa 1990-2010, transfers only', () => {
      const data = importedSipri();
      const filters: FilterState = {
        ...defaultFilters(data.yearSpan),
        from: 1990,
        to: 2010,
        regions: ['Africa'],
        ties: { bilateral: false, multilateral: false, transfers: true },
      };
      const rankings = computeRankings(data, filters, 'value');
      const ids = (rows: { country: number }[]) => rows.map((r) => data.countries[r.country]!.id);
      expect(ids(rankings.suppliers.slice(0, 2))).toEqual(['USA', 'RUS']);
      // Exactly the drawn flows: each supplier's figure is the sum of its drawn arrows.
      const agg = aggregate(data, filters, 'hub');
      const drawn = new Map<number, number>();
      for (const e of agg.transfers) drawn.set(e.supplier, (drawn.get(e.supplier) ?? 0) + e.tiv);
      for (const row of rankings.suppliers)
        expect(row.value).toBeCloseTo(drawn.get(row.country)!, 6);
      const rankedOrUnknown =
        rankings.suppliers.length +
        [...drawn.keys()].filter((c) => data.countries[c]!.kind === 'unknown').length;
      expect(rankedOrUnknown).toBe(drawn.size);
    });
  },
);

describe.skipIf(skipWithoutShared(TRANSFERS, TABLE))(
  'rankings against SIPRI’s own TIV table',
  () => {
    it('gives 2019-2023 supplier shares and changes as SIPRI’s table does', () => {
      const data = importedSipri();
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
  },
);
