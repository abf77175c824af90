/**
 * The default dataset's transfers are a selection of SIPRI's deals (public/data/README.md).
 * Checked here against SIPRI's own files in ../shared/data (skipped without them, required in
 * CI): each transfer is one SIPRI deal and no deal appears twice; the selection stays within
 * SIPRI's fair use; order years, delivery years and units are SIPRI's; `production` is set
 * where SIPRI marks local production. Each figure is printed, and the README must state it:
 * a claim that stops being true fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/model/types';
import { describeWithSharedData } from '../sharedDataSuite';
import {
  baseModel,
  designationTier,
  findSipriDeal,
  indexSipri,
  linkDeliveryYearDeals,
  marksLocalProduction,
  matchDeals,
  matchesDeal,
  measurePrecision,
  productionKind,
  similarDesignation,
} from './crosscheck';
import { count, expectReadmeToState, percent } from './readmeClaims';
import { defaultTransfers, mergeByDeliveryYear, sipriReference } from './sipriReference';

const deal = (over: Partial<Transfer>): Transfer => ({
  id: 's',
  supplier: 'USA',
  recipient: 'FRA',
  designation: 'F-84G Thunderjet',
  category: 'aircraft',
  ordered: { year: 1951 },
  deliveries: [{ year: 1952 }],
  source: 'test',
  ...over,
});

describe('crosscheck matching', () => {
  it('compares designations without case, spaces and hyphens, by containment or a shared token', () => {
    expect(similarDesignation('F-84G Thunderjet', 'f84g thunderjet')).toBe(true);
    expect(similarDesignation('Mirage 2000-5', 'Mirage-2000')).toBe(true);
    expect(similarDesignation('Leopard 2A4', 'Leopard-2')).toBe(true);
    expect(similarDesignation('M47 Patton', 'M-47')).toBe(true);
    expect(similarDesignation('Rafale', 'Mirage-2000')).toBe(false);
  });

  it("also accepts the same base model, or our designation quoted in SIPRI's comments", () => {
    expect(baseModel('F-16AM')).toBe('f16');
    expect(baseModel('K9 Vajra')).toBeUndefined();
    expect(matchesDeal('F-15SG', deal({ designation: 'F-15E Strike Eagle' }))).toBe(true);
    expect(
      matchesDeal(
        'Type-85-IIAP',
        deal({ designation: 'Type-85-IIM', notes: 'Type-85-IIAP version' }),
      ),
    ).toBe(true);
    expect(
      matchesDeal(
        'K9 Vajra',
        deal({ designation: 'K-9 Thunder 155mm', notes: 'Indian designation K9 Vajra' }),
      ),
    ).toBe(true);
    expect(matchesDeal('F-16AM', deal({ designation: 'F-15E Strike Eagle' }))).toBe(false);
  });

  it('ranks designation matches: same, contained, base model, distinctive token, weak hint', () => {
    const tier = (ours: string, theirs: string, extra: Partial<Transfer> = {}) =>
      designationTier(deal({ designation: ours, ...extra }), deal({ designation: theirs }));
    expect(tier('F-16C', 'f16c')).toBe(0);
    expect(tier('F-16', 'F-16C Block-50/52')).toBe(1);
    expect(tier('F-15SG', 'F-15E Strike Eagle')).toBe(2);
    expect(tier('Centurion Mk 3', 'Centurion-3')).toBe(3);
    expect(tier('MiG-15', 'MiG-9')).toBe(4);
    expect(tier('Vautour IIA', 'Vatour-2A', { notes: 'SIPRI spells it Vatour-2A' })).toBe(4);
    expect(tier('Rafale', 'Mirage-2000')).toBeUndefined();
  });

  it('requires the same pair and an order year within 2', () => {
    const index = indexSipri([
      deal({ id: 'a' }),
      deal({ id: 'b', ordered: { year: 1960 } }),
      deal({ id: 'c', recipient: 'ITA' }),
    ]);
    expect(findSipriDeal(deal({ id: 'x', ordered: { year: 1953 } }), index)?.id).toBe('a');
    expect(findSipriDeal(deal({ id: 'x', ordered: { year: 1956 } }), index)).toBeUndefined();
    expect(
      findSipriDeal(deal({ id: 'x', ordered: undefined, deliveries: [{ year: 1954 }] }), index)?.id,
    ).toBe('a');
    expect(findSipriDeal(deal({ id: 'x', recipient: 'DEU' }), index)).toBeUndefined();
  });

  it('pairs records with deals one to one: batches by their numbers, a second record of a deal is shared', () => {
    const sipri = [
      deal({ id: 'batch-12', ordered: { year: 1951, units: 12 }, deliveries: [{ year: 1952 }] }),
      deal({ id: 'batch-30', ordered: { year: 1951, units: 30 }, deliveries: [{ year: 1953 }] }),
      deal({ id: 'engine', designation: 'J47', category: 'engines', notes: 'For F-84G' }),
    ];
    const ours = [
      deal({ id: 'second', ordered: { year: 1951, units: 30 }, deliveries: [{ year: 1953 }] }),
      deal({ id: 'first', ordered: { year: 1951, units: 12 }, deliveries: [{ year: 1952 }] }),
      deal({ id: 'again', ordered: { year: 1951, units: 12 }, deliveries: [{ year: 1952 }] }),
      deal({ id: 'other', designation: 'Rafale' }),
    ];
    const m = matchDeals(ours, sipri);
    expect(m.matched.map((x) => [x.ours.id, x.sipri.id])).toEqual([
      ['second', 'batch-30'],
      ['first', 'batch-12'],
    ]);
    expect(m.shared.map((x) => [x.ours.id, x.sipri.id])).toEqual([['again', 'batch-12']]);
    expect(m.unmatched.map((t) => t.id)).toEqual(['other']);
  });

  it('links register deals to per-delivery-year deals by numbers and category when names differ', () => {
    const system = deal({
      id: 'a-system',
      designation: 'Crotale',
      category: 'air-defence-systems',
      ordered: { year: 1964, units: 7 },
      deliveries: [{ year: 1971, units: 7 }],
    });
    const missiles = deal({
      id: 'a-missiles',
      designation: 'R-440 Crotale',
      category: 'missiles',
      ordered: { year: 1964, units: 200 },
      deliveries: [{ year: 1971, units: 200 }],
    });
    const bMissiles = deal({
      ...missiles,
      id: 'b-1',
      designation: 'R-440 -',
      ordered: { year: 1964 },
    });
    const bSystem = deal({
      ...system,
      id: 'b-2',
      designation: 'Crotale -',
      ordered: { year: 1964 },
    });
    const links = linkDeliveryYearDeals([system, missiles], [bMissiles, bSystem]);
    expect(links.get(system)?.id).toBe('b-2');
    expect(links.get(missiles)?.id).toBe('b-1');
  });

  it('measures order years, delivery years and units against the matched deals', () => {
    const theirs = deal({
      ordered: { year: 1951, units: 10 },
      deliveries: [
        { year: 1952, units: 4 },
        { year: 1953, units: 6 },
      ],
    });
    const yearly = () => theirs;
    const p = measurePrecision(
      [
        {
          ours: deal({ ordered: { year: 1951, units: 10 }, deliveries: [{ year: 1952 }] }),
          sipri: theirs,
        },
        {
          ours: deal({
            id: 'one-unit-short',
            ordered: { year: 1950 },
            deliveries: [
              { year: 1952, units: 4 },
              { year: 1953, units: 5 },
            ],
          }),
          sipri: theirs,
        },
        { ours: deal({ deliveries: [{ year: 1954 }] }), sipri: theirs },
      ],
      yearly,
    );
    expect(p).toEqual({
      transfers: 3,
      orderYearEqual: 2,
      deliveryYearsWithin: 2,
      deliveryYearsEqual: 1,
      withUnits: 2,
      unitsEqual: 1,
      withYearlyUnits: 1,
      yearlyUnitsEqual: 0,
      yearlyUnitsDiffer: ['one-unit-short'],
    });
  });

  it('reads local production from the per-delivery-year mark, else from the comment', () => {
    const marked = deal({
      notes: 'Local production (licensed or assembled in the recipient country).',
    });
    expect(marksLocalProduction(deal({}), marked)).toBe(true);
    expect(
      marksLocalProduction(deal({ notes: 'Produced under licence in France' }), deal({})),
    ).toBe(false);
    expect(marksLocalProduction(deal({ notes: 'Produced under licence in France' }))).toBe(true);
    expect(marksLocalProduction(deal({ notes: 'For F-16 produced under licence in Turkey' }))).toBe(
      false,
    );
    expect(productionKind('Assembled from kits in Egypt')).toBe('kit');
    expect(productionKind('Incl 120 assembled/produced under licence')).toBe('licensed');
    expect(productionKind('Incl production of components in Australia')).toBe('co-production');
    expect(productionKind(undefined)).toBe('licensed');
  });

  it('merges per-delivery-year exports by deal id, later years from the newer export', () => {
    const older = [
      deal({
        id: 'sipri-1',
        designation: 'old name',
        deliveries: [
          { year: 1993, tiv: 1 },
          { year: 1995, tiv: 9 },
        ],
      }),
      deal({ id: 'sipri-2', deliveries: [{ year: 1980, tiv: 2 }] }),
    ];
    const newer = [
      deal({ id: 'sipri-1', designation: 'new name', deliveries: [{ year: 1995, tiv: 3 }] }),
    ];
    const merged = mergeByDeliveryYear(older, newer, 1995);
    expect(merged.map((t) => [t.id, t.designation, t.deliveries])).toEqual([
      [
        'sipri-1',
        'new name',
        [
          { year: 1993, tiv: 1 },
          { year: 1995, tiv: 3 },
        ],
      ],
      ['sipri-2', 'F-84G Thunderjet', [{ year: 1980, tiv: 2 }]],
    ]);
  });
});

describeWithSharedData('default dataset transfers vs SIPRI', () => {
  const ours = defaultTransfers();
  const { register, byDeliveryYear } = sipriReference();
  const matching = matchDeals(ours, register);
  const links = linkDeliveryYearDeals(register, byDeliveryYear);

  it("is a selection of SIPRI's deals within fair use: one record per deal, at most 9.5 % of them", () => {
    const share = percent(ours.length, register.length);
    console.log(
      `SIPRI deals: ${ours.length} of ${register.length} (${share}); matched ${matching.matched.length}, ` +
        `recorded twice ${matching.shared.length}, no SIPRI deal ${matching.unmatched.length}` +
        [...matching.shared.map((x) => `\n  twice: ${x.ours.id} (${x.sipri.designation})`)]
          .concat(matching.unmatched.map((t) => `\n  no deal: ${t.id}`))
          .join(''),
    );
    expect(ours.length).toBeLessThanOrEqual(Math.floor(0.095 * register.length));
    expect(matching.shared.map((x) => x.ours.id)).toEqual([]);
    expect(matching.unmatched.map((t) => t.id)).toEqual([]);
    expectReadmeToState(
      `${count(ours.length)} of the ${count(register.length)} deals in SIPRI's trade register (${share})`,
    );
    expectReadmeToState(
      `every transfer matches one SIPRI deal and no deal is recorded twice (match rate ${percent(matching.matched.length, ours.length)})`,
    );
  });

  it("gives SIPRI's order years, delivery years and units", () => {
    const p = measurePrecision(matching.matched, (d) => links.get(d));
    console.log(
      `Precision: order year ${p.orderYearEqual}/${p.transfers}, delivery years within ${p.deliveryYearsWithin}, ` +
        `equal ${p.deliveryYearsEqual}; units ${p.unitsEqual}/${p.withUnits}; units per year ${p.yearlyUnitsEqual}/${p.withYearlyUnits}`,
    );
    expect(p.orderYearEqual / p.transfers).toBeGreaterThanOrEqual(0.95);
    expect(p.deliveryYearsWithin / p.transfers).toBeGreaterThanOrEqual(0.98);
    expect(p.unitsEqual / p.withUnits).toBeGreaterThanOrEqual(0.98);
    expect(p.yearlyUnitsEqual / p.withYearlyUnits).toBeGreaterThanOrEqual(0.98);
    for (const id of p.yearlyUnitsDiffer) expectReadmeToState(`\`${id}\``);
    expectReadmeToState(
      `order years equal SIPRI's in ${percent(p.orderYearEqual, p.transfers)} of transfers; ` +
        `delivery years are within SIPRI's in ${percent(p.deliveryYearsWithin, p.transfers)} ` +
        `(the same years in ${percent(p.deliveryYearsEqual, p.transfers)}); ` +
        `units equal SIPRI's numbers ordered and delivered in ${percent(p.unitsEqual, p.withUnits)} ` +
        `of the ${count(p.withUnits)} transfers that give units, and units per delivery year equal ` +
        `SIPRI's per-delivery-year figures in ${percent(p.yearlyUnitsEqual, p.withYearlyUnits)} of ${count(p.withYearlyUnits)}`,
    );
  });

  it('marks production exactly where SIPRI marks local production', () => {
    const kinds = { licensed: 0, 'co-production': 0, kit: 0 };
    const wrong: string[] = [];
    let sipriMarked = 0;
    let kindAgrees = 0;
    for (const { ours: t, sipri } of matching.matched) {
      const local = marksLocalProduction(sipri, links.get(sipri));
      if (local) sipriMarked++;
      if (t.production) {
        kinds[t.production]++;
        if (productionKind(sipri.notes) === t.production) kindAgrees++;
      }
      if (local !== (t.production !== undefined))
        wrong.push(
          `${t.id}: ${t.production ?? 'no production'}, SIPRI ${local ? 'local' : 'not local'}`,
        );
    }
    const marked = kinds.licensed + kinds['co-production'] + kinds.kit;
    console.log(
      `Production: ${marked} transfers (${kinds.licensed} licensed, ${kinds['co-production']} co-production, ` +
        `${kinds.kit} kit); SIPRI marks ${sipriMarked}; kind as SIPRI's comment says: ${kindAgrees}` +
        wrong.map((w) => `\n  ${w}`).join(''),
    );
    expect(wrong).toEqual([]);
    expect(kinds.licensed + kinds['co-production']).toBeGreaterThanOrEqual(100);
    expectReadmeToState(
      `${count(marked)} transfers carry \`production\` (${count(kinds.licensed)} licensed, ` +
        `${count(kinds['co-production'])} co-production, ${count(kinds.kit)} kit): exactly the ` +
        `transfers whose deal SIPRI marks as produced in the recipient country`,
    );
  });
});
