import { describe, expect, it } from 'vitest';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset } from '../../src/model/dataset';
import { pairStory, stateStory } from '../../src/model/dealStory';
import { eventLaneGroups } from '../../src/model/eventLanes';
import { badgeStates, eventMarks } from '../../src/model/eventMarks';
import { eventRankings } from '../../src/model/eventRankings';
import {
  eventPosition,
  formatEventDate,
  formatPartialDate,
  keptEvents,
} from '../../src/model/events';
import { defaultFilters } from '../../src/model/filters';
import type { Dataset, DiplomaticEvent } from '../../src/model/types';
import { fixtureDataset } from './fixture';
import { defaultModel } from '../defaultData';

const real = defaultModel();

const event = (e: Partial<DiplomaticEvent> & Pick<DiplomaticEvent, 'id' | 'kind' | 'date'>) =>
  ({ title: e.id, participants: [], source: 'test', ...e }) as DiplomaticEvent;

function withEvents(events: DiplomaticEvent[]): Dataset {
  return { ...fixtureDataset(), events };
}

const small = indexDataset(
  withEvents([
    event({ id: 'fair-1960', kind: 'exhibition', date: '1960-06', host: 'BBB', series: 'Fair' }),
    event({ id: 'fair-1962', kind: 'exhibition', date: '1962-06', host: 'BBB', series: 'Fair' }),
    event({ id: 'drill', kind: 'exercise', date: '1975', participants: ['AAA', 'DDD'] }),
    event({
      id: 'visit',
      kind: 'visit',
      date: '1958-11-02',
      host: 'BBB',
      participants: ['AAA', 'BBB'],
      related: { transfers: ['d1'] },
    }),
    event({
      id: 'halt',
      kind: 'export-decision',
      date: '1961',
      host: 'AAA',
      participants: ['CCC'],
    }),
    event({
      id: 'sign',
      kind: 'signing',
      date: '1955',
      participants: ['AAA', 'DDD'],
      related: { agreements: ['aaa-ddd'] },
    }),
  ]),
);
const ids = (indices: number[]) => indices.map((i) => small.events[i]!.record.id);

describe('dates of events', () => {
  it('places a date on the year axis no more precisely than it is given', () => {
    expect(eventPosition('1960')).toBe(1960);
    // June is the sixth month: its middle is 5.5/12 of the way through the year.
    expect(eventPosition('1960-06')).toBeCloseTo(1959.5 + 5.5 / 12, 6);
    expect(eventPosition('1960-01-01')).toBeCloseTo(1959.5 + 0.5 / 31 / 12, 6);
    expect(eventPosition('1960-12-31')).toBeLessThan(1960.5);
  });

  it('writes dates in words, and a span once', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-02')).toBe('February 2019');
    expect(formatPartialDate('2019-02-17')).toBe('17 February 2019');
    expect(formatEventDate({ date: '2019-02-17', end: '2019-02-21' })).toBe('17–21 February 2019');
    expect(formatEventDate({ date: '2004-05', end: '2005-06' })).toBe('May 2004 to June 2005');
    expect(formatEventDate({ date: '2004-05-01', end: '2004-05-01' })).toBe('1 May 2004');
  });
});

describe('events the filters keep', () => {
  const base = defaultFilters(small.yearSpan);

  it('keeps every kind in the period by default, in date order', () => {
    const cf = compileFilters(small, { ...base, from: 1955, to: 1961 });
    expect(ids(keptEvents(small, cf))).toEqual(['sign', 'visit', 'fair-1960', 'halt']);
    expect(ids(keptEvents(small, cf, { allYears: true }))).toHaveLength(6);
  });

  it('drops the kinds that are switched off', () => {
    const cf = compileFilters(small, { ...base, eventKinds: ['exhibition', 'exercise'] });
    expect(ids(keptEvents(small, cf))).toEqual(['fair-1960', 'fair-1962', 'drill']);
    const none = compileFilters(small, { ...base, eventKinds: [] });
    expect(keptEvents(small, none)).toEqual([]);
  });

  it('keeps an event when its host or a participant is in the focus or the regions', () => {
    const focusD = compileFilters(small, { ...base, focus: ['DDD'] });
    expect(ids(keptEvents(small, focusD))).toEqual(['sign', 'drill']);
    // CCC is only a participant of the export decision; BBB hosts the fairs.
    const europe = compileFilters(small, { ...base, regions: ['Europe'] });
    expect(ids(keptEvents(small, europe))).toEqual(['visit', 'fair-1960', 'halt', 'fair-1962']);
  });
});

