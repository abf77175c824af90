/**
 * Focus on states, through the one filter compile: only the focused states' ties are kept (in the
 * chosen direction), the regions then narrow the partners, and every consumer (aggregate, graph,
 * rankings, timeline, summary) answers from the same rows. Fixture: AAA Americas; BBB, CCC, OLD
 * Europe; DDD Asia. d1 AAA->BBB 1960-1961, d2 AAA->BBB 1961, d3 BBB->AAA 1975, d4 OLD->DDD 1961.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset } from '../../src/model/dataset';
import {
  addToFocus,
  clearFocus,
  defaultFilters,
  focusOn,
  keepOnly,
  removeFromFocus,
  type FilterState,
} from '../../src/model/filters';
import { restrictionPhrase } from '../../src/model/format';
import { buildGraphSpec } from '../../src/model/graph';
import { computeRankings } from '../../src/model/rankings';
import { filterPhrase, summarise } from '../../src/model/summary';
import { transferVolumeByYear } from '../../src/model/timeline';
import type { Dataset } from '../../src/model/types';
import { fixtureDataset } from './fixture';

/** The fixture plus a three-party treaty (AAA, CCC, DDD, from 1960) for ties between partners. */
function withTrio(): Dataset {
  const base = fixtureDataset();
  return {
    ...base,
    agreements: [
      ...base.agreements,
      {
        id: 'trio',
        name: 'Trio treaty',
        type: 'consultation',
        signed: '1960',
        ended: null,
        members: ['AAA', 'CCC', 'DDD'].map((country) => ({ country, joined: '1960', left: null })),
        source: 'test',
      },
    ],
  };
}

const data = indexDataset(withTrio());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  from: 1950,
  to: 1980,
  ...patch,
});
const deals = (patch: Partial<FilterState>) => [
  ...new Set(
    [...compileFilters(data, filters(patch)).rows].map(
      (i) => data.transfers[data.deliveries.deal[i]!]!.id,
    ),
  ),
];
const id = (i: number) => data.countries[i]!.id;

describe('focus in the filter compile', () => {
  it('keeps only the focused states’ deliveries, in the chosen direction', () => {
    expect(deals({ focus: ['BBB'] })).toEqual(['d1', 'd2', 'd3']);
    expect(deals({ focus: ['BBB'], direction: 'out' })).toEqual(['d3']);
    expect(deals({ focus: ['BBB'], direction: 'in' })).toEqual(['d1', 'd2']);
    expect(deals({ focus: ['BBB', 'DDD'], direction: 'in' })).toEqual(['d1', 'd2', 'd4']);
    expect(deals({ focus: ['CCC'] })).toEqual([]);
    expect(deals({ focus: [] })).toEqual([]);
  });

  it('lets the regions narrow the partners, whatever the focused state’s own region', () => {
    // BBB is in Europe; its partner AAA in the Americas.
    expect(deals({ focus: ['BBB'], regions: ['Americas'] })).toEqual(['d1', 'd2', 'd3']);
    expect(deals({ focus: ['BBB'], regions: ['Asia'] })).toEqual([]);
    expect(deals({ focus: ['DDD'], regions: ['Europe'], direction: 'in' })).toEqual(['d4']);
    expect(deals({ focus: ['DDD'], regions: ['Europe'], direction: 'out' })).toEqual([]);
    // Without a focus the same regions keep ties that touch them, as before.
    expect(deals({ regions: ['Asia'] })).toEqual(['d4']);
  });

  it('says the picture is restricted, and which states are focused', () => {
    const cf = compileFilters(data, filters({ focus: ['DDD', 'BBB', 'DDD', 'XXX'] }));
    expect(cf.restricted).toBe(true);
    expect(cf.focused.map(id)).toEqual(['DDD', 'BBB']);
    expect(compileFilters(data, filters()).restricted).toBe(false);
    const i = (c: string) => data.countryIndex.get(c)!;
    expect(cf.keepsTie(i('AAA'), i('BBB'))).toBe(true);
    expect(cf.keepsTie(i('AAA'), i('CCC'))).toBe(false);
    expect(cf.keepsFlow(i('OLD'), i('DDD'))).toBe(true);
  });

  it('draws the focused states’ ties and their partners, not the ties between partners', () => {
    const agg = aggregate(data, filters({ focus: ['DDD'], from: 1960, to: 1970 }), 'clique');
    const ties = agg.ties.map((t) => `${id(t.a)}-${id(t.b)}`).sort();
    // The trio ties DDD to AAA and CCC; AAA-CCC is a tie between two partners: left out.
    expect(ties).toEqual(['AAA-DDD', 'AAA-DDD', 'CCC-DDD']);
    expect(agg.transfers.map((t) => `${id(t.supplier)}>${id(t.recipient)}`)).toEqual(['OLD>DDD']);
    // The pact (AAA, BBB, CCC) does not touch DDD.
    const active = agg.active.map((a) => data.agreements[a.agreement]!.record.id).sort();
    expect(active).toEqual(['aaa-ddd', 'trio']);
  });

  it('draws a focused state even when it has no tie in the period', () => {
    const f = filters({ focus: ['CCC'], from: 1950, to: 1955 });
    const spec = buildGraphSpec(data, aggregate(data, f, 'clique'), {
      multilateral: 'clique',
      weight: 'deals',
      size: 'volume',
      showIsolated: false,
    });
    expect([...spec.nodes.keys()]).toEqual(['CCC']);
    expect(spec.edges.size).toBe(0);
  });

  it('gives rankings, the timeline and the summary the same deliveries', () => {
    const f = filters({ focus: ['BBB'], direction: 'out' });
    const rankings = computeRankings(data, f, 'deals');
    expect(rankings.suppliers.filter((r) => r.value > 0).map((r) => id(r.country))).toEqual([
      'BBB',
    ]);
    expect(rankings.restriction).toBe('deliveries from Country BBB');
    expect(rankings.shareOf).toBe('shown');
    const volume = transferVolumeByYear(data, f, 'supplier', 'deals');
    expect(volume.series.map((s) => s.key)).toEqual(['BBB']);
    expect(summarise(data, f, aggregate(data, f, 'hub'))).toContain(
      'Filtered: focus on Country BBB; deliveries from Country BBB',
    );
  });
});

