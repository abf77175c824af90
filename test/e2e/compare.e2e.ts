/**
 * Comparing two periods in a real browser: the Compare tab turns a comparison on, the network
 * becomes the difference network (its legend on it, ties in the diff colours), the Realignment
 * table names Egypt's change of supplier in the 1970s and opens the pair, the rankings sort, and
 * the link carries it all (`cmp`), in both themes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DARK, LIGHT } from '../../src/model/theme';
import {
  launchBrowser,
  nextFrames,
  openApp,
  overlayCanvas,
  pixelDifference,
  settled,
  waitForDrawn,
  type Browser,
} from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

/** Pixels of the network canvas within a small distance of each colour. */
async function colourCounts(page: Page, colours: string[]): Promise<number[]> {
  const png = await page.getByTestId('network-canvas').screenshot();
  return page.evaluate(
    async ([b64, hexes]) => {
      const bytes = Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const targets = (hexes as string[]).map((h) =>
        [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)),
      );
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4)
        targets.forEach(([r, g, b], k) => {
          if (
            Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <
            24
          )
            counts[k]!++;
        });
      return counts;
    },
    [png.toString('base64'), colours] as const,
  );
}

const query = (page: Page) => new URL(page.url()).searchParams;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Side by side: wait until the comparison pane has drawn its graph and placed its labels. */
async function paneReady(page: Page) {
  await page.waitForFunction(
    () =>
      Number(
        document.querySelector('[data-testid="comparison-pane"]')?.getAttribute('data-drawn-nodes'),
      ) > 0,
    undefined,
    { timeout: 30_000 },
  );
  await settled(page);
  await page.waitForFunction(
    () =>
      ((
        window as unknown as { entente: { comparison: { labels(): unknown[] } | null } }
      ).entente.comparison?.labels().length ?? 0) > 5,
    undefined,
    { timeout: 20_000 },
  );
  await nextFrames(page);
}

