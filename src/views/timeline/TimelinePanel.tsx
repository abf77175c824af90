/**
 * The timeline panel: transfer volume per year and agreements as named bars (drawn by the pure
 * renderTimeline), a brush over the years kept in step with the store both ways, keyboard control
 * of the period and of the bars, groups that fold, "as of one year" as a single-year marker, and
 * Play. The head (legend, volume, axis) stays in view; the lanes below it scroll when they need to.
 * Each concern lives in its own hook: series (useTimelineModel), size (useElementSize), brush and
 * marker (useBrush), Play (usePlayback), lanes (useLanes), mounting (useMountedTree).
 */
import {
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { ModelData } from '../../model/dataset';
import type { TimeMode } from '../../model/filters';
import type { AgreementGroupBy, SplitBy } from '../../model/timeline';
import { VIEW_KEYS, enumOptions } from '../../model/viewKeys';
import { useAppStore, type HistoryEntry } from '../../state/store';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { Select } from '../../ui/Select';
import { useElementSize } from '../../ui/useElementSize';
import { ComparisonBand, ComparisonHatch, CompareToggle } from './ComparisonBand';
import { periodAfterKey } from './periodKeys';
import { PLAY_SPEEDS, usePlayStore, type PlaySpeed } from './playStore';
import { renderPeriodParts, renderTimelineParts, timelineScales } from './renderTimeline';
import { barTooltip, eventTooltip, yearTooltip, type TooltipText } from './tooltips';
import { useBrush, useMarkerDrag } from './useBrush';
import { barOf, eventOf, useLanes } from './useLanes';
import { useScrollToSelected } from './useScrollToSelected';
import { useMountedTree } from './useMountedTree';
import { useCanvasTheme } from '../network/theme';
import { EventLegend } from './EventLegend';
import { useEventLane } from './useEventLane';
import { usePlayback } from './usePlayback';
import { useTimelineModel } from './useTimelineModel';
import './timeline.css';

export function TimelinePanel() {
  const data = useAppStore((s) => s.data);
  if (!data) return <p className="hint">The timeline appears once the dataset has loaded.</p>;
  return <Timeline data={data} />;
}

interface Tooltip extends TooltipText {
  x: number;
  y: number;
}

function Timeline({ data }: { data: ModelData }) {
  const mode = useAppStore((s) => s.view.filters.mode);
  const from = useAppStore((s) => s.view.filters.from);
  const to = useAppStore((s) => s.view.filters.to);
  const splitBy = useAppStore((s) => s.view.display.split);
  const groupBy = useAppStore((s) => s.view.display.group);
  const setFilters = useAppStore((s) => s.setFilters);
  const setYears = useAppStore((s) => s.setYears);
  const setDisplay = useAppStore((s) => s.setDisplay);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const { model: series, highlightCountry, selectedAgreement } = useTimelineModel(data);
  // The events lane rides with the series (drawn above the agreements, see eventLanes.ts).
  const { lane, selectedEvent, highlightStates } = useEventLane(data);
  const model = useMemo(() => ({ ...series, events: lane }), [series, lane]);
  const lanesLayer = useRef<SVGGElement>(null);
  const lanes = useLanes(model, lanesLayer, selectedEvent ?? null);
  const { collapsed, focusAgreement, focusEvent } = lanes;
  const eventColors = useCanvasTheme().palette.eventKinds;

  // Size: the chart's height is shared by head and lanes; the width is the lanes' (without the
  // room kept for their scrollbar), so both parts share one x scale.
  const chartRef = useRef<HTMLDivElement>(null);
  const lanesRef = useRef<HTMLDivElement>(null);
  const { height } = useElementSize(chartRef, { width: 800, height: 260 });
  const { width } = useElementSize(lanesRef, { width: 800, height: 100 });
  const scales = useMemo(
    () => timelineScales(model, { width, height }, { collapsed }),
    [model, width, height, collapsed],
  );
  const parts = useMemo(
    () =>
      renderTimelineParts(model, scales, {
        highlightCountry,
        selectedAgreement,
        focusAgreement,
        highlightStates,
        selectedEvent,
        focusEvent,
        eventColors,
      }),
    [
      highlightStates,
      model,
      scales,
      highlightCountry,
      selectedAgreement,
      focusAgreement,
      selectedEvent,
      focusEvent,
      eventColors,
    ],
  );
  const periodParts = useMemo(
    () => renderPeriodParts(scales, { mode, from, to }),
    [scales, mode, from, to],
  );
  const headLayer = useRef<SVGGElement>(null);
  const headPeriod = useRef<SVGGElement>(null);
  const lanesPeriod = useRef<SVGGElement>(null);
  useMountedTree(headLayer, parts.head.children ?? []);
  useMountedTree(lanesLayer, parts.lanes.children ?? []);
  const headPeriodNodes = useMemo(() => [periodParts.head], [periodParts]);
  const lanesPeriodNodes = useMemo(() => [periodParts.lanes], [periodParts]);
  useMountedTree(headPeriod, headPeriodNodes);
  useMountedTree(lanesPeriod, lanesPeriodNodes);
  // After the trees above are mounted: the selected bar or marker is in the DOM by now.
  useScrollToSelected(lanesRef, selectedEvent ?? selectedAgreement ?? null);

  const comparison = useAppStore((s) => s.view.compare.period);
  const brushLayer = useRef<SVGGElement>(null);
  useBrush(brushLayer, scales, { mode, from, to });
  const marker = useMarkerDrag(scales);
  const play = usePlayback(scales.first, scales.last);
  const { first, last } = scales;
  const markerPositions = useMemo(() => {
    const size = scales.events?.size ?? 0;
    return (scales.events?.markers ?? []).map((m) => ({
      index: m.index,
      top: m.cy,
      x0: m.cx - size / 2,
      x1: m.cx + size / 2,
    }));
  }, [scales]);

  // ---- Keyboard control of the period (see periodKeys.ts).
  const onPeriodKey = (event: KeyboardEvent<SVGGElement>) => {
    const next = periodAfterKey({ mode, from, to }, event, first, last);
    if (!next) return;
    event.preventDefault();
    usePlayStore.getState().setPlaying(false);
    // A held key replaces the history entry; a press adds one.
    const history: HistoryEntry = event.repeat ? 'replace' : 'push';
    if (mode === 'asOf') setFilters(next, history);
    else setYears(next.from, next.to, history);
  };

  // ---- Tooltips: figures of a year over the head, a bar's story over the lanes (or on focus).
  const chartPoint = (clientX: number, clientY: number) => {
    const box = chartRef.current!.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };
  const showBar = (el: Element, x: number, y: number) => {
    if (el.hasAttribute('data-event-index')) {
      const event = data.events[Number(el.getAttribute('data-event-index'))];
      return setTooltip(event ? { x, y, ...eventTooltip(event, model) } : null);
    }
    const bar = model.agreements.bars[Number(el.getAttribute('data-bar'))];
    setTooltip(bar ? { x, y, ...barTooltip(bar, model, data) } : null);
  };
  const onHeadPointer = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const tip = yearTooltip(model, scales, event.clientX - box.left, event.clientY - box.top);
    setTooltip(tip ? { ...chartPoint(event.clientX, event.clientY), ...tip } : null);
  };
  const onLanesPointer = (event: PointerEvent<SVGSVGElement>) => {
    const bar = eventOf(event.target) ?? barOf(event.target);
    const at = chartPoint(event.clientX, event.clientY);
    if (bar) showBar(bar, at.x, at.y);
    else setTooltip(null);
  };
  const onLanesFocus = (event: FocusEvent<SVGSVGElement>) => {
    const bar = eventOf(event.target) ?? barOf(event.target);
    if (!bar) return setTooltip(null);
    const box = bar.getBoundingClientRect();
    const at = chartPoint(box.left, box.bottom);
    showBar(bar, Math.max(scales.marginLeft, at.x), at.y - 10);
  };
  const periodText = mode === 'asOf' ? `as of ${to}` : from === to ? `${from}` : `${from} to ${to}`;
  const brushTop = scales.volume.top;
  const brushHeight = scales.volume.bottom - scales.volume.top;
  const plotX = scales.x.range()[0]!;
  const plotWidth = scales.x.range()[1]! - plotX;

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
        <div className="tl-play">
          <button
            type="button"
            className={play.playing ? 'primary' : undefined}
            aria-pressed={play.playing}
            onClick={play.toggle}
            title={mode === 'asOf' ? 'Step the year forward' : 'Slide the range forward'}
          >
            {play.playing ? 'Pause' : 'Play'}
          </button>
          <label>
            <span className="tl-speed-label">Speed </span>
            <select
              value={play.speed}
              onChange={(e) => play.setSpeed(Number(e.target.value) as PlaySpeed)}
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
        <CompareToggle />
        {/* What to draw: used less often than the period, so folded into a menu. */}
        <details className="tl-popover tl-options">
          <summary>Options</summary>
          <div className="tl-popover-body">
            <Select<SplitBy>
              id="timeline-split"
              label={VIEW_KEYS.split.label}
              value={splitBy}
              options={enumOptions(VIEW_KEYS.split, data)}
              onChange={(split) => setDisplay({ split })}
            />
            <Select<AgreementGroupBy>
              id="timeline-group"
              label={VIEW_KEYS.group.label}
              value={groupBy}
              options={enumOptions(VIEW_KEYS.group, data)}
              onChange={(group) => setDisplay({ group })}
            />
          </div>
        </details>
        <details className="tl-popover tl-help">
          <summary aria-label="How to use the timeline">?</summary>
          <p className="tl-popover-body">
            Drag across the chart to choose years, or focus it and use ←/→ to move the period,
            Shift+←/→ to resize it, Home/End for the ends. &ldquo;Compare&rdquo; adds a second
            period: drag its bar above the chart (its ends resize it) or use the same keys on it.
            Bars are agreements: click one, or focus it and press Enter, for its details; arrow keys
            move between bars. Ticks on a bar mark members joining (above) or leaving (below). Click
            a group’s name to fold it.
          </p>
          <p className="tl-popover-body">
            Markers above the bars are events: ● visit, ◆ summit, ■ signing, ▲ exhibition, ▼
            exercise, ✖ export decision; click one, or focus it and press Enter, for its details and
            source. The buttons above the chart show or hide each kind.
          </p>
        </details>
      </div>
      {data.events.length > 0 && <EventLegend colors={eventColors} />}
      <div className="tl-chart" ref={chartRef} onPointerLeave={() => setTooltip(null)}>
        <svg
          className="tl-svg tl-head"
          width={scales.width}
          height={scales.headHeight}
          role="group"
          aria-label="Timeline of arms transfers per year"
          onPointerMove={onHeadPointer}
        >
          <g ref={headLayer} />
          <g ref={headPeriod} className="tl-period-layer" />
          {comparison && (
            <>
              <ComparisonHatch />
              <ComparisonBand scales={scales} period={comparison} />
            </>
          )}
          {mode === 'asOf' && (
            <rect
              className="tl-asof-overlay"
              x={plotX}
              y={brushTop}
              width={plotWidth}
              height={brushHeight}
              {...marker}
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
            onKeyDown={onPeriodKey}
          >
            {/* A focus ring for the keyboard; d3-brush adds its overlay and selection after it. */}
            <rect
              className="tl-brush-focus"
              x={plotX}
              y={brushTop}
              width={plotWidth}
              height={brushHeight}
            />
          </g>
        </svg>
        <div className="tl-lanes" ref={lanesRef}>
          <svg
            className="tl-svg tl-lanes-svg"
            width={scales.width}
            height={scales.lanesHeight}
            role="group"
            aria-label="Events and agreements over time: arrow keys move between markers or bars, Enter shows one's details"
            onPointerMove={onLanesPointer}
            onClick={lanes.onClick}
            onKeyDown={(event) => lanes.onKeyDown(event, scales.placed, markerPositions)}
            onFocus={onLanesFocus}
            onBlur={() => setTooltip(null)}
          >
            <g ref={lanesLayer} />
            <g ref={lanesPeriod} className="tl-period-layer" />
          </svg>
        </div>
        {tooltip && (
          <div
            className="tl-tooltip"
            role="tooltip"
            style={{
              left: Math.min(tooltip.x + 12, Math.max(0, width - 240)),
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
    </div>
  );
}
