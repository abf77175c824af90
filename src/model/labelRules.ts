/**
 * Which labels the network asks for, and in what order (the placement in labelPlacement.ts then
 * decides where, and drops what does not fit):
 * - the hovered or selected state (or agreement hub), the ends of a selected arrow or tie, and the
 *   focus' ten strongest partners are forced: they always get a label when there is room at all;
 * - when 40 states or fewer are drawn, every state is forced;
 * - otherwise states compete by importance (their drawn size), agreement hubs by their number of
 *   members, on one scale, so NATO ranks with the largest states;
 * - while something is focused, only the highlighted nodes (the focus and its partners) compete:
 *   the dimmed rest gives up its labels.
 */

export interface LabelNode {
  key: string;
  kind: 'state' | 'agreement';
  /** How important the node is: its drawn size, or for a hub its number of members. */
  importance: number;
}

export interface LabelFocus {
  /** The hovered, else the selected, node. */
  node: string | null;
  /** Its partners, with the weight of their ties to it (larger is stronger). */
  partners: ReadonlyMap<string, number>;
  /** The two ends of a selected arrow or tie (or the two states of a pair). */
  ends: readonly string[];
  /** While something is emphasised: the nodes that stay in full colour. */
  highlighted: ReadonlySet<string> | null;
}

export const NO_FOCUS: LabelFocus = {
  node: null,
  partners: new Map(),
  ends: [],
  highlighted: null,
};

/** Every state is named when at most this many are drawn. */
export const NAME_ALL_UP_TO = 40;
/** The focus' strongest partners that are always named. */
export const FORCED_PARTNERS = 10;

export interface LabelRequest {
  key: string;
  priority: number;
  forced: boolean;
}

export function labelRequests(
  nodes: readonly LabelNode[],
  focus: LabelFocus = NO_FOCUS,
): LabelRequest[] {
  const states = nodes.filter((n) => n.kind === 'state');
  const hubs = nodes.filter((n) => n.kind === 'agreement');
  const maxState = Math.max(0, ...states.map((n) => n.importance));
  const maxHub = Math.max(0, ...hubs.map((n) => n.importance));
  const nameAll = states.length <= NAME_ALL_UP_TO;

  const strongest = [...focus.partners.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, FORCED_PARTNERS)
    .map(([key]) => key);
  // Forced ones keep an order among themselves: the focus, the ends, then partners by strength.
  const forcedRank = new Map<string, number>();
  const force = (key: string | null) => {
    if (key !== null && !forcedRank.has(key)) forcedRank.set(key, forcedRank.size);
  };
  force(focus.node);
  focus.ends.forEach(force);
  strongest.forEach(force);

  const requests: LabelRequest[] = [];
  for (const n of nodes) {
    const rank = forcedRank.get(n.key);
    if (rank !== undefined) {
      requests.push({ key: n.key, priority: 1000 - rank, forced: true });
      continue;
    }
    if (focus.highlighted && !focus.highlighted.has(n.key)) continue;
    // On one scale from 0 to 1: the largest state and the largest hub rank alike.
    const scale = n.kind === 'state' ? maxState : maxHub;
    const priority = scale > 0 ? n.importance / scale : 0;
    requests.push({ key: n.key, priority, forced: nameAll && n.kind === 'state' });
  }
  return requests;
}
