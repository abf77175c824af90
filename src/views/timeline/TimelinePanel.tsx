/**
 * The timeline panel: transfer volume per year and agreements as bars (drawn by the pure
 * renderTimeline), a brush over the years kept in step with the store both ways, keyboard control,
 * "as of one year" as a single-year marker, and Play.
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select as d3select, type Selection } from 'd3-selection';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { ModelData } from '../../model/dataset';
import type { TimeMode } from '../../model/filters';
import { VIEW_KEYS, enumOptions } from '../../model/viewKeys';
import { type AgreementBar, type AgreementGroupBy, type SplitBy } from '../../model/timeline';
import type { HistoryEntry } from '../../state/channels';
import { useTimeline } from '../../state/hooks';
import { selectFocusCountry } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { PLAY_SPEEDS, nextPlayStep, playStart, usePlayStore, type PlaySpeed } from './playStore';
import { periodAfterKey } from './periodKeys';
import {
  unitFor,
  formatNumber,
  renderPeriod,
  renderTimeline,
  timelineScales,
  yearAt,
  type Size,
  type TimelineModel,
  type TimelineScales,
} from './renderTimeline';
import { mountInto } from './svgTree';
import './timeline.css';

export function TimelinePanel() {
  const data = useAppStore((s) => s.data);
  if (!data) return <p className="hint">The timeline appears once the dataset has loaded.</p>;
  return <Timeline data={data} />;
}

interface Tooltip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

function Timeline({ data }: { data: ModelData }) {
  const filters = useAppStore((s) => s.view.filters);
  const selection = useAppStore((s) => s.view.selection);
  const setYears = useAppStore((s) => s.setYears);
  const setFilters = useAppStore((s) => s.setFilters);
  const select = useAppStore((s) => s.select);
  // Part of the view: in the store, hence in the link.
  const splitBy = useAppStore((s) => s.view.display.split);
  const groupBy = useAppStore((s) => s.view.display.group);
  const setDisplay = useAppStore((s) => s.setDisplay);
  const setSplitBy = (split: SplitBy) => setDisplay({ split });
  const setGroupBy = (group: AgreementGroupBy) => setDisplay({ group });
  const [size, setSize] = useState<Size>({ width: 800, height: 260 });
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);

  const { mode, from, to } = filters;
  const focusCountry = selectFocusCountry(data, selection);
  const selectedAgreement = selection?.kind === 'agreement' ? selection.id : null;

  // Everything but the year range (the timeline shows all years), from selectTimeline.
  const model: TimelineModel = useTimeline()!;
  const scales = useMemo(() => timelineScales(model, size), [model, size]);
  const tree = useMemo(
    () =>
      renderTimeline(model, scales, size, { highlightCountry: focusCountry, selectedAgreement }),
    [model, scales, size, focusCountry, selectedAgreement],
  );

  // Size follows the container.
  const chartRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const measure = () => {
      const width = Math.floor(el.clientWidth);
      const height = Math.floor(el.clientHeight);
      if (width > 0 && height > 0)
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The chart and the period overlay are mounted from their descriptions.
  const chartLayer = useRef<SVGGElement>(null);
  const periodLayer = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (chartLayer.current) mountInto(chartLayer.current, tree.children ?? []);
  }, [tree]);
  useLayoutEffect(() => {
    if (periodLayer.current)
      mountInto(periodLayer.current, [renderPeriod(scales, { mode, from, to })]);
  }, [scales, mode, from, to]);

  const [first, last] = [scales.first, scales.last];
  // "As of" keeps `from` at or before the year, so going back to a range stays a valid range.
  const setAsOf = useCallback(
    (year: number, history: HistoryEntry) =>
      setFilters(
        { to: year, from: Math.min(useAppStore.getState().view.filters.from, year) },
        history,
      ),
    [setFilters],
  );
  const clampYear = useCallback(
    (y: number) => Math.max(first, Math.min(last, Math.round(y))),
    [first, last],
  );

  // ---- Brush (range mode), in step with the store both ways.
  const brushLayer = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  const setPlaying = usePlayStore((s) => s.setPlaying);

  useEffect(() => {
    const g = brushLayer.current;
    if (!g) return;
    const layer = d3select<SVGGElement, unknown>(g);
    if (mode !== 'range') {
      layer.on('.brush', null).selectAll('.overlay, .selection, .handle').remove();
      brushRef.current = null;
      return;
    }
    const { x } = scales;
    const yearsOf = (sel: [number, number]) => {
      const a = clampYear(x.invert(sel[0]) + 0.5);
      const b = clampYear(x.invert(sel[1]) - 0.5);
      return [a, Math.max(a, b)] as const;
    };
    let lastSent = '';
    const brush = brushX<unknown>()
      .extent([
        [x.range()[0]!, scales.volume.top],
        [x.range()[1]!, scales.volume.bottom],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by code
        const sel = event.selection as [number, number] | null;
        if (event.type === 'start') {
          dragging.current = true;
          setPlaying(false);
          return;
        }
        if (event.type === 'brush' && sel) {
          const [a, b] = yearsOf(sel);
          if (`${a}-${b}` !== lastSent) {
            lastSent = `${a}-${b}`;
            setYears(a, b, 'replace');
          }
          return;
        }
        if (event.type === 'end') {
          dragging.current = false;
          const current = useAppStore.getState().view.filters;
          // A click without a drag clears a d3 brush: keep the current range instead.
          const [a, b] = sel ? yearsOf(sel) : [current.from, current.to];
          if (sel) setYears(a, b, 'push');
          placeBrush(layer, brush, scales, a, b);
        }
      });
    layer.call(brush);
    brushRef.current = brush;
    const current = useAppStore.getState().view.filters;
    placeBrush(layer, brush, scales, current.from, current.to);
    return () => {
      layer.on('.brush', null);
    };
  }, [mode, scales, clampYear, setYears, setPlaying]);

  // Store -> brush: a change of years from elsewhere (fields, URL, play) moves the brush.
  useEffect(() => {
    const g = brushLayer.current;
    const brush = brushRef.current;
    if (!g || !brush || mode !== 'range' || dragging.current) return;
    placeBrush(d3select<SVGGElement, unknown>(g), brush, scales, from, to);
  }, [from, to, mode, scales]);

  // ---- As-of mode: drag the single-year marker.
  const markerDrag = useRef(false);
  const yearFromPointer = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    return yearAt(scales, event.clientX - box.left);
  };
  const onMarkerDown = (event: PointerEvent<SVGRectElement>) => {
    markerDrag.current = true;
    setPlaying(false);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setAsOf(yearFromPointer(event), 'replace');
  };
  const onMarkerMove = (event: PointerEvent<SVGRectElement>) => {
    if (!markerDrag.current) return;
    const year = yearFromPointer(event);
    if (year !== useAppStore.getState().view.filters.to) setAsOf(year, 'replace');
  };
  const onMarkerUp = (event: PointerEvent<SVGRectElement>) => {
    if (!markerDrag.current) return;
    markerDrag.current = false;
    setAsOf(yearFromPointer(event), 'push');
  };

  // ---- Keyboard control of the brush or marker (see periodKeys.ts).
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const next = periodAfterKey({ mode, from, to }, event, first, last);
    if (!next) return;
    event.preventDefault();
    setPlaying(false);
    // A held key replaces the history entry; a press adds one.
    const history: HistoryEntry = event.repeat ? 'replace' : 'push';
    if (mode === 'asOf') setFilters(next, history);
    else setYears(next.from, next.to, history);
  };

  // ---- Play.
  const playing = usePlayStore((s) => s.playing);
  const speed = usePlayStore((s) => s.speed);
  const setSpeed = usePlayStore((s) => s.setSpeed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const f = useAppStore.getState().view.filters;
      const next = nextPlayStep(f, last);
      if (next) {
        if (f.mode === 'asOf') setAsOf(next.to, 'replace');
        else setYears(next.from, next.to, 'replace');
      }
      if (!next || next.to >= last) {
        usePlayStore.getState().setPlaying(false);
        // One history entry for where playing stopped.
        const end = useAppStore.getState().view.filters;
        setFilters({ from: end.from, to: end.to }, 'push');
      }
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, last, setFilters, setAsOf, setYears]);
  useEffect(() => () => usePlayStore.getState().setPlaying(false), []);
  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const start = playStart({ mode, from, to }, first, last);
    if (start.from !== from || start.to !== to) {
      if (mode === 'asOf') setAsOf(start.to, 'push');
      else setYears(start.from, start.to, 'push');
    }
    setPlaying(true);
  };

  // ---- Hover and click.
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const box = svg.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    const target = event.target as Element;
    const barEl = target.closest?.('[data-bar]');
    const place = { x: px, y: py };
    if (barEl) {
      const bar = model.agreements.bars[Number(barEl.getAttribute('data-bar'))];
      if (bar) return setTooltip({ ...place, ...barTooltip(bar, model, data) });
    }
    const tip = yearTooltip(model, scales, px, py);
    setTooltip(tip ? { ...place, ...tip } : null);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const barEl = (event.target as Element).closest?.('[data-bar]');
    const bar = barEl && model.agreements.bars[Number(barEl.getAttribute('data-bar'))];
    if (bar) select({ kind: 'agreement', id: bar.id });
  };

  const periodText = mode === 'asOf' ? `as of ${to}` : from === to ? `${from}` : `${from} to ${to}`;
  const brushTop = scales.volume.top;
  const brushHeight = scales.volume.bottom - scales.volume.top;

  return (
    <div className="timeline">
      <div className="tl-controls">
        <SegmentedControl<TimeMode>
          legend="Timeline period"
          name="timeline-mode"
          value={mode}
          options={[
            { value: 'range', label: 'Range' },
            { value: 'asOf', label: 'As of year' },
          ]}
          onChange={(m) => setFilters({ mode: m })}
        />
        <Select<SplitBy>
          id="timeline-split"
          label={VIEW_KEYS.split.label}
          value={splitBy}
          options={enumOptions(VIEW_KEYS.split, data)}
          onChange={setSplitBy}
        />
        <Select<AgreementGroupBy>
          id="timeline-group"
          label={VIEW_KEYS.group.label}
          value={groupBy}
          options={enumOptions(VIEW_KEYS.group, data)}
          onChange={setGroupBy}
        />
        <div className="tl-play">
          <button
            type="button"
            className={playing ? 'primary' : undefined}
            aria-pressed={playing}
            onClick={togglePlay}
            title={mode === 'asOf' ? 'Step the year forward' : 'Slide the range forward'}
          >
            {playing ? 'Pause' : 'Play'}
          </button>
          <label>
            Speed{' '}
            <select
              value={speed}
              onChange={(e) => setSpeed(Number(e.target.value) as PlaySpeed)}
              aria-label="Play speed (years per second)"
            >
              {PLAY_SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s} yr/s
                </option>
              ))}
            </select>
          </label>
        </div>
        <output className="tl-period-text" aria-live="polite">
          {periodText}
        </output>
      </div>
      <div className="tl-chart" ref={chartRef} onPointerLeave={() => setTooltip(null)}>
        <svg
          className="tl-svg"
          width={Math.max(size.width, 200)}
          height={scales.height}
          role="group"
          aria-label="Timeline of arms transfers and agreements"
          onPointerMove={onPointerMove}
          onClick={onClick}
        >
          <g ref={chartLayer} />
          <g ref={periodLayer} className="tl-period-layer" />
          {mode === 'asOf' && (
            <rect
              className="tl-asof-overlay"
              x={scales.x.range()[0]}
              y={brushTop}
              width={scales.x.range()[1]! - scales.x.range()[0]!}
              height={brushHeight}
              onPointerDown={onMarkerDown}
              onPointerMove={onMarkerMove}
              onPointerUp={onMarkerUp}
              onPointerCancel={() => (markerDrag.current = false)}
            />
          )}
          <g
            ref={brushLayer}
            className="tl-brush"
            tabIndex={0}
            role="slider"
            aria-label={mode === 'asOf' ? 'Year on the timeline' : 'Period on the timeline'}
            aria-valuemin={first}
            aria-valuemax={last}
            aria-valuenow={mode === 'asOf' ? to : from}
            aria-valuetext={periodText}
            aria-orientation="horizontal"
            aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End"
            onKeyDown={onKeyDown}
          >
            {/* A focus ring for the keyboard; d3-brush adds its overlay and selection after it. */}
            <rect
              className="tl-brush-focus"
              x={scales.x.range()[0]}
              y={brushTop}
              width={scales.x.range()[1]! - scales.x.range()[0]!}
              height={brushHeight}
            />
          </g>
        </svg>
        {tooltip && (
          <div
            className="tl-tooltip"
            role="tooltip"
            style={{
              left: Math.min(tooltip.x + 12, Math.max(0, size.width - 240)),
              top: tooltip.y + 14,
            }}
          >
            <strong>{tooltip.title}</strong>
            {tooltip.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
        )}
      </div>
      <p className="hint tl-hint">
        Drag over the chart to choose years; focus it and use ←/→ to move, Shift+←/→ to resize,
        Home/End. Ticks on a bar: members joined (above) or left (below). Click a bar for details.
      </p>
    </div>
  );
}

