import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/importers/csv';

describe('readCsv', () => {
  it('gives each row its physical line, also after a quoted line break and blank lines', () => {
    const rows = readCsv('a,b\n1,"x\ny"\n\n3,4\n5,6');
    expect(rows).toEqual([
      { fields: ['a', 'b'], line: 1, span: 1 },
      { fields: ['1', 'x\ny'], line: 2, span: 2 },
      { fields: [''], line: 4, span: 1 },
      { fields: ['3', '4'], line: 5, span: 1 },
      { fields: ['5', '6'], line: 6, span: 1 },
    ]);
  });

  it('keeps commas inside quotes and reports progress', () => {
    const seen: number[] = [];
    const text = Array.from({ length: 4500 }, (_, i) => `${i},"a, b"`).join('\n');
    const rows = readCsv(text, {
      onProgress: (f) => seen.push(f),
      progressFrom: 0,
      progressTo: 0.5,
    });
    expect(rows[4499]).toEqual({ fields: ['4499', 'a, b'], line: 4500, span: 1 });
    expect(seen.length).toBe(2);
    expect(Math.max(...seen)).toBeLessThanOrEqual(0.5);
  });
});
