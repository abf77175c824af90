/**
 * The timeline as a pure function: (series, layout, options) -> SVG descriptions (see svgTree.ts).
 * No DOM, no store: the component mounts the result, the tests compare it as text.
 *
 * Two parts, so the component can keep the first in view while the second scrolls:
 * - the head: legend; transfer volume per year (stacked, one step per year); bilateral agreements
 *   in force per year; the year axis;
 * - the lanes: multilateral agreements (and the selected state's bilateral ones) as named bars in
 *   lanes per group, with ticks where members joined (above the bar) or left (below). A group
 *   folds into one row that counts its agreements in force per year.
 * `renderTimeline` puts both in one SVG (golden files, the benchmark).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { WeightMeasure } from '../../model/filters';
import { formatNumber, measureUnit } from '../../model/format';
import type { EventKind } from '../../model/types';
import type { AgreementBar, TimelineModel, VolumeTable } from '../../model/timeline';
import { layoutEventLanes, renderEventLanes, type EventLaneLayout } from './eventLanes';
import { firstInReadingOrder, packBars, type PlacedBar } from './lanes';
import { el, r1, type SvgNode } from './svgTree';
import { fitText, textWidth } from './text';

export type { TimelineModel };

export interface Size {
  width: number;
  height: number;
}

export interface Band {
  top: number;
  bottom: number;
}

/** An agreement group in the lanes part (y in the lanes' own coordinates). */
export interface LaneGroup {
  key: string;
  label: string;
  color: string;
  top: number;
  /** Its name on a row of its own (narrow screens) rather than in the margin. */
  headerRow: boolean;
  /** Top of its first lane (below the name's row, if any). */
  lanesTop: number;
  height: number;
  /** Lanes the group takes when open. */
  lanes: number;
  collapsed: boolean;
  /** Indices of the group's bars in the model. */
  bars: number[];
}

export interface TimelineScales {
  first: number;
  last: number;
  width: number;
  /** Year -> x of the middle of that year's column; the domain is padded by half a year. */
  x: ScaleLinear<number, number>;
  /** Value -> y within the volume band. */
  volumeY: ScaleLinear<number, number>;
  /** Count -> y within the bilateral band. */
  bilateralY: ScaleLinear<number, number>;
  marginLeft: number;
  // The head, in its own coordinates.
  legend: Band;
  volume: Band;
  bilateral: Band | null;
  axisY: number;
  headHeight: number;
  // The lanes, in their own coordinates.
  /** The events lane, at the top of the lanes; null without events. */
  events: EventLaneLayout | null;
  laneHeight: number;
  groups: LaneGroup[];
  /** Bars of open groups, placed; `top` is the bar's y. */
  placed: (PlacedBar & { top: number })[];
  lanesHeight: number;
  /** Head and lanes together (one SVG: golden files, export). */
  height: number;
}

export interface LayoutOptions {
  /** Keys of the groups folded into one row (for event groups: toggled against their default). */
  collapsed?: ReadonlySet<string>;
}

const MARGIN = { wide: 136, narrow: 78, right: 14 };
const NARROW = 520;
const BILATERAL_HEIGHT = 26;
const AXIS_HEIGHT = 24;
const GROUP_GAP = 6;
const LANE_HEIGHT = 15;
const BAR_HEIGHT = 12;
const EMPTY_HEIGHT = 26;
const MARKER_ROW = 12;
const VOLUME = { min: 48, share: 0.3, preferred: 120, max: 170 };

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

const marginFor = (width: number) => (width < NARROW ? MARGIN.narrow : MARGIN.wide);

/** Caption then one swatch per series, wrapped onto as many rows as the width needs. */
function legendLayout(volume: VolumeTable, width: number): LegendLayout {
  const caption = volume.hidden
    ? 'Arms transfers are switched off in the filters'
    : `${capitalise(WEIGHT_UNITS[volume.weight])} delivered per year, by ${SPLIT_WORDS[volume.splitBy]}:`;
  const limit = width - MARGIN.right;
  const indent = Math.min(marginFor(width), 40);
  let x = 4 + textWidth(caption, LEGEND_FONT) + 10;
  let row = 0;
  const items: LegendItem[] = [];
  for (const s of volume.series) {
    const w = 14 + textWidth(s.label, LEGEND_FONT) + 12;
    if (x + w > limit && x > indent) {
      row++;
      x = indent;
    }
    items.push({ key: s.key, label: s.label, color: s.color, x, row });
    x += w;
  }
  return { caption, items, rows: row + 1 };
}

