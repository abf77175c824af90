/**
 * "Arms and alliances" in a state's Details: how much of its exports went to allies and of its
 * imports came from allies in the period, how concentrated its imports are, and the deliveries it
 * made to (or received while under) an arms embargo, each with the records' sources.
 */
import type { ModelData } from '../../model/dataset';
import { AgreementButton } from './AgreementButton';
import { yearRange, type WeightMeasure } from '../../model/filters';
import {
  countOf,
  formatFigure,
  formatIndex,
  formatPercent,
  formatYearRuns,
  formatYearSpan,
  measureUnit,
  restrictionPhrase,
} from '../../model/format';
import {
  ALLY_DEFINITION,
  imposerName,
  type AllyShare,
  type CountryFigures,
  embargoesIn,
  type EmbargoedFlow,
} from '../../model/overlap';
import { rankingMeasure } from '../../model/rankings';
import { TRANSFER_PRODUCTION_LABELS } from '../../model/types';
import { useAppStore } from '../../state/store';
import './rankings.css';

/** The figures come from the Details selector (selectDetails): this only renders them. */
export function ArmsAlliancesSection({ figures }: { figures: CountryFigures }) {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const weight = useAppStore((s) => s.view.display.weight);
  if (!data) return null;
  const [from, to] = yearRange(filters);
  return (
    <Section
      data={data}
      figures={figures}
      measure={rankingMeasure(data, weight)}
      period={formatYearSpan(from, to)}
      transfersShown={filters.ties.transfers}
      restriction={restrictionPhrase(filters)}
    />
  );
}

function Section({
  data,
  figures,
  measure,
  period,
  transfersShown,
  restriction,
}: {
  data: ModelData;
  figures: CountryFigures;
  measure: WeightMeasure;
  period: string;
  transfersShown: boolean;
  /** "deliveries into Africa" when a region filter narrows the deliveries drawn, else "". */
  restriction: string;
}) {
  const name = (i: number) => data.countries[i]!.name;
  const c = figures.concentration;

  return (
    <section className="arms-alliances" aria-label="Arms and alliances">
      <h4>Arms and alliances in {period}</h4>
      {!transfersShown ? (
        <p className="hint">Arms transfers are switched off in the Ties filter.</p>
      ) : (
        <>
          <AllyLine
            label="Exports to allies"
            share={figures.exports}
            data={data}
            measure={measure}
          />
          <AllyLine
            label="Imports from allies"
            share={figures.imports}
            data={data}
            measure={measure}
          />
          <p>
            <strong>Import concentration:</strong>{' '}
            {c === null ? (
              <span className="hint">no imports from identified suppliers.</span>
            ) : (
              <>
                HHI {formatIndex(c.hhi)} across {countOf(c.suppliers, 'supplier')}{' '}
                <span className="meta">
                  (
                  {c.shares
                    .slice(0, 3)
                    .map((s) => `${name(s.country)} ${formatPercent(s.share * 100)}`)
                    .join(', ')}
                  {c.shares.length > 3 ? ', …' : ''})
                </span>
              </>
            )}
          </p>
          <FlowList
            title="Delivered to states under an arms embargo"
            flows={figures.made}
            side="made"
            data={data}
            measure={measure}
          />
          <FlowList
            title="Received while under an arms embargo"
            flows={figures.received}
            side="received"
            data={data}
            measure={measure}
          />
          <p className="source">
            {restriction && `Over the ${restriction} the network draws. `}
            {ALLY_DEFINITION} Embargoes by calendar year.
          </p>
        </>
      )}
    </section>
  );
}

function AllyLine({
  label,
  share,
  data,
  measure,
}: {
  label: string;
  share: AllyShare | null;
  data: ModelData;
  measure: WeightMeasure;
}) {
  if (share === null)
    return (
      <p>
        <strong>{label}:</strong> <span className="hint">no transfers.</span>
      </p>
    );
  return (
    <div>
      <p>
        <strong>{label}:</strong> {formatPercent(share.share)}{' '}
        <span className="meta">
          ({formatFigure(share.allied)} of {formatFigure(share.total)}{' '}
          {measureUnit(measure, share.total)})
        </span>
      </p>
      {share.agreements.length > 0 && (
        <details className="arms-alliances-details">
          <summary>Agreements behind it ({share.agreements.length})</summary>
          <ul className="records">
            {share.agreements.map((a) => {
              const record = data.agreements[a]!.record;
              return (
                <li key={record.id}>
                  <AgreementButton agreement={record} />
                  <p className="source">Source: {record.source}</p>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}

function EmbargoRecord({ data, embargo }: { data: ModelData; embargo: number }) {
  const e = data.embargoes[embargo]!;
  const r = e.record;
  return (
    <li>
      {r.name ?? `Arms embargo on ${data.countries[e.target]!.name}`}{' '}
      <span className="meta">
        (imposed by {imposerName(data, r.imposedBy)}, {r.from}–{r.to ?? ''})
      </span>
      <p className="source">Source: {r.source}</p>
    </li>
  );
}

/**
 * Flows to or from embargoed states. Deliveries made: each recipient with the embargoes on it.
 * Deliveries received: the embargoes on this state once, then each supplier.
 */
function FlowList({
  title,
  flows,
  side,
  data,
  measure,
}: {
  title: string;
  flows: EmbargoedFlow[];
  side: 'made' | 'received';
  data: ModelData;
  measure: WeightMeasure;
}) {
  const select = useAppStore((s) => s.select);
  const embargoesOnThis = side === 'received' ? embargoesIn(flows) : [];
  return (
    <div>
      <p>
        <strong>{title}:</strong>{' '}
        {flows.length === 0 && <span className="hint">none in this period.</span>}
      </p>
      {embargoesOnThis.length > 0 && (
        <ul className="arms-alliances-sub">
          {embargoesOnThis.map((e) => (
            <EmbargoRecord key={e} data={data} embargo={e} />
          ))}
        </ul>
      )}
      {flows.length > 0 && (
        <ul className="records">
          {flows.map((f) => {
            const other = data.countries[side === 'made' ? f.recipient : f.supplier]!;
            return (
              <li key={`${f.supplier}>${f.recipient}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ kind: 'country', id: other.id })}
                >
                  {other.name}
                </button>{' '}
                <span className="meta">
                  {formatYearRuns(f.years)} · {formatFigure(f.value)}{' '}
                  {measureUnit(measure, f.value)}
                </span>
                {side === 'made' && (
                  <ul className="arms-alliances-sub">
                    {f.embargoes.map((e) => (
                      <EmbargoRecord key={e} data={data} embargo={e} />
                    ))}
                  </ul>
                )}
                <details className="arms-alliances-details">
                  <summary>Deals and sources ({f.deals.length})</summary>
                  <ul className="arms-alliances-sub">
                    {f.deals.map((d) => {
                      const t = data.transfers[d]!;
                      return (
                        <li key={t.id}>
                          {t.designation}
                          {t.description ? ` (${t.description})` : ''}
                          {t.production ? ` · ${TRANSFER_PRODUCTION_LABELS[t.production]}` : ''}
                          <p className="source">Source: {t.source}</p>
                        </li>
                      );
                    })}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
