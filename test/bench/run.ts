/**
 * `npm run bench`: speed and size, measured, never asserted in tests. Prints one JSON line per
 * figure ({ name, value, unit, budget?, ok? }) and exits 1 when a budget is exceeded.
 *
 * Figures: model filter+aggregate for a year-range change at full SIPRI scale against a plain
 * typed-array loop (the floor) and their ratio; the drawn graph's change (spec, new graph and
 * sigma's own index bookkeeping, replayed by SigmaBookkeeping) and its number of full re-indexes;
 * memory; the force layout (in the worker) and the main thread's share of it; the initial
 * JavaScript of the build (gzip); search per keystroke; comparing two periods (compare.*). The browser's side is
 * `npm run bench:browser` (browser.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { aggregate, pairEdges } from '../../src/model/aggregate';
import { compareView } from '../../src/model/compare';
import { buildDiffGraphSpec } from '../../src/model/compareGraph';
import { compareRankings } from '../../src/model/compareRankings';
import { realignedStates, realignment } from '../../src/model/realignment';
import { compileFilters } from '../../src/model/compileFilters';
import { indexDataset, lowerBoundYear, type ModelData } from '../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../src/model/filters';
import {
  buildGraph,
  buildGraphSpec,
  createGraph,
  type DisplayOptions,
  type EntenteGraph,
} from '../../src/model/graph';
import type { Aggregate } from '../../src/model/aggregate';
import { buildLayoutInput } from '../../src/model/layoutGraph';
import { ForceLayoutRun } from '../../src/model/forceLayout';
import { search, searchIndex } from '../../src/model/search';
import { pairStory } from '../../src/model/dealStory';
import { eventLaneGroups } from '../../src/model/eventLanes';
import { eventMarks } from '../../src/model/eventMarks';
import { keptEvents } from '../../src/model/events';
import { validateDataset } from '../../src/data/validate';
import { DATASET_KINDS } from '../../src/data/schema';
import { fitToWorldBox } from '../../src/views/network/positions';
import { SigmaBookkeeping } from './sigmaBookkeeping';
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

  // The drawn graph after a year change, at full scale, as GraphController does it: spec, a new
  // graph (nodes that stay keep their places), sigma's setGraph (replayed) and its next frame.
  const options: DisplayOptions = {
    multilateral: 'hub',
    weight: 'value',
    size: 'volume',
    showIsolated: false,
  };
  const aggregates = windows.map((w) => aggregate(data, w, 'hub'));
  for (const flows of ['auto', 'all'] as const) {
    const sigma = new SigmaBookkeeping(createGraph());
    const before = sigma.fullReindexes;
    let changes = 0;
    const patch = time(120, (i) => {
      drawChange(sigma, data, aggregates[i % aggregates.length]!, { ...options, flows });
      changes++;
    });
    const drawn = sigma.graph;
    report(
      `graph.change.yearChange.${flows}Flows`,
      patch,
      'ms',
      flows === 'auto' ? 50 : undefined,
      {
        nodes: drawn.order,
        edges: drawn.size,
      },
    );
    report(
      `graph.change.reindexesPerChange.${flows}Flows`,
      (sigma.fullReindexes - before) / changes,
      'reindexes',
      1,
    );
  }

  const heap = process.memoryUsage();
  report('memory.heapUsed', heap.heapUsed / 1024 / 1024, 'MB');

  benchPlayStep(data, options);
  benchCompare(data, options);
}

/**
 * Comparing two periods at full scale: moving the comparison period (one more aggregation, the
 * diff, both rankings, the realignment tables and the difference network's spec, the view's own
 * aggregate being the network's), and a whole comparison from fresh filters (both aggregations).
 */
function benchCompare(data: ModelData, options: DisplayOptions) {
  const base = { ...defaultFilters(data.yearSpan), from: 2010, to: 2019 };
  const own = aggregate(data, base, 'hub');
  const comparisonOf = (filters: FilterState, viewAgg: Aggregate, from: number) => {
    const c = compareView(data, filters, { from, to: from + 9 }, 'hub', 'value', viewAgg);
    const r = realignment(data, c);
    compareRankings(data, filters, c);
    return buildDiffGraphSpec(data, c, { ...options, flows: 'auto' }, realignedStates(r));
  };
  report(
    'compare.cmpPeriodChange',
    // A fresh view filters object each time: no memo serves the comparison period's aggregate.
    time(60, (i) => comparisonOf({ ...base }, own, 1960 + (i % 40))),
    'ms',
    100,
  );
  report(
    'compare.fromScratch.twoAggregations',
    time(60, (i) => {
      const filters = { ...base };
      comparisonOf(filters, aggregate(data, filters, 'hub'), 1960 + (i % 40));
    }),
    'ms',
  );
  const filters = { ...base };
  comparisonOf(filters, own, 1970);
  report(
    'compare.rankingsAndSpec.sameComparison',
    time(200, () => comparisonOf(filters, own, 1970)),
    'ms',
  );
}

/** What one filter change costs the network view (see GraphController). */
function drawChange(
  sigma: SigmaBookkeeping,
  data: ModelData,
  agg: Aggregate,
  options: DisplayOptions,
): EntenteGraph {
  const previous = sigma.graph;
  const spec = buildGraphSpec(data, agg, options);
  const graph = buildGraph(spec, (key) => {
    if (!previous.hasNode(key)) return { x: 0, y: 0 };
    const { x, y } = previous.getNodeAttributes(key);
    return { x, y };
  });
  sigma.setGraph(graph);
  sigma.process();
  return graph;
}

/**
 * One play step at full scale: the year moves by one, so the model re-aggregates, the drawn graph
 * is patched and the timeline's period marker is redrawn (its series ignore the year and stay).
 */
