/**
 * What the browser benchmark measures inside the page: long main-thread tasks (PerformanceObserver
 * `longtask`), sigma's renders (time, drawn nodes and edges) and the moments the network reports a
 * finished layout. Installed before any script of the app runs; read from Node between actions.
 */
import type { Page } from 'playwright-core';

export interface ProbeRecord {
  /** [start, duration] of each long task, ms since navigation. */
  tasks: [number, number][];
  /**
   * [end time, nodes, edges, duration, graph] of each sigma render; `graph` counts the graphs
   * sigma has drawn (each filter or data change brings a new one, whatever its size).
   */
  renders: [number, number, number, number, number][];
  /** Times `data-layout-ready` turned true. */
  layoutReady: number[];
}

/**
 * Runs in the page, before the app (page.addInitScript). Kept as plain JavaScript text: a compiled
 * function would carry the Node transpiler's helpers, which the page does not have.
 */
const INSTALL = `(() => {
  const record = { tasks: [], renders: [], layoutReady: [] };
  window.__probe = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });

  let hooked = null;
  let lastGraph = null;
  let graphs = 0;
  const watch = () => {
    const handle = window.entente;
    if (handle && handle.sigma !== hooked) {
      hooked = handle.sigma;
      const sigma = handle.sigma;
      let began = 0;
      sigma.on('beforeRender', () => {
        began = performance.now();
      });
      sigma.on('afterRender', () => {
        const graph = sigma.getGraph();
        const now = performance.now();
        if (graph !== lastGraph) {
          lastGraph = graph;
          graphs++;
        }
        record.renders.push([now, graph.order, graph.size, now - began, graphs]);
      });
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.target.getAttribute('data-layout-ready') === 'true')
        record.layoutReady.push(performance.now());
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout-ready'] });
})();`;

export async function installProbe(page: Page) {
  await page.addInitScript({ content: INSTALL });
}

export function readProbe(page: Page): Promise<ProbeRecord & { now: number }> {
  return page.evaluate(() => ({
    ...(window as unknown as { __probe: ProbeRecord }).__probe,
    now: performance.now(),
  }));
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Wait until the page has been quiet (no long task, no render) for `quietMs`, or `timeoutMs` has
 * passed since `since`. Returns false on timeout.
 */
export async function waitForQuiet(
  page: Page,
  since: number,
  { quietMs = 1500, timeoutMs = 120_000 } = {},
): Promise<boolean> {
  for (;;) {
    const probe = await readProbe(page);
    const lastTask = probe.tasks.reduce((t, [s, d]) => Math.max(t, s + d), 0);
    const lastRender = probe.renders.reduce((t, [end]) => Math.max(t, end), 0);
    const busyUntil = Math.max(lastTask, lastRender, since);
    if (probe.now - busyUntil >= quietMs) return true;
    if (probe.now - since > timeoutMs) return false;
    await page.waitForTimeout(250);
  }
}

export interface PhaseFigures {
  /** Longest main-thread task in the phase, ms (0 when none was over 50 ms). */
  longestTask: number;
  /** Total blocking time: the sum of each long task's part over 50 ms. */
  blocking: number;
  tasks: number;
}

/** Long-task figures of the window [from, to). */
export function phaseFigures(probe: ProbeRecord, from: number, to = Infinity): PhaseFigures {
  const tasks = probe.tasks.filter(([start]) => start >= from && start < to);
  return {
    longestTask: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    tasks: tasks.length,
  };
}
