/**
 * Importing data in a real browser: a file chosen through "Import data" is parsed in a worker and
 * changes the rankings; a broken file says where it is broken and keeps the current dataset; a
 * reload keeps the imported dataset; names that look like markup or script stay text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedFile, skipWithoutShared } from '../sharedData';
import { launchBrowser, openApp, waitForDrawn, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');
const FIXTURES = join(process.cwd(), 'test/fixtures/importers');
const SIPRI = sharedFile('sipri', 'trade-register_all-years_generated-2025-03-13.csv');
const TMP = join(process.cwd(), '.tmp/import-files');

/** Import files with the dialog's suggested choice, or the one named (its label's start). */
async function importFiles(page: Page, files: string[], mode?: string) {
  await page.getByLabel('Import data').setInputFiles(files);
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  // Enabled once the files are recognised (and the suggested choice set).
  await page.waitForFunction(
    () =>
      !document.querySelector<HTMLButtonElement>('[role=dialog] .dialog-buttons .primary')
        ?.disabled,
  );
  if (mode) await dialog.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await importButton.click();
  await dialog.getByRole('button', { name: 'Close' }).waitFor({ timeout: 60_000 });
  return dialog;
}

async function topSupplier(page: Page) {
  await page
    .getByRole('group', { name: 'Side panel' })
    .getByRole('button', { name: 'Rankings' })
    .click();
  const table = page.getByRole('table', { name: 'Top suppliers', exact: true });
  await table.waitFor({ timeout: 10_000 });
  return (await table.getByRole('row').nth(1).textContent()) ?? '';
}

