/**
 * The timeline as a pure function: (series, scales, size, options) -> an SVG description (see
 * svgTree.ts). No DOM, no store: the component mounts the result, the tests compare it as text.
 *
 * Bands from top to bottom: legend; transfer volume per year (stacked, one step per year);
 * multilateral agreements as bars packed in lanes per group, with ticks where members joined
 * (above the bar) or left (below); bilateral agreements in force per year; the year axis.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { WeightMeasure } from '../../model/filters';
import { formatNumber, measureUnit } from '../../model/format';
import type { TimelineModel, VolumeTable } from '../../model/timeline';
import { el, r1, type SvgNode } from './svgTree';

export type { TimelineModel };

export interface Size {
  width: number;
  height: number;
}

export interface Band {
  top: number;
  bottom: number;
}

export interface TimelineScales {
  first: number;
  last: number;
  /** Year -> x of the middle of that year's column; the domain is padded by half a year. */
  x: ScaleLinear<number, number>;
  /** Value -> y within the volume band. */
  volumeY: ScaleLinear<number, number>;
  /** Count -> y within the bilateral band. */
  bilateralY: ScaleLinear<number, number>;
  legend: Band;
  volume: Band;
  lanes: Band;
  bilateral: Band | null;
  axisY: number;
  laneHeight: number;
  /** Top of each agreement group. */
  groupTop: Map<string, number>;
  /** Total height needed (may exceed the container's height: the panel then scrolls). */
  height: number;
  marginLeft: number;
}

export const MARGIN = { left: 128, right: 14 };
const BILATERAL_HEIGHT = 26;
const AXIS_HEIGHT = 22;
const GROUP_GAP = 4;
const MIN_GROUP_HEIGHT = 12;
const LANE = { min: 5, max: 14 };

export const WEIGHT_UNITS: Record<WeightMeasure, string> = {
  value: 'TIV (millions)',
  units: 'units',
  deals: 'deals',
};

/** The unit for a quantity, with plural rules ("1 deal", "2 deals"; TIV is invariant). */
export function unitFor(weight: WeightMeasure, n: number): string {
  return weight === 'value' ? WEIGHT_UNITS.value : measureUnit(weight, n);
}

interface LegendItem {
  key: string;
  label: string;
  color: string;
  x: number;
  row: number;
}

interface LegendLayout {
  caption: string;
  items: LegendItem[];
  rows: number;
}

const LEGEND_FONT = 11;
const LEGEND_ROW = 16;

/** Caption then one swatch per series, wrapped onto as many rows as the width needs. */
function legendLayout(volume: VolumeTable, width: number): LegendLayout {
  const caption = volume.hidden
    ? 'Arms transfers are switched off in the filters'
    : `${capitalise(WEIGHT_UNITS[volume.weight])} delivered per year, by ${SPLIT_WORDS[volume.splitBy]}:`;
  const limit = width - MARGIN.right;
  let x = 4 + textWidth(caption, LEGEND_FONT) + 10;
  let row = 0;
  const items: LegendItem[] = [];
  for (const s of volume.series) {
    const w = 14 + textWidth(s.label, LEGEND_FONT) + 12;
    if (x + w > limit && x > MARGIN.left) {
      row++;
      x = MARGIN.left;
    }
    items.push({ key: s.key, label: s.label, color: s.color, x, row });
    x += w;
  }
  return { caption, items, rows: row + 1 };
}

