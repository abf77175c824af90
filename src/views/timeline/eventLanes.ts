/**
 * The events lane, placed and drawn: a pure function of the lane's groups (model/eventLanes.ts),
 * the x scale and the room, like the agreement lanes beside it. Each group has a header row (its
 * name, a fold toggle; folded, a count of its events per year); each row its name in the margin
 * and its markers, one shape per kind, so kinds read apart without colour. A series keeps its
 * editions on one line; the other rows spread markers that would touch over sub-rows.
 */
import type { ScaleLinear } from 'd3-scale';
import type { IndexedEvent } from '../../model/dataset';
import type { EventGroup } from '../../model/eventLanes';
import { eventPosition, formatEventDate } from '../../model/events';
import { EVENT_KIND_LABELS, type EventKind } from '../../model/types';
import { el, r1, type SvgNode } from './svgTree';
import { fitText } from './text';

export const EVENT_ROW = 15;
/** Marker size at most and at least (it shrinks with the room a year has). */
const MARKER = { max: 9, min: 5 };
const FONT = 10;
const GROUP_GAP = 6;

/** Sub-rows of one row at most, and how far apart (in marker sizes) markers of one line are. */
const MAX_LINES = 3;
const CLEAR = 0.8;

/** Groups open by default only when they have at most this many rows. */
export const OPEN_ROWS = 6;

export interface PlacedEvent {
  /** Index into ModelData.events. */
  index: number;
  cx: number;
  cy: number;
}

export interface PlacedEventRow {
  key: string;
  label: string;
  top: number;
  /** Sub-rows the markers need. */
  lines: number;
}

export interface PlacedEventGroup {
  group: EventGroup;
  top: number;
  height: number;
  folded: boolean;
  /** Its one row is drawn on the header line, named by the group. */
  inline: boolean;
  rows: PlacedEventRow[];
}

export interface EventLaneLayout {
  groups: PlacedEventGroup[];
  markers: PlacedEvent[];
  size: number;
  height: number;
}