/** One group's lanes, or its one summary row when folded. */
const groupHeight = (lanes: number, collapsed: boolean) =>
  collapsed ? LANE_HEIGHT : Math.max(1, lanes) * LANE_HEIGHT;

/**
 * Where everything goes. `size.height` is the room for head and lanes together: the head takes a
 * volume band that fits (larger when the lanes need little), the lanes the rest, and they scroll
 * when they need more.
 */
export function timelineScales(
  model: TimelineModel,
  size: Size,
  options: LayoutOptions = {},
): TimelineScales {
  const { volume, agreements } = model;
  const first = volume.rows[0]?.year ?? 1945;
  const last = volume.rows[volume.rows.length - 1]?.year ?? first;
  const marginLeft = marginFor(size.width);
  const width = Math.max(size.width, marginLeft + MARGIN.right + 60);
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([marginLeft, width - MARGIN.right]);
  const bounds = [marginLeft, width - MARGIN.right] as const;

  // Lanes first: their height decides how much room the head may take.
  const collapsed = options.collapsed ?? new Set<string>();
  // On a narrow screen the margin is too small for the groups' names: each takes a row.
  const headerRow = size.width < NARROW;
  const groups: LaneGroup[] = [];
  const placed: TimelineScales['placed'] = [];
  let y = GROUP_GAP / 2;
  // Events first: a few rows, or folded groups, above the agreements' many lanes.
  const events =
    model.events && model.events.groups.length > 0
      ? layoutEventLanes(model.events.groups, model.events.list, x, y, collapsed)
      : null;
  if (events) y += events.height;
  for (const g of agreements.groups) {
    const bars = agreements.bars.flatMap((b, i) => (b.group === g.key ? [i] : []));
    const packed = packBars(agreements.bars, bars, x, bounds);
    const isCollapsed = collapsed.has(g.key);
    const lanesTop = y + (headerRow ? LANE_HEIGHT : 0);
    const height = lanesTop - y + groupHeight(packed.lanes, isCollapsed);
    groups.push({
      ...g,
      top: y,
      headerRow,
      lanesTop,
      height,
      lanes: packed.lanes,
      collapsed: isCollapsed,
      bars,
    });
    if (!isCollapsed)
      for (const p of packed.placed)
        placed.push({
          ...p,
          top: lanesTop + p.lane * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2,
        });
    y += height + GROUP_GAP;
  }
  const lanesHeight =
    groups.length === 0
      ? Math.ceil(y - GROUP_GAP / 2) + EMPTY_HEIGHT
      : Math.ceil(y - GROUP_GAP / 2);

  const legendHeight = legendLayout(volume, width).rows * LEGEND_ROW + 2;
  const hasBilateral = agreements.bilateral.length > 0;
  const fixed = legendHeight + MARKER_ROW + (hasBilateral ? BILATERAL_HEIGHT + 6 : 0) + AXIS_HEIGHT;
  const room = Math.max(0, size.height - fixed);
  const preferred = Math.min(VOLUME.preferred, Math.max(VOLUME.min, room * VOLUME.share));
  const volumeHeight = Math.round(
    Math.min(VOLUME.max, Math.max(VOLUME.min, preferred, room - lanesHeight)),
  );

  // A row under the legend for the "as of" marker's year, so it never prints over the legend.
  const legend = { top: 0, bottom: legendHeight };
  const volumeBand = {
    top: legendHeight + MARKER_ROW,
    bottom: legendHeight + MARKER_ROW + volumeHeight,
  };
  let head = volumeBand.bottom;
  let bilateral: Band | null = null;
  if (hasBilateral) {
    bilateral = { top: head + 6, bottom: head + 6 + BILATERAL_HEIGHT };
    head = bilateral.bottom;
  }
  const axisY = head + 1;
  const headHeight = axisY + AXIS_HEIGHT - 1;

  const volumeY = scaleLinear()
    .domain([0, volume.max > 0 ? volume.max : 1])
    .range([volumeBand.bottom, volumeBand.top + 4]);
  const bilateralY = scaleLinear()
    .domain([0, Math.max(1, agreements.bilateralMax)])
    .range(bilateral ? [bilateral.bottom, bilateral.top + 4] : [0, 0]);

  return {
    first,
    last,
    width,
    x,
    volumeY,
    bilateralY,
    marginLeft,
    legend,
    volume: volumeBand,
    bilateral,
    axisY,
    headHeight,
    laneHeight: LANE_HEIGHT,
    groups,
    placed,
    events,
    lanesHeight,
    height: headHeight + lanesHeight,
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

export interface RenderOptions {
  /** Country whose memberships are highlighted (others dimmed), or null. */
  highlightCountry?: number | null;
  /** Agreement id drawn as selected. */
  selectedAgreement?: string | null;
  /** Agreement id of the bar that takes Tab (a roving tabindex); the first bar when absent. */
  focusAgreement?: string | null;
  /** States whose shared events stand out (a selected state or pair); else highlightCountry. */
  highlightStates?: readonly number[] | null;
  /** Event id drawn as selected, and the marker that takes Tab. */
  selectedEvent?: string | null;
  focusEvent?: string | null;
  /** The events' colours by kind (the theme's palette); needed when the model has events. */
  eventColors?: Readonly<Record<EventKind, string>>;
}

/** The two parts, each its own <svg>. */
export function renderTimelineParts(
  model: TimelineModel,
  scales: TimelineScales,
  options: RenderOptions = {},
): { head: SvgNode; lanes: SvgNode } {
  const { width } = scales;
  const svg = (cls: string, height: number, children: SvgNode[]) =>
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        class: `tl-svg ${cls}`,
        width: r1(width),
        height: r1(height),
        viewBox: `0 0 ${r1(width)} ${r1(height)}`,
      },
      children,
    );
  return {
    head: svg('tl-head', scales.headHeight, [
      renderLegend(model, scales),
      renderVolume(model, scales),
      renderBilateral(model, scales),
      renderAxis(scales),
    ]),
    lanes: svg('tl-lanes-svg', scales.lanesHeight, [
      ...(scales.events && model.events && options.eventColors
        ? [
            renderEventLanes(scales.events, model.events.list, scales.x, {
              colors: options.eventColors,
              marginLeft: scales.marginLeft,
              right: scales.width - MARGIN.right,
              selectedEvent: options.selectedEvent ?? null,
              highlightStates:
                options.highlightStates ??
                (options.highlightCountry == null ? null : [options.highlightCountry]),
              focusEvent: options.focusEvent ?? null,
              first: scales.first,
              last: scales.last,
            }),
          ]
        : []),
      renderAgreements(model, scales, options),
    ]),
  };
}

