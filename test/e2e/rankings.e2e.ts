/**
 * The Rankings panel in a real browser: a "Rankings" region with the "Top suppliers" and "Top
 * recipients" tables, which follow the period set in the Filters panel, and whose state buttons
 * select the state in Details. (Needs the panel wired into App.tsx in a region named "Rankings".)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

describe.skipIf(!chromium)('rankings panel in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows top suppliers and recipients that follow the period', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl, { waitForLayout: false });
    await page
      .getByRole('group', { name: 'Side panel' })
      .getByRole('button', { name: 'Rankings' })
      .click();
    const rankings = page.getByRole('region', { name: 'Rankings', exact: true });
    await rankings.waitFor({ timeout: 10_000 });
    const suppliers = rankings.getByRole('table', { name: 'Top suppliers', exact: true });
    const recipients = rankings.getByRole('table', { name: 'Top recipients', exact: true });
    await suppliers.waitFor({ timeout: 10_000 });
    await expect(recipients.count()).resolves.toBe(1);
    // Ten rows at most before "show all" (plus the header row).
    const rowCount = await suppliers.getByRole('row').count();
    expect(rowCount).toBeGreaterThan(1);
    expect(rowCount).toBeLessThanOrEqual(11);
    const before = await suppliers.textContent();

    const filters = page.getByRole('region', { name: 'Filters', exact: true });
    await filters.getByRole('spinbutton', { name: 'From', exact: true }).fill('1990');
    await filters.getByRole('spinbutton', { name: 'To', exact: true }).fill('1999');
    await expect(
      rankings.getByText(/1990–1999; share of the world total/).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    const after = await suppliers.textContent();
    expect(after).not.toEqual(before);
    // The change column compares with 1980–1989.
    await expect(rankings.getByText(/change vs 1980–1989/).count()).resolves.toBe(1);

    // "Show all" lists more than ten suppliers, and toggles back.
    const showAll = rankings.getByRole('button', { name: /^Show all \d+$/ }).first();
    if ((await showAll.count()) > 0) {
      await showAll.click();
      expect(await suppliers.getByRole('row').count()).toBeGreaterThan(11);
    }

    // The columns sort as the comparison's do: by change, largest first, then the other way; the
    // volume column says it is the order until then.
    const volume = suppliers.getByRole('columnheader', { name: /^TIV|^Units|^Deals/ });
    await expect(volume.getAttribute('aria-sort')).resolves.toBe('descending');
    const change = suppliers.getByRole('columnheader', { name: /^Change/ });
    await change.getByRole('button').click();
    await expect(change.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(volume.getAttribute('aria-sort')).resolves.toBe('none');
    const firstChange = async () =>
      (await suppliers.getByRole('row').nth(1).getByRole('cell').last().textContent())!;
    const top = await firstChange();
    // The keyboard sorts too: the header's button takes Enter.
    await change.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(change.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await firstChange()).not.toBe(top);
    await volume.getByRole('button').click();

    // The rankings as CSV, named after the period.
    const [csvFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      rankings.getByRole('button', { name: 'Rankings as CSV' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe('entente-rankings-1990-1999.csv');
    const csv = readFileSync(await csvFile.path()).toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFrole,id,name,rank,\w+_1990-1999,share_pct,/);
    expect(csv).toMatch(/\r\nsupplier,[A-Z]{3},[^,]+,1,/);
    expect(csv).toMatch(/\r\nrecipient,/);

    // A state's button selects it in Details.
    const first = suppliers.getByRole('row').nth(1).getByRole('button');
    const name = (await first.textContent())!;
    await first.click();
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name, level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the arms-and-alliances rankings', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?panels=filters,timeline,rankings`,
      { waitForLayout: false },
    );
    const rankings = page.getByRole('region', { name: 'Rankings', exact: true });
    await rankings.getByRole('table').first().waitFor({ timeout: 10_000 });
    for (const name of [
      'Share of deliveries to allies',
      'Import concentration (HHI)',
      'Deliveries to embargoed states, by supplier',
    ]) {
      await expect(rankings.getByRole('table', { name, exact: true }).count()).resolves.toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
