/**
 * A synthetic dataset with an exact number of arms flows (distinct supplier -> recipient pairs over
 * all years) between a given number of states, for the browser benchmark: 250 states with 5,000 or
 * 40,000 flows. Seeded, so every run draws the same graph. Benchmark input only: not real records,
 * never shipped (it is generated in memory and served to the browser by the benchmark itself).
 */
import { seededRandom } from '../../src/model/blocs';
import {
  AGREEMENT_TYPES,
  REGIONS,
  WEAPON_CATEGORIES,
  type Agreement,
  type Country,
  type Dataset,
  type Transfer,
} from '../../src/model/types';

export interface FlowsOptions {
  states: number;
  flows: number;
  /** Bilateral agreements; a tenth as many multilateral ones are added. */
  agreements?: number;
  seed?: number;
}

export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2024;

export function syntheticFlows(options: FlowsOptions): Dataset {
  const { states, flows } = options;
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const maxFlows = states * (states - 1);
  if (flows > maxFlows) throw new Error(`${states} states have at most ${maxFlows} flows`);

  const countries: Country[] = [];
  for (let i = 0; i < states; i++) {
    const region = REGIONS[i % 5]!;
    countries.push({
      id: `S${String(i).padStart(3, '0')}`,
      name: `State ${i}`,
      region,
      subregion: `${region} ${i % 3}`,
      lat: Math.round((random() * 130 - 60) * 10) / 10,
      lon: Math.round((random() * 340 - 170) * 10) / 10,
      from: 1900,
      to: null,
    });
  }

  // Distinct pairs; suppliers concentrated as in the real trade (a few states supply most), with
  // a uniform fallback once the big suppliers' pairs run out.
  const pairs = new Set<number>();
  let attempts = 0;
  while (pairs.size < flows) {
    const concentrated = attempts++ < flows * 20;
    const s = concentrated
      ? Math.min(states - 1, Math.floor(Math.pow(random(), 2.5) * states))
      : Math.floor(random() * states);
    const r = Math.floor(random() * states);
    if (r !== s) pairs.add(s * states + r);
  }

  const transfers: Transfer[] = [];
  let deal = 0;
  for (const key of pairs) {
    const supplier = countries[Math.floor(key / states)]!.id;
    const recipient = countries[key % states]!.id;
    // 1-3 deals per flow, each delivered over 1-3 years.
    const deals = 1 + Math.floor(Math.pow(random(), 3) * 3);
    for (let k = 0; k < deals; k++) {
      const ordered = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR - 1));
      const years = 1 + Math.floor(random() * 3);
      transfers.push({
        id: `deal-${deal++}`,
        supplier,
        recipient,
        designation: `Weapon ${deal % 700}`,
        category: pick(WEAPON_CATEGORIES),
        ordered: { year: ordered, units: 4 * years },
        deliveries: Array.from({ length: years }, (_, y) => ({
          year: Math.min(LAST_YEAR, ordered + 1 + y),
          units: 4,
          tiv: Math.round((1 + Math.pow(random(), 4) * 400) * 10) / 10,
        })),
        source: 'synthetic',
      });
    }
  }

  const agreements: Agreement[] = [];
  const bilateral = options.agreements ?? 200;
  for (let i = 0; i < bilateral * 1.1; i++) {
    const size = i < bilateral ? 2 : 4 + Math.floor(random() * 25);
    const members = new Set<number>();
    while (members.size < size) members.add(Math.floor(random() * states));
    const signed = FIRST_YEAR + Math.floor(random() * 70);
    const ended =
      random() < 0.5 ? null : Math.min(LAST_YEAR, signed + 5 + Math.floor(random() * 30));
    agreements.push({
      id: `agreement-${i}`,
      name: `Agreement ${i}`,
      type: pick(AGREEMENT_TYPES.filter((t) => t !== 'export-control')),
      signed: String(signed),
      ended: ended === null ? null : String(ended),
      members: [...members].map((m) => ({
        country: countries[m]!.id,
        joined: String(signed),
        left: null,
      })),
      source: 'synthetic',
    });
  }
  return { countries, agreements, transfers, embargoes: [] };
}

/** The dataset as the files of public/data (`{ schemaVersion: 1, <kind>: [...] }`). */
export function datasetFiles(dataset: Dataset): Record<string, string> {
  return {
    'countries.json': JSON.stringify({ schemaVersion: 1, countries: dataset.countries }),
    'agreements.json': JSON.stringify({ schemaVersion: 1, agreements: dataset.agreements }),
    'transfers.json': JSON.stringify({ schemaVersion: 1, transfers: dataset.transfers }),
    'embargoes.json': JSON.stringify({ schemaVersion: 1, embargoes: dataset.embargoes }),
    'events.json': JSON.stringify({ schemaVersion: 1, events: [] }),
  };
}
