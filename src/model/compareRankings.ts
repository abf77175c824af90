/**
 * Rankings for both periods of a comparison, the way SIPRI computes them (see rankings.ts, whose
 * helpers this reuses): the measure summed by delivery year over each period, each actor's share
 * of the world total of the same period (non-state actors and unknown parties included in the
 * total, unknown parties never ranked), the volume change in percent and the change in rank.
 *
 * Periods of different lengths: shares compare fairly as they are; volumes are compared per year
 * (`yearlyChange`), and `lengthsDiffer` says so. With equal lengths both changes are the same.
 * With a region filter or a focus, shares are of the deliveries drawn, as in rankings.ts.
 */
import { pairEdges } from './aggregate';
import { filtersForPeriod, type Comparison } from './compare';
import { periodLength, type Period } from './comparePeriod';
import { compileFilters } from './compileFilters';
import type { ModelData } from './dataset';
import type { FilterState, WeightMeasure } from './filters';
import { actorTotals, percentChange, rankBy, rankableMask } from './rankings';

export interface ComparedActor {
  country: number;
  before: number;
  after: number;
  /** Share of the period's total, in %; null when the total is 0. */
  shareBefore: number | null;
  shareAfter: number | null;
  /** Competition rank in each period; null when the actor has nothing in it. */
  rankBefore: number | null;
  rankAfter: number | null;
  /** % change of the sums; null without a base. */
  change: number | null;
  /** % change of the sums per year of each period (the same as `change` for equal lengths). */
  yearlyChange: number | null;
  /** Places climbed (positive) or lost (negative); null when unranked in either period. */
  rankChange: number | null;
  /** Change in share, in percentage points. */
  shareChange: number | null;
}

export interface ComparisonRankings {
  measure: WeightMeasure;
  before: Period;
  after: Period;
  lengthsDiffer: boolean;
  shareOf: 'world' | 'shown';
  worldBefore: number;
  worldAfter: number;
  shownBefore: number;
  shownAfter: number;
  worldChange: number | null;
  worldYearlyChange: number | null;
  suppliers: ComparedActor[];
  recipients: ComparedActor[];
}

/** The volume change to show: per year when the periods differ in length, else of the sums. */
export function shownChange(row: ComparedActor, lengthsDiffer: boolean): number | null {
  return lengthsDiffer ? row.yearlyChange : row.change;
}

function yearly(before: number, after: number, lb: number, la: number): number | null {
  return percentChange(after / la, before / lb);
}

function actors(
  data: ModelData,
  before: Float64Array,
  after: Float64Array,
  baseBefore: number,
  baseAfter: number,
  lb: number,
  la: number,
): ComparedActor[] {
  const mask = rankableMask(data);
  const rows: (ComparedActor & { rank: number })[] = [];
  for (let i = 0; i < before.length; i++) {
    if (mask[i] === 0 || (before[i]! <= 0 && after[i]! <= 0)) continue;
    const b = before[i]!;
    const a = after[i]!;
    const shareBefore = baseBefore > 0 ? (b / baseBefore) * 100 : null;
    const shareAfter = baseAfter > 0 ? (a / baseAfter) * 100 : null;
    rows.push({
      country: i,
      rank: 0,
      before: b,
      after: a,
      shareBefore,
      shareAfter,
      rankBefore: null,
      rankAfter: null,
      change: percentChange(a, b),
      yearlyChange: yearly(b, a, lb, la),
      rankChange: null,
      shareChange: shareBefore !== null && shareAfter !== null ? shareAfter - shareBefore : null,
    });
  }
  // Ranks in each period among the actors with something in it (competition ranks, rankings.ts).
  rankBy(
    data,
    rows.filter((r) => r.before > 0),
    (r) => r.before,
  ).forEach((r) => {
    r.rankBefore = r.rank;
  });
  rankBy(
    data,
    rows.filter((r) => r.after > 0),
    (r) => r.after,
  ).forEach((r) => {
    r.rankAfter = r.rank;
  });
  for (const r of rows)
    r.rankChange =
      r.rankBefore !== null && r.rankAfter !== null ? r.rankBefore - r.rankAfter : null;
  // Listed by the later period, then the earlier (actors gone since then at the end).
  return rankBy(
    data,
    rows,
    (r) => r.after,
    (r) => r.before,
  );
}

/** World total of a period: every delivery in the kept categories, whatever the regions. */
function worldTotal(data: ModelData, filters: FilterState, period: Period, measure: WeightMeasure) {
  const cf = compileFilters(data, filtersForPeriod(filters, period));
  return actorTotals(data, pairEdges(data, cf.worldRowsIn(period.from, period.to)), measure).total;
}

export function compareRankings(
  data: ModelData,
  filters: FilterState,
  comparison: Comparison,
): ComparisonRankings {
  const { periods, measure } = comparison;
  const restricted = filters.regions !== null || filters.focus !== null;
  const before = actorTotals(data, comparison.before.transfers, measure);
  const after = actorTotals(data, comparison.after.transfers, measure);
  // Without a region filter the deliveries drawn are the world's: no third pass over the rows.
  const worldBefore = restricted
    ? worldTotal(data, filters, periods.before, measure)
    : before.total;
  const worldAfter = restricted ? worldTotal(data, filters, periods.after, measure) : after.total;
  const lb = periodLength(periods.before);
  const la = periodLength(periods.after);
  const baseBefore = restricted ? before.total : worldBefore;
  const baseAfter = restricted ? after.total : worldAfter;
  return {
    measure,
    before: periods.before,
    after: periods.after,
    lengthsDiffer: periods.lengthsDiffer,
    shareOf: restricted ? 'shown' : 'world',
    worldBefore,
    worldAfter,
    shownBefore: before.total,
    shownAfter: after.total,
    worldChange: percentChange(worldAfter, worldBefore),
    worldYearlyChange: yearly(worldBefore, worldAfter, lb, la),
    suppliers: actors(data, before.exports, after.exports, baseBefore, baseAfter, lb, la),
    recipients: actors(data, before.imports, after.imports, baseBefore, baseAfter, lb, la),
  };
}
