/**
 * Blocs: communities found by Louvain on the drawn ties, seeded so the same picture always gives
 * the same blocs. Blocs are ranked by size, so colours are stable across small changes.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { EntenteGraph } from './graph';

/** A small deterministic random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Node key -> bloc rank (0 = largest bloc). Nodes without ties get no bloc. */
export function detectBlocs(graph: EntenteGraph): Map<string, number> {
  const simple = new Graph({ type: 'undirected' });
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_key, attrs, source, target) => {
    if (source === target) return;
    // Alliances bind blocs more than a single flow of arms does.
    const weight = attrs.edgeKind === 'transfer' ? 0.5 : 1;
    if (simple.hasEdge(source, target))
      simple.updateEdgeAttribute(source, target, 'weight', (w: number) => w + weight);
    else simple.addEdge(source, target, { weight });
  });
  const ranks = new Map<string, number>();
  if (simple.size === 0) return ranks;
  const communities = louvain(simple, { rng: seededRandom(1949), getEdgeWeight: 'weight' });
  const sizes = new Map<number, number>();
  for (const [key, community] of Object.entries(communities)) {
    if (simple.degree(key) === 0) continue;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
  }
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rankOf = new Map(order.map((c, i) => [c, i]));
  for (const [key, community] of Object.entries(communities)) {
    const rank = rankOf.get(community);
    if (rank !== undefined) ranks.set(key, rank);
  }
  return ranks;
}
