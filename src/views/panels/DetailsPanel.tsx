/**
 * The Details panel: what is behind the selected state, agreement, pair or edge in the period,
 * each record with its source. It renders what selectDetails derives; everything from data is
 * rendered as text.
 */
import { AgreementButton } from './AgreementButton';
import { descriptionOf } from '../../model/datasetFigures';
import type { ModelData } from '../../model/dataset';
import {
  formatSpan,
  type CountryDetails as CountryFacts,
  type Partner,
  type SelectionDetails,
} from '../../model/details';
import {
  addToFocus,
  clearFocus,
  focusOn,
  removeFromFocus,
  yearRange,
  type FilterState,
  type WeightMeasure,
} from '../../model/filters';
import { formatFigure, formatYearSpan, measureUnit } from '../../model/format';
import { AGREEMENT_TYPE_LABELS } from '../../model/types';
import { useDetails } from '../../state/hooks';
import { ArmsAlliancesSection } from './ArmsAlliancesSection';
import { DealStoryList } from './DealStoryList';
import { EventDetails } from './EventDetails';
import { PairDetails } from './PairDetails';
import './pair.css';
import { useAppStore } from '../../state/store';

export function DetailsPanel() {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const weight = useAppStore((s) => s.view.display.weight);
  const select = useAppStore((s) => s.select);
  const details = useDetails();

  if (!data || !details) return <HowToRead data={data} />;
  return (
    <div className="details">
      <button type="button" className="link-button close" onClick={() => select(null)}>
        Clear selection
      </button>
      <SelectionDetailsView data={data} details={details} filters={filters} weight={weight} />
    </div>
  );
}