/** Marker outlines centred on 0,0 for a marker of size `s`: one distinct shape per kind. */
export function markerPath(kind: EventKind, s: number): string {
  const r = s / 2;
  const f = (v: number) => r1(v);
  switch (kind) {
    case 'visit':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(s)},0a${f(r)},${f(r)} 0 1,0 ${f(-s)},0Z`;
    case 'summit':
      return `M0,${f(-r * 1.15)}L${f(r * 1.15)},0L0,${f(r * 1.15)}L${f(-r * 1.15)},0Z`;
    case 'signing':
      return `M${f(-r * 0.85)},${f(-r * 0.85)}H${f(r * 0.85)}V${f(r * 0.85)}H${f(-r * 0.85)}Z`;
    case 'exhibition':
      return `M0,${f(-r)}L${f(r)},${f(r * 0.8)}L${f(-r)},${f(r * 0.8)}Z`;
    case 'exercise':
      return `M0,${f(r)}L${f(r)},${f(-r * 0.8)}L${f(-r)},${f(-r * 0.8)}Z`;
    case 'export-decision': {
      // A cross: a halt, a licence stopped or granted.
      const a = r;
      const w = r * 0.38;
      return `M${f(-a)},${f(-a + w)}L${f(-a + w)},${f(-a)}L0,${f(-w)}L${f(a - w)},${f(-a)}L${f(a)},${f(-a + w)}L${f(w)},0L${f(a)},${f(a - w)}L${f(a - w)},${f(a)}L0,${f(w)}L${f(-a + w)},${f(a)}L${f(-a)},${f(a - w)}L${f(-w)},0Z`;
    }
  }
}

/** Whether a group shows its rows: open by default when it has few, or as the reader chose. */
export function isGroupOpen(group: EventGroup, toggled: ReadonlySet<string>): boolean {
  const byDefault = group.rows.length <= OPEN_ROWS;
  return toggled.has(group.key) ? !byDefault : byDefault;
}

/**
 * Place the lane from `top` down. `toggled` holds the groups the reader folded or opened against
 * their default.
 */
export function layoutEventLanes(
  groups: readonly EventGroup[],
  events: readonly IndexedEvent[],
  x: ScaleLinear<number, number>,
  top: number,
  toggled: ReadonlySet<string>,
): EventLaneLayout {
  const perYear = Math.abs(x(1) - x(0));
  const size = Math.max(MARKER.min, Math.min(MARKER.max, perYear - 1));
  const markers: PlacedEvent[] = [];
  const placedGroups: PlacedEventGroup[] = [];
  let y = top;
  for (const group of groups) {
    const folded = !isGroupOpen(group, toggled);
    const groupTop = y;
    // A group of one row (export decisions) draws it on its own header line: one name, not two.
    const inline = group.rows.length === 1 && !group.rows[0]!.series && !folded;
    if (!inline) y += EVENT_ROW;
    const rows: PlacedEventRow[] = [];
    if (!folded)
      for (const row of group.rows) {
        // Greedy sub-rows: a marker goes on the first line it clears (markers may touch, not
        // cover each other), at most MAX_LINES; past that, on the line it overlaps least.
        const ends: number[] = [];
        for (const i of row.events) {
          const cx = x(eventPosition(events[i]!.record.date));
          let line = row.series ? 0 : ends.findIndex((end) => end + size * CLEAR <= cx);
          if (line === -1 && ends.length < MAX_LINES) line = ends.length;
          if (line === -1) line = ends.indexOf(Math.min(...ends));
          ends[line] = cx;
          markers.push({ index: i, cx, cy: y + line * EVENT_ROW + EVENT_ROW / 2 });
        }
        const lines = Math.max(1, ends.length);
        rows.push({ key: row.key, label: row.label, top: y, lines });
        y += lines * EVENT_ROW;
      }
    placedGroups.push({ group, top: groupTop, height: y - groupTop, folded, inline, rows });
    y += GROUP_GAP;
  }
  return { groups: placedGroups, markers, size, height: groups.length > 0 ? y - top : 0 };
}

export interface EventRenderOptions {
  /** Colour of each kind (the theme's event palette). */
  colors: Readonly<Record<EventKind, string>>;
  marginLeft: number;
  /** Right end of the plot. */
  right: number;
  selectedEvent?: string | null;
  /** States whose shared events are highlighted (the others dimmed): a state, or a pair. */
  highlightStates?: readonly number[] | null;
  /** Event id of the marker that takes Tab (a roving tabindex); the first marker when absent. */
  focusEvent?: string | null;
  /** Span of the year axis, for the folded groups' counts. */
  first: number;
  last: number;
}

const countOf = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** The lane's SVG: group headers, row names, markers. */
export function renderEventLanes(
  layout: EventLaneLayout,
  events: readonly IndexedEvent[],
  x: ScaleLinear<number, number>,
  options: EventRenderOptions,
): SvgNode {
  const { marginLeft, right } = options;
  const narrow = marginLeft < 100;
  const children: SvgNode[] = [];
  for (const g of layout.groups) {
    const count = countOf(g.group.count, 'event', 'events');
    children.push(
      el(
        'g',
        {
          class: 'tl-group-toggle tl-event-group',
          'data-group': g.group.key,
          role: 'button',
          tabindex: 0,
          'aria-expanded': String(!g.folded),
          'aria-label': `${g.group.label}, ${count}: ${g.folded ? 'show' : 'hide'} the rows`,
        },
        [
          el('rect', {
            class: 'tl-group-hit',
            x: 2,
            y: r1(g.top),
            width: marginLeft - 6,
            height: EVENT_ROW,
            rx: 3,
          }),
          // On a narrow screen an open group's name takes its whole header line, from the left.
          narrow && !g.folded && !g.inline
            ? el(
                'text',
                { class: 'tl-group-label', x: 6, y: r1(g.top + 11) },
                [],
                `▾ ${fitText(g.group.label, right - 20, FONT)}`,
              )
            : el(
                'text',
                {
                  class: 'tl-group-label',
                  x: marginLeft - 8,
                  y: r1(g.top + 11),
                  'text-anchor': 'end',
                },
                [],
                `${g.folded ? '▸' : '▾'} ${fitText(g.group.label, marginLeft - 24, FONT)}`,
              ),
        ],
      ),
    );
    if (g.folded) children.push(renderFoldedEvents(g, events, x, options));
    for (const row of g.rows) {
      const label = fitText(row.label, marginLeft - 12, FONT);
      const middle = r1(row.top + (row.lines * EVENT_ROW) / 2);
      const name = el(
        'text',
        {
          class: 'tl-event-row-label',
          x: marginLeft - 8,
          y: r1(row.top + 11),
          'text-anchor': 'end',
        },
        // The full name where the margin shortens it.
        label === row.label ? [] : [el('title', {}, [], row.label)],
        label,
      );
      const rule = el('line', {
        class: 'tl-event-row-rule',
        x1: r1(marginLeft),
        x2: r1(right),
        y1: middle,
        y2: middle,
      });
      // An inline row is named by its group's header.
      children.push(
        el('g', { class: 'tl-event-row', 'data-row': row.key }, g.inline ? [rule] : [name, rule]),
      );
    }
  }

  const focusId = layout.markers.some((m) => events[m.index]!.record.id === options.focusEvent)
    ? options.focusEvent
    : (events[layout.markers[0]?.index ?? -1]?.record.id ?? null);
  const highlight = options.highlightStates ?? null;
  for (const m of layout.markers) {
    const e = events[m.index]!;
    const classes = ['tl-event', `is-${e.kind}`];
    if (highlight !== null && highlight.length > 0)
      classes.push(
        highlight.every((s) => e.host === s || e.participants.includes(s)) ? 'is-member' : 'is-dim',
      );
    if (options.selectedEvent === e.record.id) classes.push('is-selected');
    children.push(
      el(
        'g',
        {
          class: classes.join(' '),
          transform: `translate(${r1(m.cx)},${r1(m.cy)})`,
          'data-event': e.record.id,
          'data-event-index': m.index,
          role: 'button',
          tabindex: e.record.id === focusId ? 0 : -1,
          'aria-label': `${e.record.title}, ${EVENT_KIND_LABELS[e.kind]}, ${formatEventDate(e.record)}`,
        },
        [el('path', { d: markerPath(e.kind, layout.size), fill: options.colors[e.kind] })],
      ),
    );
  }
  return el('g', { class: 'tl-events' }, children);
}

/** A folded group: how many of its events fall in each year, as bars on its header row. */
function renderFoldedEvents(
  g: PlacedEventGroup,
  events: readonly IndexedEvent[],
  x: ScaleLinear<number, number>,
  options: EventRenderOptions,
): SvgNode {
  const { first, last } = options;
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const row of g.group.rows)
    for (const i of row.events) {
      const year = events[i]!.from;
      if (year >= first && year <= last) counts[year - first]!++;
    }
  const max = Math.max(1, ...counts);
  const bottom = g.top + EVENT_ROW - 1.5;
  const half = Math.abs(x(1) - x(0)) / 2;
  const color = options.colors[g.group.kinds[0]!];
  const bars = counts.flatMap((n, k) =>
    n === 0
      ? []
      : [
          el('rect', {
            x: r1(x(first + k) - half),
            y: r1(bottom - (n / max) * (EVENT_ROW - 3)),
            width: r1(half * 2),
            height: r1((n / max) * (EVENT_ROW - 3)),
          }),
        ],
  );
  return el('g', { class: 'tl-folded tl-events-folded', 'data-group': g.group.key, fill: color }, [
    el(
      'title',
      {},
      [],
      `${g.group.label}: ${countOf(g.group.count, 'event', 'events')}, up to ${max} in one year`,
    ),
    ...bars,
  ]);
}
