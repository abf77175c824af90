/**
 * The Rankings panel: top suppliers and recipients of the period, SIPRI's way (sum by delivery
 * year, share of the world total, change vs the previous period of equal length), then where arms
 * and alliances overlap: deliveries to allies, import concentration, deliveries to embargoed states.
 * Everything from data is rendered as text.
 */
import { useState, type ReactNode } from 'react';
import type { ModelData } from '../../model/dataset';
import type { WeightMeasure } from '../../model/filters';
import {
  formatChange,
  formatFigure,
  formatIndex,
  formatPercent,
  formatYearRuns,
  MEASURE_LABELS,
  measureUnit,
} from '../../model/format';
import {
  ALLY_DEFINITION,
  embargoImposers,
  type AllyShare,
  type Concentration,
  type EmbargoSupplier,
} from '../../model/overlap';
import {
  describeMethod,
  type RankingRow,
  type Rankings as RankingsFigures,
} from '../../model/rankings';
import { useRankings } from '../../state/hooks';
import type { RankingsView } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EventRankings } from './EventRankings';
import './rankings.css';

const TOP = 10;

export function RankingsPanel() {
  const data = useAppStore((s) => s.data);
  const ranked = useRankings();
  if (!data || !ranked) return <p className="hint">Loading the dataset…</p>;
  return <Rankings data={data} ranked={ranked} />;
}

function Rankings({ data, ranked }: { data: ModelData; ranked: RankingsView }) {
  const { rankings, measure } = ranked;
  return (
    <div className="rankings">
      <p className="rankings-method">{describeMethod(rankings)}</p>
      {!data.hasValues && (
        <p className="hint">
          The {data.name === 'default' ? 'default ' : ''}dataset has no values (SIPRI TIV), so the
          ranking counts {MEASURE_LABELS[measure].words}.
        </p>
      )}
      {!rankings.transfersShown && (
        <p className="hint">Arms transfers are switched off in the Ties filter.</p>
      )}
      <p className="meta">
        World total: {formatFigure(rankings.worldTotal)} {measureUnit(measure, rankings.worldTotal)}
        {rankings.worldChange !== null ? ` (${formatChange(rankings.worldChange)})` : ''}
        {rankings.restriction !== null &&
          `; ${rankings.restriction}: ${formatFigure(rankings.shownTotal)} ${measureUnit(measure, rankings.shownTotal)}`}
      </p>

      <RankingTable title="Top suppliers" figures={rankings} side="suppliers" data={data} />
      <RankingTable title="Top recipients" figures={rankings} side="recipients" data={data} />

      <h3 className="rankings-heading">Arms and alliances</h3>
      <p className="hint">
        Over the same deliveries. {ALLY_DEFINITION} Concentration: Herfindahl-Hirschman index of a
        recipient&apos;s suppliers, 0 to 1 (1 = a single supplier). Embargoes: deliveries in a year
        when an arms embargo on the recipient was in force, whoever imposed it.
      </p>
      <AllyTable rows={ranked.allies} data={data} measure={measure} />
      <ConcentrationTable rows={ranked.concentration} data={data} measure={measure} />
      <EmbargoTable rows={ranked.embargoes} data={data} measure={measure} />
      <EventRankings data={data} />
    </div>
  );
}

function CountryButton({ data, country }: { data: ModelData; country: number }) {
  const select = useAppStore((s) => s.select);
  const c = data.countries[country]!;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => select({ kind: 'country', id: c.id })}
    >
      {c.name}
    </button>
  );
}

/** A table showing the first ten rows, with a toggle for the rest. */
function TopTable<T>({
  title,
  rows,
  head,
  row,
  empty = 'None in this period and these filters.',
}: {
  title: string;
  rows: T[];
  head: ReactNode;
  row: (item: T) => ReactNode;
  empty?: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TOP);
  return (
    <div className="rankings-block">
      <table className="rankings-table">
        <caption>{title}</caption>
        <thead>{head}</thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={99} className="hint">
                {empty}
              </td>
            </tr>
          ) : (
            shown.map(row)
          )}
        </tbody>
      </table>
      {rows.length > TOP && (
        <button
          type="button"
          className="link-button rankings-toggle"
          aria-expanded={all}
          onClick={() => setAll(!all)}
        >
          {all ? `Show top ${TOP}` : `Show all ${rows.length}`}
        </button>
      )}
    </div>
  );
}

