/**
 * Events of defence-industry diplomacy as the views need them: where a partial date falls on a
 * year axis, how it reads, which events a view keeps, and which ones two states share. Pure
 * functions of the indexed dataset and the compiled filters.
 *
 * What the filters mean for events (the same in the timeline, rankings, Details and the network):
 * - kinds: an event is kept when its kind is selected (`events` in the URL);
 * - years: an event is kept when its span [date, end] touches the period;
 * - regions and focus: an event is kept when one of its states (host or participant) is in the
 *   restricting set (the focus, else the selected regions). Tie kinds, weapon categories and
 *   agreement types do not apply: an event is not a tie.
 */
import type { CompiledFilters } from './compileFilters';
import type { IndexedEvent, ModelData } from './dataset';
import type { DiplomaticEvent, EventKind, PartialDate } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function partsOf(date: PartialDate): DateParts {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year!,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
  };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Where a date falls on a year axis whose year Y spans [Y - 0.5, Y + 0.5] (the timeline draws
 * year Y's column centred on Y): a bare year at its middle, a month at its middle, a day at its
 * own place. A date is never drawn more precisely than the source gives it.
 */
export function eventPosition(date: PartialDate): number {
  const { year, month, day } = partsOf(date);
  if (month === undefined) return year;
  const within = day === undefined ? 0.5 : (day - 0.5) / daysIn(year, month);
  return year - 0.5 + (month - 1 + within) / 12;
}

/** A partial date in words: "1945", "April 1945", "11 April 1945". */
export function formatPartialDate(date: PartialDate): string {
  const { year, month, day } = partsOf(date);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1] ?? '';
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** An event's date, with its end where it lasts: "17-21 February 2019", "May 2004 to June 2005". */
export function formatEventDate(event: Pick<DiplomaticEvent, 'date' | 'end'>): string {
  const start = formatPartialDate(event.date);
  if (event.end === undefined || event.end === event.date) return start;
  const a = partsOf(event.date);
  const b = partsOf(event.end);
  // One month, both days known: "17-21 February 2019".
  if (a.day !== undefined && b.day !== undefined && a.year === b.year && a.month === b.month)
    return `${a.day}–${formatPartialDate(event.end)}`;
  return `${start} to ${formatPartialDate(event.end)}`;
}

/** The states of an event, host first, each once. */
export function eventStates(event: IndexedEvent): number[] {
  const states = event.host >= 0 ? [event.host] : [];
  for (const p of event.participants) if (!states.includes(p)) states.push(p);
  return states;
}

/**
 * Indices (date order) of the events the view keeps: kind selected, a state in the restricting
 * set, and, unless `allYears`, a span that touches the period (the timeline shows every year and
 * draws the period over them).
 */
export function keptEvents(
  data: ModelData,
  cf: CompiledFilters,
  options: { allYears?: boolean } = {},
): number[] {
  const out: number[] = [];
  const near = cf.regionMask;
  data.events.forEach((e, i) => {
    if (cf.eventKindMask[e.kindIndex] === 0) return;
    if (!options.allYears && (e.to < cf.from || e.from > cf.to)) return;
    if (cf.restricted && !eventStates(e).some((s) => near[s] === 1)) return;
    out.push(i);
  });
  return out;
}

/** Whether both states took part in (or hosted) the event. */
export function involvesBoth(event: IndexedEvent, a: number, b: number): boolean {
  const states = eventStates(event);
  return states.includes(a) && states.includes(b);
}

/** Kinds of event that are a step of a deal's story (the others set the scene: fairs, drills). */
export const STORY_KINDS: readonly EventKind[] = ['visit', 'summit', 'signing', 'export-decision'];