/** Head and lanes in one SVG, the lanes below the head. */
export function renderTimeline(
  model: TimelineModel,
  scales: TimelineScales,
  options: RenderOptions = {},
): SvgNode {
  const { head, lanes } = renderTimelineParts(model, scales, options);
  const width = r1(scales.width);
  const height = r1(scales.height);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'tl-svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
    },
    [
      ...(head.children ?? []),
      el(
        'g',
        { class: 'tl-lanes-part', transform: `translate(0,${r1(scales.headHeight)})` },
        lanes.children,
      ),
    ],
  );
}

function renderLegend(model: TimelineModel, scales: TimelineScales): SvgNode {
  const layout = legendLayout(model.volume, scales.width);
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
const TICK_FONT = 10;

function renderVolume(model: TimelineModel, scales: TimelineScales): SvgNode {
  const { volume } = model;
  const { x, volumeY, marginLeft } = scales;
  const children: SvgNode[] = [];
  // Gridlines and their values, right-aligned against the plot.
  const ticks = volume.max > 0 ? volumeY.ticks(3).filter((t) => t > 0) : [];
  let widest = 0;
  for (const t of ticks) {
    const y = r1(volumeY(t));
    const text = formatNumber(t);
    widest = Math.max(widest, textWidth(text, TICK_FONT));
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
        { class: 'tl-tick-label', x: marginLeft - 6, y: y + 3.5, 'text-anchor': 'end' },
        [],
        text,
      ),
    );
  }
  // The band's title on two lines in the margin, left of the widest tick value: drawn only where
  // it fits whole (the legend's caption says the unit anyway).
  const room = marginLeft - 6 - widest - 8 - 4;
  const lines = ['Transfers', WEIGHT_UNITS[volume.weight]];
  if (!volume.hidden && lines.every((line) => textWidth(line, TICK_FONT) <= room))
    lines.forEach((line, i) =>
      children.push(
        el(
          'text',
          { class: 'tl-band-label', x: 4, y: r1(scales.volume.top + 10 + i * 12) },
          [],
          line,
        ),
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

/** The text that reads on a fill: dark (near-black) on light colours, light (white) on dark ones. */
function textToneOn(fill: string): 'light' | 'dark' {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill)?.[1];
  if (!hex) return 'light';
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast with white (1.05 / (l + 0.05)) against contrast with #111 ((l + 0.05) / 0.0557).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0557 ? 'light' : 'dark';
}

const barSpan = (bar: AgreementBar) => `${bar.from} to ${bar.ongoing ? 'in force' : bar.to}`;

function renderAgreements(
  model: TimelineModel,
  scales: TimelineScales,
  options: RenderOptions,
): SvgNode {
  const { agreements } = model;
  const { x, marginLeft } = scales;
  const highlight = options.highlightCountry ?? null;
  const children: SvgNode[] = [];
  const right = r1(x.range()[1]!);

  for (const g of scales.groups) {
    const count = `${g.bars.length} agreement${g.bars.length === 1 ? '' : 's'}`;
    children.push(
      el('line', {
        class: 'tl-group-rule',
        x1: 4,
        x2: right,
        y1: r1(g.top - GROUP_GAP / 2),
        y2: r1(g.top - GROUP_GAP / 2),
      }),
      // The group's name folds and unfolds it (a button for the keyboard too).
      el(
        'g',
        {
          class: 'tl-group-toggle',
          'data-group': g.key,
          role: 'button',
          tabindex: 0,
          'aria-expanded': String(!g.collapsed),
          'aria-label': `${g.label}, ${count}: ${g.collapsed ? 'show' : 'hide'} the bars`,
        },
        [
          el('rect', {
            class: 'tl-group-hit',
            x: 2,
            y: r1(g.top),
            width: g.headerRow ? r1(scales.width - MARGIN.right) : marginLeft - 6,
            height: LANE_HEIGHT,
            rx: 3,
          }),
          el(
            'text',
            g.headerRow
              ? { class: 'tl-group-label', x: 6, y: r1(g.top + 11) }
              : {
                  class: 'tl-group-label',
                  x: marginLeft - 8,
                  y: r1(g.top + 11),
                  'text-anchor': 'end',
                },
            [],
            `${g.collapsed ? '▸' : '▾'} ${
              g.headerRow
                ? `${g.label} (${g.bars.length})`
                : fitText(g.label, marginLeft - 24, TICK_FONT)
            }`,
          ),
        ],
      ),
    );
    if (g.collapsed) children.push(renderFolded(model, scales, g, count));
  }

  const barHeight = BAR_HEIGHT;
  // One bar takes Tab (the one last focused, else the first); arrows move from it.
  const idOf = (p: PlacedBar) => agreements.bars[p.index]!.id;
  const focusId = scales.placed.some((p) => idOf(p) === options.focusAgreement)
    ? options.focusAgreement
    : scales.placed.length > 0
      ? agreements.bars[firstInReadingOrder(scales.placed)]!.id
      : null;
  for (const p of scales.placed) {
    const bar = agreements.bars[p.index]!;
    const group = scales.groups.find((g) => g.key === bar.group)!;
    const { top, x0, x1 } = p;
    const member = highlight !== null && bar.members.includes(highlight);
    const classes = ['tl-bar'];
    if (highlight !== null) classes.push(member ? 'is-member' : 'is-dim');
    if (options.selectedAgreement === bar.id) classes.push('is-selected');
    const parts: SvgNode[] = [
      el('rect', {
        x: r1(x0),
        y: r1(top),
        width: r1(Math.max(1, x1 - x0)),
        height: barHeight,
        rx: 1.5,
        fill: group.color,
      }),
    ];
    if (p.label) {
      parts.push(
        el(
          'text',
          {
            class: p.label.inside
              ? `tl-bar-label is-inside is-${textToneOn(group.color)}`
              : 'tl-bar-label',
            x: r1(p.label.x),
            y: r1(top + barHeight - 3),
            'text-anchor': p.label.anchor === 'end' ? 'end' : undefined,
          },
          [],
          p.label.text,
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
            y1: r1(top - 2.5),
            y2: r1(top + 2.5),
          }),
        );
      if (change.left.length > 0)
        parts.push(
          el('line', {
            class: 'tl-leave',
            x1: cx,
            x2: cx,
            y1: r1(top + barHeight - 2.5),
            y2: r1(top + barHeight + 2.5),
          }),
        );
    }
    children.push(
      el(
        'g',
        {
          class: classes.join(' '),
          'data-bar': p.index,
          'data-agreement': bar.id,
          role: 'button',
          tabindex: bar.id === focusId ? 0 : -1,
          'aria-label': `${bar.name}, ${barSpan(bar)}, ${bar.members.length} members`,
        },
        parts,
      ),
    );
  }
  if (scales.groups.length === 0) {
    children.push(
      el(
        'text',
        { class: 'tl-empty', x: r1(marginLeft), y: r1((scales.events?.height ?? 0) + 17) },
        [],
        'No multilateral agreement passes the filters',
      ),
    );
  }
  return el('g', { class: 'tl-agreements' }, children);
}

