/**
 * CSV of a comparison: the rankings of both periods (suppliers and recipients) and the
 * realignment tables, in one table each, through the same CSV writer as every export (csv.ts).
 */
import type { ComparisonRankings, ComparedActor } from '../../model/compareRankings';
import { periodText } from '../../model/comparePeriod';
import type { ModelData } from '../../model/dataset';
import { leaderNames, type Realignment } from '../../model/realignment';
import { bySide, round, type CsvValue } from './csv';

/** One row per supplier and per recipient, with both periods' figures. */
export function comparisonRankingsTable(data: ModelData, r: ComparisonRankings): CsvValue[][] {
  const before = periodText(r.before);
  const after = periodText(r.after);
  const columns = [
    `${r.measure}_${before}`,
    `${r.measure}_${after}`,
    `share_${before}_pct`,
    `share_${after}_pct`,
    'change_pct',
    'change_per_year_pct',
    `rank_${before}`,
    `rank_${after}`,
    'rank_change',
    'share_of',
  ];
  const shareOf = r.shareOf === 'world' ? 'world total' : 'deliveries drawn';
  return bySide(data, r, columns, (a: ComparedActor) => [
    round(a.before),
    round(a.after),
    round(a.shareBefore),
    round(a.shareAfter),
    round(a.change),
    round(a.yearlyChange),
    a.rankBefore,
    a.rankAfter,
    a.rankChange,
    shareOf,
  ]);
}

/** The three realignment tables in one: a `table` column says which each row belongs to. */
export function realignmentTable(data: ModelData, r: Realignment): CsvValue[][] {
  const name = (i: number) => data.countries[i]!.name;
  const id = (i: number) => data.countries[i]!.id;
  const rows: CsvValue[][] = [
    ['table', 'id', 'name', 'before', 'after', 'share_before_pct', 'share_after_pct', 'detail'],
  ];
  for (const s of r.shifts)
    rows.push([
      'largest supplier changed',
      id(s.recipient),
      name(s.recipient),
      leaderNames(data, s.leadersBefore),
      leaderNames(data, s.leadersAfter),
      round(s.oldLeaderBefore),
      round(s.newLeaderAfter),
      `former leader's share after: ${round(s.oldLeaderAfter)}%; new leader's share before: ${round(s.newLeaderBefore)}%`,
    ]);
  for (const c of r.clients)
    rows.push([
      'clients gained and lost',
      id(c.supplier),
      name(c.supplier),
      c.clientsBefore,
      c.clientsAfter,
      null,
      null,
      `gained: ${c.gained.map(name).join('; ')} | lost: ${c.lost.map(name).join('; ')}`,
    ]);
  for (const m of r.memberships) {
    const agreement = data.agreements[m.agreement]!.record;
    rows.push([
      m.change === 'joined' ? 'joined an agreement' : 'left an agreement',
      id(m.country),
      name(m.country),
      m.change === 'joined' ? 'not a member' : 'member',
      m.change === 'joined' ? 'member' : 'not a member',
      null,
      null,
      `${agreement.name} (${agreement.id})${m.agreementChange === 'gained' ? ', new' : m.agreementChange === 'lost' ? ', ended' : ''}`,
    ]);
  }
  return rows;
}

/** `entente-comparison-2010-2014-vs-2020-2024.csv`, `entente-realignment-....csv`. */
export function comparisonFileName(
  kind: 'comparison' | 'realignment',
  r: Pick<ComparisonRankings, 'before' | 'after'>,
): string {
  return `entente-${kind}-${periodText(r.before)}-vs-${periodText(r.after)}.csv`;
}
