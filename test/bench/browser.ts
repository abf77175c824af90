/**
 * `npm run bench:browser`: speed as users feel it, in Chromium with software WebGL (the harness of
 * the browser tests). Drives the built app on the default dataset, on generated datasets of 250
 * states with 5,000 and 40,000 flows (served in place of public/data by the benchmark, so nothing
 * of it ships), and on an import of SIPRI's trade register from ../shared/data (skipped when
 * absent). Prints one JSON line per figure, medians of the runs, and exits 1 when a budget is
 * exceeded.
 *
 * Usage: npm run bench:browser [-- default flows5k flows40k sipri] (BENCH_RUNS=3 by default;
 * BENCH_DIST=path measures another build, e.g. an earlier commit's, for before/after figures).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchBrowser } from '../e2e/browser';
import { sharedFile } from '../sharedData';
import {
  installProbe,
  pageNow,
  phaseFigures,
  readProbe,
  waitForQuiet,
  type ProbeRecord,
} from './browserProbe';
import { datasetFiles, syntheticFlows } from './synthetic';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIPRI = sharedFile('sipri', 'trade-register_all-years_generated-2025-03-13.csv');
/** How long one phase may take before it is reported as timed out. */
const PHASE_TIMEOUT = Number(process.env.BENCH_PHASE_TIMEOUT ?? 180_000);
/** Play runs this long (at 2 years a second) before Pause. */
const PLAY_MS = 5_000;

type Figures = Record<string, number>;

interface Scenario {
  name: string;
  /** Files served in place of public/data (none: the real default dataset). */
  files?: () => Record<string, string>;
  /** Runs the phases, adding each one's figures to `figures` as it completes. */
  run(page: Page, url: string, figures: Figures): Promise<void>;
}

let failures = 0;

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
}

function report(name: string, values: number[], unit: string, budget?: number) {
  const value = median(values);
  const ok = budget === undefined ? undefined : Number.isFinite(value) && value <= budget;
  if (ok === false) failures++;
  const round = (v: number) => Math.round(v);
  console.log(
    JSON.stringify({
      name,
      value: round(value),
      unit,
      ...(budget !== undefined ? { budget, ok } : {}),
      runs: values.map(round),
    }),
  );
}

const firstRender = (
  probe: ProbeRecord,
  after: number,
  test: (nodes: number, edges: number, graph: number) => boolean,
) =>
  probe.renders.find(([t, nodes, edges, , graph]) => t >= after && test(nodes, edges, graph))?.[0];

/** Load the app: time to the first drawn graph, to a finished layout, and the longest task. */
async function load(page: Page, url: string): Promise<Figures> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      document.querySelector(
        '[data-layout-ready="true"][data-drawn-nodes]:not([data-drawn-nodes="0"])',
      ),
    undefined,
    { timeout: PHASE_TIMEOUT, polling: 100 },
  );
  await waitForQuiet(page, await pageNow(page), { timeoutMs: PHASE_TIMEOUT });
  const probe = await readProbe(page);
  const drawn = firstRender(probe, 0, (nodes, edges) => nodes > 0 && edges > 0) ?? Number.NaN;
  const tasks = phaseFigures(probe, 0);
  return {
    'load.drawn': drawn,
    'load.layoutReady': probe.layoutReady[0] ?? Number.NaN,
    'load.longestTask': tasks.longestTask,
    'load.blocking': tasks.blocking,
  };
}

/** Type a year into "From": time to the new picture and the tasks until the page is quiet. */
async function yearChange(page: Page, year: number): Promise<Figures> {
  const field = page
    .getByRole('region', { name: 'Filters', exact: true })
    .getByLabel('From', { exact: true });
  const before = await readProbe(page);
  const edgesBefore = before.renders.at(-1)?.[2] ?? -1;
  const t0 = await pageNow(page);
  await field.fill(String(year));
  const quiet = await waitForQuiet(page, t0, { timeoutMs: PHASE_TIMEOUT });
  const probe = await readProbe(page);
  const picture = firstRender(probe, t0, (_, edges) => edges !== edgesBefore);
  const tasks = phaseFigures(probe, t0);
  return {
    'yearChange.picture': quiet && picture !== undefined ? picture - t0 : Number.NaN,
    'yearChange.longestTask': tasks.longestTask,
    'yearChange.blocking': tasks.blocking,
  };
}

/** Play for a few seconds at 2 years a second: the longest task and the steps drawn. */
async function play(page: Page): Promise<Figures> {
  const panel = page.getByRole('region', { name: 'Timeline', exact: true });
  await panel.getByRole('combobox', { name: 'Play speed (years per second)' }).selectOption('2');
  const t0 = await pageNow(page);
  await panel.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(PLAY_MS);
  await panel.getByRole('button', { name: 'Pause', exact: true }).click();
  const t1 = await pageNow(page);
  await waitForQuiet(page, t1, { timeoutMs: PHASE_TIMEOUT });
  const probe = await readProbe(page);
  const tasks = phaseFigures(probe, t0);
  const renders = probe.renders.filter(([t]) => t >= t0 && t <= t1);
  return {
    'play.longestTask': tasks.longestTask,
    'play.blocking': tasks.blocking,
    'play.renders': renders.length,
  };
}

