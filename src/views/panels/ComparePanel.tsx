/**
 * The Compare panel: turn a comparison on (the view's period against another), set its period,
 * and read it: what changed in the network, the Realignment table (recipients whose largest
 * supplier changed, suppliers' clients gained and lost, states that joined or left agreements)
 * and the rankings of both periods, sortable; both as CSV. Every name opens the state, the pair
 * or the agreement. Everything from data is rendered as text.
 */
import type { ReactNode } from 'react';
import { comparisonSummary } from '../../model/compare';
import {
  periodLabel,
  periodLength,
  suggestedComparison,
  type CompareMode,
  type Period,
} from '../../model/comparePeriod';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { VIEW_KEYS, enumOptions } from '../../model/viewKeys';
import { shownChange, type ComparedActor } from '../../model/compareRankings';
import type { ModelData } from '../../model/dataset';
import { yearRange } from '../../model/filters';
import {
  MEASURE_LABELS,
  formatChange,
  formatFigure,
  formatPercent,
  measureUnit,
} from '../../model/format';
import {
  leaderNames,
  type ClientChange,
  type MembershipChange,
  type SupplierShift,
} from '../../model/realignment';
import { withCompare, type Selection } from '../../model/viewState';
import { useComparison, type ComparisonView } from '../../state/comparison';
import { useAppStore } from '../../state/store';
import { RankingTable, figureColumn, stateColumn, type RankingColumn } from './RankingTable';
import './compare.css';
const CSV_TYPE = 'text/csv;charset=utf-8';

export function ComparePanel() {
  const data = useAppStore((s) => s.data);
  const view = useAppStore((s) => s.view);
  const cv = useComparison();
  if (!data) return <p className="hint">Loading the dataset…</p>;
  return (
    <div className="compare rankings">
      <CompareControls data={data} />
      {cv && view.compare.period && <Comparison data={data} cv={cv} />}
    </div>
  );
}

function setComparison(period: Period | null) {
  const { view, commit } = useAppStore.getState();
  commit(withCompare(view, { period }), { history: 'push' });
}

/** The comparison period: a button that turns it on, then two years to set it, and Stop. */
function CompareControls({ data }: { data: ModelData }) {
  const filters = useAppStore((s) => s.view.filters);
  const period = useAppStore((s) => s.view.compare.period);
  const mode = useAppStore((s) => s.view.compare.mode);
  const [from, to] = yearRange(filters);
  const own = { from, to };
  const [first, last] = data.yearSpan;
  if (period === null) {
    const suggested = suggestedComparison(own, data.yearSpan);
    return (
      <div className="compare-intro">
        <p>
          Compare the period shown ({periodLabel(own)}) with another: one network of the ties
          gained, lost, grown and shrunk, the states whose main supplier changed, and the rankings
          of both periods.
        </p>
        <button type="button" className="primary" onClick={() => setComparison(suggested)}>
          Compare with {periodLabel(suggested)}
        </button>
      </div>
    );
  }
  const setYear = (which: 'from' | 'to', text: string) => {
    const year = Number(text);
    if (!Number.isInteger(year) || year < first || year > last) return;
    const next = { ...period, [which]: year };
    setComparison({ from: Math.min(next.from, next.to), to: Math.max(next.from, next.to) });
  };
  return (
    <fieldset className="compare-period">
      <legend>{periodLabel(own)} compared with</legend>
      {(['from', 'to'] as const).map((which) => (
        <label key={which}>
          {which === 'from' ? 'From' : 'to'}{' '}
          <input
            type="number"
            min={first}
            max={last}
            value={period[which]}
            onChange={(e) => setYear(which, e.target.value)}
            aria-label={`Comparison period: ${which === 'from' ? 'first' : 'last'} year`}
          />
        </label>
      ))}
      <button type="button" className="link-button" onClick={() => setComparison(null)}>
        Stop comparing
      </button>
      <SegmentedControl<CompareMode>
        legend={VIEW_KEYS.compareMode.label}
        name="compare-mode"
        value={mode}
        options={enumOptions(VIEW_KEYS.compareMode, data)}
        onChange={(next) => {
          const { view, commit } = useAppStore.getState();
          commit(withCompare(view, { mode: next }), { history: 'push' });
        }}
      />
    </fieldset>
  );
}

