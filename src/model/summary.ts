/**
 * One short sentence saying what the network shows right now, for the live region under the
 * network (screen readers hear it when the picture changes) and for the PNG export:
 * "1985: 41 states, NATO, Warsaw Pact and 12 other agreements, 212 arms flows (deals delivered
 * in 1985)."
 */
import type { Aggregate } from './aggregate';
import { countryNames, type ModelData } from './dataset';
import { yearRange, type FilterState } from './filters';
import { countOf, formatList, formatYearSpan, restrictionPhrase } from './format';
import { WEAPON_CATEGORIES, WEAPON_CATEGORY_LABELS } from './types';

export interface SummaryFacts {
  period: string;
  states: number;
  /** Actors that are not states (organisations, armed groups, unknowns). */
  otherActors: number;
  agreements: number;
  /** Names of the largest agreements drawn (by members in the period), largest first. */
  largest: string[];
  flows: number;
  transfersShown: boolean;
  agreementsShown: boolean;
}

/** "1985" or "1990–2024". */
export function periodLabel(filters: FilterState): string {
  const [from, to] = yearRange(filters);
  return formatYearSpan(from, to);
}

export function summaryFacts(
  data: ModelData,
  filters: FilterState,
  agg: Aggregate,
  named = 2,
): SummaryFacts {
  const involved = new Set<number>();
  for (const t of agg.transfers) {
    involved.add(t.supplier);
    involved.add(t.recipient);
  }
  for (const t of agg.ties) {
    involved.add(t.a);
    involved.add(t.b);
  }
  for (const g of agg.groups) for (const m of g.members) involved.add(m);
  let states = 0;
  for (const i of involved) if ((data.countries[i]!.kind ?? 'state') === 'state') states++;

  const bySize = [...agg.active].sort(
    (x, y) => y.members.length - x.members.length || x.agreement - y.agreement,
  );
  const largest = bySize.slice(0, named).map((a) => {
    const r = data.agreements[a.agreement]!.record;
    return r.shortName ?? r.name;
  });
  return {
    period: periodLabel(filters),
    states,
    otherActors: involved.size - states,
    agreements: agg.active.length,
    largest,
    flows: agg.transfers.length,
    transfersShown: filters.ties.transfers,
    agreementsShown: filters.ties.bilateral || filters.ties.multilateral,
  };
}

function agreementsPhrase(f: SummaryFacts): string {
  if (f.agreements === 0) return 'no agreements';
  if (f.agreements === 1) return `1 agreement (${f.largest[0]})`;
  const others = f.agreements - f.largest.length;
  if (others === 0) return `${f.largest.join(' and ')}`;
  return `${f.largest.join(', ')} and ${countOf(others, 'other agreement')}`;
}

/**
 * Filters that narrow the picture, in words ("" when none does). `data` names focused states (ids
 * without it).
 */
export function filterPhrase(filters: FilterState, data?: ModelData): string {
  const parts: string[] = [];
  if (filters.focus !== null) {
    const names = data ? countryNames(data, filters.focus) : filters.focus;
    parts.push(`focus on ${formatList(names)}`);
    if (filters.direction !== 'any' && filters.ties.transfers)
      parts.push(restrictionPhrase(filters, names));
    if (filters.regions !== null)
      parts.push(
        filters.regions.length === 0
          ? 'partners in no region'
          : `partners in ${formatList(filters.regions, 'or')}`,
      );
  } else if (filters.regions !== null) {
    if (filters.regions.length === 0) parts.push('no region');
    else {
      parts.push(`ties touching ${formatList(filters.regions, 'or')}`);
      if (filters.direction !== 'any' && filters.ties.transfers)
        parts.push(restrictionPhrase(filters));
    }
  }
  if (filters.categories !== null && filters.ties.transfers)
    parts.push(
      filters.categories.length === 0
        ? 'no weapon category'
        : filters.categories.length <= 3
          ? filters.categories.map((c) => WEAPON_CATEGORY_LABELS[c].toLowerCase()).join(', ')
          : `${filters.categories.length} of ${WEAPON_CATEGORIES.length} weapon categories`,
    );
  if (
    filters.agreementTypes !== null &&
    filters.agreementTypes.length === 0 &&
    (filters.ties.bilateral || filters.ties.multilateral)
  )
    parts.push('no agreement type');
  return parts.join('; ');
}

/** The sentence itself. */
export function summarise(data: ModelData, filters: FilterState, agg: Aggregate): string {
  const f = summaryFacts(data, filters, agg);
  const parts: string[] = [];
  parts.push(
    f.otherActors > 0
      ? `${countOf(f.states, 'state')} and ${countOf(f.otherActors, 'other actor')}`
      : countOf(f.states, 'state'),
  );
  parts.push(f.agreementsShown ? agreementsPhrase(f) : 'agreements hidden');
  parts.push(
    f.transfersShown
      ? `${countOf(f.flows, 'arms flow')} (deals delivered in ${f.period})`
      : 'arms transfers hidden',
  );
  const narrowed = filterPhrase(filters, data);
  return `${f.period}: ${parts.join(', ')}${narrowed ? `. Filtered: ${narrowed}` : ''}.`;
}
