/**
 * Comparing two periods on a small hand-made dataset whose answers are worked out by hand.
 *
 * TIV by delivery year:                      2000–2004 (before)     2010–2014 (after)
 *   s1 SOV->IND 2001: 100, 2002: 100, 2011: 60      200                   60    shrunk
 *   f1 FRA->IND 2012: 90                              0                   90    gained
 *   u1 USA->IND 2003: 20                             20                    0    lost
 *   x1 UNK->IND 2013: 30 (unknown supplier)           0                   30    gained
 *   u2 USA->EGY 2000: 50, 2010: 100, 2011: 50        50                  150    grown (x3)
 *   s2 SOV->EGY 2001: 50                             50                    0    lost
 *   f2 FRA->POL 2004: 40, 2014: 50                   40                   50    kept (x1.25)
 *   u3 USA->POL 2014: 10                              0                   10    gained
 * World: 360 before, 390 after. Suppliers: SOV 250 -> 60, USA 70 -> 160, FRA 40 -> 140.
 * India's largest supplier: the Soviet Union (200 of 220) before, France (90 of 180) after.
 * Egypt: the Soviet Union and the United States tie before (50 each); the US leads after: no change.
 * Agreements: `pact` (USA, FRA from 1949; POL joins in 2005) and the `sov-ind` treaty (1971-2008).
 */
import { describe, expect, it } from 'vitest';
import {
  compareAggregates,
  compareView,
  filtersForPeriod,
  periodAggregate,
} from '../../src/model/compare';
import {
  GROWTH_FACTOR,
  TIE_CHANGES,
  classifyFlow,
  classifyPresence,
  describeTieChange,
} from '../../src/model/compareDiff';
import { orderPeriods, readPeriod, suggestedComparison } from '../../src/model/comparePeriod';
import { compareRankings, shownChange } from '../../src/model/compareRankings';
import { buildDiffGraphSpec } from '../../src/model/compareGraph';
import { indexDataset } from '../../src/model/dataset';
import { LIGHT } from '../../src/model/theme';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { realignment, realignedStates } from '../../src/model/realignment';
import { compareDataset } from './compareFixture';

const data = indexDataset(compareDataset());
const id = (i: number) => data.countries[i]!.id;
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  from: 2010,
  to: 2014,
  ...patch,
});
const BEFORE = { from: 2000, to: 2004 };
const round = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

describe('the diff classification', () => {
  it('tells gained, lost, grown, shrunk and kept apart at the thresholds', () => {
    expect(GROWTH_FACTOR).toBe(1.5);
    expect(classifyFlow(0, 1)).toBe('gained');
    expect(classifyFlow(1, 0)).toBe('lost');
    expect(classifyFlow(0, 0)).toBeNull();
    expect(classifyFlow(100, 150)).toBe('grown');
    expect(classifyFlow(100, 149)).toBe('kept');
    expect(classifyFlow(150, 100)).toBe('shrunk');
    expect(classifyFlow(150, 101)).toBe('kept');
    expect(classifyFlow(100, 100)).toBe('kept');
  });

  it('compares volumes per year when the periods differ in length', () => {
    // 100 over ten years (10 a year) against 75 over five (15 a year): grown, not shrunk.
    expect(classifyFlow(100, 75, 10, 5)).toBe('grown');
    expect(classifyFlow(100, 75)).toBe('kept');
    expect(classifyFlow(50, 50, 5, 10)).toBe('shrunk');
  });

  it('classifies ties that are there or not', () => {
    expect(classifyPresence(true, true)).toBe('kept');
    expect(classifyPresence(false, true)).toBe('gained');
    expect(classifyPresence(true, false)).toBe('lost');
    expect(classifyPresence(false, false)).toBeNull();
  });

  it('says the thresholds in the legend', () => {
    expect(describeTieChange('grown')).toContain('50 %');
    expect(describeTieChange('shrunk')).toContain('33 %');
    expect(TIE_CHANGES.map(describeTieChange).every((t) => t.length > 0)).toBe(true);
  });
});