/**
 * Move the brush to whole years (by code: no event reaches the store). When the range covers
 * every year, a drag inside it starts a new range instead of moving one that cannot move.
 */
function placeBrush(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  brush: BrushBehavior<unknown>,
  scales: TimelineScales,
  from: number,
  to: number,
) {
  layer.call(brush.move, [scales.x(from - 0.5), scales.x(to + 0.5)]);
  const full = from <= scales.first && to >= scales.last;
  layer.select('.selection').style('pointer-events', () => (full ? 'none' : null));
}

const MAX_NAMES = 6;
const names = (list: number[], model: TimelineModel) => {
  const shown = list.slice(0, MAX_NAMES).map(model.countryName).join(', ');
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
};

function barTooltip(bar: AgreementBar, model: TimelineModel, data: ModelData) {
  const record = data.agreements[bar.agreement]!.record;
  const lines = [
    `${bar.from}–${bar.ongoing ? 'in force' : bar.to} · ${bar.members.length} members`,
  ];
  if (record.shortName && record.shortName !== record.name) lines.unshift(record.name);
  const changes = bar.changes.slice(0, 5);
  for (const c of changes) {
    if (c.joined.length > 0) lines.push(`${c.year}: joined ${names(c.joined, model)}`);
    if (c.left.length > 0) lines.push(`${c.year}: left ${names(c.left, model)}`);
  }
  if (bar.changes.length > changes.length)
    lines.push(`…and ${bar.changes.length - changes.length} more years with changes`);
  return { title: bar.label, lines };
}

