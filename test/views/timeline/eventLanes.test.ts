/**
 * The events lane: a golden file of the fixture with events, and the rules that keep markers
 * readable (a shape per kind, a series on one line, markers that would touch on sub-rows, folding).
 */
import { join } from 'node:path';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { compileFilters } from '../../../src/model/compileFilters';
import { indexDataset } from '../../../src/model/dataset';
import { eventLaneGroups } from '../../../src/model/eventLanes';
import { keptEvents } from '../../../src/model/events';
import { defaultFilters, type FilterState } from '../../../src/model/filters';
import { LIGHT } from '../../../src/model/theme';
import { agreementBars, transferVolumeByYear } from '../../../src/model/timeline';
import { EVENT_KINDS, type DiplomaticEvent } from '../../../src/model/types';
import { OPEN_ROWS, layoutEventLanes, markerPath } from '../../../src/views/timeline/eventLanes';
import {
  renderTimeline,
  timelineScales,
  type TimelineModel,
} from '../../../src/views/timeline/renderTimeline';
import { toSvgString } from '../../../src/views/timeline/svgTree';
import { fixtureDataset } from '../../model/fixture';

const event = (e: Partial<DiplomaticEvent> & Pick<DiplomaticEvent, 'id' | 'kind' | 'date'>) =>
  ({ title: e.id, participants: [], source: 'test', ...e }) as DiplomaticEvent;

const data = indexDataset({
  ...fixtureDataset(),
  events: [
    event({ id: 'fair-1960', kind: 'exhibition', date: '1960-06', host: 'BBB', series: 'Fair' }),
    event({ id: 'fair-1961', kind: 'exhibition', date: '1961-06', host: 'BBB', series: 'Fair' }),
    event({
      id: 'drill-1975',
      kind: 'exercise',
      date: '1975',
      participants: ['AAA', 'DDD'],
      series: 'A very long exercise name',
    }),
    event({
      id: 'visit',
      kind: 'visit',
      date: '1958-11-02',
      host: 'BBB',
      participants: ['AAA', 'BBB'],
    }),
    event({
      id: 'summit',
      kind: 'summit',
      date: '1958-11-20',
      host: 'AAA',
      participants: ['AAA', 'BBB'],
    }),
    event({
      id: 'halt',
      kind: 'export-decision',
      date: '1961',
      host: 'AAA',
      participants: ['CCC'],
    }),
    event({ id: 'sign-a', kind: 'signing', date: '1955-03', participants: ['AAA', 'DDD'] }),
    event({ id: 'sign-b', kind: 'signing', date: '1955-04', participants: ['AAA', 'DDD'] }),
  ],
});

function build(filters: Partial<FilterState> = {}): TimelineModel {
  const f = { ...defaultFilters(data.yearSpan), ...filters };
  const events = keptEvents(data, compileFilters(data, f), { allYears: true });
  return {
    volume: transferVolumeByYear(data, f, 'supplier', 'deals'),
    agreements: agreementBars(data, f, 'type', { focusCountry: null }),
    events: { groups: eventLaneGroups(data, events), list: data.events },
    countryName: (i) => data.countries[i]?.name ?? '',
  };
}

describe('events lane', () => {
  it('golden file: events above the agreements, one shape per kind, a selected event', async () => {
    const model = build();
    const scales = timelineScales(model, { width: 640, height: 320 });
    const tree = renderTimeline(model, scales, {
      eventColors: LIGHT.eventKinds,
      selectedEvent: 'visit',
    });
    await expect(`${toSvgString(tree)}\n`).toMatchFileSnapshot(
      join(__dirname, '__golden__', 'fixture-events.svg'),
    );
  });

  it('names a group once: a one-row group on its header line, an open group whole on a phone', () => {
    const model = build();
    const narrow = toSvgString(
      renderTimeline(model, timelineScales(model, { width: 390, height: 320 }), {
        eventColors: LIGHT.eventKinds,
      }),
    );
    expect(narrow).toContain('>▾ Visits and signings</text>');
    const wide = toSvgString(
      renderTimeline(model, timelineScales(model, { width: 640, height: 320 }), {
        eventColors: LIGHT.eventKinds,
      }),
    );
    expect(wide.match(/>[^<]*Export decisions<\/text>/g)).toHaveLength(1);
  });

  it('draws every kind with its own shape', () => {
    const shapes = EVENT_KINDS.map((k) => markerPath(k, 9));
    expect(new Set(shapes).size).toBe(EVENT_KINDS.length);
  });

  it('draws one marker per kept event, none for a kind switched off', () => {
    const all = timelineScales(build(), { width: 640, height: 320 });
    expect(all.events!.markers).toHaveLength(8);
    const noFairs = timelineScales(
      build({ eventKinds: EVENT_KINDS.filter((k) => k !== 'exhibition') }),
      { width: 640, height: 320 },
    );
    expect(noFairs.events!.markers.map((m) => data.events[m.index]!.kind)).not.toContain(
      'exhibition',
    );
    expect(noFairs.events!.markers).toHaveLength(6);
    const none = timelineScales(build({ eventKinds: [] }), { width: 640, height: 320 });
    expect(none.events).toBeNull();
  });

  it('keeps a series on one line and spreads touching markers over sub-rows', () => {
    // 4 px a year: the two signings a month apart touch, so they take two lines.
    const x = scaleLinear().domain([1949.5, 1980.5]).range([0, 124]);
    const groups = eventLaneGroups(
      data,
      data.events.map((_, i) => i),
    );
    const layout = layoutEventLanes(groups, data.events, x, 0, new Set());
    const rows = layout.groups.flatMap((g) => g.rows);
    expect(rows.find((r) => r.key === 'kind:signing')!.lines).toBe(2);
    expect(rows.find((r) => r.key === 'series:Fair')!.lines).toBe(1);
    // No two markers of one line closer than a marker.
    const byLine = new Map<number, number[]>();
    for (const m of layout.markers) byLine.set(m.cy, [...(byLine.get(m.cy) ?? []), m.cx]);
    for (const [cy, xs] of byLine) {
      const row = rows.find((r) => cy > r.top && cy < r.top + r.lines * 15)!;
      if (row.key.startsWith('series:')) continue;
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++)
        expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(layout.size * 0.8);
    }
  });

  it(`folds a group of more than ${OPEN_ROWS} rows, and opens it when asked`, () => {
    const many = indexDataset({
      ...fixtureDataset(),
      events: Array.from({ length: OPEN_ROWS + 1 }, (_, i) =>
        event({ id: `f${i}`, kind: 'exhibition', date: '1960', host: 'BBB', series: `S${i}` }),
      ),
    });
    const x = scaleLinear().domain([1949.5, 1980.5]).range([0, 300]);
    const groups = eventLaneGroups(
      many,
      many.events.map((_, i) => i),
    );
    const folded = layoutEventLanes(groups, many.events, x, 0, new Set());
    expect(folded.groups[0]!.folded).toBe(true);
    expect(folded.markers).toHaveLength(0);
    const open = layoutEventLanes(groups, many.events, x, 0, new Set(['events:exhibition']));
    expect(open.groups[0]!.rows).toHaveLength(OPEN_ROWS + 1);
    expect(open.markers).toHaveLength(OPEN_ROWS + 1);
  });
});
