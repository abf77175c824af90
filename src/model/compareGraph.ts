/**
 * The difference network: both periods of a comparison in one picture, on the same positions as
 * the view's own network. Every tie of either period is drawn once, in the style of its change
 * (compareDiff.ts): colour (blues for more, oranges for less, grey for kept, the new and the gone
 * darker) and width (an arms flow as wide as its larger volume per year; kept ties thinner, so the
 * changes stand out). States are drawn in one neutral colour, those whose largest supplier
 * changed flagged `realigned` (the view rings them).
 *
 * It reuses buildGraphSpec on the union of the two aggregates, so keys, arrows, hubs, sizes and
 * the strongest-flows limit work as in the ordinary network.
 */
import type { ActiveAgreement, Aggregate, AllianceTie, TransferEdge } from './aggregate';
import type { Comparison } from './compare';
import type { TieChange } from './compareDiff';
import { periodLength } from './comparePeriod';
import type { ModelData } from './dataset';
import {
  buildGraphSpec,
  memberEdgeKey,
  tieEdgeKey,
  transferEdgeKey,
  type DisplayOptions,
  type GraphSpec,
} from './graph';
import { LIGHT } from './theme';
import { AGREEMENT_TYPES } from './types';

/** Kept ties are drawn thinner than changed ones by this factor. */
const KEPT_WIDTH = 0.55;
/** Gained and lost ties are never thinner than this (they are the news). */
const CHANGED_MIN_WIDTH = 1.4;
const TIE_WIDTH: Record<TieChange, number> = {
  gained: 2.2,
  lost: 2.2,
  grown: 2.2,
  shrunk: 2.2,
  kept: 1,
};

/** One aggregate with every tie of either period; arms flows weighted by their larger yearly rate. */
function unionAggregate(c: Comparison): Aggregate {
  const lb = periodLength(c.periods.before);
  const la = periodLength(c.periods.after);
  const rate = (before: number, after: number) => Math.max(before / lb, after / la);
  const transfers: TransferEdge[] = c.flows.map((f) => ({
    supplier: f.supplier,
    recipient: f.recipient,
    tiv: rate(f.before?.tiv ?? 0, f.after?.tiv ?? 0),
    units: rate(f.before?.units ?? 0, f.after?.units ?? 0),
    deals: rate(f.before?.deals ?? 0, f.after?.deals ?? 0),
  }));
  const ties: AllianceTie[] = c.ties.map((t) => ({
    a: t.a,
    b: t.b,
    typeIndex: t.typeIndex,
    agreements: t.agreements,
  }));
  const groups: ActiveAgreement[] = c.groups.map((g) => ({
    agreement: g.agreement,
    members: g.members.map((m) => m.country),
  }));
  return {
    from: Math.min(c.before.from, c.after.from),
    to: Math.max(c.before.to, c.after.to),
    transfers,
    ties,
    groups,
    active: groups,
    regionMask: c.after.regionMask,
    focused: c.after.focused,
    rows: new Uint32Array(0),
  };
}

/**
 * What the difference network draws. `realigned`: country indices whose largest supplier changed
 * (realignment.ts). Colours are the light palette's, as in every drawn graph (the view swaps them
 * for their dark twins).
 */
export function buildDiffGraphSpec(
  data: ModelData,
  comparison: Comparison,
  options: DisplayOptions,
  realigned: ReadonlySet<number>,
): GraphSpec {
  const spec = buildGraphSpec(data, unionAggregate(comparison), options);
  const id = (i: number) => data.countries[i]!.id;
  const colors = LIGHT.diff;

  for (const f of comparison.flows) {
    const edge = spec.edges.get(transferEdgeKey(id(f.supplier), id(f.recipient)));
    if (!edge) continue; // left out by the strongest-flows limit
    const a = edge.attributes;
    // The figures of the period the flow is in (the later one when in both), not the union's.
    const shown = f.after ?? f.before!;
    a.tiv = shown.tiv;
    a.units = shown.units;
    a.deals = shown.deals;
    a.weight = f.weightAfter > 0 ? f.weightAfter : f.weightBefore;
    a.weightBefore = f.weightBefore;
    a.weightAfter = f.weightAfter;
    a.change = f.change;
    a.color = colors[f.change];
    a.size =
      f.change === 'kept'
        ? Math.max(0.6, a.size * KEPT_WIDTH)
        : f.change === 'gained' || f.change === 'lost'
          ? Math.max(CHANGED_MIN_WIDTH, a.size)
          : a.size;
  }
  for (const t of comparison.ties) {
    const edge = spec.edges.get(tieEdgeKey(id(t.a), id(t.b), AGREEMENT_TYPES[t.typeIndex]!));
    if (!edge) continue;
    edge.attributes.change = t.change;
    edge.attributes.color = colors[t.change];
    edge.attributes.size = TIE_WIDTH[t.change];
  }
  for (const g of comparison.groups) {
    const agreementId = data.agreements[g.agreement]!.record.id;
    for (const m of g.members) {
      const edge = spec.edges.get(memberEdgeKey(agreementId, id(m.country)));
      if (!edge) continue;
      edge.attributes.change = m.change;
      edge.attributes.color = colors[m.change];
      edge.attributes.size = TIE_WIDTH[m.change] * 0.7;
    }
  }
  for (const node of spec.nodes.values()) {
    node.color = LIGHT.diffNode;
    if (node.nodeKind === 'state' && realigned.has(node.index)) node.realigned = true;
  }
  return spec;
}