function yearTooltip(model: TimelineModel, scales: TimelineScales, px: number, py: number) {
  const [x0, x1] = scales.x.range() as [number, number];
  if (px < x0 || px > x1) return null;
  const inVolume = py >= scales.volume.top && py <= scales.volume.bottom;
  const band = scales.bilateral;
  const inBilateral = band !== null && py >= band.top && py <= band.bottom;
  if (!inVolume && !inBilateral) return null;
  const year = yearAt(scales, px);
  const i = year - scales.first;
  if (inBilateral) {
    const row = model.agreements.bilateral[i];
    if (!row) return null;
    return {
      title: `${year}: ${row.total} bilateral agreements in force`,
      lines: model.agreements.bilateralGroups
        .map((g, gi) => ({ label: g.label, v: row.counts[gi]! }))
        .filter((e) => e.v > 0)
        .map((e) => `${e.label}: ${e.v}`),
    };
  }
  const row = model.volume.rows[i];
  if (!row) return null;
  return {
    title: `${year}: ${formatNumber(row.total)} ${unitFor(model.volume.weight, row.total)}`,
    lines: model.volume.series
      .map((s, si) => ({ label: s.label, v: row.values[si]! }))
      .filter((e) => e.v > 0)
      .map((e) => `${e.label}: ${formatNumber(e.v)}`),
  };
}
