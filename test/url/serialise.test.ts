import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from '../../src/model/viewState';
import { DEFAULT_EXTRAS, cleanViewState } from '../../src/url/clean';
import { parseQuery } from '../../src/url/params';
import { encodePart, serialiseViewState } from '../../src/url/serialise';
import { withValues, withoutValues } from './fixture';

const base = (data = withValues) => defaultViewState(data.yearSpan, data.hasValues);
const roundTrip = (state: ViewState, data = withValues) =>
  cleanViewState(parseQuery(serialiseViewState(state, data)), data);

function withFilters(patch: Partial<ViewState['filters']>): ViewState {
  const s = base();
  return { ...s, filters: { ...s.filters, ...patch } };
}

function withDisplay(patch: Partial<ViewState['display']>, data = withValues): ViewState {
  const s = base(data);
  return { ...s, display: { ...s.display, ...patch } };
}

describe('serialiseViewState', () => {
  it('serialises the default view to the empty string', () => {
    expect(serialiseViewState(base(), withValues)).toBe('');
    expect(serialiseViewState(base(withoutValues), withoutValues)).toBe('');
    expect(
      serialiseViewState(base(), withValues, {
        dataset: 'default',
        embed: false,
        talk: [],
        present: null,
      }),
    ).toBe('');
  });

  it.each<[string, ViewState, string]>([
    ['from', withFilters({ from: 1960 }), 'from=1960'],
    ['to', withFilters({ to: 1970 }), 'to=1970'],
    ['range', withFilters({ from: 1960, to: 1970 }), 'from=1960&to=1970'],
    ['as-of year', withFilters({ mode: 'asOf', to: 1975 }), 'year=1975'],
    ['as-of year at the span end', withFilters({ mode: 'asOf' }), 'year=2020'],
    [
      'as-of keeps from',
      withFilters({ mode: 'asOf', from: 1960, to: 1950 }),
      'from=1960&year=1950',
    ],
    [
      'ties',
      withFilters({ ties: { bilateral: true, multilateral: false, transfers: true } }),
      'ties=bilateral,transfers',
    ],
    ['regions', withFilters({ regions: ['Western Europe', 'Asia'] }), 'region=Western+Europe,Asia'],
    ['no region', withFilters({ regions: [] }), 'region=none'],
    ['all types', withFilters({ agreementTypes: null }), 'types=all'],
    [
      'types',
      withFilters({ agreementTypes: ['neutrality', 'mutual-defence'] }),
      'types=neutrality,mutual-defence',
    ],
    ['categories', withFilters({ categories: ['ships'] }), 'cats=ships'],
    ['weight', withDisplay({ weight: 'units' }), 'weight=units'],
    ['size', withDisplay({ size: 'imports' }), 'size=imports'],
    ['color', withDisplay({ color: 'bloc' }), 'color=bloc'],
    ['multi', withDisplay({ multilateral: 'hull' }), 'multi=hull'],
    ['layout', withDisplay({ layout: 'geo' }), 'layout=geo'],
    ['isolated', withDisplay({ showIsolated: true }), 'isolated=1'],
    ['flows (a number)', withDisplay({ flows: 300 }), 'flows=300'],
    ['flows (all)', withDisplay({ flows: 'all' }), 'flows=all'],
    ['split', withDisplay({ split: 'region' }), 'split=region'],
    ['group', withDisplay({ group: 'region' }), 'group=region'],
    ['country', { ...base(), selection: { kind: 'country', id: 'FRA' } }, 'sel=FRA'],
    [
      'agreement',
      { ...base(), selection: { kind: 'agreement', id: 'rio|pact' } },
      'agr=rio%7Cpact',
    ],
    [
      'transfer edge',
      { ...base(), selection: { kind: 'edge', id: 't:USA>DEU' } },
      'edge=t:USA%3EDEU',
    ],
    [
      'alliance edge',
      { ...base(), selection: { kind: 'edge', id: 'a:FRA|USA|consultation' } },
      'edge=a:FRA%7CUSA%7Cconsultation',
    ],
    ['camera', { ...base(), camera: { x: 0.5, y: -0.1234, ratio: 2 } }, 'cam=0.5,-0.1234,2'],
    [
      'camera rounding',
      { ...base(), camera: { x: 1 / 3, y: -0.00001, ratio: 1 } },
      'cam=0.3333,0,1',
    ],
    ['panels', { ...base(), panels: ['rankings', 'filters'] }, 'panels=rankings,filters'],
    ['no panels', { ...base(), panels: [] }, 'panels=none'],
  ])('writes %s', (_name, state, query) => {
    expect(serialiseViewState(state, withValues)).toBe(query);
  });

  it('writes weight=value only where it is not the default', () => {
    expect(serialiseViewState(withDisplay({ weight: 'deals' }), withValues)).toBe('weight=deals');
    expect(serialiseViewState(withDisplay({ weight: 'deals' }, withoutValues), withoutValues)).toBe(
      '',
    );
  });

  it('writes a dataset file instead of a kept dataset', () => {
    const q = serialiseViewState(base(), withValues, {
      ...DEFAULT_EXTRAS,
      dataset: 'sipri-2024',
      source: 'https://example.org/data/nato-1985.json?v=2&x=1',
    });
    expect(q).toBe('src=https:%2F%2Fexample.org%2Fdata%2Fnato-1985.json%3Fv%3D2%26x%3D1');
    expect(cleanViewState(parseQuery(q), withValues).extras.source).toBe(
      'https://example.org/data/nato-1985.json?v=2&x=1',
    );
  });

  it('writes the extras', () => {
    const talk = [{ title: 'One', query: 'sel=FRA' }];
    const q = serialiseViewState(base(), withValues, {
      dataset: 'sipri-2024',
      embed: true,
      talk,
      present: 1,
    });
    expect(q).toMatch(
      new RegExp(
        `^data=sipri-2024&dataname=${encodePart(withValues.name)}&embed=1&present=1&talk=[A-Za-z0-9%-]+$`,
      ),
    );
    expect(cleanViewState(parseQuery(q), withValues).extras).toEqual({
      dataset: 'sipri-2024',
      datasetName: withValues.name,
      source: null,
      embed: true,
      talk,
      present: 1,
    });
  });

  it('uses a stable key order', () => {
    const s = base();
    const state: ViewState = {
      filters: {
        ...s.filters,
        from: 1950,
        to: 1990,
        ties: { bilateral: false, multilateral: true, transfers: true },
        regions: ['Europe'],
        focus: ['FRA', 'SUN'],
        direction: 'out',
        agreementTypes: ['consultation'],
        categories: ['aircraft'],
        eventKinds: ['visit', 'signing'],
      },
      display: {
        layout: 'geo',
        multilateral: 'clique',
        weight: 'units',
        size: 'degree',
        color: 'bloc',
        showIsolated: true,
        halos: true,
        flows: 250,
        split: 'category',
        group: 'region',
      },
      compare: { period: { from: 1960, to: 1969 }, mode: 'side' },
      selection: { kind: 'pair', id: 'USA', with: 'BRA' },
      camera: { x: 0, y: 0, ratio: 1 },
      panels: ['data'],
    };
    const q = serialiseViewState(state, withValues, {
      dataset: 'x',
      embed: true,
      talk: [{ title: 't', query: '' }],
      present: 1,
    });
    expect(q.split('&').map((p) => p.split('=')[0])).toEqual([
      'data',
      'dataname',
      'from',
      'to',
      'cmp',
      'compare',
      'ties',
      'region',
      'focus',
      'dir',
      'types',
      'cats',
      'events',
      'weight',
      'size',
      'color',
      'multi',
      'layout',
      'isolated',
      'halos',
      'flows',
      'split',
      'group',
      'sel',
      'with',
      'cam',
      'panels',
      'embed',
      'present',
      'talk',
    ]);
    expect(roundTrip(state).state).toEqual(state);
    expect(q).toContain('focus=FRA,SUN&dir=out');
    expect(q).toContain('sel=USA&with=BRA');
  });

  it('escapes so that URLSearchParams reads the same values', () => {
    for (const text of ['a b', 'a,b', 'a&b=c', 'a+b', '€', 'a:b|c>d', '%41', '#x', 'rio|pact']) {
      expect(new URLSearchParams(`k=${encodePart(text)}`).get('k')).toBe(text);
    }
    const q = serialiseViewState(
      {
        ...withFilters({ regions: ['Latin America and the Caribbean'] }),
        selection: { kind: 'edge', id: 'm:rio|pact|BRA' },
      },
      withValues,
    );
    const params = new URLSearchParams(q);
    expect(params.get('region')).toBe('Latin America and the Caribbean');
    expect(params.get('edge')).toBe('m:rio|pact|BRA');
  });

  it('round-trips a selected multilateral membership whose agreement id has a bar', () => {
    const state: ViewState = { ...base(), selection: { kind: 'edge', id: 'm:rio|pact|FRA' } };
    expect(roundTrip(state)).toMatchObject({ state, ignored: [] });
  });
});
