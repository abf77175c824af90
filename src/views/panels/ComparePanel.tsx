/**
 * The Compare panel: turn a comparison on (the view's period against another), set its period,
 * and read it: what changed in the network, the Realignment table (recipients whose largest
 * supplier changed, suppliers' clients gained and lost, states that joined or left agreements)
 * and the rankings of both periods, sortable; both as CSV. Every name opens the state, the pair
 * or the agreement. Everything from data is rendered as text.
 */
import { useState, type ReactNode } from 'react';
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
import { leaderNames } from '../../model/realignment';
import { withCompare, type Selection } from '../../model/viewState';
import { useComparison, type ComparisonView } from '../../state/comparison';
import { useAppStore } from '../../state/store';
import './rankings.css';
import './compare.css';

const TOP = 10;
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
      <label>
        From{' '}
        <input
          type="number"
          min={first}
          max={last}
          value={period.from}
          onChange={(e) => setYear('from', e.target.value)}
          aria-label="Comparison period: first year"
        />
      </label>
      <label>
        to{' '}
        <input
          type="number"
          min={first}
          max={last}
          value={period.to}
          onChange={(e) => setYear('to', e.target.value)}
          aria-label="Comparison period: last year"
        />
      </label>
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
      <p className="compare-downloads">
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

function StateButton({ data, country }: { data: ModelData; country: number }) {
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

function Table<T>({
  title,
  rows,
  head,
  row,
  empty,
  testId,
}: {
  title: string;
  rows: readonly T[];
  head: ReactNode;
  row: (item: T) => ReactNode;
  empty: string;
  testId?: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TOP);
  return (
    <div className="rankings-block">
      <table className="rankings-table" data-testid={testId}>
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
          {all ? `Show the first ${TOP}` : `Show all ${rows.length}`}
        </button>
      )}
    </div>
  );
}

function ShiftTable({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  const { before, after } = cv.comparison.periods;
  return (
    <Table
      title="Largest supplier changed"
      testId="realignment-shifts"
      rows={cv.realignment.shifts}
      empty="No recipient changed its largest supplier between these periods."
      head={
        <tr>
          <th scope="col">Recipient</th>
          <th scope="col">{periodLabel(before)}</th>
          <th scope="col">{periodLabel(after)}</th>
        </tr>
      }
      row={(s) => (
        <tr key={s.recipient}>
          <th scope="row">
            <StateButton data={data} country={s.recipient} />
          </th>
          <td>
            <PairButton data={data} a={s.recipient} b={s.leadersBefore[0]!}>
              {leaderNames(data, s.leadersBefore)}
            </PairButton>{' '}
            <span className="num">{formatPercent(s.oldLeaderBefore)}</span>
            <span className="meta"> (then {formatPercent(s.oldLeaderAfter)})</span>
          </td>
          <td>
            <PairButton data={data} a={s.recipient} b={s.leadersAfter[0]!}>
              {leaderNames(data, s.leadersAfter)}
            </PairButton>{' '}
            <span className="num">{formatPercent(s.newLeaderAfter)}</span>
            <span className="meta"> (was {formatPercent(s.newLeaderBefore)})</span>
          </td>
        </tr>
      )}
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
    <Table
      title="Suppliers: clients gained and lost"
      testId="realignment-clients"
      rows={cv.realignment.clients}
      empty="No supplier gained or lost a client between these periods."
      head={
        <tr>
          <th scope="col">Supplier</th>
          <th scope="col" className="num">
            Clients
          </th>
          <th scope="col">Gained</th>
          <th scope="col">Lost</th>
        </tr>
      }
      row={(c) => (
        <tr key={c.supplier}>
          <th scope="row">
            <StateButton data={data} country={c.supplier} />
          </th>
          <td className="num">
            {c.clientsBefore} → {c.clientsAfter}
          </td>
          <td>
            <Names data={data} owner={c.supplier} list={c.gained} />
          </td>
          <td>
            <Names data={data} owner={c.supplier} list={c.lost} />
          </td>
        </tr>
      )}
    />
  );
}

function MembershipTable({ data, cv }: { data: ModelData; cv: ComparisonView }) {
  return (
    <Table
      title="Joined or left agreements"
      testId="realignment-memberships"
      rows={cv.realignment.memberships}
      empty="No state joined or left an agreement shown between these periods."
      head={
        <tr>
          <th scope="col">State</th>
          <th scope="col">Change</th>
          <th scope="col">Agreement</th>
        </tr>
      }
      row={(m) => {
        const agreement = data.agreements[m.agreement]!.record;
        return (
          <tr key={`${m.country}:${m.agreement}`}>
            <th scope="row">
              <StateButton data={data} country={m.country} />
            </th>
            <td>
              {m.change}
              {m.agreementChange === 'gained'
                ? ' (new agreement)'
                : m.agreementChange === 'lost'
                  ? ' (agreement ended)'
                  : ''}
            </td>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => select({ kind: 'agreement', id: agreement.id })}
              >
                {agreement.shortName ?? agreement.name}
              </button>
            </td>
          </tr>
        );
      }}
    />
  );
}

type SortKey = 'after' | 'shareBefore' | 'shareAfter' | 'change' | 'rankChange';

const SORT_LABELS: Record<SortKey, string> = {
  after: 'Volume',
  shareBefore: 'Share before',
  shareAfter: 'Share after',
  change: 'Change',
  rankChange: 'Rank',
};

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
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'after',
    descending: true,
  });
  const value = (a: ComparedActor): number | null =>
    sort.key === 'change'
      ? shownChange(a, r.lengthsDiffer)
      : sort.key === 'after'
        ? a.after
        : a[sort.key];
  const rows = [...r[side]].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Rows without a figure (no base, unranked) always go last.
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return sort.descending ? vb - va : va - vb;
  });
  const header = (key: SortKey, label: ReactNode) => (
    <th
      scope="col"
      className="num"
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : true }))}
        title={`Sort by ${SORT_LABELS[key].toLowerCase()}`}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
  const { before, after } = cv.comparison.periods;
  return (
    <Table
      title={side === 'suppliers' ? 'Suppliers' : 'Recipients'}
      testId={`compare-${side}`}
      rows={rows}
      empty="No deliveries in either period with these filters."
      head={
        <tr>
          <th scope="col">State</th>
          {header('after', `${MEASURE_LABELS[r.measure].header} ${periodLabel(after)}`)}
          {header('shareBefore', `Share ${periodLabel(before)}`)}
          {header('shareAfter', `Share ${periodLabel(after)}`)}
          {header('change', r.lengthsDiffer ? 'Change per year' : 'Change')}
          {header('rankChange', 'Rank')}
        </tr>
      }
      row={(a) => (
        <tr key={a.country}>
          <th scope="row">
            <StateButton data={data} country={a.country} />
          </th>
          <td className="num">{formatFigure(a.after)}</td>
          <td className="num">{formatPercent(a.shareBefore)}</td>
          <td className="num">{formatPercent(a.shareAfter)}</td>
          <td className="num">{formatChange(shownChange(a, r.lengthsDiffer))}</td>
          <td className="num">
            {a.rankBefore ?? '–'} → {a.rankAfter ?? '–'}
            {a.rankChange !== null && a.rankChange !== 0 && (
              <span className={a.rankChange > 0 ? 'rank-up' : 'rank-down'}>
                {' '}
                ({a.rankChange > 0 ? '+' : '−'}
                {Math.abs(a.rankChange)})
              </span>
            )}
          </td>
        </tr>
      )}
    />
  );
}
