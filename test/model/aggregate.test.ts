import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const id = (i: number) => data.countries[i]!.id;
const filters = (patch: Partial<FilterState>): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});
const transfersOf = (f: FilterState) =>
  aggregate(data, f, 'clique')
    .transfers.map((t) => ({
      pair: `${id(t.supplier)}>${id(t.recipient)}`,
      tiv: t.tiv,
      units: t.units,
      deals: t.deals,
    }))
    .sort((a, b) => a.pair.localeCompare(b.pair));
const tiesOf = (f: FilterState, mode: 'clique' | 'hub' = 'clique') =>
  aggregate(data, f, mode)
    .ties.map((t) => `${id(t.a)}-${id(t.b)}`)
    .sort();

describe('indexDataset', () => {
  it('classifies agreements as bilateral by counting distinct parties', () => {
    expect(data.agreements.map((a) => [a.record.id, a.bilateral])).toEqual([
      ['pact', false],
      ['aaa-ddd', true],
    ]);
  });
  it('spans the years of agreements and deliveries', () => {
    expect(data.yearSpan).toEqual([1950, 1980]);
  });
});

describe('aggregate transfers', () => {
  it('sums value and units and counts distinct deals per directed pair over the range', () => {
    expect(transfersOf(filters({ from: 1960, to: 1961 }))).toEqual([
      { pair: 'AAA>BBB', tiv: 100, units: 110, deals: 2 },
      { pair: 'OLD>DDD', tiv: 5, units: 5, deals: 1 },
    ]);
  });
  it('takes only deliveries inside the range', () => {
    expect(transfersOf(filters({ from: 1961, to: 1961 }))[0]).toEqual({
      pair: 'AAA>BBB',
      tiv: 60,
      units: 106,
      deals: 2,
    });
    expect(transfersOf(filters({ from: 1962, to: 1974 }))).toEqual([]);
  });
  it('keeps the two directions of a pair apart', () => {
    expect(transfersOf(filters({})).map((t) => t.pair)).toEqual(['AAA>BBB', 'BBB>AAA', 'OLD>DDD']);
  });
  it('uses the single year in as-of mode', () => {
    expect(transfersOf(filters({ mode: 'asOf', from: 1950, to: 1960 }))).toEqual([
      { pair: 'AAA>BBB', tiv: 40, units: 4, deals: 1 },
    ]);
  });
  it('filters by weapon category', () => {
    expect(transfersOf(filters({ categories: ['armoured-vehicles'] }))).toEqual([
      { pair: 'AAA>BBB', tiv: 0, units: 100, deals: 1 },
    ]);
  });
  it('keeps a flow when either end is in a selected region', () => {
    expect(transfersOf(filters({ regions: ['Asia'] })).map((t) => t.pair)).toEqual(['OLD>DDD']);
    expect(transfersOf(filters({ regions: ['Western Europe'] })).map((t) => t.pair)).toEqual([
      'AAA>BBB',
      'BBB>AAA',
      'OLD>DDD',
    ]);
  });
  it('drops transfers when the tie kind is off, and gives the same result when run twice', () => {
    expect(
      transfersOf(filters({ ties: { bilateral: true, multilateral: true, transfers: false } })),
    ).toEqual([]);
    const f = filters({ from: 1960, to: 1961 });
    expect(transfersOf(f)).toEqual(transfersOf(f));
  });
});

describe('aggregate alliances', () => {
  it('links members of a multilateral pact only when they were members at the same time', () => {
    // BBB left in 1971, CCC joined in 1970: allied with each other in 1970-1971 only.
    expect(tiesOf(filters({}))).toEqual(['AAA-BBB', 'AAA-CCC', 'AAA-DDD', 'BBB-CCC']);
    expect(tiesOf(filters({ from: 1950, to: 1965 }))).toEqual(['AAA-BBB', 'AAA-DDD']);
    expect(tiesOf(filters({ mode: 'asOf', to: 1975 }))).toEqual(['AAA-CCC', 'AAA-DDD']);
  });
  it('drops agreements that ended before the range', () => {
    expect(tiesOf(filters({ from: 1979, to: 1990 }))).toEqual(['AAA-CCC', 'AAA-DDD']);
    expect(tiesOf(filters({ from: 1981, to: 1990 }))).toEqual(['AAA-CCC']);
  });
  it('separates bilateral from multilateral ties', () => {
    expect(
      tiesOf(filters({ ties: { bilateral: false, multilateral: true, transfers: true } })),
    ).toEqual(['AAA-BBB', 'AAA-CCC', 'BBB-CCC']);
    expect(
      tiesOf(filters({ ties: { bilateral: true, multilateral: false, transfers: true } })),
    ).toEqual(['AAA-DDD']);
  });
  it('filters by agreement type', () => {
    expect(tiesOf(filters({ agreementTypes: ['mutual-defence'] }))).toEqual(['AAA-DDD']);
  });
  it('in hub mode, returns multilateral agreements as groups with their members in the period', () => {
    const agg = aggregate(data, filters({ from: 1950, to: 1965 }), 'hub');
    expect(agg.ties.map((t) => `${id(t.a)}-${id(t.b)}`)).toEqual(['AAA-DDD']);
    expect(agg.groups.map((g) => g.members.map(id).sort())).toEqual([['AAA', 'BBB']]);
    expect(agg.active).toHaveLength(2);
  });
});
