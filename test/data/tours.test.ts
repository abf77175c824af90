/**
 * The built-in tours: every step opens cleanly on the default data (nothing ignored), and every
 * fact a deal-story caption states is in the dataset, with a source. Captions are checked claim
 * by claim against the records they cite, so a change in the data that makes a caption false
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTours } from '../../src/data/tours';
import { cleanViewState } from '../../src/url/clean';
import { parseQuery } from '../../src/url/params';
import { PUBLIC_DATA, defaultModel } from '../defaultData';

const data = defaultModel();
const { tours, error } = parseTours(readFileSync(join(PUBLIC_DATA, 'tours.json'), 'utf8'));

const event = (id: string) => data.events[data.eventIndex.get(id)!]!;
const deal = (id: string) => data.transfers[data.transferIndex.get(id)!]!;
const agreement = (id: string) => data.agreements[data.agreementIndex.get(id)!]!.record;
const tour = (id: string) => tours.find((t) => t.id === id)!;
const caption = (tourId: string, title: string) =>
  tour(tourId).steps.find((s) => s.title === title)!.caption!;
const deliveryYears = (id: string) => deal(id).deliveries.map((d) => d.year);

/** Share of the deliveries to `recipient` in [from, to] that came from `supplier`. */
function share(recipient: string, supplier: string, from: number, to: number) {
  let all = 0;
  let mine = 0;
  for (const t of data.transfers)
    if (t.recipient === recipient)
      for (const d of t.deliveries)
        if (d.year >= from && d.year <= to) {
          all++;
          if (t.supplier === supplier) mine++;
        }
  return mine / all;
}

