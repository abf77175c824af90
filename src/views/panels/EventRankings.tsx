/**
 * Rankings of the period's events (model/eventRankings.ts): the states that host the most, and
 * the states that receive the most visits and summits, with who came. The same events as the
 * timeline's lane: the kinds, years, regions and focus of the filters.
 */
import type { ModelData } from '../../model/dataset';
import { countOf, formatList } from '../../model/format';
import { EVENT_KINDS, EVENT_KIND_LABELS } from '../../model/types';
import { selectEventRankings } from '../../state/eventSelectors';
import { useAppStore } from '../../state/store';

const TOP = 10;

export function EventRankings({ data }: { data: ModelData }) {
  const filters = useAppStore((s) => s.view.filters);
  const select = useAppStore((s) => s.select);
  const ranked = selectEventRankings(data, filters);
  if (data.events.length === 0) return null;
  const state = (country: number) => (
    <button
      type="button"
      className="link-button"
      onClick={() => select({ kind: 'country', id: data.countries[country]!.id })}
    >
      {data.countries[country]!.name}
    </button>
  );
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
      <div className="rankings-block">
        <table className="rankings-table">
          <caption>Hosts of events</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">State</th>
              <th scope="col" className="num">
                Events
              </th>
              <th scope="col">Of which</th>
            </tr>
          </thead>
          <tbody>
            {ranked.hosts.length === 0 ? (
              <tr>
                <td colSpan={4} className="hint">
                  None in this period and these filters.
                </td>
              </tr>
            ) : (
              ranked.hosts.slice(0, TOP).map((row, i) => (
                <tr key={row.country}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{state(row.country)}</th>
                  <td className="num">{row.events}</td>
                  <td className="meta">{kinds(row.byKind)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="rankings-block">
        <table className="rankings-table">
          <caption>Most visited: visits and summits received</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">State</th>
              <th scope="col" className="num">
                Visits
              </th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {ranked.visited.length === 0 ? (
              <tr>
                <td colSpan={4} className="hint">
                  No visit or summit in this period and these filters.
                </td>
              </tr>
            ) : (
              ranked.visited.slice(0, TOP).map((row, i) => (
                <tr key={row.country}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">{state(row.country)}</th>
                  <td className="num">{row.visits}</td>
                  <td className="meta">
                    {formatList(row.partners.slice(0, 3).map((p) => data.countries[p]!.name))}
                    {row.partners.length > 3 ? ` and ${row.partners.length - 3} more` : ''}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
