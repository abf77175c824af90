/**
 * Every screen: a phone (390x844), a tablet (768x1024), a small laptop (1280x720) and a laptop
 * (1440x900), in light and dark. Nothing is wider than the screen, no panel lies under the
 * network's canvas, every header action can be reached (through the Menu where the header folds),
 * the header keeps one line on laptops, and axe finds nothing serious. Then: touch on a tablet
 * (a drag scrolls the page until the network is focused; a tap selects), the phone's sheets, and
 * reduced motion (the system's wish and the app's own setting).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp, resizeTo, settled, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'small laptop', width: 1280, height: 720 },
  { name: 'laptop', width: 1440, height: 900 },
] as const;

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
}

/** Elements that stick out of the screen on the right (or the page is wider than the screen). */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Content inside a scroll area (a wide table, the timeline's lanes) may be wider.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p);
        if (o.overflowX !== 'visible' || o.position === 'fixed') clipped = true;
      }
      if (!clipped && (box.right > width + 1 || box.left < -1))
        out.push(`${el.tagName.toLowerCase()}.${el.className} spans ${box.left}-${box.right}`);
    }
    return out.slice(0, 5);
  });
}

/** Regions whose visible part has a point where the network's canvas is on top. */
async function panelsUnderCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const region of document.querySelectorAll<HTMLElement>('section[aria-label]')) {
      const name = region.getAttribute('aria-label')!;
      if (name === 'Network') continue;
      const box = region.getBoundingClientRect();
      const top = Math.max(0, box.top);
      const bottom = Math.min(window.innerHeight, box.bottom);
      if (box.width === 0 || bottom <= top) continue;
      for (let i = 1; i < 6; i++)
        for (let j = 1; j < 6; j++) {
          const x = box.left + (box.width * i) / 6;
          const y = top + ((bottom - top) * j) / 6;
          const hit = document.elementFromPoint(x, y);
          if (hit && hit.tagName === 'CANVAS') {
            covered.push(`${name} at ${Math.round(x)},${Math.round(y)}`);
            i = j = 6;
          }
        }
    }
    return covered;
  });
}

/** Why a control cannot be used: not shown, off the screen, or under something else. */
async function unreachable(page: Page, locator: Locator): Promise<string | null> {
  if ((await locator.count()) === 0) return 'missing';
  const first = locator.first();
  if (!(await first.isVisible())) return 'not visible';
  await first.scrollIntoViewIfNeeded();
  return first.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.left < 0 || box.right > document.documentElement.clientWidth + 1)
      return `off the screen (${box.left}-${box.right})`;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit && (hit === el || el.contains(hit) || hit.contains(el))
      ? null
      : `covered by ${hit?.tagName}.${hit?.className}`;
  });
}

/** Open the header's Menu where the header folds it away. */
async function openHeaderMenu(page: Page) {
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if (await toggle.isVisible()) {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return true;
  }
  return false;
}

const HEADER_ACTIONS: [string, (page: Page) => Locator][] = [
  ['search', (p) => p.getByRole('combobox', { name: 'Search a state or an agreement' })],
  ['import', (p) => p.locator('.import-button')],
  ['datasets', (p) => p.locator('.datasets-menu > summary')],
  ['tours', (p) => p.locator('.tours-menu > summary')],
  ['present', (p) => p.locator('.talk-editor > summary')],
  ['copy link', (p) => p.getByRole('button', { name: 'Copy link' })],
  ['export', (p) => p.locator('.export-menu > summary')],
  ['settings', (p) => p.locator('.settings-menu > summary')],
];

