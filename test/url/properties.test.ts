/** Property tests: the URL is an exact, safe inverse of the view. */
import { fuzzRuns } from '../fuzzRuns';
import fc from 'fast-check';
import * as lzNamespace from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { ModelData } from '../../src/model/dataset';
import { cleanViewState } from '../../src/url/clean';
import { URL_KEYS, parseQuery } from '../../src/url/params';
import { serialiseViewState } from '../../src/url/serialise';
import { decodeTalk, encodeTalk } from '../../src/url/talk';
import { extrasArb, talkArb, viewStateArb } from './arbitraries';
import { EDGE_KEYS, withValues, withoutValues } from './fixture';
import { viewStateProblems } from './validity';

type Lz = typeof lzNamespace;
const lz: Lz = (lzNamespace as unknown as { default?: Lz }).default ?? lzNamespace;
const pack = (value: unknown) => lz.compressToEncodedURIComponent(JSON.stringify(value) ?? 'null');

const datasets: [string, ModelData][] = [
  ['with values', withValues],
  ['without values', withoutValues],
];

describe.each(datasets)('round trip (%s)', (_name, data) => {
  it('cleanViewState(parseQuery(serialiseViewState(s))) equals s, with no message', () => {
    fc.assert(
      fc.property(viewStateArb(data), (state) => {
        expect(viewStateProblems(state, data, EDGE_KEYS)).toEqual([]);
        const query = serialiseViewState(state, data);
        const result = cleanViewState(parseQuery(query), data);
        expect(result.state).toEqual(state);
        expect(result.ignored).toEqual([]);
        // A leading "?" changes nothing, and the output is stable.
        expect(cleanViewState(parseQuery(`?${query}`), data).state).toEqual(state);
        expect(serialiseViewState(result.state, data)).toBe(query);
      }),
      { numRuns: 1_000 },
    );
  });

  it('round-trips the extras too', () => {
    fc.assert(
      fc.property(viewStateArb(data), extrasArb(data), (state, extras) => {
        const query = serialiseViewState(state, data, extras);
        const result = cleanViewState(parseQuery(query), data);
        expect(result.state).toEqual(state);
        expect(result.extras).toEqual(extras);
        expect(result.ignored).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves defaults out: each key appears only when its value differs', () => {
    fc.assert(
      fc.property(viewStateArb(data), (state) => {
        const query = serialiseViewState(state, data);
        const keys = query === '' ? [] : query.split('&').map((p) => p.split('=')[0]);
        expect(new Set(keys).size).toBe(keys.length);
        expect(['sel', 'agr', 'edge', 'evt'].some((k) => keys.includes(k))).toBe(
          state.selection !== null,
        );
        expect(keys.includes('cam')).toBe(state.camera !== null);
        expect(keys.includes('year')).toBe(state.filters.mode === 'asOf');
      }),
      { numRuns: 300 },
    );
  });
});

/** Query strings built from pieces that are almost right: real keys, near-valid and hostile values. */
const KEYS = [...URL_KEYS, '__proto__', 'constructor', 'prototype', 'SEL', '', 'x'];
const VALUES = [
  '',
  '1',
  '0',
  '-1',
  '2',
  '1947',
  '1946',
  '2020',
  '2021',
  '99999999',
  '1e3',
  '19.5',
  'NaN',
  'Infinity',
  '-0',
  'none',
  'all',
  'NONE',
  ',',
  ',,',
  'bilateral',
  'transfers,multilateral',
  'Europe',
  'Western+Europe',
  'Atlantis',
  'collective-defence',
  'export-control',
  'ships,aircraft',
  'value',
  'units',
  'deals',
  'degree',
  'bloc',
  'hull',
  'clique',
  'geo',
  'FRA',
  'fra',
  'XYZ',
  'nato',
  'rio%7Cpact',
  'agreement:nato',
  't:USA%3EDEU',
  'a:FRA|USA|consultation',
  'm:rio|pact|BRA',
  'm:sino-soviet|CHN',
  '0.5,0.5,1',
  '0,0,0',
  '1,2',
  'a,b,c',
  'filters,rankings',
  'legend',
  '%',
  '%zz',
  '%E2%82',
  '%00',
  '%0A',
  '\u0000',
  '\ud800',
  '😀',
  '<script>',
  '{"a":1}',
  'constructor',
  '__proto__',
  'AAAA',
  'N4Ig',
  encodeTalk([{ title: 'x', query: 'sel=FRA' }]),
];

const pairArb = fc.tuple(
  fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...VALUES), { maxLength: 4 }).map((v) => v.join(',')),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  ),
);

