/**
 * What the network marks about events, without new edges: the pairs of states that met, signed
 * or decided together in the period (a badge on their tie), and the hosts of the period's
 * exhibitions (a halo round the node). Pure: the same events as the timeline's lane (the kinds,
 * years, regions and focus of the one filter compile).
 */
import type { CompiledFilters } from './compileFilters';
import type { ModelData } from './dataset';
import { STORY_KINDS, eventStates, keptEvents } from './events';
import { parseEdgeKey } from './keys';
import type { Selection } from './viewState';

export interface EventTie {
  /** Country indices, a < b. */
  a: number;
  b: number;
  /** Events of the two (visits, summits, signings, export decisions), in date order. */
  events: number[];
}

export interface EventMarks {
  ties: EventTie[];
  /** Host (country index) -> exhibitions it held in the period. */
  exhibitionHosts: Map<number, number>;
}

export function eventMarks(data: ModelData, cf: CompiledFilters): EventMarks {
  const ties = new Map<number, EventTie>();
  const exhibitionHosts = new Map<number, number>();
  const n = data.countries.length;
  for (const i of keptEvents(data, cf)) {
    const e = data.events[i]!;
    if (e.kind === 'exhibition') {
      if (e.host >= 0) exhibitionHosts.set(e.host, (exhibitionHosts.get(e.host) ?? 0) + 1);
      continue;
    }
    if (!STORY_KINDS.includes(e.kind)) continue;
    // A tie is between two states: events of exactly two mark it (a summit of six marks none).
    const states = eventStates(e);
    if (states.length !== 2) continue;
    const [a, b] = states[0]! < states[1]! ? states : [states[1]!, states[0]!];
    const key = a! * n + b!;
    let tie = ties.get(key);
    if (!tie) ties.set(key, (tie = { a: a!, b: b!, events: [] }));
    tie.events.push(i);
  }
  return { ties: [...ties.values()], exhibitionHosts };
}

/**
 * While something is selected, the states whose ties keep their badges (a tie keeps it when both
 * its states are in the set, or, for a selected state, when it touches it); null: every tie.
 * A state, a pair, a tie's two ends, an event's host and participants, an agreement's members.
 */
export function badgeStates(
  data: ModelData,
  selection: Selection | null,
): { states: ReadonlySet<string>; touching: boolean } | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'country':
      return { states: new Set([selection.id]), touching: true };
    case 'pair':
      return { states: new Set([selection.id, selection.with]), touching: false };
    case 'edge': {
      const edge = parseEdgeKey(selection.id);
      if (!edge) return null;
      const ends =
        edge.kind === 'transfer'
          ? [edge.supplier, edge.recipient]
          : edge.kind === 'alliance'
            ? [edge.a, edge.b]
            : [edge.country];
      return { states: new Set(ends), touching: false };
    }
    case 'event': {
      const index = data.eventIndex.get(selection.id);
      if (index === undefined) return null;
      const states = eventStates(data.events[index]!).map((i) => data.countries[i]!.id);
      return { states: new Set(states), touching: false };
    }
    case 'agreement': {
      const index = data.agreementIndex.get(selection.id);
      if (index === undefined) return null;
      const members = data.agreements[index]!.members.map((m) => data.countries[m.country]!.id);
      return { states: new Set(members), touching: false };
    }
  }
}
