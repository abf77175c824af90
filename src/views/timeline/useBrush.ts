/**
 * The brush over the volume band (range mode), in step with the store both ways: dragging sets
 * the years (replacing the history entry while dragging, one entry at the end), and a change of
 * years from elsewhere (fields, the link, Play) moves the brush. In "as of" mode the brush is gone
 * and a marker is dragged instead (`useMarkerDrag`).
 */
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select as d3select, type Selection } from 'd3-selection';
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import type { TimeMode } from '../../model/filters';
import { useAppStore } from '../../state/store';
import { usePlayStore } from './playStore';
import { setAsOfYear } from './period';
import { yearAt, type TimelineScales } from './renderTimeline';

export function useBrush(
  layerRef: RefObject<SVGGElement | null>,
  scales: TimelineScales,
  period: { mode: TimeMode; from: number; to: number },
) {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  const { mode, from, to } = period;

  useEffect(() => {
    const g = layerRef.current;
    if (!g) return;
    const layer = d3select<SVGGElement, unknown>(g);
    if (mode !== 'range') {
      layer.on('.brush', null).selectAll('.overlay, .selection, .handle').remove();
      brushRef.current = null;
      return;
    }
    const { x, first, last } = scales;
    const clamp = (y: number) => Math.max(first, Math.min(last, Math.round(y)));
    const yearsOf = (sel: [number, number]) => {
      const a = clamp(x.invert(sel[0]) + 0.5);
      const b = clamp(x.invert(sel[1]) - 0.5);
      return [a, Math.max(a, b)] as const;
    };
    const { setYears } = useAppStore.getState();
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
          usePlayStore.getState().setPlaying(false);
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
  }, [layerRef, mode, scales]);

  // Store -> brush.
  useEffect(() => {
    const g = layerRef.current;
    const brush = brushRef.current;
    if (!g || !brush || mode !== 'range' || dragging.current) return;
    placeBrush(d3select<SVGGElement, unknown>(g), brush, scales, from, to);
  }, [layerRef, from, to, mode, scales]);
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

/** "As of" mode: drag the single-year marker (one history entry when the drag ends). */
export function useMarkerDrag(scales: TimelineScales) {
  const dragging = useRef(false);
  const yearOf = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    return yearAt(scales, event.clientX - box.left);
  };
  return {
    onPointerDown: (event: PointerEvent<SVGRectElement>) => {
      dragging.current = true;
      usePlayStore.getState().setPlaying(false);
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setAsOfYear(yearOf(event), 'replace');
    },
    onPointerMove: (event: PointerEvent<SVGRectElement>) => {
      if (!dragging.current) return;
      const year = yearOf(event);
      if (year !== useAppStore.getState().view.filters.to) setAsOfYear(year, 'replace');
    },
    onPointerUp: (event: PointerEvent<SVGRectElement>) => {
      if (!dragging.current) return;
      dragging.current = false;
      setAsOfYear(yearOf(event), 'push');
    },
    onPointerCancel: () => {
      dragging.current = false;
    },
  };
}
