import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { checkSelection } from '../../src/model/selectionCheck';
import { defaultViewState, type Selection, type ViewState } from '../../src/model/viewState';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());

function view(
  year: number,
  selection: Selection | null,
  patch: Partial<ViewState> = {},
): ViewState {
  const base = defaultViewState(data.yearSpan, false);
  return {
    ...base,
    filters: { ...base.filters, mode: 'asOf', from: year, to: year },
    selection,
    ...patch,
  };
}

describe('checkSelection', () => {
  it('says nothing when nothing is selected', () => {
    expect(checkSelection(data, view(1961, null))).toBeNull();
  });

  it('accepts a state drawn in the period', () => {
    expect(checkSelection(data, view(1961, { kind: 'country', id: 'OLD' }))).toEqual({
      drawn: true,
      reason: null,
    });
  });

  it('accepts a pair whose two states are drawn, and names those that are not', () => {
    expect(checkSelection(data, view(1961, { kind: 'pair', id: 'AAA', with: 'BBB' }))).toEqual({
      drawn: true,
      reason: null,
    });
    expect(checkSelection(data, view(2000, { kind: 'pair', id: 'OLD', with: 'DDD' }))).toEqual({
      drawn: false,
      reason: 'Country OLD and Country DDD are not drawn in 2000',
    });
  });

  it('names a state that did not exist in the period', () => {
    expect(checkSelection(data, view(2000, { kind: 'country', id: 'OLD' }))).toEqual({
      drawn: false,
      reason: 'Country OLD did not exist in 2000 (1900–1991)',
    });
  });

  it('tells a state with no tie in the period from one that did not exist', () => {
    expect(checkSelection(data, view(1970, { kind: 'country', id: 'OLD' }))?.reason).toBe(
      'Country OLD has no tie that matches the filters in 1970',
    );
  });

  it('checks agreements: drawn as a tie, as a hub, not in force, or hidden by the filters', () => {
    const bilateral = { kind: 'agreement', id: 'aaa-ddd' } as const;
    expect(checkSelection(data, view(1965, bilateral))?.drawn).toBe(true);
    expect(checkSelection(data, view(1990, bilateral))?.reason).toBe(
      'AAA-DDD treaty was not in force in 1990',
    );
    const pact = { kind: 'agreement', id: 'pact' } as const;
    const hub = view(1975, pact);
    expect(checkSelection(data, hub)?.drawn).toBe(true);
    const noMultilateral = view(1975, pact);
    noMultilateral.filters = {
      ...noMultilateral.filters,
      ties: { ...noMultilateral.filters.ties, multilateral: false },
    };
    expect(checkSelection(data, noMultilateral)?.reason).toMatch(
      /^Three-party pact is hidden by the filters in 1975/,
    );
    const hull = view(1975, pact);
    hull.display = { ...hull.display, multilateral: 'hull' };
    expect(checkSelection(data, hull)?.drawn).toBe(true);
  });

  it('checks arms flows in the period', () => {
    const flow = { kind: 'edge', id: 't:AAA>BBB' } as const;
    expect(checkSelection(data, view(1961, flow))?.drawn).toBe(true);
    expect(checkSelection(data, view(1990, flow))?.reason).toBe(
      'No arms deliveries from Country AAA to Country BBB match the filters in 1990',
    );
  });

  it('names a selection the dataset does not have', () => {
    expect(checkSelection(data, view(1961, { kind: 'country', id: 'ZZZ' }))?.reason).toBe(
      'ZZZ is not in this dataset',
    );
  });
});
