/**
 * The first picture (a link with no view key): legible (at most about 400 ties, at least 15 states
 * named), honest about what it leaves out, one click from every tie, and Back returns to it. A
 * link that names a key keeps its meaning.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, waitForDrawn, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const drawnEdges = (page: Page) =>
  page.locator('[data-drawn-edges]').evaluate((el) => Number(el.getAttribute('data-drawn-edges')));

const namedStates = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { entente: { labels(): { key: string }[] } }).entente
        .labels()
        .filter((l) => !l.key.startsWith('agreement:') && !l.key.startsWith('hull:')).length,
  );

describe.skipIf(!chromium)('first picture in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a readable picture, says what it leaves out, and shows every tie in one click', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const first = await drawnEdges(page);
    expect(first).toBeLessThanOrEqual(400);
    expect(first).toBeGreaterThan(200);
    expect(await namedStates(page)).toBeGreaterThanOrEqual(15);
    const note = page.locator('.first-picture-note');
    await expect(note.textContent()).resolves.toMatch(
      /alliances with a defence obligation and the \d+ strongest of [\d,]+ arms flows\. Left out: non-aggression, .* agreements, [\d,]+ weaker flows/,
    );
    // The link now says what the picture is, so it opens again as the same picture.
    const link = new URL(page.url()).searchParams;
    expect(link.get('types')).toBe('collective-defence,mutual-defence');
    expect(Number(link.get('flows'))).toBeGreaterThan(0);

    await note.getByRole('button', { name: 'Show every tie' }).click();
    await expect.poll(() => drawnEdges(page), { timeout: 30_000 }).toBeGreaterThan(2 * first);
    await expect(note.count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('types')).toBe(null);

    await page.goBack();
    await expect.poll(() => drawnEdges(page), { timeout: 30_000 }).toBe(first);
    await expect(page.locator('.first-picture-note').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the meaning of a link that names a key', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?layout=force`);
    await waitForDrawn(page);
    expect(await drawnEdges(page)).toBeGreaterThan(800);
    await expect(page.locator('.first-picture-note').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
