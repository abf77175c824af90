/**
 * Coverage of the default dataset's transfers, measured against SIPRI (skipped without
 * ../shared/data, required in CI), printed per decade and per region, and stated in
 * public/data/README.md (a figure that changes fails until the README says it):
 * - volume: the share of SIPRI's TIV (by delivery year) that the deals in the dataset carry,
 *   at least 60 % in every decade from the 1950s to the 2020s, and at least 50 % in every
 *   recipient region (UN M49, as in countries.json) in every decade;
 * - largest flows: in every region and decade, the supplier -> recipient pairs that together
 *   make up half of its TIV each have deals carrying at least half of their own TIV, and those
 *   that make up 80 % of it each have at least one deal delivered in the decade;
 * - the 15 largest suppliers and 40 largest recipient states of each decade (SIPRI's TIV
 *   tables) each have a deal, but the gaps listed here and in the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTivTable, resolveSipriName } from '../../src/data/importers';
import type { Transfer } from '../../src/model/types';
import { sharedFile } from '../sharedData';
import { describeWithSharedData } from '../sharedDataSuite';
import { linkDeliveryYearDeals, matchDeals } from './crosscheck';
import { count, expectReadmeToState, percent } from './readmeClaims';
import { defaultCountries, defaultTransfers, sipriReference } from './sipriReference';
import { coverageBy, decadeCoverage, largestFlows, tivByDecade } from './tivCoverage';

const DECADES = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020];
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
const MIN_DECADE = 0.6;
const MIN_REGION = 0.5;
const FLOW_SHARE = 0.5;
const MIN_FLOW = 0.5;
const PRESENT_SHARE = 0.8;
/** Largest suppliers and recipients without a deal in the decade (see the README). */
const KNOWN_GAPS: string[] = [];

const transfer = (over: Partial<Transfer>): Transfer => ({
  id: 't',
  supplier: 'USA',
  recipient: 'FRA',
  designation: 'x',
  category: 'aircraft',
  deliveries: [],
  source: 'test',
  ...over,
});

describe('TIV coverage', () => {
  const a = transfer({
    deliveries: [
      { year: 1958, tiv: 30 },
      { year: 1961, tiv: 10 },
    ],
  });
  const b = transfer({ recipient: 'ITA', deliveries: [{ year: 1955, tiv: 50 }] });
  const c = transfer({ supplier: 'GBR', deliveries: [{ year: 1952, tiv: 20 }] });

  it('adds up TIV by delivery decade', () => {
    expect([...tivByDecade(a)]).toEqual([
      [1950, 30],
      [1960, 10],
    ]);
  });

  it('gives the share of each decade and group that the chosen deals carry', () => {
    const chosen = new Set([a]);
    expect(decadeCoverage([a, b, c], chosen).get(1950)).toEqual({
      total: 100,
      covered: 30,
      share: 0.3,
    });
    const byRecipient = coverageBy([a, b, c], chosen, (t) =>
      t.recipient === 'ITA' ? undefined : t.recipient,
    );
    expect(byRecipient.get('FRA')?.get(1950)?.share).toBe(0.6);
    expect(byRecipient.has('ITA')).toBe(false);
  });

  it('lists the largest flows that make up a share of the TIV, with their own coverage', () => {
    const flows = largestFlows([a, b, c], new Set([a]), 1950, 0.5);
    expect(flows.map((f) => [f.supplier, f.recipient, f.total, f.share])).toEqual([
      ['USA', 'ITA', 50, 0],
    ]);
    const more = largestFlows([a, b, c], new Set([a]), 1950, 0.6);
    expect(more.map((f) => [f.recipient, f.share])).toEqual([
      ['ITA', 0],
      ['FRA', 1],
    ]);
  });
});

const decadeLabel = (d: number) => `${d}s`;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const header = (first: string) =>
  `${row([first, ...DECADES.map(decadeLabel)])}\n${row(['---', ...DECADES.map(() => '---')])}`;

