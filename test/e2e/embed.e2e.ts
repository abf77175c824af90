/**
 * Embeds that carry context, in Chromium at an iframe's size (640 x 400): the title (automatic,
 * or a presented step's), the period and a compact legend, in light and dark, with nothing over
 * anything else; and "Copy embed code" gives an iframe with the view's link, size and title.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeTalk } from '../../src/url/talk';
import { launchBrowser, openApp, paintedPixels, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const SHOTS = join(process.cwd(), '.tmp', 'embed');

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

/** Text boxes of the embed's head and legend: none overlaps another, all inside the window. */
async function textBoxesApart(page: Page) {
  const parts = [
    page.locator('.embed-title'),
    page.locator('.embed-link'),
    page.locator('.network-panel'),
    ...(await page.locator('.embed-legend li').all()),
  ];
  if ((await page.locator('.embed-period').count()) > 0) parts.push(page.locator('.embed-period'));
  const boxes = await Promise.all(parts.map(box));
  const viewport = page.viewportSize()!;
  for (const [i, a] of boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(a.y + a.height).toBeLessThanOrEqual(viewport.height + 0.5);
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  }
}

describe.skipIf(!chromium)('embeds in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser({ viewport: { width: 640, height: 400 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the title, period and a compact legend in the ${scheme} theme`, async () => {
      const themed =
        scheme === 'light'
          ? browser
          : await launchBrowser({ colorScheme: 'dark', viewport: { width: 640, height: 400 } });
      try {
        const { page, errors } = await openApp(
          themed.context,
          `${baseUrl}?embed=1&from=1980&to=1989&region=Europe`,
        );
        await expect(page.locator('.embed-title').textContent()).resolves.toBe(
          'Arms transfers and alliances, 1980–1989, Europe',
        );
        const legend = page.getByRole('list', { name: 'Legend' });
        const items = (await legend.getByRole('listitem').allTextContents()).map((t) => t.trim());
        expect(items).toContain('Europe');
        expect(items).toContain('Arms transfer');
        expect(items.length).toBeGreaterThan(5);
        await textBoxesApart(page);
        // The page follows the theme: dark text on light, or light on dark.
        const bg = await page.evaluate(
          () => getComputedStyle(document.querySelector('.app.embed')!).backgroundColor,
        );
        expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(17, 19, 23)');
        const shot = await page.screenshot({ path: join(SHOTS, `embed-${scheme}.png`) });
        const { painted, total } = await paintedPixels(page, shot);
        expect(painted / total).toBeGreaterThan(0.01);
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        if (themed !== browser) await themed.close();
      }
    });
  }

  it("shows a presented step's title with its period", async () => {
    const talk = encodeURIComponent(
      encodeTalk([
        { title: 'Before the wall fell', query: 'from=1985&to=1989' },
        { title: 'The Gulf War coalition', query: 'year=1991&region=Asia' },
      ]),
    );
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?year=1991&region=Asia&embed=1&present=2&talk=${talk}`,
    );
    await expect(page.locator('.embed-title').textContent()).resolves.toBe(
      'The Gulf War coalition',
    );
    await expect(page.locator('.embed-period').textContent()).resolves.toBe('1991');
    await textBoxesApart(page);
    await page.screenshot({ path: join(SHOTS, 'embed-step.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies embed code: an iframe with the view link, size and title', async () => {
    const wide = await launchBrowser();
    try {
      await wide.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseUrl).origin,
      });
      const { page, errors } = await openApp(
        wide.context,
        `${baseUrl}?src=test-fixtures/source/small-source.json&from=2000&to=2003&sel=FRA`,
      );
      await page.getByText('Embed', { exact: true }).click();
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await page.getByRole('status').filter({ hasText: 'Embed code copied.' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const frame = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const frames = doc.querySelectorAll('iframe');
        const f = frames[0];
        return {
          count: frames.length,
          others: doc.body.children.length,
          src: f?.getAttribute('src'),
          width: f?.getAttribute('width'),
          height: f?.getAttribute('height'),
          title: f?.getAttribute('title'),
        };
      }, copied);
      expect(frame).toMatchObject({ count: 1, others: 1, width: '640', height: '400' });
      expect(frame.title).toBe('Entente: Arms transfers and alliances, 2000–2003');
      const src = new URL(frame.src!);
      expect(`${src.origin}${src.pathname}`).toBe(new URL(baseUrl).href);
      expect(src.searchParams.get('embed')).toBe('1');
      expect(src.searchParams.get('src')).toBe('test-fixtures/source/small-source.json');
      expect(src.searchParams.get('from')).toBe('2000');
      expect(src.searchParams.get('sel')).toBe('FRA');
      // The copied code is shown as well, for browsers that refuse the clipboard.
      await expect(page.getByLabel('Embed code').inputValue()).resolves.toBe(copied);
      expect(errors).toEqual([]);

      // The embed it gives opens with the file's data and its title.
      const embedded = await openApp(wide.context, frame.src!);
      await expect(embedded.page.locator('.embed-title').textContent()).resolves.toBe(
        'Arms transfers and alliances, 2000–2003',
      );
      await embedded.page.close();
      await page.close();
    } finally {
      await wide.close();
    }
  });
});
