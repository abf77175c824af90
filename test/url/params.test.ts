import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_ITEMS,
  MAX_PAIRS,
  MAX_VALUE_CHARS,
  decodePart,
  parseQuery,
} from '../../src/url/params';

describe('parseQuery', () => {
  it('reads nothing from an empty query, with or without "?"', () => {
    expect(parseQuery('')).toEqual({ notes: [] });
    expect(parseQuery('?')).toEqual({ notes: [] });
    expect(parseQuery('#')).toEqual({ notes: [] });
  });

  it('reads the same with and without a leading "?"', () => {
    expect(parseQuery('?from=1960&to=1970')).toEqual(parseQuery('from=1960&to=1970'));
  });

  it('reads each scalar key', () => {
    const raw = parseQuery(
      'v=1&data=my-import&from=1960&to=1970&year=1965&weight=units&size=degree&color=bloc&multi=hull' +
        '&layout=geo&isolated=1&sel=FRA&agr=nato&edge=t:USA%3EDEU&embed=1&present=2&talk=abc',
    );
    expect(raw).toEqual({
      notes: [],
      v: '1',
      data: 'my-import',
      from: '1960',
      to: '1970',
      year: '1965',
      weight: 'units',
      size: 'degree',
      color: 'bloc',
      multi: 'hull',
      layout: 'geo',
      isolated: '1',
      sel: 'FRA',
      agr: 'nato',
      edge: 't:USA>DEU',
      embed: '1',
      present: '2',
      talk: 'abc',
    });
  });

  it('splits each list key on commas, dropping empty items', () => {
    const raw = parseQuery(
      'ties=bilateral,transfers&region=Europe,Western+Europe&types=neutrality&cats=aircraft,,ships,' +
        '&cam=0.5,-0.25,1.5&panels=filters,rankings',
    );
    expect(raw.ties).toEqual(['bilateral', 'transfers']);
    expect(raw.region).toEqual(['Europe', 'Western Europe']);
    expect(raw.types).toEqual(['neutrality']);
    expect(raw.cats).toEqual(['aircraft', 'ships']);
    expect(raw.cam).toEqual(['0.5', '-0.25', '1.5']);
    expect(raw.panels).toEqual(['filters', 'rankings']);
  });

  it('reads "none" or an empty value as an empty list', () => {
    expect(parseQuery('panels=none').panels).toEqual([]);
    expect(parseQuery('panels=').panels).toEqual([]);
    expect(parseQuery('panels').panels).toEqual([]);
    expect(parseQuery('region=NONE').region).toEqual([]);
  });

  it('splits lists before decoding, so an escaped comma stays inside an item', () => {
    expect(parseQuery('region=Korea%2C+Republic+of,Asia').region).toEqual([
      'Korea, Republic of',
      'Asia',
    ]);
  });

  it('decodes like URLSearchParams, including malformed escapes', () => {
    for (const piece of [
      'a+b',
      '%E2%82%AC',
      '%',
      '%zz',
      '%E2%82',
      'a%2',
      '100%25',
      '%F0%9F%98%80x',
    ]) {
      expect(decodePart(piece)).toBe(new URLSearchParams(`x=${piece}`).get('x'));
    }
  });

  it('matches keys case-insensitively and trims values', () => {
    const raw = parseQuery('SEL=+FRA+&Layout=geo');
    expect(raw.sel).toBe('FRA');
    expect(raw.layout).toBe('geo');
  });

  it('notes unknown keys and never stores them', () => {
    const raw = parseQuery('__proto__=x&constructor=y&toString=z&foo=1&hasOwnProperty=1');
    expect(raw.notes).toHaveLength(5);
    expect(raw.notes[0]).toBe('Unknown parameter "__proto__" was ignored');
    expect(Object.keys(raw)).toEqual(['notes']);
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps the first of repeated keys', () => {
    const raw = parseQuery('sel=FRA&sel=DEU');
    expect(raw.sel).toBe('FRA');
    expect(raw.notes).toEqual(['Repeated parameter "sel" was ignored (the first one counts)']);
  });

  it('ignores over-long values and lists', () => {
    const long = parseQuery(`sel=${'A'.repeat(MAX_VALUE_CHARS + 1)}&agr=nato`);
    expect(long.sel).toBeUndefined();
    expect(long.agr).toBe('nato');
    expect(long.notes[0]).toMatch(/too long/);
    const many = parseQuery(
      `cats=${Array(MAX_LIST_ITEMS + 1)
        .fill('x')
        .join(',')}`,
    );
    expect(many.cats).toBeUndefined();
    expect(many.notes[0]).toMatch(/over 300 items/);
  });

  it('allows a talk longer than an ordinary value', () => {
    const talk = 'A'.repeat(MAX_VALUE_CHARS + 10);
    expect(parseQuery(`talk=${talk}`).talk).toBe(talk);
  });

  it('reads at most MAX_PAIRS pairs', () => {
    const raw = parseQuery(`${Array(MAX_PAIRS).fill('x=1').join('&')}&sel=FRA`);
    expect(raw.sel).toBeUndefined();
    expect(raw.notes.at(0)).toMatch(/too many parameters/);
  });

  it('puts no control characters into notes', () => {
    const raw = parseQuery('%0A%1B[31m=1');
    expect(hasControlCharacter(raw.notes[0]!)).toBe(false);
  });
});

function hasControlCharacter(text: string): boolean {
  return [...text].some(
    (ch) => ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f),
  );
}
