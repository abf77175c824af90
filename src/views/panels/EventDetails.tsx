/**
 * Details of an event (`evt=<id>`): what, when, where, who took part, what it produced, and the
 * source. Every state, agreement and deal it names is a link. Everything from data is text.
 */
import { AgreementButton } from './AgreementButton';
import type { ModelData } from '../../model/dataset';
import { eventStates, formatEventDate } from '../../model/events';
import { countOf } from '../../model/format';
import { AGREEMENT_TYPE_LABELS, EVENT_KIND_LABELS } from '../../model/types';
import { useAppStore } from '../../state/store';

export function EventDetails({ data, index }: { data: ModelData; index: number }) {
  const select = useAppStore((s) => s.select);
  const highlightDeals = useAppStore((s) => s.highlightDeals);
  const event = data.events[index]!;
  const e = event.record;
  const name = (country: number) => data.countries[country]!.name;
  const stateLink = (country: number) => (
    <button
      type="button"
      className="link-button"
      onClick={() => select({ kind: 'country', id: data.countries[country]!.id })}
    >
      {name(country)}
    </button>
  );
  const guests = event.participants.filter((p) => p !== event.host);
  const states = eventStates(event);
  const editions = e.series ? (data.eventSeries.get(e.series) ?? []) : [];
  const at = editions.indexOf(index);
  const edition = (i: number | undefined, label: string) => {
    if (i === undefined) return null;
    const other = data.events[i]!.record;
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => select({ kind: 'event', id: other.id })}
        aria-label={`${label}: ${other.title}`}
      >
        {label === 'Previous edition' ? `← ${other.title}` : `${other.title} →`}
      </button>
    );
  };

  return (
    <article aria-label={`Details of ${e.title}`} className="event-details">
      <h3>{e.title}</h3>
      <p className="meta">
        {EVENT_KIND_LABELS[event.kind]} · <time dateTime={e.date}>{formatEventDate(e)}</time>
      </p>
      {e.summary && <p>{e.summary}</p>}
      <dl className="event-facts">
        {event.host >= 0 && (
          <>
            <dt>{event.kind === 'export-decision' ? 'Decided by' : 'Host'}</dt>
            <dd>{stateLink(event.host)}</dd>
          </>
        )}
        {guests.length > 0 && (
          <>
            <dt>{event.kind === 'export-decision' ? 'Concerning' : 'Participants'}</dt>
            <dd>
              <ul className="inline-list">
                {guests.map((p) => (
                  <li key={p}>{stateLink(p)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {e.series && (
          <>
            <dt>Series</dt>
            <dd>
              {e.series}: edition {at + 1} of {countOf(editions.length, 'edition')} in the data
            </dd>
          </>
        )}
      </dl>
      {e.series && editions.length > 1 && (
        <p className="pair-actions">
          {edition(editions[at - 1], 'Previous edition')}
          {edition(editions[at + 1], 'Next edition')}
        </p>
      )}
      {states.length === 2 && (
        <p className="pair-actions">
          <button
            type="button"
            className="link-button"
            onClick={() =>
              select({
                kind: 'pair',
                id: data.countries[states[0]!]!.id,
                with: data.countries[states[1]!]!.id,
              })
            }
          >
            {name(states[0]!)} and {name(states[1]!)}: the deal story
          </button>
        </p>
      )}
      {(event.agreements.length > 0 || event.transfers.length > 0) && (
        <section aria-label="What it produced or announced">
          <h4>What it produced or announced</h4>
          <ul className="records">
            {event.agreements.map((a) => {
              const record = data.agreements[a]!.record;
              return (
                <li key={record.id}>
                  <AgreementButton agreement={record} />{' '}
                  <span className="meta">
                    {AGREEMENT_TYPE_LABELS[record.type]}, signed {record.signed}
                  </span>
                </li>
              );
            })}
            {event.transfers.map((t) => {
              const deal = data.transfers[t]!;
              const from = data.countries[data.countryIndex.get(deal.supplier)!]!.name;
              const to = data.countries[data.countryIndex.get(deal.recipient)!]!.name;
              return (
                <li key={deal.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      select({ kind: 'pair', id: deal.supplier, with: deal.recipient });
                      highlightDeals([t]);
                    }}
                  >
                    {deal.designation}
                  </button>{' '}
                  <span className="meta">
                    {from} → {to}
                    {deal.ordered ? `, ordered ${deal.ordered.year}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p className="source">Source: {e.source}</p>
    </article>
  );
}
