import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/data/importers';
import type { Agreement } from '../../../src/model/types';
import { ATOP_DIR, fixture, schemaProblems, shared, skipWithoutShared } from './helpers';

describe('ATOP member-level, hand-made fixture', () => {
  const result = importFile('atop-members.csv', fixture('atop-members.csv'));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const byId = new Map(result.dataset.agreements.map((a) => [a.id, a]));
  const source = (n: number) => `ATOP 5.1 (Leeds et al. 2002), atopid ${n}`;

  it('merges phases, and FRG + united Germany into one DEU spell', () => {
    expect(result.format).toBe('atop-members');
    expect(result.report.rows).toBe(17);
    expect(result.report.records).toBe(6);
    expect(byId.get('atop-9001')).toEqual<Agreement>({
      id: 'atop-9001',
      name: 'ATOP 9001',
      type: 'collective-defence',
      signed: '1949-04-04',
      ended: null,
      members: [
        { country: 'GBR', joined: '1949-04-04', left: null },
        { country: 'USA', joined: '1949-04-04', left: null },
        { country: 'DEU', joined: '1955-05-06', left: null },
      ],
      source: source(9001),
      summary: 'Obligations coded by ATOP: defence, consultation.',
    });
  });

  it('splits 365 into SUN and RUS, but keeps a two-party treaty mutual', () => {
    expect(byId.get('atop-9002')).toEqual<Agreement>({
      id: 'atop-9002',
      name: 'ATOP 9002',
      type: 'mutual-defence',
      signed: '1961-07-06',
      ended: '1996-09-10',
      members: [
        { country: 'PRK', joined: '1961-07-06', left: '1996-09-10' },
        { country: 'SUN', joined: '1961-07-06', left: '1991-12-26' },
        { country: 'RUS', joined: '1991-12-26', left: '1996-09-10' },
      ],
      source: source(9002),
      summary: 'Obligations coded by ATOP: defence, non-aggression.',
    });
  });

  it('writes partial dates when month or day is 0, and reads the other flags', () => {
    expect(byId.get('atop-9003')).toMatchObject({
      type: 'non-aggression',
      signed: '1937',
      ended: '1941-04',
      members: [
        { country: 'TUR', joined: '1937', left: '1941-04' },
        { country: 'YUG', joined: '1937', left: '1941-04' },
      ],
    });
    expect(byId.get('atop-9004')!.type).toBe('neutrality');
    expect(byId.get('atop-9005')).toMatchObject({
      type: 'consultation',
      ended: null,
      members: [
        { country: 'FRA', joined: '1960-01-01', left: '1965-01-01' },
        { country: 'USA', joined: '1960-01-01', left: null },
        { country: 'FRA', joined: '1970-01-01', left: null },
      ],
    });
    expect(byId.get('atop-9006')!.type).toBe('mutual-defence');
  });

  it('reports an unknown COW code and keeps it as an X- node', () => {
    expect(result.report.unmatched).toEqual([
      { name: 'COW 9999', count: 1, records: ['atop-9004'], id: 'X-COW-9999' },
    ]);
    expect(byId.get('atop-9004')!.members.map((m) => m.country)).toEqual(['GBR', 'X-COW-9999']);
    expect(result.dataset.countries).toMatchObject([
      { id: 'X-COW-9999', kind: 'unknown', from: 1900 },
    ]);
    expect(schemaProblems(result.dataset)).toEqual([]);
  });

  it('warns about state ids missing from the known countries', () => {
    const usa = {
      id: 'USA',
      name: 'United States',
      region: 'Americas' as const,
      subregion: 'Northern America',
      lat: 38.9,
      lon: -77,
      from: 1776,
      to: null,
    };
    const r = importFile('atop-members.csv', fixture('atop-members.csv'), undefined, {
      countries: [usa],
    });
    expect(r.ok && r.report.warnings).toEqual([
      'state ids not in the known countries, used by records: CHN (1), DEU (2), FRA (2), GBR (3), PRK (1), RUS (1), SUN (2), TUR (1), YUG (1)',
    ]);
  });

  it('reports a bad cell with its line and column', () => {
    const text =
      'atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense\n1,2,1950,1,1,0,0,0,1\n1,20,19x0,1,1,0,0,0,1\n';
    const r = importFile('a.csv', new TextEncoder().encode(text));
    expect(!r.ok && r.error).toEqual({
      file: 'a.csv',
      line: 3,
      column: 3,
      field: 'yrent',
      message: 'expected a whole number, found "19x0"',
    });
  });
});

describe.skipIf(skipWithoutShared(join(ATOP_DIR, 'atop5_1m.csv')))(
  'ATOP 5.1 and 4.01 member files (reference data)',
  () => {
    it('imports ATOP 5.1: 789 agreements, NATO with its 1949 founders', () => {
      const r = importFile('atop5_1m.csv', shared(ATOP_DIR, 'atop5_1m.csv'));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.dataset.agreements).toHaveLength(789);
      expect(r.report.rows).toBe(2510);
      const nato = r.dataset.agreements.find((a) => a.id === 'atop-3180')!;
      expect(nato.type).toBe('collective-defence');
      expect(nato.signed).toBe('1949-04-04');
      expect(nato.ended).toBeNull();
      const founders = nato.members
        .filter((m) => m.joined.startsWith('1949'))
        .map((m) => m.country)
        .sort();
      expect(founders).toEqual([
        'BEL',
        'CAN',
        'DNK',
        'FRA',
        'GBR',
        'ISL',
        'ITA',
        'LUX',
        'NLD',
        'NOR',
        'PRT',
        'USA',
      ]);
      expect(nato.members.find((m) => m.country === 'DEU')).toEqual({
        country: 'DEU',
        joined: '1954-10-23',
        left: null,
      });
      // One member row in the file has the code 8152, which is not a COW state code.
      expect(r.report.unmatched.map((u) => u.name)).toEqual(['COW 8152']);
      // Flags are ORed over all rows (phases, members) of an alliance: 280 have defence on some
      // row (the provenance notes count 274 on the first row of each alliance).
      expect(
        r.dataset.agreements.filter((a) => /: (.*, )?defence(,|\.)/.test(a.summary ?? '')).length,
      ).toBe(280);
      expect(schemaProblems(r.dataset)).toEqual([]);
    });

    it('imports ATOP 4.01 member-level', () => {
      const r = importFile(
        'atop4_01_member-level_renamed.csv',
        shared(ATOP_DIR, 'atop4_01_member-level_renamed.csv'),
      );
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.dataset.agreements.length).toBeGreaterThan(700);
      expect(r.dataset.agreements[0]!.source).toMatch(/^ATOP 4\.01 /);
      expect(schemaProblems(r.dataset)).toEqual([]);
    });

    it('refuses the alliance-level and state-year files with a clear message', () => {
      const a = importFile('a.csv', shared(ATOP_DIR, 'atop4_01_alliance-level_renamed.csv'));
      expect(!a.ok && a.error.message).toMatch(/alliance-level/);
      const s = importFile('s.csv', shared(ATOP_DIR, 'atop5_1sy.csv'));
      expect(!s.ok && s.error.message).toMatch(/state-year/);
    });
  },
);
