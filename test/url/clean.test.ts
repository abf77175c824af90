import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../src/model/viewState';
import {
  canonicalEdgeKey,
  cleanViewState,
  requestedDataset,
  requestedSource,
} from '../../src/url/clean';
import { parseQuery } from '../../src/url/params';
import { encodeTalk } from '../../src/url/talk';
import { EDGE_KEYS, withValues, withoutValues } from './fixture';

const clean = (query: string, data = withValues) => cleanViewState(parseQuery(query), data);
const defaults = defaultViewState(withValues.yearSpan, true);

describe('cleanViewState', () => {
  it('fixture span is 1947-2020', () => {
    expect(withValues.yearSpan).toEqual([1947, 2020]);
    expect(withValues.hasValues).toBe(true);
    expect(withoutValues.hasValues).toBe(false);
  });

  it('gives the default view for an empty query, with no messages', () => {
    const result = clean('');
    expect(result.state).toEqual(defaults);
    expect(result.ignored).toEqual([]);
    expect(result.extras).toEqual({
      dataset: 'default',
      datasetName: null,
      source: null,
      embed: false,
      talk: [],
      present: null,
    });
  });

  describe('years', () => {
    it('reads a range', () => {
      const { state, ignored } = clean('from=1960&to=1970');
      expect(state.filters).toMatchObject({ mode: 'range', from: 1960, to: 1970 });
      expect(ignored).toEqual([]);
    });

    it('clamps years to the data', () => {
      const { state, ignored } = clean('from=1900&to=2100');
      expect(state.filters).toMatchObject({ from: 1947, to: 2020 });
      expect(ignored).toEqual([
        'Year 1900 in "from" is outside the data (1947-2020) and was changed to 1947',
        'Year 2100 in "to" is outside the data (1947-2020) and was changed to 2020',
      ]);
    });

    it('swaps a reversed range', () => {
      const { state, ignored } = clean('from=1990&to=1960');
      expect(state.filters).toMatchObject({ from: 1960, to: 1990 });
      expect(ignored[0]).toMatch(/swapped/);
    });

    it('drops what is not a year', () => {
      for (const bad of ['abc', '19.5', '1e3', '0x7b1', '']) {
        const { state, ignored } = clean(`from=${bad}`);
        expect(state.filters.from).toBe(1947);
        expect(ignored[0]).toMatch(/is not a year/);
      }
    });

    it('"year" selects as-of mode and overrides "to"', () => {
      const { state, ignored } = clean('year=1975&to=1980&from=1960');
      expect(state.filters).toMatchObject({ mode: 'asOf', from: 1960, to: 1975 });
      expect(ignored).toEqual(['"to" was ignored because "year" shows a single year']);
      expect(clean('year=1800').state.filters).toMatchObject({ mode: 'asOf', to: 1947 });
    });
  });

  describe('direction of the region filter', () => {
    it('reads dir=in|out|any, any by default', () => {
      expect(clean('region=Europe&dir=in').state.filters).toMatchObject({
        regions: ['Europe'],
        direction: 'in',
      });
      expect(clean('dir=OUT').state.filters.direction).toBe('out');
      expect(clean('').state.filters.direction).toBe('any');
    });

    it('ignores an unknown direction, with a message', () => {
      const { state, ignored } = clean('dir=sideways');
      expect(state.filters.direction).toBe('any');
      expect(ignored).toEqual(['Unknown direction "sideways" in "dir" was ignored']);
    });
  });

  describe('focus on states', () => {
    it('reads focused states, case-insensitively, in the given order', () => {
      const { state, ignored } = clean('focus=chn,FRA&dir=out');
      expect(state.filters).toMatchObject({ focus: ['CHN', 'FRA'], direction: 'out' });
      expect(ignored).toEqual([]);
      expect(clean('').state.filters.focus).toBeNull();
      expect(clean('focus=all').state.filters.focus).toBeNull();
    });

    it('drops unknown states, with a message, and no focus when none is left', () => {
      expect(clean('focus=FRA,XYZ').state.filters.focus).toEqual(['FRA']);
      expect(clean('focus=FRA,XYZ').ignored).toEqual([
        'Unknown state "XYZ" in "focus" was ignored',
      ]);
      const { state, ignored } = clean('focus=XYZ');
      expect(state.filters.focus).toBeNull();
      expect(ignored).toEqual([
        'Unknown state "XYZ" in "focus" was ignored',
        'No known state was left in "focus": the default is used',
      ]);
    });
  });

  describe('ties and lists', () => {
    it('reads ties', () => {
      const { state } = clean('ties=transfers');
      expect(state.filters.ties).toEqual({
        bilateral: false,
        multilateral: false,
        transfers: true,
      });
    });

    it('falls back to all ties when none is left', () => {
      for (const q of ['ties=none', 'ties=', 'ties=alliances,foo']) {
        const { state, ignored } = clean(q);
        expect(state.filters.ties).toEqual(defaults.filters.ties);
        expect(ignored.at(-1)).toMatch(/the default is used/);
      }
    });

    it('reads regions and sub-regions from the data, case-insensitively', () => {
      const { state, ignored } = clean(
        'region=europe,Latin+America+and+the+Caribbean,Atlantis,Europe',
      );
      expect(state.filters.regions).toEqual(['Europe', 'Latin America and the Caribbean']);
      expect(ignored).toEqual(['Unknown region "Atlantis" in "region" was ignored']);
    });

    it('keeps an explicit empty list, but not a list of unknown values', () => {
      expect(clean('types=none').state.filters.agreementTypes).toEqual([]);
      const { state, ignored } = clean('types=alliance');
      expect(state.filters.agreementTypes).toEqual(defaults.filters.agreementTypes);
      expect(ignored).toEqual([
        'Unknown agreement type "alliance" in "types" was ignored',
        'No known agreement type was left in "types": the default is used',
      ]);
    });

    it('reads "all" as every value (null)', () => {
      const { state, ignored } = clean('types=all&cats=ALL&region=all&ties=all');
      expect(state.filters).toMatchObject({
        agreementTypes: null,
        categories: null,
        regions: null,
      });
      expect(state.filters.ties).toEqual({ bilateral: true, multilateral: true, transfers: true });
      expect(ignored).toEqual([]);
    });

    it('never shares the default lists with the model', () => {
      const a = clean('').state.filters.agreementTypes;
      expect(a).toEqual(defaults.filters.agreementTypes);
      expect(a).not.toBe(defaults.filters.agreementTypes);
    });

    it('reads agreement types and weapon categories in the given order', () => {
      const { state } = clean('types=neutrality,collective-defence&cats=ships,aircraft');
      expect(state.filters.agreementTypes).toEqual(['neutrality', 'collective-defence']);
      expect(state.filters.categories).toEqual(['ships', 'aircraft']);
    });
  });

  describe('display', () => {
    it('reads each display key', () => {
      const { state, ignored } = clean(
        'weight=units&size=exports&color=bloc&multi=clique&layout=geo&isolated=1&halos=1&flows=250&split=category&group=region',
      );
      expect(state.display).toEqual({
        layout: 'geo',
        multilateral: 'clique',
        weight: 'units',
        size: 'exports',
        color: 'bloc',
        showIsolated: true,
        halos: true,
        flows: 250,
        split: 'category',
        group: 'region',
      });
      expect(ignored).toEqual([]);
    });

    it('drops unknown values', () => {
      const { state, ignored } = clean(
        'weight=tonnes&size=big&color=red&multi=star&layout=circle&isolated=maybe&flows=-5',
      );
      expect(state.display).toEqual(defaults.display);
      expect(ignored).toEqual([
        'Unknown weight "tonnes" in "weight" was ignored',
        'Unknown size measure "big" in "size" was ignored',
        'Unknown colour scheme "red" in "color" was ignored',
        'Unknown display "star" in "multi" was ignored',
        'Unknown layout "circle" in "layout" was ignored',
        '"maybe" in "isolated" was ignored (use 1 or 0)',
        '"-5" in "flows" was ignored (use auto, all or a whole number from 1 to 100000)',
      ]);
    });

    it('reads the strongest-flows limit: all, a number, or auto (the default)', () => {
      expect(clean('flows=all').state.display.flows).toBe('all');
      expect(clean('flows=ALL').state.display.flows).toBe('all');
      expect(clean('flows=500').state.display.flows).toBe(500);
      expect(clean('flows=auto').state.display.flows).toBe('auto');
      expect(clean('').state.display.flows).toBe('auto');
      for (const bad of ['0', '1.5', '1e3', '9999999', 'many', ''])
        expect(clean(`flows=${bad}`).ignored).toHaveLength(1);
    });

    it('counts deals when the data has no values', () => {
      const { state, ignored } = clean('weight=value', withoutValues);
      expect(state.display.weight).toBe('deals');
      expect(ignored).toEqual(['This dataset has no values: "weight" counts deals instead']);
      expect(clean('weight=value').state.display.weight).toBe('value');
    });
  });

  describe('selection', () => {
    it('selects a country, case-insensitively', () => {
      expect(clean('sel=FRA').state.selection).toEqual({ kind: 'country', id: 'FRA' });
      expect(clean('sel=fra').state.selection).toEqual({ kind: 'country', id: 'FRA' });
    });

    it('drops an unknown country', () => {
      const { state, ignored } = clean('sel=XYZ');
      expect(state.selection).toBeNull();
      expect(ignored).toEqual(['Unknown country "XYZ" in "sel" was ignored']);
    });

    it('selects an agreement, also through a hub key in "sel"', () => {
      expect(clean('agr=nato').state.selection).toEqual({ kind: 'agreement', id: 'nato' });
      expect(clean('sel=agreement:nato').state.selection).toEqual({
        kind: 'agreement',
        id: 'nato',
      });
      expect(clean('agr=warsaw').ignored).toEqual([
        'Unknown agreement "warsaw" in "agr" was ignored',
      ]);
    });

    it('selects an edge that exists in the data', () => {
      expect(clean('edge=t:USA%3EDEU').state.selection).toEqual({ kind: 'edge', id: 't:USA>DEU' });
      expect(clean('edge=a:USA%7CFRA%7Ccollective-defence').state.selection).toEqual({
        kind: 'edge',
        id: 'a:FRA|USA|collective-defence',
      });
      expect(clean('edge=m:rio%7Cpact%7CBRA').state.selection).toEqual({
        kind: 'edge',
        id: 'm:rio|pact|BRA',
      });
      for (const bad of [
        't:DEU>CHN',
        't:USA>DEU>FRA',
        'a:FRA|CHN|collective-defence',
        'm:sino-soviet|CHN',
        'x:1',
      ]) {
        const { state, ignored } = clean(`edge=${encodeURIComponent(bad)}`);
        expect(state.selection).toBeNull();
        expect(ignored[0]).toMatch(/^Unknown tie/);
      }
    });

    it('accepts exactly the edge keys the fixture can draw', () => {
      const ids = withValues.countries.map((c) => c.id);
      const candidates = new Set<string>();
      for (const a of ids) {
        for (const b of ids) {
          candidates.add(`t:${a}>${b}`);
          for (const t of ['collective-defence', 'mutual-defence', 'consultation'])
            candidates.add(`a:${a}|${b}|${t}`);
        }
        for (const agr of ['nato', 'sino-soviet', 'rio|pact']) candidates.add(`m:${agr}|${a}`);
      }
      const accepted = [...candidates].filter((k) => canonicalEdgeKey(withValues, k) === k);
      expect(accepted.sort()).toEqual([...EDGE_KEYS].sort());
    });

    it('selects a pair with "with"', () => {
      const { state, ignored } = clean('sel=fra&with=bra');
      expect(state.selection).toEqual({ kind: 'pair', id: 'FRA', with: 'BRA' });
      expect(ignored).toEqual([]);
      // Any two states make a pair, whether or not they have deals or agreements in common.
      expect(clean('sel=CHN&with=USA').state.selection).toEqual({
        kind: 'pair',
        id: 'CHN',
        with: 'USA',
      });
    });

    it('ignores a "with" that is unknown, the same state, or without a state', () => {
      const unknown = clean('sel=FRA&with=XYZ');
      expect(unknown.state.selection).toEqual({ kind: 'country', id: 'FRA' });
      expect(unknown.ignored).toEqual(['Unknown country "XYZ" in "with" was ignored']);
      const same = clean('sel=FRA&with=fra');
      expect(same.state.selection).toEqual({ kind: 'country', id: 'FRA' });
      expect(same.ignored).toEqual(['"with" names the selected state itself and was ignored']);
      const alone = clean('with=FRA');
      expect(alone.state.selection).toBeNull();
      expect(alone.ignored).toEqual(['"with" was ignored because no state is selected ("sel")']);
      const hub = clean('sel=agreement:nato&with=FRA');
      expect(hub.state.selection).toEqual({ kind: 'agreement', id: 'nato' });
      expect(hub.ignored).toEqual([
        '"with" was ignored because "sel" names an agreement, not a state',
      ]);
    });

    it('keeps only the first of several selections', () => {
      const { state, ignored } = clean('sel=FRA&agr=nato');
      expect(state.selection).toEqual({ kind: 'country', id: 'FRA' });
      expect(ignored[0]).toMatch(/Only one thing/);
    });
  });

  describe('camera and panels', () => {
    it('reads a camera', () => {
      expect(clean('cam=0.5,-0.25,1.5').state.camera).toEqual({ x: 0.5, y: -0.25, ratio: 1.5 });
      expect(clean('cam=0.123456,0,1').state.camera).toEqual({ x: 0.1235, y: 0, ratio: 1 });
      expect(Object.is(clean('cam=-0,-0.00001,1').state.camera!.y, 0)).toBe(true);
    });

    it('drops a broken camera', () => {
      for (const bad of [
        '1,2',
        '1,2,3,4',
        'a,b,c',
        '1,2,0',
        '1,2,-1',
        '1e9,0,1',
        'Infinity,0,1',
        '1,2,NaN',
      ]) {
        const { state, ignored } = clean(`cam=${bad}`);
        expect(state.camera).toBeNull();
        expect(ignored[0]).toMatch(/^The camera in "cam"/);
      }
    });

    it('reads panels in order, none included', () => {
      expect(clean('panels=rankings,filters').state.panels).toEqual(['rankings', 'filters']);
      expect(clean('panels=none').state.panels).toEqual([]);
      const { state, ignored } = clean('panels=filters,legend,filters');
      expect(state.panels).toEqual(['filters']);
      expect(ignored).toEqual(['Unknown panel "legend" in "panels" was ignored']);
    });
  });

  describe('extras', () => {
    it('reads the dataset id, before and after loading', () => {
      expect(requestedDataset(parseQuery('data=sipri-2024'))).toBe('sipri-2024');
      expect(requestedDataset(parseQuery('data=../etc/passwd'))).toBe('default');
      expect(clean('data=sipri-2024').extras.dataset).toBe('sipri-2024');
      expect(clean('data=%3Cscript%3E').ignored).toEqual([
        '"<script>" in "data" is not a dataset id and was ignored',
      ]);
    });

    it('reads the dataset name only with a kept dataset', () => {
      expect(clean('data=import-x&dataname=SIPRI+2020').extras.datasetName).toBe('SIPRI 2020');
      expect(clean('dataname=SIPRI+2020').extras.datasetName).toBeNull();
      expect(clean(`data=import-x&dataname=${'n'.repeat(500)}`).extras.datasetName).toHaveLength(
        120,
      );
    });

    it('reads a dataset file by its address, and refuses other schemes', () => {
      expect(clean('src=datasets/nato.json').extras.source).toBe('datasets/nato.json');
      expect(clean('src=https://example.org/a.json?x=1').extras.source).toBe(
        'https://example.org/a.json?x=1',
      );
      expect(requestedSource(parseQuery('src=%2Fdata%2Fmine.json'))).toBe('/data/mine.json');
      for (const bad of [
        'javascript:alert(1)',
        'data:application/json,{}',
        'file:///etc/x',
        '//evil.example/x.json',
      ]) {
        const { extras, ignored } = clean(`src=${encodeURIComponent(bad)}`);
        expect(extras.source).toBeNull();
        expect(ignored[0]).toMatch(/in "src" is not an http\(s\) address and was ignored$/);
        expect(requestedSource(parseQuery(`src=${encodeURIComponent(bad)}`))).toBeNull();
      }
    });

    it('a file wins over a kept dataset', () => {
      const { extras, ignored } = clean('data=import-x&src=a.json');
      expect(extras.dataset).toBe('default');
      expect(extras.source).toBe('a.json');
      expect(ignored).toEqual(['"data" was ignored because the link names a dataset file ("src")']);
    });

    it('reads embed, talk and present', () => {
      const talk = encodeTalk([
        { title: 'One', query: 'sel=FRA' },
        { title: 'Two', caption: 'c', query: '' },
      ]);
      const { extras, ignored } = clean(`embed=1&present=2&talk=${talk}`);
      expect(extras.embed).toBe(true);
      expect(extras.present).toBe(2);
      expect(extras.talk).toHaveLength(2);
      expect(ignored).toEqual([]);
      expect(clean(`present=9&talk=${talk}`).extras.present).toBe(2);
      expect(clean('present=1').ignored).toEqual([
        '"present" was ignored because the link has no presentation ("talk")',
      ]);
    });
  });

  it('reports newer versions but still reads the link', () => {
    const { state, ignored } = clean('v=2&sel=FRA');
    expect(state.selection).toEqual({ kind: 'country', id: 'FRA' });
    expect(ignored[0]).toMatch(/newer version/);
    expect(clean('v=1').ignored).toEqual([]);
  });

  it('caps the number of messages', () => {
    const { ignored } = clean(Array.from({ length: 80 }, (_, i) => `k${i}=1`).join('&'));
    expect(ignored).toHaveLength(30);
    expect(ignored.at(-1)).toMatch(/and 51 more problems/);
  });
});

describe('events in links', () => {
  it('reads event kinds and a selected event, and says what it could not read', () => {
    const ok = cleanViewState(
      parseQuery('events=visit,Signing&evt=paris-air-show-1969'),
      withoutValues,
    );
    expect(ok.state.filters.eventKinds).toEqual(['visit', 'signing']);
    expect(ok.state.selection).toEqual({ kind: 'event', id: 'paris-air-show-1969' });
    expect(ok.ignored).toEqual([]);
    const bad = cleanViewState(parseQuery('events=parade&evt=nope'), withoutValues);
    expect(bad.state.filters.eventKinds).toBeNull();
    expect(bad.state.selection).toBeNull();
    expect(bad.ignored).toEqual([
      'Unknown event kind "parade" in "events" was ignored',
      'No known event kind was left in "events": the default is used',
      'Unknown event "nope" in "evt" was ignored',
    ]);
  });
});
