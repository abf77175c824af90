/**
 * Agreement bars placed in lanes, with their names: pure functions of the bars and the x scale.
 *
 * Every bar gets its name where it fits: inside the bar, else just after its end, else just before
 * its start, else inside and shortened. The space a name takes beside its bar counts as part of
 * the bar when lanes are packed, so names never run into the next bar. Packing is greedy by the
 * start of that extent (first free lane), which for intervals needs the fewest lanes there are.
 */
import type { AgreementBar } from '../../model/timeline';
import { fitText, textWidth } from './text';

export interface BarLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
  /** Drawn on the bar (needs a colour that reads on the bar's fill) or beside it. */
  inside: boolean;
}

export interface PlacedBar {
  /** Index into the model's bars. */
  index: number;
  lane: number;
  x0: number;
  x1: number;
  label: BarLabel | null;
}

export const LABEL_FONT = 10;
const PAD = 4;
const GAP = 4;
/** Pixels kept free between two extents in one lane. */
export const LANE_GAP = 6;
/** Narrower than this, a bar carries no shortened name. */
const MIN_INSIDE = 28;

/** Where a bar's name goes, and the horizontal extent the bar and its name take. */
export function placeLabel(
  text: string,
  x0: number,
  x1: number,
  bounds: readonly [number, number],
): { label: BarLabel | null; start: number; end: number } {
  const width = textWidth(text, LABEL_FONT);
  if (width + 2 * PAD <= x1 - x0)
    return { label: { text, x: x0 + PAD, anchor: 'start', inside: true }, start: x0, end: x1 };
  if (x1 + GAP + width <= bounds[1])
    return {
      label: { text, x: x1 + GAP, anchor: 'start', inside: false },
      start: x0,
      end: x1 + GAP + width,
    };
  if (x0 - GAP - width >= bounds[0])
    return {
      label: { text, x: x0 - GAP, anchor: 'end', inside: false },
      start: x0 - GAP - width,
      end: x1,
    };
  if (x1 - x0 < MIN_INSIDE) return { label: null, start: x0, end: x1 };
  return {
    label: {
      text: fitText(text, x1 - x0 - 2 * PAD, LABEL_FONT),
      x: x0 + PAD,
      anchor: 'start',
      inside: true,
    },
    start: x0,
    end: x1,
  };
}

/**
 * Place one group's bars (indices into `bars`) in lanes. `x` maps a year to the middle of its
 * column; a bar covers its years whole.
 */
export function packBars(
  bars: readonly AgreementBar[],
  indices: readonly number[],
  x: (year: number) => number,
  bounds: readonly [number, number],
): { placed: PlacedBar[]; lanes: number } {
  const items = indices.map((index) => {
    const bar = bars[index]!;
    const x0 = x(bar.from - 0.5);
    const x1 = x(bar.to + 0.5);
    return { index, x0, x1, ...placeLabel(bar.label, x0, x1, bounds) };
  });
  // Stable: bars that start together keep the model's order (start year, end, name).
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const laneEnds: number[] = [];
  const placed = new Array<PlacedBar>(items.length);
  for (const i of order) {
    const item = items[i]!;
    let lane = laneEnds.findIndex((end) => end + LANE_GAP <= item.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = item.end;
    placed[i] = { index: item.index, lane, x0: item.x0, x1: item.x1, label: item.label };
  }
  return { placed, lanes: laneEnds.length };
}

/** A placed bar with its y, as the keyboard sees it. */
export interface BarPosition {
  index: number;
  top: number;
  x0: number;
  x1: number;
}

const readingOrder = (a: BarPosition, b: BarPosition) => a.top - b.top || a.x0 - b.x0;

/** The bar Tab reaches first: top lane, then leftmost. */
export function firstInReadingOrder(placed: readonly BarPosition[]): number {
  return [...placed].sort(readingOrder)[0]!.index;
}

/**
 * Keyboard moves between bars: Left/Right along the lane, Up/Down to the lane above or below
 * (across groups) onto the bar nearest in time, Home/End to the first and last bar. Returns the
 * index of the bar to focus, or null when the key does not move (or is not a move).
 */
export function barAfterKey(
  placed: readonly BarPosition[],
  current: number,
  key: string,
): number | null {
  const here = placed.find((p) => p.index === current);
  if (!here) return placed.length > 0 ? firstInReadingOrder(placed) : null;
  const sorted = [...placed].sort(readingOrder);
  if (key === 'Home') return sorted[0]!.index;
  if (key === 'End') return sorted[sorted.length - 1]!.index;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const step = key === 'ArrowRight' ? 1 : -1;
    const lane = sorted.filter((p) => p.top === here.top);
    return lane[lane.indexOf(here) + step]?.index ?? null;
  }
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const rows = [...new Set(sorted.map((p) => p.top))];
    const row = rows[rows.indexOf(here.top) + (key === 'ArrowDown' ? 1 : -1)];
    if (row === undefined) return null;
    const middle = (here.x0 + here.x1) / 2;
    const distance = (p: BarPosition) =>
      middle < p.x0 ? p.x0 - middle : middle > p.x1 ? middle - p.x1 : 0;
    const candidates = sorted.filter((p) => p.top === row);
    return candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best)).index;
  }
  return null;
}
