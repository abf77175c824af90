/**
 * Rankings of defence-industry diplomacy for the period: which states host the most events
 * (fairs, exercises, visits, summits, signings, export decisions, as the filters keep them), and
 * which receive the most visits and summits, from how many partners. Pure: a function of the
 * indexed dataset and the compiled filters (the same events the timeline lane draws).
 */
import type { CompiledFilters } from './compileFilters';
import type { ModelData } from './dataset';
import { keptEvents } from './events';
import { EVENT_KINDS, type EventKind } from './types';

export interface HostRow {
  country: number;
  events: number;
  byKind: Record<EventKind, number>;
}

export interface VisitedRow {
  country: number;
  /** Visits and summits it hosted. */
  visits: number;
  /** The states that came, most frequent first. */
  partners: number[];
}

export interface EventRankings {
  /** Events kept in the period (with or without a host). */
  total: number;
  hosts: HostRow[];
  visited: VisitedRow[];
}

const VISIT_KINDS: readonly EventKind[] = ['visit', 'summit'];

export function eventRankings(data: ModelData, cf: CompiledFilters): EventRankings {
  const kept = keptEvents(data, cf);
  const hosts = new Map<number, HostRow>();
  const visited = new Map<number, { visits: number; partners: Map<number, number> }>();
  for (const i of kept) {
    const e = data.events[i]!;
    if (e.host < 0) continue;
    let row = hosts.get(e.host);
    if (!row) {
      row = {
        country: e.host,
        events: 0,
        byKind: Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>,
      };
      hosts.set(e.host, row);
    }
    row.events++;
    row.byKind[e.kind]++;
    if (!VISIT_KINDS.includes(e.kind)) continue;
    let v = visited.get(e.host);
    if (!v) visited.set(e.host, (v = { visits: 0, partners: new Map() }));
    v.visits++;
    for (const p of e.participants)
      if (p !== e.host) v.partners.set(p, (v.partners.get(p) ?? 0) + 1);
  }
  const byName = (a: number, b: number) =>
    data.countries[a]!.name.localeCompare(data.countries[b]!.name);
  return {
    total: kept.length,
    hosts: [...hosts.values()].sort((a, b) => b.events - a.events || byName(a.country, b.country)),
    visited: [...visited.entries()]
      .map(([country, v]) => ({
        country,
        visits: v.visits,
        partners: [...v.partners.entries()]
          .sort((a, b) => b[1] - a[1] || byName(a[0], b[0]))
          .map(([p]) => p),
      }))
      .sort((a, b) => b.visits - a.visits || byName(a.country, b.country)),
  };
}
