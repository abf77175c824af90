/**
 * The timeline's events lane as rows, before any pixel: events grouped by what they are, the
 * editions of a recurring exhibition or exercise on one row named after the series, the other
 * events on one row per kind. Pure: the view packs and draws the rows (src/views/timeline).
 */
import type { ModelData } from './dataset';
import type { EventKind } from './types';

export interface EventRow {
  /** Unique in the lane: `series:<name>` or `kind:<kind>`. */
  key: string;
  label: string;
  /** Indices into ModelData.events, in date order. */
  events: number[];
  /** A series' editions: drawn on one line, never split over sub-rows. */
  series: boolean;
}

export interface EventGroup {
  /** `events:<family>`. */
  key: string;
  label: string;
  /** The kinds it holds (its markers' shapes, for the legend). */
  kinds: readonly EventKind[];
  rows: EventRow[];
  /** Events in the group. */
  count: number;
}

const FAMILIES: readonly { family: string; label: string; kinds: readonly EventKind[] }[] = [
  { family: 'diplomacy', label: 'Visits and signings', kinds: ['visit', 'summit', 'signing'] },
  { family: 'export-decision', label: 'Export decisions', kinds: ['export-decision'] },
  { family: 'exhibition', label: 'Exhibitions', kinds: ['exhibition'] },
  { family: 'exercise', label: 'Joint exercises', kinds: ['exercise'] },
];

const KIND_ROW_LABELS: Record<EventKind, string> = {
  visit: 'Visits',
  summit: 'Summits',
  signing: 'Signings',
  exhibition: 'Other exhibitions',
  exercise: 'Other exercises',
  'export-decision': 'Export decisions',
};

/**
 * Group these events (indices in date order) into the lane's groups and rows. Series rows come in
 * the order of their first edition in view (a staircase through time), after the kind rows.
 */
export function eventLaneGroups(data: ModelData, indices: readonly number[]): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const { family, label, kinds } of FAMILIES) {
    const kindRows = new Map<EventKind, EventRow>();
    const seriesRows = new Map<string, EventRow>();
    let count = 0;
    for (const i of indices) {
      const e = data.events[i]!;
      if (!kinds.includes(e.kind)) continue;
      count++;
      const series = e.record.series;
      if (series !== undefined) {
        let row = seriesRows.get(series);
        if (!row)
          seriesRows.set(
            series,
            (row = { key: `series:${series}`, label: series, events: [], series: true }),
          );
        row.events.push(i);
      } else {
        let row = kindRows.get(e.kind);
        if (!row)
          kindRows.set(
            e.kind,
            (row = {
              key: `kind:${e.kind}`,
              label: KIND_ROW_LABELS[e.kind],
              events: [],
              series: false,
            }),
          );
        row.events.push(i);
      }
    }
    if (count === 0) continue;
    const rows = [
      ...kinds.flatMap((k) => (kindRows.has(k) ? [kindRows.get(k)!] : [])),
      ...seriesRows.values(),
    ];
    groups.push({ key: `events:${family}`, label, kinds, rows, count });
  }
  return groups;
}
