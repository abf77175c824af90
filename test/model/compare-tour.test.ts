/**
 * The "Egypt leaves the Soviet orbit" tour tells its story with figures: each one is checked here
 * against the default dataset, through the steps' own links (steps are view links).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareView } from '../../src/model/compare';
import { rankingMeasure } from '../../src/model/rankings';
import { realignment } from '../../src/model/realignment';
import { viewFromQuery } from '../../src/url';
import { defaultModel } from '../defaultData';

const data = defaultModel();
const tour = (
  JSON.parse(readFileSync('public/data/tours.json', 'utf8')) as {
    tours: { id: string; steps: { caption: string; query: string }[] }[];
  }
).tours.find((t) => t.id === 'egypt-realignment')!;

function step(i: number) {
  const { state, ignored } = viewFromQuery(tour.steps[i]!.query, data);
  expect(ignored).toEqual([]);
  const measure = rankingMeasure(data, state.display.weight);
  const cmp = state.compare.period;
  const comparison = cmp
    ? compareView(data, state.filters, cmp, state.display.multilateral, measure)
    : null;
  return { state, caption: tour.steps[i]!.caption, comparison };
}
const id = (i: number) => data.countries[i]!.id;

describe('the Egypt tour’s claims', () => {
  it('1970–1974: 12 of Egypt’s 14 deals from the Soviet Union; the 1971 treaty', () => {
    const { state, caption } = step(0);
    // The same figures as the comparison's earlier period in the next step.
    const c = step(1).comparison!;
    expect([c.periods.before.from, c.periods.before.to]).toEqual([
      state.filters.from,
      state.filters.to,
    ]);
    const egypt = c.flows.filter((f) => id(f.recipient) === 'EGY');
    const total = egypt.reduce((s, f) => s + f.weightBefore, 0);
    const soviet = egypt.find((f) => id(f.supplier) === 'SUN')!.weightBefore;
    expect([soviet, total]).toEqual([12, 14]);
    expect(caption).toContain('12 of the 14 deals');
    const treaty = data.agreements[data.agreementIndex.get('sun-egy-1971')!]!;
    expect(treaty.record.signed.startsWith('1971')).toBe(true);
    expect(treaty.record.ended).toBe('1976-03-15');
  });

  it('1980–1984: Soviet arrows lost, the US, China and six others gained, Egypt ringed', () => {
    const { caption, comparison } = step(1);
    const egypt = comparison!.flows.filter((f) => id(f.recipient) === 'EGY');
    const gained = egypt.filter((f) => f.change === 'gained').map((f) => id(f.supplier));
    expect(gained).toEqual(expect.arrayContaining(['USA', 'CHN']));
    expect(gained).toHaveLength(8);
    expect(egypt.find((f) => id(f.supplier) === 'SUN')!.change).toBe('lost');
    expect(caption).toContain('six other suppliers gained');
    const shifts = realignment(data, comparison!).shifts;
    expect(shifts.map((s) => id(s.recipient))).toContain('EGY');
    expect(caption).toContain('March 1976');
  });

  it('the Realignment table: the Soviet Union 86 % then none, the United States none then 40 %', () => {
    const { state, caption, comparison } = step(2);
    expect(state.selection).toEqual({ kind: 'pair', id: 'EGY', with: 'USA' });
    const shift = realignment(data, comparison!).shifts.find((s) => id(s.recipient) === 'EGY')!;
    expect(shift.leadersBefore.map(id)).toEqual(['SUN']);
    expect(shift.leadersAfter.map(id)).toEqual(['USA']);
    expect(Math.round(shift.oldLeaderBefore)).toBe(86);
    expect(shift.oldLeaderAfter).toBe(0);
    expect(shift.newLeaderBefore).toBe(0);
    expect(Math.round(shift.newLeaderAfter)).toBe(40);
    expect(caption).toContain('86 %');
    expect(caption).toContain('40 %');
  });

  it('without the focus: 23 recipients changed their largest supplier, Egypt first', () => {
    const { caption, comparison } = step(3);
    const shifts = realignment(data, comparison!).shifts;
    expect(shifts).toHaveLength(23);
    expect(id(shifts[0]!.recipient)).toBe('EGY');
    expect(caption).toContain('23 recipients');
  });
});
