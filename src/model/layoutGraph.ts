/**
 * The graph the force layout runs on: every tie of every year at once, so that positions are
 * computed once per dataset and stay put while filters change and years play. Multilateral
 * agreements enter as hubs (a clique of 30 members would swamp the forces); export-control regimes
 * and defence-industrial programmes are left out: they say who may sell or who builds together,
 * not who stands together.
 */
import Graph from 'graphology';
import type { ModelData } from './dataset';
import { hubKey } from './graph';
import { geoPosition } from './projection';
import { isAllianceType } from './types';

export interface LayoutNode {
  x: number;
  y: number;
  size: number;
}

export function buildLayoutGraph(data: ModelData): Graph<LayoutNode, { weight: number }> {
  const graph = new Graph<LayoutNode, { weight: number }>({ type: 'undirected', multi: false });
  const ensure = (i: number) => {
    const c = data.countries[i]!;
    if (!graph.hasNode(c.id)) graph.addNode(c.id, { ...geoPosition(c.lat, c.lon), size: 4 });
    return c.id;
  };
  const addWeight = (a: string, b: string, w: number) => {
    if (a === b) return;
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, 'weight', (v = 0) => v + w);
    else graph.addEdge(a, b, { weight: w });
  };

  const d = data.deliveries;
  const dealsPerPair = new Map<string, Set<number>>();
  for (let i = 0; i < d.length; i++) {
    const a = ensure(d.supplier[i]!);
    const b = ensure(d.recipient[i]!);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let deals = dealsPerPair.get(key);
    if (!deals) dealsPerPair.set(key, (deals = new Set()));
    deals.add(d.deal[i]!);
  }
  for (const [key, deals] of dealsPerPair) {
    const [a, b] = key.split('|') as [string, string];
    addWeight(a, b, Math.log2(1 + deals.size));
  }

  for (const agreement of data.agreements) {
    if (!isAllianceType(agreement.type)) continue;
    const members = [...new Set(agreement.members.map((m) => m.country))];
    if (agreement.bilateral) {
      addWeight(ensure(members[0]!), ensure(members[1]!), 2);
      continue;
    }
    const hub = hubKey(agreement.record.id);
    const points = members.map((m) => geoPosition(data.countries[m]!.lat, data.countries[m]!.lon));
    const centre = points.reduce(
      (acc, p) => ({ x: acc.x + p.x / points.length, y: acc.y + p.y / points.length }),
      { x: 0, y: 0 },
    );
    graph.addNode(hub, { ...centre, size: 3 });
    for (const m of members) addWeight(hub, ensure(m), 1);
  }
  return graph;
}
