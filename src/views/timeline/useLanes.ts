/**
 * The lanes as the reader arranges and walks them: which groups are folded, which bar takes Tab
 * (a roving tabindex: arrows move it, see barAfterKey), and what a click, Enter or Space does
 * (a bar selects its agreement, an event's marker its event, a group's name folds or unfolds the
 * group).
 */
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { useAppStore } from '../../state/store';
import { isGroupOpen } from './eventLanes';
import { barAfterKey, type BarPosition } from './lanes';
import type { TimelineModel } from './renderTimeline';

export const barOf = (target: EventTarget) => (target as Element).closest?.('[data-bar]') ?? null;
export const eventOf = (target: EventTarget) =>
  (target as Element).closest?.('[data-event]') ?? null;
const toggleOf = (target: EventTarget) =>
  (target as Element).closest?.('[data-group][role="button"]') ?? null;

/** The set with `key` added, or removed if it was there. */
function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** `layer` is where the bars are mounted; `selectedEvent`: the event selected (link, search, click). */
export function useLanes(
  model: TimelineModel,
  layer: RefObject<SVGGElement | null>,
  selectedEvent: string | null,
) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [focusAgreement, setFocusAgreement] = useState<string | null>(null);
  const [focusEvent, setFocusEvent] = useState<string | null>(null);

  const toggleGroup = (key: string) => setCollapsed((c) => toggled(c, key));

  // A selected event is never hidden in a folded group: its group opens once, when the event is
  // selected (a link, a search); the reader may fold it again. Adjusted while rendering, the
  // way React advises for state that follows a prop (no effect, no second paint).
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  // (Waits for the lane: a link selects the event before the lane is drawn.)
  if (selectedEvent !== openedFor && (selectedEvent === null || model.events)) {
    setOpenedFor(selectedEvent);
    const lane = model.events;
    const group = lane?.groups.find((g) =>
      g.rows.some((row) => row.events.some((i) => lane.list[i]?.record.id === selectedEvent)),
    );
    if (group && !isGroupOpen(group, collapsed)) setCollapsed(toggled(collapsed, group.key));
  }

  /** A click, Enter or Space on a bar or a group's name; false when it was on neither. */
  const activate = (target: EventTarget) => {
    const marker = eventOf(target);
    if (marker) {
      const id = marker.getAttribute('data-event')!;
      setFocusEvent(id);
      useAppStore.getState().select({ kind: 'event', id });
      return true;
    }
    const bar = barOf(target);
    if (bar) {
      const id = bar.getAttribute('data-agreement')!;
      setFocusAgreement(id);
      useAppStore.getState().select({ kind: 'agreement', id });
      return true;
    }
    const toggle = toggleOf(target);
    if (toggle) toggleGroup(toggle.getAttribute('data-group')!);
    return toggle !== null;
  };

  const onKeyDown = (
    event: KeyboardEvent<SVGSVGElement>,
    placed: readonly BarPosition[],
    markers: readonly BarPosition[],
  ) => {
    if (event.key === 'Enter' || event.key === ' ') {
      if (activate(event.target)) event.preventDefault();
      return;
    }
    const marker = eventOf(event.target);
    if (marker) {
      // Markers move like bars: along their row, to the row above or below, Home and End.
      const next = barAfterKey(markers, Number(marker.getAttribute('data-event-index')), event.key);
      if (next === null) return;
      event.preventDefault();
      layer.current?.querySelector<SVGElement>(`[data-event-index="${next}"]`)?.focus();
      setFocusEvent(model.events!.list[next]!.record.id);
      return;
    }
    const bar = barOf(event.target);
    if (!bar) return;
    const next = barAfterKey(placed, Number(bar.getAttribute('data-bar')), event.key);
    if (next === null) return;
    event.preventDefault();
    // Focus now (it scrolls into view); the redraw keeps it there (useMountedTree).
    layer.current?.querySelector<SVGElement>(`[data-bar="${next}"]`)?.focus();
    setFocusAgreement(model.agreements.bars[next]!.id);
  };

  return {
    collapsed,
    focusAgreement,
    focusEvent,
    onClick: (event: { target: EventTarget }) => void activate(event.target),
    onKeyDown,
  };
}
