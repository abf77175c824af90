/**
 * The comparison period: a second year range set beside the view's own (`cmp=2010-2014` beside
 * `from=2020&to=2024`). Any two periods may be compared, overlapping or not, of any lengths. The
 * comparison always reads forward in time: the period that starts earlier is "before", the other
 * "after", whichever of the two the link calls `cmp` (a tie gained is one the later period has).
 */
import { formatYearSpan } from './format';

export interface Period {
  /** Inclusive years. */
  from: number;
  to: number;
}

/** How the comparison is drawn: one difference network, or the two periods side by side. */
export type CompareMode = 'diff' | 'side';
export const COMPARE_MODES: readonly CompareMode[] = ['diff', 'side'];
export const COMPARE_MODE_LABELS: Record<CompareMode, string> = {
  diff: 'Differences',
  side: 'Side by side',
};

export const periodLength = (p: Period): number => p.to - p.from + 1;

export const samePeriod = (a: Period | null, b: Period | null): boolean =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);

/** `2010-2014`, or `2010` for a single year: how a link writes a period. */
export function periodText(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

/** "2010–2014" (or "2010"), for people. */
export function periodLabel(p: Period): string {
  return formatYearSpan(p.from, p.to);
}

const PERIOD_PATTERN = /^([+-]?\d{1,6})(?:\s*(?:-|–|—|:|\.\.)\s*([+-]?\d{1,6}))?$/;

export interface PeriodReading {
  period: Period | null;
  /** What was corrected or why nothing could be read (for the link's notice). */
  messages: string[];
}

/**
 * A period as a link or a text field writes it (`2010-2014`, `2010–2014`, `2010`), checked
 * against the data's years: clamped into them, the two ends swapped when reversed. Null with a
 * message when it is not a period or lies wholly outside the data. Never throws.
 */
export function readPeriod(
  text: string,
  span: readonly [number, number],
  key = 'cmp',
): PeriodReading {
  const messages: string[] = [];
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) {
    // Printable and short: the text comes from a link.
    // eslint-disable-next-line no-control-regex
    const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    const shown = printable.length > 30 ? `${printable.slice(0, 29)}…` : printable;
    return {
      period: null,
      messages: [`"${shown}" in "${key}" is not a period (write it as 2010-2014) and was ignored`],
    };
  }
  let from = Number(match[1]) + 0;
  let to = match[2] === undefined ? from : Number(match[2]) + 0;
  if (from > to) {
    messages.push(
      `The period in "${key}" ran backwards (${from}-${to}): the two ends were swapped`,
    );
    [from, to] = [to, from];
  }
  const [first, last] = span;
  if (to < first || from > last) {
    messages.push(
      `The period ${from}-${to} in "${key}" lies outside the data (${first}-${last}) and was ignored`,
    );
    return { period: null, messages };
  }
  if (from < first || to > last) {
    const clamped = { from: Math.max(from, first), to: Math.min(to, last) };
    messages.push(
      `The period ${from}-${to} in "${key}" reaches outside the data (${first}-${last}): ${periodText(clamped)} is compared`,
    );
    return { period: clamped, messages };
  }
  return { period: { from, to }, messages };
}

export interface OrderedPeriods {
  before: Period;
  after: Period;
  /** Which of the two is the view's own period (`from`/`to`); the other is `cmp`. */
  viewIs: 'before' | 'after';
  /** True when the two periods have different lengths: volumes are then compared per year. */
  lengthsDiffer: boolean;
  /** True when the two periods share at least one year. */
  overlap: boolean;
}

/**
 * The two periods in the order the comparison reads them: the one that starts earlier first (the
 * one that ends earlier when both start together; the view's own period when they are equal).
 */
export function orderPeriods(view: Period, cmp: Period): OrderedPeriods {
  const viewFirst = view.from < cmp.from || (view.from === cmp.from && view.to <= cmp.to);
  const before = viewFirst ? view : cmp;
  const after = viewFirst ? cmp : view;
  return {
    before,
    after,
    viewIs: viewFirst ? 'before' : 'after',
    lengthsDiffer: periodLength(before) !== periodLength(after),
    overlap: before.to >= after.from,
  };
}

/**
 * A sensible period to compare with when the user turns comparison on: the period of equal length
 * just before the view's (2015-2019 for 2020-2024), or just after it when that lies before the
 * data; clipped to the data.
 */
export function suggestedComparison(view: Period, span: readonly [number, number]): Period {
  const length = periodLength(view);
  const earlier = { from: view.from - length, to: view.from - 1 };
  if (earlier.from >= span[0]) return earlier;
  const later = { from: view.to + 1, to: view.to + length };
  if (later.to <= span[1]) return later;
  // Neither fits whole: the larger remainder of the data, else the first half of the view.
  const room = { before: view.from - span[0], after: span[1] - view.to };
  if (room.before > 0 && room.before >= room.after) return { from: span[0], to: view.from - 1 };
  if (room.after > 0) return { from: view.to + 1, to: span[1] };
  return { from: view.from, to: view.from + Math.max(0, Math.floor(length / 2) - 1) };
}
