/**
 * The pair record: every deal between two states in both directions, whether the network draws
 * it now, the agreements both belonged to at once; and the year strip laid out from it.
 * Fixture: d1 AAA->BBB ordered 1959, delivered 1960 (4) and 1961 (6); d2 AAA->BBB 1961 (100);
 * d3 BBB->AAA 1975; the pact binds AAA (1950-) and BBB (1950-1960), CCC from 1970.
 */
import { describe, expect, it } from 'vitest';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { edgeEnds, pairDealFacts, pairRecord } from '../../src/model/pair';
import type { Transfer } from '../../src/model/types';
import { yearStripLayout } from '../../src/model/yearStrip';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const i = (id: string) => data.countryIndex.get(id)!;
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});
const record = (a: string, b: string, patch: Partial<FilterState> = {}) =>
  pairRecord(data, compileFilters(data, filters(patch)), i(a), i(b));

describe('pairRecord', () => {
  it('lists every deal in both directions, by first year, whatever the period', () => {
    const r = record('AAA', 'BBB', { from: 1960, to: 1960 });
    expect(r.aToB.map((d) => d.transfer.id)).toEqual(['d1', 'd2']);
    expect(r.bToA.map((d) => d.transfer.id)).toEqual(['d3']);
    expect(r.aToB[0]).toMatchObject({ firstYear: 1959, drawn: true, unitsDrawn: 4 });
    expect(r.aToB[0]!.deliveries).toEqual([
      { year: 1960, units: 4, drawn: true },
      { year: 1961, units: 6, drawn: false },
    ]);
    expect(r.aToB[1]).toMatchObject({ firstYear: 1961, drawn: false, unitsDrawn: null });
    expect(r.bToA[0]).toMatchObject({ drawn: false });
    expect(r.span).toEqual([1950, 1975]);
  });

  it('marks as drawn only what the filters keep: categories, focus, direction', () => {
    const aircraft = record('AAA', 'BBB', { categories: ['aircraft'] });
    expect(aircraft.aToB.map((d) => d.drawn)).toEqual([true, false]);
    const focus = record('AAA', 'BBB', { focus: ['BBB'], direction: 'out' });
    expect([...focus.aToB, ...focus.bToA].map((d) => `${d.transfer.id}:${d.drawn}`)).toEqual([
      'd1:false',
      'd2:false',
      'd3:true',
    ]);
    // The same pair the other way round swaps the directions.
    const swapped = record('BBB', 'AAA');
    expect(swapped.aToB.map((d) => d.transfer.id)).toEqual(['d3']);
  });

  it('gives the agreements both belonged to, with the years they were members together', () => {
    const r = record('AAA', 'BBB', { from: 1972, to: 1980 });
    expect(r.agreements.map((a) => [a.record.id, a.together, a.drawn])).toEqual([
      ['pact', [{ from: 1950, to: 1971 }], false],
    ]);
    expect(record('AAA', 'BBB', { from: 1955, to: 1980 }).agreements[0]!.drawn).toBe(true);
    // The pact's type filtered out: shared, but not drawn.
    expect(
      record('AAA', 'BBB', { from: 1955, to: 1980, agreementTypes: ['mutual-defence'] })
        .agreements[0]!.drawn,
    ).toBe(false);
    const open = record('AAA', 'DDD').agreements;
    expect(open.map((a) => [a.record.id, a.together])).toEqual([
      ['aaa-ddd', [{ from: 1955, to: 1980 }]],
    ]);
    const still = record('AAA', 'CCC').agreements[0]!;
    expect(still.together).toEqual([{ from: 1970, to: Infinity }]);
  });

  it('draws an agreement whose shared years touch the period at either bound', () => {
    const drawn = (a: string, b: string, from: number, to: number) =>
      record(a, b, { from, to }).agreements[0]!.drawn;
    // AAA and BBB together 1950-1971; AAA and CCC from 1970.
    expect([drawn('AAA', 'BBB', 1971, 1980), drawn('AAA', 'BBB', 1972, 1980)]).toEqual([
      true,
      false,
    ]);
    expect([drawn('AAA', 'CCC', 1960, 1970), drawn('AAA', 'CCC', 1960, 1969)]).toEqual([
      true,
      false,
    ]);
  });

  it('is empty for two states with nothing between them', () => {
    const r = record('CCC', 'DDD');
    expect([r.aToB.length, r.bToA.length, r.agreements.length, r.span]).toEqual([0, 0, 0, null]);
  });

  it('reads the two states of an arrow or a tie', () => {
    expect(edgeEnds('t:FRA>EGY')).toEqual(['FRA', 'EGY']);
    expect(edgeEnds('a:FRA|DEU|collective-defence')).toEqual(['FRA', 'DEU']);
    expect(edgeEnds('m:nato|FRA')).toBeNull();
    expect(edgeEnds('t:FRA')).toBeNull();
  });
});