describe('focus in words', () => {
  it('names the focused states, the direction and the partners’ regions', () => {
    const phrase = (patch: Partial<FilterState>, names?: string[]) =>
      restrictionPhrase(filters(patch), names);
    expect(phrase({ focus: ['IND'] }, ['India'])).toBe('deliveries to or from India');
    expect(phrase({ focus: ['IND', 'PAK'], direction: 'in' }, ['India', 'Pakistan'])).toBe(
      'deliveries to India or Pakistan',
    );
    expect(phrase({ focus: ['IND'], direction: 'out', regions: ['Africa'] }, ['India'])).toBe(
      'deliveries from India to Africa',
    );
    expect(phrase({ focus: ['IND'], regions: ['Europe', 'Africa'] }, ['India'])).toBe(
      'deliveries to or from India, partners in Europe or Africa',
    );
    expect(filterPhrase(filters({ focus: ['BBB', 'DDD'], regions: ['Europe'] }), data)).toBe(
      'focus on Country BBB and Country DDD; partners in Europe',
    );
  });
});

describe('focus changes', () => {
  const base = filters();
  it('focuses, adds, removes and clears, returning the same object when nothing changes', () => {
    const one = focusOn(base, 'IND');
    expect(one.focus).toEqual(['IND']);
    const two = addToFocus(one, 'PAK');
    expect(two.focus).toEqual(['IND', 'PAK']);
    expect(addToFocus(two, 'PAK')).toBe(two);
    expect(focusOn(two, 'CHN').focus).toEqual(['CHN']);
    expect(removeFromFocus(two, 'IND').focus).toEqual(['PAK']);
    expect(removeFromFocus(one, 'IND').focus).toBeNull();
    expect(removeFromFocus(one, 'XXX')).toBe(one);
    expect(clearFocus(two).focus).toBeNull();
    expect(clearFocus(base)).toBe(base);
  });

  it('keeps only one region with the "only" shortcut', () => {
    const africa = keepOnly(base, 'regions', 'Africa');
    expect(africa.regions).toEqual(['Africa']);
    expect(keepOnly(africa, 'regions', 'Africa')).toBe(africa);
    expect(keepOnly(africa, 'regions', 'Asia').regions).toEqual(['Asia']);
    expect(keepOnly(base, 'categories', 'ships').categories).toEqual(['ships']);
  });
});
