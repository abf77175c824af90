import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import { parseTivTable } from '../../../src/data/importers/sipriTivTable';
import { decodeBytes } from '../../../src/data/importers/text';
import { fixture } from './helpers';

const table = (name: string) => parseTivTable(decodeBytes(fixture(name)).text);

describe('SIPRI TIV tables', () => {
  it('reads the new layout, with "0 " as a value between 0 and 0.5', () => {
    const t = table('tiv-exports-new.csv');
    expect(t.kind).toBe('exports');
    expect(t.dimension).toBe('country');
    expect(t.years).toEqual([2011, 2012, 2013]);
    expect(t.generated).toBe('13 Apr 2024 3:54:15 PM');
    expect(t.rows).toEqual([
      {
        name: 'France',
        byYear: new Map([
          [2011, 40],
          [2012, 80],
        ]),
      },
      {
        name: 'Iran',
        byYear: new Map([
          [2012, 0],
          [2013, 5],
        ]),
      },
      {
        name: 'Examplestan',
        byYear: new Map([
          [2011, 3],
          [2013, 2],
        ]),
      },
    ]);
    expect(t.worldTotal).toEqual(
      new Map([
        [2011, 43],
        [2012, 80],
        [2013, 7],
      ]),
    );
  });

  it('reads the legacy layout (padded preamble, "Total" row) and tells imports from the title', () => {
    const t = table('tiv-imports-legacy.csv');
    expect(t.kind).toBe('imports');
    expect(t.years).toEqual([2011, 2012, 2013]);
    expect(t.generated).toBe('19 December 2023');
    expect(t.rows.map((r) => r.name)).toEqual(['Examplestan', 'Chile']);
    expect(t.rows[0]!.byYear.get(2013)).toBe(0);
    expect(t.worldTotal.get(2012)).toBe(80);
  });

  it('is not imported as records: importFile explains', () => {
    const r = importFile('tiv.csv', fixture('tiv-exports-new.csv'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ line: 10, message: expect.stringMatching(/TIV table/) });
  });

  it('reports a bad cell', () => {
    expect(() => parseTivTable('Exports by,2011,2012,2013\nFrance,1,x,2\n')).toThrow(
      /expected a number/,
    );
  });
});
