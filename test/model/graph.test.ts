import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { EDGE_WIDTH, NODE_SIZE, edgeWidth, nodeSize } from '../../src/model/appearance';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  buildGraphSpec,
  createGraph,
  patchGraph,
  type DisplayOptions,
} from '../../src/model/graph';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());
const options: DisplayOptions = {
  multilateral: 'clique',
  weight: 'deals',
  size: 'volume',
  showIsolated: false,
};
const filters = (patch: Partial<FilterState>): FilterState => ({
  ...defaultFilters(data.yearSpan),
  ...patch,
});
const spec = (f: FilterState, o: Partial<DisplayOptions> = {}) => {
  const opts = { ...options, ...o };
  return buildGraphSpec(data, aggregate(data, f, opts.multilateral), opts);
};
const origin = () => ({ x: 0, y: 0 });

describe('buildGraphSpec', () => {
  it('draws one directed edge per flow and one undirected tie per pair and type', () => {
    const s = spec(filters({ from: 1960, to: 1961 }));
    expect([...s.edges.keys()].sort()).toEqual([
      'a:AAA|BBB|collective-defence',
      'a:AAA|DDD|mutual-defence',
      't:AAA>BBB',
      't:OLD>DDD',
    ]);
    expect(s.edges.get('t:AAA>BBB')).toMatchObject({
      directed: true,
      attributes: { deals: 2, units: 110, tiv: 100, weight: 2 },
    });
  });
  it('weights flows by the chosen measure', () => {
    const f = filters({ from: 1960, to: 1961 });
    expect(spec(f, { weight: 'value' }).edges.get('t:AAA>BBB')!.attributes.weight).toBe(100);
    expect(spec(f, { weight: 'units' }).edges.get('t:AAA>BBB')!.attributes.weight).toBe(110);
  });
  it('bends the two directions of a pair differently', () => {
    const s = spec(filters({}));
    expect(s.edges.get('t:AAA>BBB')!.attributes.curvature).toBe(
      s.edges.get('t:BBB>AAA')!.attributes.curvature,
    );
    expect(s.edges.get('t:OLD>DDD')!.attributes.curvature).not.toBe(
      s.edges.get('t:AAA>BBB')!.attributes.curvature,
    );
  });
  it('makes hub nodes linked to members in hub mode', () => {
    const s = spec(filters({ from: 1950, to: 1965 }), { multilateral: 'hub' });
    expect(s.nodes.get('agreement:pact')).toMatchObject({ nodeKind: 'agreement', degree: 2 });
    expect([...s.edges.keys()].filter((k) => k.startsWith('m:')).sort()).toEqual([
      'm:pact|AAA',
      'm:pact|BBB',
    ]);
  });
  it('in hull mode draws no multilateral edges but keeps the members as nodes', () => {
    const s = spec(filters({ from: 1950, to: 1954 }), { multilateral: 'hull' });
    expect([...s.edges.keys()]).toEqual([]);
    expect([...s.nodes.keys()].sort()).toEqual(['AAA', 'BBB']);
  });
  it('hides states without ties unless asked, and only shows states that exist then', () => {
    const f = filters({ from: 1995, to: 2000 });
    expect([...spec(f).nodes.keys()].sort()).toEqual(['AAA', 'CCC']);
    expect([...spec(f, { showIsolated: true }).nodes.keys()].sort()).toEqual([
      'AAA',
      'BBB',
      'CCC',
      'DDD',
    ]);
  });
  it('sizes nodes by the chosen measure', () => {
    const s = spec(filters({ from: 1960, to: 1961 }), { size: 'exports' });
    expect(s.nodes.get('AAA')!.size).toBe(NODE_SIZE.max);
    expect(s.nodes.get('BBB')!.size).toBe(NODE_SIZE.min);
  });
});

describe('patchGraph', () => {
  it('adds, updates and removes only what changed, keeping positions of nodes that stay', () => {
    const graph = createGraph();
    patchGraph(graph, spec(filters({ from: 1970, to: 1980 })), origin);
    expect(graph.order).toBe(4);
    graph.setNodeAttribute('AAA', 'x', 42);
    const stats = patchGraph(graph, spec(filters({ from: 1960, to: 1961 })), () => ({
      x: 7,
      y: 7,
    }));
    expect(graph.getNodeAttribute('AAA', 'x')).toBe(42);
    expect(graph.hasEdge('t:BBB>AAA')).toBe(false);
    expect(graph.hasEdge('t:OLD>DDD')).toBe(true);
    expect(graph.getNodeAttribute('OLD', 'x')).toBe(7);
    expect(graph.hasNode('CCC')).toBe(false);
    expect(stats).toEqual({ addedNodes: 1, removedNodes: 1, removedEdges: 2, addedEdges: 3 });
    const again = patchGraph(graph, spec(filters({ from: 1960, to: 1961 })), origin);
    expect(again).toEqual({ addedNodes: 0, removedNodes: 0, addedEdges: 0, removedEdges: 0 });
  });
});

describe('appearance scales', () => {
  it('grows with the square root and stays within bounds', () => {
    expect(nodeSize(0, 100)).toBe(NODE_SIZE.min);
    expect(nodeSize(100, 100)).toBe(NODE_SIZE.max);
    expect(nodeSize(25, 100)).toBeCloseTo(NODE_SIZE.min + 0.5 * (NODE_SIZE.max - NODE_SIZE.min));
    expect(edgeWidth(1, 100)).toBeCloseTo(EDGE_WIDTH.min + 0.1 * (EDGE_WIDTH.max - EDGE_WIDTH.min));
    expect(edgeWidth(500, 100)).toBe(EDGE_WIDTH.max);
    expect(edgeWidth(5, 0)).toBe(EDGE_WIDTH.min);
  });
});
