/**
 * `npm run bench`: speed and size, measured, never asserted in tests. Prints one JSON line per
 * figure ({ name, value, unit, budget?, ok? }) and exits 1 when a budget is exceeded.
 *
 * Figures: model filter+aggregate for a year-range change at full SIPRI scale against a plain
 * typed-array loop (the floor) and their ratio; graph patch time; memory; layout time of the
 * default dataset and its longest blocking slice; the initial JavaScript of the build (gzip).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { aggregate, pairEdges } from '../../src/model/aggregate';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset, lowerBoundYear, type ModelData } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  buildGraphSpec,
  createGraph,
  patchGraph,
  type DisplayOptions,
} from '../../src/model/graph';
import { buildLayoutGraph } from '../../src/model/layoutGraph';
import { validateDataset } from '../../src/data/validate';
import { DATASET_KINDS } from '../../src/data/schema';
import { runForceLayout } from '../../src/views/network/forceLayout';
import { syntheticDataset } from './synthetic';
import { sharedFile } from '../sharedData';
import { agreementBars, transferVolumeByYear } from '../../src/model/timeline';
import {
  renderPeriod,
  renderTimeline,
  timelineScales,
} from '../../src/views/timeline/renderTimeline';
import { toSvgString } from '../../src/views/timeline/svgTree';
import { importPipeline } from '../../src/data/importPipeline';
import { joinModel, splitModel } from '../../src/data/importTransfer';
import { serialize, deserialize } from 'node:v8';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
let failures = 0;

function report(
  name: string,
  value: number,
  unit: string,
  budget?: number,
  extra: Record<string, unknown> = {},
) {
  const ok = budget === undefined ? undefined : value <= budget;
  if (ok === false) failures++;
  console.log(
    JSON.stringify({
      name,
      value: Math.round(value * 1000) / 1000,
      unit,
      ...(budget !== undefined ? { budget, ok } : {}),
      ...extra,
    }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Time `fn` over `runs` runs after a warm-up; returns the median in ms. */
