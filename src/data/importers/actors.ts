/**
 * Collects the actors an import uses: state ids (reported only) and `X-` nodes (non-state
 * actors, organisations, placeholders, unmatched names), which become `countries` records of
 * the imported dataset so that no record points at a missing node.
 */
import type { ActorKind, Country, Region } from '../../model/types';
import type { ActorUse, UnmatchedName } from './types';
import type { ActorDef } from './names';

interface Use {
  name: string;
  id: string;
  kind: ActorKind;
  matchedBy: ActorUse['matchedBy'];
  count: number;
  records: string[];
  actor?: ActorDef;
  minYear: number;
}

export class ActorRegistry {
  private readonly uses = new Map<string, Use>();

  /**
   * `knownCountries`: known states, used to place non-state actors at their host country.
   * `defaultFrom`: the `from` year of an actor none of whose records has a year.
   */
  constructor(
    private readonly knownCountries: readonly Country[] = [],
    private readonly defaultFrom = 1950,
  ) {}

  use(
    name: string,
    match: { id: string; kind: ActorKind; matchedBy: ActorUse['matchedBy']; actor?: ActorDef },
    recordId: string,
    year: number | undefined,
  ): void {
    const key = `${name}\u0000${match.id}`;
    let u = this.uses.get(key);
    if (!u) {
      u = {
        name,
        id: match.id,
        kind: match.kind,
        matchedBy: match.matchedBy,
        count: 0,
        records: [],
        actor: match.actor,
        minYear: Infinity,
      };
      this.uses.set(key, u);
    }
    u.count++;
    if (match.matchedBy === 'none') u.records.push(recordId);
    if (year !== undefined && year < u.minYear) u.minYear = year;
  }

  /** Another year in which an actor already used appears (keeps `from` the earliest year). */
  seen(name: string, id: string, year: number | undefined): void {
    const u = this.uses.get(`${name}\u0000${id}`);
    if (u && year !== undefined && year < u.minYear) u.minYear = year;
  }

  report(): ActorUse[] {
    return [...this.uses.values()]
      .map(({ name, id, kind, count, matchedBy }) => ({ name, id, kind, count, matchedBy }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  unmatched(): UnmatchedName[] {
    return [...this.uses.values()]
      .filter((u) => u.matchedBy === 'none')
      .map(({ name, count, records, id }) => ({ name, count, records, id }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  /** One `countries` record per `X-` actor used. */
  countries(): Country[] {
    const out = new Map<string, Country>();
    const known = new Map(this.knownCountries.map((c) => [c.id, c]));
    for (const u of this.uses.values()) {
      if (!u.actor) continue;
      const a = u.actor;
      const existing = out.get(a.id);
      const from = Number.isFinite(u.minYear) ? u.minYear : this.defaultFrom;
      if (existing) {
        existing.from = Math.min(existing.from, from);
        if (!existing.aliases!.includes(u.name)) existing.aliases!.push(u.name);
        continue;
      }
      const host = a.host ? known.get(a.host) : undefined;
      const region: Region = host && a.kind === 'non-state' ? host.region : 'Other';
      const c: Country = {
        id: a.id,
        name: a.name,
        region,
        subregion: host && a.kind === 'non-state' ? host.subregion : '',
        lat: host?.lat ?? 0,
        lon: host?.lon ?? 0,
        from,
        to: null,
        kind: a.kind,
        aliases: [u.name],
      };
      const where = a.host ? `Based in or fighting in ${host?.name ?? a.host}.` : undefined;
      const notes = [a.note, where].filter(Boolean);
      if (notes.length) c.note = notes.join(' ');
      out.set(a.id, c);
    }
    return [...out.values()].sort((x, y) => x.id.localeCompare(y.id));
  }
}
