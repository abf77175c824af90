/**
 * The pair view's year strip as geometry: one row of marks per direction (a bar per delivery
 * year, as high as the deals delivering that year; a tick per order year), one bar per shared
 * agreement, the selected period as a band, and year ticks. A pure function of the pair record,
 * the period and a width, so the drawing component only maps it to SVG, and tests read numbers.
 */
import type { PairDeal, PairRecord } from './pair';

export interface StripMark {
  /** Left edge and width of the year's slot: marks never overlap, however many years. */
  x: number;
  width: number;
  year: number;
  /** Height: 5 for one deal, 3 more for each other deal delivering that year, at most 16. */
  height: number;
  deals: number;
  /** Some delivery of that year is drawn in the network now. */
  drawn: boolean;
  /** "A → B, 1990: Mirage 2000, Alpha Jet". */
  title: string;
}

export interface StripRow {
  label: string;
  y: number;
  /** y of the row's baseline: delivery marks rise from it, order ticks hang below it. */
  baseline: number;
  marks: StripMark[];
  /** Centre x of each order year (a deal ordered that year). */
  orders: { x: number; year: number; title: string }[];
}

export interface StripBar {
  label: string;
  y: number;
  /** Segments in x; `open` when the membership lasts past the axis end (still in force). */
  segments: { x: number; width: number; open: boolean }[];
  /** Agreement index, for the type colour and the link. */
  index: number;
  drawn: boolean;
  title: string;
}

export interface StripLayout {
  width: number;
  height: number;
  from: number;
  to: number;
  /** The selected period, in x; null when it covers the whole axis. */
  band: { x: number; width: number } | null;
  rows: StripRow[];
  bars: StripBar[];
  ticks: { x: number; year: number }[];
  /** y of the axis line. */
  axisY: number;
}

export const STRIP = {
  padX: 8,
  labelHeight: 10,
  /** Label, marks up to 16 high, order ticks 4 below the baseline. */
  rowHeight: 32,
  barHeight: 18,
  axisHeight: 18,
  top: 4,
} as const;

/** Tick years: round numbers, about one per 60 px. */
function tickYears(from: number, to: number, width: number): number[] {
  const span = Math.max(1, to - from);
  const wanted = Math.max(2, Math.floor(width / 60));
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= wanted) ?? 100;
  const first = Math.ceil(from / step) * step;
  const out: number[] = [];
  for (let y = first; y <= to; y += step) out.push(y);
  return out;
}

function row(
  label: string,
  deals: PairDeal[],
  slot: (year: number) => { x: number; width: number },
  y: number,
): StripRow {
  const byYear = new Map<number, { names: string[]; drawn: boolean }>();
  for (const deal of deals)
    for (const d of deal.deliveries) {
      let entry = byYear.get(d.year);
      if (!entry) byYear.set(d.year, (entry = { names: [], drawn: false }));
      if (!entry.names.includes(deal.transfer.designation))
        entry.names.push(deal.transfer.designation);
      entry.drawn ||= d.drawn;
    }
  const marks = [...byYear]
    .sort((p, q) => p[0] - q[0])
    .map(([year, e]) => ({
      ...slot(year),
      year,
      height: Math.min(16, 5 + 3 * (e.names.length - 1)),
      deals: e.names.length,
      drawn: e.drawn,
      title: `${label}, ${year}: ${e.names.join(', ')}`,
    }));
  const orderYears = new Map<number, string[]>();
  for (const deal of deals) {
    const year = deal.transfer.ordered?.year;
    if (year === undefined) continue;
    orderYears.set(year, [...(orderYears.get(year) ?? []), deal.transfer.designation]);
  }
  const orders = [...orderYears]
    .sort((p, q) => p[0] - q[0])
    .map(([year, names]) => {
      const { x, width } = slot(year);
      return { x: x + width / 2, year, title: `${label}, ordered ${year}: ${names.join(', ')}` };
    });
  return { label, y, baseline: y + STRIP.labelHeight + 16, marks, orders };
}

/**
 * Lay the strip out over [from, to] = the pair's years and the period together. `names` gives the
 * two states' names; rows without any deal are left out.
 */
export function yearStripLayout(
  record: PairRecord,
  names: { a: string; b: string },
  period: [number, number],
  width: number,
): StripLayout {
  const from = Math.min(record.span?.[0] ?? period[0], period[0]);
  const to = Math.max(record.span?.[1] ?? period[1], period[1]);
  const inner = width - 2 * STRIP.padX;
  // Each year is a slot [year, year + 1): a one-year period still has a width.
  const x = (year: number) => STRIP.padX + ((year - from) / (to - from + 1)) * inner;
  const rows: StripRow[] = [];
  let y = STRIP.top;
  for (const [label, deals] of [
    [`${names.a} → ${names.b}`, record.aToB],
    [`${names.b} → ${names.a}`, record.bToA],
  ] as const) {
    if (deals.length === 0) continue;
    const slot = (year: number) => ({
      x: x(year) + 0.5,
      width: Math.max(1, x(year + 1) - x(year) - 1),
    });
    rows.push(row(label, deals, slot, y));
    y += STRIP.rowHeight;
  }
  const bars: StripBar[] = record.agreements.map((agreement) => {
    const barY = y;
    y += STRIP.barHeight;
    const label = agreement.record.shortName ?? agreement.record.name;
    return {
      label,
      y: barY,
      index: agreement.index,
      drawn: agreement.drawn,
      title: `${label}: together ${agreement.together
        .map((t) => (Number.isFinite(t.to) ? `${t.from}–${t.to}` : `since ${t.from}`))
        .join(', ')}`,
      segments: agreement.together.map((t) => {
        const end = Math.min(Number.isFinite(t.to) ? t.to : to, to);
        const start = Math.max(t.from, from);
        return {
          x: x(start),
          width: Math.max(1, x(end + 1) - x(start)),
          open: !Number.isFinite(t.to),
        };
      }),
    };
  });
  const axisY = y + 2;
  const whole = period[0] <= from && period[1] >= to;
  return {
    width,
    height: axisY + STRIP.axisHeight,
    from,
    to,
    band: whole ? null : { x: x(period[0]), width: x(period[1] + 1) - x(period[0]) },
    rows,
    bars,
    ticks: tickYears(from, to, inner).map((year) => ({
      x: x(year) + inner / (to - from + 1) / 2,
      year,
    })),
    axisY,
  };
}
