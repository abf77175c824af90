/**
 * A phone held upright turns the force layout a quarter (model/cameraAngle.ts), so the picture
 * runs down the tall canvas instead of lying in a band across its middle; wider canvases and the
 * map are never turned. Only the camera turns: a `cam=` link shows the same place and zoom on
 * every screen. And no label is drawn flush with, or across, the canvas's edge, at any size.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp, resizeTo, settled, waitForDrawn, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const PHONE = { width: 390, height: 844 };
const SMALL_LAPTOP = { width: 1280, height: 720 };
const LAPTOP = { width: 1440, height: 900 };
const QUARTER = Math.PI / 2;

/**
 * The drawn picture, measured through sigma's own projection: where the drawn nodes lie in the
 * canvas (fractions of its width and height), the camera, and where the frame's westmost and
 * eastmost drawn nodes (graph x) land on screen.
 */
async function picture(page: Page) {
  await settled(page);
  return page.evaluate(() => {
    const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
    const { width, height } = sigma.getDimensions();
    const nodes: { gx: number; x: number; y: number }[] = [];
    sigma.getGraph().forEachNode((key: string, attrs: { x: number }) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      nodes.push({ gx: attrs.x, x: p.x / width, y: p.y / height });
    });
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    const byX = [...nodes].sort((a, b) => a.gx - b.gx);
    return {
      count: nodes.length,
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      west: byX[0]!,
      east: byX[byX.length - 1]!,
      camera: sigma.getCamera().getState() as {
        x: number;
        y: number;
        ratio: number;
        angle: number;
      },
    };
  });
}

type Picture = Awaited<ReturnType<typeof picture>>;

function expectInside(p: Picture) {
  expect(p.count).toBeGreaterThan(20);
  expect(p.left).toBeGreaterThanOrEqual(0);
  expect(p.top).toBeGreaterThanOrEqual(0);
  expect(p.right).toBeLessThanOrEqual(1);
  expect(p.bottom).toBeLessThanOrEqual(1);
}

/** A quarter turn on a tall canvas: the picture runs down it, its west end at the top. */
function expectTurned(p: Picture) {
  expect(p.camera.angle).toBeCloseTo(QUARTER, 6);
  expectInside(p);
  expect(p.bottom - p.top).toBeGreaterThan(0.7);
  expect(p.west.y).toBeLessThan(p.east.y);
}

function expectUpright(p: Picture) {
  expect(p.camera.angle).toBeCloseTo(0, 6);
  expectInside(p);
  expect(p.west.x).toBeLessThan(p.east.x);
}

