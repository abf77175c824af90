/**
 * ForceAtlas2 on flat typed arrays, then Noverlap, as a run that can be stepped: the layout worker
 * steps it and streams positions to the view; Node benchmarks run it whole. Deterministic: the
 * same input gives the same positions, whatever the machine and however the run is sliced (the
 * algorithm's state lives in the matrices between steps, and the iteration count is fixed).
 */
import iterateForceAtlas2 from 'graphology-layout-forceatlas2/iterate.js';
import iterateNoverlap from 'graphology-layout-noverlap/iterate.js';
import type { LayoutInput } from './layoutGraph';

export const FORCE_ITERATIONS = 400;
const NOVERLAP_ITERATIONS = 60;

/**
 * Bump when the algorithm, its settings or the layout input change: cached positions (kept by
 * the layout worker, keyed by layoutKey) then stop matching.
 */
export const LAYOUT_VERSION = 2;

// Matrix layouts of graphology-layout-forceatlas2 (per node: x, y, dx, dy, old dx, old dy, mass,
// convergence, size, fixed; per edge: source offset, target offset, weight) and of Noverlap
// (per node: x, y, size).
const PPN = 10;
const PPE = 3;
const NOVERLAP_PPN = 3;

export function forceSettings(order: number) {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    // Strong gravity keeps small components (a lone pair of states) from drifting off-screen.
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 400,
    barnesHutTheta: 0.5,
  };
}

export interface Coordinates {
  x: Float32Array;
  y: Float32Array;
}

export class ForceLayoutRun {
  readonly total: number;
  private done = 0;
  private finished = false;
  private readonly nodes: Float32Array;
  private readonly edges: Float32Array;
  private readonly settings: ReturnType<typeof forceSettings>;

  constructor(
    private readonly input: LayoutInput,
    iterations = FORCE_ITERATIONS,
  ) {
    const order = input.keys.length;
    this.total = iterations;
    this.settings = forceSettings(order);
    this.nodes = new Float32Array(order * PPN);
    for (let i = 0; i < order; i++) {
      const j = i * PPN;
      this.nodes[j] = input.x[i]!;
      this.nodes[j + 1] = input.y[i]!;
      this.nodes[j + 6] = 1; // mass: 1 + weighted degree (below)
      this.nodes[j + 7] = 1; // convergence
      this.nodes[j + 8] = input.size[i]!;
    }
    const size = input.source.length;
    this.edges = new Float32Array(size * PPE);
    for (let e = 0; e < size; e++) {
      const s = input.source[e]! * PPN;
      const t = input.target[e]! * PPN;
      const w = input.weight[e]!;
      this.nodes[s + 6]! += w;
      this.nodes[t + 6]! += w;
      this.edges[e * PPE] = s;
      this.edges[e * PPE + 1] = t;
      this.edges[e * PPE + 2] = w;
    }
  }

  get iterations(): number {
    return this.done;
  }

  get complete(): boolean {
    return this.finished;
  }

  /** Run up to `count` more iterations; after the last one, Noverlap parts overlapping nodes. */
  step(count: number): void {
    if (this.finished) return;
    const until = Math.min(this.total, this.done + Math.max(1, Math.floor(count)));
    if (this.input.keys.length > 0)
      for (; this.done < until; this.done++)
        iterateForceAtlas2(this.settings, this.nodes, this.edges);
    this.done = until;
    if (this.done >= this.total) this.finish();
  }

  private finish() {
    const order = this.input.keys.length;
    const matrix = new Float32Array(order * NOVERLAP_PPN);
    for (let i = 0; i < order; i++) {
      matrix[i * NOVERLAP_PPN] = this.nodes[i * PPN]!;
      matrix[i * NOVERLAP_PPN + 1] = this.nodes[i * PPN + 1]!;
      matrix[i * NOVERLAP_PPN + 2] = this.input.size[i]!;
    }
    const settings = { gridSize: 20, margin: 2, expansion: 1.1, ratio: 1.1, speed: 3 };
    for (let k = 0; k < NOVERLAP_ITERATIONS && order > 0; k++)
      if (iterateNoverlap(settings, matrix).converged) break;
    for (let i = 0; i < order; i++) {
      this.nodes[i * PPN] = matrix[i * NOVERLAP_PPN]!;
      this.nodes[i * PPN + 1] = matrix[i * NOVERLAP_PPN + 1]!;
    }
    this.finished = true;
  }

  /** The current positions (copies, safe to transfer to another thread). */
  positions(): Coordinates {
    const order = this.input.keys.length;
    const x = new Float32Array(order);
    const y = new Float32Array(order);
    for (let i = 0; i < order; i++) {
      x[i] = this.nodes[i * PPN]!;
      y[i] = this.nodes[i * PPN + 1]!;
    }
    return { x, y };
  }
}

/** The whole run at once (benchmarks, tests). */
export function runForceLayout(input: LayoutInput, iterations = FORCE_ITERATIONS): Coordinates {
  const run = new ForceLayoutRun(input, iterations);
  run.step(iterations);
  return run.positions();
}

/**
 * A key for cached positions: a hash of everything the result depends on (node keys, start
 * positions, edges, iteration count, version). Two FNV-1a hashes with different seeds.
 */
export function layoutKey(input: LayoutInput, iterations = FORCE_ITERATIONS): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ LAYOUT_VERSION;
  const mix = (value: number) => {
    h1 = Math.imul(h1 ^ value, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ value, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  };
  mix(LAYOUT_VERSION);
  mix(iterations);
  for (const key of input.keys) {
    for (let i = 0; i < key.length; i++) mix(key.charCodeAt(i));
    mix(0x1f);
  }
  const words = (array: Float32Array | Uint32Array) =>
    new Uint32Array(array.buffer, array.byteOffset, array.length);
  for (const array of [input.x, input.y, input.size, input.source, input.target, input.weight])
    for (const word of words(array)) mix(word);
  return `v${LAYOUT_VERSION}-${input.keys.length}-${input.source.length}-${h1.toString(16)}${h2.toString(16)}`;
}
