/**
 * Synthetic datasets for the benchmarks, made with a seeded generator so every run measures the
 * same data. Two shapes share one set of record makers (states, deals, agreements):
 * - `syntheticDataset`: full SIPRI scale (~260 actors, ~30,000 deals, ~60,000 delivery rows,
 *   ~800 agreements), for the model benchmark;
 * - `syntheticFlows`: an exact number of arms flows (distinct supplier -> recipient pairs over all
 *   years) between a given number of states, for the browser benchmark (250 states with 5,000 or
 *   40,000 flows), with `datasetFiles` to serve it as the files of public/data.
 * Benchmark input only: these records are not real, never ship, and are generated in memory.
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

export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2024;

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!;

/** `count` states S000, S001, ... spread over the five regions and the map. */
export function syntheticStates(random: Random, count: number): Country[] {
  return Array.from({ length: count }, (_, i) => {
    const region = REGIONS[i % 5]!;
    return {
      id: `S${String(i).padStart(3, '0')}`,
      name: `State ${i}`,
      region,
      subregion: `${region} ${i % 3}`,
      lat: Math.round((random() * 130 - 60) * 10) / 10,
      lon: Math.round((random() * 340 - 170) * 10) / 10,
      from: 1900,
      to: null,
    };
  });
}

/** One deal ordered between FIRST_YEAR and LAST_YEAR, delivered over 1-3 years (4 units each). */
export function syntheticDeal(
  random: Random,
  index: number,
  supplier: string,
  recipient: string,
): Transfer {
  const ordered = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR - 1));
  const years = 1 + Math.floor(random() * 3);
  return {
    id: `deal-${index}`,
    supplier,
    recipient,
    designation: `Weapon ${index % 700}`,
    category: pick(random, WEAPON_CATEGORIES),
    ordered: { year: ordered, units: 4 * years },
    deliveries: Array.from({ length: years }, (_, y) => ({
      year: Math.min(LAST_YEAR, ordered + 1 + y),
      units: 4,
      // Most deals are small, a few very large (as TIV values are).
      tiv: Math.round((1 + Math.pow(random(), 4) * 400) * 10) / 10,
    })),
    source: 'synthetic',
  };
}

/** One agreement of `size` distinct members among `states`, signed after FIRST_YEAR. */
export function syntheticAgreement(
  random: Random,
  index: number,
  size: number,
  states: readonly Country[],
): Agreement {
  const members = new Set<number>();
  while (members.size < size) members.add(Math.floor(random() * states.length));
  const signed = FIRST_YEAR + Math.floor(random() * 70);
  const ended = random() < 0.5 ? null : Math.min(LAST_YEAR, signed + 5 + Math.floor(random() * 30));
  return {
    id: `agreement-${index}`,
    name: `Agreement ${index}`,
    // Export-control regimes are not alliances: the generator makes alliances only.
    type: pick(
      random,
      AGREEMENT_TYPES.filter((t) => t !== 'export-control'),
    ),
    signed: String(signed),
    ended: ended === null ? null : String(ended),
    members: [...members].map((m) => ({
      country: states[m]!.id,
      joined: String(signed),
      left: null,
    })),
    source: 'synthetic',
  };
}

/** Full SIPRI scale: deals drawn pair by pair, so pairs repeat as in the real trade. */
export function syntheticDataset(
  options = { countries: 260, deals: 30_000, agreements: 800 },
): Dataset {
  const random = seededRandom(42);
  const countries = syntheticStates(random, options.countries);
  // Arms trade is concentrated: a few suppliers make most deals (Zipf-like choice).
  const supplier = () => Math.min(options.countries - 1, Math.floor(Math.pow(random(), 3) * 60));
  const transfers: Transfer[] = [];
  for (let i = 0; i < options.deals; i++) {
    const s = supplier();
    let r = Math.floor(random() * options.countries);
    if (r === s) r = (r + 1) % options.countries;
    transfers.push(syntheticDeal(random, i, countries[s]!.id, countries[r]!.id));
  }
  // Like ATOP: mostly bilateral, some large multilateral pacts.
  const agreements = Array.from({ length: options.agreements }, (_, i) =>
    syntheticAgreement(random, i, random() < 0.85 ? 2 : 3 + Math.floor(random() * 30), countries),
  );
  return { countries, agreements, transfers, embargoes: [] };
}

export interface FlowsOptions {
  states: number;
  flows: number;
  /** Bilateral agreements; a tenth as many multilateral ones are added. */
  agreements?: number;
  seed?: number;
}

/** Exactly `flows` distinct supplier -> recipient pairs, each with 1-3 deals. */
export function syntheticFlows(options: FlowsOptions): Dataset {
  const { states, flows } = options;
  const random = seededRandom(options.seed ?? 7);
  const maxFlows = states * (states - 1);
  if (flows > maxFlows) throw new Error(`${states} states have at most ${maxFlows} flows`);
  const countries = syntheticStates(random, states);

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
  for (const key of pairs) {
    const supplier = countries[Math.floor(key / states)]!.id;
    const recipient = countries[key % states]!.id;
    const deals = 1 + Math.floor(Math.pow(random(), 3) * 3);
    for (let k = 0; k < deals; k++)
      transfers.push(syntheticDeal(random, transfers.length, supplier, recipient));
  }

  const bilateral = options.agreements ?? 200;
  const agreements: Agreement[] = [];
  for (let i = 0; i < bilateral * 1.1; i++)
    agreements.push(
      syntheticAgreement(random, i, i < bilateral ? 2 : 4 + Math.floor(random() * 25), countries),
    );
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