export function timelineScales(model: TimelineModel, size: Size): TimelineScales {
  const { volume, agreements } = model;
  const first = volume.rows[0]?.year ?? 1945;
  const last = volume.rows[volume.rows.length - 1]?.year ?? first;
  const width = Math.max(size.width, MARGIN.left + MARGIN.right + 60);
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([MARGIN.left, width - MARGIN.right]);

  const legendHeight = legendLayout(volume, width).rows * LEGEND_ROW + 2;
  const hasBilateral = agreements.bilateral.length > 0;
  const fixed = legendHeight + 6 + 8 + (hasBilateral ? BILATERAL_HEIGHT + 8 : 0) + AXIS_HEIGHT + 2;
  const available = Math.max(0, size.height - fixed);
  const totalLanes = agreements.groups.reduce((s, g) => s + g.lanes, 0);
  // Lanes get 60% of the room (within LANE limits); the volume band gets whatever is left.
  const laneSpace = available * 0.6 - agreements.groups.length * GROUP_GAP;
  const laneHeight =
    totalLanes === 0
      ? LANE.max
      : Math.max(LANE.min, Math.min(LANE.max, Math.floor((laneSpace / totalLanes) * 2) / 2));
  const lanesNeed = agreements.groups.reduce(
    (sum, g) => sum + Math.max(MIN_GROUP_HEIGHT, g.lanes * laneHeight) + GROUP_GAP,
    0,
  );
  const volumeHeight = Math.round(
    Math.max(48, Math.min(150, available * 0.35), available - lanesNeed),
  );

  const legend = { top: 0, bottom: legendHeight };
  const volumeBand = { top: legendHeight + 6, bottom: legendHeight + 6 + volumeHeight };
  let y = volumeBand.bottom + 8;
  const groupTop = new Map<string, number>();
  for (const g of agreements.groups) {
    groupTop.set(g.key, y);
    y += Math.max(MIN_GROUP_HEIGHT, g.lanes * laneHeight) + GROUP_GAP;
  }
  const lanes = { top: volumeBand.bottom + 8, bottom: y };
  let bilateral: Band | null = null;
  if (hasBilateral) {
    bilateral = { top: y + 4, bottom: y + 4 + BILATERAL_HEIGHT };
    y = bilateral.bottom + 4;
  }
  const axisY = y;
  const height = Math.max(size.height, axisY + AXIS_HEIGHT);

  const volumeY = scaleLinear()
    .domain([0, volume.max > 0 ? volume.max : 1])
    .range([volumeBand.bottom, volumeBand.top + 4]);
  const bilateralY = scaleLinear()
    .domain([0, Math.max(1, agreements.bilateralMax)])
    .range(bilateral ? [bilateral.bottom, bilateral.top + 4] : [0, 0]);

  return {
    first,
    last,
    x,
    volumeY,
    bilateralY,
    legend,
    volume: volumeBand,
    lanes,
    bilateral,
    axisY,
    laneHeight,
    groupTop,
    height,
    marginLeft: MARGIN.left,
  };
}

/** The year under a horizontal position, clamped to the span. */
export function yearAt(scales: TimelineScales, px: number): number {
  const year = Math.round(scales.x.invert(px));
  return Math.max(scales.first, Math.min(scales.last, year));
}

export { formatNumber };

/**
 * A stacked step area: each year a flat column one year wide, between `lower` and `upper` values
 * (already in pixels). Written with H/V commands and no repeated points, so files stay small.
 */
export function stepArea(xs: number[], upper: number[], lower: number[]): string {
  const n = xs.length;
  if (n === 0) return '';
  const half = n > 1 ? (xs[1]! - xs[0]!) / 2 : 0.5;
  let d = `M${r1(xs[0]! - half)},${r1(upper[0]!)}`;
  let y = r1(upper[0]!);
  for (let i = 0; i < n; i++) {
    const yi = r1(upper[i]!);
    if (yi !== y) d += `V${(y = yi)}`;
    if (i === n - 1 || r1(upper[i + 1]!) !== yi) d += `H${r1(xs[i]! + half)}`;
  }
  for (let i = n - 1; i >= 0; i--) {
    const yi = r1(lower[i]!);
    if (yi !== y) d += `V${(y = yi)}`;
    if (i === 0 || r1(lower[i - 1]!) !== yi) d += `H${r1(xs[i]! - half)}`;
  }
  return `${d}Z`;
}

/** Truncate a label to a width, with an ellipsis. */
export function fitText(s: string, width: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= width) return s;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.58)) - 1);
  return `${s.slice(0, chars).trimEnd()}…`;
}

/** A rough text width (no DOM to measure with): good enough to decide what fits. */
const textWidth = (s: string, fontSize: number) => s.length * fontSize * 0.58;

