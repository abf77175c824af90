import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  UTF8_BOM,
  csvCell,
  csvFileText,
  dealsTable,
  edgesTable,
  toCsv,
} from '../../../src/data/export/csv';
import { aggregate } from '../../../src/model/aggregate';
import { indexDataset } from '../../../src/model/dataset';
import { defaultFilters } from '../../../src/model/filters';
import { fixtureDataset } from '../../model/fixture';

const parse = (text: string) =>
  Papa.parse<string[]>(text.startsWith(UTF8_BOM) ? text.slice(1) : text, {
    skipEmptyLines: true,
  }).data;

describe('csvCell', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });
  it('writes numbers as numbers and leaves empty cells empty', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\t=x')).toBe("'\t=x");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('ends lines with CRLF and parses back with papaparse', () => {
    const rows = [
      ['name', 'note', 'n'],
      ['Côte d’Ivoire', 'a, "b"\nc', 3],
      ['=evil()', '', -1],
    ];
    const text = csvFileText(rows);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(toCsv(rows)).toContain('\r\n');
    expect(parse(text)).toEqual([
      ['name', 'note', 'n'],
      ['Côte d’Ivoire', 'a, "b"\nc', '3'],
      ["'=evil()", '', '-1'],
    ]);
  });
});

describe('dealsTable and edgesTable', () => {
  const dataset = fixtureDataset();
  dataset.transfers[0]!.designation = '=cmd|"/C calc"!A0';
  dataset.transfers[0]!.notes = 'Line one,\nline "two"';
  dataset.transfers[0]!.production = 'kit';
  const data = indexDataset(dataset);
  const filters = { ...defaultFilters(data.yearSpan), from: 1960, to: 1975 };
  const agg = aggregate(data, filters, 'hub');

  it('writes one row per filtered deal that parses back', () => {
    const rows = parse(csvFileText(dealsTable(data, agg)));
    expect(rows[0]).toContain('deal_id');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['d1', 'd2', 'd4', 'd3']);
    const d1 = rows[1]!;
    const col = (name: string) => d1[rows[0]!.indexOf(name)];
    expect(col('designation')).toBe('\'=cmd|"/C calc"!A0');
    expect(col('notes')).toBe('Line one,\nline "two"');
    expect(col('delivery_years_in_period')).toBe('1960 1961');
    expect(col('units_delivered_in_period')).toBe('10');
    expect(col('tiv_delivered_in_period')).toBe('100');
    expect(col('production')).toBe('kit');
    expect(rows[2]![rows[0]!.indexOf('production')]).toBe('');
  });
  it('writes flows, ties and hub memberships', () => {
    const rows = parse(csvFileText(edgesTable(data, agg)));
    expect(rows[0]!.slice(0, 6)).toEqual([
      'kind',
      'source_id',
      'source',
      'target_id',
      'target',
      'directed',
    ]);
    const summary = rows.slice(1).map((r) => `${r[0]}:${r[1]}>${r[3]}`);
    expect(summary).toEqual([
      'transfer:AAA>BBB',
      'transfer:OLD>DDD',
      'transfer:BBB>AAA',
      'alliance:AAA>DDD',
      'member:pact>AAA',
      'member:pact>BBB',
      'member:pact>CCC',
    ]);
  });
});
