import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { filterPhrase, periodLabel, summarise, summaryFacts } from '../../src/model/summary';
import type { Dataset } from '../../src/model/types';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});
const say = (f: FilterState, mode: 'hub' | 'clique' = 'hub') =>
  summarise(data, f, aggregate(data, f, mode));

describe('periodLabel', () => {
  it('is one year in as-of mode or for a one-year range, else a range with an en dash', () => {
    expect(periodLabel(filters({ mode: 'asOf', to: 1985 }))).toBe('1985');
    expect(periodLabel(filters({ from: 1990, to: 1990 }))).toBe('1990');
    expect(periodLabel(filters({ from: 1990, to: 2024 }))).toBe('1990–2024');
  });
});

describe('summarise', () => {
  it('counts states, names the agreements and counts the arms flows', () => {
    expect(say(filters({ from: 1960, to: 1961 }))).toBe(
      '1960–1961: 4 states, Three-party pact and AAA-DDD treaty, 2 arms flows (deals delivered in 1960–1961).',
    );
  });
  it('names the largest agreements first and counts the others', () => {
    const big: Dataset = fixtureDataset();
    big.agreements.push({
      id: 'big',
      name: 'Big alliance',
      shortName: 'BIG',
      type: 'consultation',
      signed: '1950',
      ended: null,
      members: ['AAA', 'BBB', 'CCC', 'DDD'].map((country) => ({
        country,
        joined: '1950',
        left: null,
      })),
      source: 'test',
    });
    const d = indexDataset(big);
    const f = { ...defaultFilters(d.yearSpan), mode: 'asOf' as const, to: 1970 };
    expect(summarise(d, f, aggregate(d, f, 'hub'))).toBe(
      '1970: 4 states, BIG, Three-party pact and 1 other agreement, 0 arms flows (deals delivered in 1970).',
    );
  });
  it('uses the singular and says what is hidden', () => {
    const f = filters({
      mode: 'asOf',
      to: 1975,
      ties: { bilateral: false, multilateral: false, transfers: true },
    });
    expect(say(f)).toBe(
      '1975: 2 states, agreements hidden, 1 arms flow (deals delivered in 1975).',
    );
    const g = filters({
      mode: 'asOf',
      to: 1952,
      ties: { bilateral: true, multilateral: true, transfers: false },
    });
    expect(say(g)).toBe('1952: 2 states, 1 agreement (Three-party pact), arms transfers hidden.');
  });
  it('says when there is nothing and which filters narrow the picture', () => {
    const f = filters({ from: 1990, to: 1995, agreementTypes: ['neutrality'] });
    expect(say(f)).toBe(
      '1990–1995: 0 states, no agreements, 0 arms flows (deals delivered in 1990–1995).',
    );
    const g = filters({ regions: ['Europe'], categories: ['ships'] });
    expect(filterPhrase(g)).toBe('ties touching Europe; ships');
    expect(say(g)).toMatch(/\. Filtered: ties touching Europe; ships\.$/);
  });
  it('counts actors that are not states apart', () => {
    const ds = fixtureDataset();
    ds.countries.push({
      id: 'X-ORG',
      name: 'Organisation',
      region: 'Other',
      subregion: 'Other',
      lat: 0,
      lon: 0,
      from: 1900,
      to: null,
      kind: 'organisation',
    });
    ds.transfers.push({
      id: 'x1',
      supplier: 'X-ORG',
      recipient: 'CCC',
      designation: 'Z',
      category: 'other',
      deliveries: [{ year: 1975 }],
      source: 'test',
    });
    const d = indexDataset(ds);
    const f = { ...defaultFilters(d.yearSpan), mode: 'asOf' as const, to: 1975 };
    const facts = summaryFacts(d, f, aggregate(d, f, 'hub'));
    expect([facts.states, facts.otherActors, facts.flows]).toEqual([4, 1, 2]);
    expect(summarise(d, f, aggregate(d, f, 'hub'))).toMatch(/^1975: 4 states and 1 other actor, /);
  });
});