describe('the events lane', () => {
  it('groups events by family, a series on one named row, the rest by kind', () => {
    const all = small.events.map((_, i) => i);
    const groups = eventLaneGroups(small, all);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['events:diplomacy', 2],
      ['events:export-decision', 1],
      ['events:exhibition', 2],
      ['events:exercise', 1],
    ]);
    expect(groups[0]!.rows.map((r) => r.label)).toEqual(['Visits', 'Signings']);
    const fairs = groups[2]!.rows;
    expect(fairs.map((r) => [r.label, r.series, ids(r.events)])).toEqual([
      ['Fair', true, ['fair-1960', 'fair-1962']],
    ]);
    expect(groups[3]!.rows.map((r) => r.label)).toEqual(['Other exercises']);
  });

  it('puts the editions of each real series on one row: IDEX and Malabar', () => {
    const groups = eventLaneGroups(
      real,
      real.events.map((_, i) => i),
    );
    const row = (name: string) =>
      groups.flatMap((g) => g.rows).find((r) => r.key === `series:${name}`)!;
    expect(row('IDEX').events.length).toBe(real.eventSeries.get('IDEX')!.length);
    expect(row('Malabar').events.every((i) => real.events[i]!.record.series === 'Malabar')).toBe(
      true,
    );
    // Every kept event is on exactly one row.
    const placed = groups.flatMap((g) => g.rows.flatMap((r) => r.events));
    expect(new Set(placed).size).toBe(real.events.length);
  });
});

