/**
 * Bounded fuzzing: mutated versions of each fixture go through importFile, which must never
 * throw, and must return either valid records or an error with a line number.
 */
import { fuzzRuns } from '../../fuzzRuns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import { fixture, schemaProblems } from './helpers';

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      ';',
      ',',
      '\n',
      '\r',
      '?',
      '; ',
      '""',
      '0',
      '-1',
      '9999',
      '*',
      '**',
      '\u00e9',
      '\uFEFF',
      '{',
      ']',
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[m.at % n] = m.byte;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, n === 0 ? 0 : m.at % n);
    case 'delete': {
      if (n === 0) return bytes;
      const at = m.at % n;
      return new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + m.length)]);
    }
    case 'insert': {
      const at = n === 0 ? 0 : m.at % (n + 1);
      return new Uint8Array([
        ...bytes.slice(0, at),
        ...new TextEncoder().encode(m.text),
        ...bytes.slice(at),
      ]);
    }
    case 'swap': {
      // Swap two physical lines.
      const text = new TextDecoder('latin1').decode(bytes);
      const lines = text.split('\n');
      if (lines.length < 2) return bytes;
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return Uint8Array.from(lines.join('\n'), (c) => c.charCodeAt(0) & 0xff);
    }
  }
}

const FILES = [
  'sipri-trade-register-quirks.csv',
  'sipri-transfers-quirks.csv',
  'atop-members.csv',
  'entente-combined.json',
];

describe('importFile on mutated fixtures', () => {
  it.each(FILES)(
    '%s: 1,000 mutations never throw; valid records or an error with a line',
    (file) => {
      const original = fixture(file);
      let ok = 0;
      let failed = 0;
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          const bytes = mutations.reduce(apply, original);
          const lines = new TextDecoder('latin1').decode(bytes).split(/\r\n|\r|\n/).length;
          const result = importFile(file, bytes);
          if (result.ok) {
            ok++;
            expect(schemaProblems(result.dataset)).toEqual([]);
            expect(result.report.records).toBe(
              result.format === 'entente-json'
                ? result.dataset.countries.length +
                    result.dataset.agreements.length +
                    result.dataset.transfers.length +
                    result.dataset.embargoes.length
                : result.dataset.transfers.length + result.dataset.agreements.length,
            );
          } else {
            failed++;
            expect(result.error.file).toBe(file);
            expect(Number.isInteger(result.error.line)).toBe(true);
            expect(result.error.line).toBeGreaterThanOrEqual(1);
            expect(result.error.line).toBeLessThanOrEqual(lines + 1);
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(result.error.message).not.toMatch(/the importer failed/);
          }
        }),
        { numRuns: fuzzRuns(1000) },
      );
      // Both outcomes occur: the mutations are neither all harmless nor all fatal.
      expect(ok).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
    },
  );
});
