/**
 * The merge rules of an import: each mode keeps what it does not replace; "add" counts every
 * deal once (a SIPRI file replaces the current SIPRI-citing deals of the pairs and years it
 * covers); imported countries line up with the current ones; the origin of each kind of record
 * follows. Then the real case: the default dataset with SIPRI's files.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPipeline, type ImportRequest } from '../../src/data/importPipeline';
import { DEFAULT_ORIGIN } from '../../src/data/load';
import { describeDataset } from '../../src/model/about';
import { formatCount } from '../../src/model/format';
import {
  addTransfers,
  combineDatasets,
  defaultCombineMode,
  matchCountries,
} from '../../src/model/combine';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import { allyShareOf } from '../../src/model/overlap';
import type { Agreement, Country, Dataset, Embargo, Transfer } from '../../src/model/types';
import { sharedFile } from '../sharedData';
import { describeWithSharedData } from '../sharedDataSuite';
import { defaultModel } from '../defaultData';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const country = (id: string, name: string, aliases?: string[]): Country => ({
  id,
  name,
  region: 'Europe',
  subregion: 'Western Europe',
  lat: 0,
  lon: 0,
  from: 1900,
  to: null,
  ...(aliases ? { aliases } : {}),
});

const deal = (
  id: string,
  supplier: string,
  recipient: string,
  years: number[],
  source = 'SIPRI Arms Transfers Database',
  ordered?: number,
): Transfer => ({
  id,
  supplier,
  recipient,
  designation: id,
  category: 'aircraft',
  deliveries: years.map((year) => ({ year })),
  source,
  ...(ordered !== undefined ? { ordered: { year: ordered } } : {}),
});

const pact = (id: string, members: string[]): Agreement => ({
  id,
  name: id,
  type: 'mutual-defence',
  signed: '1950',
  ended: null,
  members: members.map((c) => ({ country: c, joined: '1950', left: null })),
  source: 'test',
});

const embargo = (id: string, target: string): Embargo => ({
  id,
  imposedBy: 'UN',
  target,
  from: '1990',
  to: null,
  source: 'test',
});

const current: Dataset = {
  name: 'default',
  countries: [country('FRA', 'France'), country('DEU', 'Germany'), country('POL', 'Poland')],
  agreements: [pact('fra-deu', ['FRA', 'DEU'])],
  transfers: [deal('d1', 'FRA', 'POL', [1995, 1996])],
  embargoes: [embargo('e1', 'POL')],
  origin: { transfers: 'the default deals', agreements: 'the default treaties' },
};

const sipriImport: Dataset = {
  name: 'sipri.csv',
  countries: [country('X-NATO', 'NATO')],
  agreements: [],
  transfers: [deal('sipri-1', 'DEU', 'POL', [2000], 'SIPRI Arms Transfers Database, sipri.csv')],
  embargoes: [],
  origin: { transfers: 'the SIPRI file' },
};

const atopImport: Dataset = {
  name: 'atop.csv',
  countries: [],
  agreements: [pact('atop-1', ['DEU', 'POL'])],
  transfers: [],
  embargoes: [],
  origin: { agreements: 'ATOP' },
};

describe('the default choice follows what the files bring', () => {
  it.each([
    [['transfers'], 'replace-transfers'],
    [['agreements'], 'replace-agreements'],
    [['countries', 'agreements', 'transfers'], 'replace-all'],
    [['countries'], 'add'],
    [[], 'add'],
  ] as const)('%j -> %s', (kinds, mode) => {
    expect(defaultCombineMode(kinds)).toBe(mode);
  });
});

describe('each mode keeps what it does not replace', () => {
  it('replace-transfers: the file’s deals, the current agreements, states and embargoes', () => {
    const { dataset, notes } = combineDatasets(current, sipriImport, 'replace-transfers', 'x');
    expect(dataset.transfers.map((t) => t.id)).toEqual(['sipri-1']);
    expect(dataset.agreements.map((a) => a.id)).toEqual(['fra-deu']);
    expect(dataset.countries.map((c) => c.id)).toEqual(['FRA', 'DEU', 'POL', 'X-NATO']);
    expect(dataset.embargoes.map((e) => e.id)).toEqual(['e1']);
    expect(dataset.origin).toEqual({
      transfers: 'the SIPRI file',
      agreements: 'the default treaties',
    });
    expect(dataset.name).toBe('x');
    expect(notes).toContain('Kept the 1 current agreement.');
  });

  it('replace-agreements: the file’s agreements, the current deals', () => {
    const { dataset } = combineDatasets(current, atopImport, 'replace-agreements', 'x');
    expect(dataset.agreements.map((a) => a.id)).toEqual(['atop-1']);
    expect(dataset.transfers.map((t) => t.id)).toEqual(['d1']);
    expect(dataset.origin).toEqual({ transfers: 'the default deals', agreements: 'ATOP' });
  });

  it('replace-all: only the file’s records; embargoes kept unless the file has some', () => {
    const a = combineDatasets(current, sipriImport, 'replace-all', 'x').dataset;
    expect(a.transfers.map((t) => t.id)).toEqual(['sipri-1']);
    expect(a.agreements).toEqual([]);
    expect(a.embargoes.map((e) => e.id)).toEqual(['e1']);
    expect(a.origin).toEqual({ transfers: 'the SIPRI file' });
    const b = combineDatasets(
      current,
      { ...sipriImport, embargoes: [embargo('e2', 'DEU')] },
      'replace-all',
      'x',
    ).dataset;
    expect(b.embargoes.map((e) => e.id)).toEqual(['e2']);
  });

  it('add: both, origins joined; an agreement with the same id is one (the file’s)', () => {
    const renamed = { ...pact('fra-deu', ['FRA', 'DEU', 'POL']), name: 'new' };
    const { dataset } = combineDatasets(
      current,
      { ...atopImport, agreements: [...atopImport.agreements, renamed] },
      'add',
      'x',
    );
    expect(dataset.agreements.map((a) => [a.id, a.name])).toEqual([
      ['fra-deu', 'new'],
      ['atop-1', 'atop-1'],
    ]);
    expect(dataset.transfers.map((t) => t.id)).toEqual(['d1']);
    expect(dataset.origin).toEqual({
      transfers: 'the default deals',
      agreements: 'the default treaties; and ATOP',
    });
  });

  it('leaves its inputs unchanged', () => {
    const before = JSON.stringify([current, sipriImport]);
    combineDatasets(current, sipriImport, 'add', 'x');
    combineDatasets(current, sipriImport, 'replace-all', 'x');
    expect(JSON.stringify([current, sipriImport])).toBe(before);
  });
});

describe('add: each deal counted once', () => {
  const sipri = (id: string, s: string, r: string, years: number[]) =>
    deal(id, s, r, years, 'SIPRI Arms Transfers Database, file.csv');
  // The file covers 2000-2010 (its first and last delivery years), pairs DEU>POL and FRA>POL.
  const file = [sipri('s1', 'DEU', 'POL', [2000, 2001]), sipri('s2', 'FRA', 'POL', [2010])];

  it('drops the current SIPRI-citing deals of a covered pair within the covered years', () => {
    const notes: string[] = [];
    const out = addTransfers(
      [
        deal('inside', 'DEU', 'POL', [2003, 2004]),
        deal('straddles', 'FRA', 'POL', [1998, 1999, 2000]),
        deal('before', 'FRA', 'POL', [1990]),
        deal('other-pair', 'DEU', 'FRA', [2003]),
        deal('other-source', 'DEU', 'POL', [2003], 'German government list'),
        deal('ordered-inside', 'DEU', 'POL', [], undefined, 2009),
        deal('ordered-after', 'DEU', 'POL', [], undefined, 2015),
      ],
      file,
      notes,
    );
    expect(out.map((t) => [t.id, t.deliveries.map((d) => d.year)])).toEqual([
      ['straddles', [1998, 1999]],
      ['before', [1990]],
      ['other-pair', [2003]],
      ['other-source', [2003]],
      ['ordered-after', []],
      ['s1', [2000, 2001]],
      ['s2', [2010]],
    ]);
    expect(notes).toEqual([
      'Counted once: the SIPRI file is SIPRI’s own record of its supplier–recipient pairs in 2000–2010, so it replaces 3 current deals citing SIPRI there (1 deal also delivered in other years keeps those years).',
    ]);
  });

  it('delivery counts per pair and year are never doubled', () => {
    const cur = [deal('a', 'DEU', 'POL', [2000, 2001]), deal('b', 'FRA', 'POL', [2005])];
    const out = addTransfers(cur, file, []);
    const count = (s: string, r: string, y: number) =>
      out.filter(
        (t) => t.supplier === s && t.recipient === r && t.deliveries.some((d) => d.year === y),
      ).length;
    expect(count('DEU', 'POL', 2000)).toBe(1);
    expect(count('FRA', 'POL', 2005)).toBe(0);
    expect(count('FRA', 'POL', 2010)).toBe(1);
  });

  it('a non-SIPRI file adds its deals and replaces nothing', () => {
    const cur = [deal('a', 'DEU', 'POL', [2000])];
    const out = addTransfers(cur, [deal('j', 'DEU', 'POL', [2000], 'a JSON file')], []);
    expect(out.map((t) => t.id)).toEqual(['a', 'j']);
  });

  it('one id: the same deal merges its years; a different deal is renamed', () => {
    const notes: string[] = [];
    const out = addTransfers(
      [
        deal('sipri-a-12', 'USA', 'JPN', [1980], 'SIPRI Arms Transfers Database, old.csv'),
        deal('sipri-9', 'USA', 'GBR', [1970, 1971], 'SIPRI Arms Transfers Database, old.csv'),
      ],
      [sipri('sipri-a-12', 'RUS', 'IND', [2000]), sipri('sipri-9', 'USA', 'GBR', [1971, 1972])],
      notes,
    );
    expect(out.map((t) => [t.id, t.supplier, t.deliveries.map((d) => d.year)])).toEqual([
      ['sipri-a-12', 'USA', [1980]],
      ['sipri-9', 'USA', [1970, 1971, 1972]],
      ['sipri-a-12~2', 'RUS', [2000]],
    ]);
    expect(notes.join(' ')).toMatch(/1 imported deal had the id of a different current deal/);
  });
});

describe('country identity lines up', () => {
  it('an imported country under another id but a known name or alias is the current one', () => {
    const cur = [
      country('DEU', 'Germany', ['West Germany (FRG)']),
      country('CIV', "Côte d'Ivoire"),
    ];
    const imp = [
      country('GER', 'GERMANY'),
      country('IVC', 'Cote d’Ivoire'),
      country('FRG', 'Bonn', ['West Germany (FRG)']),
      country('EXS', 'Examplestan'),
    ];
    expect([...matchCountries(cur, imp)]).toEqual([
      ['GER', 'DEU'],
      ['IVC', 'CIV'],
      ['FRG', 'DEU'],
    ]);
  });

  it('records of the import point at the current ids, and no duplicate state is added', () => {
    const imp: Dataset = {
      countries: [country('GER', 'Germany'), country('EXS', 'Examplestan')],
      agreements: [pact('p', ['GER', 'EXS'])],
      transfers: [deal('t', 'GER', 'POL', [2000], 'x')],
      embargoes: [embargo('e9', 'GER')],
    };
    const { dataset, notes } = combineDatasets(current, imp, 'add', 'x');
    expect(dataset.countries.map((c) => c.id)).toEqual(['FRA', 'DEU', 'POL', 'EXS']);
    expect(dataset.agreements.find((a) => a.id === 'p')!.members.map((m) => m.country)).toEqual([
      'DEU',
      'EXS',
    ]);
    expect(dataset.transfers.find((t) => t.id === 't')!.supplier).toBe('DEU');
    expect(dataset.embargoes.find((e) => e.id === 'e9')!.target).toBe('DEU');
    expect(notes).toContain('Matched by name to the current states: GER → DEU.');
  });
});

const defaultDataset = (): Dataset => defaultModel().dataset;

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(ROOT, 'test/fixtures/importers', name)));

describe('the default dataset and a SIPRI file, through the import pipeline', () => {
  const base = defaultDataset();
  const run = (mode: ImportRequest['mode']) => {
    const outcome = importPipeline({
      files: [{ name: 'allies.csv', bytes: fixture('sipri-transfers-allies.csv') }],
      current: base,
      mode,
      name: 'allies.csv',
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    return outcome;
  };

  it('the default choice keeps the alliances: Poland’s imports from allies stay above 0 %', () => {
    const outcome = run('replace-transfers');
    const data = outcome.data;
    expect(data.agreements.length).toBe(base.agreements.length);
    expect(data.transfers.length).toBe(4);
    const filters = { ...defaultFilters(data.yearSpan), from: 2000, to: 2010 };
    const poland = data.countryIndex.get('POL')!;
    expect(allyShareOf(data, filters, 'value', poland, 'imports')!.share).toBeGreaterThan(0);
    // What describes the data follows it: the deals are the file's, the agreements the default's.
    const about = describeDataset(data).lines.join(' ');
    expect(about).toMatch(
      /4 deals from the SIPRI Arms Transfers Database \(allies\.csv, generated 2026-03-01\)/,
    );
    expect(about).toMatch(/SIPRI trend-indicator values/);
    expect(about).toContain(
      `${base.agreements.length} agreements from ${DEFAULT_ORIGIN.agreements}`,
    );
    expect(about).not.toMatch(/Default data|without values|carry no values/);
  });

  it('adding: the description says how few deals carry values', () => {
    const data = run('add').data;
    expect(data.agreements.length).toBe(base.agreements.length);
    const deals = formatCount(data.transfers.length);
    const line = describeDataset(data).lines[0]!;
    expect(line).toMatch(
      /^Arms transfers: [\d,]+ deals from the Entente project.*; and the SIPRI Arms Transfers Database \(allies\.csv/,
    );
    expect(line).toContain(`Arms transfers: ${deals} deals`);
    expect(line).toContain(`4 of the ${deals} deals have them`);
  });

  it('replacing everything drops them (the choice says so)', () => {
    const data = run('replace-all').data;
    expect(data.agreements).toEqual([]);
  });

  it('by records: a file of transfers replaces the transfers and says so', () => {
    const outcome = run('by-records');
    expect(outcome.mode).toBe('replace-transfers');
    expect(outcome.data.agreements.length).toBe(base.agreements.length);
    expect(outcome.data.transfers.length).toBe(4);
  });

  it('a file of another kind than the one asked for is refused before parsing, naming its kind', () => {
    const outcome = importPipeline({
      files: [{ name: 'allies.csv', bytes: fixture('sipri-transfers-allies.csv') }],
      current: base,
      mode: 'by-records',
      only: 'entente-json',
      name: 'allies.csv',
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.file).toBe('allies.csv');
    expect(outcome.error.line).toBeGreaterThanOrEqual(1);
    expect(outcome.error.message).toBe(
      'not an Entente JSON file: it looks like a SIPRI transfers export (one row per deal and delivery year) (import it with Import data)',
    );
  });
});

describeWithSharedData('the default dataset and SIPRI’s full trade register', () => {
  const base = defaultDataset();
  const register = new Uint8Array(
    readFileSync(sharedFile('sipri', 'trade-register_all-years_generated-2025-03-13.csv')),
  );
  const outcome = importPipeline({
    files: [{ name: 'register.csv', bytes: register }],
    current: base,
    mode: 'add',
    name: 'register.csv',
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));

  it('add: no default deal is counted beside the register’s own record of it', () => {
    const data = outcome.data;
    const ids = new Set(base.transfers.map((t) => t.id));
    const keptDefault = data.transfers.filter((t) => ids.has(t.id));
    const registerDeals = data.transfers.length - keptDefault.length;
    expect(registerDeals).toBe(29_515);
    // The register covers every pair the default has, for 1950-2024: what is kept of the
    // default lies outside those years.
    for (const t of keptDefault)
      for (const d of t.deliveries) expect(d.year < 1950 || d.year > 2024, t.id).toBe(true);
    expect(data.agreements.length).toBe(base.agreements.length);
    const replaced = base.transfers.length - keptDefault.length;
    expect(outcome.notes.join(' ')).toMatch(/Counted once: .* 1950–2024, so it replaces/);
    expect(outcome.notes.join(' ')).toContain(
      `replaces ${formatCount(replaced)} current deals citing SIPRI`,
    );
  });

  it('the default’s ids and the register’s line up: no state is unknown but Aruba', () => {
    const known = new Set(base.countries.map((c) => c.id));
    const unknown = new Set<string>();
    for (const t of outcome.data.transfers)
      for (const id of [t.supplier, t.recipient])
        if (!known.has(id) && !id.startsWith('X-')) unknown.add(id);
    expect([...unknown]).toEqual(['ABW']);
  });

  it('indexes the same as the register alone for every year it covers', () => {
    const alone = importPipeline({
      files: [{ name: 'register.csv', bytes: register }],
      current: base,
      mode: 'replace-transfers',
      name: 'register.csv',
    });
    if (!alone.ok) throw new Error('imports');
    const rows = (d: ReturnType<typeof indexDataset>) => {
      let n = 0;
      for (let i = 0; i < d.deliveries.length; i++)
        if (d.deliveries.year[i]! >= 1950 && d.deliveries.year[i]! <= 2024) n++;
      return n;
    };
    expect(rows(outcome.data)).toBe(rows(alone.data));
  });
});
