/**
 * Exploring in a real browser: a focus link draws only the focused states and their partners
 * (the same set the model computes), Details and Filters set and clear the focus, the "only"
 * shortcut keeps one region; a pair link shows every deal and the year strip, a partner in a
 * state's Details and an arrow open the pair; search finds common names, typos, weapons and pairs,
 * says "No match", and follows the ARIA combobox pattern.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATASET_KINDS } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate';
import { aggregate } from '../../src/model/aggregate';
import { indexDataset } from '../../src/model/dataset';
import { buildGraphSpec } from '../../src/model/graph';
import type { ViewState } from '../../src/model/viewState';
import { cleanViewState } from '../../src/url/clean';
import { parseQuery } from '../../src/url/params';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const DATA = join(process.cwd(), 'public/data');
const { dataset } = validateDataset(
  DATASET_KINDS.map((kind) => ({
    kind,
    file: `${kind}.json`,
    text: readFileSync(join(DATA, `${kind}.json`), 'utf8'),
  })),
);
const data = indexDataset(dataset!);

/** The states the model draws for a link: what the browser must show. */
function expectedNodes(query: string): string[] {
  const view: ViewState = cleanViewState(parseQuery(query), data).state;
  const agg = aggregate(data, view.filters, view.display.multilateral);
  const spec = buildGraphSpec(data, agg, {
    multilateral: view.display.multilateral,
    weight: view.display.weight,
    size: view.display.size,
    showIsolated: view.display.showIsolated,
  });
  return [...spec.nodes.keys()].sort();
}

const drawnNodes = (page: Page) =>
  page.locator('[data-drawn-nodes]').getAttribute('data-drawn-nodes').then(Number);
const query = (page: Page) => new URL(page.url()).searchParams;
const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true });
const searchBox = (page: Page) =>
  page.getByRole('combobox', { name: 'Search a state or an agreement' });