describe.skipIf(!chromium)('the camera turns with the canvas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ touch: true, viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on a phone the force layout runs down the canvas; wider, it is not turned; and back; arrows pan as they point', async () => {
    const { page, errors } = await openApp(browser.context, baseUrl);
    const phone = await picture(page);
    expectTurned(phone);
    // The network's own fit: nothing written into the link.
    expect(new URL(page.url()).searchParams.get('cam')).toBe(null);

    await resizeTo(page, SMALL_LAPTOP);
    const wide = await picture(page);
    expectUpright(wide);
    // Fitted, beside the note on left-out flows laid over the canvas.
    expect(Math.max(wide.right - wide.left, wide.bottom - wide.top)).toBeGreaterThan(0.5);

    await resizeTo(page, PHONE);
    expectTurned(await picture(page));

    // The arrow keys pan the way they point on the turned screen: right moves the picture left.
    const at = () =>
      page.evaluate(() => {
        const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
        return sigma.framedGraphToViewport(sigma.getNodeDisplayData('USA')) as {
          x: number;
          y: number;
        };
      });
    const before = await at();
    await page.getByTestId('network-canvas').focus();
    await page.keyboard.press('ArrowRight');
    // The moved camera is the user's: it goes into the link once it stands still.
    await page.waitForURL(/cam=/);
    await settled(page);
    const after = await at();
    expect(after.x - before.x).toBeLessThan(-10);
    expect(Math.abs(after.y - before.y)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never turns the map; switching to the force layout turns, Back turns north up again', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?layout=geo`);
    expectUpright(await picture(page));

    // Filters (a sheet on a phone): the force layout; close the sheet to have the tall canvas.
    const tabs = page.getByRole('navigation', { name: 'Panels' });
    await tabs.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByText('Force', { exact: true }).click();
    await page.waitForURL((url) => !url.search.includes('layout=geo'));
    await tabs.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Filters', exact: true }).isVisible())
      .toBe(false);
    await resizeTo(page, PHONE);
    expectTurned(await picture(page));

    // Back: the map again, on the same canvas.
    await page.goBack();
    await page.waitForURL(/layout=geo/);
    expectUpright(await picture(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a cam= link shows the same place and zoom on a laptop and, turned, on a phone', async () => {
    const link = `${baseUrl}?cam=0.45,0.55,0.5`;
    // Each opened at its size: a new page of that size, then the link.
    const centreAt = async (size: { width: number; height: number }) => {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setViewportSize(size);
      await page.goto(link);
      await waitForDrawn(page);
      const p = await picture(page);
      const centre = await page.evaluate(() => {
        const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
        const { width, height } = sigma.getDimensions();
        return sigma.viewportToGraph({ x: width / 2, y: height / 2 }) as { x: number; y: number };
      });
      expect(new URL(page.url()).searchParams.get('cam')).toBe('0.45,0.55,0.5');
      expect(errors).toEqual([]);
      await page.close();
      return { p, centre };
    };
    const laptop = await centreAt(SMALL_LAPTOP);
    const phone = await centreAt(PHONE);
    expect(laptop.p.camera.angle).toBeCloseTo(0, 6);
    expect(phone.p.camera.angle).toBeCloseTo(QUARTER, 6);
    for (const { p } of [laptop, phone]) {
      expect(p.camera.x).toBeCloseTo(0.45, 4);
      expect(p.camera.y).toBeCloseTo(0.55, 4);
      expect(p.camera.ratio).toBeCloseTo(0.5, 4);
    }
    // The same point of the graph (its units: the frame is 1040 wide) at the canvas's centre.
    expect(Math.abs(phone.centre.x - laptop.centre.x)).toBeLessThan(0.5);
    expect(Math.abs(phone.centre.y - laptop.centre.y)).toBeLessThan(0.5);
  });
});

describe.skipIf(!chromium)('a presentation on a phone', () => {
  it('turns a force-layout step and frames it above the step card', async () => {
    const browser = await launchBrowser({ touch: true, viewport: PHONE });
    try {
      const { page, errors } = await openApp(browser.context, baseUrl);
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await page.getByText('Tours', { exact: true }).click();
      await page.getByRole('button', { name: 'The Cold War blocs' }).click();
      const card = page.getByRole('complementary', { name: 'Presentation step' });
      // Step 3: both blocs in 1985, on the force layout (steps 1 and 2 are a single pact each).
      for (const step of [1, 2]) {
        await card.getByText(`Step ${step} of`).waitFor({ timeout: 10_000 });
        await page.keyboard.press('ArrowRight');
      }
      await card.getByText('Step 3 of').waitFor({ timeout: 10_000 });
      await waitForDrawn(page);
      // The part of the canvas above the card, which covers its bottom on a phone.
      const free = await page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="network-canvas"]')!;
        const card = document.querySelector('[aria-label="Presentation step"]')!;
        const c = canvas.getBoundingClientRect();
        return (card.getBoundingClientRect().top - c.top) / c.height;
      });
      expect(free).toBeLessThan(0.9);
      // The step frames itself once its years have slid in: wait until it has (it glides there).
      const framed = async () => {
        const p = await picture(page);
        return p.count > 20 && p.bottom <= free && (p.bottom - p.top) / free > 0.8;
      };
      await expect.poll(framed, { timeout: 20_000 }).toBe(true);
      const p = await picture(page);
      expect(p.camera.angle).toBeCloseTo(QUARTER, 6);
      expectInside(p);
      expect(p.west.y).toBeLessThan(p.east.y);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});

interface DrawnLabel {
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/** Pixels a label keeps from the canvas's edges: its halo reaches 1.5 px outside its glyphs. */
const EDGE = 3;

/** The labels (of the view and, side by side, the comparison pane) not wholly inside the canvas. */
async function labelsAtTheEdge(page: Page): Promise<string[]> {
  await settled(page);
  return page.evaluate((edge) => {
    const { entente } = window as unknown as {
      entente: {
        sigma: any;
        labels(): DrawnLabel[];
        comparison: { sigma: any; labels(): DrawnLabel[] } | null;
      };
    };
    const out: string[] = [];
    const panes = [{ sigma: entente.sigma, labels: entente.labels() }];
    if (entente.comparison)
      panes.push({ sigma: entente.comparison.sigma, labels: entente.comparison.labels() });
    for (const { sigma, labels } of panes) {
      const { width, height } = sigma.getDimensions();
      for (const { text, box } of labels)
        if (
          box.x < edge ||
          box.y < edge ||
          box.x + box.width > width - edge ||
          box.y + box.height > height - edge
        )
          out.push(`${text} at ${Math.round(box.x)},${Math.round(box.y)} in ${width}x${height}`);
    }
    return out;
  }, EDGE);
}

describe.skipIf(!chromium)('no label cut by the canvas edge', () => {
  const cases = [
    { size: PHONE, touch: true, views: ['', '?layout=geo', '?sel=USA'] },
    {
      size: SMALL_LAPTOP,
      touch: false,
      views: ['', '?layout=geo', '?from=1980&to=1989&cmp=2010-2019&compare=side'],
    },
    {
      size: LAPTOP,
      touch: false,
      views: ['', '?layout=geo', '?sel=USA', '?from=1980&to=1989&cmp=2010-2019&compare=side'],
    },
  ];
  for (const { size, touch, views } of cases)
    it(`${size.width} x ${size.height}: every label wholly inside the canvas`, async () => {
      const browser = await launchBrowser({ viewport: size, touch });
      try {
        for (const view of views) {
          const { page, errors } = await openApp(browser.context, `${baseUrl}${view}`);
          const labels = await page.evaluate(
            () =>
              (window as unknown as { entente: { labels(): unknown[] } }).entente.labels().length,
          );
          expect(labels, view).toBeGreaterThan(5);
          expect(await labelsAtTheEdge(page), view).toEqual([]);
          expect(errors, view).toEqual([]);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    });
});