describe('deal stories', () => {
  it('tells a pair: the visit, then the order it announced and the deliveries, both ways', () => {
    const aaa = small.countryIndex.get('AAA')!;
    const bbb = small.countryIndex.get('BBB')!;
    const story = pairStory(small, aaa, bbb);
    expect(story.steps.map((s) => s.key)).toEqual([
      'event:visit',
      'order:0',
      'delivery:0',
      // T-1 has no order year; S-1 went the other way, from BBB to AAA.
      'delivery:1',
      'delivery:2',
    ]);
    expect(story.steps[1]!.after).toEqual(['event:visit']);
    expect(story.steps[1]!.target).toEqual({
      kind: 'deal',
      index: 0,
      supplier: 'AAA',
      recipient: 'BBB',
    });
    expect(story.counts).toEqual({ event: 1, agreement: 0, order: 1, delivery: 3 });
    // The pact has three parties: the pair view lists it, the story does not.
    expect(story.steps.some((s) => s.key === 'agreement:pact')).toBe(false);
  });

  it('tells a state through its events and what they produced', () => {
    const ddd = small.countryIndex.get('DDD')!;
    const story = stateStory(small, ddd);
    // The exercise sets the scene; it is not a step of a deal.
    expect(story.steps.map((s) => s.key)).toEqual(['event:sign', 'agreement:aaa-ddd']);
    expect(story.steps[1]!.after).toEqual(['event:sign']);
  });

  it('tells US-India in time order: 2005 framework, P-8I order, then its deliveries', () => {
    const usa = real.countryIndex.get('USA')!;
    const ind = real.countryIndex.get('IND')!;
    const story = pairStory(real, usa, ind);
    const keys = story.steps.map((s) => s.key);
    const at = (key: string) => keys.indexOf(key);
    const p8i = real.transferIndex.get('usa-ind-p-8i-poseidon-2009')!;
    expect(at('event:usa-ind-2005-07-summit')).toBeGreaterThanOrEqual(0);
    expect(at('agreement:usa-ind-2005')).toBeLessThan(at('event:usa-ind-2005-07-summit'));
    expect(at('event:usa-ind-2009-01-p8i')).toBeLessThan(at(`order:${p8i}`));
    expect(at(`order:${p8i}`)).toBeLessThan(at(`delivery:${p8i}`));
    expect(story.steps.find((s) => s.key === `order:${p8i}`)!.after).toContain(
      'event:usa-ind-2009-01-p8i',
    );
    // Sorted by position; stages break ties.
    const positions = story.steps.map((s) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('event rankings', () => {
  it('ranks hosts by events kept and the most visited by visits and summits, with who came', () => {
    const base = defaultFilters(small.yearSpan);
    const r = eventRankings(small, compileFilters(small, base));
    // BBB hosts the visit and two fairs; AAA the export decision; the signing and drill have no host.
    expect(r.total).toBe(6);
    expect(r.hosts.map((h) => [small.countries[h.country]!.id, h.events])).toEqual([
      ['BBB', 3],
      ['AAA', 1],
    ]);
    expect(r.hosts[0]!.byKind).toMatchObject({ visit: 1, exhibition: 2, signing: 0 });
    expect(r.visited).toEqual([
      {
        country: small.countryIndex.get('BBB'),
        visits: 1,
        partners: [small.countryIndex.get('AAA')],
      },
    ]);
    // Kinds and years filter the same events as the lane.
    const fairs = eventRankings(
      small,
      compileFilters(small, { ...base, eventKinds: ['exhibition'], from: 1961, to: 1970 }),
    );
    expect(fairs.total).toBe(1);
    expect(fairs.visited).toEqual([]);
  });
});

describe('event marks on the network', () => {
  it('badges the ties of two states that met or signed, and rings exhibition hosts', () => {
    const base = defaultFilters(small.yearSpan);
    const marks = eventMarks(small, compileFilters(small, base));
    const id = (i: number) => small.countries[i]!.id;
    // The visit (AAA, BBB) and the signing (AAA, DDD); the export decision (AAA, CCC) too.
    expect(
      marks.ties.map((t) => [id(t.a), id(t.b), t.events.map((e) => small.events[e]!.record.id)]),
    ).toEqual([
      ['AAA', 'DDD', ['sign']],
      ['AAA', 'BBB', ['visit']],
      ['AAA', 'CCC', ['halt']],
    ]);
    expect([...marks.exhibitionHosts].map(([c, k]) => [id(c), k])).toEqual([['BBB', 2]]);
    // The filter decides: exhibitions off, no halo; a period without the fairs, none either.
    const noFairs = eventMarks(
      small,
      compileFilters(small, { ...base, eventKinds: ['visit', 'signing'] }),
    );
    expect(noFairs.exhibitionHosts.size).toBe(0);
    expect(noFairs.ties).toHaveLength(2);
    const early = eventMarks(small, compileFilters(small, { ...base, from: 1950, to: 1956 }));
    expect(early.ties.map((t) => id(t.b))).toEqual(['DDD']);
    expect(early.exhibitionHosts.size).toBe(0);
  });
});

describe('badges kept while something is selected', () => {
  const sorted = (r: ReturnType<typeof badgeStates>) => r && [[...r.states].sort(), r.touching];
  it('keeps a state’s ties, a pair’s, a tie’s, an event’s states’ and an agreement’s members’', () => {
    expect(badgeStates(small, null)).toBeNull();
    expect(sorted(badgeStates(small, { kind: 'country', id: 'AAA' }))).toEqual([['AAA'], true]);
    expect(sorted(badgeStates(small, { kind: 'pair', id: 'BBB', with: 'AAA' }))).toEqual([
      ['AAA', 'BBB'],
      false,
    ]);
    expect(sorted(badgeStates(small, { kind: 'edge', id: 't:AAA>CCC' }))).toEqual([
      ['AAA', 'CCC'],
      false,
    ]);
    expect(sorted(badgeStates(small, { kind: 'event', id: 'visit' }))).toEqual([
      ['AAA', 'BBB'],
      false,
    ]);
    expect(sorted(badgeStates(small, { kind: 'agreement', id: 'aaa-ddd' }))).toEqual([
      ['AAA', 'DDD'],
      false,
    ]);
    // What the data does not hold keeps every badge rather than hiding them all.
    expect(badgeStates(small, { kind: 'event', id: 'nothing' })).toBeNull();
  });
});

describe('deal stories keep to their states', () => {
  it("brings an event's records into a story only when they are the story's states'", () => {
    const usa = real.countryIndex.get('USA')!;
    const ind = real.countryIndex.get('IND')!;
    const pak = real.countryIndex.get('PAK')!;
    // The 1965 suspension names the US-Pakistan treaty: Pakistan's story, not India's.
    const indian = pairStory(real, usa, ind).steps.map((s) => s.key);
    expect(indian).toContain('event:usa-ind-pak-1965-09');
    expect(indian).not.toContain('agreement:usa-pak-1954');
    expect(pairStory(real, usa, pak).steps.map((s) => s.key)).toContain('agreement:usa-pak-1954');
    const indiaAlone = stateStory(real, ind).steps.map((s) => s.key);
    expect(indiaAlone).not.toContain('agreement:usa-pak-1954');
  });
});