function Comparison({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  const { comparison: c, rankings: r, realignment: re } = cv;
  const { before, after, lengthsDiffer, overlap } = c.periods;
  const measure = c.measure;
  const unit = MEASURE_LABELS[measure].words;
  const download = (kind: 'comparison' | 'realignment') => {
    void import('../../data/export').then((m) => {
      const rows =
        kind === 'comparison' ? m.comparisonRankingsTable(data, r) : m.realignmentTable(data, re);
      m.downloadText(m.csvFileText(rows), m.comparisonFileName(kind, r), CSV_TYPE);
    });
  };
  return (
    <>
      <p className="compare-summary" data-testid="compare-summary">
        {comparisonSummary(c)}
      </p>
      <p className="meta">
        World total {formatFigure(r.worldBefore)} → {formatFigure(r.worldAfter)}{' '}
        {measureUnit(measure, r.worldAfter)} (
        {formatChange(lengthsDiffer ? r.worldYearlyChange : r.worldChange)}
        {lengthsDiffer ? ' per year' : ''}).
      </p>
      {(lengthsDiffer || overlap) && (
        <p className="hint">
          {lengthsDiffer &&
            `The periods differ in length (${periodLength(before)} and ${periodLength(after)} years): volumes are compared per year; shares compare as they are. `}
          {overlap && 'The periods overlap: years in both count in both.'}
        </p>
      )}
      <p className="rankings-downloads">
        <button type="button" className="link-button" onClick={() => download('realignment')}>
          Realignment as CSV
        </button>{' '}
        ·{' '}
        <button type="button" className="link-button" onClick={() => download('comparison')}>
          Rankings of both periods as CSV
        </button>
      </p>

      <h3 className="rankings-heading">Realignment</h3>
      <ShiftTable data={data} cv={cv} />
      <ClientsTable data={data} cv={cv} />
      <MembershipTable data={data} cv={cv} />

      <h3 className="rankings-heading">Rankings in both periods</h3>
      <p className="hint">
        {MEASURE_LABELS[measure].header} summed by delivery year in each period;{' '}
        {r.shareOf === 'world'
          ? 'shares of the world total, non-state actors and unknown parties included'
          : 'shares of the deliveries drawn (a region or focus filter is on)'}
        ; change of the {lengthsDiffer ? 'yearly average' : 'sum'} of {unit}; rank change in places.
      </p>
      <ActorTable data={data} cv={cv} side="suppliers" />
      <ActorTable data={data} cv={cv} side="recipients" />
    </>
  );
}

function select(selection: Selection) {
  useAppStore.getState().select(selection);
}

/** A name that opens the pair (the row's state and this partner). */
function PairButton({
  data,
  a,
  b,
  children,
}: {
  data: ModelData;
  a: number;
  b: number;
  children: ReactNode;
}) {
  const [x, y] = [data.countries[a]!, data.countries[b]!];
  return (
    <button
      type="button"
      className="link-button"
      title={`${x.name} and ${y.name}`}
      onClick={() => select({ kind: 'pair', id: x.id, with: y.id })}
    >
      {children}
    </button>
  );
}

/**
 * A period's column of the supplier shifts: the recipient's largest supplier(s) then, opening the
 * pair, their share, and in brackets a note on the other period.
 */
function leaderColumn(
  data: ModelData,
  key: string,
  header: string,
  of: (s: SupplierShift) => { leaders: readonly number[]; share: number; note: string },
): RankingColumn<SupplierShift> {
  return {
    key,
    header,
    cell: (s) => {
      const { leaders, share, note } = of(s);
      return (
        <>
          <PairButton data={data} a={s.recipient} b={leaders[0]!}>
            {leaderNames(data, leaders)}
          </PairButton>{' '}
          <span className="num">{formatPercent(share)}</span>
          <span className="meta"> ({note})</span>
        </>
      );
    },
  };
}

function ShiftTable({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  const { before, after } = cv.comparison.periods;
  return (
    <RankingTable<SupplierShift>
      caption="Largest supplier changed"
      testId="realignment-shifts"
      rows={cv.realignment.shifts}
      rowKey={(s) => s.recipient}
      empty="No recipient changed its largest supplier between these periods."
      columns={[
        stateColumn(data, (s) => s.recipient, 'Recipient'),
        leaderColumn(data, 'before', periodLabel(before), (s) => ({
          leaders: s.leadersBefore,
          share: s.oldLeaderBefore,
          note: `then ${formatPercent(s.oldLeaderAfter)}`,
        })),
        leaderColumn(data, 'after', periodLabel(after), (s) => ({
          leaders: s.leadersAfter,
          share: s.newLeaderAfter,
          note: `was ${formatPercent(s.newLeaderBefore)}`,
        })),
      ]}
    />
  );
}

function Names({ data, owner, list }: { data: ModelData; owner: number; list: readonly number[] }) {
  const shown = list.slice(0, 6);
  return (
    <>
      {shown.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          <PairButton data={data} a={owner} b={c}>
            {data.countries[c]!.name}
          </PairButton>
        </span>
      ))}
      {list.length > shown.length && (
        <span className="meta"> and {list.length - shown.length} more</span>
      )}
    </>
  );
}

