/**
 * The events' part of the derivation chain (see selectors.ts), memoised the same way: the
 * timeline's events lane, the Rankings' event tables and the deal stories.
 */
import { compileFilters } from '../model/compileFilters';
import type { ModelData } from '../model/dataset';
import { pairStory, stateStory } from '../model/dealStory';
import { eventRankings } from '../model/eventRankings';
import { eventLaneGroups } from '../model/eventLanes';
import { keptEvents } from '../model/events';
import { defaultFilters, type FilterState } from '../model/filters';
import type { TimelineModel } from '../model/timeline';
import { memoize } from './selectors';

const laneOf = memoize(
  (
    data: ModelData,
    eventKinds: FilterState['eventKinds'],
    regions: FilterState['regions'],
    focus: FilterState['focus'],
  ): NonNullable<TimelineModel['events']> => {
    // Every year (the lane ignores the period, as the rest of the timeline does).
    const filters = { ...defaultFilters(data.yearSpan), eventKinds, regions, focus };
    const kept = keptEvents(data, compileFilters(data, filters), { allYears: true });
    return { groups: eventLaneGroups(data, kept), list: data.events };
  },
);

/** The timeline's events lane: a new object only when the kinds, regions or focus change. */
export function selectEventLane(data: ModelData, filters: FilterState) {
  return laneOf(data, filters.eventKinds, filters.regions, filters.focus);
}

/** Hosts and the most visited states of the period's events (the Rankings panel). */
export const selectEventRankings = memoize((data: ModelData, filters: FilterState) =>
  eventRankings(data, compileFilters(data, filters)),
);

/** Deal stories (model/dealStory.ts) of a pair and of a state, over the whole dataset. */
export const selectPairStory = memoize(pairStory);
export const selectStateStory = memoize(stateStory);