function benchPlayStep(data: ModelData, options: DisplayOptions) {
  const base = { ...defaultFilters(data.yearSpan), mode: 'asOf' as const };
  const sigma = new SigmaBookkeeping(createGraph());
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
    drawChange(sigma, data, aggregate(data, filters, 'hub'), options);
    toSvgString(renderPeriod(scales, { mode: 'asOf', from: year, to: year }));
  });
  report('play.step', step, 'ms', 50, { edges: sigma.graph.size });
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
    mode: 'replace-transfers',
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

/**
 * The force layout: its run in the worker (default dataset and full SIPRI scale), and what the
 * main thread does for it (build the layout input, fit the result into the frame).
 */
function benchLayout() {
  const inputs = DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
  }));
  const datasets = {
    default: indexDataset(validateDataset(inputs).dataset),
    synthetic: indexDataset(syntheticDataset()),
  };
  for (const [name, data] of Object.entries(datasets)) {
    const started = performance.now();
    const input = buildLayoutInput(data);
    const built = performance.now() - started;
    const run = new ForceLayoutRun(input);
    const running = performance.now();
    let longest = 0;
    while (!run.complete) {
      const step = performance.now();
      run.step(10);
      longest = Math.max(longest, performance.now() - step);
    }
    const worker = performance.now() - running;
    const fitting = performance.now();
    const { x, y } = run.positions();
    fitToWorldBox(new Map(input.keys.map((key, i) => [key, { x: x[i]!, y: y[i]! }])));
    const fit = performance.now() - fitting;
    report(`layout.${name}.worker.total`, worker, 'ms', undefined, {
      nodes: input.keys.length,
      edges: input.source.length,
      longestTenIterations: Math.round(longest),
    });
    report(`layout.${name}.mainThread`, built + fit, 'ms', 50);
  }
}

/**
 * Search, per keystroke: the index is built once per dataset, then every query scans it. Typical
 * queries (a code, a common name, a typo, a weapon, a pair, nothing) on the default dataset and
 * at full SIPRI scale (twenty times the deals), each within one frame.
 */
function benchSearch() {
  const inputs = DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
  }));
  const datasets: [string, ModelData, string[]][] = [
    [
      'default',
      indexDataset(validateDataset(inputs).dataset),
      ['US', 'America', 'Egpyt', 'Rafale', 'F-16', 'France Egypt', 'US South Korea', 'xyzzy'],
    ],
    [
      'synthetic',
      indexDataset(syntheticDataset()),
      ['S01', 'State 12', 'Stat 12', 'Weapon 4', 'Wepon 40', 'State 3 State 40', 'xyzzy'],
    ],
  ];
  for (const [name, data, queries] of datasets) {
    const start = performance.now();
    const index = searchIndex(data);
    report(`search.${name}.buildIndex`, performance.now() - start, 'ms', undefined, {
      deals: data.transfers.length,
    });
    const perQuery = queries.map((q) => time(30, () => search(index, q)));
    report(`search.${name}.slowestQuery`, Math.max(...perQuery), 'ms', 16, {
      queries: Object.fromEntries(queries.map((q, i) => [q, Math.round(perQuery[i]! * 100) / 100])),
    });
  }
}

/**
 * What the events add at load and per filter change, on the default data: indexing them (the
 * dataset indexed with and without events.json), the timeline's lane, the network's marks, a
 * deal story and the events' share of the search index. The events ride on work that is done
 * once per dataset or per filter change (never per year step of Play: the lane ignores years).
 */
function benchEvents() {
  const inputs = DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(ROOT, 'public/data', `${kind}.json`), 'utf8'),
  }));
  const validated = validateDataset(inputs).dataset;
  const { events, ...withoutEvents } = validated;
  const withAll = time(10, () => indexDataset(validated));
  const without = time(10, () => indexDataset(withoutEvents));
  report('events.index.added', withAll - without, 'ms', 50, {
    events: events?.length ?? 0,
    withEvents: Math.round(withAll * 100) / 100,
    withoutEvents: Math.round(without * 100) / 100,
  });
  const data = indexDataset(validated);
  const bare = indexDataset(withoutEvents);
  const filters = defaultFilters(data.yearSpan);
  const lane = time(20, (i) => {
    const f = { ...filters, regions: i % 2 === 0 ? null : ['Asia'] };
    eventLaneGroups(data, keptEvents(data, compileFilters(data, f), { allYears: true }));
  });
  report('events.timelineLane', lane, 'ms', 16, {
    note: 'per change of kinds, regions or focus; not per year',
  });
  const marks = time(20, (i) => {
    const f = { ...filters, from: 1950 + (i % 70), to: 1955 + (i % 70) };
    eventMarks(data, compileFilters(data, f));
  });
  report('events.networkMarks', marks, 'ms', 16, { note: 'per filter change, Play included' });
  const usa = data.countryIndex.get('USA')!;
  const ind = data.countryIndex.get('IND')!;
  report(
    'events.pairStory',
    time(20, () => pairStory(data, usa, ind)),
    'ms',
    16,
  );
  const searchWith = time(5, () => searchIndex({ ...data }));
  const searchWithout = time(5, () => searchIndex({ ...bare }));
  report('events.searchIndex.added', searchWith - searchWithout, 'ms', 50, {
    withEvents: Math.round(searchWith * 100) / 100,
    withoutEvents: Math.round(searchWithout * 100) / 100,
  });
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
benchLayout();
benchSearch();
benchEvents();
benchBundle();
if (failures > 0) {
  console.error(`${failures} budget(s) exceeded`);
  process.exit(1);
}