describe('the comparison period', () => {
  const span = [1950, 2024] as const;
  it('reads 2010-2014, an en dash, one year; swaps and clamps with a message', () => {
    expect(readPeriod('2010-2014', span)).toEqual({
      period: { from: 2010, to: 2014 },
      messages: [],
    });
    expect(readPeriod('2010–2014', span).period).toEqual({ from: 2010, to: 2014 });
    expect(readPeriod('1999', span).period).toEqual({ from: 1999, to: 1999 });
    const swapped = readPeriod('2014-2010', span);
    expect(swapped.period).toEqual({ from: 2010, to: 2014 });
    expect(swapped.messages[0]).toContain('swapped');
    const clamped = readPeriod('1940-1955', span);
    expect(clamped.period).toEqual({ from: 1950, to: 1955 });
    expect(clamped.messages[0]).toContain('1950-1955');
  });

  it('refuses what is not a period, or lies outside the data', () => {
    for (const text of ['', 'abc', '2010-', '2010-2014-2018', '<script>', '1e3'])
      expect(readPeriod(text, span).period, text).toBeNull();
    expect(readPeriod('1800-1900', span).messages[0]).toContain('outside the data');
  });

  it('orders the periods in time, whichever one the view shows', () => {
    const a = orderPeriods({ from: 2010, to: 2014 }, BEFORE);
    expect([a.before, a.after, a.viewIs, a.lengthsDiffer, a.overlap]).toEqual([
      BEFORE,
      { from: 2010, to: 2014 },
      'after',
      false,
      false,
    ]);
    const b = orderPeriods({ from: 2000, to: 2009 }, { from: 2005, to: 2014 });
    expect([b.viewIs, b.lengthsDiffer, b.overlap]).toEqual(['before', false, true]);
    expect(orderPeriods({ from: 2000, to: 2004 }, { from: 2000, to: 2020 }).lengthsDiffer).toBe(
      true,
    );
  });

  it('suggests the period of equal length before, else after, within the data', () => {
    expect(suggestedComparison({ from: 2020, to: 2024 }, span)).toEqual({ from: 2015, to: 2019 });
    expect(suggestedComparison({ from: 1950, to: 1954 }, span)).toEqual({ from: 1955, to: 1959 });
    expect(suggestedComparison({ from: 1955, to: 2024 }, span)).toEqual({ from: 1950, to: 1954 });
    const all = suggestedComparison({ from: 1950, to: 2024 }, span);
    expect(all.from).toBeGreaterThanOrEqual(1950);
    expect(all.to).toBeLessThanOrEqual(2024);
  });
});

describe('compareView', () => {
  const f = filters();
  const comparison = compareView(data, f, BEFORE, 'clique', 'value');
  const flows = Object.fromEntries(
    comparison.flows.map((d) => [`${id(d.supplier)}>${id(d.recipient)}`, d.change]),
  );

  it('classifies every arms flow of either period', () => {
    expect(flows).toEqual({
      'SOV>IND': 'shrunk',
      'FRA>IND': 'gained',
      'USA>IND': 'lost',
      'UNK>IND': 'gained',
      'USA>EGY': 'grown',
      'SOV>EGY': 'lost',
      'FRA>POL': 'kept',
      'USA>POL': 'gained',
    });
    expect(comparison.flowCounts).toEqual({ gained: 3, grown: 1, kept: 1, shrunk: 1, lost: 2 });
  });

  it('classifies alliance ties, and multilateral memberships in hub mode', () => {
    const ties = Object.fromEntries(
      comparison.ties.map((t) => [`${id(t.a)}|${id(t.b)}`, t.change]),
    );
    expect(ties).toEqual({
      'USA|FRA': 'kept',
      'USA|POL': 'gained',
      'FRA|POL': 'gained',
      'SOV|IND': 'lost',
    });
    const hubs = compareView(data, f, BEFORE, 'hub', 'value');
    expect(hubs.groups).toHaveLength(1);
    expect(hubs.groups[0]!.change).toBe('kept');
    expect(
      Object.fromEntries(hubs.groups[0]!.members.map((m) => [id(m.country), m.change])),
    ).toEqual({ USA: 'kept', FRA: 'kept', POL: 'gained' });
  });

  it('reads forward in time whichever period the view shows', () => {
    const reversed = compareView(
      data,
      filters({ from: 2000, to: 2004 }),
      { from: 2010, to: 2014 },
      'clique',
      'value',
    );
    expect(reversed.periods.viewIs).toBe('before');
    expect(reversed.flowCounts).toEqual(comparison.flowCounts);
  });

  it('compares per year when the periods differ in length', () => {
    const ten = compareView(data, f, { from: 2000, to: 2009 }, 'clique', 'value');
    const fraPol = ten.flows.find((d) => id(d.supplier) === 'FRA' && id(d.recipient) === 'POL')!;
    // 40 over ten years against 50 over five: 4 a year against 10, grown.
    expect(fraPol.change).toBe('grown');
    expect(ten.periods.lengthsDiffer).toBe(true);
  });

  it('counts deals per period when the data has no values', () => {
    const deals = compareView(data, f, BEFORE, 'clique', 'deals');
    const sovInd = deals.flows.find((d) => id(d.supplier) === 'SOV' && id(d.recipient) === 'IND')!;
    // One deal delivered in both periods: one deal in each, kept.
    expect([sovInd.weightBefore, sovInd.weightAfter, sovInd.change]).toEqual([1, 1, 'kept']);
  });

  it('aggregates each period once: the same objects for the same filters and period', () => {
    expect(filtersForPeriod(f, BEFORE)).toBe(filtersForPeriod(f, BEFORE));
    expect(filtersForPeriod(f, { from: 2010, to: 2014 })).toBe(f);
    expect(periodAggregate(data, f, BEFORE, 'clique')).toBe(
      periodAggregate(data, f, BEFORE, 'clique'),
    );
    expect(compareView(data, f, BEFORE, 'clique', 'value')).toBe(comparison);
    const view = periodAggregate(data, f, { from: 2010, to: 2014 }, 'clique');
    expect(comparison.after).toBe(view);
    expect(compareAggregates(data, view, comparison.before, 'value')).toBe(comparison);
  });

  it('keeps the view’s other filters in the comparison period', () => {
    const europe = compareView(
      data,
      filters({ regions: ['Europe'], direction: 'in' }),
      BEFORE,
      'clique',
      'value',
    );
    expect(europe.flows.map((d) => `${id(d.supplier)}>${id(d.recipient)}`).sort()).toEqual([
      'FRA>POL',
      'USA>POL',
    ]);
  });
});

