/**
 * Deep links and presenting, in a real browser: a link opens as the same picture in a fresh
 * browser, Back and Forward restore earlier views, a presentation steps by keyboard, every tour
 * draws every step, and garbage in the URL gives the default view with a notice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeTalk } from '../../src/url/talk';
import {
  launchBrowser,
  openApp,
  paintedPixels,
  pixelDifference,
  settled,
  waitForQuery,
  type Browser,
} from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const canvasShot = (page: Page) => page.locator('[data-testid=network-canvas]').screenshot();
const query = (page: Page) => new URL(page.url()).search;
/** The query string as waitForQuery reads it: without the `?`. */
const bare = (search: string) => search.replace(/^\?/, '');

describe.skipIf(!chromium)('deep links and presenting in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a copied link in a fresh browser as the same picture', async () => {
    const link = `${baseUrl}?year=1985&ties=bilateral,multilateral&layout=geo&sel=POL&cam=0.55,0.6,0.6`;
    const { page, errors } = await openApp(browser.context, link);
    const first = await canvasShot(page);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('sel=POL');
    expect(copied).toContain('year=1985');

    const fresh = await launchBrowser();
    try {
      const other = await openApp(fresh.context, copied);
      const second = await canvasShot(other.page);
      expect(await pixelDifference(other.page, first, second)).toBeLessThan(0.02);
      const { painted, total } = await paintedPixels(other.page, second);
      expect(painted / total).toBeGreaterThan(0.01);
      await expect(
        other.page
          .getByRole('region', { name: 'Details', exact: true })
          .getByRole('heading', { name: 'Poland' })
          .count(),
      ).resolves.toBe(1);
      expect(other.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('steps back and forward through what the user did', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const start = query(page);
    const transfers = page.getByRole('checkbox', { name: 'Arms transfers' });
    await transfers.uncheck();
    await waitForQuery(page, { part: 'ties=' });
    const afterTies = query(page);
    await page.getByText('Map', { exact: true }).click();
    await waitForQuery(page, { part: 'layout=geo' });

    await page.goBack();
    await waitForQuery(page, { exactly: bare(afterTies) });
    await page.getByRole('radio', { name: 'Force' }).and(page.locator(':checked')).waitFor();
    await page.goBack();
    await waitForQuery(page, { exactly: bare(start) });
    await transfers.and(page.locator(':checked')).waitFor();
    await page.goForward();
    await waitForQuery(page, { exactly: bare(afterTies) });
    await transfers.and(page.locator(':not(:checked)')).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('steps through a three-step presentation by keyboard', async () => {
    const talk = encodeTalk([
      { title: 'Nineteen fifty', query: 'year=1950' },
      { title: 'Nineteen seventy', caption: 'A caption', query: 'year=1970&layout=geo' },
      { title: 'Nineteen ninety', query: 'year=1990&sel=USA' },
    ]);
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?present=1&talk=${encodeURIComponent(talk)}`,
    );
    const card = page.getByRole('complementary', { name: 'Presentation step' });
    await expect(card.getByRole('heading', { name: 'Nineteen fifty' }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Filters' }).count()).resolves.toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect(
      card.getByRole('heading', { name: 'Nineteen seventy' }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    // The years slide to the step's (about 0.7 s), then the link holds the step's view.
    await expect(page.waitForURL(/year=1970/, { timeout: 5000 })).resolves.toBeUndefined();
    await page.keyboard.press('PageDown');
    await expect(
      card.getByRole('heading', { name: 'Nineteen ninety' }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await page.keyboard.press('PageUp');
    await expect(
      card.getByRole('heading', { name: 'Nineteen seventy' }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await page.keyboard.press('ArrowRight');
    await waitForQuery(page, { part: 'sel=USA' });
    // Escape leaves the presentation and keeps the step's view, its selection included.
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('region', { name: 'Filters' }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    expect(query(page)).toContain('sel=USA');
    expect(query(page)).not.toContain('present=');
    await expect(
      page
        .getByRole('region', { name: 'Details', exact: true })
        .getByRole('heading', { name: 'United States', level: 3 })
        .count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // One test per tour: each opens the app afresh and plays every step.
  const { tours } = JSON.parse(
    readFileSync(join(process.cwd(), 'public/data/tours.json'), 'utf8'),
  ) as {
    tours: { id: string; title: string; steps: { title: string }[] }[];
  };
  it('has the built-in tours', () => {
    expect(tours.length).toBeGreaterThanOrEqual(6);
  });
  for (const tour of tours) {
    it(`opens the tour "${tour.title}" and draws each of its steps`, async () => {
      const { page, errors } = await openApp(browser.context, baseUrl);
      await page.getByText('Tours', { exact: true }).click();
      await page.getByRole('button', { name: tour.title }).click();
      const card = page.getByRole('complementary', { name: 'Presentation step' });
      for (const [i, step] of tour.steps.entries()) {
        await expect(
          card.getByRole('heading', { name: step.title }).waitFor({ timeout: 5000 }),
        ).resolves.toBeUndefined();
        // The camera flies and the years slide into the step: wait until the picture stands still.
        await settled(page);
        const { painted, total } = await paintedPixels(page, await canvasShot(page));
        expect(painted / total, `${tour.id} step ${i + 1}`).toBeGreaterThan(0.002);
        await expect(
          page.getByRole('status').filter({ hasText: 'ignored' }).count(),
          `${tour.id} step ${i + 1} has no ignored parts`,
        ).resolves.toBe(0);
        await page.keyboard.press('ArrowRight');
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens a link full of garbage as the default view, with a notice and no console error', async () => {
    const garbage = `${baseUrl}?from=abc&to=99999&ties=%3Cscript%3E&sel=<img src=x onerror=alert(1)>&cam=NaN,1,2&layout=javascript:alert(1)&talk=%%%&zzz=1`;
    const { page, errors } = await openApp(browser.context, garbage);
    const notice = page.getByRole('status').filter({ hasText: 'ignored' });
    await expect(notice.first().waitFor({ timeout: 5000 })).resolves.toBeUndefined();
    await expect(page.locator('img[src=x]').count()).resolves.toBe(0);
    const { painted, total } = await paintedPixels(page, await canvasShot(page));
    expect(painted / total).toBeGreaterThan(0.01);
    expect(errors).toEqual([]);
    await page.close();
  });
});