function RankingTable({
  title,
  figures,
  side,
  data,
}: {
  title: string;
  figures: RankingsFigures;
  side: 'suppliers' | 'recipients';
  data: ModelData;
}) {
  const rows: RankingRow[] = figures[side];
  const caption = figures.restriction === null ? title : `${title}, ${figures.restriction}`;
  return (
    <TopTable
      title={caption}
      rows={rows}
      head={
        <tr>
          <th scope="col">#</th>
          <th scope="col">State</th>
          <th scope="col" className="num">
            {MEASURE_LABELS[figures.measure].header}
          </th>
          <th scope="col" className="num">
            {figures.shareOf === 'world' ? 'Share of world' : 'Share'}
          </th>
          <th scope="col" className="num">
            Change
          </th>
        </tr>
      }
      row={(r) => (
        <tr key={r.country}>
          <td className="num">{r.rank}</td>
          <th scope="row">
            <CountryButton data={data} country={r.country} />
          </th>
          <td className="num">{formatFigure(r.value)}</td>
          <td className="num">{formatPercent(r.share)}</td>
          <td className="num">{formatChange(r.change)}</td>
        </tr>
      )}
    />
  );
}

function AllyTable({
  rows,
  data,
  measure,
}: {
  rows: AllyShare[];
  data: ModelData;
  measure: WeightMeasure;
}) {
  return (
    <TopTable
      title="Share of deliveries to allies"
      rows={rows}
      head={
        <tr>
          <th scope="col">#</th>
          <th scope="col">Supplier</th>
          <th scope="col" className="num">
            To allies
          </th>
          <th scope="col" className="num">
            {MEASURE_LABELS[measure].header}
          </th>
        </tr>
      }
      row={(r) => (
        <tr key={r.country}>
          <td className="num">{r.rank}</td>
          <th scope="row">
            <CountryButton data={data} country={r.country} />
          </th>
          <td className="num">{formatPercent(r.share)}</td>
          <td className="num">
            {formatFigure(r.allied)} of {formatFigure(r.total)}
          </td>
        </tr>
      )}
    />
  );
}

function ConcentrationTable({
  rows,
  data,
  measure,
}: {
  rows: Concentration[];
  data: ModelData;
  measure: WeightMeasure;
}) {
  return (
    <TopTable
      title="Import concentration (HHI)"
      rows={rows}
      head={
        <tr>
          <th scope="col">#</th>
          <th scope="col">Recipient</th>
          <th scope="col" className="num">
            HHI
          </th>
          <th scope="col" className="num">
            Suppliers
          </th>
          <th scope="col" className="num">
            {MEASURE_LABELS[measure].header}
          </th>
        </tr>
      }
      row={(r) => (
        <tr key={r.country}>
          <td className="num">{r.rank}</td>
          <th scope="row">
            <CountryButton data={data} country={r.country} />
          </th>
          <td className="num">{formatIndex(r.hhi)}</td>
          <td className="num">{r.suppliers}</td>
          <td className="num">{formatFigure(r.total)}</td>
        </tr>
      )}
    />
  );
}

function EmbargoTable({
  rows,
  data,
  measure,
}: {
  rows: EmbargoSupplier[];
  data: ModelData;
  measure: WeightMeasure;
}) {
  return (
    <TopTable
      title="Deliveries to embargoed states, by supplier"
      rows={rows}
      empty="No delivery to a state under an arms embargo in this period and these filters."
      head={
        <tr>
          <th scope="col">#</th>
          <th scope="col">Supplier</th>
          <th scope="col" className="num">
            {MEASURE_LABELS[measure].header}
          </th>
          <th scope="col">To (years, imposed by)</th>
        </tr>
      }
      row={(r) => (
        <tr key={r.country}>
          <td className="num">{r.rank}</td>
          <th scope="row">
            <CountryButton data={data} country={r.country} />
          </th>
          <td className="num">{formatFigure(r.value)}</td>
          <td>
            <ul className="rankings-flows">
              {r.flows.map((f) => (
                <li key={f.recipient}>
                  <CountryButton data={data} country={f.recipient} />{' '}
                  <span className="meta">
                    {formatYearRuns(f.years)} ({embargoImposers(data, f).join(', ')})
                  </span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    />
  );
}
