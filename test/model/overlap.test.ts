/**
 * Arms and alliances on a small hand-made dataset, period 2020–2024 (TIV).
 *
 * Agreements: pact SUP+R1 (2000–); mutual SUP+R2 (R2 leaves in 2021); export-control regime SUP+R3
 * and consultation forum SUP+R3 (neither makes allies); mutual-defence treaty SUP+X signed 2018 but
 * in force only from 2022.
 * SUP's exports: R1 2020: 40 (allied), R2 2021: 20 (allied) and 2022: 10 (same deal, no longer
 * allied), R3 2023: 20 (export control only), X 2021: 10 (signed, not yet in force).
 *   -> total 100, to allies 60 = 60%; by deals: d1 and d2 of 4 deals = 50%.
 * R1's imports: SUP 40, R2 24, R3 16 (shares 0.5/0.3/0.2 -> HHI 0.25 + 0.09 + 0.04 = 0.38, three
 * suppliers) and 100 from an unknown supplier, left out of the index.
 * EMB is under a UN embargo 2021-06 to 2022 and an EU one from 2022: R3 delivers 2020: 5 (no
 * embargo yet), 2021: 7 and 2023: 11 (one deal); R2 delivers 2022: 3 and 2019: 9 (outside the period).
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  sharedAgreementsInYear,
  allyShareOf,
  allyShareRanking,
  concentrationRanking,
  embargoRanking,
  embargoedDeliveries,
  importConcentrationOf,
} from '../../src/model/overlap';
import type { Agreement, Country, Dataset, Transfer } from '../../src/model/types';

const country = (id: string, kind?: Country['kind']): Country => ({
  id,
  name: `Country ${id}`,
  region: id === 'R1' ? 'Asia' : 'Europe',
  subregion: id === 'R1' ? 'Eastern Asia' : 'Western Europe',
  lat: 0,
  lon: 0,
  from: 1900,
  to: null,
  ...(kind ? { kind } : {}),
});

const agreement = (
  id: string,
  type: Agreement['type'],
  members: [string, string, string | null][],
  extra: Partial<Agreement> = {},
): Agreement => ({
  id,
  name: `Agreement ${id}`,
  type,
  signed: '2000',
  ended: null,
  members: members.map(([c, joined, left]) => ({ country: c, joined, left })),
  source: `Treaty ${id}`,
  ...extra,
});

const transfer = (
  id: string,
  supplier: string,
  recipient: string,
  deliveries: [number, number][],
): Transfer => ({
  id,
  supplier,
  recipient,
  designation: id,
  category: 'aircraft',
  deliveries: deliveries.map(([year, tiv]) => ({ year, tiv })),
  source: `Source ${id}`,
});

function dataset(): Dataset {
  return {
    countries: ['SUP', 'R1', 'R2', 'R3', 'X', 'EMB']
      .map((id) => country(id))
      .concat(country('UNK', 'unknown')),
    agreements: [
      agreement('pact', 'collective-defence', [
        ['SUP', '2000', null],
        ['R1', '2000', null],
      ]),
      agreement('mutual', 'mutual-defence', [
        ['SUP', '2000', null],
        ['R2', '2000', '2021-03'],
      ]),
      agreement('regime', 'export-control', [
        ['SUP', '2000', null],
        ['R3', '2000', null],
      ]),
      agreement('forum', 'consultation', [
        ['SUP', '2000', null],
        ['R3', '2000', null],
      ]),
      agreement(
        'late',
        'mutual-defence',
        [
          ['SUP', '2018', null],
          ['X', '2018', null],
        ],
        { signed: '2018-05', inForce: '2022-01' },
      ),
    ],
    transfers: [
      transfer('d1', 'SUP', 'R1', [[2020, 40]]),
      transfer('d2', 'SUP', 'R2', [
        [2021, 20],
        [2022, 10],
      ]),
      transfer('d3', 'SUP', 'R3', [[2023, 20]]),
      transfer('d4', 'SUP', 'X', [[2021, 10]]),
      transfer('r2-r1', 'R2', 'R1', [[2022, 24]]),
      transfer('r3-r1', 'R3', 'R1', [[2022, 16]]),
      transfer('unk-r1', 'UNK', 'R1', [[2022, 100]]),
      transfer('e0', 'R3', 'EMB', [[2020, 5]]),
      transfer('e1', 'R3', 'EMB', [
        [2021, 7],
        [2023, 11],
      ]),
      transfer('e2', 'R2', 'EMB', [
        [2019, 9],
        [2022, 3],
      ]),
    ],
    embargoes: [
      {
        id: 'un-emb',
        name: 'UN embargo on EMB',
        imposedBy: 'UN',
        target: 'EMB',
        from: '2021-06-01',
        to: '2022-12-31',
        source: 'UNSC resolution 1',
      },
      {
        id: 'eu-emb',
        name: 'EU embargo on EMB',
        imposedBy: 'EU',
        target: 'EMB',
        from: '2022-03',
        to: null,
        source: 'EU decision 2',
      },
    ],
  };
}

const data = indexDataset(dataset());
const idx = (id: string) => data.countryIndex.get(id)!;
const id = (i: number) => data.countries[i]!.id;
const filters = (patch: Partial<FilterState> = {}): FilterState => ({
  ...defaultFilters(data.yearSpan),
  from: 2020,
  to: 2024,
  ...patch,
});

describe('allies in the year of delivery', () => {
  it('knows who is allied when: defence obligations only, memberships, entry into force', () => {
    const ids = (ys: number[]) => ys.map((a) => data.agreements[a]!.record.id);
    expect(ids(sharedAgreementsInYear(data, idx('SUP'), idx('R2'), 2021))).toEqual(['mutual']);
    expect(sharedAgreementsInYear(data, idx('SUP'), idx('R2'), 2022)).toEqual([]);
    // An export-control regime and a consultation forum (like SCO or ARF) make no allies.
    expect(sharedAgreementsInYear(data, idx('SUP'), idx('R3'), 2023)).toEqual([]);
    expect(sharedAgreementsInYear(data, idx('SUP'), idx('X'), 2021)).toEqual([]);
    expect(ids(sharedAgreementsInYear(data, idx('X'), idx('SUP'), 2022))).toEqual(['late']);
  });

  it("gives the share of a supplier's deliveries to allies, with the agreements behind it", () => {
    const share = allyShareOf(data, filters(), 'value', idx('SUP'), 'exports')!;
    expect([share.total, share.allied, share.share]).toEqual([100, 60, 60]);
    expect(share.agreements.map((a) => data.agreements[a]!.record.id)).toEqual(['pact', 'mutual']);
  });

  it('counts deals once, as allied when a delivery in the period was', () => {
    const share = allyShareOf(data, filters(), 'deals', idx('SUP'), 'exports')!;
    expect([share.total, share.allied, share.share]).toEqual([4, 2, 50]);
  });

  it("gives the share of a recipient's imports from allies", () => {
    // R2 imports d2: 20 in 2021 (allied) + 10 in 2022 (not) -> 66.7%.
    const share = allyShareOf(data, filters(), 'value', idx('R2'), 'imports')!;
    expect(share.total).toBe(30);
    expect(share.share).toBeCloseTo(66.667, 2);
    // R1: 40 from SUP (allied) of 180 in all, the unknown supplier included.
    expect(allyShareOf(data, filters(), 'value', idx('R1'), 'imports')!.share).toBeCloseTo(
      22.22,
      2,
    );
  });

  it('ranks suppliers by share of deliveries to allies', () => {
    const rows = allyShareRanking(data, filters(), 'value', 'exports');
    expect(rows.map((r) => [id(r.country), r.rank, r.share])).toEqual([
      ['SUP', 1, 60],
      // Equal shares: the larger supplier first (R3 16 + 5 + 7 + 11 = 39, R2 24 + 3 = 27).
      ['R3', 2, 0],
      ['R2', 2, 0],
    ]);
    // Regions choose who is ranked: R1 (Asia) has imports, but only Europeans here.
    const asia = allyShareRanking(data, filters({ regions: ['Asia'] }), 'value', 'imports');
    expect(asia.map((r) => id(r.country))).toEqual(['R1']);
  });
});

describe('import concentration (HHI)', () => {
  it('is the sum of squared supplier shares, without unknown suppliers', () => {
    const c = importConcentrationOf(data, filters(), 'value', idx('R1'))!;
    expect(c.hhi).toBeCloseTo(0.38, 10);
    expect(c.suppliers).toBe(3);
    expect(c.total).toBe(80);
    expect(c.shares.map((s) => [id(s.country), s.share])).toEqual([
      ['SUP', 0.5],
      ['R2', 0.3],
      ['R3', 0.2],
    ]);
  });

  it('ranks recipients by concentration, then by volume', () => {
    // R2 30, R3 20, X 10 from SUP alone: HHI 1. EMB: R3 5 + 7 + 11 = 23 and R2 3, of 26 ->
    // (23² + 3²) / 26² = 0.7959. R1: 0.38.
    const rows = concentrationRanking(data, filters(), 'value');
    expect(rows.map((r) => [id(r.country), r.rank])).toEqual([
      ['R2', 1],
      ['R3', 1],
      ['X', 1],
      ['EMB', 4],
      ['R1', 5],
    ]);
    expect(rows[3]!.hhi).toBeCloseTo((23 * 23 + 3 * 3) / (26 * 26), 10);
  });
});

describe('deliveries to embargoed states', () => {
  it('keeps only deliveries made while an embargo on the recipient was in force', () => {
    const flows = embargoedDeliveries(data, filters(), 'value')
      .map((f) => ({
        pair: `${id(f.supplier)}>${id(f.recipient)}`,
        value: f.value,
        years: f.years,
        deals: f.deals.map((d) => data.transfers[d]!.id),
        embargoes: f.embargoes.map((e) => data.embargoes[e]!.record.source),
      }))
      .sort((a, b) => a.pair.localeCompare(b.pair));
    expect(flows).toEqual([
      // 2022: both embargoes in force.
      {
        pair: 'R2>EMB',
        value: 3,
        years: [2022],
        deals: ['e2'],
        embargoes: ['UNSC resolution 1', 'EU decision 2'],
      },
      // 2020 is before the UN embargo; 2021 under the UN one, 2023 under the EU one.
      {
        pair: 'R3>EMB',
        value: 18,
        years: [2021, 2023],
        deals: ['e1'],
        embargoes: ['UNSC resolution 1', 'EU decision 2'],
      },
    ]);
  });

  it('ranks suppliers by what they delivered, counting a deal once', () => {
    expect(
      embargoRanking(data, filters(), 'value').map((r) => [id(r.country), r.rank, r.value]),
    ).toEqual([
      ['R3', 1, 18],
      ['R2', 2, 3],
    ]);
    // Deals: e1 delivered in 2021 and 2023 counts once.
    expect(
      embargoRanking(data, filters(), 'deals').map((r) => [id(r.country), r.value, r.deals]),
    ).toEqual([
      ['R2', 1, 1],
      ['R3', 1, 1],
    ]);
  });

  it('is empty in a period without embargo', () => {
    expect(embargoedDeliveries(data, filters({ from: 2019, to: 2020 }), 'value')).toEqual([]);
  });
});