describe.skipIf(!chromium)('comparing two periods in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('turns a comparison on from the Compare tab and draws the difference network', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1980&to=1989`);
    const normal = await colourCounts(page, [LIGHT.transfer, LIGHT.diff.gained, LIGHT.diff.lost]);
    expect(normal[0]).toBeGreaterThan(50);

    await page
      .getByRole('group', { name: 'Side panel' })
      .getByRole('button', { name: 'Compare' })
      .click();
    const panel = page.getByRole('region', { name: 'Compare', exact: true });
    await panel.getByRole('button', { name: 'Compare with 1970–1979' }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('cmp') === '1970-1979',
    );
    const legend = page.getByTestId('diff-legend');
    await legend.waitFor({ timeout: 10_000 });
    expect(await legend.textContent()).toContain('1970–1979 → 1980–1989');
    for (const word of ['Gained', 'Grown', 'Kept', 'Shrunk', 'Lost', 'Ringed'])
      expect(await legend.textContent()).toContain(word);
    await waitForDrawn(page, false);

    // The arrows are drawn in the diff colours, no longer in the transfer colour.
    const diff = await colourCounts(page, [LIGHT.transfer, LIGHT.diff.gained, LIGHT.diff.lost]);
    expect(diff[1]).toBeGreaterThan(20);
    expect(diff[2]).toBeGreaterThan(20);
    expect(diff[0]).toBeLessThan(normal[0]! / 5);
    // The realigned states are ringed, on a canvas just above sigma's nodes.
    const rings = await overlayCanvas(page, 'realigned-rings-layer');
    expect(rings!.painted).toBeGreaterThan(0);
    expect(rings!.fits).toBe(true);
    expect(rings!.layers.indexOf('realigned-rings-layer')).toBe(
      rings!.layers.indexOf('sigma-nodes') + 1,
    );

    // Egypt left the Soviet Union for the United States: the Realignment table says so.
    const shifts = panel.getByRole('table', { name: 'Largest supplier changed' });
    const egypt = shifts
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Egypt', exact: true }) });
    await expect(egypt.count()).resolves.toBe(1);
    expect(await egypt.textContent()).toMatch(/Soviet Union.*United States/);
    // Its new supplier opens the pair.
    await egypt.getByRole('button', { name: 'United States' }).click();
    await page.waitForFunction(() => {
      const q = new URL(location.href).searchParams;
      return q.get('sel') === 'EGY' && q.get('with') === 'USA';
    });
    expect(query(page).get('cmp')).toBe('1970-1979');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the rankings of both periods, and stops comparing', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1989&cmp=1970-1979&panels=filters,compare,timeline`,
    );
    const panel = page.getByRole('region', { name: 'Compare', exact: true });
    const suppliers = panel.getByRole('table', { name: 'Suppliers', exact: true });
    await suppliers.waitFor({ timeout: 10_000 });
    const change = suppliers.getByRole('columnheader', { name: /^Change/ });
    await expect(change.getAttribute('aria-sort')).resolves.toBe('none');
    await change.getByRole('button').click();
    await expect(change.getAttribute('aria-sort')).resolves.toBe('descending');
    const firstRows = async () =>
      (await suppliers.getByRole('row').nth(1).getByRole('cell').nth(3).textContent())!;
    const top = await firstRows();
    await change.getByRole('button').click();
    await expect(change.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await firstRows()).not.toBe(top);

    await panel.getByRole('button', { name: 'Stop comparing' }).click();
    await page.getByTestId('diff-legend').waitFor({ state: 'detached', timeout: 10_000 });
    expect(query(page).has('cmp')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the comparison period on the timeline: a band moved by keys and by dragging', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1980&to=1989`, {
      waitForLayout: false,
    });
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await timeline.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('cmp') === '1970-1979',
    );
    // The Compare panel opens with it.
    await page.getByRole('region', { name: 'Compare', exact: true }).waitFor({ timeout: 10_000 });
    const band = page.getByRole('slider', { name: 'Comparison period on the timeline' });
    await expect(band.getAttribute('aria-valuetext')).resolves.toBe('1970–1979');
    await band.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('cmp') === '1971-1980',
    );
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('cmp') === '1971-1979',
    );
    // Drag its bar five years to the left (the view's own period stays).
    const bar = band.locator('.tl-compare-bar');
    const box = (await bar.boundingBox())!;
    const perYear = box.width / 9;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 2.5 * perYear, y, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 - 5 * perYear, y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('cmp') === '1966-1974',
    );
    expect(query(page).get('from')).toBe('1980');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the comparison: the picture with both periods, the legend and the rings; the CSV', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1984&cmp=1970-1974&panels=filters,compare,timeline`,
    );
    const menu = page.locator('details.export-menu');
    await menu.locator('summary').click();
    const [svgFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      menu.getByRole('button', { name: 'Network vector (SVG)' }).click(),
    ]);
    const svg = readFileSync(await svgFile.path()).toString('utf8');
    expect(svg).toContain('Compared: 1970–1974 → 1980–1984');
    for (const word of ['Gained', 'Grown', 'Kept', 'Shrunk', 'Lost', 'Ringed'])
      expect(svg).toContain(word);
    const rings = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('circle.ring')
          .length,
      svg,
    );
    expect(rings).toBeGreaterThan(0);

    // Close the export menu: it opens over the side column.
    await menu.locator('summary').click();
    const panel = page.getByRole('region', { name: 'Compare', exact: true });
    const [csvFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      panel.getByRole('button', { name: 'Realignment as CSV' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe('entente-realignment-1970-1974-vs-1980-1984.csv');
    const csv = readFileSync(await csvFile.path()).toString('utf8');
    expect(csv).toMatch(/largest supplier changed,EGY,Egypt,Soviet Union,United States/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the two periods side by side, each titled, with one shared camera', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1984&cmp=1970-1974&panels=filters,compare,timeline`,
    );
    const panel = page.getByRole('region', { name: 'Compare', exact: true });
    await panel.getByRole('radio', { name: 'Side by side' }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'side');
    const pane = page.getByTestId('comparison-pane');
    await page.waitForFunction(
      () =>
        Number(
          document
            .querySelector('[data-testid="comparison-pane"]')
            ?.getAttribute('data-drawn-nodes'),
        ) > 0,
    );
    // Each pane has its period as a title, the earlier on the left.
    const titles = page.locator('.pane-title');
    await expect(titles.count()).resolves.toBe(2);
    const boxes = await Promise.all(
      ['1970–1974', '1980–1984'].map(
        async (t) => (await page.locator('.pane-title', { hasText: t }).boundingBox())!,
      ),
    );
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
    await expect(page.getByTestId('diff-legend').count()).resolves.toBe(0);

    // Zooming the view's pane zooms the comparison's too.
    const before = await pane.screenshot();
    await page.getByTestId('network-canvas').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    // The camera's zoom glides: wait for it to end and for both panes' next frames.
    await settled(page);
    const after = await pane.screenshot();
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('side by side on the map: the comparison pane has the land and its own period’s hulls behind it', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1984&cmp=1955-1959&compare=side&layout=geo&multi=hull`,
    );
    // Painted share of the background canvas in each pane (the view's, then the comparison's).
    const painted = () =>
      page.evaluate(() =>
        [
          document.querySelector<HTMLCanvasElement>(
            '[data-testid="network-canvas"] canvas.background-layer',
          ),
          document.querySelector<HTMLCanvasElement>(
            '[data-testid="comparison-pane"] canvas.background-layer',
          ),
        ].map((canvas) => {
          if (!canvas) return -1;
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
          return n / (canvas.width * canvas.height);
        }),
      );
    // Land covers a good part of both panes, about as much in each (one camera, one frame).
    await expect.poll(async () => Math.min(...(await painted()))).toBeGreaterThan(0.1);
    const [view, comparison] = await painted();
    expect(Math.abs(view! - comparison!)).toBeLessThan(0.15);
    // Each pane names its own period's hulls: SEATO (1954-1977) in 1955-1959 only.
    const hullNames = () =>
      page.evaluate(() => {
        type Labels = { labels(): { text: string }[] };
        const { entente } = window as unknown as { entente: Labels & { comparison: Labels } };
        return [entente.labels(), entente.comparison.labels()].map((list) =>
          list.map((l) => l.text),
        );
      });
    await expect.poll(async () => (await hullNames())[1]).toContain('SEATO');
    expect((await hullNames())[0]).not.toContain('SEATO');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a comparison from the link in the dark theme, legend in the dark palette', async () => {
    const dark = await launchBrowser({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      touch: true,
    });
    try {
      const { page, errors } = await openApp(
        dark.context,
        `${baseUrl}?from=2010&to=2020&cmp=1990-1999`,
      );
      const legend = page.getByTestId('diff-legend');
      await legend.waitFor({ timeout: 10_000 });
      expect(await legend.textContent()).toContain('Periods of different lengths');
      const stroke = await legend.locator('line').first().getAttribute('stroke');
      expect(stroke).toBe(DARK.diff.gained);
      const box = (await legend.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });

  it('side by side: each state at the same place in both panes, labels placed as in the view, hover names', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=2015&to=2024&cmp=1990-1999&compare=side`,
    );
    await paneReady(page);
    // Every state drawn in both panes stands at the same place in each (to a pixel).
    const places = await page.evaluate(() => {
      const { sigma, comparison } = (
        window as unknown as { entente: { sigma: any; comparison: any } }
      ).entente;
      const pane = comparison.sigma;
      const moved: string[] = [];
      let shared = 0;
      pane.getGraph().forEachNode((key: string) => {
        const a = sigma.getNodeDisplayData(key);
        const b = pane.getNodeDisplayData(key);
        if (!a || !b || a.hidden || b.hidden) return;
        shared++;
        const p = sigma.framedGraphToViewport(a);
        const q = pane.framedGraphToViewport(b);
        if (Math.hypot(p.x - q.x, p.y - q.y) > 1)
          moved.push(`${key} ${p.x},${p.y} / ${q.x},${q.y}`);
      });
      return { shared, moved, dims: [sigma.getDimensions(), pane.getDimensions()] };
    });
    expect(places.shared).toBeGreaterThan(50);
    expect(places.moved).toEqual([]);
    expect(places.dims[0]).toEqual(places.dims[1]);

    // The pane's labels come from the view's placement: none over another, none off the pane,
    // none under its title.
    const paneLabels = async () =>
      page.evaluate(() => {
        const { comparison } = (window as unknown as { entente: { comparison: any } }).entente;
        const container = comparison.sigma.getContainer() as HTMLElement;
        const origin = container.getBoundingClientRect();
        const t = container.parentElement!.querySelector('.pane-title')!.getBoundingClientRect();
        return {
          labels: comparison.labels() as { key: string; text: string; box: Box }[],
          view: comparison.sigma.getDimensions(),
          title: {
            x: t.left - origin.left,
            y: t.top - origin.top,
            width: t.width,
            height: t.height,
          },
        };
      });
    const { labels, view, title } = await paneLabels();
    expect(labels.length).toBeGreaterThan(10);
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i]!.box;
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(view.width);
      expect(a.y + a.height).toBeLessThanOrEqual(view.height);
      expect(intersects(a, title)).toBe(false);
      for (let j = i + 1; j < labels.length; j++)
        expect(intersects(a, labels[j]!.box), `${labels[i]!.key} / ${labels[j]!.key}`).toBe(false);
    }

    // Hovering a state in the pane names it (its label is forced, in both panes if drawn there).
    const target = await page.evaluate(
      (named: string[]) => {
        const { comparison } = (window as unknown as { entente: { comparison: any } }).entente;
        const pane = comparison.sigma;
        const graph = pane.getGraph();
        const box = pane.getContainer().getBoundingClientRect();
        const { width, height } = pane.getDimensions();
        const drawn: { key: string; x: number; y: number; r: number }[] = [];
        graph.forEachNode((key: string, attrs: { nodeKind: string }) => {
          const d = pane.getNodeDisplayData(key);
          if (!d || d.hidden || attrs.nodeKind === 'agreement') return;
          const p = pane.framedGraphToViewport(d);
          drawn.push({ key, x: p.x, y: p.y, r: pane.scaleSize(d.size) });
        });
        // An unnamed state well inside the pane, with no other node under the pointer.
        const free = drawn.find(
          (n) =>
            !named.includes(n.key) &&
            n.r >= 3 &&
            n.x > 40 &&
            n.y > 60 &&
            n.x < width - 40 &&
            n.y < height - 40 &&
            drawn.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.r + n.r + 4),
        );
        return free
          ? {
              key: free.key,
              label: graph.getNodeAttribute(free.key, 'label'),
              x: box.left + free.x,
              y: box.top + free.y,
            }
          : null;
      },
      labels.map((l) => l.key),
    );
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await expect
      .poll(async () => (await paneLabels()).labels.find((l) => l.key === target!.key)?.text, {
        timeout: 10_000,
      })
      .toBe(target!.label);
    // The state, not an arrow under it, is named: no arrow's tooltip.
    await expect(page.getByRole('tooltip').count()).resolves.toBe(0);
    await page.mouse.move(target!.x + 400, 5);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('side by side: hovering an arrow in the comparison pane names supplier → recipient', async () => {
    // Arms transfers only, on the map: long arrows, apart from each other.
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=2015&to=2024&cmp=1990-1999&compare=side&ties=transfers&layout=geo`,
    );
    await paneReady(page);
    const arrow = await page.evaluate(() => {
      const { comparison } = (window as unknown as { entente: { comparison: any } }).entente;
      const pane = comparison.sigma;
      const graph = pane.getGraph();
      const box = pane.getContainer().getBoundingClientRect();
      const at = (node: string) => pane.framedGraphToViewport(pane.getNodeDisplayData(node));
      const nodes: { x: number; y: number; r: number }[] = [];
      graph.forEachNode((key: string) => {
        const d = pane.getNodeDisplayData(key);
        if (d && !d.hidden) nodes.push({ ...at(key), r: pane.scaleSize(d.size) });
      });
      // Each drawn edge as a polyline (a curved arrow sampled along its bend).
      const shapes: { key: string; points: { x: number; y: number }[] }[] = [];
      graph.forEachEdge((key: string, _a: unknown, source: string, target: string) => {
        const d = pane.getEdgeDisplayData(key);
        if (!d || d.hidden) return;
        const s = at(source);
        const t = at(target);
        if (d.type !== 'curvedArrow') {
          shapes.push({ key, points: [s, t] });
          return;
        }
        const k = d.curvature ?? 0.25;
        const control = {
          x: (s.x + t.x) / 2 + k * (t.y - s.y),
          y: (s.y + t.y) / 2 - k * (t.x - s.x),
        };
        const points = Array.from({ length: 13 }, (_, i) => {
          const u = i / 12;
          return {
            x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * control.x + u * u * t.x,
            y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * control.y + u * u * t.y,
          };
        });
        shapes.push({ key, points });
      });
      const distance = (p: { x: number; y: number }, points: { x: number; y: number }[]) => {
        let best = Infinity;
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1]!;
          const b = points[i]!;
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const t = Math.max(
            0,
            Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
          );
          best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
        }
        return best;
      };
      // The straight transfer arrow whose middle is furthest from every other edge and node.
      let best: { text: string; x: number; y: number; clearance: number } | null = null;
      for (const c of shapes) {
        if (c.points.length !== 2 || graph.getEdgeAttribute(c.key, 'edgeKind') !== 'transfer')
          continue;
        const [from, to] = c.points as [{ x: number; y: number }, { x: number; y: number }];
        if (Math.hypot(to.x - from.x, to.y - from.y) < 50) continue;
        const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
        const clearance = Math.min(
          ...nodes.map((n) => Math.hypot(n.x - mid.x, n.y - mid.y) - n.r),
          ...shapes.filter((o) => o !== c).map((o) => distance(mid, o.points)),
        );
        if (best && clearance <= best.clearance) continue;
        const [s, t] = graph.extremities(c.key);
        best = {
          text: `${graph.getNodeAttribute(s, 'label')} → ${graph.getNodeAttribute(t, 'label')}`,
          x: box.left + mid.x,
          y: box.top + mid.y,
          clearance,
        };
      }
      return best;
    });
    expect(arrow).not.toBeNull();
    // Far enough from the rest that the picker can only mean this arrow.
    expect(arrow!.clearance).toBeGreaterThan(6);
    await page.mouse.move(arrow!.x, arrow!.y);
    const tip = page.getByTestId('comparison-pane').getByRole('tooltip');
    await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toBe(arrow!.text);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('difference view at 1280 x 720: the graph beside the legend and notes, no label under them; folding the legend frames it closer', async () => {
    const small = await launchBrowser({ viewport: { width: 1280, height: 720 } });
    try {
      for (const q of ['from=2015&to=2024&cmp=1990-1999', 'from=1945&to=2025&cmp=1990-1999']) {
        const { page, errors } = await openApp(small.context, `${baseUrl}?${q}`);
        await page.getByTestId('diff-legend').waitFor({ timeout: 10_000 });
        await settled(page);
        const seen = await page.evaluate(() => {
          const { sigma, labels } = (
            window as unknown as { entente: { sigma: any; labels(): any[] } }
          ).entente;
          const container = sigma.getContainer() as HTMLElement;
          const origin = container.getBoundingClientRect();
          const cards = [
            ...container.parentElement!.querySelectorAll('.diff-legend, .flow-note'),
          ].map((el) => {
            const r = el.getBoundingClientRect();
            return {
              x: r.left - origin.left,
              y: r.top - origin.top,
              width: r.width,
              height: r.height,
            };
          });
          const under: string[] = [];
          sigma.getGraph().forEachNode((key: string) => {
            const d = sigma.getNodeDisplayData(key);
            if (!d || d.hidden) return;
            const p = sigma.framedGraphToViewport(d);
            if (
              cards.some(
                (c) => p.x > c.x && p.x < c.x + c.width && p.y > c.y && p.y < c.y + c.height,
              )
            )
              under.push(key);
          });
          return { cards, under, labels: labels().map((l: { key: string; box: Box }) => l) };
        });
        expect(seen.cards.length).toBeGreaterThan(0);
        // No node's centre under a card, no label under one.
        expect(seen.under).toEqual([]);
        for (const l of seen.labels)
          for (const c of seen.cards) expect(intersects(l.box, c), l.key).toBe(false);
        expect(seen.labels.length).toBeGreaterThan(10);
        // Folding the legend gives its room back: the camera frames the graph closer.
        const ratio = () =>
          page.evaluate(
            () =>
              (window as unknown as { entente: { sigma: any } }).entente.sigma
                .getCamera()
                .getState().ratio as number,
          );
        const open = await ratio();
        await page.locator('.diff-legend summary').click();
        await expect.poll(ratio, { timeout: 10_000 }).toBeLessThan(open * 0.97);
        expect(errors).toEqual([]);
        await page.close();
      }
    } finally {
      await small.close();
    }
  });
});