describe('yearStripLayout', () => {
  const names = { a: 'A', b: 'B' };
  it('spans the pair’s years and the period, with the period as a band', () => {
    const r = record('AAA', 'BBB', { from: 1960, to: 1961 });
    const strip = yearStripLayout(r, names, [1960, 1961], 320);
    expect([strip.from, strip.to]).toEqual([1950, 1975]);
    expect(strip.rows.map((row) => row.label)).toEqual(['A → B', 'B → A']);
    const [aToB, bToA] = strip.rows;
    expect(aToB!.marks.map((m) => [m.year, m.deals, m.drawn])).toEqual([
      [1960, 1, true],
      [1961, 2, true],
    ]);
    expect(aToB!.marks[1]!.height).toBeGreaterThan(aToB!.marks[0]!.height);
    expect(aToB!.marks[1]!.title).toBe('A → B, 1961: F-1, T-1');
    expect(aToB!.orders.map((o) => o.year)).toEqual([1959]);
    expect(bToA!.marks.map((m) => [m.year, m.drawn])).toEqual([[1975, false]]);
    // Years run left to right inside the padding, one slot each; marks never overlap.
    const slot = 304 / 26;
    const marks = [...aToB!.marks, ...bToA!.marks];
    expect(marks.map((m) => m.x)).toEqual(marks.map((m) => m.x).sort((p, q) => p - q));
    expect(marks.every((m) => m.x >= 8 && m.x + m.width <= 312 && m.width < slot)).toBe(true);
    expect(aToB!.marks[0]!.x + aToB!.marks[0]!.width).toBeLessThan(aToB!.marks[1]!.x);
    // The period band covers exactly the period's slots.
    expect(strip.band!.x).toBeCloseTo(8 + 10 * slot);
    expect(strip.band!.width).toBeCloseTo(2 * slot);
    expect(strip.bars.map((b) => [b.label, b.drawn, b.segments.length])).toEqual([
      ['Three-party pact', true, 1],
    ]);
    expect(strip.bars[0]!.segments[0]!.width).toBeCloseTo(22 * slot);
    expect(strip.ticks.map((t) => t.year)).toEqual([1950, 1955, 1960, 1965, 1970, 1975]);
    expect(strip.height).toBeGreaterThan(strip.axisY);
  });

  it('has no band when the period covers the axis, and leaves out a direction without deals', () => {
    const r = record('AAA', 'DDD');
    const strip = yearStripLayout(r, names, [1945, 1991], 320);
    expect(strip.band).toBeNull();
    expect(strip.rows).toEqual([]);
    expect(strip.bars.map((b) => b.label)).toEqual(['AAA-DDD treaty']);
    const open = yearStripLayout(record('AAA', 'CCC'), names, [1945, 1991], 320).bars[0]!;
    expect(open.segments[0]!.open).toBe(true);
    expect(open.title).toBe('Three-party pact: together since 1970');
  });
});

describe('pairDealFacts', () => {
  const deal = (patch: Partial<Transfer>) => ({
    ...record('AAA', 'BBB').aToB[0]!,
    transfer: { ...record('AAA', 'BBB').aToB[0]!.transfer, ...patch },
  });

  it('says how the recipient built the weapon, after the category', () => {
    expect(pairDealFacts(deal({ production: 'licensed' }))).toMatch(
      /^[A-Z][a-z ]+ · licensed production · ordered 1959/,
    );
    expect(pairDealFacts(deal({ production: 'kit' }))).toContain(' · assembled from kits · ');
    expect(pairDealFacts(deal({ production: 'co-production' }))).toContain(' · co-production · ');
    expect(pairDealFacts(deal({}))).not.toMatch(/production|kits/);
  });

  it('gives the order, the delivery years with their units, and the status', () => {
    expect(pairDealFacts(deal({ status: 'second-hand' }))).toMatch(
      /ordered 1959 .*· delivered 1960–1961 \(10 units\) · second hand$/,
    );
    expect(pairDealFacts({ ...deal({ ordered: undefined }), deliveries: [] })).toMatch(
      /· no delivery recorded$/,
    );
  });
});
