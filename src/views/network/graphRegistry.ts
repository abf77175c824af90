/**
 * The graph the network view draws, and its sigma instance, for exports (GEXF, PNG). One
 * module-level slot: NetworkView sets it when sigma starts and clears it when sigma is killed.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, EntenteGraph, NodeAttributes } from '../../model/graph';

export interface DrawnGraph {
  graph: EntenteGraph;
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
}

let current: DrawnGraph | null = null;
const listeners = new Set<() => void>();

export function setDrawnGraph(
  graph: EntenteGraph,
  sigma: Sigma<NodeAttributes, EdgeAttributes> | null,
): void {
  current = sigma ? { graph, sigma } : null;
  for (const listener of listeners) listener();
}

/** Clear the slot if it still holds this sigma instance. */
export function clearDrawnGraph(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  if (current?.sigma === sigma) setDrawnGraph(current.graph, null);
}

export function getDrawnGraph(): DrawnGraph | null {
  return current;
}

/** For useSyncExternalStore. */
export function subscribeDrawnGraph(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
