/**
 * The pair view ("what did France sell to Egypt, and when?"): every deal between two states in
 * both directions and every agreement they share, over the whole dataset, on a year strip; what
 * the network does not draw now (another period, a filtered category) is shown dimmed and says
 * why. Opened by `sel=FRA&with=EGY`, by an arrow or a tie, by a partner in a state's Details, and
 * by search. Everything from data is rendered as text.
 */
import { AgreementButton } from './AgreementButton';
import { useEffect, useRef } from 'react';
import { TRANSFER_COLOR } from '../../model/appearance';
import type { ModelData } from '../../model/dataset';
import { yearRange, type FilterState } from '../../model/filters';
import { countOf, formatYearSpan } from '../../model/format';
import { parseEdgeKey } from '../../model/keys';
import { pairDealFacts, type PairDeal, type SharedAgreement } from '../../model/pair';
import { AGREEMENT_TYPE_LABELS } from '../../model/types';
import { yearStripLayout } from '../../model/yearStrip';
import { usePairRecord } from '../../state/hooks';
import { selectPairStory } from '../../state/eventSelectors';
import { useAppStore } from '../../state/store';
import { DealStoryList } from './DealStoryList';
import { YearStrip } from './YearStrip';
import './pair.css';

/** The strip's own width: about the Details column's, so text keeps its size. */
const STRIP_WIDTH = 300;

interface Props {
  data: ModelData;
  a: number;
  b: number;
  filters: FilterState;
  /** The arrow or tie that opened the view, if any: its direction or agreements come first. */
  edgeKey?: string;
}

export function PairDetails({ data, a, b, filters, edgeKey }: Props) {
  const select = useAppStore((s) => s.select);
  const highlightedDeals = useAppStore((s) => s.highlightedDeals);
  const article = useRef<HTMLElement>(null);
  // A deal chosen in search is scrolled into view once the list shows it.
  useEffect(() => {
    if (!highlightedDeals?.length) return;
    article.current
      ?.querySelector('li.highlighted')
      ?.scrollIntoView?.({ block: 'nearest', behavior: 'auto' });
  }, [highlightedDeals, a, b]);
  const record = usePairRecord(a, b);
  if (!record) return null;
  const story = selectPairStory(data, a, b);
  const [from, to] = yearRange(filters);
  const A = data.countries[a]!;
  const B = data.countries[b]!;
  const names = { a: A.name, b: B.name };
  const period = from === to ? String(from) : formatYearSpan(from, to);
  const deals = [...record.aToB, ...record.bToA];
  const drawnDeals = deals.filter((d) => d.drawn).length;
  const strip = yearStripLayout(record, names, [from, to], STRIP_WIDTH);

  // An arrow from B to A shows that direction first; a tie shows the agreements first.
  const edge = edgeKey ? parseEdgeKey(edgeKey) : null;
  const reversed = edge?.kind === 'transfer' && edge.supplier === B.id;
  const directions = [
    { from: A, to: B, deals: record.aToB },
    { from: B, to: A, deals: record.bToA },
  ];
  if (reversed) directions.reverse();
  const tieFirst = edge?.kind === 'alliance';

  const summary = [
    countOf(deals.length, 'deal'),
    deals.length > 0 ? `${drawnDeals} with deliveries drawn in ${period}` : null,
    countOf(record.agreements.length, 'shared agreement'),
  ]
    .filter(Boolean)
    .join(' · ');

  const dealSections = directions.map(({ from: s, to: r, deals: list }) => (
    <section key={`${s.id}>${r.id}`} aria-label={`Arms from ${s.name} to ${r.name}`}>
      <h4>
        {s.name} → {r.name} <span className="meta">({countOf(list.length, 'deal')})</span>
      </h4>
      {list.length === 0 ? (
        <p className="hint">No deal in the data.</p>
      ) : (
        // What the network draws now first, then the rest of the history; each in time order.
        [true, false].map((drawn) => {
          const part = list.filter((d) => d.drawn === drawn);
          if (part.length === 0) return null;
          return (
            <ul
              key={String(drawn)}
              className="records deals"
              aria-label={drawn ? `Drawn in ${period}` : 'Not drawn now'}
            >
              {!drawn && list.length > part.length && (
                <li className="deals-divider" aria-hidden="true">
                  Not drawn now
                </li>
              )}
              {part.map((deal) => (
                <DealItem
                  key={deal.transfer.id}
                  deal={deal}
                  period={[from, to]}
                  highlighted={highlightedDeals?.includes(deal.index) ?? false}
                />
              ))}
            </ul>
          );
        })
      )}
    </section>
  ));
  const agreementSection = (
    <section key="agreements" aria-label="Agreements both belong to">
      <h4>
        Agreements both belong to <span className="meta">({record.agreements.length})</span>
      </h4>
      {record.agreements.length === 0 ? (
        <p className="hint">None in the data.</p>
      ) : (
        <ul className="records">
          {record.agreements.map((agreement) => (
            <AgreementItem key={agreement.record.id} agreement={agreement} period={period} />
          ))}
        </ul>
      )}
    </section>
  );

  const storySection = story.counts.event > 0 && (
    <DealStoryList
      story={story}
      title={`The deal story of ${A.name} and ${B.name}`}
      heading="Deal story"
    />
  );

  return (
    <article aria-label={`${A.name} and ${B.name}`} className="pair-details" ref={article}>
      <h3>
        {A.name} and {B.name}
      </h3>
      <p className="meta">{summary}</p>
      <p className="pair-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => select({ kind: 'country', id: A.id })}
        >
          {A.name} alone
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => select({ kind: 'country', id: B.id })}
        >
          {B.name} alone
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => select({ kind: 'pair', id: B.id, with: A.id })}
        >
          Swap
        </button>
      </p>
      {record.span === null ? (
        <p className="hint">
          The data has no deal between {A.name} and {B.name}, and no agreement binding both.
        </p>
      ) : (
        <>
          <YearStrip
            layout={strip}
            data={data}
            description={`Years of the deals and shared agreements of ${A.name} and ${B.name}, ${formatYearSpan(strip.from, strip.to)}`}
          />
          <ul className="strip-key meta" aria-hidden="true">
            {deals.length > 0 && (
              <>
                <li>
                  <span className="key-bar" style={{ background: TRANSFER_COLOR }} /> delivered,
                  drawn now
                </li>
                <li>
                  <span className="key-bar pale" style={{ background: TRANSFER_COLOR }} /> other
                  deliveries
                </li>
                <li>
                  <span className="key-order" style={{ borderBottomColor: TRANSFER_COLOR }} />{' '}
                  ordered
                </li>
              </>
            )}
            {strip.band && (
              <li>
                <span className="key-band" /> {period}
              </li>
            )}
          </ul>
        </>
      )}
      {/* The story first for a pair; after the records when an arrow or a tie opened the view. */}
      {!edgeKey && storySection}
      {record.span === null ? null : deals.length === 0 ? (
        <>
          <p className="hint">No arms deal between them in the data.</p>
          {agreementSection}
        </>
      ) : tieFirst ? (
        [agreementSection, ...dealSections]
      ) : (
        [...dealSections, agreementSection]
      )}
      {edgeKey && storySection}
    </article>
  );
}

