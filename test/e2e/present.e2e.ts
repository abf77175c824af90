/**
 * Presenting in a real browser: Start presentation enters full screen, Escape leaves full
 * screen first and the presentation on a second press; a step pins the Details card of its
 * selection; the step editor flags a step whose selection is not drawn in its period.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeTalk, encodeTalk, type TalkStep } from '../../src/url/talk';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const fullScreenElement = (page: Page) =>
  page.evaluate(() => document.fullscreenElement?.tagName ?? null);
const talkLink = (steps: TalkStep[]) => `${baseUrl}?talk=${encodeURIComponent(encodeTalk(steps))}`;

describe.skipIf(!chromium)('presenting in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts full screen; Escape leaves full screen, then the presentation', async () => {
    const { page, errors } = await openApp(
      browser.context,
      talkLink([
        { title: 'Nineteen seventy', query: 'year=1970' },
        { title: 'Nineteen ninety', query: 'year=1990' },
      ]),
    );
    await page.getByText(/^Present/).click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    const card = page.getByRole('complementary', { name: 'Presentation step' });
    await card.getByRole('heading', { name: 'Nineteen seventy' }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
    await expect(fullScreenElement(page)).resolves.toBe('HTML');
    // The toggle follows the fullscreenchange event, which comes after fullscreenElement changes.
    const toggle = (pressed: boolean) =>
      card.getByRole('button', { name: 'Full screen (F)', pressed }).waitFor({ timeout: 5000 });
    await toggle(true);

    // First Escape: out of full screen, still presenting.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
    await toggle(false);
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Filters' }).count()).resolves.toBe(0);

    // F goes back to full screen; Exit leaves both.
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
    await card.getByRole('button', { name: 'Exit (Esc)' }).click();
    await page.getByRole('region', { name: 'Filters' }).waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });

    // Presenting again, not full screen: one Escape leaves.
    await page.getByText(/^Present/).click();
    await page.getByRole('button', { name: 'Start presentation' }).click();
    await card.waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Filters' }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pins the Details card of a step that asks for it, beside the caption', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${talkLink([
        {
          title: 'France',
          caption: 'Its alliances in 1985',
          query: 'year=1985&sel=FRA',
          details: true,
        },
        { title: 'No card', query: 'year=1985&sel=USA' },
      ])}&present=1&year=1985&sel=FRA`,
    );
    const pinned = page.getByRole('complementary', { name: 'Details of the selection' });
    await pinned.getByRole('heading', { name: 'France', level: 3 }).waitFor({ timeout: 10_000 });
    await expect(pinned.getByText('Agreements in force in 1985').count()).resolves.toBe(1);
    // The card has its own column: the network fits beside it, nothing hides under it.
    const card = (await pinned.boundingBox())!;
    const network = (await page.getByTestId('network-canvas').boundingBox())!;
    expect(network.x + network.width).toBeLessThanOrEqual(card.x);
    await page.keyboard.press('ArrowRight');
    await page
      .getByRole('complementary', { name: 'Presentation step' })
      .getByRole('heading', { name: 'No card' })
      .waitFor({ timeout: 5000 });
    await expect(pinned.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flags a step whose selection is not drawn in its period, and pins its card on demand', async () => {
    const { page, errors } = await openApp(
      browser.context,
      talkLink([
        { title: 'The USSR in 2000', query: 'year=2000&sel=SUN' },
        { title: 'France in 1985', query: 'year=1985&sel=FRA' },
        { title: 'Nothing selected', query: 'year=1985' },
      ]),
    );
    await page.getByText(/^Present/).click();
    const editor = page.locator('details.talk-editor');
    const warnings = editor.locator('.step-warning');
    await expect(warnings.count()).resolves.toBe(1);
    await expect(warnings.first().textContent()).resolves.toBe(
      'Its selection is not drawn: Soviet Union did not exist in 2000 (1922–1991).',
    );
    const pins = editor.getByRole('checkbox', { name: /details/i });
    await expect(pins.nth(2).isDisabled()).resolves.toBe(true);
    await pins.nth(1).check();
    await page.waitForURL((url) => {
      const talk = url.searchParams.get('talk');
      return talk !== null && decodeTalk(talk).steps[1]?.details === true;
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