/** Import SIPRI's trade register through "Import data" (Replace): time to the drawn graph. */
async function importSipri(page: Page): Promise<Figures> {
  await page.getByLabel('Import data').setInputFiles(SIPRI);
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  const before = await readProbe(page);
  // The imported data is a new graph; its size may equal the old one's (the first picture keeps
  // the strongest flows up to a limit), so the graph's serial number says when it is drawn.
  const graphBefore = before.renders.at(-1)?.[4] ?? 0;
  const t0 = await pageNow(page);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Close' }).waitFor({ timeout: PHASE_TIMEOUT });
  await page.waitForFunction(
    (graph) => {
      const renders = (window as unknown as { __probe: ProbeRecord }).__probe.renders;
      return renders.some(([, , e, , g]) => g > graph && e > 0);
    },
    graphBefore,
    { timeout: PHASE_TIMEOUT, polling: 100 },
  );
  await waitForQuiet(page, t0, { timeoutMs: PHASE_TIMEOUT });
  const probe = await readProbe(page);
  const drawn = firstRender(probe, t0, (_, edges, graph) => graph > graphBefore && edges > 0);
  const tasks = phaseFigures(probe, t0);
  return {
    'import.drawn': drawn === undefined ? Number.NaN : drawn - t0,
    'import.longestTask': tasks.longestTask,
    'import.blocking': tasks.blocking,
  };
}

/** Load, change the year, play; then reload (the force layout is kept by now) and load again. */
const loadChangePlay =
  (fromYear: number) =>
  async (page: Page, url: string, figures: Figures): Promise<void> => {
    Object.assign(figures, await load(page, url));
    Object.assign(figures, await yearChange(page, fromYear));
    Object.assign(figures, await play(page));
    const again = await load(page, url);
    figures['reload.drawn'] = again['load.drawn']!;
    figures['reload.longestTask'] = again['load.longestTask']!;
  };

const SCENARIOS: Scenario[] = [
  { name: 'default', run: loadChangePlay(1990) },
  {
    name: 'flows5k',
    files: () => datasetFiles(syntheticFlows({ states: 250, flows: 5_000 })),
    run: loadChangePlay(1990),
  },
  {
    name: 'flows40k',
    files: () => datasetFiles(syntheticFlows({ states: 250, flows: 40_000 })),
    run: loadChangePlay(1990),
  },
  {
    name: 'sipri',
    run: async (page, url, figures) => {
      await load(page, url);
      Object.assign(figures, await importSipri(page));
    },
  },
];

/** Budgets, checked on the medians: [scenario, figure, limit]. */
const BUDGETS: [string, string, number][] = [
  ['default', 'load.longestTask', 200],
  ['default', 'yearChange.longestTask', 50],
  ['flows5k', 'load.longestTask', 200],
  ['flows5k', 'yearChange.longestTask', 100],
  ['flows5k', 'play.longestTask', 100],
  ['flows40k', 'load.longestTask', 200],
  ['sipri', 'import.drawn', 3000],
  ['sipri', 'import.longestTask', 100],
];

/** Figures every run of a scenario should give: a phase that failed shows as null. */
function expected(scenario: Scenario): string[] {
  if (scenario.name === 'sipri') return ['import.drawn', 'import.longestTask', 'import.blocking'];
  return ['load.drawn', 'load.layoutReady', 'load.longestTask', 'yearChange.picture'];
}

/** Each run in a fresh browser profile: nothing cached from an earlier run. */
async function runScenario(url: string, scenario: Scenario) {
  const files = scenario.files?.();
  const results: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    // No service worker: it would serve the default data from its cache on a reload, past the
    // generated files; and the bench measures the app, not the offline cache filling up.
    const browser = await launchBrowser({ serviceWorkers: 'block' });
    const page = await browser.context.newPage();
    await installProbe(page);
    if (files) {
      await page.route('**/data/*.json', (route) => {
        const name = new URL(route.request().url()).pathname.split('/').pop()!;
        const body = files[name];
        return body === undefined
          ? route.continue()
          : route.fulfill({ body, contentType: 'application/json' });
      });
    }
    const figures: Figures = {};
    try {
      await scenario.run(page, url, figures);
    } catch (error) {
      // Keep the phases that completed; the others are reported as missing (null).
      console.error(`${scenario.name} run ${run + 1}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      results.push(figures);
      await browser.close();
    }
  }
  const names = [...new Set([...expected(scenario), ...results.flatMap((r) => Object.keys(r))])];
  for (const figure of names) {
    const budget = BUDGETS.find(([s, f]) => s === scenario.name && f === figure)?.[2];
    const unit = figure.endsWith('renders') ? 'renders' : 'ms';
    report(
      `browser.${scenario.name}.${figure}`,
      results.map((r) => r[figure] ?? Number.NaN),
      unit,
      budget,
    );
  }
  if (names.length === 0) {
    failures++;
    console.log(
      JSON.stringify({ name: `browser.${scenario.name}`, ok: false, error: 'no run completed' }),
    );
  }
}

async function main() {
  const wanted = process.argv.slice(2);
  const scenarios = SCENARIOS.filter((s) => wanted.length === 0 || wanted.includes(s.name));
  // BENCH_DIST: another build to measure (e.g. an earlier commit's, for before/after figures).
  const dist = process.env.BENCH_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npm run build\``);
  const server = await preview({
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 4330, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls!.local[0]!;
  try {
    for (const scenario of scenarios) {
      // The machine may be shared: say how busy it was (1-minute load average, and the cores).
      const loadAverage = Math.round(os.loadavg()[0]! * 10) / 10;
      console.log(
        JSON.stringify({ name: `machine.${scenario.name}`, loadAverage, cores: os.cpus().length }),
      );
      if (scenario.name === 'sipri' && !existsSync(SIPRI)) {
        console.log(
          JSON.stringify({ name: 'browser.sipri', skipped: `no ${SIPRI} (../shared/data)` }),
        );
        continue;
      }
      await runScenario(url, scenario);
    }
  } finally {
    await server.close();
  }
  if (failures > 0) {
    console.error(`${failures} budget(s) exceeded`);
    process.exit(1);
  }
}

await main();
