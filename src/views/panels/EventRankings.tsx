/**
 * Rankings of the period's events (model/eventRankings.ts): the states that host the most, and
 * the states that receive the most visits and summits, with who came. The same events as the
 * timeline's lane: the kinds, years, regions and focus of the filters.
 */
import type { ModelData } from '../../model/dataset';
import type { HostRow, VisitedRow } from '../../model/eventRankings';
import { countOf, formatList } from '../../model/format';
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../model/types';
import { selectEventRankings } from '../../state/eventSelectors';
import { useAppStore } from '../../state/store';
import { RankingTable, figureColumn, rankedStateColumns } from './RankingTable';

/** Rows in the order the model ranks them, numbered. */
const numbered = <T,>(rows: readonly T[]) => rows.map((row, i) => ({ ...row, rank: i + 1 }));

export function EventRankings({ data }: { data: ModelData }) {
  const filters = useAppStore((s) => s.view.filters);
  const ranked = selectEventRankings(data, filters);
  if (data.events.length === 0) return null;
  const kinds = (byKind: Record<string, number>) =>
    EVENT_KINDS.filter((k) => byKind[k]! > 0)
      .map((k) => `${byKind[k]} ${EVENT_KIND_LABELS[k].toLowerCase()}`)
      .join(', ');
  return (
    <>
      <h3 className="rankings-heading">Diplomacy, fairs and exercises</h3>
      <p className="hint">
        {countOf(ranked.total, 'event')} in the period pass the filters (the timeline&apos;s events
        lane). A state hosts an exhibition, an exercise or a visit held there, and the export
        decisions it takes.
      </p>
      <RankingTable<HostRow & { rank: number }>
        caption="Hosts of events"
        rows={numbered(ranked.hosts)}
        rowKey={(r) => r.country}
        rankedBy="events"
        columns={[
          ...rankedStateColumns(data),
          figureColumn('events', 'Events', (r) => r.events, String, 'events'),
          { key: 'kinds', header: 'Of which', className: 'meta', cell: (r) => kinds(r.byKind) },
        ]}
      />
      <RankingTable<VisitedRow & { rank: number }>
        caption="Most visited: visits and summits received"
        rows={numbered(ranked.visited)}
        rowKey={(r) => r.country}
        rankedBy="visits"
        empty="No visit or summit in this period and these filters."
        columns={[
          ...rankedStateColumns(data),
          figureColumn('visits', 'Visits', (r) => r.visits, String, 'visits'),
          {
            key: 'from',
            header: 'From',
            className: 'meta',
            cell: (r) =>
              formatList(r.partners.slice(0, 3).map((p) => data.countries[p]!.name)) +
              (r.partners.length > 3 ? ` and ${r.partners.length - 3} more` : ''),
          },
        ]}
      />
    </>
  );
}
