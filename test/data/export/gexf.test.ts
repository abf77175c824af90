import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { graphToGexf } from '../../../src/data/export/gexf';
import { aggregate } from '../../../src/model/aggregate';
import { indexDataset } from '../../../src/model/dataset';
import { defaultFilters } from '../../../src/model/filters';
import { buildGraph, buildGraphSpec } from '../../../src/model/graph';
import { fixtureDataset } from '../../model/fixture';

const dataset = fixtureDataset();
dataset.countries[0]!.name = 'Ampersand & <Angle> "Quote"';
const data = indexDataset(dataset);
const filters = { ...defaultFilters(data.yearSpan), from: 1955, to: 1975 };

function drawn(multilateral: 'hub' | 'clique') {
  const spec = buildGraphSpec(data, aggregate(data, filters, multilateral), {
    multilateral,
    weight: 'deals',
    size: 'volume',
    showIsolated: false,
  });
  let i = 0;
  return buildGraph(spec, () => ({ x: i++, y: -i }));
}

describe('graphToGexf', () => {
  for (const mode of ['hub', 'clique'] as const) {
    it(`parses back into a graph with the same nodes and edges (${mode})`, () => {
      const graph = drawn(mode);
      const text = graphToGexf(graph, data, { description: 'a test', date: '2026-11-27' });
      expect(text).toContain('<gexf');
      const back = parse(Graph, text);
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(back.nodes().sort()).toEqual(graph.nodes().sort());
      expect(back.edges().sort()).toEqual(graph.edges().sort());
      graph.forEachEdge((key, _a, source, target, _sa, _ta, undirected) => {
        expect(back.source(key)).toBe(source);
        expect(back.target(key)).toBe(target);
        expect(back.isUndirected(key)).toBe(undirected);
      });
    });
  }
  it('keeps labels, positions, colours and the figures behind edges', () => {
    const graph = drawn('hub');
    const back = parse(Graph, graphToGexf(graph, data));
    expect(back.getNodeAttribute('AAA', 'label')).toBe('Ampersand & <Angle> "Quote"');
    expect(back.getNodeAttribute('AAA', 'x')).toBe(graph.getNodeAttribute('AAA', 'x'));
    expect(back.getNodeAttribute('AAA', 'region')).toBe('Americas');
    expect(back.getNodeAttribute('agreement:pact', 'kind')).toBe('agreement');
    const t = back.getEdgeAttributes('t:AAA>BBB');
    expect(t.kind).toBe('transfer');
    expect(t.deals).toBe(2);
    expect(t.units).toBe(110);
    expect(t.weight).toBe(2);
    expect(back.getEdgeAttribute('a:AAA|DDD|mutual-defence', 'agreements')).toBe('AAA-DDD treaty');
    expect(back.getEdgeAttribute('a:AAA|DDD|mutual-defence', 'agreementType')).toBe(
      'Mutual defence',
    );
  });
});
