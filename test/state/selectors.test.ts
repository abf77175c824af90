/**
 * The derivation chain in Node: each selector is memoised on its inputs, and every panel answers
 * from the records the network draws. Fixture: d1 AAA->BBB aircraft 1960 (4 units) and 1961 (6),
 * d2 AAA->BBB armour 1961, d3 BBB->AAA ships 1975, d4 OLD->DDD missiles 1961.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { setFilters, select, setDisplay } from '../../src/model/viewChanges';
import { defaultViewState, type ViewState } from '../../src/model/viewState';
import {
  selectAggregate,
  selectDataTables,
  selectDetails,
  selectGraphSpec,
  selectPairRecord,
  selectRankings,
  selectSummary,
  selectTable,
  selectTimeline,
} from '../../src/state/selectors';
import { fixtureDataset } from '../model/fixture';

const data = indexDataset(fixtureDataset());
const base = defaultViewState(data.yearSpan, data.hasValues);
const period = (from: number, to: number, view: ViewState = base) => setFilters(view, { from, to });

describe('selectors', () => {
  it('compute once per change and share the aggregate', () => {
    const view = period(1960, 1961);
    expect(selectGraphSpec(data, view)).toBe(selectGraphSpec(data, view));
    expect(selectRankings(data, view)).toBe(selectRankings(data, view));
    // A change that the spec does not read (the layout) keeps the spec.
    expect(selectGraphSpec(data, setDisplay(view, { layout: 'geo' }))).toBe(
      selectGraphSpec(data, view),
    );
    expect(selectTable(data, view, 'flows').rows).toHaveLength(2);
  });

  it('keep the timeline series while only the years move', () => {
    const a = selectTimeline(data, period(1960, 1961));
    const b = selectTimeline(data, period(1970, 1980));
    expect(b).toBe(a);
    const c = selectTimeline(data, setFilters(period(1970, 1980), { regions: ['Asia'] }));
    expect(c).not.toBe(a);
    // Any other filter, even one added after this selector was written, reaches the series.
    const asia = setFilters(period(1970, 1980), { regions: ['Asia'] });
    const withNew = (view: ViewState): ViewState => ({
      ...view,
      filters: { ...view.filters, aNewFilter: 'on' } as ViewState['filters'],
    });
    const d = selectTimeline(data, withNew(asia));
    expect(d).not.toBe(c);
    expect(selectTimeline(data, withNew(setFilters(asia, { from: 1990, to: 2000 })))).toBe(d);
  });

  it('colour states by bloc in the spec when asked', () => {
    const byRegion = selectGraphSpec(data, period(1950, 1980));
    const byBloc = selectGraphSpec(data, setDisplay(period(1950, 1980), { color: 'bloc' }));
    expect(byBloc.edges).toBe(byRegion.edges);
    expect(byBloc.nodes.get('AAA')!.color).not.toBe(byRegion.nodes.get('AAA')!.color);
  });

  it('rank exactly the flows the network draws', () => {
    const view = setFilters(period(1950, 1980), { regions: ['Asia'], direction: 'in' });
    const spec = selectGraphSpec(data, view);
    const drawnSuppliers = [...spec.edges.values()]
      .filter((e) => e.attributes.edgeKind === 'transfer')
      .map((e) => e.source);
    const ranked = selectRankings(data, view).rankings.suppliers.map(
      (r) => data.countries[r.country]!.id,
    );
    expect(ranked).toEqual(drawnSuppliers);
    expect(ranked).toEqual(['OLD']);
  });

  it('detail an arrow with the deals delivered in the period, both bounds included', () => {
    const arrow = (from: number, to: number) => {
      const view = select(period(from, to), { kind: 'edge', id: 't:AAA>BBB' });
      const details = selectDetails(data, view);
      if (details?.kind !== 'pair') throw new Error('an arrow opens the pair');
      expect(details.edgeKey).toBe('t:AAA>BBB');
      const record = selectPairRecord(data, view, details.a, details.b);
      return record.aToB
        .filter((d) => d.drawn)
        .map(
          (d) =>
            `${d.transfer.id}:${d.deliveries
              .filter((x) => x.drawn)
              .map((x) => x.year)
              .join('+')}:${d.unitsDrawn}`,
        );
    };
    expect(arrow(1960, 1961)).toEqual(['d1:1960+1961:10', 'd2:1961:100']);
    expect(arrow(1961, 1961)).toEqual(['d1:1961:6', 'd2:1961:100']);
    expect(arrow(1960, 1960)).toEqual(['d1:1960:4']);
    expect(arrow(1962, 1980)).toEqual([]);
  });

  it('detail a state over the drawn flows, with its figures', () => {
    const view = select(period(1960, 1961), { kind: 'country', id: 'BBB' });
    const details = selectDetails(data, view);
    if (details?.kind !== 'country') throw new Error('not a country');
    const agg = selectAggregate(data, view.filters, view.display.multilateral);
    expect(details.details.suppliers.map((p) => data.countries[p.country]!.id)).toEqual(['AAA']);
    // The data has values: TIV, d1's 40 + 60 (d2 has none).
    const drawnIn = agg.transfers
      .filter((e) => data.countries[e.recipient]!.id === 'BBB')
      .reduce((sum, e) => sum + e.tiv, 0);
    expect([details.details.importsTotal, drawnIn]).toEqual([100, 100]);
    expect(details.figures.imports?.total).toBe(100);
    expect(selectDetails(data, period(1960, 1961))).toBeNull();
  });

  it('narrow the Data view to the selection, each table memoised on its own', () => {
    const view = period(1950, 1980);
    const all = selectDataTables(data, view, false, true);
    expect(all.scope).toBeNull();
    expect(all.deals).toBeNull();
    expect(selectDataTables(data, view, false, true)).toBe(all);
    const flows = (v: ViewState, scoped = true) =>
      selectDataTables(data, v, true, scoped).flows.rows.map(
        (r) => `${r.supplierId}>${r.recipientId}`,
      );
    expect(flows(view)).toEqual(expect.arrayContaining(['AAA>BBB', 'BBB>AAA', 'OLD>DDD']));
    const pair = select(view, { kind: 'pair', id: 'BBB', with: 'AAA' });
    expect(flows(pair).sort()).toEqual(['AAA>BBB', 'BBB>AAA']);
    const arrow = select(view, { kind: 'edge', id: 't:AAA>BBB' });
    expect(flows(arrow)).toEqual(['AAA>BBB']);
    expect(
      selectDataTables(data, arrow, true, true)
        .deals!.rows.map((r) => r.id)
        .sort(),
    ).toEqual(['d1', 'd2']);
    // "Show all rows": the same selection, every row; the unscoped table is shared.
    expect(flows(arrow, false)).toEqual(flows(view));
    expect(selectDataTables(data, arrow, false, false).flows).toBe(all.flows);
  });

  it('summarise the picture in one sentence', () => {
    expect(selectSummary(data, period(1961, 1961))).toMatch(
      /^1961: .*, 2 arms flows \(deals delivered in 1961\)\.$/,
    );
  });
});
