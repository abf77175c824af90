/**
 * Events of defence-industry diplomacy in a real browser: the timeline's events lane draws its
 * markers, the kind toggles (the `events` filter) hide them, a click or Enter selects an event
 * and Details shows its date, states, related records and source; a pair shows its deal story
 * in time order, each step a link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, overlayCanvas, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const markers = (page: Page, kind?: string) =>
  timeline(page).locator(kind ? `.tl-event.is-${kind}` : '.tl-event');

describe.skipIf(!chromium)('events in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the events lane, hides a kind by its toggle, and selects an event into Details', async () => {
    // India: its exhibitions and exercises are few, so their rows are open.
    const { page, errors } = await openApp(browser.context, `${baseUrl}?focus=IND`);
    await expect.poll(() => markers(page, 'signing').count()).toBeGreaterThan(5);
    expect(await markers(page, 'exhibition').count()).toBeGreaterThan(0);
    // A series keeps its editions on one named row.
    expect(await timeline(page).locator('[data-row="series:Aero India"]').count()).toBe(1);

    // The legend is the filter: exhibitions off, their markers gone, the URL says so.
    const toggle = timeline(page).getByRole('button', { name: 'Exhibition', exact: true });
    await toggle.click();
    await expect.poll(() => markers(page, 'exhibition').count()).toBe(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await markers(page, 'signing').count()).toBeGreaterThan(5);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('events')))
      .toBe('visit,summit,signing,exercise,export-decision');
    await toggle.click();
    await expect.poll(() => markers(page, 'exhibition').count()).toBeGreaterThan(0);

    // Click a marker: Details shows the event, its source, and links to what it produced.
    const marker = timeline(page).locator('[data-event="usa-ind-2009-01-p8i"]');
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('evt')))
      .toBe('usa-ind-2009-01-p8i');
    const article = details(page).getByRole('article', {
      name: 'Details of India orders eight P-8I maritime patrol aircraft',
    });
    await article.waitFor();
    expect(await article.textContent()).toContain('January 2009');
    expect(await article.locator('.source').textContent()).toMatch(/^Source: \S/);
    await expect.poll(() => marker.getAttribute('class')).toContain('is-selected');
    // Its deal is a link to the pair, with the deal pointed out.
    await article.getByRole('button', { name: 'P-8I Poseidon' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/sel=USA&with=IND/);

    // Enter on a focused marker selects it too.
    const visit = timeline(page).locator('[data-event="usa-ind-2006-03-visit"]');
    await visit.focus();
    await page.keyboard.press('Enter');
    await details(page)
      .getByRole('article', { name: 'Details of President Bush visits India' })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('opens the folded group of an event a link selects, and lets the reader fold it again', async () => {
    // Exhibitions are many: their group is folded by default, but a selected edition shows.
    const { page, errors } = await openApp(browser.context, `${baseUrl}?evt=idex-2019`);
    const header = timeline(page).locator('[data-group="events:exhibition"][role="button"]');
    await expect.poll(() => header.getAttribute('aria-expanded')).toBe('true');
    const marker = timeline(page).locator('[data-event="idex-2019"]');
    await expect.poll(() => marker.getAttribute('class')).toContain('is-selected');
    await header.click();
    await expect.poll(() => header.getAttribute('aria-expanded')).toBe('false');
    expect(await marker.count()).toBe(0);
    // An edition further down (the exercises come after the exhibitions) is scrolled into sight.
    const far = await openApp(browser.context, `${baseUrl}?evt=rimpac-2014`);
    const farMarker = timeline(far.page).locator('[data-event="rimpac-2014"]');
    await expect.poll(() => farMarker.getAttribute('class')).toContain('is-selected');
    const lanes = await timeline(far.page).locator('.tl-lanes').boundingBox();
    const box = await farMarker.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(lanes!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(lanes!.y + lanes!.height);
    errors.push(...far.errors);
    // Without a selected event the group starts folded.
    const plain = await openApp(browser.context, baseUrl);
    const plainHeader = timeline(plain.page).locator(
      '[data-group="events:exhibition"][role="button"]',
    );
    await expect.poll(() => plainHeader.getAttribute('aria-expanded')).toBe('false');
    expect([...errors, ...plain.errors]).toEqual([]);
  });

  it('names a selected event’s states on the network and dims the rest', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?evt=usa-ind-2006-03-visit`);
    const labels = () =>
      page.evaluate(() =>
        (window as unknown as { entente: { labels(): { key: string }[] } }).entente
          .labels()
          .map((l) => l.key)
          .sort(),
      );
    // Everything else gives its label up: the host and the guest are the picture.
    await expect.poll(labels).toEqual(['IND', 'USA']);
    // Of the ties that carry events, only theirs keeps its badge.
    const badges = () =>
      page.locator('canvas.event-marks-layer').getAttribute('data-badges').then(Number);
    await expect.poll(badges).toBe(1);
    expect(errors).toEqual([]);
  });

  it('marks ties that carry events with a badge, and rings exhibition hosts when asked', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?focus=IND&from=2000&to=2024`,
    );
    const layer = page.locator('canvas.event-marks-layer');
    const count = (name: 'badges' | 'halos') =>
      layer.evaluate((el, n) => Number((el as HTMLCanvasElement).dataset[n] ?? -1), name);
    await expect.poll(() => count('badges')).toBeGreaterThan(1);
    expect(await count('halos')).toBe(0);
    // Its own canvas, between sigma's edges and nodes, as large as the view, with the badges on it.
    const marks = await overlayCanvas(page, 'event-marks-layer');
    expect(marks!.layers.indexOf('event-marks-layer')).toBe(
      marks!.layers.indexOf('sigma-nodes') - 1,
    );
    expect(marks!.fits).toBe(true);
    expect(marks!.painted).toBeGreaterThan(0);
    // A pair selected keeps its own tie's badge only.
    const search = page.getByPlaceholder(/Search states/);
    await search.fill('United States India');
    await search.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/sel=USA&with=IND/);
    await expect.poll(() => count('badges')).toBe(1);
    await page.goBack();
    await expect.poll(() => count('badges')).toBeGreaterThan(1);
    const halos = timeline(page).getByRole('button', { name: 'Exhibition hosts on the network' });
    await halos.click();
    await expect.poll(() => count('halos')).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('halos')))
      .toBe('1');
    // The Filters' event kinds are the same filter: visits, summits, signings and export
    // decisions off leave no badge (exercises and exhibitions make none).
    for (const name of ['Visit', 'Summit', 'Signing', 'Export decision'])
      await timeline(page).getByRole('button', { name, exact: true }).click();
    await expect.poll(() => count('badges')).toBe(0);
    expect(await count('halos')).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('tells a pair as a deal story: visits and signings, agreements, orders, deliveries in order', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?sel=USA&with=IND`);
    const story = details(page).getByRole('region', {
      name: 'The deal story of United States and India',
    });
    await story.waitFor();
    await story.getByRole('button', { name: /Show the whole story/ }).click();
    const steps = await story.locator('li.story-step').evaluateAll((items) =>
      items.map((li) => ({
        stage: li.getAttribute('data-stage'),
        title: li.querySelector('button')!.textContent,
      })),
    );
    const at = (stage: string, title: string) =>
      steps.findIndex((s) => s.stage === stage && s.title === title);
    // The 2005 framework, the P-8I: announced, ordered, delivered, in that order.
    const announced = at('event', 'India orders eight P-8I maritime patrol aircraft');
    const ordered = at('order', 'P-8I Poseidon');
    const delivered = at('delivery', 'P-8I Poseidon');
    expect(at('agreement', 'US-India Defense Framework 2005')).toBeGreaterThanOrEqual(0);
    expect(announced).toBeGreaterThanOrEqual(0);
    expect(announced).toBeLessThan(ordered);
    expect(ordered).toBeLessThan(delivered);
    expect(new Set(steps.map((s) => s.stage))).toEqual(
      new Set(['event', 'agreement', 'order', 'delivery']),
    );
    // Each step is a link: the signing opens its event.
    await story
      .getByRole('button', { name: 'India orders eight P-8I maritime patrol aircraft' })
      .click();
    await expect
      .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('evt')))
      .toBe('usa-ind-2009-01-p8i');
    expect(errors).toEqual([]);
  });
});