export interface RenderOptions {
  /** Country whose memberships are highlighted (others dimmed), or null. */
  highlightCountry?: number | null;
  /** Agreement id drawn as selected. */
  selectedAgreement?: string | null;
}

/** The chart: legend, volume, agreement bars, bilateral counts and axis. */
export function renderTimeline(
  model: TimelineModel,
  scales: TimelineScales,
  size: Size,
  options: RenderOptions = {},
): SvgNode {
  const width = Math.max(size.width, MARGIN.left + MARGIN.right + 60);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'tl-svg',
      width: r1(width),
      height: r1(scales.height),
      viewBox: `0 0 ${r1(width)} ${r1(scales.height)}`,
    },
    [
      renderLegend(model, scales, width),
      renderVolume(model, scales),
      renderAgreements(model, scales, options),
      renderBilateral(model, scales),
      renderAxis(scales),
    ],
  );
}

function renderLegend(model: TimelineModel, scales: TimelineScales, width: number): SvgNode {
  const layout = legendLayout(model.volume, width);
  const baseline = (row: number) => scales.legend.top + 12 + row * LEGEND_ROW;
  const items: SvgNode[] = [
    el('text', { class: 'tl-legend-caption', x: 4, y: baseline(0) }, [], layout.caption),
  ];
  for (const item of layout.items) {
    const y = baseline(item.row);
    items.push(
      el('g', { class: 'tl-legend-item', 'data-series': item.key }, [
        el('rect', { x: r1(item.x), y: y - 9, width: 10, height: 10, rx: 2, fill: item.color }),
        el('text', { x: r1(item.x + 14), y }, [], item.label),
      ]),
    );
  }
  return el('g', { class: 'tl-legend' }, items);
}

const SPLIT_WORDS = { supplier: 'supplier', region: 'recipient region', category: 'category' };
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function renderVolume(model: TimelineModel, scales: TimelineScales): SvgNode {
  const { volume } = model;
  const { x, volumeY } = scales;
  const children: SvgNode[] = [];
  // Gridlines and their values.
  const ticks = volume.max > 0 ? volumeY.ticks(3).filter((t) => t > 0) : [];
  for (const t of ticks) {
    const y = r1(volumeY(t));
    children.push(
      el('line', {
        class: 'tl-grid',
        x1: r1(x.range()[0]!),
        x2: r1(x.range()[1]!),
        y1: y,
        y2: y,
      }),
      el(
        'text',
        { class: 'tl-tick-label', x: MARGIN.left - 6, y: y + 3.5, 'text-anchor': 'end' },
        [],
        formatNumber(t),
      ),
    );
  }
  children.push(
    el(
      'text',
      { class: 'tl-band-label', x: 4, y: scales.volume.top + 10 },
      [],
      `Transfers (${WEIGHT_UNITS[volume.weight]})`,
    ),
  );

  // Stacked steps: one path per series, each year a flat column of one year's width.
  const lower = new Array<number>(volume.rows.length).fill(0);
  volume.series.forEach((s, si) => {
    const upper = volume.rows.map((row, i) => lower[i]! + row.values[si]!);
    if (upper.every((u, i) => u === lower[i])) return;
    const d = stepArea(
      volume.rows.map((row) => x(row.year)),
      upper.map((v) => volumeY(v)),
      lower.map((v) => volumeY(v)),
    );
    children.push(
      el(
        'path',
        {
          class: 'tl-area',
          d,
          fill: s.color,
          'data-series': s.key,
        },
        [
          el(
            'title',
            {},
            [],
            `${s.label}: ${formatNumber(s.total)} ${unitFor(volume.weight, s.total)} in ${scales.first}–${scales.last}`,
          ),
        ],
      ),
    );
    upper.forEach((u, i) => (lower[i] = u));
  });
  children.push(
    el('line', {
      class: 'tl-baseline',
      x1: r1(x.range()[0]!),
      x2: r1(x.range()[1]!),
      y1: r1(scales.volume.bottom),
      y2: r1(scales.volume.bottom),
    }),
  );
  return el('g', { class: 'tl-volume' }, children);
}