function ClientsTable({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  return (
    <RankingTable<ClientChange>
      caption="Suppliers: clients gained and lost"
      testId="realignment-clients"
      rows={cv.realignment.clients}
      rowKey={(c) => c.supplier}
      empty="No supplier gained or lost a client between these periods."
      columns={[
        stateColumn(data, (c) => c.supplier, 'Supplier'),
        {
          key: 'clients',
          header: 'Clients',
          numeric: true,
          cell: (c) => `${c.clientsBefore} → ${c.clientsAfter}`,
        },
        {
          key: 'gained',
          header: 'Gained',
          cell: (c) => <Names data={data} owner={c.supplier} list={c.gained} />,
        },
        {
          key: 'lost',
          header: 'Lost',
          cell: (c) => <Names data={data} owner={c.supplier} list={c.lost} />,
        },
      ]}
    />
  );
}

function MembershipTable({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  const agreementOf = (m: MembershipChange) => data.agreements[m.agreement]!.record;
  return (
    <RankingTable<MembershipChange>
      caption="Joined or left agreements"
      testId="realignment-memberships"
      rows={cv.realignment.memberships}
      rowKey={(m) => `${m.country}:${m.agreement}`}
      empty="No state joined or left an agreement shown between these periods."
      columns={[
        stateColumn(data, (r) => r.country),
        {
          key: 'change',
          header: 'Change',
          cell: (m) =>
            `${m.change}${
              m.agreementChange === 'gained'
                ? ' (new agreement)'
                : m.agreementChange === 'lost'
                  ? ' (agreement ended)'
                  : ''
            }`,
        },
        {
          key: 'agreement',
          header: 'Agreement',
          cell: (m) => (
            <button
              type="button"
              className="link-button"
              onClick={() => select({ kind: 'agreement', id: agreementOf(m).id })}
            >
              {agreementOf(m).shortName ?? agreementOf(m).name}
            </button>
          ),
        },
      ]}
    />
  );
}

function ActorTable({
  data,
  cv,
  side,
}: {
  data: ModelData;
  cv: ComparisonView;
  side: 'suppliers' | 'recipients';
}) {
  const r = cv.rankings;
  const [before, after] = [cv.comparison.periods.before, cv.comparison.periods.after].map(
    periodLabel,
  );
  const measure = MEASURE_LABELS[r.measure].header;
  const changeHeader = r.lengthsDiffer ? 'Change per year' : 'Change';
  return (
    <RankingTable<ComparedActor>
      caption={side === 'suppliers' ? 'Suppliers' : 'Recipients'}
      testId={`compare-${side}`}
      rows={r[side]}
      rowKey={(a) => a.country}
      rankedBy="after"
      empty="No deliveries in either period with these filters."
      columns={[
        stateColumn(data, (r) => r.country),
        figureColumn('after', `${measure} ${after}`, (a) => a.after, formatFigure, 'volume'),
        // The share in each period.
        ...(['before', 'after'] as const).map((period) =>
          figureColumn<ComparedActor, number | null>(
            `share-${period}`,
            `Share ${period === 'before' ? before : after}`,
            (a) => (period === 'before' ? a.shareBefore : a.shareAfter),
            formatPercent,
            `share ${period}`,
          ),
        ),
        figureColumn(
          'change',
          changeHeader,
          (a) => shownChange(a, r.lengthsDiffer),
          formatChange,
          'change',
        ),
        {
          key: 'rankChange',
          header: 'Rank',
          numeric: true,
          sortValue: (a) => a.rankChange,
          sortLabel: 'rank',
          cell: (a) => (
            <>
              {a.rankBefore ?? '–'} → {a.rankAfter ?? '–'}
              {a.rankChange !== null && a.rankChange !== 0 && (
                <span className={a.rankChange > 0 ? 'rank-up' : 'rank-down'}>
                  {' '}
                  ({a.rankChange > 0 ? '+' : '−'}
                  {Math.abs(a.rankChange)})
                </span>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