/** A folded group: how many of its agreements are in force each year, as a step area. */
function renderFolded(
  model: TimelineModel,
  scales: TimelineScales,
  group: LaneGroup,
  count: string,
): SvgNode {
  const { x, first, last } = scales;
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const i of group.bars) {
    const bar = model.agreements.bars[i]!;
    for (let y = bar.from; y <= bar.to; y++) counts[y - first]!++;
  }
  const max = Math.max(1, ...counts);
  const bottom = group.lanesTop + LANE_HEIGHT - 1.5;
  const y = (v: number) => bottom - (v / max) * (LANE_HEIGHT - 3);
  return el('g', { class: 'tl-folded', 'data-group': group.key }, [
    el(
      'path',
      {
        class: 'tl-area tl-folded-area',
        d: stepArea(
          counts.map((_, i) => x(first + i)),
          counts.map(y),
          counts.map(() => bottom),
        ),
        fill: group.color,
      },
      [el('title', {}, [], `${group.label}: ${count}, up to ${max} in force in one year`)],
    ),
  ]);
}

function renderBilateral(model: TimelineModel, scales: TimelineScales): SvgNode {
  const { agreements } = model;
  const band = scales.bilateral;
  if (!band) return el('g', { class: 'tl-bilateral' });
  const { x, bilateralY, marginLeft } = scales;
  const children: SvgNode[] = [
    el(
      'text',
      { class: 'tl-group-label', x: marginLeft - 6, y: r1(band.top + 11), 'text-anchor': 'end' },
      [],
      textWidth('Bilateral in force', TICK_FONT) <= marginLeft - 10
        ? 'Bilateral in force'
        : 'Bilateral',
    ),
    el(
      'text',
      { class: 'tl-tick-label', x: marginLeft - 6, y: r1(band.top + 22), 'text-anchor': 'end' },
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

type Period = { mode: 'range' | 'asOf'; from: number; to: number };

/**
 * The selected period over every band, in two parts like the chart: a shaded range, or in "as of"
 * mode a single-year marker with its year. Drawn apart from the chart, so moving it does not
 * rebuild the rest.
 */
export function renderPeriodParts(
  scales: TimelineScales,
  period: Period,
): { head: SvgNode; lanes: SvgNode } {
  const { x } = scales;
  const lanesBottom = r1(scales.lanesHeight);
  if (period.mode === 'asOf') {
    const cx = r1(x(period.to));
    const shade = (y: number, height: number) =>
      el('rect', {
        class: 'tl-period-shade',
        x: r1(x(period.to - 0.5)),
        y: r1(y),
        width: r1(x(period.to + 0.5) - x(period.to - 0.5)),
        height: r1(height),
      });
    const top = scales.volume.top;
    return {
      head: el('g', { class: 'tl-period tl-period-asof' }, [
        shade(top, scales.axisY - top),
        el('line', { class: 'tl-marker', x1: cx, x2: cx, y1: r1(top - 2), y2: r1(scales.axisY) }),
        el(
          'text',
          { class: 'tl-marker-label', x: cx, y: r1(top - 2), 'text-anchor': 'middle' },
          [],
          String(period.to),
        ),
      ]),
      lanes: el('g', { class: 'tl-period tl-period-asof' }, [
        shade(0, scales.lanesHeight),
        el('line', { class: 'tl-marker', x1: cx, x2: cx, y1: 0, y2: lanesBottom }),
      ]),
    };
  }
  const x0 = r1(x(period.from - 0.5));
  const width = r1(x(period.to + 0.5) - x(period.from - 0.5));
  return {
    head: el('g', { class: 'tl-period tl-period-range' }, [
      el('rect', {
        class: 'tl-period-shade',
        x: x0,
        y: r1(scales.volume.bottom),
        width,
        height: r1(scales.axisY - scales.volume.bottom),
      }),
    ]),
    lanes: el('g', { class: 'tl-period tl-period-range' }, [
      el('rect', { class: 'tl-period-shade', x: x0, y: 0, width, height: lanesBottom }),
    ]),
  };
}

/** Both parts of the period in the coordinates of `renderTimeline` (one SVG). */
export function renderPeriod(scales: TimelineScales, period: Period): SvgNode {
  const { head, lanes } = renderPeriodParts(scales, period);
  return el('g', { class: 'tl-period-both' }, [
    head,
    el('g', { transform: `translate(0,${r1(scales.headHeight)})` }, [lanes]),
  ]);
}