describe.skipIf(!chromium)('focus, pairs and search in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws only the focused states and their partners for a focus link', async () => {
    const link = '?focus=IND&from=1990&to=2024&ties=transfers';
    const expected = expectedNodes(link);
    // India and every state it traded arms with in the period, no one else.
    expect(expected).toContain('IND');
    expect(expected).toEqual(expect.arrayContaining(['RUS', 'FRA', 'ISR']));
    expect(expected).not.toContain('BRA');
    const everyone = expectedNodes('?from=1990&to=2024&ties=transfers');
    expect(expected.length).toBeLessThan(everyone.length / 3);

    const { page, errors } = await openApp(browser.context, `${baseUrl}${link}`);
    expect(await drawnNodes(page)).toBe(expected.length);
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.getByRole('button', { name: 'India', exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(
      page.getByText('Filtered: focus on India', { exact: false }).first().isVisible(),
    ).resolves.toBe(true);

    // As supplier: India's own exports only.
    await filters.getByText('Supplier', { exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('dir') === 'out');
    const out = expectedNodes(`${link}&dir=out`);
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-drawn-nodes]')?.getAttribute('data-drawn-nodes')) ===
        n,
      out.length,
    );

    // The chip's cross takes India out: no focus left.
    await filters.getByRole('button', { name: 'Remove India from the focus' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('focus'));
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-drawn-nodes]')?.getAttribute('data-drawn-nodes')) ===
        n,
      expectedNodes('?from=1990&to=2024&ties=transfers&dir=out').length,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focuses from Details, adds and clears, and keeps one region with "only"', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?sel=PAK&from=1990&to=2024&ties=transfers`,
    );
    await details(page).getByRole('button', { name: 'Focus on this state' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'PAK');
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-drawn-nodes]')?.getAttribute('data-drawn-nodes')) ===
        n,
      expectedNodes('?focus=PAK&from=1990&to=2024&ties=transfers').length,
    );
    // Another state's Details offers to add it.
    await page.goto(`${baseUrl}?focus=PAK&sel=IND&from=1990&to=2024&ties=transfers`);
    await details(page).getByRole('button', { name: 'Add to focus' }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('focus') === 'PAK,IND',
    );
    await details(page).getByRole('button', { name: 'Clear focus' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('focus'));

    await page.getByRole('button', { name: 'Only Africa' }).click();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('region') === 'Africa',
    );
    await expect(page.getByRole('checkbox', { name: 'Europe' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Africa' }).isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every deal of a pair and the year strip for a pair link', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?sel=FRA&with=EGY`);
    const pair = details(page).getByRole('article', { name: 'France and Egypt' });
    await pair.waitFor();
    await expect(pair.getByRole('heading', { name: 'France and Egypt' }).count()).resolves.toBe(1);
    const toEgypt = pair.getByRole('region', { name: 'Arms from France to Egypt' });
    const fraEgy = data.transfers.filter((t) => t.supplier === 'FRA' && t.recipient === 'EGY');
    await expect(toEgypt.locator('li[data-deal]').count()).resolves.toBe(fraEgy.length);
    await expect(toEgypt.getByText('Rafale', { exact: true }).count()).resolves.toBe(2);
    await expect(toEgypt.getByText(/ordered 2015 \(24\)/).count()).resolves.toBe(1);
    // The strip: one mark per delivery year, an axis with years.
    const strip = pair.getByRole('img', { name: /Years of the deals and shared agreements/ });
    const years = new Set(fraEgy.flatMap((t) => t.deliveries.map((d) => d.year)));
    await expect(strip.locator('rect[height]').count()).resolves.toBeGreaterThanOrEqual(years.size);
    await expect(strip.getByText('2000', { exact: true }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the pair from a partner in Details and from an arrow', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?sel=FRA&from=2010&to=2024`);
    await details(page)
      .getByRole('button', { name: 'France and Egypt: every deal and agreement' })
      .first()
      .click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('with') === 'EGY');
    expect(query(page).get('sel')).toBe('FRA');
    await details(page).getByRole('article', { name: 'France and Egypt' }).waitFor();

    // An arrow selection (edge=) opens the same view, its direction first.
    await page.goto(`${baseUrl}?edge=t%3AFRA%3EEGY&from=2015&to=2024`);
    const pair = details(page).getByRole('article', { name: 'France and Egypt' });
    await pair.waitFor();
    const first = pair.getByRole('region').first();
    await expect(first.getAttribute('aria-label')).resolves.toBe('Arms from France to Egypt');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds what people type, and says when nothing matches', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl, { waitForLayout: false });
    const box = searchBox(page);
    const firstOption = async (text: string) => {
      await box.fill(text);
      const listbox = page.getByRole('listbox', { name: 'Search results' });
      await listbox.waitFor();
      return listbox.getByRole('option').first().textContent();
    };
    expect(await firstOption('US')).toMatch(/^StateUnited States/);
    expect(await firstOption('UK')).toMatch(/^StateUnited Kingdom/);
    expect(await firstOption('America')).toMatch(/^StateUnited States/);
    expect(await firstOption('USSR')).toMatch(/^StateSoviet Union/);
    expect(await firstOption('DPRK')).toMatch(/^StateNorth Korea/);
    expect(await firstOption('Egpyt')).toMatch(/^StateEgypt/);
    expect(await firstOption('US South Korea')).toMatch(/^PairUnited States and South Korea/);
    expect(await firstOption('Rafale')).toMatch(/^DealRafaleFrance → Egypt/);

    // The highlighted option is the active descendant, and Enter takes it.
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    const second = page.locator(`[id="${active}"]`);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    const chosen = (await second.textContent()) ?? '';
    const route = /France → ([A-Za-z ]+?),/.exec(chosen)![1]!;
    await box.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('with'));
    const recipient = data.countries.find((c) => c.name === route)!.id;
    expect([query(page).get('sel'), query(page).get('with')]).toEqual(['FRA', recipient]);
    const pair = details(page).getByRole('article', { name: `France and ${route}` });
    await pair.waitFor();
    await expect(pair.locator('li.highlighted').first().textContent()).resolves.toContain('Rafale');

    // A pair, typed.
    await box.fill('France Egypt');
    await page.getByRole('listbox', { name: 'Search results' }).waitFor();
    await box.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('with') === 'EGY');

    // Nothing found: said so; Escape closes the list.
    await box.fill('xyzzy');
    await expect(page.getByText('No match for “xyzzy”').isVisible()).resolves.toBe(true);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await box.fill('Britain');
    await page.getByRole('listbox', { name: 'Search results' }).waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('listbox', { name: 'Search results' }).count()).resolves.toBe(0);

    // The option under a state focuses on it.
    await box.fill('Pakistan');
    await page.getByRole('option', { name: /Focus on Pakistan/ }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'PAK');
    expect(errors).toEqual([]);
    await page.close();
  });
});
