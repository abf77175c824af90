/**
 * CSV of the Rankings panel, on the comparison tests' hand-made dataset. 2010-2014 (TIV): USA
 * 100+50+10 = 160, FRA 90+50 = 140, SOV 60, and 30 from an unknown supplier (in the world total of
 * 390, not ranked); recipients IND 60+90+30 = 180, EGY 100+50 = 150, POL 50+10 = 60. Nothing was
 * delivered in 2005-2009, the previous period.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/data/export/csv';
import { rankingsFileName, rankingsTable } from '../../../src/data/export/rankingsCsv';
import { indexDataset } from '../../../src/model/dataset';
import { defaultFilters } from '../../../src/model/filters';
import { computeRankings } from '../../../src/model/rankings';
import { compareDataset } from '../../model/compareFixture';

const data = indexDataset(compareDataset());
const rankingsOf = (from: number, to: number) =>
  computeRankings(data, { ...defaultFilters(data.yearSpan), from, to }, 'value');

describe('rankings CSV', () => {
  it('lists suppliers then recipients, ranked, with shares of the world total', () => {
    const rows = rankingsTable(data, rankingsOf(2010, 2014));
    expect(rows[0]).toEqual([
      'role',
      'id',
      'name',
      'rank',
      'value_2010-2014',
      'share_pct',
      'value_2005-2009',
      'change_pct',
      'share_of',
    ]);
    expect(rows.slice(1).map((r) => `${r[0]} ${r[3]} ${r[1]} ${r[4]} ${r[5]}`)).toEqual([
      'supplier 1 USA 160 41.026',
      'supplier 2 FRA 140 35.897',
      'supplier 3 SOV 60 15.385',
      'recipient 1 IND 180 46.154',
      'recipient 2 EGY 150 38.462',
      'recipient 3 POL 60 15.385',
    ]);
    // Nothing in the previous period: zero before, no change to show.
    expect(rows[1]!.slice(6)).toEqual([0, null, 'world total']);
    expect(toCsv(rows).split('\r\n')[1]).toBe(
      'supplier,USA,Country USA,1,160,41.026,0,,world total',
    );
    expect(rankingsFileName({ from: 2010, to: 2014 })).toBe('entente-rankings-2010-2014.csv');
  });

  it('leaves the previous period empty where it lies before the data', () => {
    const rows = rankingsTable(data, rankingsOf(2000, 2004));
    expect(rows[0]![6]).toBe('value_1995-1999');
    const sov = rows.find((r) => r[0] === 'supplier' && r[1] === 'SOV')!;
    expect(sov.slice(4)).toEqual([250, 69.444, null, null, 'world total']);
  });
});
