/**
 * The camera frames what the network draws: on opening a view without `cam=`, after a filter
 * change (choosing a region), but not once the user has moved it (until 0 fits again); the
 * fitted camera stays out of the URL, a link's own camera is kept exactly.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  drawnCounts,
  launchBrowser,
  openApp,
  settled as standStill,
  waitForCountsChange,
  type Browser,
} from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

/** Where the drawn nodes' centres sit in the view, as fractions of its width and height. */
async function framing(page: Page) {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
    const { width, height } = sigma.getDimensions();
    const xs: number[] = [];
    const ys: number[] = [];
    sigma.getGraph().forEachNode((key: string) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      xs.push(p.x / width);
      ys.push(p.y / height);
    });
    const { x, y, ratio } = sigma.getCamera().getState();
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      camera: { x, y, ratio },
    };
  });
}

const cam = (page: Page) => new URL(page.url()).searchParams.get('cam');

/** Every node inside the view, and the drawing filling it across or down. */
function expectFitted(f: Awaited<ReturnType<typeof framing>>) {
  expect(f.left).toBeGreaterThanOrEqual(0);
  expect(f.top).toBeGreaterThanOrEqual(0);
  expect(f.right).toBeLessThanOrEqual(1);
  expect(f.bottom).toBeLessThanOrEqual(1);
  expect(Math.max(f.right - f.left, f.bottom - f.top)).toBeGreaterThan(0.75);
}

/** Wait until the picture stands still (a fit waits for the graph, then glides); read the framing. */
async function settled(page: Page) {
  await standStill(page);
  return framing(page);
}

/** Click a region's "only" button and wait until the network draws the region's ties. */
async function onlyRegion(page: Page, region: string) {
  const before = await drawnCounts(page);
  await page.getByRole('button', { name: `Only ${region}` }).click();
  await page.waitForURL(new RegExp(`region=${region}`));
  await waitForCountsChange(page, before);
}

describe.skipIf(!chromium)('camera in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits the drawn graph after a filter change until the user moves it, and 0 fits again', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1990&to=2010&ties=transfers&region=Africa`,
    );
    const africa = await settled(page);
    expectFitted(africa);
    // Zoomed in on a few states, not the whole world's frame; and not written into the link.
    expect(africa.camera.ratio).toBeLessThan(0.8);
    expect(cam(page)).toBe(null);

    // Choosing a region fits the camera to it.
    await onlyRegion(page, 'Europe');
    const europe = await settled(page);
    expectFitted(europe);
    expect(europe.camera).not.toEqual(africa.camera);
    expect(cam(page)).toBe(null);

    // The user zooms: the camera is theirs (in the link) and a filter change leaves it alone.
    await page.getByTestId('network-canvas').focus();
    await page.keyboard.press('+');
    await expect.poll(() => cam(page), { timeout: 10_000 }).not.toBe(null);
    const chosen = (await settled(page)).camera;
    // Once Asia is drawn and nothing moves (no fit waits either), the camera is where it was.
    await onlyRegion(page, 'Asia');
    expect((await settled(page)).camera).toEqual(chosen);

    // 0 fits what is drawn again, and the link forgets the camera.
    await page.getByTestId('network-canvas').focus();
    await page.keyboard.press('0');
    await expect.poll(() => cam(page), { timeout: 10_000 }).toBe(null);
    expectFitted(await settled(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a link that names its camera exactly there', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1990&to=2010&ties=transfers&region=Africa&cam=0.55,0.6,0.6`,
    );
    const { camera } = await settled(page);
    expect(camera.x).toBeCloseTo(0.55, 4);
    expect(camera.y).toBeCloseTo(0.6, 4);
    expect(camera.ratio).toBeCloseTo(0.6, 4);
    expect(cam(page)).toBe('0.55,0.6,0.6');
    expect(errors).toEqual([]);
    await page.close();
  });
});
