/**
 * The app in a real browser: it loads without errors, draws a non-blank network, reacts to
 * filters, hover, click, search, layout switches and the keyboard, and works under a sub-path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  drawnCounts,
  launchBrowser,
  nextFrames,
  openApp,
  overlayCanvas,
  paintedPixels,
  pixelDifference,
  settled,
  waitForCountsChange,
  type Browser,
} from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');
const subPathUrl = inject('subPathUrl');

async function canvasShot(page: Page) {
  return page.locator('[data-testid=network-canvas]').screenshot();
}

/** Screen position (page coordinates) of a node, read from sigma. */
async function nodePosition(page: Page, key: string) {
  return page.evaluate((k) => {
    const { sigma, graph } = (window as unknown as { entente: { sigma: any; graph: any } }).entente;
    const p = sigma.graphToViewport(graph.getNodeAttributes(k));
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

async function nodeCoordinates(page: Page) {
  return page.evaluate(() => {
    const { graph } = (window as unknown as { entente: { graph: any } }).entente;
    const out: Record<string, [number, number]> = {};
    graph.forEachNode((k: string, a: { x: number; y: number }) => (out[k] = [a.x, a.y]));
    return out;
  });
}

describe.skipIf(!chromium)('network view in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no console error, names its landmarks and draws a non-blank network', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    for (const name of ['Filters', 'Network', 'Details', 'Legend']) {
      await expect(page.getByRole('region', { name, exact: true }).count()).resolves.toBe(1);
    }
    const { painted, total } = await paintedPixels(page, await canvasShot(page));
    expect(painted / total).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('patches the drawn graph when a filter changes', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const before = await drawnCounts(page);
    const shotBefore = await canvasShot(page);
    await page.getByRole('checkbox', { name: 'Arms transfers' }).uncheck();
    await waitForCountsChange(page, before);
    await settled(page);
    const after = await drawnCounts(page);
    expect(after.edges).toBeLessThan(before.edges);
    expect(await pixelDifference(page, shotBefore, await canvasShot(page))).toBeGreaterThan(0.005);
    // All ties off: the canvas says so in words.
    await page.getByRole('checkbox', { name: 'Bilateral agreements' }).uncheck();
    await page.getByRole('checkbox', { name: 'Multilateral agreements' }).uncheck();
    await expect(
      page.getByText('Nothing to show').waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights on hover and fills Details on click', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    // The first camera fit may still glide: a position read during it misses the node.
    await settled(page);
    const p = await nodePosition(page, 'USA');
    const before = await canvasShot(page);
    await page.mouse.move(p.x, p.y);
    // The hover emphasis is a sigma reducer: wait until it is set, then for a drawn frame.
    await page.waitForFunction(
      () =>
        (window as unknown as { entente: { sigma: any } }).entente.sigma.getSetting(
          'nodeReducer',
        ) !== null,
    );
    await nextFrames(page);
    expect(await pixelDifference(page, before, await canvasShot(page))).toBeGreaterThan(0.01);
    await page.mouse.click(p.x, p.y);
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name: 'United States', level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await expect(details.getByText('Top recipients').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a state by search, selects it, and Escape clears the selection (keyboard only)', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const search = page.getByRole('combobox', { name: 'Search a state or an agreement' });
    await search.focus();
    await page.keyboard.type('Fran');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name: 'France', level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(details.getByRole('heading', { name: 'France', level: 3 }).count()).resolves.toBe(
      0,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the nodes when the layout switches, and the map draws a non-blank world', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const force = await nodeCoordinates(page);
    await page.getByText('Map', { exact: true }).click();
    await page.waitForFunction(
      () =>
        (document.querySelector('input[name=layout][value=geo]') as HTMLInputElement | null)
          ?.checked === true,
    );
    await settled(page);
    const geo = await nodeCoordinates(page);
    const moved = Object.keys(force).filter(
      (k) => geo[k] && Math.hypot(geo[k][0] - force[k]![0], geo[k][1] - force[k]![1]) > 1,
    );
    expect(moved.length).toBeGreaterThan(Object.keys(force).length * 0.8);
    // In the map, the United States lie west of China.
    expect(geo.USA![0]).toBeLessThan(geo.CHN![0]);
    const { painted, total } = await paintedPixels(page, await canvasShot(page));
    expect(painted / total).toBeGreaterThan(0.01);
    // The land is drawn on a canvas of its own, under all of sigma's layers, as large as the view.
    const background = await overlayCanvas(page, 'background-layer');
    expect(background!.layers[0]).toBe('background-layer');
    expect(background!.fits).toBe(true);
    expect(background!.painted).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works when served under a sub-path', async () => {
    expect(subPathUrl).toMatch(/\/entente\/$/);
    const { page, errors } = await openApp(browser.context, subPathUrl);
    const { painted, total } = await paintedPixels(page, await canvasShot(page));
    expect(painted / total).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });
});
