/**
 * The comparison keys: `cmp` (a second period beside from/to) and `compare` (diff or side), read,
 * cleaned, written back, and carried by a presentation step (steps are view links).
 */
import { describe, expect, it } from 'vitest';
import { viewFromQuery } from '../../src/url';
import { cleanViewState } from '../../src/url/clean';
import { parseQuery } from '../../src/url/params';
import { serialiseViewState } from '../../src/url/serialise';
import { decodeTalk, encodeTalk } from '../../src/url/talk';
import { withValues as data } from './fixture';

const [first, last] = data.yearSpan;
const mid = Math.floor((first + last) / 2);

describe('cmp and compare', () => {
  it('reads a comparison period beside from/to; diff is the default drawing', () => {
    const { state, ignored } = viewFromQuery(
      `from=${mid}&to=${last}&cmp=${first}-${mid - 1}`,
      data,
    );
    expect(ignored).toEqual([]);
    expect(state.compare).toEqual({ period: { from: first, to: mid - 1 }, mode: 'diff' });
    expect(state.filters.from).toBe(mid);
  });

  it('writes cmp right after the years, compare only when it is not the default', () => {
    const q = `from=${mid}&to=${last - 1}&cmp=${first}-${mid}&compare=side&sel=FRA`;
    const { state } = viewFromQuery(q, data);
    expect(serialiseViewState(state, data)).toBe(q);
    const diff = viewFromQuery(`cmp=${first}&compare=diff`, data).state;
    expect(serialiseViewState(diff, data)).toBe(`cmp=${first}`);
  });

  it('accepts overlapping periods and periods of any length', () => {
    const { state } = viewFromQuery(`from=${first}&to=${last}&cmp=${mid}`, data);
    expect(state.compare.period).toEqual({ from: mid, to: mid });
  });

  it('clamps, swaps or drops a bad period with a message, keeping the rest of the link', () => {
    const swapped = viewFromQuery(`cmp=${mid}-${first}&sel=FRA`, data);
    expect(swapped.state.compare.period).toEqual({ from: first, to: mid });
    expect(swapped.ignored.join()).toContain('swapped');
    const clamped = viewFromQuery(`cmp=${first - 20}-${first + 1}`, data);
    expect(clamped.state.compare.period).toEqual({ from: first, to: first + 1 });
    const outside = viewFromQuery(`cmp=${last + 10}-${last + 20}&sel=FRA`, data);
    expect(outside.state.compare.period).toBeNull();
    expect(outside.state.selection).toEqual({ kind: 'country', id: 'FRA' });
    const garbage = cleanViewState(parseQuery('cmp=%3Cb%3Ehi&compare=both'), data);
    expect(garbage.state.compare).toEqual({ period: null, mode: 'diff' });
    expect(garbage.ignored).toHaveLength(2);
  });

  it('lets a presentation step hold a comparison', () => {
    const query = `from=${mid}&to=${last}&cmp=${first}-${mid - 1}&compare=side`;
    const decoded = decodeTalk(encodeTalk([{ title: 'Then and now', query }]));
    expect(decoded.messages).toEqual([]);
    const step = viewFromQuery(decoded.steps[0]!.query, data).state;
    expect(step.compare).toEqual({ period: { from: first, to: mid - 1 }, mode: 'side' });
  });
});
