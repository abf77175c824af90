import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { EDGE_WIDTH, NODE_SIZE, edgeWidth, nodeSize } from '../../src/model/appearance';
import { indexDataset } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import { buildGraph, buildGraphSpec, type DisplayOptions } from '../../src/model/graph';
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
  it('curves the two directions of a pair, and draws a lone flow as a straight arrow', () => {
    const s = spec(filters({}));
    const ab = s.edges.get('t:AAA>BBB')!.attributes;
    const ba = s.edges.get('t:BBB>AAA')!.attributes;
    expect([ab.type, ba.type]).toEqual(['curvedArrow', 'curvedArrow']);
    // Each curves to its own right: the same curvature, opposite directions.
    expect(ab.curvature).toBe(ba.curvature);
    expect(ab.curvature).toBeGreaterThan(0);
    expect(s.edges.get('t:OLD>DDD')!.attributes).toMatchObject({ type: 'arrow' });
    expect(s.edges.get('t:OLD>DDD')!.attributes.curvature).toBeUndefined();
  });
  it('draws only the strongest flows under a limit, and says what it left out', () => {
    const all = spec(filters({}));
    expect(all.flows).toMatchObject({ total: 3, drawn: 3 });
    const one = spec(filters({}), { flows: 1 });
    const drawnFlows = [...one.edges.keys()].filter((k) => k.startsWith('t:'));
    // AAA>BBB has the most deals (2 of 4).
    expect(drawnFlows).toEqual(['t:AAA>BBB']);
    expect(one.flows).toEqual({ total: 3, drawn: 1, totalWeight: 4, drawnWeight: 2 });
    // Its reverse is not drawn: a straight arrow.
    expect(one.edges.get('t:AAA>BBB')!.attributes.type).toBe('arrow');
    // A state whose flows are all left out is not drawn, unless another tie holds it...
    expect(one.nodes.has('OLD')).toBe(false);
    // ...and sizes still count every flow of the period.
    expect(one.nodes.get('BBB')!.exports).toBe(all.nodes.get('BBB')!.exports);
    expect(spec(filters({}), { flows: 'all' }).flows.drawn).toBe(3);
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

describe('buildGraph', () => {
  it('draws the spec with every node where the caller places it', () => {
    const s = spec(filters({ from: 1960, to: 1961 }));
    const graph = buildGraph(s, (key) => (key === 'AAA' ? { x: 42, y: 1 } : { x: 7, y: 7 }));
    expect(graph.order).toBe(s.nodes.size);
    expect(graph.size).toBe(s.edges.size);
    expect(graph.getNodeAttributes('AAA')).toMatchObject({ x: 42, y: 1, label: 'Country AAA' });
    expect(graph.getNodeAttributes('OLD')).toMatchObject({ x: 7, y: 7 });
    expect(graph.isDirected('t:AAA>BBB')).toBe(true);
    expect(graph.isUndirected('a:AAA|BBB|collective-defence')).toBe(true);
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