function DealItem({
  deal,
  period,
  highlighted,
}: {
  deal: PairDeal;
  period: [number, number];
  highlighted: boolean;
}) {
  const t = deal.transfer;
  const years = deal.deliveries.map((d) => d.year);
  const inPeriod = years.some((y) => y >= period[0] && y <= period[1]);
  const why = deal.drawn
    ? null
    : inPeriod
      ? 'not drawn: filtered out'
      : years.length === 0
        ? null
        : `not drawn: delivered outside ${formatYearSpan(period[0], period[1])}`;
  return (
    <li
      className={`${deal.drawn ? '' : 'outside'} ${highlighted ? 'highlighted' : ''}`.trim()}
      data-deal={t.id}
    >
      <strong>{t.designation}</strong>{' '}
      {t.description && <span className="meta">({t.description})</span>}
      <div className="meta">{pairDealFacts(deal)}</div>
      {why && <div className="meta why">{why}</div>}
      {t.notes && <p className="note">{t.notes}</p>}
      <p className="source">Source: {t.source}</p>
    </li>
  );
}

function AgreementItem({ agreement, period }: { agreement: SharedAgreement; period: string }) {
  const a = agreement.record;
  const together = agreement.together
    .map((t) => (Number.isFinite(t.to) ? formatYearSpan(t.from, t.to) : `since ${t.from}`))
    .join(', ');
  return (
    <li className={agreement.drawn ? '' : 'outside'}>
      <AgreementButton agreement={a} />{' '}
      <span className="meta">
        ({AGREEMENT_TYPE_LABELS[a.type]}; both members {together})
      </span>
      {!agreement.drawn && (
        <div className="meta why">not drawn: outside {period} or filtered out</div>
      )}
      <p className="source">Source: {a.source}</p>
    </li>
  );
}
