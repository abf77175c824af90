/**
 * Realignment between two periods, read from a comparison (compare.ts):
 * - recipients whose largest supplier changed, with both suppliers and their shares of the
 *   recipient's imports in both periods (India: the Soviet Union, then Russia; Egypt: the Soviet
 *   Union, then the United States);
 * - suppliers that gained or lost the most clients;
 * - states that joined or left agreements (with the agreement itself new or ended, or not).
 *
 * "Largest supplier" uses the comparison's measure (TIV, units or deals) and never names an
 * unknown supplier, though unknown suppliers count in the recipient's total, as in SIPRI's shares.
 * When several suppliers tie for the largest, all of them lead; the leader changed only when no
 * state leads in both periods.
 */
import type { Comparison } from './compare';
import type { TieChange } from './compareDiff';
import type { ModelData } from './dataset';
import { rankableMask } from './rankings';

export interface SupplierShift {
  recipient: number;
  /** The largest suppliers of the earlier and the later period (several when tied). */
  leadersBefore: number[];
  leadersAfter: number[];
  /** The recipient's imports in each period (the measure summed, unknown suppliers included). */
  importsBefore: number;
  importsAfter: number;
  /** Shares of the recipient's imports, in %: the old leader's then and now, the new one's. */
  oldLeaderBefore: number;
  oldLeaderAfter: number;
  newLeaderBefore: number;
  newLeaderAfter: number;
}

export interface ClientChange {
  supplier: number;
  clientsBefore: number;
  clientsAfter: number;
  /** Recipients supplied in the later period but not the earlier, and the other way round. */
  gained: number[];
  lost: number[];
}

export interface MembershipChange {
  country: number;
  agreement: number;
  change: 'joined' | 'left';
  /** The agreement itself: new in the later period (gained), ended (lost) or in both (kept). */
  agreementChange: TieChange;
}

export interface Realignment {
  shifts: SupplierShift[];
  clients: ClientChange[];
  memberships: MembershipChange[];
}

interface Imports {
  total: number;
  bySupplier: Map<number, number>;
}

function importsOf(comparison: Comparison, side: 'weightBefore' | 'weightAfter') {
  const byRecipient = new Map<number, Imports>();
  for (const f of comparison.flows) {
    const w = f[side];
    if (w <= 0) continue;
    let entry = byRecipient.get(f.recipient);
    if (!entry) byRecipient.set(f.recipient, (entry = { total: 0, bySupplier: new Map() }));
    entry.total += w;
    entry.bySupplier.set(f.supplier, (entry.bySupplier.get(f.supplier) ?? 0) + w);
  }
  return byRecipient;
}

function leaders(imports: Imports, rankable: Uint8Array): number[] {
  let best = 0;
  let out: number[] = [];
  for (const [supplier, w] of imports.bySupplier) {
    if (rankable[supplier] === 0) continue;
    if (w > best) {
      best = w;
      out = [supplier];
    } else if (w === best) out.push(supplier);
  }
  return out.sort((a, b) => a - b);
}

const share = (imports: Imports, supplier: number | undefined) =>
  supplier === undefined || imports.total <= 0
    ? 0
    : ((imports.bySupplier.get(supplier) ?? 0) / imports.total) * 100;

function supplierShifts(data: ModelData, comparison: Comparison): SupplierShift[] {
  const rankable = rankableMask(data);
  const before = importsOf(comparison, 'weightBefore');
  const after = importsOf(comparison, 'weightAfter');
  const out: SupplierShift[] = [];
  for (const [recipient, was] of before) {
    const is = after.get(recipient);
    if (!is || rankable[recipient] === 0) continue;
    const leadersBefore = leaders(was, rankable);
    const leadersAfter = leaders(is, rankable);
    if (leadersBefore.length === 0 || leadersAfter.length === 0) continue;
    if (leadersBefore.some((s) => leadersAfter.includes(s))) continue;
    out.push({
      recipient,
      leadersBefore,
      leadersAfter,
      importsBefore: was.total,
      importsAfter: is.total,
      oldLeaderBefore: share(was, leadersBefore[0]),
      oldLeaderAfter: share(is, leadersBefore[0]),
      newLeaderBefore: share(was, leadersAfter[0]),
      newLeaderAfter: share(is, leadersAfter[0]),
    });
  }
  // The largest importers first: their realignment moves the most arms.
  const name = (i: number) => data.countries[i]!.name;
  return out.sort(
    (a, b) =>
      b.importsAfter + b.importsBefore - (a.importsAfter + a.importsBefore) ||
      name(a.recipient).localeCompare(name(b.recipient)),
  );
}

