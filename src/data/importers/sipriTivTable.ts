/**
 * SIPRI TIV tables: volumes of transfers by country (or armament category) and year, a pivot
 * of the per-delivery-year export. Used as a check of imported data, never as records.
 *
 * Layouts:
 * - new SIPRI interface (2024+): a preamble, then `Exports by,1950,...,2024,1950-2024,Percentage,...`
 *   or `Recipient,1950,...`; last row `Total world export` / `Total world import`;
 * - legacy (before 2024): a preamble padded with commas (first line quoted, "TIV of arms exports
 *   from all" or "... to all"), header `,1950,...,2022,Total`, last row `Total`.
 * Values are millions of TIV rounded to integers. An empty cell means no deliveries; `0` (in
 * new tables `0 ` with a trailing space) means a value between 0 and 0.5, kept here as 0.
 */
import { readCsv } from './csv';
import { categoryFromLabel } from './sipriCategories';
import { ImportFailure } from './types';

export interface TivTableRow {
  name: string;
  byYear: Map<number, number>;
}

export interface TivTable {
  kind: 'exports' | 'imports';
  /** What the rows are: countries (and other actors) or armament categories. */
  dimension: 'country' | 'category';
  years: number[];
  rows: TivTableRow[];
  /** The world total row, by year (empty when the table has none). */
  worldTotal: Map<number, number>;
  /** "Data generated" / "Generated" date of the preamble, as written. */
  generated?: string;
}

/** Parse a TIV table (text already decoded, LF line endings). Throws ImportFailure. */
export function parseTivTable(text: string): TivTable {
  const rows = readCsv(text).map((r) => ({
    ...r,
    fields: r.fields.map((f) => f.replace(/;+\s*$/, '')),
  }));
  let h = -1;
  for (let i = 0; i < Math.min(rows.length, 40); i++) {
    const f = rows[i]!.fields;
    if (f.length > 3 && /^\d{4}$/.test(f[1]!.trim()) && /^\d{4}$/.test(f[2]!.trim())) {
      h = i;
      break;
    }
  }
  if (h < 0) {
    const regional = rows
      .slice(0, 40)
      .find(
        (r) =>
          r.fields[0] === '' && r.fields[1] === '' && /^\d{4}$/.test((r.fields[2] ?? '').trim()),
      );
    if (regional)
      throw new ImportFailure(
        regional.line,
        'regional TIV tables (region, supplier, years) are not supported',
      );
    throw new ImportFailure(1, 'no TIV table header (a row of years) in the first 40 lines');
  }
  const header = rows[h]!.fields.map((f) => f.trim());
  const preamble = rows.slice(0, h).map((r) =>
    r.fields
      .filter((f) => f.trim() !== '')
      .join(',')
      .trim(),
  );
  const first = header[0]!.toLowerCase();
  let kind: 'exports' | 'imports';
  if (first.startsWith('exports')) kind = 'exports';
  else if (first.startsWith('recipient') || first.startsWith('imports')) kind = 'imports';
  else {
    const title = (preamble[0] ?? '').toLowerCase();
    if (/exports? to\b|imports?/.test(title)) kind = 'imports';
    else if (/exports?/.test(title)) kind = 'exports';
    else
      throw new ImportFailure(
        rows[h]!.line,
        'cannot tell whether this TIV table shows exports or imports',
        1,
        header[0],
      );
  }
  const yearCols: [number, number][] = [];
  header.forEach((cell, i) => {
    if (i > 0 && /^\d{4}$/.test(cell)) yearCols.push([i, Number(cell)]);
  });
  let generated: string | undefined;
  for (const p of preamble) {
    const m = /^\s*(?:data\s+)?generated:\s*(.+)$/i.exec(p);
    if (m) generated = m[1]!.trim();
  }
  const out: TivTableRow[] = [];
  let worldTotal = new Map<number, number>();
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i]!;
    const name = (r.fields[0] ?? '').trim();
    if (name === '' && r.fields.every((f) => f.trim() === '')) continue;
    if (name === '') throw new ImportFailure(r.line, 'row without a name', 1);
    const byYear = new Map<number, number>();
    for (const [col, year] of yearCols) {
      const cell = (r.fields[col] ?? '').trim();
      if (cell === '') continue;
      if (!/^\d+(\.\d+)?$/.test(cell))
        throw new ImportFailure(
          r.line,
          `expected a number, found "${cell}"`,
          col + 1,
          String(year),
        );
      byYear.set(year, Number(cell));
    }
    if (/^total( world (export|import)s?)?$/i.test(name)) worldTotal = byYear;
    else out.push({ name, byYear });
  }
  const categories = out.filter((r) => categoryFromLabel(r.name) !== undefined).length;
  const result: TivTable = {
    kind,
    dimension: out.length > 0 && categories === out.length ? 'category' : 'country',
    years: yearCols.map(([, y]) => y),
    rows: out,
    worldTotal,
  };
  if (generated) result.generated = generated;
  return result;
}