describe.skipIf(!chromium)('every screen', () => {
  const browsers: Partial<Record<'light' | 'dark', Browser>> = {};
  beforeAll(async () => {
    browsers.light = await launchBrowser();
    browsers.dark = await launchBrowser({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browsers.light?.close();
    await browsers.dark?.close();
  });

  for (const size of SIZES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${size.name} (${size.width}x${size.height}, ${scheme}): fits, nothing under the canvas, every action reachable, axe clean`, async () => {
        const { page, errors } = await openApp(
          browsers[scheme]!.context,
          `${baseUrl}?from=1950&to=1990`,
          { waitForLayout: false },
        );
        await resizeTo(page, { width: size.width, height: size.height });
        const failures: string[] = [];
        const check = async (what: string) => {
          for (const o of await horizontalOverflow(page)) failures.push(`${what}: overflow: ${o}`);
          for (const c of await panelsUnderCanvas(page))
            failures.push(`${what}: under the canvas: ${c}`);
          for (const v of await seriousViolations(page)) failures.push(`${what}: axe ${v}`);
        };
        await check('main view');

        const header = page.locator('.app-header');
        if (size.width >= 1280) {
          // One line: as tall as one button row.
          expect((await header.boundingBox())!.height).toBeLessThan(60);
        }
        const folded = await openHeaderMenu(page);
        expect(folded).toBe(size.width < 1100);
        for (const [name, find] of HEADER_ACTIONS) {
          const why = await unreachable(page, find(page));
          if (why) failures.push(`header action ${name}: ${why}`);
        }
        // The theme lives in Settings: open it and reach the choice itself.
        await page.locator('.settings-menu > summary').click();
        const why = await unreachable(page, page.getByRole('combobox', { name: 'Theme' }));
        if (why) failures.push(`theme: ${why}`);
        if (folded) await check('menu open');
        await page.locator('.settings-menu > summary').click();
        if (folded) await page.getByRole('button', { name: 'Menu', exact: true }).click();

        if (size.width < 700) {
          // Phones: each panel opens as a sheet below the network, which stays in view.
          const tabs = page.getByRole('navigation', { name: 'Panels' });
          for (const [tab, region] of [
            ['Filters', 'Filters'],
            ['Timeline', 'Timeline'],
            ['Details', 'Details'],
            ['Rankings', 'Rankings'],
            ['Data', 'Data'],
          ] as const) {
            await tabs.getByRole('button', { name: tab, exact: true }).click();
            const panel = page.getByRole('region', { name: region, exact: true });
            await panel.waitFor({ timeout: 10_000 });
            if (!(await panel.isVisible())) failures.push(`sheet ${tab}: not visible`);
            const network = (await page.locator('.network-panel').boundingBox())!;
            if (network.height < 150) failures.push(`sheet ${tab}: network ${network.height}px`);
            await check(`sheet ${tab}`);
          }
          await tabs.getByRole('button', { name: 'Data', exact: true }).click();
          await expect(
            page.getByRole('region', { name: 'Data', exact: true }).isVisible(),
          ).resolves.toBe(false);
        } else {
          for (const region of ['Filters', 'Legend', 'Timeline', 'Details']) {
            const why = await unreachable(
              page,
              page.getByRole('region', { name: region, exact: true }),
            );
            if (why) failures.push(`${region}: ${why}`);
          }
        }
        expect(failures).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

type Camera = { x: number; y: number; ratio: number };
const cameraOf = (page: Page) =>
  page.evaluate(() => {
    const { x, y, ratio } = (window as any).entente.sigma.getCamera().getState();
    return { x, y, ratio } as Camera;
  });
const sameCamera = (a: Camera, b: Camera) =>
  Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.ratio - b.ratio) < 1e-6;

/** A one-finger drag, through Chromium's real input pipeline (so the page may scroll). */
async function touchDrag(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: from.x + (dx * i) / 10, y: from.y + (dy * i) / 10 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await scrollSettled(page);
}

/** Wait until the page has stopped scrolling (a fling goes on after the finger lifts). */
async function scrollSettled(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The screen position of a drawn node with no other node near it (a safe place to tap). */
async function lonelyNode(page: Page): Promise<{ key: string; x: number; y: number }> {
  return page.evaluate(() => {
    const { sigma, graph } = (window as any).entente;
    const box = sigma.getContainer().getBoundingClientRect();
    const nodes: { key: string; x: number; y: number }[] = [];
    graph.forEachNode((key: string) => {
      // What sigma draws (reducers may hide a node or move it), in screen pixels.
      const shown = sigma.getNodeDisplayData(key);
      if (!shown || shown.hidden || shown.size < 3) return;
      const p = sigma.framedGraphToViewport(shown);
      if (p.x > 30 && p.y > 30 && p.x < box.width - 30 && p.y < box.height - 30)
        nodes.push({ key, x: p.x + box.left, y: p.y + box.top });
    });
    let best = nodes[0]!;
    let bestGap = -1;
    for (const n of nodes) {
      let gap = Infinity;
      for (const m of nodes) if (m !== n) gap = Math.min(gap, Math.hypot(m.x - n.x, m.y - n.y));
      if (gap > bestGap) [best, bestGap] = [n, gap];
    }
    return best;
  });
}

describe.skipIf(!chromium)('touch', () => {
  it('on a tablet, a drag over the network scrolls the page until the network is focused; a tap selects', async () => {
    const browser = await launchBrowser({ touch: true, viewport: { width: 768, height: 1024 } });
    try {
      const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1950&to=1990`);
      const canvas = (await page.locator('.network-panel').boundingBox())!;
      const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height * 0.6 };
      const camera0 = await cameraOf(page);

      await touchDrag(page, middle, 0, -300);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(sameCamera(await cameraOf(page), camera0)).toBe(true);

      // A tap on a node selects it, and focuses the network: now one finger pans it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await scrollSettled(page);
      const node = await lonelyNode(page);
      await page.touchscreen.tap(node.x, node.y);
      await expect(page.waitForURL(/[?&](sel|agr)=/, { timeout: 10_000 })).resolves.toBeUndefined();
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('sigma-container')),
      ).toBe(true);
      const camera1 = await cameraOf(page);
      const scroll1 = await page.evaluate(() => window.scrollY);
      await touchDrag(page, middle, -120, -120);
      expect(await page.evaluate(() => window.scrollY)).toBe(scroll1);
      expect(sameCamera(await cameraOf(page), camera1)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('on a phone, the network fills the screen, takes a one-finger drag at once, and a tap opens the details', async () => {
    const browser = await launchBrowser({ touch: true, viewport: { width: 390, height: 844 } });
    try {
      const { page, errors } = await openApp(browser.context, baseUrl);
      const network = (await page.locator('.network-panel').boundingBox())!;
      expect(network.height).toBeGreaterThan(844 * 0.6);
      const camera0 = await cameraOf(page);
      await touchDrag(page, { x: 195, y: network.y + network.height / 2 }, 80, 60);
      expect(sameCamera(await cameraOf(page), camera0)).toBe(false);
      // A tap on a node selects it and opens its details in a sheet, the network still in view.
      const node = await lonelyNode(page);
      await page.touchscreen.tap(node.x, node.y);
      const details = page.getByRole('region', { name: 'Details', exact: true });
      await expect(
        details.getByRole('heading', { level: 3 }).waitFor({ timeout: 10_000 }),
      ).resolves.toBeUndefined();
      expect((await page.locator('.network-panel').boundingBox())!.height).toBeGreaterThan(150);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
  it('on a phone, a link naming a side panel (panels=rankings) opens on that sheet; the default link on the network', async () => {
    const browser = await launchBrowser({ touch: true, viewport: { width: 390, height: 844 } });
    try {
      const { page, errors } = await openApp(browser.context, `${baseUrl}?panels=rankings`);
      const rankings = page.getByRole('region', { name: 'Rankings', exact: true });
      await expect(
        rankings.waitFor({ state: 'visible', timeout: 10_000 }),
      ).resolves.toBeUndefined();
      await expect(page.locator('.app').getAttribute('data-sheet')).resolves.toBe('side');
      expect((await page.locator('.network-panel').boundingBox())!.height).toBeGreaterThan(150);
      // Closed, it stays closed: the link's panel does not come back by itself.
      await page.getByRole('button', { name: 'Close' }).click();
      await expect(page.locator('.app').getAttribute('data-sheet')).resolves.toBeNull();
      await expect(rankings.isVisible()).resolves.toBe(false);
      // The six tab names fit across, down to the narrowest phones, the active one too.
      await page.locator('.panel-tabs').getByRole('button', { name: 'Rankings' }).click();
      await expect(page.locator('.app').getAttribute('data-sheet')).resolves.toBe('side');
      for (const width of [390, 360]) {
        await resizeTo(page, { width, height: 740 });
        const overflowing = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.panel-tabs button')]
            .filter(
              (b) =>
                b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > innerWidth,
            )
            .map((b) => b.textContent),
        );
        expect(overflowing, `tabs cut at ${width} px`).toEqual([]);
      }

      const plain = await openApp(browser.context, baseUrl);
      await expect(plain.page.locator('.app').getAttribute('data-sheet')).resolves.toBeNull();
      expect([...errors, ...plain.errors]).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/** Every distinct position a node takes, frame by frame, while `act` runs and for a while after. */
async function positionsDuring(page: Page, act: () => Promise<void>): Promise<string[]> {
  await page.evaluate(() => {
    const { graph } = (window as any).entente;
    const key = graph.nodes()[0];
    const seen: string[] = [];
    (window as any).__positions = seen;
    const sample = () => {
      if (!graph.hasNode(key)) return;
      const { x, y } = graph.getNodeAttributes(key);
      const p = `${x.toFixed(4)},${y.toFixed(4)}`;
      if (seen[seen.length - 1] !== p) seen.push(p);
      if ((window as any).__positions === seen) requestAnimationFrame(sample);
    };
    sample();
  });
  await act();
  // The first sample is where the node was: wait for it to move, then for the picture (and the
  // camera's fit to the new layout) to stand still.
  await page.waitForFunction(() => (window as any).__positions.length > 1, undefined, {
    timeout: 10_000,
  });
  await settled(page);
  return page.evaluate(() => {
    const seen = (window as any).__positions as string[];
    (window as any).__positions = null;
    return seen;
  });
}

async function switchLayoutJumps(page: Page) {
  const positions = await positionsDuring(page, () =>
    page.getByText('Map', { exact: true }).click(),
  );
  // From where it was straight to where it goes: no frame in between.
  expect(positions.length).toBe(2);
  const camera0 = await cameraOf(page);
  await page.getByTestId('network-canvas').focus();
  await page.keyboard.press('+');
  const camera1 = await cameraOf(page);
  expect(camera1.ratio).toBeCloseTo(camera0.ratio / 1.3, 6);
}

describe.skipIf(!chromium)('reduced motion', () => {
  it('with prefers-reduced-motion, layouts and the camera jump and nothing transitions; the setting can bring motion back', async () => {
    const browser = await launchBrowser({ reducedMotion: 'reduce' });
    try {
      const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1950&to=1990`);
      await expect(page.locator('html').getAttribute('data-motion')).resolves.toBe('reduce');
      await switchLayoutJumps(page);
      const bar = page.locator('.tl-bar rect').first();
      await expect(bar.evaluate((el) => getComputedStyle(el).transitionDuration)).resolves.toBe(
        '0s',
      );

      // The reader's own setting overrides the system, stays in this browser, not in the link.
      await page.locator('.settings-menu > summary').click();
      await page.getByRole('combobox', { name: 'Motion' }).selectOption('full');
      await expect(page.locator('html').getAttribute('data-motion')).resolves.toBe('full');
      await page.reload();
      await page.locator('[data-drawn-nodes]').waitFor();
      await expect(page.locator('html').getAttribute('data-motion')).resolves.toBe('full');
      expect(page.url()).not.toMatch(/motion/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('the setting reduces motion where the system does not ask for it', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1950&to=1990`);
      await expect(page.locator('html').getAttribute('data-motion')).resolves.toBe('full');
      await page.locator('.settings-menu > summary').click();
      await page.getByRole('combobox', { name: 'Motion' }).selectOption('reduce');
      await page.locator('.settings-menu > summary').click();
      await expect(page.locator('html').getAttribute('data-motion')).resolves.toBe('reduce');
      await switchLayoutJumps(page);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!chromium)('a readable timeline', () => {
  const NAMES = ['NATO', 'Warsaw Pact', 'SEATO', 'CENTO', 'ANZUS', 'Rio Treaty'];

  it('names the Cold War pacts of 1950-1990 on their bars at 1440x900, each clear of any other text', async () => {
    const browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    try {
      const { page, errors } = await openApp(browser.context, `${baseUrl}?from=1950&to=1990`, {
        waitForLayout: false,
      });
      const lanes = page
        .getByRole('region', { name: 'Timeline', exact: true })
        .locator('.tl-lanes');
      await lanes.locator('.tl-bar').first().waitFor();
      // The lanes fit under the head with room for several of them.
      const box = (await lanes.boundingBox())!;
      expect(box.height).toBeGreaterThan(5 * 15);
      for (const name of NAMES) {
        const label = lanes.locator('.tl-bar-label', { hasText: new RegExp(`^${name}$`) });
        await expect(label.count()).resolves.toBe(1);
        const bar = label.locator('xpath=..');
        // The bar is in force during the period.
        const [, from, to] = /, (\d{4}) to (in force|\d{4}),/.exec(
          (await bar.getAttribute('aria-label'))!,
        )!;
        expect(Number(from)).toBeLessThanOrEqual(1990);
        if (to !== 'in force') expect(Number(to)).toBeGreaterThanOrEqual(1950);
        await label.scrollIntoViewIfNeeded();
        const report = await label.evaluate((el) => {
          const text = el.getBoundingClientRect();
          const scroller = el.closest('.tl-lanes')!.getBoundingClientRect();
          const inView =
            text.top >= scroller.top - 0.5 &&
            text.bottom <= scroller.bottom + 0.5 &&
            text.left >= scroller.left &&
            text.right <= scroller.right;
          const overlapping = [...(el as SVGTextElement).ownerSVGElement!.querySelectorAll('text')]
            .filter((other) => other !== el)
            .filter((other) => {
              const o = other.getBoundingClientRect();
              return (
                o.left < text.right - 1 &&
                text.left < o.right - 1 &&
                o.top < text.bottom - 1 &&
                text.top < o.bottom - 1
              );
            })
            .map((o) => o.textContent);
          return { inView, overlapping, size: parseFloat(getComputedStyle(el).fontSize) };
        });
        expect({ name, ...report }).toEqual({ name, inView: true, overlapping: [], size: 10 });
      }
      // Where the lanes need more room than they have, a scrollbar says so.
      const scroll = await lanes.evaluate((el) => ({
        overflow: getComputedStyle(el).overflowY,
        needs: el.scrollHeight > el.clientHeight,
      }));
      expect(scroll.overflow).toBe('auto');
      expect(scroll.needs).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('keeps messages and axis titles off the ticks', async () => {
    const browser = await launchBrowser({ viewport: { width: 1280, height: 720 } });
    try {
      // No multilateral agreement and values as weight: the two texts the issue saw overprinted.
      const { page, errors } = await openApp(
        browser.context,
        `${baseUrl}?ties=bilateral,transfers&weight=units`,
        { waitForLayout: false },
      );
      const panel = page.getByRole('region', { name: 'Timeline', exact: true });
      await panel.locator('.tl-empty').waitFor();
      const clashes = await panel.evaluate((root) => {
        const texts = [...root.querySelectorAll('svg text')].filter(
          (t) => t.getBoundingClientRect().width > 0,
        );
        const out: string[] = [];
        texts.forEach((a, i) =>
          texts.slice(i + 1).forEach((b) => {
            const p = a.getBoundingClientRect();
            const q = b.getBoundingClientRect();
            if (
              p.left < q.right - 1 &&
              q.left < p.right - 1 &&
              p.top < q.bottom - 1 &&
              q.top < p.bottom - 1
            )
              out.push(`${a.textContent} / ${b.textContent}`);
          }),
        );
        return out;
      });
      expect(clashes).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
