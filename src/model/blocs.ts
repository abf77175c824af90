/**
 * Blocs: communities found by Louvain on the drawn ties, seeded so the same picture always gives
 * the same blocs. Blocs are ranked by size, so colours are stable across small changes.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { OTHER_BLOC_COLOR, blocColor } from './appearance';
import type { GraphSpec } from './graph';

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

/** Node key -> bloc rank (0 = largest bloc), for the graph a spec draws. Nodes without ties get no bloc. */
export function detectBlocs(spec: GraphSpec): Map<string, number> {
  const simple = new Graph({ type: 'undirected' });
  for (const key of spec.nodes.keys()) simple.addNode(key);
  for (const { source, target, attributes } of spec.edges.values()) {
    if (source === target) continue;
    // Alliances bind blocs more than a single flow of arms does.
    const weight = attributes.edgeKind === 'transfer' ? 0.5 : 1;
    if (simple.hasEdge(source, target))
      simple.updateEdgeAttribute(source, target, 'weight', (w: number) => w + weight);
    else simple.addEdge(source, target, { weight });
  }
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

/** The spec with states coloured by bloc (grey: no bloc); hubs keep their colour. */
export function colourByBloc(spec: GraphSpec): GraphSpec {
  const blocs = detectBlocs(spec);
  const nodes: GraphSpec['nodes'] = new Map();
  for (const [key, attrs] of spec.nodes) {
    if (attrs.nodeKind !== 'state') nodes.set(key, attrs);
    else {
      const rank = blocs.get(key);
      nodes.set(key, { ...attrs, color: rank === undefined ? OTHER_BLOC_COLOR : blocColor(rank) });
    }
  }
  return { ...spec, nodes };
}
