/**
 * From aggregated edges to a graphology graph. `buildGraphSpec` says what should be drawn;
 * `patchGraph` makes an existing graph match it, touching only what changed, so sigma keeps
 * its buffers and nodes that stay keep their positions.
 */
import Graph from 'graphology';
import type { Aggregate, MultilateralDisplay } from './aggregate';
import {
  AGREEMENT_TYPE_COLORS,
  HUB_COLOR,
  REGION_COLORS,
  TRANSFER_COLOR,
  edgeWidth,
  nodeSize,
} from './appearance';
import type { ModelData } from './dataset';
import type { WeightMeasure } from './filters';
import { hubKey, memberEdgeKey, tieEdgeKey, transferEdgeKey } from './keys';
import { AGREEMENT_TYPES } from './types';

export type SizeMeasure = 'degree' | 'volume' | 'imports' | 'exports';
export const SIZE_MEASURES: readonly SizeMeasure[] = ['volume', 'degree', 'imports', 'exports'];
export type ColorScheme = 'region' | 'bloc';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['region', 'bloc'];

export interface DisplayOptions {
  multilateral: MultilateralDisplay;
  weight: WeightMeasure;
  size: SizeMeasure;
  /** Show states that exist in the period but have no tie in it. */
  showIsolated: boolean;
}

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** `state` for countries (any actor kind), `agreement` for hub nodes. */
  nodeKind: 'state' | 'agreement';
  /** Country or agreement index in ModelData. */
  index: number;
  region: string;
  imports: number;
  exports: number;
  degree: number;
  zIndex?: number;
}

export interface EdgeAttributes {
  edgeKind: 'transfer' | 'alliance' | 'member';
  size: number;
  color: string;
  /** sigma edge program: curved arrows for arms flows, straight lines for ties. */
  type: 'curvedArrow' | 'line';
  weight: number;
  tiv: number;
  units: number;
  deals: number;
  /** Agreement type index (alliances) or agreement index (hub member edges); -1 for transfers. */
  typeIndex: number;
  agreements: number[];
  /** Curvature, set so that A->B and B->A bend to opposite sides. */
  curvature?: number;
}

export interface GraphSpec {
  nodes: Map<string, Omit<NodeAttributes, 'x' | 'y'>>;
  edges: Map<
    string,
    { source: string; target: string; directed: boolean; attributes: EdgeAttributes }
  >;
}

export type EntenteGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createGraph(): EntenteGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
}

export { hubKey, memberEdgeKey, tieEdgeKey, transferEdgeKey } from './keys';

export function transferWeight(
  edge: { tiv: number; units: number; deals: number },
  measure: WeightMeasure,
): number {
  return measure === 'value' ? edge.tiv : measure === 'units' ? edge.units : edge.deals;
}

