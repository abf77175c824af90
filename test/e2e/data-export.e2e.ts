/**
 * The Data view, the live summary and the exports in a real browser: tables sort and select,
 * the summary speaks, and every export downloads a file that parses back (CSV with papaparse,
 * GEXF with graphology-gexf, JSON with validateDataset, PNG decodes to a non-blank image).
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { launchBrowser, openApp, paintedPixels, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const withData = (url: string) =>
  `${url}${url.includes('?') ? '&' : '?'}panels=filters,timeline,data`;

/** The Data region: opened by the link's `panels`, or by its tab in the side column. */
async function dataRegion(page: Page) {
  const region = page.getByRole('region', { name: 'Data', exact: true });
  if ((await region.count()) === 0)
    await page
      .getByRole('group', { name: 'Side panel' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
  await region.waitFor({ timeout: 10_000 });
  return region;
}

/** Click a button and return the downloaded file's name and bytes. */
async function download(page: Page, name: string | RegExp) {
  const menu = page.locator('details.export-menu');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    menu.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const csvRows = (bytes: Buffer) => {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

/** What an SVG export holds, parsed by the browser's own XML parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const all = (selector: string, attribute: string) =>
      [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(attribute) ?? '');
    return {
      wellFormed: doc.getElementsByTagName('parsererror').length === 0,
      nodes: all('circle[data-node]', 'data-node'),
      edges: all('[data-edge]', 'data-edge'),
      flows: doc.querySelectorAll('g[data-edge^="t:"]').length,
      // Each flow: a head, and a body (none when the head fills the gap): a quadratic curve when
      // both directions of the pair are drawn, else a straight line.
      flowHeads: doc.querySelectorAll('g[data-edge^="t:"] > polygon').length,
      flowBodies: doc.querySelectorAll('g[data-edge^="t:"] > path').length,
      curvedFlows: [...doc.querySelectorAll('g[data-edge^="t:"] > path[d*="Q"]')].map((p) =>
        p.parentElement!.getAttribute('data-edge')!,
      ),
      straightFlows: [...doc.querySelectorAll('g[data-edge^="t:"] > path:not([d*="Q"])')].map((p) =>
        p.parentElement!.getAttribute('data-edge')!,
      ),
      hulls: all('[data-hull]', 'data-hull'),
      hullNames: [...doc.querySelectorAll('g[data-hull] > text')].map((t) => ({
        key: `hull:${t.parentElement!.getAttribute('data-hull')}`,
        text: t.textContent ?? '',
      })),
      spokes: doc.querySelectorAll('g[data-hull] > polyline').length,
      labels: [...doc.querySelectorAll('text[data-label]')].map((t) => ({
        key: t.getAttribute('data-label')!,
        text: t.textContent ?? '',
      })),
      footer: [...doc.querySelectorAll('g.footer text')].map((t) => t.textContent ?? ''),
      link: doc.querySelector('g.footer a')?.getAttribute('href') ?? null,
      land: doc.querySelector('g.land path') !== null,
    };
  }, text);
}

describe.skipIf(!chromium)('data view and exports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows sortable tables whose state names select the state', async () => {
    const { page, errors } = await openApp(browser.context, withData(baseUrl));
    const region = await dataRegion(page);
    await expect(region.getByRole('table', { name: /^Arms flows/ }).count()).resolves.toBe(1);

    await region
      .getByRole('group', { name: 'Table to show' })
      .getByRole('button', { name: /^Deals/ })
      .click();
    const table = region.getByRole('table', { name: /^Deals with deliveries/ });
    const rowCount = await table.locator('tbody tr').count();
    expect(rowCount).toBeGreaterThan(1);
    expect(rowCount).toBeLessThanOrEqual(200);

    // Sort by the first delivery year (the order year is a secondary column, hidden when narrow).
    const header = table.locator('thead th', { hasText: 'Delivered' });
    await expect(header.getAttribute('aria-sort')).resolves.toBe('none');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const column = await table.locator('thead th').allTextContents();
    const index = column.findIndex((t) => t.startsWith('Delivered'));
    const years = async () =>
      (await table.locator(`tbody tr > :nth-child(${index + 1})`).allTextContents())
        .filter((t) => t !== '')
        .map((t) => Number(t.slice(0, 4)));
    const down = await years();
    expect(down.length).toBeGreaterThan(0);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = await years();
    expect(up).toEqual([...up].sort((a, b) => a - b));

    // A state's name selects it: the Details panel shows it.
    const first = table.locator('tbody tr').first().getByRole('button').first();
    const name = (await first.textContent())!;
    await first.click();
    await expect(
      page
        .getByRole('region', { name: 'Details', exact: true })
        .getByRole('article', { name: `Details of ${name}` })
        .waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1440, 900],
    [1280, 720],
  ])(
    'at %ix%i follows the selection, filters by text, and fits every table in its panel',
    async (width, height) => {
      const { page, errors } = await openApp(browser.context, withData(`${baseUrl}?sel=FRA`));
      await page.setViewportSize({ width, height });
      const region = await dataRegion(page);
      await expect(region.getByText(/^Rows about/).textContent()).resolves.toMatch(
        /Rows about France, the selection/,
      );
      const choose = (name: RegExp) =>
        region.getByRole('group', { name: 'Table to show' }).getByRole('button', { name }).click();
      const cells = async (row: number) =>
        (
          await region.locator('.data-table tbody tr').nth(row).locator('th, td').allTextContents()
        ).map((t) => t.trim());
      const fits = () =>
        region.locator('.data-table-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);

      // Arms flows and deals: France supplies or receives every one.
      for (const table of [/^Arms flows/, /^Deals/]) {
        await choose(table);
        const rows = region.locator('.data-table tbody tr');
        await rows.first().waitFor();
        const n = await rows.count();
        expect(n).toBeGreaterThan(5);
        for (let i = 0; i < n; i++)
          expect((await cells(i)).slice(0, 2), `row ${i}`).toContain('France');
        expect(await fits()).toBe(true);
      }
      // Ties: France is one side; multilateral agreements: those France belongs to.
      await choose(/^Alliance ties/);
      await region.locator('.data-table tbody tr').first().waitFor();
      const ties = await region.locator('.data-table tbody tr').count();
      for (let i = 0; i < ties; i++) expect((await cells(i)).slice(0, 2)).toContain('France');
      expect(await fits()).toBe(true);
      await choose(/^Multilateral/);
      await expect(
        region.locator('.data-table tbody tr', { hasText: 'NATO' }).count(),
      ).resolves.toBeGreaterThan(0);
      expect(await fits()).toBe(true);

      // The text filter: designation words, any case.
      await choose(/^Deals/);
      // Rows in the table, not rows on the page (a page shows at most 200).
      const rowCount = async () =>
        Number(
          ((await region.locator('.data-table .data-count').textContent()) ?? '')
            .match(/\(([\d,]+) rows?/)![1]!
            .replace(/,/g, ''),
        );
      const before = await rowCount();
      await region.getByRole('searchbox', { name: 'Filter rows' }).fill('mirage');
      const caption = region.locator('.data-table caption');
      await expect(caption.textContent()).resolves.toMatch(/\(\d+ rows? of \d+/);
      const filtered = await region.locator('.data-table tbody tr').allTextContents();
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.length).toBeLessThan(before);
      for (const row of filtered) expect(row).toMatch(/Mirage/);
      // A state's name works too, and rows that match nothing say so.
      await region.getByRole('searchbox', { name: 'Filter rows' }).fill('zzz-nothing');
      await expect(region.getByText('No row matches “zzz-nothing”.').count()).resolves.toBe(1);
      await region.getByRole('searchbox', { name: 'Filter rows' }).fill('');

      // Every row again, on request.
      await region.getByRole('button', { name: 'Show all rows' }).click();
      await expect.poll(rowCount).toBeGreaterThan(before);
      expect(await fits()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('says what the network shows in a polite live region', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const live = page.locator('[data-testid=live-summary]');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    await page.waitForFunction(
      () =>
        /^\d{4}(–\d{4})?: \d+ states/.test(
          document.querySelector('[data-testid=live-summary]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 5000 },
    );
    const before = await live.textContent();
    await page.getByRole('checkbox', { name: 'Arms transfers' }).uncheck();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid=live-summary]')?.textContent !== text,
      before,
      { timeout: 5000 },
    );
    await expect(live.textContent()).resolves.toMatch(/arms transfers hidden/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports CSV, GEXF, JSON, PNG and SVG files that parse back', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);

    const deals = await download(page, 'Deals (CSV)');
    expect(deals.name).toMatch(/^entente-deals-\d{4}(-\d{4})?\.csv$/);
    const dealRows = csvRows(deals.bytes);
    expect(dealRows[0]).toContain('deal_id');
    expect(dealRows.length).toBeGreaterThan(1);

    const edges = await download(page, 'Flows and ties (CSV)');
    expect(edges.name).toMatch(/^entente-edges-.*\.csv$/);
    const edgeRows = csvRows(edges.bytes);
    expect(edgeRows[0]!.slice(0, 2)).toEqual(['kind', 'source_id']);
    expect(edgeRows.length).toBeGreaterThan(1);

    const gexf = await download(page, /GEXF/);
    expect(gexf.name).toMatch(/^entente-network-.*\.gexf$/);
    const graph = parseGexf(Graph, gexf.bytes.toString('utf8'));
    const drawn = await page.evaluate(() => {
      const { graph: g } = (window as unknown as { entente: { graph: any } }).entente;
      return { nodes: g.nodes().sort(), edges: g.edges().sort() };
    });
    expect(graph.nodes().sort()).toEqual(drawn.nodes);
    expect(graph.edges().sort()).toEqual(drawn.edges);

    const json = await download(page, /Entente JSON/);
    expect(json.name).toBe('entente-dataset-default.json');
    const text = json.bytes.toString('utf8');
    const kinds = ['countries', 'agreements', 'transfers', 'embargoes'] as const;
    const { dataset, problems } = validateDataset(
      kinds.map((kind) => ({ kind, file: json.name, text })),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.countries.length).toBeGreaterThan(100);
    expect(dataset.transfers.length).toBeGreaterThan(0);

    const png = await download(page, /PNG/);
    expect(png.name).toMatch(/^entente-network-.*\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { painted, total } = await paintedPixels(page, png.bytes);
    expect(painted / total).toBeGreaterThan(0.01);
    // Twice the network's width on screen: sharp on slides.
    const networkWidth = await page
      .getByTestId('network-canvas')
      .evaluate((el) => Math.round(el.clientWidth));
    expect(png.bytes.readUInt32BE(16)).toBe(2 * networkWidth);

    const timeline = page
      .locator('details.export-menu')
      .getByRole('button', { name: 'Timeline (SVG)' });
    const timelineDrawn = (await page.locator('svg.tl-svg').count()) > 0;
    expect(await timeline.isEnabled()).toBe(timelineDrawn);
    if (timelineDrawn) {
      const svg = await download(page, 'Timeline (SVG)');
      expect(svg.name).toMatch(/^entente-timeline-.*\.svg$/);
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toMatch(/^<\?xml/);
      expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
      // Head and lanes both: the volume's legend and the agreements' names.
      expect(svgText).toContain('delivered per year');
      expect(svgText).toContain('>NATO<');
    } else {
      // Disabled with a reason when no timeline is drawn.
      await expect(timeline.getAttribute('aria-describedby')).resolves.toBeTruthy();
    }
    await expect(page.locator('.export-status').textContent()).resolves.toMatch(/^Saved entente-/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the network as SVG with the drawn nodes, arrows, hulls, labels, legend and link', async () => {
    const view = '?year=1985&sel=FRA&multi=hull&layout=geo';
    const { page, errors } = await openApp(browser.context, `${baseUrl}${view}`);
    const file = await download(page, 'Network vector (SVG)');
    expect(file.name).toBe('entente-network-1985.svg');
    const svg = await readSvg(page, file.bytes.toString('utf8'));
    expect(svg.wellFormed).toBe(true);

    const drawn = await page.evaluate(() => {
      const { sigma, graph } = (window as unknown as { entente: { sigma: any; graph: any } })
        .entente;
      const { width, height } = sigma.getDimensions();
      const screen = (key: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
      const visibleEdges = graph.edges().filter((e: string) => {
        // Ties are straight lines from centre to centre, always drawn (under the nodes).
        if (!e.startsWith('t:')) return true;
        const [s, t] = graph.extremities(e);
        const a = screen(s);
        const b = screen(t);
        const radius = sigma.scaleSize(sigma.getNodeDisplayData(t).size);
        return Math.hypot(a.x - b.x, a.y - b.y) > radius;
      });
      const onScreen = graph.nodes().filter((key: string) => {
        const p = sigma.graphToViewport(graph.getNodeAttributes(key));
        return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
      });
      return {
        nodes: onScreen.sort(),
        // Edges sigma shows: not the arrows that end inside their target's disc (neighbours on
        // the map under a large node), which it does not draw either.
        edges: visibleEdges.sort(),
        flows: visibleEdges.filter((e: string) => e.startsWith('t:')).length,
        // Flows whose reverse is drawn too: those bend apart.
        reciprocal: graph
          .edges()
          .filter((e: string) => e.startsWith('t:'))
          .filter((e: string) => {
            const [s, t] = graph.extremities(e);
            return graph.hasEdge(`t:${t}>${s}`);
          }),
        // The labels the network drew: the label placement's choice.
        labels: (
          window as unknown as { entente: { labels(): { key: string; text: string }[] } }
        ).entente
          .labels()
          .map((l) => ({ key: l.key, text: l.text })),
      };
    });
    // Every node on screen, every edge, each flow an arrow (curved when it goes both ways).
    expect([...svg.nodes].sort()).toEqual(expect.arrayContaining(drawn.nodes));
    expect(svg.nodes.length).toBeGreaterThan(20);
    expect([...svg.edges].sort()).toEqual(drawn.edges);
    expect(svg.flows).toBe(drawn.flows);
    expect(svg.flowHeads).toBe(drawn.flows);
    expect(svg.flowBodies).toBeGreaterThan(drawn.flows / 2);
    for (const key of svg.curvedFlows) expect(drawn.reciprocal).toContain(key);
    for (const key of svg.straightFlows) expect(drawn.reciprocal).not.toContain(key);
    expect(svg.straightFlows.length).toBeGreaterThan(0);
    // Exactly the labels the network shows (the selected state's among them), and the names
    // of the hulls it shows.
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    const isHull = (l: { key: string }) => l.key.startsWith('hull:');
    expect([...svg.labels].sort(byKey)).toEqual(drawn.labels.filter((l) => !isHull(l)).sort(byKey));
    expect(svg.labels).toContainEqual({ key: 'FRA', text: 'France' });
    expect(svg.hullNames).toEqual(expect.arrayContaining(drawn.labels.filter(isHull)));
    // Hull mode on the map: NATO, scattered across the Atlantic, as spokes; the land.
    expect(svg.hulls).toContain('nato');
    expect(svg.spokes).toBeGreaterThan(0);
    expect(svg.land).toBe(true);
    // Legend, the view's summary, the citation and the link.
    const footer = svg.footer.join('\n');
    expect(footer).toContain('Collective defence');
    expect(footer).toMatch(/^1985: \d+ states/m);
    expect(footer).toContain('Entente, default dataset');
    expect(svg.link).toBe(page.url());
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints the network, its legend and the view's description on one page, without the chrome", async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?year=1985&sel=FRA`);
    const sheet = page.getByTestId('print-sheet');
    await expect(sheet.locator('svg').count()).resolves.toBe(0);
    await page.emulateMedia({ media: 'print' });
    await sheet.locator('svg circle[data-node="FRA"]').waitFor({ state: 'attached' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('region', { name: 'Filters' }).isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('network-canvas').isVisible()).resolves.toBe(false);
    await expect(sheet.locator('svg').isVisible()).resolves.toBe(true);
    const text = await sheet.locator('g.footer').textContent();
    expect(text).toContain('Collective defence');
    expect(text).toMatch(/1985: \d+ states/);
    // The sheet fits the printable area: one page.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
    await expect(sheet.locator('svg').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