describe('compareRankings', () => {
  const f = filters();
  const comparison = compareView(data, f, BEFORE, 'clique', 'value');
  const r = compareRankings(data, f, comparison);
  const rows = (list: typeof r.suppliers) =>
    list.map((a) => ({
      id: id(a.country),
      before: a.before,
      after: a.after,
      shareBefore: round(a.shareBefore),
      shareAfter: round(a.shareAfter),
      change: round(a.change),
      rankBefore: a.rankBefore,
      rankAfter: a.rankAfter,
      rankChange: a.rankChange,
    }));

  it('gives each supplier’s share in both periods, the change and the change in rank', () => {
    expect([r.worldBefore, r.worldAfter, round(r.worldChange)]).toEqual([360, 390, 8.33]);
    expect(r.shareOf).toBe('world');
    expect(rows(r.suppliers)).toEqual([
      {
        id: 'USA',
        before: 70,
        after: 160,
        shareBefore: 19.44,
        shareAfter: 41.03,
        change: 128.57,
        rankBefore: 2,
        rankAfter: 1,
        rankChange: 1,
      },
      {
        id: 'FRA',
        before: 40,
        after: 140,
        shareBefore: 11.11,
        shareAfter: 35.9,
        change: 250,
        rankBefore: 3,
        rankAfter: 2,
        rankChange: 1,
      },
      {
        id: 'SOV',
        before: 250,
        after: 60,
        shareBefore: 69.44,
        shareAfter: 15.38,
        change: -76,
        rankBefore: 1,
        rankAfter: 3,
        rankChange: -2,
      },
    ]);
  });

  it('ranks recipients, an actor absent from one period unranked there', () => {
    const ind = r.recipients.find((a) => id(a.country) === 'IND')!;
    expect([ind.before, ind.after, ind.rankBefore, ind.rankAfter]).toEqual([220, 180, 1, 1]);
    const pol = r.recipients.find((a) => id(a.country) === 'POL')!;
    expect([pol.before, pol.after, round(pol.change)]).toEqual([40, 60, 50]);
    expect(r.suppliers.some((a) => id(a.country) === 'UNK')).toBe(false);
  });

  it('shows volume changes per year when the periods differ in length', () => {
    const ten = compareView(data, f, { from: 2000, to: 2009 }, 'clique', 'value');
    const rr = compareRankings(data, f, ten);
    expect(rr.lengthsDiffer).toBe(true);
    const fra = rr.suppliers.find((a) => id(a.country) === 'FRA')!;
    // 40 over ten years (4 a year) against 140 over five (28 a year).
    expect(round(fra.change)).toBe(250);
    expect(round(fra.yearlyChange)).toBe(600);
    expect(round(shownChange(fra, true))).toBe(600);
  });

  it('takes shares of the deliveries drawn under a region filter, the world total beside', () => {
    const asia = filters({ regions: ['Asia'], direction: 'in' });
    const rr = compareRankings(data, asia, compareView(data, asia, BEFORE, 'clique', 'value'));
    expect([rr.shareOf, rr.shownBefore, rr.worldBefore]).toEqual(['shown', 220, 360]);
    const sov = rr.suppliers.find((a) => id(a.country) === 'SOV')!;
    expect([round(sov.shareBefore), round(sov.shareAfter)]).toEqual([90.91, 33.33]);
  });
});

