import { describe, expect, it } from 'vitest';
import { periodAfterKey, type Period } from '../../../src/views/timeline/periodKeys';

const range: Period = { mode: 'range', from: 1980, to: 1989 };
const asOf: Period = { mode: 'asOf', from: 1950, to: 1985 };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });
const after = (p: Period, k: string, shift = false) => periodAfterKey(p, key(k, shift), 1950, 2024);

describe('periodAfterKey', () => {
  it('moves a range by one year or ten, keeping its width, and stops at the ends', () => {
    expect(after(range, 'ArrowRight')).toEqual({ from: 1981, to: 1990 });
    expect(after(range, 'ArrowLeft')).toEqual({ from: 1979, to: 1988 });
    expect(after(range, 'PageUp')).toEqual({ from: 1990, to: 1999 });
    expect(after(range, 'Home')).toEqual({ from: 1950, to: 1959 });
    expect(after(range, 'End')).toEqual({ from: 2015, to: 2024 });
    expect(after({ mode: 'range', from: 2015, to: 2024 }, 'ArrowRight')).toEqual({
      from: 2015,
      to: 2024,
    });
  });
  it('resizes the end of a range with Shift, never before its start', () => {
    expect(after(range, 'ArrowRight', true)).toEqual({ from: 1980, to: 1990 });
    expect(after(range, 'ArrowLeft', true)).toEqual({ from: 1980, to: 1988 });
    expect(after({ mode: 'range', from: 1980, to: 1980 }, 'ArrowLeft', true)).toEqual({
      from: 1980,
      to: 1980,
    });
  });
  it('steps the year in as-of mode, keeping from at or before it', () => {
    expect(after(asOf, 'ArrowRight')).toEqual({ from: 1950, to: 1986 });
    expect(after(asOf, 'ArrowLeft', true)).toEqual({ from: 1950, to: 1975 });
    expect(after({ mode: 'asOf', from: 1980, to: 1985 }, 'Home')).toEqual({ from: 1950, to: 1950 });
    expect(after(asOf, 'End')).toEqual({ from: 1950, to: 2024 });
  });
  it('ignores other keys', () => {
    expect(after(range, 'a')).toBeNull();
    expect(after(asOf, 'Enter')).toBeNull();
  });
});