export function buildGraphSpec(
  data: ModelData,
  agg: Aggregate,
  options: DisplayOptions,
): GraphSpec {
  const countries = data.countries;
  const imports = new Float64Array(countries.length);
  const exports = new Float64Array(countries.length);
  const neighbours = countries.map(() => new Set<number>());
  /** States drawn because they belong to a hub or hull, whatever their other ties. */
  const groupMembers = new Set<number>();
  const edges: GraphSpec['edges'] = new Map();

  let maxWeight = 0;
  for (const t of agg.transfers) maxWeight = Math.max(maxWeight, transferWeight(t, options.weight));
  const pairs = new Set(agg.transfers.map((t) => t.supplier * countries.length + t.recipient));

  for (const t of agg.transfers) {
    const weight = transferWeight(t, options.weight);
    exports[t.supplier]! += weight;
    imports[t.recipient]! += weight;
    neighbours[t.supplier]!.add(t.recipient);
    neighbours[t.recipient]!.add(t.supplier);
    const source = countries[t.supplier]!.id;
    const target = countries[t.recipient]!.id;
    const reverse = pairs.has(t.recipient * countries.length + t.supplier);
    edges.set(transferEdgeKey(source, target), {
      source,
      target,
      directed: true,
      attributes: {
        edgeKind: 'transfer',
        size: edgeWidth(weight, maxWeight),
        color: TRANSFER_COLOR,
        type: 'curvedArrow',
        weight,
        tiv: t.tiv,
        units: t.units,
        deals: t.deals,
        typeIndex: -1,
        agreements: [],
        // Both directions curve to their own right, so A->B and B->A never overlap.
        curvature: reverse ? 0.35 : 0.2,
      },
    });
  }

  for (const tie of agg.ties) {
    neighbours[tie.a]!.add(tie.b);
    neighbours[tie.b]!.add(tie.a);
    const type = AGREEMENT_TYPES[tie.typeIndex]!;
    const a = countries[tie.a]!.id;
    const b = countries[tie.b]!.id;
    edges.set(tieEdgeKey(a, b, type), {
      source: a,
      target: b,
      directed: false,
      attributes: {
        edgeKind: 'alliance',
        size: 1.2 + Math.min(tie.agreements.length - 1, 3) * 0.6,
        color: AGREEMENT_TYPE_COLORS[type],
        type: 'line',
        weight: tie.agreements.length,
        tiv: 0,
        units: 0,
        deals: 0,
        typeIndex: tie.typeIndex,
        agreements: tie.agreements,
      },
    });
  }

  const nodes: GraphSpec['nodes'] = new Map();
  const hubs = options.multilateral === 'hub' ? agg.groups : [];
  for (const group of hubs) {
    const agreement = data.agreements[group.agreement]!;
    const key = hubKey(agreement.record.id);
    for (const member of group.members) {
      const country = countries[member]!.id;
      groupMembers.add(member);
      edges.set(memberEdgeKey(agreement.record.id, country), {
        source: key,
        target: country,
        directed: false,
        attributes: {
          edgeKind: 'member',
          size: 0.8,
          color: AGREEMENT_TYPE_COLORS[agreement.type],
          type: 'line',
          weight: 1,
          tiv: 0,
          units: 0,
          deals: 0,
          typeIndex: agreement.typeIndex,
          agreements: [group.agreement],
        },
      });
    }
    nodes.set(key, {
      label: agreement.record.shortName ?? agreement.record.name,
      size: 3 + Math.sqrt(group.members.length),
      color: HUB_COLOR,
      nodeKind: 'agreement',
      index: group.agreement,
      region: 'Other',
      imports: 0,
      exports: 0,
      degree: group.members.length,
      zIndex: 1,
    });
  }
  // Hull members still need to be drawn even when they have no other tie.
  if (options.multilateral === 'hull')
    for (const g of agg.groups) for (const m of g.members) groupMembers.add(m);

  const measure = (i: number) =>
    options.size === 'imports'
      ? imports[i]!
      : options.size === 'exports'
        ? exports[i]!
        : options.size === 'degree'
          ? neighbours[i]!.size
          : imports[i]! + exports[i]!;
  let maxMeasure = 0;
  countries.forEach((_, i) => {
    maxMeasure = Math.max(maxMeasure, measure(i));
  });

  // Focused states are drawn even without a tie in the period: the picture then says so.
  const focused = new Set(agg.focused);
  countries.forEach((country, i) => {
    const connected = neighbours[i]!.size > 0 || groupMembers.has(i);
    if (!connected) {
      if (!(options.showIsolated || focused.has(i)) || agg.regionMask[i] === 0) return;
      if ((country.kind ?? 'state') !== 'state') return;
      if (country.from > agg.to || (country.to !== null && country.to < agg.from)) return;
    }
    nodes.set(country.id, {
      label: country.name,
      size: nodeSize(measure(i), maxMeasure),
      color: REGION_COLORS[country.region],
      nodeKind: 'state',
      index: i,
      region: country.region,
      imports: imports[i]!,
      exports: exports[i]!,
      degree: neighbours[i]!.size,
    });
  });

  return { nodes, edges };
}

export interface PatchStats {
  addedNodes: number;
  removedNodes: number;
  addedEdges: number;
  removedEdges: number;
}

/**
 * Make `graph` match `spec`. Existing nodes keep x/y; new nodes get `position(key)`.
 * Attributes are replaced wholesale (cheap, and sigma re-reads them anyway).
 */
export function patchGraph(
  graph: EntenteGraph,
  spec: GraphSpec,
  position: (key: string) => { x: number; y: number },
): PatchStats {
  const stats: PatchStats = { addedNodes: 0, removedNodes: 0, addedEdges: 0, removedEdges: 0 };
  const staleEdges: string[] = [];
  graph.forEachEdge((key) => {
    if (!spec.edges.has(key)) staleEdges.push(key);
  });
  for (const key of staleEdges) graph.dropEdge(key);
  stats.removedEdges = staleEdges.length;

  const staleNodes: string[] = [];
  graph.forEachNode((key) => {
    if (!spec.nodes.has(key)) staleNodes.push(key);
  });
  for (const key of staleNodes) graph.dropNode(key);
  stats.removedNodes = staleNodes.length;

  for (const [key, attributes] of spec.nodes) {
    if (graph.hasNode(key)) {
      const { x, y } = graph.getNodeAttributes(key);
      graph.replaceNodeAttributes(key, { ...attributes, x, y });
    } else {
      graph.addNode(key, { ...attributes, ...position(key) });
      stats.addedNodes++;
    }
  }

  for (const [key, edge] of spec.edges) {
    if (graph.hasEdge(key)) {
      graph.replaceEdgeAttributes(key, edge.attributes);
    } else if (edge.directed) {
      graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
      stats.addedEdges++;
    } else {
      graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
      stats.addedEdges++;
    }
  }
  return stats;
}