function time(runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < 10; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The floor: the same year-range aggregation of TIV per pair, as a bare loop on typed arrays. */
function floorLoop(
  data: ModelData,
  from: number,
  to: number,
  sums: Float64Array,
  touched: Uint32Array,
): number {
  const d = data.deliveries;
  const n = data.countries.length;
  let count = 0;
  const start = lowerBoundYear(d.year, d.length, from);
  const end = lowerBoundYear(d.year, d.length, to + 1);
  for (let i = start; i < end; i++) {
    const k = d.supplier[i]! * n + d.recipient[i]!;
    if (sums[k] === 0) touched[count++] = k;
    sums[k]! += d.tiv[i]!;
  }
  let total = 0;
  for (let j = 0; j < count; j++) {
    total += sums[touched[j]!]!;
    sums[touched[j]!] = 0;
  }
  return total;
}

function benchModel() {
  const dataset = syntheticDataset();
  const data = indexDataset(dataset);
  report('synthetic.deliveries', data.deliveries.length, 'rows');
  report('synthetic.deals', data.transfers.length, 'deals');
  report('synthetic.agreements', data.agreements.length, 'agreements');

  // A year-range change: slide a 10-year window over the years (SIPRI's fact sheets use 5).
  const base = defaultFilters(data.yearSpan);
  const windows: FilterState[] = Array.from({ length: 60 }, (_, i) => ({
    ...base,
    from: 1955 + i,
    to: 1964 + i,
  }));
  const n = data.countries.length;
  const sums = new Float64Array(n * n);
  const touched = new Uint32Array(n * n);

  // A fresh filters object each time, as after a real change: the compile (masks and the rows
  // drawn) is part of the cost, not served from its memo.
  const model = time(300, (i) =>
    pairEdges(data, compileFilters(data, { ...windows[i % windows.length]! }).rows),
  );
  const floor = time(300, (i) => {
    const w = windows[i % windows.length]!;
    floorLoop(data, w.from, w.to, sums, touched);
  });
  report('model.compileAndPairEdges.yearChange', model, 'ms');
  report('floor.typedArrayLoop.yearChange', floor, 'ms');
  report('model.vs.floor.ratio', model / floor, 'x', 3);
  report(
    'model.aggregate.full.yearChange',
    time(200, (i) => aggregate(data, windows[i % windows.length]!, 'hub')),
    'ms',
  );

  // Graph patch after a year change, at full scale: spec + patch of a live graph.
  const options: DisplayOptions = {
    multilateral: 'hub',
    weight: 'value',
    size: 'volume',
    showIsolated: false,
  };
  const graph = createGraph();
  const origin = () => ({ x: 0, y: 0 });
  patchGraph(graph, buildGraphSpec(data, aggregate(data, windows[0]!, 'hub'), options), origin);
  const aggregates = windows.map((w) => aggregate(data, w, 'hub'));
  const patch = time(120, (i) =>
    patchGraph(graph, buildGraphSpec(data, aggregates[i % aggregates.length]!, options), origin),
  );
  report('graph.patch.yearChange', patch, 'ms', 16, { nodes: graph.order, edges: graph.size });
  const wide = aggregate(data, { ...base, from: 1950, to: 2024 }, 'hub');
  const wideSpec = buildGraphSpec(data, wide, options);
  patchGraph(graph, wideSpec, origin);
  report(
    'graph.patch.allYears.unchanged',
    time(20, () => patchGraph(graph, wideSpec, origin)),
    'ms',
    16,
    { edges: wideSpec.edges.size },
  );

  const heap = process.memoryUsage();
  report('memory.heapUsed', heap.heapUsed / 1024 / 1024, 'MB');

  benchPlayStep(data, options);
}

/**
 * One play step at full scale: the year moves by one, so the model re-aggregates, the drawn graph
 * is patched and the timeline's period marker is redrawn (its series ignore the year and stay).
 */
function benchPlayStep(data: ModelData, options: DisplayOptions) {
  const base = { ...defaultFilters(data.yearSpan), mode: 'asOf' as const };
  const graph = createGraph();
  const origin = () => ({ x: 0, y: 0 });
  const model = {
    volume: transferVolumeByYear(data, base, 'supplier', 'value'),
    agreements: agreementBars(data, base, 'type', { focusCountry: null }),
    countryName: (i: number) => data.countries[i]?.name ?? '?',
  };
  const size = { width: 900, height: 300 };
  const scales = timelineScales(model, size);
  const chart = time(5, () => toSvgString(renderTimeline(model, scales)));
  report('timeline.fullRedraw', chart, 'ms', undefined, {
    note: 'only when filters other than years change',
  });
  const step = time(150, (i) => {
    const year = 1950 + (i % 75);
    const filters = { ...base, from: year, to: year };
    patchGraph(graph, buildGraphSpec(data, aggregate(data, filters, 'hub'), options), origin);
    toSvgString(renderPeriod(scales, { mode: 'asOf', from: year, to: year }));
  });
  report('play.step', step, 'ms', 16, { edges: graph.size });
}

/** Import SIPRI's trade register (3.8 MB) as the worker does, and the main thread's share. */
function benchImport() {
  const file = sharedFile('sipri', 'trade-register_all-years_generated-2025-03-13.csv');
  if (!existsSync(file)) {
    report('import.sipriTradeRegister', Number.NaN, 'ms', undefined, {
      skipped: 'no ../shared/data',
    });
    return;
  }
  const inputs = DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
  }));
  const current = validateDataset(inputs).dataset;
  const bytes = new Uint8Array(readFileSync(file));
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const outcome = importPipeline({
    files: [{ name: 'trade-register.csv', bytes }],
    current,
    mode: 'replace',
    name: 'SIPRI',
  });
  const elapsed = performance.now() - started;
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.message}`);
  report('import.sipriTradeRegister.worker', elapsed, 'ms', 1000, {
    deals: outcome.data.transfers.length,
    bytes: bytes.length,
  });
  report('import.memory.delta', (process.memoryUsage().heapUsed - before) / 1024 / 1024, 'MB');
  // The main thread only receives the result, as a head and chunks of deals (structured clones):
  // its longest task is the largest of those copies, or joining the chunks.
  const { head, chunks } = splitModel(outcome.data);
  const messages = [serialize(head), ...chunks.map((c) => serialize(c))];
  const longest = Math.max(...messages.map((m) => time(3, () => deserialize(m))));
  const received = chunks.map((c) => deserialize(serialize(c)) as typeof c);
  const joined = time(5, () => joinModel(head, received));
  report('import.mainThread.longestMessage', longest, 'ms', 50, {
    messages: messages.length,
    totalMB: Math.round(messages.reduce((n, m) => n + m.length, 0) / 1024 / 102.4) / 10,
  });
  report('import.mainThread.join', joined, 'ms', 50);
}

async function benchLayout() {
  const inputs = DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
  }));
  const data = indexDataset(validateDataset(inputs).dataset);
  const slices: number[] = [];
  const start = performance.now();
  const graph = buildLayoutGraph(data);
  const built = performance.now() - start;
  await runForceLayout(graph, undefined, (ms) => slices.push(ms)).done;
  const total = performance.now() - start;
  report('layout.default.buildGraph', built, 'ms', 50, { nodes: graph.order, edges: graph.size });
  report('layout.default.total', total, 'ms');
  report('layout.default.longestSlice', Math.max(...slices), 'ms', 50, { slices: slices.length });
}

function benchBundle() {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  // Initial JavaScript: the entry script and the chunks it preloads.
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gzip = 0;
  for (const file of new Set(scripts))
    gzip += gzipSync(readFileSync(join(ROOT, 'dist', file))).length;
  report('bundle.initialJs.gzip', gzip / 1024, 'kB', 250, { files: [...new Set(scripts)] });
}

benchModel();
benchImport();
await benchLayout();
benchBundle();
if (failures > 0) {
  console.error(`${failures} budget(s) exceeded`);
  process.exit(1);
}
