import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COW_CODES, cowSpells, cowToId } from '../../../src/data/importers/cow';
import { decodeBytes } from '../../../src/data/importers/text';
import { COW_DIR, CROSSWALK_DIR, skipWithoutShared } from './helpers';

describe('COW codes -> Entente ids', () => {
  it('maps codes, some by date', () => {
    expect(cowToId(2, 2000)).toBe('USA');
    expect(cowToId(255, 1995)).toBe('DEU');
    expect(cowToId(260, 1970)).toBe('DEU');
    expect(cowToId(265, 1970)).toBe('DDR');
    expect(cowToId(365, 1991)).toBe('SUN');
    expect(cowToId(365, 1992)).toBe('RUS');
    expect(cowToId(365, 1900)).toBe('RUS');
    expect(cowToId(345, 1991)).toBe('YUG');
    expect(cowToId(345, 1992)).toBe('SCG');
    expect(cowToId(345, 2005)).toBe('SCG');
    expect(cowToId(345, 2006)).toBe('SRB');
    expect(cowToId(315, 1980)).toBe('CSK');
    expect(cowToId(316, 1995)).toBe('CZE');
    expect(cowToId(678, 1980)).toBe('YAR');
    expect(cowToId(680, 1980)).toBe('YMD');
    expect(cowToId(679, 1995)).toBe('YEM');
    expect(cowToId(816, 1965)).toBe('VNM');
    expect(cowToId(817, 1965)).toBe('RVN');
    expect(cowToId(713, 1965)).toBe('TWN');
    expect(cowToId(710, 1965)).toBe('CHN');
    expect(cowToId(347, 2010)).toBe('XKX');
    expect(cowToId(9999, 2000)).toBeUndefined();
  });

  it('splits a membership spell where the state changes', () => {
    expect(cowSpells(365, '1955-05-14', null)).toEqual([
      { id: 'SUN', from: '1955-05-14', to: '1991-12-26' },
      { id: 'RUS', from: '1991-12-26', to: null },
    ]);
    expect(cowSpells(345, '1954', '2010-01')).toEqual([
      { id: 'YUG', from: '1954', to: '1992-04-27' },
      { id: 'SCG', from: '1992-04-27', to: '2006-06-05' },
      { id: 'SRB', from: '2006-06-05', to: '2010-01' },
    ]);
    expect(cowSpells(2, '1949-04-04', null)).toEqual([{ id: 'USA', from: '1949-04-04', to: null }]);
    expect(cowSpells(1234, '1949', null)).toEqual([]);
  });

  it('gives a piece shorter than 31 days to its neighbour', () => {
    expect(cowSpells(365, '1991-12-21', null)).toEqual([
      { id: 'RUS', from: '1991-12-21', to: null },
    ]);
    expect(cowSpells(365, '1960', '1992-01-10')).toEqual([
      { id: 'SUN', from: '1960', to: '1992-01-10' },
    ]);
    expect(cowSpells(365, '1991-12-24', '1991-12-24')).toEqual([
      { id: 'SUN', from: '1991-12-24', to: '1991-12-24' },
    ]);
  });
});

function csv(path: string): Record<string, string>[] {
  const text = decodeBytes(new Uint8Array(readFileSync(path))).text;
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe.skipIf(skipWithoutShared(COW_DIR, CROSSWALK_DIR))(
  'COW table against the COW state list and the countrycode crosswalk',
  () => {
    it('knows every state that existed after 1945', () => {
      const states = csv(join(COW_DIR, 'states2016.csv')).filter((r) => Number(r.endyear) >= 1945);
      const missing = [...new Set(states.map((r) => Number(r.ccode)))].filter(
        (c) => !COW_CODES.includes(c),
      );
      expect(missing).toEqual([]);
      expect(states.length).toBeGreaterThan(190);
    });

    it('knows every code of the CR-only COW code list', () => {
      const rows = csv(join(COW_DIR, 'COW-country-codes.csv'));
      expect(rows.length).toBeGreaterThan(200);
      const missing = [...new Set(rows.map((r) => Number(r.CCode)))].filter(
        (c) => !COW_CODES.includes(c),
      );
      expect(missing).toEqual([]);
    });

    it('agrees with the crosswalk ISO code of every current state, and uses the documented historical codes', () => {
      const rows = csv(join(CROSSWALK_DIR, 'countrycode_codelist_without_cldr.csv')).filter(
        (r) => r.cown,
      );
      const wrong: string[] = [];
      for (const r of rows) {
        const code = Number(r.cown);
        if (r.iso3c) {
          if (cowToId(code, 2016) !== r.iso3c)
            wrong.push(`${code} ${r['country.name.en']}: ${cowToId(code, 2016)} != ${r.iso3c}`);
        }
      }
      expect(wrong).toEqual([]);
      const historical = Object.fromEntries(
        rows.filter((r) => !r.iso3c).map((r) => [r.cowc, cowToId(Number(r.cown), 1964)]),
      );
      expect(historical).toMatchObject({
        CZE: 'CSK',
        GDR: 'DDR',
        RVN: 'RVN',
        YAR: 'YAR',
        YUG: 'YUG',
        ZAN: 'ZAN',
      });
      expect(cowToId(347, 2010)).toBe('XKX');
      expect(cowToId(680, 1970)).toBe('YMD');
    });

    it('maps every country-year of the COW list since 1945', () => {
      const rows = csv(join(CROSSWALK_DIR, 'countrycode_data_cow.csv')).filter(
        (r) => Number(r.year) >= 1945,
      );
      const missing = new Set<string>();
      for (const r of rows)
        if (!cowToId(Number(r.cown), Number(r.year))) missing.add(`${r.cown} ${r.country}`);
      expect([...missing]).toEqual([]);
    });
  },
);