/** What a first-time visitor needs before anything is selected: how to read the picture. */
function HowToRead({ data }: { data: ModelData | null }) {
  // Once per dataset: it counts the deals that carry values (30,000 after a SIPRI import), so the
  // dataset worker usually has (datasetFigures.ts).
  const about = data ? descriptionOf(data) : null;
  return (
    <div className="how-to-read">
      <p className="hint">
        Click a state, an agreement hub or an arrow in the network, or search for one, to see what
        lies behind it. Escape clears the selection.
      </p>
      <h3>How to read the network</h3>
      <ul>
        <li>
          Each dot is a state; its colour is its region (or its bloc), its size how much arms it
          sent and received in the period.
        </li>
        <li>
          An arrow is arms delivered from a supplier to a recipient (when arms went both ways, the
          two arrows bend apart); the thicker, the more deals (or units, or value).
        </li>
        <li>
          A line without an arrowhead is an alliance or defence agreement between two states,
          coloured by its type; a named dot in the same colours is a treaty with many members,
          linked to each of them.
        </li>
        <li>
          Pick the years in Filters or on the timeline; press Play to watch the network change year
          by year.
        </li>
        <li>
          New here? The Tours menu at the top has guided stories: the Cold War blocs, NATO’s
          enlargement, arms to Ukraine.
        </li>
      </ul>
      {about && (
        <section className="about-data" aria-label="About the data">
          <h3>
            {data?.name === 'default' ? (
              about.title
            ) : (
              // The header shortens a long name; here it is whole.
              <>
                Dataset <span className="dataset-name">{data?.name}</span>
              </>
            )}
          </h3>
          {about.lines.map((line) => (
            <p key={line} className="source">
              {line}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}

/** The selection's details (also pinned beside a presentation step). */
export function SelectionDetailsView({
  data,
  details,
  filters,
  weight,
}: {
  data: ModelData;
  details: SelectionDetails;
  filters: FilterState;
  weight: WeightMeasure;
}) {
  switch (details.kind) {
    case 'country':
      return <CountryView data={data} details={details} weight={weight} filters={filters} />;
    case 'agreement':
      return <AgreementView data={data} details={details} />;
    case 'pair':
      return (
        <PairDetails
          data={data}
          a={details.a}
          b={details.b}
          filters={filters}
          edgeKey={details.edgeKey}
        />
      );
    case 'tie':
      return <TieView details={details} />;
    case 'event':
      return <EventDetails data={data} index={details.index} />;
    case 'missing':
      return <p>Unknown {details.what}.</p>;
  }
}

function Period({ filters }: { filters: FilterState }) {
  const [from, to] = yearRange(filters);
  return <>in {formatYearSpan(from, to)}</>;
}

function CountryView({
  data,
  details,
  weight,
  filters,
}: {
  data: ModelData;
  details: Extract<SelectionDetails, { kind: 'country' }>;
  weight: WeightMeasure;
  filters: FilterState;
}) {
  const select = useAppStore((s) => s.select);
  const { country, figures } = details;
  const facts: CountryFacts = details.details;
  const partnerList = (title: string, partners: Partner[]) => (
    <section>
      <h4>
        {title} <Period filters={filters} />
      </h4>
      {partners.length === 0 ? (
        <p className="hint">None.</p>
      ) : (
        <ol className="partners">
          {partners.slice(0, 10).map((p) => {
            const other = data.countries[p.country]!;
            return (
              <li key={p.country}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ kind: 'pair', id: country.id, with: other.id })}
                  aria-label={`${country.name} and ${other.name}: every deal and agreement`}
                >
                  {other.name}
                </button>{' '}
                <span className="figure">
                  {formatFigure(p.weight)} {measureUnit(weight, p.weight)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
  return (
    <article aria-label={`Details of ${country.name}`}>
      <h3>{country.name}</h3>
      <p className="meta">
        {country.region} · {country.subregion} ·{' '}
        {country.to === null ? `since ${country.from}` : `${country.from}–${country.to}`}
        {country.kind && country.kind !== 'state' ? ` · ${country.kind}` : ''}
      </p>
      {country.note && <p className="note">{country.note}</p>}
      <FocusActions id={country.id} name={country.name} focus={filters.focus} />
      <section>
        <h4>
          Agreements in force <Period filters={filters} />
        </h4>
        {facts.memberships.length === 0 ? (
          <p className="hint">None that match the filters.</p>
        ) : (
          <ul className="records">
            {facts.memberships.map((m) => {
              const a = data.agreements[m.agreement]!.record;
              return (
                <li key={`${a.id}-${m.joined}`}>
                  <AgreementButton agreement={a} />{' '}
                  <span className="meta">
                    {AGREEMENT_TYPE_LABELS[a.type]}, member {formatSpan(m.joined, m.left)}
                  </span>
                  <p className="source">Source: {a.source}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {details.story.steps.length > 0 && (
        <DealStoryList
          story={details.story}
          title={`${country.name}'s deal diplomacy`}
          heading="Deal diplomacy"
        />
      )}
      {partnerList('Top suppliers', facts.suppliers)}
      {partnerList('Top recipients', facts.recipients)}
      <ArmsAlliancesSection figures={figures} />
    </article>
  );
}

function AgreementView({
  data,
  details,
}: {
  data: ModelData;
  details: Extract<SelectionDetails, { kind: 'agreement' }>;
}) {
  const select = useAppStore((s) => s.select);
  const { agreement } = details;
  const a = agreement.record;
  return (
    <article aria-label={`Details of ${a.name}`}>
      <h3>{a.name}</h3>
      <p className="meta">
        {AGREEMENT_TYPE_LABELS[a.type]} · {agreement.bilateral ? 'bilateral' : 'multilateral'} ·
        signed {a.signed}
        {a.inForce ? `, in force ${a.inForce}` : ''}
        {a.ended ? `, ended ${a.ended}` : ', in force'}
      </p>
      {a.summary && <p>{a.summary}</p>}
      <p className="source">Source: {a.source}</p>
      <h4>Members ({details.parties})</h4>
      <ul className="members">
        {details.members.map((m) => (
          <li key={`${m.country}-${m.joined}`}>
            <button
              type="button"
              className="link-button"
              onClick={() => select({ kind: 'country', id: data.countries[m.country]!.id })}
            >
              {data.countries[m.country]!.name}
            </button>{' '}
            <span className="meta">{formatSpan(m.joined, m.left)}</span>
            {m.note && <span className="meta"> · {m.note}</span>}
          </li>
        ))}
      </ul>
    </article>
  );
}

function TieView({ details }: { details: Extract<SelectionDetails, { kind: 'tie' }> }) {
  return (
    <article aria-label="Agreements behind this tie">
      <h3>Agreements behind this tie</h3>
      <ul className="records">
        {details.agreements.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>{' '}
            <span className="meta">
              ({AGREEMENT_TYPE_LABELS[a.type]}, {formatSpan(a.signed, a.ended)})
            </span>
            {a.summary && <p>{a.summary}</p>}
            <p className="source">Source: {a.source}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}

/**
 * Focus on this state (only it, its partners and the ties between them), add it to the focus,
 * take it out, or clear the focus.
 */
function FocusActions({
  id,
  name,
  focus,
}: {
  id: string;
  name: string;
  focus: readonly string[] | null;
}) {
  const changeFilters = useAppStore((s) => s.changeFilters);
  const focused = focus?.includes(id) ?? false;
  const only = focused && focus?.length === 1;
  return (
    <p className="focus-actions">
      {!only && (
        <button
          type="button"
          className="small-button"
          onClick={() => changeFilters((f) => focusOn(f, id))}
          title={`Draw only ${name}, its partners and the ties between them`}
        >
          Focus on this state
        </button>
      )}
      {focus !== null && !focused && (
        <button
          type="button"
          className="small-button"
          onClick={() => changeFilters((f) => addToFocus(f, id))}
        >
          Add to focus
        </button>
      )}
      {focused && !only && (
        <button
          type="button"
          className="small-button"
          onClick={() => changeFilters((f) => removeFromFocus(f, id))}
        >
          Remove from focus
        </button>
      )}
      {focus !== null && (
        <button type="button" className="small-button" onClick={() => changeFilters(clearFocus)}>
          Clear focus
        </button>
      )}
    </p>
  );
}