describe('built-in tours', () => {
  it('parse, and every step opens on the default data with nothing ignored', () => {
    expect(error).toBeUndefined();
    for (const t of tours)
      for (const step of t.steps) {
        const { ignored } = cleanViewState(parseQuery(step.query), data);
        expect(ignored, `${t.id}: ${step.title}`).toEqual([]);
      }
  });

  it('tell US-India, France-Egypt and US-South Korea as deal stories, through events and pairs', () => {
    for (const [id, pair] of [
      ['us-india', 'sel=USA&with=IND'],
      ['rafale', 'sel=FRA&with=EGY'],
      ['us-south-korea', 'sel=USA&with=KOR'],
    ] as const) {
      const steps = tour(id).steps;
      expect(steps.filter((s) => /(^|&)evt=/.test(s.query)).length, id).toBeGreaterThanOrEqual(4);
      expect(
        steps.some((s) => s.query.includes(pair)),
        id,
      ).toBe(true);
    }
    expect(tour('idex').steps.some((s) => s.query.includes('evt=idex-'))).toBe(true);
  });

  it('state only facts the dataset holds, each with a source', () => {
    // Every event a step selects names its source.
    for (const t of tours)
      for (const step of t.steps) {
        const id = new URLSearchParams(step.query).get('evt');
        if (id) expect(event(id).record.source.length, id).toBeGreaterThan(20);
      }

    // US-India
    expect(event('signing-sun-ind-1971').record.date).toBe('1971-08-09');
    expect(share('IND', 'SUN', 1971, 1990)).toBeGreaterThan(0.5);
    expect(agreement('usa-ind-2005').signed).toBe('2005-06-28');
    expect(event('usa-ind-2005-07-summit').record.date).toBe('2005-07-18');
    expect(event('usa-ind-2009-01-p8i').record.date).toBe('2009-01');
    expect(deal('usa-ind-p-8i-poseidon-2009').ordered?.units).toBe(8);
    expect(Math.min(...deliveryYears('usa-ind-p-8i-poseidon-2009'))).toBe(2012);
    expect(Math.max(...deliveryYears('usa-ind-p-8i-poseidon-2009'))).toBe(2015);
    expect(agreement('usa-ind-2016').signed).toBe('2016-08-29');
    expect(agreement('usa-ind-2018').shortName).toBe('COMCASA');
    expect(agreement('usa-ind-2018').signed).toBe('2018-09-06');
    expect(event('usa-ind-2020-10-2plus2').record.title).toMatch(/BECA/);
    expect(event('rus-ind-2018-10-visit').record.date).toBe('2018-10-05');
    expect(Math.min(...deliveryYears('rus-ind-s-400-2018'))).toBe(2021);
    expect(caption('us-india', '2009: the first large order')).toContain('eight P-8I');

    // France-Egypt
    expect(deal('fra-egy-gowind-2500-2014').ordered).toMatchObject({ year: 2014, units: 4 });
    expect(Math.min(...deliveryYears('fra-egy-gowind-2500-2014'))).toBe(2017);
    expect(event('fra-egy-2015-02-rafale').record.date).toBe('2015-02-16');
    expect(event('fra-egy-2015-02-rafale').record.source).toMatch(/Cairo/);
    expect(deal('fra-egy-rafale-2015').ordered?.units).toBe(24);
    expect(event('fra-egy-2015-08-suez').record.date).toBe('2015-08-06');
    expect(event('fra-egy-2015-09-mistral').record.date).toBe('2015-09-23');
    expect(event('fra-egy-2015-10-mistral-contract').record.date).toBe('2015-10-10');
    expect(deliveryYears('fra-egy-mistral-2015')).toEqual([2016]);
    expect(event('fra-egy-2021-05-rafale').record.date).toBe('2021-05-04');
    expect(deal('fra-egy-rafale-2021').ordered?.units).toBe(30);
    const mirage = data.transfers.filter(
      (t) => t.supplier === 'FRA' && t.recipient === 'EGY' && t.designation === 'Mirage 5',
    );
    expect(mirage.map((t) => t.ordered?.year)).toContain(1973);
    expect(event('fra-ind-2016-09-rafale').record.date).toBe('2016-09-23');
    expect(deal('fra-ind-rafale-2016').ordered?.units).toBe(36);
    expect([
      Math.min(...deliveryYears('fra-ind-rafale-2016')),
      Math.max(...deliveryYears('fra-ind-rafale-2016')),
    ]).toEqual([2019, 2022]);

    // US-South Korea
    expect(event('signing-usa-kor-1953').record.date).toBe('1953-10-01');
    expect(agreement('usa-kor-1953').ended).toBeNull();
    expect(event('usa-kor-1968-scm').record.summary).toMatch(/Pueblo/);
    expect(share('KOR', 'USA', 1960, 1989)).toBeGreaterThan(0.85);
    expect(data.eventSeries.get('Team Spirit')!.map((i) => data.events[i]!.from)).toEqual(
      [...Array(18).keys()].map((k) => 1976 + k).filter((y) => y !== 1992),
    );
    expect(event('usa-kor-2014-f35').record.date).toBe('2014-09');
    expect(deal('usa-kor-f-35a-2014').ordered?.units).toBe(40);
    expect([
      Math.min(...deliveryYears('usa-kor-f-35a-2014')),
      Math.max(...deliveryYears('usa-kor-f-35a-2014')),
    ]).toEqual([2018, 2022]);
    expect(event('usa-kor-2015-09-kfx-licences').record.source).toMatch(/declined export licences/);

    // IDEX
    const idex = data.eventSeries.get('IDEX')!.map((i) => data.events[i]!);
    expect(idex.map((e) => e.from)).toEqual([...Array(17).keys()].map((k) => 1993 + 2 * k));
    expect(idex.every((e) => e.record.host === 'ARE')).toBe(true);
    expect(idex[0]!.record.source).toMatch(/ADNEC Group/);
    const leclerc = data.transfers.find(
      (t) => t.supplier === 'FRA' && t.recipient === 'ARE' && t.designation === 'Leclerc',
    )!;
    expect(leclerc.ordered).toMatchObject({ year: 1993, units: 390 });
    expect(Math.min(...leclerc.deliveries.map((d) => d.year))).toBe(1994);
    // The thickest arrows into the UAE, 1993-2025, by deals delivered: US, France, then Russia.
    const deals = new Map<string, number>();
    for (const t of data.transfers)
      if (t.recipient === 'ARE' && t.deliveries.some((d) => d.year >= 1993 && d.year <= 2025))
        deals.set(t.supplier, (deals.get(t.supplier) ?? 0) + 1);
    expect(
      [...deals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([s]) => s),
    ).toEqual(['USA', 'FRA', 'RUS']);
  });
});
