/**
 * The Rankings panel: top suppliers and recipients of the period, SIPRI's way (sum by delivery
 * year, share of the world total, change vs the previous period of equal length), then where arms
 * and alliances overlap: deliveries to allies, import concentration, deliveries to embargoed states.
 * Everything from data is rendered as text.
 */
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
import { RankingTable, figureColumn, rankedStateColumns } from './RankingTable';
import { StateButton } from './StateButton';
import './rankings.css';

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

      {rankings.transfersShown && (
        <p className="rankings-downloads">
          <button type="button" className="link-button" onClick={() => downloadCsv(data, rankings)}>
            Rankings as CSV
          </button>
        </p>
      )}

      <SideTable title="Top suppliers" figures={rankings} side="suppliers" data={data} />
      <SideTable title="Top recipients" figures={rankings} side="recipients" data={data} />

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

const CSV_TYPE = 'text/csv;charset=utf-8';

function downloadCsv(data: ModelData, rankings: RankingsFigures) {
  void import('../../data/export').then((m) =>
    m.downloadText(
      m.csvFileText(m.rankingsTable(data, rankings)),
      m.rankingsFileName(rankings),
      CSV_TYPE,
    ),
  );
}

function SideTable({
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
  return (
    <RankingTable<RankingRow>
      caption={figures.restriction === null ? title : `${title}, ${figures.restriction}`}
      rows={figures[side]}
      rowKey={(r) => r.country}
      rankedBy="value"
      columns={[
        ...rankedStateColumns(data),
        figureColumn(
          'value',
          MEASURE_LABELS[figures.measure].header,
          (r) => r.value,
          formatFigure,
          'volume',
        ),
        figureColumn(
          'share',
          figures.shareOf === 'world' ? 'World %' : 'Share',
          (r) => r.share,
          formatPercent,
          'share',
        ),
        figureColumn('change', 'Change', (r) => r.change, formatChange, 'change'),
      ]}
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
    <RankingTable<AllyShare>
      caption="Share of deliveries to allies"
      rows={rows}
      rowKey={(r) => r.country}
      rankedBy="share"
      columns={[
        ...rankedStateColumns(data, 'Supplier'),
        figureColumn('share', 'To allies', (r) => r.share, formatPercent, 'share to allies'),
        {
          key: 'total',
          header: MEASURE_LABELS[measure].header,
          numeric: true,
          sortValue: (r) => r.total,
          sortLabel: 'volume',
          cell: (r) => `${formatFigure(r.allied)} of ${formatFigure(r.total)}`,
        },
      ]}
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
    <RankingTable<Concentration>
      caption="Import concentration (HHI)"
      rows={rows}
      rowKey={(r) => r.country}
      rankedBy="hhi"
      columns={[
        ...rankedStateColumns(data, 'Recipient'),
        figureColumn('hhi', 'HHI', (r) => r.hhi, formatIndex, 'concentration (HHI)'),
        figureColumn('suppliers', 'Suppliers', (r) => r.suppliers, String, 'number of suppliers'),
        figureColumn(
          'total',
          MEASURE_LABELS[measure].header,
          (r) => r.total,
          formatFigure,
          'volume',
        ),
      ]}
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
    <RankingTable<EmbargoSupplier>
      caption="Deliveries to embargoed states, by supplier"
      rows={rows}
      rowKey={(r) => r.country}
      rankedBy="value"
      empty="No delivery to a state under an arms embargo in this period and these filters."
      columns={[
        ...rankedStateColumns(data, 'Supplier'),
        figureColumn(
          'value',
          MEASURE_LABELS[measure].header,
          (r) => r.value,
          formatFigure,
          'volume',
        ),
        {
          key: 'flows',
          header: 'To (years, imposed by)',
          cell: (r) => (
            <ul className="rankings-flows">
              {r.flows.map((f) => (
                <li key={f.recipient}>
                  <StateButton data={data} country={f.recipient} />{' '}
                  <span className="meta">
                    {formatYearRuns(f.years)} ({embargoImposers(data, f).join(', ')})
                  </span>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
