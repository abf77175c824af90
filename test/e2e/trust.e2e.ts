/**
 * Trustworthy for every user: no serious or critical accessibility violation (axe-core) on any
 * view, in light and dark; no request leaves the origin during a full session; a keyboard-only
 * path selects a state, changes the years and opens the Data view.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeTalk } from '../../src/url/talk';
import { launchBrowser, nextFrames, openApp, settled, waitForDrawn, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

describe.skipIf(!chromium)('trust: accessibility, privacy, keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const talk = encodeURIComponent(
    encodeTalk([{ title: 'A step', caption: 'Caption', query: 'year=1985' }]),
  );
  const views: [string, string, ((page: Page) => Promise<void>)?][] = [
    ['main view', ''],
    ['map with a selection', '?layout=geo&sel=FRA&year=1985'],
    ['hull mode with blocs', '?multi=hull&color=bloc&from=1980&to=1989'],
    ['rankings', '?panels=filters,timeline,rankings'],
    ['data view', '?panels=filters,timeline,data'],
    ['an edge selected', '?edge=t%3AFRA%3EEGY&from=2015&to=2024'],
    ['a pair', '?sel=USA&with=KOR&from=1990&to=2010'],
    ['a focus', '?focus=IND,PAK&dir=in&sel=IND'],
    [
      'search results',
      '',
      async (page) => {
        await page.getByRole('combobox', { name: 'Search a state or an agreement' }).fill('Rafale');
        await page.getByRole('listbox', { name: 'Search results' }).waitFor();
      },
    ],
    ['presentation', `?present=1&talk=${talk}`],
    ['embed', '?embed=1&year=1970'],
    [
      'import dialog',
      '',
      async (page) => {
        await page.getByLabel('Import data').setInputFiles({
          name: 'x.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('a,b\n1,2\n'),
        });
        await page.getByRole('dialog', { name: 'Import data' }).waitFor();
      },
    ],
    [
      'menus open',
      '',
      async (page) => {
        await page.getByText('Tours', { exact: true }).click();
        await page.getByText(/^Present/).click();
      },
    ],
  ];

  // One test per view and scheme: each stays well inside the time limit on a loaded machine.
  for (const scheme of ['light', 'dark'] as const) {
    describe(`no serious or critical axe violation (${scheme})`, () => {
      let themed: Browser;
      beforeAll(async () => {
        themed = scheme === 'light' ? browser : await launchBrowser({ colorScheme: 'dark' });
      });
      afterAll(async () => {
        if (themed && themed !== browser) await themed.close();
      });

      for (const [name, query, act] of views) {
        it(name, async () => {
          const { page, errors } = await openApp(themed.context, `${baseUrl}${query}`, {
            waitForLayout: false,
          });
          await act?.(page);
          await nextFrames(page);
          const failures = await seriousViolations(page);
          if (errors.length > 0) failures.push(`console errors ${errors.join(' | ')}`);
          await page.close();
          expect(failures).toEqual([]);
        });
      }
    });
  }

  it('makes no request outside its own origin during a full session', async () => {
    const origin = new URL(baseUrl).origin;
    const outside: string[] = [];
    const listener = (request: { url(): string }) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        outside.push(url);
    };
    browser.context.on('request', listener);
    try {
      const { page, errors } = await openApp(browser.context, baseUrl);
      await page.getByText('Map', { exact: true }).click();
      await page
        .getByRole('group', { name: 'Side panel' })
        .getByRole('button', { name: 'Rankings' })
        .click();
      await page
        .getByRole('group', { name: 'Side panel' })
        .getByRole('button', { name: 'Data' })
        .click();
      await page.getByText('Tours', { exact: true }).click();
      await page.getByRole('button', { name: 'The Cold War blocs' }).click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: 'Search a state or an agreement' }).fill('India');
      await page.keyboard.press('Enter');
      await page
        .getByRole('region', { name: 'Details', exact: true })
        .getByRole('heading', { name: 'India', level: 3 })
        .waitFor({ timeout: 10_000 });
      await settled(page);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      browser.context.off('request', listener);
    }
  });

  it('lets a keyboard-only user select a state, change the years and open the Data view', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    // Tab from the top of the page to the search box: it is the first control.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'combobox',
    );
    await page.keyboard.type('Egypt');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(
      details.getByRole('heading', { name: 'Egypt', level: 3 }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();

    // Tab on to the "From" year and type a new one.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        (document.activeElement?.closest('label')?.textContent ?? '').trim(),
      );
      if (label.startsWith('From')) break;
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1970');
    await page.keyboard.press('Tab');
    await expect(page.waitForURL(/from=1970/, { timeout: 5000 })).resolves.toBeUndefined();

    // Tab on to the Data tab and open it.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (text === 'Data') break;
    }
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Data', exact: true }).waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    await waitForDrawn(page, false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
