/**
 * How much of SIPRI's arms-transfer volume a selection of deals carries, measured the way SIPRI
 * counts volume: TIV by delivery year. Pure functions over imported SIPRI deals (deliveries
 * with `tiv`); the selection is the set of SIPRI deals our records stand for.
 */
import type { Transfer } from '../../src/model/types';

export const decadeOf = (year: number): number => Math.floor(year / 10) * 10;

/** TIV a deal delivered in each decade. */
export function tivByDecade(deal: Transfer): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of deal.deliveries) {
    const k = decadeOf(d.year);
    out.set(k, (out.get(k) ?? 0) + (d.tiv ?? 0));
  }
  return out;
}

export interface Coverage {
  total: number;
  covered: number;
  /** covered / total, 0 when there is nothing to cover. */
  share: number;
}

const coverage = (total: number, covered: number): Coverage => ({
  total,
  covered,
  share: total > 0 ? covered / total : 0,
});

/**
 * Per group and decade (e.g. recipient region), the share of the group's TIV carried by the
 * chosen deals. `groupOf` returns undefined for deals that belong to no group (they count in
 * no total).
 */
export function coverageBy(
  all: readonly Transfer[],
  chosen: ReadonlySet<Transfer>,
  groupOf: (deal: Transfer) => string | undefined,
): Map<string, Map<number, Coverage>> {
  const sums = new Map<string, Map<number, [number, number]>>();
  for (const deal of all) {
    const group = groupOf(deal);
    if (group === undefined) continue;
    let byDecade = sums.get(group);
    if (!byDecade) sums.set(group, (byDecade = new Map()));
    for (const [decade, tiv] of tivByDecade(deal)) {
      const cell = byDecade.get(decade) ?? [0, 0];
      cell[0] += tiv;
      if (chosen.has(deal)) cell[1] += tiv;
      byDecade.set(decade, cell);
    }
  }
  const out = new Map<string, Map<number, Coverage>>();
  for (const [group, byDecade] of sums) {
    const cells = new Map<number, Coverage>();
    for (const [decade, [total, covered]] of byDecade) cells.set(decade, coverage(total, covered));
    out.set(group, cells);
  }
  return out;
}

/** Per decade, the share of all SIPRI TIV carried by the chosen deals. */
export function decadeCoverage(
  all: readonly Transfer[],
  chosen: ReadonlySet<Transfer>,
): Map<number, Coverage> {
  return coverageBy(all, chosen, () => 'all').get('all') ?? new Map();
}

export interface Flow extends Coverage {
  supplier: string;
  recipient: string;
}

/**
 * The largest flows (supplier -> recipient pairs) among the deals of one group in one decade:
 * largest first, as many as it takes to reach `share` of the group's TIV in that decade, each
 * with the share of its own TIV that the chosen deals carry.
 */
export function largestFlows(
  deals: readonly Transfer[],
  chosen: ReadonlySet<Transfer>,
  decade: number,
  share: number,
): Flow[] {
  const flows = new Map<string, Flow>();
  let total = 0;
  for (const deal of deals) {
    const tiv = tivByDecade(deal).get(decade) ?? 0;
    if (tiv <= 0) continue;
    const key = `${deal.supplier}>${deal.recipient}`;
    const flow = flows.get(key) ?? {
      supplier: deal.supplier,
      recipient: deal.recipient,
      total: 0,
      covered: 0,
      share: 0,
    };
    flow.total += tiv;
    if (chosen.has(deal)) flow.covered += tiv;
    flows.set(key, flow);
    total += tiv;
  }
  const sorted = [...flows.values()].sort(
    (a, b) =>
      b.total - a.total ||
      a.supplier.localeCompare(b.supplier) ||
      a.recipient.localeCompare(b.recipient),
  );
  const out: Flow[] = [];
  let reached = 0;
  for (const flow of sorted) {
    if (reached >= share * total) break;
    out.push({ ...flow, share: flow.covered / flow.total });
    reached += flow.total;
  }
  return out;
}
