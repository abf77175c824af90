/**
 * The timeline's events: the lane of the current filters (selectEventLane), the selected event,
 * and the states whose shared events stand out (the selected state, or both states of a pair).
 */
import { useMemo } from 'react';
import type { ModelData } from '../../model/dataset';
import { selectEventLane } from '../../state/eventSelectors';
import { useAppStore } from '../../state/store';

export function useEventLane(data: ModelData) {
  const filters = useAppStore((s) => s.view.filters);
  const selection = useAppStore((s) => s.view.selection);
  const lane = selectEventLane(data, filters);
  const selectedEvent = selection?.kind === 'event' ? selection.id : null;
  const a =
    selection?.kind === 'pair' || selection?.kind === 'country'
      ? data.countryIndex.get(selection.id)
      : undefined;
  const b = selection?.kind === 'pair' ? data.countryIndex.get(selection.with) : undefined;
  const highlightStates = useMemo(
    () => (a === undefined ? null : b === undefined ? [a] : [a, b]),
    [a, b],
  );
  return { lane, selectedEvent, highlightStates };
}
