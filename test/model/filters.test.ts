import { describe, expect, it } from 'vitest';
import { defaultFilters, patchFilters, setYears, toggleInSelection } from '../../src/model/filters';

const base = defaultFilters([1950, 2024]);

describe('filters', () => {
  it('returns the same object when a patch changes nothing, so derived data is not recomputed', () => {
    expect(patchFilters(base, { from: 1950 })).toBe(base);
    expect(setYears(base, 2024, 1950)).toBe(base);
    const moved = setYears(base, 1990, 1980);
    expect(moved).not.toBe(base);
    expect([moved.from, moved.to]).toEqual([1980, 1990]);
  });
  it('toggles in a "null means all" selection, back to null when all are selected', () => {
    const all = ['a', 'b'] as const;
    expect(toggleInSelection(null, all, 'a')).toEqual(['b']);
    expect(toggleInSelection(['b'], all, 'a')).toBeNull();
  });
});
