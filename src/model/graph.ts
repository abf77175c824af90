/**
 * From aggregated edges to a graphology graph. `buildGraphSpec` says what should be drawn;
 * `buildGraph` makes a new graph of it, each node placed where the caller says (nodes that stay
 * keep their places). A new graph rather than a patched one: the renderer then indexes it once,
 * where dropping edges one by one would make it re-index everything on every drop.
 */
import Graph from 'graphology';
import type { Aggregate, MultilateralDisplay } from './aggregate';
import {
  AGREEMENT_TYPE_COLORS,
  REGION_COLORS,
  TRANSFER_COLOR,
  edgeWidth,
  nodeSize,
} from './appearance';
import type { TieChange } from './compareDiff';
import type { ModelData } from './dataset';
import type { WeightMeasure } from './filters';
import { strongestFlows, type FlowLimit } from './flowLimit';
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
  /** Which arms flows to draw (see flowLimit.ts); `auto` when left out. */
  flows?: FlowLimit;
}

/**
 * The display options the graph spec reads, by name: the selectors rebuild the spec when one of
 * them changes, and only then (a new option is added here and above, nowhere else).
 */
export const GRAPH_DISPLAY_KEYS = [
  'multilateral',
  'weight',
  'size',
  'showIsolated',
  'flows',
] as const satisfies readonly (keyof DisplayOptions)[];

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
  /** Comparison: the state's largest supplier changed between the two periods (drawn ringed). */
  realigned?: boolean;
}

export interface EdgeAttributes {
  edgeKind: 'transfer' | 'alliance' | 'member';
  size: number;
  color: string;
  /**
   * sigma edge program: straight arrows for arms flows, curved ones when both directions of a pair
   * are drawn (so they do not overlap), straight lines for ties.
   */
  type: 'arrow' | 'curvedArrow' | 'line';
  weight: number;
  tiv: number;
  units: number;
  deals: number;
  /** Agreement type index (alliances) or agreement index (hub member edges); -1 for transfers. */
  typeIndex: number;
  agreements: number[];
  /** Curvature, set so that A->B and B->A bend to opposite sides. */
  curvature?: number;
  /** Comparison: how the tie changed between the two periods (compareDiff.ts). */
  change?: TieChange;
  /** Comparison: the weight in the earlier and the later period (arms flows). */
  weightBefore?: number;
  weightAfter?: number;
}

export interface GraphSpec {
  nodes: Map<string, Omit<NodeAttributes, 'x' | 'y'>>;
  edges: Map<
    string,
    { source: string; target: string; directed: boolean; attributes: EdgeAttributes }
  >;
  /** Arms flows in the period and filters, and how many of them (and how much weight) are drawn. */
  flows: { total: number; drawn: number; totalWeight: number; drawnWeight: number };
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

/** How much the two arrows of a pair that trades both ways bend apart. */
const RECIPROCAL_CURVATURE = 0.15;

export function buildGraphSpec(
  data: ModelData,
  agg: Aggregate,
  options: DisplayOptions,
): GraphSpec {
  const countries = data.countries;
  const n = countries.length;
  const imports = new Float64Array(n);
  const exports = new Float64Array(n);
  /** Partners per state (any tie, drawn or not), counted once per pair. */
  const degree = new Uint32Array(n);
  const paired = new Uint8Array(n * n);
  const partners = (a: number, b: number) => {
    const k = a < b ? a * n + b : b * n + a;
    if (paired[k] === 1) return;
    paired[k] = 1;
    degree[a]!++;
    degree[b]!++;
  };
  /** States drawn because they belong to a hub or hull, whatever their other ties. */
  const groupMembers = new Set<number>();
  const edges: GraphSpec['edges'] = new Map();

  // Sizes count every flow of the period, drawn or not.
  const transfers = agg.transfers;
  const weights = new Float64Array(transfers.length);
  const pairKeys = new Float64Array(transfers.length);
  let maxWeight = 0;
  transfers.forEach((t, i) => {
    const weight = transferWeight(t, options.weight);
    weights[i] = weight;
    pairKeys[i] = t.supplier * n + t.recipient;
    maxWeight = Math.max(maxWeight, weight);
    exports[t.supplier]! += weight;
    imports[t.recipient]! += weight;
    partners(t.supplier, t.recipient);
  });
  const flows = strongestFlows(weights, pairKeys, options.flows ?? 'auto');
  const drawnPairs = new Set<number>();
  for (const i of flows.drawn) drawnPairs.add(pairKeys[i]!);
  /** States with a drawn tie: only they are drawn (flows left out still count in their size). */
  const drawnNeighbour = new Uint8Array(n);

  for (const i of flows.drawn) {
    const t = transfers[i]!;
    const weight = weights[i]!;
    drawnNeighbour[t.supplier] = 1;
    drawnNeighbour[t.recipient] = 1;
    const source = countries[t.supplier]!.id;
    const target = countries[t.recipient]!.id;
    // Both directions drawn: each bends a little to its own right, so A->B and B->A never
    // overlap. Otherwise a straight arrow: several times cheaper to draw (a curve's cost grows
    // with its bend, so the bend stays small).
    const reverse = drawnPairs.has(t.recipient * n + t.supplier);
    edges.set(transferEdgeKey(source, target), {
      source,
      target,
      directed: true,
      attributes: {
        edgeKind: 'transfer',
        size: edgeWidth(weight, maxWeight),
        color: TRANSFER_COLOR,
        type: reverse ? 'curvedArrow' : 'arrow',
        weight,
        tiv: t.tiv,
        units: t.units,
        deals: t.deals,
        typeIndex: -1,
        agreements: [],
        ...(reverse ? { curvature: RECIPROCAL_CURVATURE } : {}),
      },
    });
  }

  for (const tie of agg.ties) {
    partners(tie.a, tie.b);
    drawnNeighbour[tie.a] = 1;
    drawnNeighbour[tie.b] = 1;
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
      // In its type's colour, like its member ties; its name tells it from others of the type.
      color: AGREEMENT_TYPE_COLORS[agreement.type],
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
          ? degree[i]!
          : imports[i]! + exports[i]!;
  let maxMeasure = 0;
  for (let i = 0; i < n; i++) maxMeasure = Math.max(maxMeasure, measure(i));

  // Focused states are drawn even without a tie in the period: the picture then says so.
  const focused = new Set(agg.focused);
  countries.forEach((country, i) => {
    const connected = drawnNeighbour[i] === 1 || groupMembers.has(i);
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
      degree: degree[i]!,
    });
  });

  return {
    nodes,
    edges,
    flows: {
      total: flows.total,
      drawn: flows.drawn.length,
      totalWeight: flows.totalWeight,
      drawnWeight: flows.drawnWeight,
    },
  };
}

/**
 * A new graph that draws `spec`, each node at `position(key)`. Build it before handing it to the
 * renderer, so that the renderer indexes it once.
 */
export function buildGraph(
  spec: GraphSpec,
  position: (key: string) => { x: number; y: number },
): EntenteGraph {
  const graph = createGraph();
  for (const [key, attributes] of spec.nodes) {
    const { x, y } = position(key);
    graph.addNode(key, { ...attributes, x, y });
  }
  for (const [key, edge] of spec.edges) {
    if (edge.directed) graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    else graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}