function renderAgreements(
  model: TimelineModel,
  scales: TimelineScales,
  options: RenderOptions,
): SvgNode {
  const { agreements } = model;
  const { x, laneHeight } = scales;
  const highlight = options.highlightCountry ?? null;
  const children: SvgNode[] = [];
  for (const g of agreements.groups) {
    const top = scales.groupTop.get(g.key)!;
    children.push(
      el(
        'text',
        { class: 'tl-group-label', x: MARGIN.left - 6, y: r1(top + 9), 'text-anchor': 'end' },
        [el('title', {}, [], g.label)],
        fitText(g.label, MARGIN.left - 10, 10),
      ),
      el('line', {
        class: 'tl-group-rule',
        x1: 4,
        x2: r1(x.range()[1]!),
        y1: r1(top - GROUP_GAP / 2),
        y2: r1(top - GROUP_GAP / 2),
      }),
    );
  }
  const barHeight = Math.max(3, laneHeight - 1.5);
  agreements.bars.forEach((bar, index) => {
    const group = agreements.groups.find((g) => g.key === bar.group)!;
    const top = scales.groupTop.get(bar.group)! + bar.lane * laneHeight;
    const x0 = x(bar.from - 0.5);
    const x1 = x(bar.to + 0.5);
    const member = highlight !== null && bar.members.includes(highlight);
    const classes = ['tl-bar'];
    if (highlight !== null) classes.push(member ? 'is-member' : 'is-dim');
    if (options.selectedAgreement === bar.id) classes.push('is-selected');
    const span = `${bar.from}–${bar.ongoing ? 'in force' : bar.to}`;
    const parts: SvgNode[] = [
      el('title', {}, [], `${bar.name} (${span}), ${bar.members.length} members`),
      el('rect', {
        x: r1(x0),
        y: r1(top),
        width: r1(Math.max(1, x1 - x0)),
        height: r1(barHeight),
        rx: 1,
        fill: group.color,
      }),
    ];
    if (barHeight >= 9 && textWidth(bar.label, 9) + 6 < x1 - x0) {
      parts.push(
        el(
          'text',
          { class: 'tl-bar-label', x: r1(x0 + 3), y: r1(top + barHeight - 2.5) },
          [],
          bar.label,
        ),
      );
    }
    for (const change of bar.changes) {
      const cx = r1(x(change.year));
      if (change.joined.length > 0)
        parts.push(
          el('line', {
            class: 'tl-join',
            x1: cx,
            x2: cx,
            y1: r1(top - 1.5),
            y2: r1(top + barHeight / 2),
          }),
        );
      if (change.left.length > 0)
        parts.push(
          el('line', {
            class: 'tl-leave',
            x1: cx,
            x2: cx,
            y1: r1(top + barHeight / 2),
            y2: r1(top + barHeight + 1.5),
          }),
        );
    }
    children.push(
      el('g', { class: classes.join(' '), 'data-bar': index, 'data-agreement': bar.id }, parts),
    );
  });
  if (agreements.groups.length === 0) {
    children.push(
      el(
        'text',
        { class: 'tl-empty', x: r1(MARGIN.left), y: r1(scales.lanes.top + 12) },
        [],
        'No multilateral agreement passes the filters',
      ),
    );
  }
  return el('g', { class: 'tl-agreements' }, children);
}

