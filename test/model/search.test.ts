/**
 * Search finds what people type, on the default dataset: common names and abbreviations, typos,
 * weapon designations, pairs, agreements by short and full name; exact names first, then pairs,
 * states, agreements and deals.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import {
  Match,
  editDistance,
  normalise,
  search,
  searchIndex,
  type SearchHit,
} from '../../src/model/search';
import { fixtureDataset } from './fixture';
import { defaultModel } from '../defaultData';

const data = defaultModel();
const index = searchIndex(data);
const id = (hit: SearchHit | undefined): string => {
  if (!hit) return '(none)';
  switch (hit.kind) {
    case 'country':
      return data.countries[hit.country]!.id;
    case 'agreement':
      return `agr:${data.agreements[hit.agreement]!.record.id}`;
    case 'pair':
      return `${data.countries[hit.a]!.id}+${data.countries[hit.b]!.id}`;
    case 'deals':
      return `deal:${data.countries[hit.supplier]!.id}>${data.countries[hit.recipient]!.id}`;
    case 'event':
      return `evt:${data.events[hit.event]!.record.id}${hit.label === data.events[hit.event]!.record.title ? '' : ' (series)'}`;
  }
};
const top = (text: string) => id(search(index, text).hits[0]);
const ids = (text: string, limit = 10) => search(index, text, limit).hits.map(id);

describe('search on the default dataset', () => {
  it('finds states by common names and abbreviations, first', () => {
    const expected: Record<string, string> = {
      US: 'USA',
      USA: 'USA',
      'U.S.': 'USA',
      America: 'USA',
      'United States': 'USA',
      UK: 'GBR',
      Britain: 'GBR',
      'Great Britain': 'GBR',
      England: 'GBR',
      USSR: 'SUN',
      Soviet: 'SUN',
      'Soviet Union': 'SUN',
      Russia: 'RUS',
      DPRK: 'PRK',
      'North Korea': 'PRK',
      ROK: 'KOR',
      'South Korea': 'KOR',
      PRC: 'CHN',
      China: 'CHN',
      ROC: 'TWN',
      UAE: 'ARE',
      KSA: 'SAU',
      Burma: 'MMR',
      Holland: 'NLD',
      'cote d’ivoire': 'CIV',
      FRA: 'FRA',
    };
    const got = Object.fromEntries(Object.keys(expected).map((q) => [q, top(q)]));
    expect(got).toEqual(expected);
  });

  it('no longer offers the Soviet Union for "US", Five Eyes for "UK" or ANZUS for "America" first', () => {
    expect(ids('US').slice(0, 2)).toEqual(['USA', 'SUN']);
    expect(ids('UK')[0]).toBe('GBR');
    expect(ids('UK').indexOf('agr:ukusa')).toBeGreaterThan(ids('UK').indexOf('UKR'));
    const america = ids('America', 50);
    expect(america[0]).toBe('USA');
    expect(america.indexOf('agr:anzus')).toBeGreaterThan(0);
  });

  it('offers a state and the one it continues', () => {
    expect(ids('Russia').slice(0, 2)).toEqual(['RUS', 'SUN']);
    expect(ids('USSR').slice(0, 2)).toEqual(['SUN', 'RUS']);
    const soviet = search(index, 'Russia').hits[1]!;
    expect(soviet.detail).toBe('state, 1922–1991, predecessor of Russia');
  });

  it('forgives typos, but only when nothing has the name typed', () => {
    expect(top('Egpyt')).toBe('EGY');
    expect(search(index, 'Egpyt').hits[0]!.match).toBe(Match.Typo);
    expect(top('Soviet Unoin')).toBe('SUN');
    expect(top('Pakistn')).toBe('PAK');
    // "Iraq" is a name: Iran is not offered as a typo of it.
    expect(ids('Iraq', 50)).not.toContain('IRN');
  });

  it('finds deals by weapon designation, however the hyphen is typed', () => {
    const rafale = search(index, 'Rafale', 20);
    // Deals first; then the events that name the weapon (the Rafale signings).
    const kinds = rafale.hits.map((h) => h.kind);
    expect(kinds.slice(0, kinds.indexOf('event'))).toEqual(
      kinds.slice(0, kinds.indexOf('event')).map(() => 'deals'),
    );
    expect(kinds.slice(kinds.indexOf('event')).every((k) => k === 'event')).toBe(true);
    expect(rafale.hits.map(id)).toContain('deal:FRA>EGY');
    const egypt = rafale.hits.find((h) => id(h) === 'deal:FRA>EGY')!;
    expect(egypt.label).toBe('Rafale');
    expect(egypt.detail).toBe('France → Egypt, 2015–2021, 2 deals · aircraft');
    expect(ids('S-400', 20)).toEqual(
      expect.arrayContaining(['deal:RUS>CHN', 'deal:RUS>IND', 'deal:RUS>TUR']),
    );
    // Deals match however the hyphen is typed (event titles are matched as written).
    const dealIds = (q: string) => ids(q, 20).filter((h) => h.startsWith('deal:'));
    expect(dealIds('S400')).toEqual(dealIds('S-400'));
    const f16 = search(index, 'F-16', 100);
    expect(f16.total).toBeGreaterThan(20);
    // The F-16 programme of the European participating governments is an agreement: first.
    expect(f16.hits[0]!.label).toBe('F-16 EPG');
    const deals = f16.hits.filter((h) => h.kind === 'deals');
    // The agreement, the deals, then the events about F-16s (export decisions).
    const events = f16.hits.filter((h) => h.kind === 'event');
    expect(deals.length).toBe(f16.hits.length - 1 - events.length);
    expect(deals.every((h) => h.label.startsWith('F-16'))).toBe(true);
    expect(events.every((h) => /F-16/.test(h.label))).toBe(true);
    const dealIds2 = (q: string) => ids(q, 100).filter((h) => !h.startsWith('evt:'));
    expect(dealIds2('f16')).toEqual(f16.hits.filter((h) => h.kind !== 'event').map(id));
    // Designations match from the start of a word: not "Terminator" for "NATO".
    const nato = ids('NATO', 50);
    expect(nato[0]).toBe('agr:nato');
    expect(nato.filter((h) => h.startsWith('deal:'))).toEqual([]);
  });

  it('finds pairs of states, in any wording', () => {
    for (const q of [
      'France Egypt',
      'france and egypt',
      'France - Egypt',
      'France/Egypt',
      'France Egpyt',
    ])
      expect(top(q), q).toBe('FRA+EGY');
    expect(top('US South Korea')).toBe('USA+KOR');
    expect(top('Egypt France')).toBe('EGY+FRA');
    const pair = search(index, 'France Egypt').hits[0]!;
    expect(pair.label).toBe('France and Egypt');
    expect(pair.detail).toMatch(/^\d+ deals, \d+ shared agreements?$/);
    // A name of two words is a name, not a pair: "North Korea" is not "North Vietnam + Korea".
    expect(ids('North Korea', 50).some((h) => h.includes('+'))).toBe(false);
    expect(top('Trinidad and Tobago')).toBe('TTO');
  });

  it('finds agreements by short and full name', () => {
    expect(top('NATO')).toBe('agr:nato');
    expect(top('North Atlantic Treaty Organization')).toBe('agr:nato');
    expect(top('North Atlantic')).toBe('agr:nato');
    expect(top('Warsaw Pact')).toBe('agr:warsaw-pact');
    expect(top('Five Eyes')).toBe('agr:ukusa');
    expect(top('Baghdad Pact')).toBe('agr:cento');
  });

  it('ranks exact names of any kind first, then states, agreements and deals', () => {
    const kinds = (q: string) => search(index, q, 50).hits.map((h) => h.kind);
    const order = { pair: 1, country: 2, agreement: 3, deals: 4, event: 5 } as const;
    for (const q of ['Korea', 'Germany', 'Soviet', 'France', 'Mirage']) {
      const rest = kinds(q).filter((_, i) => search(index, q, 50).hits[i]!.match !== Match.Exact);
      const ranks = rest.map((k) => order[k]);
      expect(ranks, q).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(ids('Korea').slice(0, 2).sort()).toEqual(['KOR', 'PRK']);
  });

  it('finds events by title and series by name, the series first', () => {
    expect(top('IDEX')).toBe(
      `evt:${data.events[data.eventSeries.get('IDEX')!.at(-1)!]!.record.id} (series)`,
    );
    expect(search(index, 'IDEX').hits[0]!.detail).toMatch(
      /^Exhibition series, \d+ editions \d{4}–\d{4}, United Arab Emirates$/,
    );
    expect(top('IDEX 2019')).toBe('evt:idex-2019');
    expect(ids('Malabar', 20)).toContain('evt:malabar-2020');
    const p8i = search(index, 'P-8I maritime', 5).hits.find((h) => h.kind === 'event')!;
    expect(p8i.label).toBe('India orders eight P-8I maritime patrol aircraft');
    expect(p8i.detail).toBe('Signing, January 2009');
  });

  it('says nothing matched with an empty result, and ignores blank queries', () => {
    expect(search(index, 'xyzzy')).toEqual({ hits: [], total: 0 });
    expect(search(index, '   ')).toEqual({ hits: [], total: 0 });
    expect(search(index, '!!!')).toEqual({ hits: [], total: 0 });
  });

  it('builds its index once per dataset', () => {
    expect(searchIndex(data)).toBe(index);
    expect(searchIndex(indexDataset(fixtureDataset()))).not.toBe(index);
  });
});

describe('search helpers', () => {
  it('normalises accents, case, punctuation and "&"', () => {
    expect(normalise('Côte d’Ivoire')).toBe('cote divoire');
    expect(normalise('U.S.A.')).toBe('usa');
    expect(normalise('  F-16C  Block 52+ ')).toBe('f 16c block 52');
    expect(normalise('Trinidad & Tobago')).toBe('trinidad and tobago');
  });

  it('counts a swap of two letters as one edit, and stops past the budget', () => {
    expect(editDistance('egpyt', 'egypt', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
  });
});
