/**
 * The importer registry: every file kind is recognised by its content, inspected for the import
 * dialog (kind, label, records it brings), refused with the file, line and reason when Entente
 * cannot import it; and SIPRI's two exports share one column spec and one record builder.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEAD_BYTES,
  IMPORTERS,
  IMPORTER_LIST,
  importFile,
  inspectFile,
  type ImportFormat,
} from '../../../src/data/importers';
import { SIPRI_COLUMNS } from '../../../src/data/importers/sipriColumns';
import { ATOP_DIR, COW_DIR, fixture, shared, SIPRI_DIR } from './helpers';

const enc = new TextEncoder();

describe('detection of each fixture', () => {
  const cases: [string, ImportFormat, string[]][] = [
    ['sipri-trade-register-quirks.csv', 'sipri-trade-register', ['transfers']],
    ['sipri-transfers-quirks.csv', 'sipri-transfers', ['transfers']],
    ['atop-members.csv', 'atop-members', ['agreements']],
    ['entente-combined.json', 'entente-json', ['countries', 'agreements', 'transfers']],
    ['entente-transfers.json', 'entente-json', ['transfers']],
  ];
  it.each(cases)('%s is %s and brings %j', (file, format, brings) => {
    const bytes = fixture(file);
    const inspected = inspectFile(file, bytes);
    expect(inspected).toEqual({ ok: true, format, label: IMPORTERS[format].label, brings });
    // The import uses the same registry entry.
    const imported = importFile(file, bytes);
    expect(imported.ok && imported.format).toBe(format);
  });

  it('every registry entry is exercised by a fixture above', () => {
    const covered = new Set(cases.map((c) => c[1]));
    expect(IMPORTER_LIST.map((i) => i.format).filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(['tiv-exports-new.csv', 'tiv-imports-legacy.csv'])(
    '%s (a TIV table) is refused with its header line and what to import instead',
    (file) => {
      const inspected = inspectFile(file, fixture(file));
      expect(inspected.ok).toBe(false);
      if (inspected.ok) return;
      expect(inspected.error.file).toBe(file);
      expect(inspected.error.line).toBeGreaterThan(1);
      expect(inspected.error.message).toMatch(/SIPRI TIV table .* export the trade register/);
      expect(importFile(file, fixture(file))).toEqual({ ok: false, error: inspected.error });
    },
  );

  it('reads only the head of a CSV: what lies beyond it does not matter', () => {
    const head = fixture('sipri-transfers-quirks.csv');
    const bytes = new Uint8Array(HEAD_BYTES * 2);
    bytes.set(head);
    bytes.fill(0xff, head.length); // not text at all
    expect(inspectFile('big.csv', bytes)).toMatchObject({ ok: true, format: 'sipri-transfers' });
  });

  it('refuses an empty file and an unknown one without throwing', () => {
    expect(inspectFile('e.csv', new Uint8Array())).toEqual({
      ok: false,
      error: { file: 'e.csv', line: 1, message: 'the file is empty' },
    });
    const r = inspectFile('u.csv', enc.encode('\n\nname,value\nx,1\n'));
    expect(!r.ok && r.error).toMatchObject({ file: 'u.csv', line: 1 });
    expect(!r.ok && r.error.message).toMatch(/unrecognised file/);
  });
});

describe('a refusal names the file, line and field', () => {
  it('a bad cell of a SIPRI transfers export', () => {
    const text = fixture('sipri-transfers-quirks.csv');
    const lines = new TextDecoder().decode(text).split('\n');
    const at = lines.findIndex((l) => l.startsWith('70005,'));
    lines[at] = lines[at]!.replace(',2021,', ',21,');
    const r = importFile('bad.csv', enc.encode(lines.join('\n')));
    expect(r).toEqual({
      ok: false,
      error: {
        file: 'bad.csv',
        line: at + 1,
        column: 11,
        field: 'Delivery year',
        message: 'expected a year (4 digits), found "21"',
      },
    });
  });

  it('an empty designation in the trade register', () => {
    const header =
      'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';
    const r = importFile(
      'a.csv',
      enc.encode(
        `note\n\n${header}\nChile,France,2000,,2,,,anti-ship missile,2,,2001,New,,1,2,2\n`,
      ),
    );
    expect(!r.ok && r.error).toEqual({
      file: 'a.csv',
      line: 4,
      column: 7,
      field: 'Weapon designation',
      message: 'empty',
    });
  });

  it('a missing required column names the column', () => {
    const r = importFile(
      'm.csv',
      enc.encode('SIPRI AT Database ID,Supplier,Recipient,Designation\n1,France,Chile,Exocet\n'),
    );
    expect(!r.ok && r.error).toEqual({
      file: 'm.csv',
      line: 1,
      field: 'delivery year',
      message: 'missing column "delivery year" in the header',
    });
  });
});

describe("SIPRI's two exports: one column spec, one record builder", () => {
  it('every field of the spec is read from at least one export', () => {
    for (const [field, layouts] of Object.entries(SIPRI_COLUMNS))
      expect(Object.keys(layouts).length, field).toBeGreaterThan(0);
  });

  it('the same deal written in either export gives the same transfer', () => {
    const register = [
      'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
      'Chile,Soviet Union,1988,?,7,,T-55,tank,7,,1989; 1990,Second hand,,0.4,2.8,2.8',
    ].join('\n');
    const transfers = [
      'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production',
      '42,Soviet Union,Chile,T-55,tank,Armoured vehicles,1988,Yes,4,No,1989,No,Second hand,1,0.4,1.6,No',
      '42,Soviet Union,Chile,T-55,tank,Armoured vehicles,1988,Yes,3,No,1990,No,Second hand,1,0.4,1.2,No',
    ].join('\n');
    const a = importFile('a.csv', enc.encode(register));
    const b = importFile('b.csv', enc.encode(transfers));
    if (!a.ok || !b.ok) throw new Error('both import');
    const [ta] = a.dataset.transfers;
    const [tb] = b.dataset.transfers;
    // What differs is what the exports say differently: ids, the source file, the register's
    // order total and per-year TIV spread evenly; and the register has the number ordered.
    const { id: _ia, source: _sa, value: va, ordered: oa, deliveries: da, ...restA } = ta!;
    const { id: _ib, source: _sb, value: vb, ordered: ob, deliveries: db, ...restB } = tb!;
    expect(restA).toEqual(restB);
    expect(restA).toMatchObject({
      supplier: 'SUN',
      recipient: 'CHL',
      category: 'armoured-vehicles',
    });
    expect(oa).toEqual({ year: 1988, units: 7, estimate: true });
    expect(ob).toEqual({ year: 1988, estimate: true });
    expect(va).toEqual({ tiv: 2.8, tivPerUnit: 0.4 });
    expect(vb).toEqual({ tivPerUnit: 0.4 });
    expect(da.map((d) => [d.year, d.units])).toEqual(db.map((d) => [d.year, d.units]));
    expect(da.reduce((s, d) => s + d.tiv!, 0)).toBeCloseTo(
      db.reduce((s, d) => s + d.tiv!, 0),
      9,
    );
  });
});

describe.skipIf(!existsSync(SIPRI_DIR))('detection of every reference file', () => {
  const cases: [string, string, ImportFormat | RegExp][] = [
    [SIPRI_DIR, 'trade-register_all-years_generated-2025-03-13.csv', 'sipri-trade-register'],
    [SIPRI_DIR, 'transfers-by-delivery-year_1950-1989_generated-2024-04-16.csv', 'sipri-transfers'],
    [SIPRI_DIR, 'transfers-by-delivery-year_1990-2023_generated-2024-04-13.csv', 'sipri-transfers'],
    [SIPRI_DIR, 'transfers-by-delivery-year_1995-2024_generated-2026-02-12.csv', 'sipri-transfers'],
    [
      SIPRI_DIR,
      'fixture_transfers-by-delivery-year_to-Ukraine_2000-2024_generated-2025-02-17.csv',
      'sipri-transfers',
    ],
    [SIPRI_DIR, 'tiv-table_exports-by-supplier_1950-2024_generated-2024-10-13.csv', /TIV table/],
    [SIPRI_DIR, 'tiv-table_imports-by-recipient_1990-2023_generated-2024-04-13.csv', /TIV table/],
    [SIPRI_DIR, 'legacy_TIV-Export-All-Country-1950-2022.csv', /TIV table/],
    [ATOP_DIR, 'atop5_1m.csv', 'atop-members'],
    [ATOP_DIR, 'atop4_01_member-level_renamed.csv', 'atop-members'],
    [ATOP_DIR, 'atop4_01_alliance-level_renamed.csv', /ATOP alliance-level file/],
    [ATOP_DIR, 'atop5_1sy.csv', /ATOP state-year file/],
    [COW_DIR, 'alliance_v4.1_by_member.csv', /COW alliance file/],
    [COW_DIR, 'states2016.csv', /COW state list/],
  ];
  it.each(cases)('%s/%s: %s', (dir, file, expected) => {
    const inspected = inspectFile(file, shared(dir, file));
    if (typeof expected === 'string')
      expect(inspected).toMatchObject({ ok: true, format: expected });
    else expect(!inspected.ok && inspected.error.message).toMatch(expected);
  });
});
