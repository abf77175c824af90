/**
 * Filter + aggregate: records in the selected period and filters become pair edges. Never draw raw
 * records: transfers become one directed edge per supplier->recipient pair, alliances one
 * undirected tie per pair and agreement type (multilateral ones, alternatively, one hub each).
 *
 * Hot path: it runs on every filter change and every play step, so it works on typed columns and
 * reusable scratch buffers instead of objects and string keys.
 */
import { compileFilters } from './compileFilters';
import { membersConcurrent, type ModelData } from './dataset';
import type { FilterState } from './filters';
import { AGREEMENT_TYPES } from './types';

export type MultilateralDisplay = 'clique' | 'hub' | 'hull';
export const MULTILATERAL_DISPLAYS: readonly MultilateralDisplay[] = ['hub', 'hull', 'clique'];

export interface TransferEdge {
  supplier: number;
  recipient: number;
  /** Sum of TIV delivered in the period (only deliveries with a value count). */
  tiv: number;
  /** Sum of units delivered in the period (only deliveries with a number count). */
  units: number;
  /** Distinct deals with a delivery in the period. */
  deals: number;
}

export interface AllianceTie {
  /** a < b (country indices). */
  a: number;
  b: number;
  typeIndex: number;
  /** Agreement indices behind the tie. */
  agreements: number[];
}

export interface ActiveAgreement {
  agreement: number;
  /** Countries that were members at some point of the period (and pass the region filter). */
  members: number[];
}

export interface Aggregate {
  from: number;
  to: number;
  transfers: TransferEdge[];
  ties: AllianceTie[];
  /** Multilateral agreements shown as hubs or hulls (empty in clique mode). */
  groups: ActiveAgreement[];
  /** Every agreement in force in the period that passes the filters, with its active members. */
  active: ActiveAgreement[];
  /** Countries in the restricting set (the focus, else the regions): 1, or not: 0. */
  regionMask: Uint8Array;
  /** Focused states (country indices): drawn even without a tie in the period. */
  focused: readonly number[];
  /** The delivery rows behind `transfers` (compileFilters' rows): for deal tables and details. */
  rows: Uint32Array;
}

interface Scratch {
  tiv: Float64Array;
  units: Float64Array;
  deals: Uint32Array;
  touchedFlag: Uint8Array;
  touched: Uint32Array;
  dealStamp: Uint32Array;
  generation: number;
}

const scratchByData = new WeakMap<ModelData, Scratch>();

function scratchFor(data: ModelData): Scratch {
  let scratch = scratchByData.get(data);
  if (!scratch) {
    const n = data.countries.length;
    scratch = {
      tiv: new Float64Array(n * n),
      units: new Float64Array(n * n),
      deals: new Uint32Array(n * n),
      touchedFlag: new Uint8Array(n * n),
      touched: new Uint32Array(n * n),
      dealStamp: new Uint32Array(data.transfers.length),
      generation: 0,
    };
    scratchByData.set(data, scratch);
  }
  return scratch;
}

/**
 * One edge per supplier->recipient pair over the given delivery rows: TIV and units summed (only
 * rows with a number count), distinct deals counted. Rows come from compileFilters.
 */
export function pairEdges(data: ModelData, rows: Uint32Array): TransferEdge[] {
  const d = data.deliveries;
  const n = data.countries.length;
  const s = scratchFor(data);
  s.generation = (s.generation + 1) >>> 0 || 1;
  const gen = s.generation;
  let touchedCount = 0;

  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const k = d.supplier[i]! * n + d.recipient[i]!;
    if (s.touchedFlag[k] === 0) {
      s.touchedFlag[k] = 1;
      s.touched[touchedCount++] = k;
    }
    const tiv = d.tiv[i]!;
    if (tiv === tiv) s.tiv[k]! += tiv; // NaN check without a call
    const units = d.units[i]!;
    if (units === units) s.units[k]! += units;
    const deal = d.deal[i]!;
    if (s.dealStamp[deal] !== gen) {
      s.dealStamp[deal] = gen;
      s.deals[k]!++;
    }
  }

  const edges: TransferEdge[] = new Array(touchedCount);
  for (let j = 0; j < touchedCount; j++) {
    const k = s.touched[j]!;
    edges[j] = {
      supplier: Math.floor(k / n),
      recipient: k % n,
      tiv: s.tiv[k]!,
      units: s.units[k]!,
      deals: s.deals[k]!,
    };
    s.tiv[k] = 0;
    s.units[k] = 0;
    s.deals[k] = 0;
    s.touchedFlag[k] = 0;
  }
  return edges;
}

export function aggregate(
  data: ModelData,
  filters: FilterState,
  multilateral: MultilateralDisplay,
): Aggregate {
  const cf = compileFilters(data, filters);
  const { from, to, regionMask, focused } = cf;
  const transfers = pairEdges(data, cf.rows);

  const ties = new Map<number, AllianceTie>();
  const groups: ActiveAgreement[] = [];
  const active: ActiveAgreement[] = [];
  const n = data.countries.length;
  const typeCount = AGREEMENT_TYPES.length;

  data.agreements.forEach((agreement, index) => {
    if (!cf.keepsAgreement(agreement)) return;
    if (agreement.from > to || agreement.to < from) return;
    // Membership spells clipped to the period and to the agreement's own life.
    const spells = agreement.members
      .map((m) => ({
        member: m,
        country: m.country,
        from: Math.max(m.from, from, agreement.from),
        to: Math.min(m.to, to, agreement.to),
      }))
      .filter((m) => m.from <= m.to);
    const members = [...new Set(spells.map((m) => m.country))];
    if (!cf.touches(members)) return;
    const entry = { agreement: index, members };
    active.push(entry);

    if (!agreement.bilateral && multilateral !== 'clique') {
      groups.push(entry);
      return;
    }
    for (let i = 0; i < spells.length; i++) {
      for (let j = i + 1; j < spells.length; j++) {
        const p = spells[i]!;
        const q = spells[j]!;
        if (p.country === q.country) continue;
        if (Math.max(p.from, q.from) > Math.min(p.to, q.to)) continue; // not together in the period
        if (!membersConcurrent(p.member, q.member)) continue; // a predecessor and its continuator
        if (!cf.keepsTie(p.country, q.country)) continue;
        const a = Math.min(p.country, q.country);
        const b = Math.max(p.country, q.country);
        const key = (a * n + b) * typeCount + agreement.typeIndex;
        const tie = ties.get(key);
        if (!tie) ties.set(key, { a, b, typeIndex: agreement.typeIndex, agreements: [index] });
        else if (!tie.agreements.includes(index)) tie.agreements.push(index);
      }
    }
  });

  return {
    from,
    to,
    transfers,
    ties: [...ties.values()],
    groups,
    active,
    regionMask,
    focused,
    rows: cf.rows,
  };
}
