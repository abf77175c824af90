/**
 * Offline use in a real browser: a visit installs the service worker, which keeps the app and
 * the default data; offline, a reload (or a deep link) still draws the network, at the root and
 * under a sub-path. A new deployment is announced and taken only when the user asks.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { precacheManifest } from '../../scripts/vite-plugins/serviceWorker';
import { launchBrowser, openApp, waitForDrawn, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');
const subPathUrl = inject('subPathUrl');

/** Wait until the service worker has installed (everything kept) and is active; list the cache. */
async function keptFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const active = registration.active!;
    if (active.state !== 'activated')
      await new Promise<void>((resolve) =>
        active.addEventListener('statechange', () => active.state === 'activated' && resolve()),
      );
    const cache = await caches.open('entente-precache');
    return (await cache.keys()).map((request) => {
      const url = new URL(request.url);
      return url.pathname.slice(new URL(registration.scope).pathname.length);
    });
  });
}

const drawnNodes = (page: Page) =>
  page.locator('[data-drawn-nodes]').evaluate((el) => Number(el.getAttribute('data-drawn-nodes')));

describe.skipIf(!chromium)('offline use in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [where, url] of [
    ['at the root', () => baseUrl],
    ['under a sub-path', () => subPathUrl],
  ] as const) {
    it(`draws the network offline after one visit (${where})`, async () => {
      const { page, errors } = await openApp(browser.context, url());
      const online = await drawnNodes(page);
      const kept = await keptFiles(page);
      // Every file of the app and of the default data is kept.
      const expected = precacheManifest('dist').map((entry) => entry.url);
      expect(expected).toEqual(expect.arrayContaining(['index.html', 'data/transfers.json']));
      expect([...kept].sort()).toEqual([...expected].sort());

      await browser.context.setOffline(true);
      try {
        await page.reload();
        await waitForDrawn(page);
        expect(await drawnNodes(page)).toBe(online);
        // A deep link opens too, with lazily loaded parts (Details, Data view).
        await page.goto(`${url()}?year=1985&sel=FRA`);
        await waitForDrawn(page, false);
        await page
          .getByRole('region', { name: 'Details', exact: true })
          .getByRole('heading', { name: 'France', level: 3 })
          .waitFor({ timeout: 10_000 });
        await page
          .getByRole('group', { name: 'Side panel' })
          .getByRole('button', { name: 'Data', exact: true })
          .click();
        await page.getByRole('region', { name: 'Data', exact: true }).waitFor({ timeout: 10_000 });
      } finally {
        await browser.context.setOffline(false);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('announces a new version and switches only when asked', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    await keptFiles(page);
    await page.reload();
    await waitForDrawn(page, false);
    // The page now runs under the worker: mark it, to see whether it is ever reloaded.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const notice = page.getByText('A new version of Entente is available.');
    expect(await notice.count()).toBe(0);

    // Deploy a new version: any change to sw.js is one.
    const original = readFileSync('dist/sw.js', 'utf8');
    appendFileSync('dist/sw.js', '\n// a new deployment\n');
    try {
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
      });
      await notice.waitFor({ timeout: 20_000 });
      // Downloaded and waiting; the running page is left alone.
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting?.state ?? null,
          marker: (window as unknown as { marker?: number }).marker,
        };
      });
      expect(state).toEqual({ waiting: 'installed', marker: 1 });

      await Promise.all([
        page.waitForEvent('load', { timeout: 20_000 }),
        page.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForDrawn(page, false);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
        undefined,
      );
      expect(await notice.count()).toBe(0);
    } finally {
      writeFileSync('dist/sw.js', original);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