describe.skipIf(!chromium)('import in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a SIPRI export, changes the rankings, and keeps it over a reload', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const before = await topSupplier(page);
    const dialog = await importFiles(page, [join(FIXTURES, 'sipri-transfers-quirks.csv')]);
    await expect(dialog.getByText(/The data now has \d+ deals/).count()).resolves.toBe(1);
    // The unmatched name is reported, not dropped.
    await expect(dialog.getByText(/Examplestan/).count()).resolves.toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitForDrawn(page, false);
    expect(new URL(page.url()).searchParams.get('data')).toMatch(/^import-/);
    const after = await topSupplier(page);
    expect(after).not.toEqual(before);
    expect(after).toContain('France');
    // SIPRI's values are there: the ranking is in TIV.
    await expect(page.getByText(/Sum of SIPRI TIV/).count()).resolves.toBeGreaterThan(0);

    await page.reload();
    await waitForDrawn(page, false);
    await expect(page.getByText(/^Data: sipri-transfers-quirks\.csv/).count()).resolves.toBe(1);
    expect(await topSupplier(page)).toContain('France');
    expect(errors).toEqual([]);

    // Remove it: back to the default dataset.
    await page.getByText(/^Data: /).click();
    await page.getByRole('button', { name: /^Remove sipri-transfers-quirks\.csv/ }).click();
    await expect(
      page.getByText('Data: default', { exact: true }).waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined();
    await page.close();
  });

  it('a SIPRI import with the suggested choice keeps the alliances and says where data comes from', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    await page
      .getByLabel('Import data')
      .setInputFiles([join(FIXTURES, 'sipri-transfers-allies.csv')]);
    const dialog = page.getByRole('dialog', { name: 'Import data' });
    const suggested = dialog.getByRole('radio', {
      name: /^Replace the transfers, keep the agreements/,
    });
    await expect(
      dialog.getByText(/SIPRI transfers export .*: arms transfers/).waitFor({ timeout: 10_000 }),
    ).resolves.toBeUndefined();
    expect(await suggested.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const status = dialog.getByText(/^Imported\. The data now has/);
    await status.waitFor({ timeout: 60_000 });
    // The file's 4 deals, and the default's agreements, all of them.
    const kept = /has 4 deals and ([\d,]+) agreements/.exec((await status.textContent()) ?? '');
    expect(Number(kept?.[1]?.replace(/,/g, ''))).toBeGreaterThan(200);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitForDrawn(page, false);

    // Agreement ties are still drawn: far more edges than the file's 4 supplier-recipient pairs.
    const edges = Number(await page.locator('[data-drawn-nodes]').getAttribute('data-drawn-edges'));
    expect(edges).toBeGreaterThan(50);

    // What describes the data follows it.
    const about = page.getByRole('region', { name: 'About the data' });
    await expect(about.textContent()).resolves.toMatch(
      /4 deals from the SIPRI Arms Transfers Database \(sipri-transfers-allies\.csv, generated 2026-03-01\)/,
    );
    await expect(about.textContent()).resolves.toMatch(/agreements from the Entente project/);
    await expect(page.getByText(/Default data: written by/).count()).resolves.toBe(0);

    // An ally share stays above 0 %: Poland's imports come from NATO allies.
    await page.getByRole('combobox', { name: 'Search a state or an agreement' }).fill('Poland');
    await page.keyboard.press('Enter');
    const line = page
      .getByRole('region', { name: 'Arms and alliances' })
      .getByText(/^Imports from allies:/)
      .locator('..');
    await line.waitFor({ timeout: 10_000 });
    const share = Number(/([\d.]+)\s*%/.exec((await line.textContent()) ?? '')?.[1]);
    expect(share).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a broken file with its line and keeps the current dataset', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const drawnBefore = await page.locator('[data-drawn-nodes]').getAttribute('data-drawn-edges');
    const broken = join(TMP, 'broken.json');
    writeFileSync(
      broken,
      '{\n  "schemaVersion": 1,\n  "transfers": [\n    { "id": "x", \n  ]\n}\n',
    );
    const dialog = await importFiles(page, [broken]);
    const alert = dialog.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/broken\.json, line \d+/);
    await expect(
      alert.getByText('Nothing was imported; the current dataset is unchanged.').count(),
    ).resolves.toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('[data-drawn-nodes]').getAttribute('data-drawn-edges')).toBe(
      drawnBefore,
    );
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders names that look like markup or script as text, and runs nothing', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    await page.evaluate(() => {
      (window as unknown as { __pwned?: number }).__pwned = 0;
    });
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const evil = join(TMP, 'evil.json');
    const name = '<img src=x onerror="window.__pwned=1">';
    writeFileSync(
      evil,
      JSON.stringify({
        schemaVersion: 1,
        countries: [
          {
            id: 'EVL',
            name,
            region: 'Europe',
            subregion: 'Western Europe',
            lat: 48,
            lon: 2,
            from: 1900,
            to: null,
          },
        ],
        agreements: [
          {
            id: 'evil-pact',
            name: 'javascript:alert(1)',
            type: 'mutual-defence',
            signed: '1990',
            ended: null,
            members: [
              { country: 'EVL', joined: '1990', left: null },
              { country: 'FRA', joined: '1990', left: null },
            ],
            source: '<script>window.__pwned=2</script>',
            url: 'javascript:alert(1)',
          },
        ],
        transfers: [],
        embargoes: [],
      }),
    );
    await importFiles(page, [evil], 'Add to the current data');
    await page
      .getByRole('dialog', { name: 'Import data' })
      .getByRole('button', { name: 'Close' })
      .click();
    await waitForDrawn(page, false);
    const search = page.getByRole('combobox', { name: 'Search a state or an agreement' });
    await search.fill('javascript');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name: 'javascript:alert(1)' }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await expect(
      details.getByText('<script>window.__pwned=2</script>', { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
    await details.getByRole('button', { name }).click();
    await expect(
      details.getByRole('heading', { name, level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await expect(page.locator('img[src=x]').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(skipWithoutShared(SIPRI))(
    'imports SIPRI’s full trade register (3.8 MB, Latin-1)',
    async () => {
      const { page, errors } = await openApp(browser.context, baseUrl);
      const dialog = await importFiles(page, [SIPRI]);
      await expect(dialog.getByText(/The data now has 29,5\d\d deals/).count()).resolves.toBe(1);
      await expect(dialog.getByText(/Every name was matched/).count()).resolves.toBe(1);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await waitForDrawn(page, false);
      expect(await topSupplier(page)).toMatch(/United States|Soviet Union/);
      // With values, the Data view's deal table (TIV column included) still fits its panel.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page
        .getByRole('group', { name: 'Side panel' })
        .getByRole('button', { name: 'Data', exact: true })
        .click();
      const data = page.getByRole('region', { name: 'Data', exact: true });
      await data
        .getByRole('group', { name: 'Table to show' })
        .getByRole('button', { name: /^Deals/ })
        .click();
      await data.locator('.data-table thead th', { hasText: 'TIV' }).waitFor({ timeout: 30_000 });
      const wrap = data.locator('.data-table-wrap');
      expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
