/**
 * Datasets by link (`src=`) and links to datasets this browser lacks, in Chromium: a file beside
 * the app loads and draws; a file on another site is requested only after the reader agreed (and
 * declining requests nothing); a broken file says where it is broken and keeps the loaded data; a
 * `data=import-...` link on a fresh browser says which dataset is missing and how to get it.
 * The fixtures (test/fixtures/source) are served by the test servers only, never shipped.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, nextFrames, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const FIXTURES = 'test-fixtures/source/';
/** Screenshots to look at (not compared). */
const SHOTS = join(process.cwd(), '.tmp', 'source');
const OTHER_SITE = 'https://datasets.example.org';
const drawnNodes = (page: Page) =>
  page.locator('[data-drawn-nodes]').getAttribute('data-drawn-nodes').then(Number);
const search = (page: Page) => new URLSearchParams(new URL(page.url()).search);

describe.skipIf(!chromium)('datasets by link in Chromium', () => {
  let browser: Browser;
  let defaultNodes = 0;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    const { page } = await openApp(browser.context, `${baseUrl}?from=2000&to=2003`);
    defaultNodes = await drawnNodes(page);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads and draws a file beside the app, keeps src in the link, keeps the file only when asked', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?src=${FIXTURES}small-source.json&from=2000&to=2003&sel=FRA`,
    );
    // The fixture's four states (the default data draws many more in those years).
    expect(defaultNodes).toBeGreaterThan(20);
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-drawn-nodes]')?.getAttribute('data-drawn-nodes')) <= 6,
    );
    expect(await drawnNodes(page)).toBeGreaterThanOrEqual(4);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Showing small-source.json from this site' })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByText('Data: small-source.json').count()).resolves.toBe(1);
    expect(search(page).get('src')).toBe(`${FIXTURES}small-source.json`);
    expect(search(page).get('sel')).toBe('FRA');
    await page.screenshot({ path: join(SHOTS, 'loaded.png') });
    // Not kept: the Data menu lists no dataset of this browser.
    await page.getByText('Data: small-source.json').click();
    await page.getByText('No imported dataset is kept in this browser.').waitFor();
    await page.getByText('Data: small-source.json').click();
    // Kept only when asked: then the Data menu lists it.
    await page.getByRole('button', { name: 'Keep in this browser' }).click();
    await page.getByText('kept in this browser (see the Data menu)').waitFor();
    await page.getByText('Data: small-source.json').click();
    await page.getByRole('button', { name: 'Remove small-source.json' }).waitFor();
    await expect(
      page
        .getByText(
          /Opened by link from http:\/\/127\.0\.0\.1:\d+\/test-fixtures\/source\/small-source\.json/,
        )
        .count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks before another site; declining requests nothing and keeps the default data', async () => {
    const outside: string[] = [];
    const origin = new URL(baseUrl).origin;
    const listener = (request: { url(): string }) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        outside.push(url);
    };
    browser.context.on('request', listener);
    try {
      const src = encodeURIComponent(`${OTHER_SITE}/v1/entente.json`);
      const { page, errors } = await openApp(
        browser.context,
        `${baseUrl}?src=${src}&from=2000&to=2003`,
      );
      const dialog = page.getByRole('dialog', { name: 'Load a dataset from another site?' });
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toContain(OTHER_SITE);
      await page.screenshot({ path: join(SHOTS, 'asking.png') });
      // The safe answer has the focus.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
        "Don't load it",
      );
      await dialog.getByRole('button', { name: "Don't load it" }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('src'));
      expect(await drawnNodes(page)).toBe(defaultNodes);
      // Requests are reported in the order they are made: once one of our own, made after the
      // app's next frames (its effects have run), has been reported, any the app made has been.
      await nextFrames(page);
      const marker = `${origin}/?after-the-answer`;
      await Promise.all([
        page.waitForRequest(marker),
        page.evaluate((url) => fetch(url).then(() => undefined), marker),
      ]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      browser.context.off('request', listener);
    }
  });

  it('loads a file from another site once the reader agreed', async () => {
    const requested: string[] = [];
    const body = readFileSync(join(process.cwd(), 'test/fixtures/source/small-source.json'));
    await browser.context.route(`${OTHER_SITE}/**`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body,
      });
    });
    try {
      const src = encodeURIComponent(`${OTHER_SITE}/v1/small.json`);
      const { page, errors } = await openApp(
        browser.context,
        `${baseUrl}?src=${src}&from=2000&to=2003`,
      );
      const dialog = page.getByRole('dialog', { name: 'Load a dataset from another site?' });
      await dialog.waitFor();
      expect(requested).toEqual([]);
      await dialog.getByRole('button', { name: 'Load the dataset' }).click();
      await page.waitForFunction(
        () =>
          Number(document.querySelector('[data-drawn-nodes]')?.getAttribute('data-drawn-nodes')) <=
          6,
      );
      expect(requested).toEqual([`${OTHER_SITE}/v1/small.json`]);
      expect(search(page).get('src')).toBe(`${OTHER_SITE}/v1/small.json`);
      await expect(page.getByText(`Showing small.json from ${OTHER_SITE}`).count()).resolves.toBe(
        1,
      );
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await browser.context.unroute(`${OTHER_SITE}/**`);
    }
  });

  it('says where a broken file is wrong and keeps the loaded data', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?src=${FIXTURES}bad-source.json&from=2000&to=2003`,
    );
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('bad-source.json');
    expect(text).toMatch(/line 4\b/);
    expect(text).toContain('field "category"');
    expect(text).toContain('the default dataset is shown instead');
    await page.screenshot({ path: join(SHOTS, 'failed.png') });
    expect(await drawnNodes(page)).toBe(defaultNodes);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says which kept dataset a link needs when this browser lacks it', async () => {
    const fresh = await launchBrowser();
    try {
      const { page } = await openApp(
        fresh.context,
        `${baseUrl}?data=import-m1x2y3&dataname=SIPRI+register+2024.csv&from=2000&to=2003`,
      );
      const alert = page.getByRole('alert').filter({ hasText: 'not in this browser' });
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('SIPRI register 2024.csv');
      expect(text).toContain('import-m1x2y3');
      expect(text).toContain('ask the author for the file');
      expect(text).toContain('src=');
      await page.screenshot({ path: join(SHOTS, 'missing.png') });
      expect(await drawnNodes(page)).toBe(defaultNodes);
    } finally {
      await fresh.close();
    }
  });
});