const nearQueryArb = fc
  .tuple(
    fc.constantFrom('', '?', '#', '&', '?&'),
    fc.array(pairArb, { maxLength: 12 }),
    fc.constantFrom('&', '&&', ';'),
  )
  .map(([prefix, pairs, sep]) => prefix + pairs.map(([k, v]) => `${k}=${v}`).join(sep));

/** A valid query with random edits: characters replaced, inserted, deleted, or the string cut. */
const mutatedArb = (data: ModelData) =>
  fc
    .tuple(
      viewStateArb(data),
      extrasArb(data),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3, unit: 'binary' })), {
        minLength: 1,
        maxLength: 5,
      }),
    )
    .map(([state, extras, edits]) => {
      let q = serialiseViewState(state, data, extras);
      for (const [at, op, text] of edits) {
        const i = q.length === 0 ? 0 : at % (q.length + 1);
        if (op === 0) q = q.slice(0, i) + text + q.slice(i + 1);
        else if (op === 1) q = q.slice(0, i) + text + q.slice(i);
        else if (op === 2) q = q.slice(0, i) + q.slice(i + 3);
        else q = q.slice(0, i);
      }
      return q;
    });

const anyQueryArb = (data: ModelData) =>
  fc.oneof(
    { weight: 2, arbitrary: nearQueryArb },
    { weight: 2, arbitrary: mutatedArb(data) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  );

describe('hostile and random queries', () => {
  it.each(datasets)(
    '5,000 queries per dataset (10,000 in all) through parse + clean never throw and give a valid state (%s)',
    (_n, data) => {
      fc.assert(
        fc.property(anyQueryArb(data), (query) => {
          const raw = parseQuery(query);
          const { state, ignored, extras } = cleanViewState(raw, data);
          expect(viewStateProblems(state, data, EDGE_KEYS)).toEqual([]);
          expect(ignored.length).toBeLessThanOrEqual(30);
          for (const message of ignored) {
            expect(typeof message).toBe('string');
            expect(hasControlCharacter(message)).toBe(false);
          }
          expect(typeof extras.embed).toBe('boolean');
          expect(
            extras.present === null ||
              (extras.present >= 1 && extras.present <= extras.talk.length),
          ).toBe(true);
          // What the app would write back is itself a fixed point.
          const again = serialiseViewState(state, data, extras);
          expect(cleanViewState(parseQuery(again), data).state).toEqual(state);
          expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
        }),
        { numRuns: fuzzRuns(5_000) },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

describe('talk properties', () => {
  it('talks round-trip', () => {
    fc.assert(
      fc.property(talkArb(withValues), (steps) => {
        expect(decodeTalk(encodeTalk(steps))).toEqual({
          steps,
          messages: steps.length === 0 ? ['The presentation in "talk" has no steps'] : [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('garbage talk values decode safely', () => {
    const garbage = fc.oneof(
      fc.string({ maxLength: 300, unit: 'binary' }),
      fc.stringMatching(/^[A-Za-z0-9+$-]{0,400}$/),
      fc.jsonValue().map(pack),
      talkArb(withValues).chain((steps) =>
        fc.nat().map((n) => {
          const s = encodeTalk(steps);
          const i = s.length === 0 ? 0 : n % s.length;
          return s.slice(0, i) + 'Q' + s.slice(i + 1);
        }),
      ),
    );
    fc.assert(
      fc.property(garbage, (value) => {
        const { steps, messages } = decodeTalk(value);
        expect(Array.isArray(steps)).toBe(true);
        expect(steps.length === 0 ? messages.length > 0 : true).toBe(true);
        for (const step of steps) {
          expect(typeof step.title).toBe('string');
          expect(typeof step.query).toBe('string');
          expect(step.caption === undefined || typeof step.caption === 'string').toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

function hasControlCharacter(text: string): boolean {
  return [...text].some(
    (ch) => ch.charCodeAt(0) < 0x20 || (ch.charCodeAt(0) >= 0x7f && ch.charCodeAt(0) <= 0x9f),
  );
}
