import * as lzNamespace from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  TALK_MAX_STEPS,
  decodeTalk,
  encodeTalk,
  sanitiseStepQuery,
  type TalkStep,
} from '../../src/url/talk';

type Lz = typeof lzNamespace;
const lz: Lz = (lzNamespace as unknown as { default?: Lz }).default ?? lzNamespace;
const pack = (value: unknown) => lz.compressToEncodedURIComponent(JSON.stringify(value));

describe('talks', () => {
  const steps: TalkStep[] = [
    { title: 'NATO in 1955', caption: 'West Germany joins.', query: 'year=1955&agr=nato' },
    { title: 'Arms to the Americas', query: 'ties=transfers&region=Americas' },
    { title: '', caption: '', query: '' },
  ];

  it('round-trips', () => {
    const encoded = encodeTalk(steps);
    expect(encoded).toMatch(/^[A-Za-z0-9+$-]+$/);
    expect(decodeTalk(encoded)).toEqual({ steps, messages: [] });
  });

  it('keeps the pinned Details flag, and reads links made before it existed', () => {
    const pinned: TalkStep[] = [
      { title: 'NATO in 1955', query: 'year=1955&agr=nato', details: true },
      { title: 'No card', query: 'year=1960' },
    ];
    expect(decodeTalk(encodeTalk(pinned)).steps).toEqual(pinned);
    // A link from before the flag: the same steps, no card.
    expect(decodeTalk(pack([{ title: 'Old', query: 'sel=FRA' }]))).toEqual({
      steps: [{ title: 'Old', query: 'sel=FRA' }],
      messages: [],
    });
    // Only `true` pins a card.
    expect(
      decodeTalk(
        pack([
          { title: 'x', query: '', details: 'yes' },
          { title: 'y', query: '', details: 1 },
        ]),
      ).steps,
    ).toEqual([
      { title: 'x', query: '' },
      { title: 'y', query: '' },
    ]);
    // A step without the flag encodes exactly as before (old links stay byte-identical).
    expect(encodeTalk([{ title: 'Old', query: 'sel=FRA' }])).toBe(
      pack([{ title: 'Old', query: 'sel=FRA' }]),
    );
  });

  it('reads a talk whose "+" became a space', () => {
    const encoded = encodeTalk(steps);
    expect(decodeTalk(encoded.replace(/\+/g, ' ')).steps).toEqual(steps);
  });

  it('strips keys a step may not carry', () => {
    expect(sanitiseStepQuery('?sel=FRA&talk=abc&present=2&embed=1&data=x&year=1960')).toBe(
      'sel=FRA&year=1960',
    );
    expect(decodeTalk(encodeTalk([{ title: 't', query: 'talk=x&sel=FRA' }])).steps).toEqual([
      { title: 't', query: 'sel=FRA' },
    ]);
  });

  it.each([
    ['', /empty/],
    ['!!!', /unexpected characters/],
    ['<script>', /unexpected characters/],
    ['AAAA', /could not be decompressed|damaged|not a list/],
    ['A'.repeat(20_000), /too long/],
    [pack({ title: 'x', query: '' }), /not a list/],
    [pack('hello'), /not a list/],
    [pack([]), /no steps/],
    [lz.compressToEncodedURIComponent('{not json'), /damaged/],
  ])('decodes garbage %#safely', (input, message) => {
    const result = decodeTalk(input);
    expect(result.steps).toEqual([]);
    expect(result.messages.join(' ')).toMatch(message);
  });

  it('drops invalid steps and keeps the valid ones', () => {
    const result = decodeTalk(
      pack([
        { title: 'ok', query: 'sel=FRA' },
        null,
        [1, 2],
        { title: 5, query: '' },
        { title: 'no query' },
        { title: 'x'.repeat(500), query: '' },
        { title: 'bad caption', caption: 7, query: '' },
        JSON.parse('{"__proto__": {"polluted": true}, "title": "proto", "query": ""}'),
      ]),
    );
    expect(result.steps).toEqual([
      { title: 'ok', query: 'sel=FRA' },
      { title: 'bad caption', query: '' },
      { title: 'proto', query: '' },
    ]);
    expect(result.messages).toHaveLength(6);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.steps[2])).toBe(Object.prototype);
  });

  it('keeps at most TALK_MAX_STEPS steps', () => {
    const many = Array.from({ length: TALK_MAX_STEPS + 5 }, (_, i) => ({
      title: `${i}`,
      query: '',
    }));
    const result = decodeTalk(encodeTalk(many));
    expect(result.steps).toHaveLength(TALK_MAX_STEPS);
    expect(result.messages[0]).toMatch(/only the first/);
  });
});