function clientChanges(data: ModelData, comparison: Comparison): ClientChange[] {
  const rankable = rankableMask(data);
  const bySupplier = new Map<number, ClientChange>();
  for (const f of comparison.flows) {
    if (rankable[f.supplier] === 0 || rankable[f.recipient] === 0) continue;
    let c = bySupplier.get(f.supplier);
    if (!c) {
      c = { supplier: f.supplier, clientsBefore: 0, clientsAfter: 0, gained: [], lost: [] };
      bySupplier.set(f.supplier, c);
    }
    const was = f.weightBefore > 0;
    const is = f.weightAfter > 0;
    if (was) c.clientsBefore++;
    if (is) c.clientsAfter++;
    if (is && !was) c.gained.push(f.recipient);
    if (was && !is) c.lost.push(f.recipient);
  }
  const name = (i: number) => data.countries[i]!.name;
  const byName = (a: number, b: number) => name(a).localeCompare(name(b));
  const out = [...bySupplier.values()].filter((c) => c.gained.length + c.lost.length > 0);
  for (const c of out) {
    c.gained.sort(byName);
    c.lost.sort(byName);
  }
  // Largest net change first, then the most turnover.
  return out.sort(
    (a, b) =>
      Math.abs(b.clientsAfter - b.clientsBefore) - Math.abs(a.clientsAfter - a.clientsBefore) ||
      b.gained.length + b.lost.length - (a.gained.length + a.lost.length) ||
      byName(a.supplier, b.supplier),
  );
}

function membershipChanges(data: ModelData, comparison: Comparison): MembershipChange[] {
  const was = new Map(comparison.before.active.map((a) => [a.agreement, new Set(a.members)]));
  const is = new Map(comparison.after.active.map((a) => [a.agreement, new Set(a.members)]));
  const out: MembershipChange[] = [];
  for (const agreement of new Set([...was.keys(), ...is.keys()])) {
    const before = was.get(agreement);
    const after = is.get(agreement);
    const agreementChange: TieChange = before && after ? 'kept' : after ? 'gained' : 'lost';
    for (const country of after ?? [])
      if (!before?.has(country))
        out.push({ country, agreement, change: 'joined', agreementChange });
    for (const country of before ?? [])
      if (!after?.has(country)) out.push({ country, agreement, change: 'left', agreementChange });
  }
  const name = (i: number) => data.countries[i]!.name;
  const agreementName = (i: number) => data.agreements[i]!.record.name;
  // A state that joined a standing alliance is the realignment; new and ended treaties follow.
  const weight = (m: MembershipChange) => (m.agreementChange === 'kept' ? 0 : 1);
  return out.sort(
    (a, b) =>
      weight(a) - weight(b) ||
      name(a.country).localeCompare(name(b.country)) ||
      agreementName(a.agreement).localeCompare(agreementName(b.agreement)),
  );
}

const cache = new WeakMap<Comparison, Realignment>();

export function realignment(data: ModelData, comparison: Comparison): Realignment {
  let result = cache.get(comparison);
  if (!result) {
    result = {
      shifts: supplierShifts(data, comparison),
      clients: clientChanges(data, comparison),
      memberships: membershipChanges(data, comparison),
    };
    cache.set(comparison, result);
  }
  return result;
}

/** The states whose largest supplier changed (country indices), for the network's rings. */
export function realignedStates(r: Realignment): Set<number> {
  return new Set(r.shifts.map((s) => s.recipient));
}

/** "France / Russia" for tied leaders. */
export function leaderNames(data: ModelData, leaders: readonly number[]): string {
  return leaders.map((i) => data.countries[i]!.name).join(' / ');
}
