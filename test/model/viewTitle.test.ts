import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../src/model/viewState';
import { describeView, embedTitle, tiesPhrase } from '../../src/model/viewTitle';
import { withValues as data } from '../url/fixture';

const filters = (patch: Partial<ReturnType<typeof defaultViewState>['filters']>) => ({
  ...defaultViewState(data.yearSpan, data.hasValues).filters,
  ...patch,
});

describe('view titles', () => {
  it('says which ties are drawn', () => {
    expect(tiesPhrase({ transfers: true, bilateral: true, multilateral: true })).toBe(
      'Arms transfers and alliances',
    );
    expect(tiesPhrase({ transfers: true, bilateral: false, multilateral: false })).toBe(
      'Arms transfers',
    );
    expect(tiesPhrase({ transfers: false, bilateral: false, multilateral: true })).toBe(
      'Multilateral alliances',
    );
    expect(tiesPhrase({ transfers: false, bilateral: false, multilateral: false })).toBe('States');
  });

  it('describes ties, period and regions', () => {
    expect(describeView(filters({ from: 1980, to: 1989, regions: ['Europe'] }), data)).toBe(
      'Arms transfers and alliances, 1980–1989, Europe',
    );
    expect(describeView(filters({ from: 1985, to: 1985, regions: ['Europe', 'Asia'] }), data)).toBe(
      'Arms transfers and alliances, 1985, Europe and Asia',
    );
  });

  it('names focused states rather than regions', () => {
    const f = filters({ from: 1990, to: 1999, focus: ['FRA', 'BRA'], regions: ['Africa'] });
    const names = ['FRA', 'BRA'].map((id) => data.countries[data.countryIndex.get(id)!]!.name);
    expect(describeView(f, data)).toBe(
      `Arms transfers and alliances, 1990–1999, around ${names[0]} and ${names[1]}`,
    );
  });

  it('prefers a step title, with the period beside it unless the title says it', () => {
    const f = filters({ from: 1980, to: 1989 });
    expect(embedTitle(f, data, { title: 'The late Cold War' })).toEqual({
      title: 'The late Cold War',
      period: '1980–1989',
    });
    expect(embedTitle(f, data, { title: 'Europe, 1980–1989' }).period).toBeNull();
    expect(embedTitle(f, data, { title: '  ' }).title).toBe(
      'Arms transfers and alliances, 1980–1989',
    );
    expect(embedTitle(f, data, null).period).toBeNull();
  });
});
