import { describe, expect, it } from 'vitest';
import { importFile, spreadTiv, spreadUnits } from '../../../src/data/importers';
import { generatedDate, parseSipri } from '../../../src/data/importers/sipri';
import type { Transfer } from '../../../src/model/types';
import { fixture, schemaProblems } from './helpers';

const enc = new TextEncoder();

describe('SIPRI trade register (format A), hand-made fixture with every quirk', () => {
  const result = importFile(
    'sipri-trade-register-quirks.csv',
    fixture('sipri-trade-register-quirks.csv'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { dataset, report } = result;
  const source =
    'SIPRI Arms Transfers Database, sipri-trade-register-quirks.csv, generated 2025-01-02';
  const byId = new Map(dataset.transfers.map((t) => [t.id, t]));

  it('detects the format and the Latin-1 encoding', () => {
    expect(result.format).toBe('sipri-trade-register');
    expect(report.encoding).toBe('windows-1252');
    expect(report.rows).toBe(6);
    expect(report.records).toBe(6);
    expect(dataset.transfers.map((t) => t.id)).toEqual([
      'sipri-a-13',
      'sipri-a-14',
      'sipri-a-15',
      'sipri-a-16',
      'sipri-a-18',
      'sipri-a-19',
    ]);
  });

  it('reads ? flags, "; " lists and spreads delivered totals over the delivery years', () => {
    expect(byId.get('sipri-a-13')).toEqual<Transfer>({
      id: 'sipri-a-13',
      supplier: 'FRA',
      recipient: 'X-EXAMPLESTAN',
      designation: 'Mirage 2000-5',
      description: 'FGA aircraft',
      category: 'aircraft',
      ordered: { year: 2010, units: 12, estimate: true },
      deliveries: [
        { year: 2011, units: 4, tiv: 40, estimate: true },
        { year: 2012, units: 4, tiv: 40, estimate: true },
        { year: 2013, units: 4, tiv: 40, estimate: true },
      ],
      status: 'new',
      value: { tiv: 120, tivPerUnit: 10 },
      source,
      notes: 'Ex-French; incl 2 Mirage 2000-5D',
    });
  });

  it('keeps an undelivered deal with an empty number ordered', () => {
    expect(byId.get('sipri-a-14')).toEqual<Transfer>({
      id: 'sipri-a-14',
      supplier: 'DEU',
      recipient: 'CHL',
      designation: 'Leopard-1',
      description: 'tank',
      category: 'armoured-vehicles',
      ordered: { year: 1995 },
      deliveries: [],
      status: 'second-hand',
      value: { tivPerUnit: 0.3 },
      source,
      notes: 'Ordered but not yet delivered; number ordered unknown',
    });
  });

  it('makes nodes for a non-state actor, an organisation and a placeholder', () => {
    expect(byId.get('sipri-a-15')).toMatchObject({
      supplier: 'IRN',
      recipient: 'X-HEZBOLLAH',
      category: 'missiles',
      ordered: { year: 2006, units: 10, estimate: true },
    });
    expect(byId.get('sipri-a-16')).toMatchObject({
      supplier: 'X-UNKNOWN-SUPPLIER',
      recipient: 'X-UNITED-NATIONS',
    });
    const kinds = Object.fromEntries(dataset.countries.map((c) => [c.id, c.kind]));
    expect(kinds).toEqual({
      'X-EXAMPLESTAN': 'unknown',
      'X-HEZBOLLAH': 'non-state',
      'X-UNITED-NATIONS': 'organisation',
      'X-UNKNOWN-SUPPLIER': 'unknown',
    });
    expect(dataset.countries.find((c) => c.id === 'X-HEZBOLLAH')).toEqual({
      id: 'X-HEZBOLLAH',
      name: 'Hezbollah (Lebanon)',
      region: 'Other',
      subregion: '',
      lat: 0,
      lon: 0,
      from: 2006,
      to: null,
      kind: 'non-state',
      aliases: ['Hezbollah (Lebanon)*'],
      note: 'Based in or fighting in LBN.',
    });
  });

  it('joins a record broken by a raw line break in Comments', () => {
    expect(byId.get('sipri-a-16')).toEqual<Transfer>({
      id: 'sipri-a-16',
      supplier: 'X-UNKNOWN-SUPPLIER',
      recipient: 'X-UNITED-NATIONS',
      designation: 'Hermes-900',
      description: 'UAV',
      category: 'aircraft',
      ordered: { year: 2015, units: 3 },
      deliveries: [{ year: 2016, units: 3, tiv: 9 }],
      status: 'new',
      value: { tiv: 9, tivPerUnit: 3 },
      source,
      notes: 'Lease; for peacekeepers in Examplestan',
    });
  });

  it('decodes a Latin-1 byte, trims cells, maps "Second hand but modernized", splits odd totals', () => {
    expect(byId.get('sipri-a-18')).toEqual<Transfer>({
      id: 'sipri-a-18',
      supplier: 'SUN',
      recipient: 'CIV',
      designation: 'T-55',
      description: 'tank',
      category: 'armoured-vehicles',
      ordered: { year: 1988, units: 7 },
      deliveries: [
        { year: 1989, units: 4, tiv: 0.924 },
        { year: 1990, units: 3, tiv: 0.924 },
      ],
      status: 'second-hand-modernised',
      value: { tiv: 2.8, tivPerUnit: 0.4 },
      source,
      notes: 'Modernised in Café workshops',
    });
  });

  it('reports the unmatched name with its records, uncategorised descriptions and approximations', () => {
    expect(report.unmatched).toEqual([
      { name: 'Examplestan', count: 1, records: ['sipri-a-13'], id: 'X-EXAMPLESTAN' },
    ]);
    expect(byId.get('sipri-a-19')!.category).toBe('other');
    expect(report.uncategorised).toEqual([{ description: 'mystery widget', count: 1 }]);
    expect(report.approximations.join(' ')).toMatch(/spread evenly/);
    expect(report.approximations.join(' ')).toMatch(/for the 2 deals delivered over several years/);
    expect(report.warnings).toEqual([]);
    const actor = (name: string) => report.actors.find((a) => a.name === name);
    expect(actor('Soviet Union')).toEqual({
      name: 'Soviet Union',
      id: 'SUN',
      kind: 'state',
      count: 1,
      matchedBy: 'table',
    });
    expect(actor('Examplestan')).toMatchObject({ matchedBy: 'none', kind: 'unknown' });
  });

  it('gives records that pass the dataset schema', () => {
    expect(schemaProblems(dataset)).toEqual([]);
  });
});

describe('SIPRI transfers (format B), CRLF and a trailing ";" on every line', () => {
  const result = importFile('sipri-transfers-quirks.csv', fixture('sipri-transfers-quirks.csv'));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { dataset, report } = result;
  const source = 'SIPRI Arms Transfers Database, sipri-transfers-quirks.csv, generated 2026-02-12';

  it('groups rows by deal id, one delivery per row', () => {
    expect(result.format).toBe('sipri-transfers');
    expect(report.rows).toBe(7);
    expect(dataset.transfers.map((t) => t.id)).toEqual([
      'sipri-70001',
      'sipri-70002',
      'sipri-70003',
      'sipri-70004',
      'sipri-70005',
      'sipri-70006',
    ]);
    expect(dataset.transfers[0]).toEqual<Transfer>({
      id: 'sipri-70001',
      supplier: 'FRA',
      recipient: 'X-EXAMPLESTAN',
      designation: 'Mirage 2000-5',
      description: 'FGA aircraft',
      category: 'aircraft',
      ordered: { year: 2010, estimate: true },
      deliveries: [
        { year: 2011, units: 4, tiv: 40 },
        { year: 2012, units: 8, tiv: 80, estimate: true },
      ],
      status: 'new',
      value: { tivPerUnit: 10 },
      source,
    });
  });

  it('keeps a delivery whose number and TIV are empty', () => {
    expect(dataset.transfers[5]).toEqual<Transfer>({
      id: 'sipri-70006',
      supplier: 'ISR',
      recipient: 'X-UNITED-NATIONS',
      designation: 'Hermes-450',
      description: 'UAV',
      category: 'aircraft',
      ordered: { year: 2019 },
      deliveries: [{ year: 2020 }],
      status: 'new',
      value: { tivPerUnit: 2 },
      source,
    });
  });

  it('reads categories, statuses, local production and actors', () => {
    const [, houthi, nato, tow, engine] = dataset.transfers;
    expect(houthi).toMatchObject({
      supplier: 'IRN',
      recipient: 'X-HOUTHI-REBELS',
      category: 'missiles',
      deliveries: [{ year: 2017, units: 20, tiv: 1, estimate: true }],
    });
    expect(nato).toMatchObject({
      supplier: 'X-NATO',
      recipient: 'UKR',
      status: 'second-hand',
      value: { tivPerUnit: 40 },
    });
    expect(tow).toMatchObject({ supplier: 'X-UNKNOWN-SUPPLIER', recipient: 'X-SYRIA-REBELS' });
    expect(engine).toEqual<Transfer>({
      id: 'sipri-70005',
      supplier: 'DEU',
      recipient: 'BRA',
      designation: 'MTU-956',
      description: 'ship engine',
      category: 'engines',
      ordered: { year: 2019 },
      deliveries: [{ year: 2021, units: 2, tiv: 2.64 }],
      status: 'second-hand-modernised',
      value: { tivPerUnit: 1.32 },
      source,
      notes: 'Local production (licensed or assembled in the recipient country).',
    });
    expect(dataset.countries.map((c) => [c.id, c.kind])).toEqual([
      ['X-EXAMPLESTAN', 'unknown'],
      ['X-HOUTHI-REBELS', 'non-state'],
      ['X-NATO', 'organisation'],
      ['X-SYRIA-REBELS', 'non-state'],
      ['X-UNITED-NATIONS', 'organisation'],
      ['X-UNKNOWN-SUPPLIER', 'unknown'],
    ]);
    expect(report.unmatched).toEqual([
      { name: 'Examplestan', count: 1, records: ['sipri-70001'], id: 'X-EXAMPLESTAN' },
    ]);
    expect(schemaProblems(dataset)).toEqual([]);
  });

  it('places non-state actors at their host country when the states are given', () => {
    const r = importFile('b.csv', fixture('sipri-transfers-quirks.csv'), undefined, {
      countries: [
        {
          id: 'YEM',
          name: 'Yemen',
          region: 'Asia',
          subregion: 'Western Asia',
          lat: 15.35,
          lon: 44.2,
          from: 1990,
          to: null,
        },
      ],
    });
    expect(r.ok && r.dataset.countries.find((c) => c.id === 'X-HOUTHI-REBELS')).toMatchObject({
      region: 'Asia',
      subregion: 'Western Asia',
      lat: 15.35,
      lon: 44.2,
      from: 2017,
    });
  });
});

describe('SIPRI transfers: deals spread over rows', () => {
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const row = (id: string, supplier: string, year: number) =>
    `${id},${supplier},Myanmar,M-56 105mm,towed gun,Artillery,2004,No,10,No,${year},No,Second hand,0.3,0.12,1.2,No`;

  it('resolves year-dependent names with the first delivery year, whatever the row order', () => {
    const r = parseSipri([header, row('9', 'Serbia', 2006), row('9', 'Serbia', 2005)].join('\n'), {
      fileName: 'b.csv',
    });
    expect(r.dataset.transfers).toHaveLength(1);
    expect(r.dataset.transfers[0]!.supplier).toBe('SCG');
    expect(r.dataset.transfers[0]!.deliveries.map((d) => d.year)).toEqual([2005, 2006]);
    expect(r.report.warnings).toEqual([]);
  });

  it('warns when rows of one deal disagree, or repeat a year', () => {
    const r = parseSipri(
      [header, row('9', 'Serbia', 2006), row('9', 'Bulgaria', 2007), row('9', 'Serbia', 2006)].join(
        '\n',
      ),
      { fileName: 'b.csv' },
    );
    expect(r.report.warnings).toEqual([
      'rows of one deal name different suppliers or recipients (first row kept, line 2) (line 3)',
      'two rows for the same deal and delivery year (both kept) (line 4)',
    ]);
  });
});

describe('SIPRI errors carry the physical line', () => {
  const header =
    'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';
  const good = '1,France,Chile,Exocet,anti-ship missile,Missiles,2000,No,2,No,2001,No,New,1,1,2,No';

  it('a row with too few fields', () => {
    const text = `Preamble\nData generated: 1 Jan 2024\n${header}\n${good}\n1,France,Chile\n`;
    const r = importFile('x.csv', enc.encode(text));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        file: 'x.csv',
        line: 5,
        message: expect.stringMatching(/expected 17 fields/),
      });
  });

  it('a bad year names the column', () => {
    const text = `${header}\r\n${good}\r\n${good.replace(',2001,', ',20x1,')}\r\n`;
    const r = importFile('x.csv', enc.encode(text));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({
        file: 'x.csv',
        line: 3,
        column: 11,
        field: 'Delivery year',
        message: 'expected a year (4 digits), found "20x1"',
      });
  });

  it('a bad number in the trade register', () => {
    const text =
      'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\nChile,France,2000,,two,,Exocet,anti-ship missile,2,,2001,New,,1,2,2\n';
    const r = importFile('a.csv', enc.encode(text));
    expect(!r.ok && r.error).toEqual({
      file: 'a.csv',
      line: 2,
      column: 5,
      field: 'Number ordered',
      message: 'expected a whole number, found "two"',
    });
  });

  it('parses a header-only file as an empty dataset', () => {
    const r = parseSipri(`${header}\n`, { fileName: 'h.csv' });
    expect(r.dataset.transfers).toEqual([]);
  });
});

describe('helpers', () => {
  it('spreads units as whole numbers, earlier years first', () => {
    expect(spreadUnits(7, 2)).toEqual([4, 3]);
    expect(spreadUnits(2, 3)).toEqual([1, 1, 0]);
    expect(spreadUnits(12, 3)).toEqual([4, 4, 4]);
  });
  it('spreads TIV so that the shares add up to the total', () => {
    const shares = spreadTiv(10, 3);
    expect(shares).toEqual([3.3333, 3.3333, 3.3334]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(10, 9);
  });
  it('reads the generated date of both preamble styles', () => {
    expect(generatedDate(['Data generated: 13 Mar 2025 10:02:49 AM'])).toBe('2025-03-13');
    expect(generatedDate(['Generated: 19 December 2023'])).toBe('2023-12-19');
    expect(generatedDate(['Data generated: 12 Feb 2026 12:26:12 PM;'])).toBe('2026-02-12');
    expect(generatedDate(['nothing'])).toBeUndefined();
  });
});
