import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseNewlines } from '../../../src/data/importers/text';
import { detectFormat } from '../../../src/data/importers/detect';
import { importFile } from '../../../src/data/importers';

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café\r\nx')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Café\nx', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 / Latin-1 for invalid UTF-8', () => {
    expect(decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0d, 0x0a, 0x80]))).toEqual({
      text: 'Café\n€',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0d, 0x00, 0x0a, 0x00, 0xe9, 0x00]);
    expect(decodeBytes(le)).toEqual({ text: 'a\né', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x0d]);
    expect(decodeBytes(be)).toEqual({ text: 'a\n', encoding: 'utf-16be' });
  });

  it('normalises CRLF and lone CR', () => {
    expect(normaliseNewlines('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});

describe('detectFormat', () => {
  it('finds the header row after a preamble, whatever the quotes or trailing ;', () => {
    expect(detectFormat('note\n\nSIPRI AT Database ID,Supplier,Recipient;\n')).toEqual({
      format: 'sipri-transfers',
      headerLine: 3,
    });
    expect(detectFormat('"Recipient","Supplier","Year of order"," "\n')).toEqual({
      format: 'sipri-trade-register',
      headerLine: 1,
    });
    expect(detectFormat('atopid,cowid,member,yrent,yrexit\n')).toEqual({
      format: 'atop-members',
      headerLine: 1,
    });
    expect(detectFormat('  {"schemaVersion":1}')).toEqual({
      format: 'entente-json',
      headerLine: 1,
    });
    expect(detectFormat('version4id,ccode,state_name\n')).toMatchObject({
      format: 'unsupported',
      message: expect.stringMatching(/COW alliance/),
    });
    expect(detectFormat('hello\nworld\n')).toMatchObject({ format: 'unsupported', line: 1 });
  });

  it('importFile accepts an ArrayBuffer and refuses what is not bytes', () => {
    const bytes = new TextEncoder().encode('{"schemaVersion":1,"transfers":[]}');
    expect(importFile('a.json', bytes.buffer as unknown as Uint8Array).ok).toBe(true);
    expect(importFile('n', 'text' as unknown as Uint8Array)).toEqual({
      ok: false,
      error: { file: 'n', line: 1, message: 'expected the bytes of a file' },
    });
  });

  it('importFile refuses empty and unknown files without throwing', () => {
    expect(importFile('e.csv', new Uint8Array())).toEqual({
      ok: false,
      error: { file: 'e.csv', line: 1, message: 'the file is empty' },
    });
    const r = importFile('u.csv', new TextEncoder().encode('a,b\n1,2\n'));
    expect(!r.ok && r.error.message).toMatch(/unrecognised file/);
  });

  it('reports progress from 0 to 1, and survives a throwing callback', () => {
    const seen: number[] = [];
    const header =
      'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `${i},France,Chile,Exocet,anti-ship missile,Missiles,2000,No,2,No,2001,No,New,1,1,2,No`,
    );
    const bytes = new TextEncoder().encode([header, ...rows].join('\n'));
    const r = importFile('p.csv', bytes, (f) => seen.push(f));
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const r2 = importFile('p.csv', bytes, () => {
      throw new Error('boom');
    });
    expect(r2.ok).toBe(true);
  });
});
