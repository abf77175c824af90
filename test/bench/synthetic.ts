/**
 * A synthetic dataset at full SIPRI scale (~260 actors, ~30,000 deals, ~60,000 delivery rows,
 * ~800 agreements), made with a seeded generator so every run measures the same data.
 * Benchmark input only: these records are not real and never ship.
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

export function syntheticDataset(
  options = { countries: 260, deals: 30_000, agreements: 800 },
): Dataset {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const countries: Country[] = [];
  for (let i = 0; i < options.countries; i++) {
    const region = REGIONS[i % 5]!;
    countries.push({
      id: `S${String(i).padStart(3, '0')}`,
      name: `State ${i}`,
      region,
      subregion: `${region} ${i % 3}`,
      lat: random() * 140 - 70,
      lon: random() * 340 - 170,
      from: 1900,
      to: null,
    });
  }
  // Arms trade is concentrated: a few suppliers make most deals (Zipf-like choice).
  const supplier = () => Math.min(options.countries - 1, Math.floor(Math.pow(random(), 3) * 60));
  const transfers: Transfer[] = [];
  for (let i = 0; i < options.deals; i++) {
    const s = supplier();
    let r = Math.floor(random() * options.countries);
    if (r === s) r = (r + 1) % options.countries;
    const ordered = 1950 + Math.floor(random() * 74);
    const years = 1 + Math.floor(random() * 3); // 1-3 delivery years: ~60,000 rows
    transfers.push({
      id: `deal-${i}`,
      supplier: countries[s]!.id,
      recipient: countries[r]!.id,
      designation: `Weapon ${i % 500}`,
      category: pick(WEAPON_CATEGORIES),
      ordered: { year: ordered, units: 10 },
      deliveries: Array.from({ length: years }, (_, k) => ({
        year: Math.min(2024, ordered + 1 + k),
        units: 3,
        tiv: 1 + random() * 50,
      })),
      source: 'synthetic',
    });
  }
  const agreements: Agreement[] = [];
  for (let i = 0; i < options.agreements; i++) {
    // Like ATOP: mostly bilateral, some large multilateral pacts.
    const size = random() < 0.85 ? 2 : 3 + Math.floor(random() * 30);
    const members = new Set<number>();
    while (members.size < size) members.add(Math.floor(random() * options.countries));
    const signed = 1945 + Math.floor(random() * 75);
    const ended = random() < 0.5 ? null : signed + 1 + Math.floor(random() * 30);
    agreements.push({
      id: `agreement-${i}`,
      name: `Agreement ${i}`,
      type: pick(AGREEMENT_TYPES),
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
