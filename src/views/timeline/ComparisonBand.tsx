/**
 * The comparison period on the timeline: a hatched band over the years it covers, and above the
 * volume chart a bar of its own that can be dragged (the middle moves it, the ends resize it) and
 * operated from the keyboard like the period's brush (arrows move it, Shift+arrows resize its end,
 * Home/End, PageUp/PageDown; see periodKeys.ts). Dragging replaces the history entry; the end of a
 * drag or a key press adds one.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { periodLabel, suggestedComparison, type Period } from '../../model/comparePeriod';
import { yearRange } from '../../model/filters';
import { withCompare } from '../../model/viewState';
import { SIDE_PANELS, useAppStore, type HistoryEntry } from '../../state/store';
import { periodAfterKey } from './periodKeys';
import { yearAt, type TimelineScales } from './renderTimeline';

/** Pixels at each end of the bar that resize instead of moving. */
const EDGE = 7;

function setComparison(period: Period, history: HistoryEntry) {
  const { view, commit } = useAppStore.getState();
  commit(withCompare(view, { period }), { history });
}

export function ComparisonBand({ scales, period }: { scales: TimelineScales; period: Period }) {
  const { x, first, last } = scales;
  const drag = useRef<{ grip: 'move' | 'from' | 'to'; startYear: number; start: Period } | null>(
    null,
  );
  const x0 = x(period.from - 0.5);
  const x1 = x(period.to + 0.5);
  const top = scales.legend.bottom + 1;
  const height = Math.max(8, scales.volume.top - top - 1);
  const label = `Compared with ${periodLabel(period)}`;

  const yearOf = (event: PointerEvent<SVGElement>) => {
    const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    return yearAt(scales, event.clientX - box.left);
  };
  const onPointerDown = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const px = event.clientX - box.left;
    const grip = px - x0 < EDGE ? 'from' : x1 - px < EDGE ? 'to' : 'move';
    drag.current = { grip, startYear: yearOf(event), start: period };
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  const next = (event: PointerEvent<SVGRectElement>): Period | null => {
    const d = drag.current;
    if (!d) return null;
    const year = yearOf(event);
    const { start } = d;
    if (d.grip === 'from') return { from: Math.min(year, start.to), to: start.to };
    if (d.grip === 'to') return { from: start.from, to: Math.max(year, start.from) };
    const width = start.to - start.from;
    const from = Math.max(first, Math.min(last - width, start.from + year - d.startYear));
    return { from, to: from + width };
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const p = next(event);
    if (p && (p.from !== period.from || p.to !== period.to)) setComparison(p, 'replace');
  };
  const onPointerUp = (event: PointerEvent<SVGRectElement>) => {
    const p = next(event);
    drag.current = null;
    if (p) setComparison(p, 'push');
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const p = periodAfterKey({ mode: 'range', ...period }, event, first, last);
    if (!p) return;
    event.preventDefault();
    setComparison(p, event.repeat ? 'replace' : 'push');
  };

  return (
    <>
      <rect
        className="tl-compare-shade"
        x={x0}
        y={scales.volume.top}
        width={x1 - x0}
        height={scales.axisY - scales.volume.top}
        fill="url(#tl-compare-hatch)"
      />
      <g
        className="tl-compare"
        tabIndex={0}
        role="slider"
        aria-label="Comparison period on the timeline"
        aria-valuemin={first}
        aria-valuemax={last}
        aria-valuenow={period.from}
        aria-valuetext={periodLabel(period)}
        aria-orientation="horizontal"
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End"
        onKeyDown={onKeyDown}
        data-testid="comparison-band"
      >
        <title>{`${label}: drag to move, drag an end to resize`}</title>
        <rect
          className="tl-compare-bar"
          x={x0}
          y={top}
          width={x1 - x0}
          height={height}
          rx={3}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (drag.current = null)}
        />
        <text
          className="tl-compare-label"
          x={x1 - x0 > 80 ? (x0 + x1) / 2 : x1 + 4}
          y={top + height - 2}
          textAnchor={x1 - x0 > 80 ? 'middle' : 'start'}
        >
          {periodLabel(period)}
        </text>
      </g>
    </>
  );
}

/** The hatch pattern of the comparison band (once per timeline). */
export function ComparisonHatch() {
  return (
    <defs>
      <pattern
        id="tl-compare-hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line className="tl-compare-hatch-line" x1="0" y1="0" x2="0" y2="6" />
      </pattern>
    </defs>
  );
}

/**
 * "Compare" beside the period: turns a comparison on (with the period of equal length before the
 * view's, or after it at the start of the data) and opens the Compare panel; "Stop" turns it off.
 */
export function CompareToggle() {
  const data = useAppStore((s) => s.data);
  const on = useAppStore((s) => s.view.compare.period !== null);
  if (!data) return null;
  const toggle = () => {
    const { view, commit } = useAppStore.getState();
    if (on) return commit(withCompare(view, { period: null }), { history: 'push' });
    const [from, to] = yearRange(view.filters);
    const period = suggestedComparison({ from, to }, data.yearSpan);
    const panels = [...view.panels.filter((p) => !SIDE.includes(p)), 'compare' as const];
    commit({ ...withCompare(view, { period }), panels }, { history: 'push' });
  };
  return (
    <button
      type="button"
      aria-pressed={on}
      className={on ? 'primary' : undefined}
      onClick={toggle}
      title={on ? 'Stop comparing periods' : 'Compare this period with another'}
    >
      Compare
    </button>
  );
}

const SIDE: readonly string[] = SIDE_PANELS;