describeWithSharedData('default dataset coverage of SIPRI', () => {
  const ours = defaultTransfers();
  const { register, byDeliveryYear } = sipriReference();
  const countries = new Map(defaultCountries().map((c) => [c.id, c]));
  const links = linkDeliveryYearDeals(register, byDeliveryYear);
  const chosen = new Set<Transfer>();
  for (const { sipri } of matchDeals(ours, register).matched) {
    const yearly = links.get(sipri);
    if (yearly) chosen.add(yearly);
  }
  const regionOf = (t: Transfer) => {
    const c = countries.get(t.recipient);
    return c && (c.kind ?? 'state') === 'state' ? c.region : undefined;
  };

  it("carries at least 60 % of SIPRI's TIV in every decade and 50 % in every recipient region", () => {
    const world = decadeCoverage(byDeliveryYear, chosen);
    const regions = coverageBy(byDeliveryYear, chosen, regionOf);
    const cell = (c: { covered: number; total: number } | undefined) =>
      c ? percent(c.covered, c.total) : 'none';
    const table = [
      header('share of SIPRI TIV'),
      row(['all recipients', ...DECADES.map((d) => cell(world.get(d)))]),
      ...REGIONS.map((r) => row([r, ...DECADES.map((d) => cell(regions.get(r)?.get(d)))])),
    ].join('\n');
    console.log(`TIV carried by the dataset's deals (by delivery year):\n${table}`);
    const low: string[] = [];
    for (const d of DECADES) {
      if ((world.get(d)?.share ?? 0) < MIN_DECADE) low.push(`${d}s`);
      for (const r of REGIONS)
        if ((regions.get(r)?.get(d)?.share ?? 0) < MIN_REGION) low.push(`${r} ${d}s`);
    }
    expect(low).toEqual([]);
    expectReadmeToState(table);
  });

  it('has, in every region and decade, the deals that make up its largest flows', () => {
    const lines: string[] = [];
    const weak: string[] = [];
    const absent: string[] = [];
    let largest = 0;
    let present = 0;
    let minShare = 1;
    const flowCells = new Map<string, string[]>();
    for (const r of REGIONS) {
      const deals = byDeliveryYear.filter((t) => regionOf(t) === r);
      const cells: string[] = [];
      for (const d of DECADES) {
        const flows = largestFlows(deals, chosen, d, FLOW_SHARE);
        largest += flows.length;
        for (const f of flows) {
          minShare = Math.min(minShare, f.share);
          if (f.share < MIN_FLOW)
            weak.push(`${r} ${d}s ${f.supplier}->${f.recipient} ${percent(f.covered, f.total)}`);
        }
        const main = largestFlows(deals, chosen, d, PRESENT_SHARE);
        present += main.length;
        for (const f of main)
          if (f.covered === 0) absent.push(`${r} ${d}s ${f.supplier}->${f.recipient}`);
        const all = largestFlows(deals, chosen, d, 1);
        const withDeal = all.filter((f) => f.covered > 0).length;
        cells.push(`${withDeal} of ${all.length}`);
        lines.push(
          `  ${r} ${d}s: ${withDeal} of ${all.length} flows have a deal; largest: ` +
            flows
              .map((f) => `${f.supplier}->${f.recipient} ${percent(f.covered, f.total)}`)
              .join(', '),
        );
      }
      flowCells.set(r, cells);
    }
    const table = [
      header('flows with a deal'),
      ...REGIONS.map((r) => row([r, ...flowCells.get(r)!])),
    ].join('\n');
    console.log(`Flows per region and decade (recipient region):\n${lines.join('\n')}\n${table}`);
    expect(weak).toEqual([]);
    expect(absent).toEqual([]);
    expectReadmeToState(table);
    expectReadmeToState(
      `the flows that make up 80 % of its TIV (${count(present)} flows) each have at least one deal delivered in the decade`,
    );
    expectReadmeToState(
      `each of its largest flows (the supplier-recipient pairs that together make up half of the ` +
        `region's TIV in the decade: ${count(largest)} flows over the ${REGIONS.length * DECADES.length} ` +
        `region-decades) has deals carrying at least half of its TIV (${percent(minShare, 1)} at the least)`,
    );
  });

  function largest(file: string, decade: number, n: number): string[] {
    const table = parseTivTable(
      readFileSync(sharedFile('sipri', file), 'utf8').replace(/\r\n?/g, '\n'),
    );
    const totals = table.rows
      .map((r) => {
        let total = 0;
        for (let y = decade; y <= decade + 9; y++) total += r.byYear.get(y) ?? 0;
        return { id: resolveSipriName(r.name, decade + 5), total };
      })
      .filter((r) => r.id.kind === 'state')
      .sort((x, y) => y.total - x.total);
    return totals.slice(0, n).map((r) => r.id.id);
  }

  function present(side: 'supplier' | 'recipient', decade: number): Set<string> {
    const inDecade = (year: number | undefined) =>
      year !== undefined && year >= decade && year <= decade + 9;
    return new Set(
      ours
        .filter((t) => inDecade(t.ordered?.year) || t.deliveries.some((d) => inDecade(d.year)))
        .map((t) => t[side]),
    );
  }

  it('has a deal for each decade’s 15 largest suppliers and 40 largest recipients, but the known gaps', () => {
    const gaps: string[] = [];
    for (const decade of DECADES) {
      for (const [side, file, n] of [
        ['supplier', 'tiv-table_exports-by-supplier_1950-2024_generated-2024-10-13.csv', 15],
        ['recipient', 'tiv-table_imports-by-recipient_1950-2024_generated-2024-10-13.csv', 40],
      ] as const) {
        const found = present(side, decade);
        for (const id of largest(file, decade, n))
          if (!found.has(id)) gaps.push(`${side} ${decade} ${id}`);
      }
    }
    console.log(`Largest suppliers and recipients without a deal: ${gaps.join(', ') || 'none'}`);
    expect(gaps.sort()).toEqual([...KNOWN_GAPS].sort());
    if (KNOWN_GAPS.length === 0)
      expectReadmeToState(
        "In every decade, the 15 largest suppliers and the 40 largest recipient states of SIPRI's TIV tables have a deal in the dataset",
      );
  });
});
