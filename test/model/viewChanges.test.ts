import { describe, expect, it } from 'vitest';
import {
  select,
  setAsOfYear,
  setCamera,
  setDisplay,
  setFilters,
  setYears,
  showSidePanel,
  togglePanel,
} from '../../src/model/viewChanges';
import { defaultViewState, type ViewState } from '../../src/model/viewState';

const base = defaultViewState([1950, 2024], false); // panels: filters, details, timeline
const withPanels = (panels: ViewState['panels']): ViewState => ({ ...base, panels });

describe('select', () => {
  it('brings Details forward in place of Rankings or Data, keeping the other panels', () => {
    const ranked = withPanels(['filters', 'rankings', 'timeline']);
    const next = select(ranked, { kind: 'country', id: 'FRA' });
    expect(next.selection).toEqual({ kind: 'country', id: 'FRA' });
    expect(next.panels).toEqual(['filters', 'timeline', 'details']);
    const fromData = select(withPanels(['data']), { kind: 'edge', id: 't:USA>ISR' });
    expect(fromData.panels).toEqual(['details']);
  });

  it('opens Details even when every panel was closed, and leaves them when already open', () => {
    expect(select(withPanels([]), { kind: 'agreement', id: 'nato' }).panels).toEqual(['details']);
    expect(select(base, { kind: 'agreement', id: 'nato' }).panels).toBe(base.panels);
  });

  it('clears the selection without moving the panels', () => {
    const ranked = {
      ...withPanels(['rankings']),
      selection: { kind: 'country', id: 'FRA' } as const,
    };
    const cleared = select(ranked, null);
    expect(cleared.selection).toBeNull();
    expect(cleared.panels).toEqual(['rankings']);
  });

  it('returns the same view when the same thing is selected again (no history entry)', () => {
    const a = select(base, { kind: 'country', id: 'FRA' });
    expect(select(a, { kind: 'country', id: 'FRA' })).toBe(a);
    expect(select(base, null)).toBe(base);
    const pair = select(base, { kind: 'pair', id: 'FRA', with: 'EGY' });
    expect(select(pair, { kind: 'pair', id: 'FRA', with: 'EGY' })).toBe(pair);
    expect(select(pair, { kind: 'pair', id: 'FRA', with: 'IND' }).selection).toEqual({
      kind: 'pair',
      id: 'FRA',
      with: 'IND',
    });
  });
});

describe('panels', () => {
  it('shows one side panel at a time', () => {
    expect(showSidePanel(base, 'rankings').panels).toEqual(['filters', 'timeline', 'rankings']);
    expect(showSidePanel(base, 'details')).toBe(base);
    // A link with two side panels is brought back to one.
    expect(showSidePanel(withPanels(['details', 'data']), 'data').panels).toEqual(['data']);
  });

  it('toggles a panel', () => {
    expect(togglePanel(base, 'timeline').panels).toEqual(['filters', 'details']);
    expect(togglePanel(togglePanel(base, 'rankings'), 'rankings').panels).toEqual(base.panels);
  });
});

describe('filters, display and camera', () => {
  it('returns the same view when nothing changes', () => {
    expect(setFilters(base, { from: 1950 })).toBe(base);
    expect(setYears(base, 2024, 1950)).toBe(base);
    expect(setDisplay(base, { layout: 'force' })).toBe(base);
    expect(setCamera(base, null)).toBe(base);
    const cam = setCamera(base, { x: 0.5, y: 0.4, ratio: 0.7 });
    expect(setCamera(cam, { x: 0.5, y: 0.4, ratio: 0.7 })).toBe(cam);
  });

  it('changes only what it is asked to', () => {
    const next = setFilters(base, { regions: ['Africa'], direction: 'in' });
    expect(next.filters).toMatchObject({ regions: ['Africa'], direction: 'in', from: 1950 });
    expect(next.display).toBe(base.display);
    expect(setYears(base, 1990, 1980).filters).toMatchObject({ from: 1980, to: 1990 });
    expect(setDisplay(base, { color: 'bloc' }).display.color).toBe('bloc');
  });

  it('keeps "from" at or before an as-of year, so a range stays valid', () => {
    const ranged = setYears(base, 1980, 1990);
    expect(setAsOfYear(ranged, 1970).filters).toMatchObject({ from: 1970, to: 1970 });
    expect(setAsOfYear(ranged, 2000).filters).toMatchObject({ from: 1980, to: 2000 });
  });
});