function renderBilateral(model: TimelineModel, scales: TimelineScales): SvgNode {
  const { agreements } = model;
  const band = scales.bilateral;
  if (!band) return el('g', { class: 'tl-bilateral' });
  const { x, bilateralY } = scales;
  const children: SvgNode[] = [
    el(
      'text',
      { class: 'tl-group-label', x: MARGIN.left - 6, y: r1(band.top + 11), 'text-anchor': 'end' },
      [],
      'Bilateral in force',
    ),
    el(
      'text',
      { class: 'tl-tick-label', x: MARGIN.left - 6, y: r1(band.top + 22), 'text-anchor': 'end' },
      [],
      `max ${agreements.bilateralMax}`,
    ),
  ];
  // One path per group, stacked like the volume band.
  const lower = new Array<number>(agreements.bilateral.length).fill(0);
  agreements.bilateralGroups.forEach((g, gi) => {
    const upper = agreements.bilateral.map((row, i) => lower[i]! + row.counts[gi]!);
    const d = stepArea(
      agreements.bilateral.map((row) => x(row.year)),
      upper.map((v) => bilateralY(v)),
      lower.map((v) => bilateralY(v)),
    );
    children.push(
      el(
        'path',
        {
          class: 'tl-area tl-bilateral-area',
          d,
          fill: g.color,
        },
        [el('title', {}, [], `Bilateral, ${g.label}`)],
      ),
    );
    upper.forEach((u, i) => (lower[i] = u));
  });
  return el('g', { class: 'tl-bilateral' }, children);
}

/** Year ticks: round years that fit the width, plus the first and last year when there is room. */
export function yearTicks(scales: TimelineScales): number[] {
  const { x, first, last } = scales;
  const [r0, r1_] = x.range() as [number, number];
  const count = Math.max(2, Math.floor((r1_ - r0) / 64));
  const ticks = x.ticks(count).filter((t) => Number.isInteger(t) && t >= first && t <= last);
  const spacing = (r1_ - r0) / (last - first + 1);
  const minGap = 34;
  if (ticks.length === 0 || (ticks[0]! - first) * spacing >= minGap) ticks.unshift(first);
  if ((last - ticks[ticks.length - 1]!) * spacing >= minGap) ticks.push(last);
  return ticks;
}

function renderAxis(scales: TimelineScales): SvgNode {
  const { x, axisY } = scales;
  const children: SvgNode[] = [
    el('line', {
      class: 'tl-axis-line',
      x1: r1(x.range()[0]!),
      x2: r1(x.range()[1]!),
      y1: r1(axisY),
      y2: r1(axisY),
    }),
  ];
  for (const t of yearTicks(scales)) {
    const tx = r1(x(t));
    children.push(
      el('line', { class: 'tl-axis-tick', x1: tx, x2: tx, y1: r1(axisY), y2: r1(axisY + 4) }),
      el(
        'text',
        { class: 'tl-tick-label', x: tx, y: r1(axisY + 15), 'text-anchor': 'middle' },
        [],
        String(t),
      ),
    );
  }
  return el('g', { class: 'tl-axis' }, children);
}

/**
 * The selected period over every band: a shaded range, or in "as of" mode a single-year marker
 * with its year. Drawn apart from the chart, so moving it does not rebuild the rest.
 */
export function renderPeriod(
  scales: TimelineScales,
  period: { mode: 'range' | 'asOf'; from: number; to: number },
): SvgNode {
  const { x } = scales;
  const top = scales.volume.top;
  const bottom = scales.axisY;
  if (period.mode === 'asOf') {
    const cx = r1(x(period.to));
    return el('g', { class: 'tl-period tl-period-asof' }, [
      el('rect', {
        class: 'tl-period-shade',
        x: r1(x(period.to - 0.5)),
        y: r1(top),
        width: r1(x(period.to + 0.5) - x(period.to - 0.5)),
        height: r1(bottom - top),
      }),
      el('line', { class: 'tl-marker', x1: cx, x2: cx, y1: r1(top - 2), y2: r1(bottom) }),
      el(
        'text',
        { class: 'tl-marker-label', x: cx, y: r1(top - 3), 'text-anchor': 'middle' },
        [],
        String(period.to),
      ),
    ]);
  }
  const x0 = x(period.from - 0.5);
  const x1 = x(period.to + 0.5);
  return el('g', { class: 'tl-period tl-period-range' }, [
    el('rect', {
      class: 'tl-period-shade',
      x: r1(x0),
      y: r1(scales.volume.bottom),
      width: r1(x1 - x0),
      height: r1(bottom - scales.volume.bottom),
    }),
  ]);
}