describe('realignment', () => {
  const comparison = compareView(data, filters(), BEFORE, 'clique', 'value');
  const r = realignment(data, comparison);

  it('lists the recipients whose largest supplier changed, with both suppliers and shares', () => {
    expect(r.shifts).toHaveLength(1);
    const [india] = r.shifts;
    expect(id(india!.recipient)).toBe('IND');
    expect(india!.leadersBefore.map(id)).toEqual(['SOV']);
    expect(india!.leadersAfter.map(id)).toEqual(['FRA']);
    expect(
      [
        india!.oldLeaderBefore,
        india!.oldLeaderAfter,
        india!.newLeaderBefore,
        india!.newLeaderAfter,
      ].map(round),
    ).toEqual([90.91, 33.33, 0, 50]);
    expect([...realignedStates(r)].map(id)).toEqual(['IND']);
  });

  it('does not call a tie for the lead a change when one of the leaders stays ahead', () => {
    // Egypt: SOV and USA tie before, the USA leads after.
    expect(r.shifts.some((s) => id(s.recipient) === 'EGY')).toBe(false);
  });

  it('lists suppliers by clients gained or lost', () => {
    expect(
      r.clients.map((c) => ({
        id: id(c.supplier),
        before: c.clientsBefore,
        after: c.clientsAfter,
        gained: c.gained.map(id),
        lost: c.lost.map(id),
      })),
    ).toEqual([
      { id: 'FRA', before: 1, after: 2, gained: ['IND'], lost: [] },
      { id: 'SOV', before: 2, after: 1, gained: [], lost: ['EGY'] },
      { id: 'USA', before: 2, after: 2, gained: ['POL'], lost: ['IND'] },
    ]);
  });

  it('lists states that joined or left agreements, joining a standing alliance first', () => {
    expect(
      r.memberships.map((m) => [
        id(m.country),
        data.agreements[m.agreement]!.record.id,
        m.change,
        m.agreementChange,
      ]),
    ).toEqual([
      ['POL', 'pact', 'joined', 'kept'],
      ['IND', 'sov-ind', 'left', 'lost'],
      ['SOV', 'sov-ind', 'left', 'lost'],
    ]);
  });
});

describe('the difference network', () => {
  const f = filters();
  const options = {
    multilateral: 'hub' as const,
    weight: 'value' as const,
    size: 'volume' as const,
    showIsolated: false,
  };
  const comparison = compareView(data, f, BEFORE, 'hub', 'value');
  const realigned = realignedStates(realignment(data, comparison));
  const spec = buildDiffGraphSpec(data, comparison, options, realigned);
  const edge = (key: string) => spec.edges.get(key)!.attributes;

  it('draws every tie of either period once, in the colour of its change', () => {
    expect(edge('t:FRA>IND').change).toBe('gained');
    expect(edge('t:FRA>IND').color).toBe(LIGHT.diff.gained);
    expect(edge('t:USA>IND').change).toBe('lost');
    expect(edge('t:SOV>IND').color).toBe(LIGHT.diff.shrunk);
    expect(edge('t:USA>EGY').color).toBe(LIGHT.diff.grown);
    expect(edge('t:FRA>POL').color).toBe(LIGHT.diff.kept);
    expect(edge('m:pact|POL').change).toBe('gained');
    expect(edge('m:pact|USA').change).toBe('kept');
    expect(edge('a:SOV|IND|mutual-defence').change).toBe('lost');
    const changes = [...spec.edges.values()].map((e) => e.attributes.change);
    expect(changes.every((c) => c !== undefined)).toBe(true);
  });

  it('gives each flow the figures of its own periods, and draws kept ties thinner', () => {
    expect([edge('t:SOV>IND').weightBefore, edge('t:SOV>IND').weightAfter]).toEqual([200, 60]);
    expect(edge('t:USA>IND').tiv).toBe(20);
    // FRA->POL (kept, 50 a period) against USA->EGY (grown, 150): kept is thinner still.
    expect(edge('t:FRA>POL').size).toBeLessThan(edge('t:USA>EGY').size);
    expect(edge('t:USA>POL').size).toBeGreaterThanOrEqual(1.4);
  });

  it('marks the states whose largest supplier changed, all states in one neutral colour', () => {
    expect(spec.nodes.get('IND')!.realigned).toBe(true);
    expect(spec.nodes.get('EGY')!.realigned).toBeUndefined();
    expect(new Set([...spec.nodes.values()].map((n) => n.color))).toEqual(
      new Set([LIGHT.diffNode]),
    );
  });
});
