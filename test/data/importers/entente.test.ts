import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import { fixture } from './helpers';

const enc = new TextEncoder();

describe('Entente JSON', () => {
  it('imports a combined file, leaving out invalid records with a warning', () => {
    const r = importFile('entente-combined.json', fixture('entente-combined.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.format).toBe('entente-json');
    expect(r.dataset.countries.map((c) => c.id)).toEqual(['EXS']);
    expect(r.dataset.agreements.map((a) => a.id)).toEqual(['exs-pact']);
    expect(r.dataset.transfers.map((t) => t.id)).toEqual(['exs-1']);
    expect(r.report.rows).toBe(4);
    expect(r.report.records).toBe(3);
    expect(r.report.warnings).toHaveLength(1);
    expect(r.report.warnings[0]).toMatch(/exs-2.*designation/);
  });

  it('imports a single per-kind file', () => {
    const r = importFile('entente-transfers.json', fixture('entente-transfers.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.dataset.transfers).toHaveLength(1);
    expect(r.dataset.countries).toEqual([]);
    expect(r.report.warnings).toEqual([]);
  });

  it('reports JSON syntax errors with line and column', () => {
    const r = importFile(
      'bad.json',
      enc.encode('{"schemaVersion":1,\n"transfers":[\n{"id": }\n]}'),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ file: 'bad.json', line: 3, column: expect.any(Number) });
  });

  it('refuses a wrong schema version or a file without records', () => {
    const v = importFile('v.json', enc.encode('{"schemaVersion":2,"transfers":[]}'));
    expect(!v.ok && v.error).toMatchObject({ line: 1, field: 'schemaVersion' });
    const e = importFile('e.json', enc.encode('{"schemaVersion":1}'));
    expect(!e.ok && e.error.message).toMatch(/no array of records/);
    const a = importFile('a.json', enc.encode('[1,2]'));
    expect(a.ok).toBe(false);
  });

  it('fails when every record is invalid, naming the first problem', () => {
    const r = importFile('x.json', enc.encode('{"schemaVersion":1,"transfers":[\n{"id":"t1"}\n]}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ line: 2, message: expect.stringMatching(/t1/) });
  });
});
