// @vitest-environment jsdom
/**
 * Exports of a comparison: the CSV of both periods' rankings and of the Realignment tables, and
 * the exported picture's rings and legend (the difference network's styles, its thresholds).
 */
import { describe, expect, it } from 'vitest';
import {
  comparisonFileName,
  comparisonRankingsTable,
  realignmentTable,
} from '../../../src/data/export/compareCsv';
import { toCsv } from '../../../src/data/export/csv';
import { diffLegendEntries } from '../../../src/data/export/legend';
import { networkSvg } from '../../../src/data/export/networkSvg';
import { compareView } from '../../../src/model/compare';
import { TIE_CHANGES } from '../../../src/model/compareDiff';
import { compareRankings } from '../../../src/model/compareRankings';
import { indexDataset } from '../../../src/model/dataset';
import { defaultFilters } from '../../../src/model/filters';
import { realignment } from '../../../src/model/realignment';
import { LIGHT } from '../../../src/model/theme';
import { compareDataset } from '../../model/compareFixture';

const data = indexDataset(compareDataset());
const filters = { ...defaultFilters(data.yearSpan), from: 2010, to: 2014 };
const comparison = compareView(data, filters, { from: 2000, to: 2004 }, 'clique', 'value');
const rankings = compareRankings(data, filters, comparison);

describe('comparison CSV', () => {
  it('writes both periods’ figures for every supplier and recipient', () => {
    const rows = comparisonRankingsTable(data, rankings);
    expect(rows[0]).toEqual([
      'role',
      'id',
      'name',
      'value_2000-2004',
      'value_2010-2014',
      'share_2000-2004_pct',
      'share_2010-2014_pct',
      'change_pct',
      'change_per_year_pct',
      'rank_2000-2004',
      'rank_2010-2014',
      'rank_change',
      'share_of',
    ]);
    const sov = rows.find((r) => r[0] === 'supplier' && r[1] === 'SOV')!;
    expect(sov.slice(3)).toEqual([250, 60, 69.444, 15.385, -76, -76, 1, 3, -2, 'world total']);
    expect(rows.filter((r) => r[0] === 'recipient').length).toBe(rankings.recipients.length);
    expect(comparisonFileName('comparison', rankings)).toBe(
      'entente-comparison-2000-2004-vs-2010-2014.csv',
    );
  });

  it('writes the three Realignment tables in one, each row saying which', () => {
    const rows = realignmentTable(data, realignment(data, comparison));
    const text = toCsv(rows);
    expect(rows.map((r) => r[0])).toEqual([
      'table',
      'largest supplier changed',
      'clients gained and lost',
      'clients gained and lost',
      'clients gained and lost',
      'joined an agreement',
      'left an agreement',
      'left an agreement',
    ]);
    expect(rows[1]!.slice(1, 7)).toEqual([
      'IND',
      'Country IND',
      'Country SOV',
      'Country FRA',
      90.909,
      50,
    ]);
    expect(text).toContain('gained: Country POL | lost: Country IND');
    expect(text).toContain('Treaty (sov-ind), ended');
  });
});

describe('the exported difference network', () => {
  it('has a legend entry for each change, with its threshold, and for the ring', () => {
    const entries = diffLegendEntries();
    expect(entries.map((e) => e.colors[0])).toEqual([
      LIGHT.diffNode,
      ...TIE_CHANGES.map((c) => LIGHT.diff[c]),
      LIGHT.realigned,
    ]);
    expect(entries.find((e) => e.label.startsWith('Grown'))!.label).toContain('50 %');
    expect(entries.at(-1)!.shape).toBe('ring');
  });

  it('draws rings around realigned states, and the legend’s ring', () => {
    const { svg } = networkSvg(
      {
        width: 300,
        height: 200,
        background: '#ffffff',
        land: null,
        hulls: [],
        edges: [],
        nodes: [
          { key: 'IND', x: 100, y: 100, radius: 8, color: LIGHT.diffNode, ring: LIGHT.realigned },
          { key: 'EGY', x: 200, y: 100, radius: 8, color: LIGHT.diffNode },
        ],
        labels: [],
        labelFont: 'system-ui',
      },
      {
        legend: diffLegendEntries(),
        lines: ['Compared: 2000–2004 → 2010–2014'],
        colors: { text: '#1d1f23', muted: '#5b6270' },
      },
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const rings = [...doc.querySelectorAll('circle.ring')];
    expect(rings).toHaveLength(1);
    expect(rings[0]!.getAttribute('r')).toBe('11.5');
    expect(rings[0]!.getAttribute('stroke')).toBe(LIGHT.realigned);
    expect(svg).toContain('Compared: 2000–2004 → 2010–2014');
    for (const c of TIE_CHANGES) expect(svg).toContain(`stroke="${LIGHT.diff[c]}"`);
  });
});
