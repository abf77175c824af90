/**
 * The timeline in a real browser: brushing changes the network's year range (the Filters fields,
 * the drawn edges and the URL), the keyboard moves and resizes the range, Play steps the year in
 * "as of" mode, hovering shows figures and clicking an agreement bar selects it.
 *
 * Needs the panel wired into App.tsx inside <section aria-label="Timeline">.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

async function drawnEdges(page: Page) {
  return page
    .locator('[data-drawn-nodes]')
    .evaluate((el) => Number(el.getAttribute('data-drawn-edges')));
}

function filterYears(page: Page) {
  const filters = page.getByRole('region', { name: 'Filters', exact: true });
  return {
    from: filters.getByRole('spinbutton', { name: 'From', exact: true }),
    to: filters.getByRole('spinbutton', { name: 'To', exact: true }),
  };
}

async function years(page: Page): Promise<[number, number]> {
  const { from, to } = filterYears(page);
  return [Number(await from.inputValue()), Number(await to.inputValue())];
}

function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline', exact: true });
}

/** Drag across the volume band, from one fraction of its width to another. */
async function brush(page: Page, from: number, to: number) {
  const box = (await timeline(page).locator('.tl-brush .overlay').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

async function waitUntil(check: () => Promise<boolean>, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe.skipIf(!chromium)('timeline in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('brushing sets the year range of the network, the Filters fields and the URL', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    await expect(timeline(page).locator('.tl-area').count()).resolves.toBeGreaterThan(0);
    const [from0, to0] = await years(page);
    const edges0 = await drawnEdges(page);
    const url0 = page.url();

    await brush(page, 0.2, 0.45);
    const [from1, to1] = await years(page);
    expect(from1).toBeGreaterThan(from0);
    expect(to1).toBeLessThan(to0);
    expect(from1).toBeLessThan(to1);
    await expect(waitUntil(async () => (await drawnEdges(page)) !== edges0)).resolves.toBe(true);
    expect(await drawnEdges(page)).toBeLessThan(edges0);
    // The URL follows once the app writes view state into it.
    await expect(waitUntil(async () => page.url() !== url0)).resolves.toBe(true);

    // A change made elsewhere moves the brush: its selection follows the From field.
    const selection = timeline(page).locator('.tl-brush .selection');
    const before = (await selection.boundingBox())!;
    await filterYears(page).from.fill(String(from1 - 10));
    await expect(
      waitUntil(async () => (await selection.boundingBox())!.x < before.x - 5),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves and resizes the range from the keyboard', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const slider = timeline(page).getByRole('slider', { name: 'Period on the timeline' });
    await slider.focus();
    const [first, last] = await years(page);

    await page.keyboard.press('Shift+ArrowLeft');
    expect(await years(page)).toEqual([first, last - 1]);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await years(page)).toEqual([first + 1, last - 1]);
    await page.keyboard.press('ArrowLeft');
    expect(await years(page)).toEqual([first, last - 2]);
    await page.keyboard.press('End');
    expect(await years(page)).toEqual([first + 2, last]);
    await page.keyboard.press('Home');
    expect(await years(page)).toEqual([first, last - 2]);
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe(`${first} to ${last - 2}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays through the years in "as of" mode and stops on Pause', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const panel = timeline(page);
    await panel.getByRole('radio', { name: 'As of year' }).check();
    const slider = panel.getByRole('slider', { name: 'Year on the timeline' });
    await slider.focus();
    await page.keyboard.press('Home');
    const start = Number(await slider.getAttribute('aria-valuenow'));
    const edges0 = await drawnEdges(page);

    await panel.getByRole('combobox', { name: 'Play speed (years per second)' }).selectOption('4');
    await panel.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(
      waitUntil(async () => Number(await slider.getAttribute('aria-valuenow')) >= start + 3),
    ).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Pause', exact: true }).click();
    const stopped = Number(await slider.getAttribute('aria-valuenow'));
    // Not a wait for a condition but for its absence: longer than two steps at 4 years a second.
    await page.waitForTimeout(700);
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(stopped);
    // The Filters panel shows the same year, and the network followed.
    await expect(
      page
        .getByRole('region', { name: 'Filters', exact: true })
        .locator('output')
        .first()
        .innerText(),
    ).resolves.toBe(String(stopped));
    await expect(waitUntil(async () => (await drawnEdges(page)) !== edges0)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows figures on hover and selects an agreement on click', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const panel = timeline(page);
    const box = (await panel.locator('.tl-brush .overlay').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height - 4);
    await expect(panel.getByRole('tooltip').innerText()).resolves.toMatch(/^\d{4}: /);

    const bar = panel.locator('.tl-bar').first();
    // "<name>, <from> to <to or in force>, <n> members"
    const name = (await bar.getAttribute('aria-label'))!.replace(
      /, \d{4} to (in force|\d{4}), \d+ members?$/,
      '',
    );
    await bar.click();
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name, level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await expect(bar.getAttribute('class')).resolves.toContain('is-selected');
    expect(errors).toEqual([]);
    await page.close();
  });
});
