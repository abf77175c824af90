/**
 * The graph the force layout runs on: every tie of every year at once, so that positions are
 * computed once per dataset and stay put while filters change and years play. Multilateral
 * agreements enter as hubs (a clique of 30 members would swamp the forces); export-control regimes
 * and defence-industrial programmes are left out: they say who may sell or who builds together,
 * not who stands together.
 *
 * Built as typed arrays (no graph object): cheap on the main thread even for tens of thousands of
 * flows, and handed to the layout worker without copying.
 */
import type { ModelData } from './dataset';
import { hubKey } from './keys';
import { geoPosition } from './projection';
import { isAllianceType } from './types';

export interface LayoutInput {
  /** Node keys (country ids and agreement hub keys), in a fixed order. */
  keys: string[];
  /** Start positions: geographic, so the layout starts from a familiar picture. */
  x: Float32Array;
  y: Float32Array;
  size: Float32Array;
  /** Undirected weighted edges, as node indices. */
  source: Uint32Array;
  target: Uint32Array;
  weight: Float32Array;
}

/** Weight of a bilateral agreement between two states, and of a member's tie to its hub. */
const BILATERAL_WEIGHT = 2;
const HUB_WEIGHT = 1;

export function buildLayoutInput(data: ModelData): LayoutInput {
  const n = data.countries.length;
  // Country pairs (a < b) in a dense matrix: flows weigh log2(1 + distinct deals), agreements 2.
  const pairDeals = new Uint32Array(n * n);
  const pairWeight = new Float32Array(n * n);
  const used = new Uint8Array(n);
  const d = data.deliveries;
  const dealSeen = new Uint8Array(data.transfers.length);
  for (let i = 0; i < d.length; i++) {
    const deal = d.deal[i]!;
    if (dealSeen[deal] === 1) continue;
    dealSeen[deal] = 1;
    const s = d.supplier[i]!;
    const r = d.recipient[i]!;
    if (s === r) continue;
    used[s] = used[r] = 1;
    pairDeals[s < r ? s * n + r : r * n + s]!++;
  }
  for (let k = 0; k < pairDeals.length; k++)
    if (pairDeals[k]! > 0) pairWeight[k] = Math.log2(1 + pairDeals[k]!);

  const hubs: { key: string; members: number[] }[] = [];
  for (const agreement of data.agreements) {
    if (!isAllianceType(agreement.type)) continue;
    const members = [...new Set(agreement.members.map((m) => m.country))];
    for (const m of members) used[m] = 1;
    if (agreement.bilateral) {
      // Two parties at a time, but maybe more over its life (a successor state taking a party's
      // place): the pairs that were parties together.
      const spells = agreement.members;
      for (let i = 0; i < spells.length; i++) {
        for (let j = i + 1; j < spells.length; j++) {
          const p = spells[i]!;
          const q = spells[j]!;
          if (p.country === q.country || Math.max(p.from, q.from) > Math.min(p.to, q.to)) continue;
          const [a, b] = p.country < q.country ? [p.country, q.country] : [q.country, p.country];
          pairWeight[a * n + b]! += BILATERAL_WEIGHT;
        }
      }
    } else {
      hubs.push({ key: hubKey(agreement.record.id), members });
    }
  }

  // Nodes: the countries with a tie, in dataset order, then the hubs in agreement order.
  const nodeOf = new Int32Array(n).fill(-1);
  const keys: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const sizes: number[] = [];
  for (let c = 0; c < n; c++) {
    if (used[c] === 0) continue;
    const country = data.countries[c]!;
    const p = geoPosition(country.lat, country.lon);
    nodeOf[c] = keys.length;
    keys.push(country.id);
    xs.push(p.x);
    ys.push(p.y);
    sizes.push(4);
  }
  for (const hub of hubs) {
    let x = 0;
    let y = 0;
    for (const m of hub.members) {
      x += xs[nodeOf[m]!]! / hub.members.length;
      y += ys[nodeOf[m]!]! / hub.members.length;
    }
    keys.push(hub.key);
    xs.push(x);
    ys.push(y);
    sizes.push(3);
  }
  // States on the same spot (successors, territories) would never part: nudge every start a
  // little, the same way every time, along a golden-angle spiral.
  for (let i = 0; i < keys.length; i++) {
    const angle = i * 2.399963;
    xs[i]! += 0.05 * Math.cos(angle);
    ys[i]! += 0.05 * Math.sin(angle);
  }

  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const w = pairWeight[a * n + b]!;
      if (w === 0) continue;
      source.push(nodeOf[a]!);
      target.push(nodeOf[b]!);
      weight.push(w);
    }
  }
  const firstHub = keys.length - hubs.length;
  hubs.forEach((hub, h) => {
    for (const m of hub.members) {
      source.push(firstHub + h);
      target.push(nodeOf[m]!);
      weight.push(HUB_WEIGHT);
    }
  });

  return {
    keys,
    x: Float32Array.from(xs),
    y: Float32Array.from(ys),
    size: Float32Array.from(sizes),
    source: Uint32Array.from(source),
    target: Uint32Array.from(target),
    weight: Float32Array.from(weight),
  };
}
