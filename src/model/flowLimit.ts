/**
 * Which arms flows the network draws. Thousands of arrows are unreadable (and, on software WebGL,
 * slow to draw), so at analyst scale only the strongest flows are drawn; the rest still count in
 * node sizes, rankings and tables, and the view says how many are left out.
 *
 * The limit is part of the view (URL key `flows`): `auto` (the default) draws every flow up to
 * AUTO_FLOW_LIMIT and the strongest AUTO_FLOW_LIMIT beyond; `all`; or a number N (the N strongest).
 */
import { formatCount } from './format';

export type FlowLimit = 'auto' | 'all' | number;

/** Beyond this many flows, `auto` draws only this many: the strongest. */
export const AUTO_FLOW_LIMIT = 1000;

/** The choices the Filters panel offers (any positive whole number is valid in a link). */
export const FLOW_LIMIT_CHOICES: readonly FlowLimit[] = ['auto', 100, 250, 500, 1000, 2500, 'all'];

/** The largest N a link may ask for (more than any dataset has pairs of states). */
export const MAX_FLOW_LIMIT = 100_000;

/** How a choice reads in the Filters panel. */
export function flowLimitLabel(limit: FlowLimit): string {
  if (limit === 'auto') return `Automatic (at most ${formatCount(AUTO_FLOW_LIMIT)})`;
  if (limit === 'all') return 'All (slow with thousands)';
  return `The strongest ${formatCount(limit)}`;
}

/** How many of `total` flows the limit draws. */
export function flowsToDraw(limit: FlowLimit, total: number): number {
  if (limit === 'all') return total;
  if (limit === 'auto') return Math.min(total, AUTO_FLOW_LIMIT);
  return Math.min(total, Math.max(0, Math.floor(limit)));
}

export interface FlowSelection {
  /** Indices of the flows to draw: strongest first when some are left out, else in given order. */
  drawn: Uint32Array;
  /** How many flows the period and filters give, drawn or not. */
  total: number;
  /** Sum of the weights of every flow, and of the drawn ones. */
  totalWeight: number;
  drawnWeight: number;
}

/**
 * The strongest flows under `limit`, by `weights[i]`; ties are broken by the smaller `order[i]`
 * (a stable key such as the pair's index), so the same data always draws the same flows.
 * Linear but for one native sort of the weights: tens of thousands of flows take a few ms.
 */
export function strongestFlows(
  weights: Float64Array,
  order: ArrayLike<number>,
  limit: FlowLimit,
): FlowSelection {
  const n = weights.length;
  const count = flowsToDraw(limit, n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += weights[i]!;
  let drawn: Uint32Array;
  if (count >= n) {
    drawn = new Uint32Array(n);
    for (let i = 0; i < n; i++) drawn[i] = i;
  } else {
    // The count-th largest weight: everything above it is drawn, and as many of those equal to
    // it as fit, in `order`.
    const threshold = count === 0 ? Infinity : Float64Array.from(weights).sort()[n - count]!;
    const above: number[] = [];
    const equal: number[] = [];
    for (let i = 0; i < n; i++) {
      if (weights[i]! > threshold) above.push(i);
      else if (weights[i] === threshold) equal.push(i);
    }
    equal.sort((a, b) => order[a]! - order[b]!);
    const chosen = above.concat(equal.slice(0, count - above.length));
    chosen.sort((a, b) => weights[b]! - weights[a]! || order[a]! - order[b]!);
    drawn = Uint32Array.from(chosen);
  }
  let drawnWeight = 0;
  for (const i of drawn) drawnWeight += weights[i]!;
  return { drawn, total: n, totalWeight, drawnWeight };
}
