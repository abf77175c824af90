/**
 * Shared helpers for the browser tests: launch Debian's Chromium headless with software WebGL
 * (SwiftShader), open the app, collect console errors, and measure screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** The system's motion preference (`prefers-reduced-motion`). */
  reducedMotion?: 'reduce' | 'no-preference';
  viewport?: { width: number; height: number };
  /** A phone or tablet: touch events, a mobile viewport. */
  touch?: boolean;
  /** `block`: no service worker (requests then always reach `page.route`). */
  serviceWorkers?: 'allow' | 'block';
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const tmpRoot = join(process.cwd(), '.tmp');
  mkdirSync(tmpRoot, { recursive: true });
  const profile = mkdtempSync(join(tmpRoot, 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    env: { ...process.env, TMPDIR: profile },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Open the app (optionally with a query string) and wait until the network has been drawn. */
export async function openApp(
  context: BrowserContext,
  url: string,
  options: { waitForLayout?: boolean } = {},
): Promise<AppPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await waitForDrawn(page, options.waitForLayout ?? true);
  return { page, errors };
}

/** Wait until the app reports a drawn graph (and, by default, a finished force layout). */
export async function waitForDrawn(page: Page, waitForLayout = true) {
  await page.waitForFunction(
    (layout) => {
      const el = document.querySelector('[data-drawn-nodes]');
      if (!el) return false;
      return (
        Number(el.getAttribute('data-drawn-nodes')) > 0 &&
        (!layout || el.getAttribute('data-layout-ready') === 'true')
      );
    },
    waitForLayout,
    { timeout: 60_000 },
  );
  await settled(page);
}

/**
 * Wait until the browser has drawn `count` more frames: React's effects have run and sigma's
 * scheduled render (a requestAnimationFrame) with them.
 */
export async function nextFrames(page: Page, count = 2) {
  // No named function inside: bundlers may wrap those in helpers the page does not have.
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, count);
}

/**
 * Wait until the picture stands still: the drawn nodes (a layout switch or the move to the force
 * layout animates them for up to a second), the camera (a presentation step flies to its view; a
 * layout switch may turn it) and no camera fit waiting for the graph to settle
 * (`data-fit-pending`); then for a drawn frame.
 */
export async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const w = window as unknown as {
        entente?: {
          graph: { mapNodes(f: (k: string, a: { x: number; y: number }) => string): string[] };
          sigma: {
            getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number } };
          };
        };
        lastPositions?: string;
      };
      if (!w.entente) return true;
      const { x, y, ratio, angle } = w.entente.sigma.getCamera().getState();
      const positions = `${x},${y},${ratio},${angle};${w.entente.graph.mapNodes((k, a) => `${k}:${a.x},${a.y}`).join(';')}`;
      const still = w.lastPositions === positions;
      w.lastPositions = positions;
      return still && document.querySelector('[data-fit-pending="true"]') === null;
    },
    undefined,
    { timeout: 30_000, polling: 150 },
  );
  await nextFrames(page);
}

/** The drawn counts the network reports (data-drawn-nodes / -edges). */
export async function drawnCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.locator('[data-drawn-nodes]').evaluate((el) => ({
    nodes: Number(el.getAttribute('data-drawn-nodes')),
    edges: Number(el.getAttribute('data-drawn-edges')),
  }));
}

/** Wait until the drawn counts (data-drawn-nodes / -edges) differ from `before`. */
export async function waitForCountsChange(page: Page, before: { nodes: number; edges: number }) {
  await page.waitForFunction(
    (was) => {
      const el = document.querySelector('[data-drawn-nodes]');
      return (
        el !== null &&
        (Number(el.getAttribute('data-drawn-nodes')) !== was.nodes ||
          Number(el.getAttribute('data-drawn-edges')) !== was.edges)
      );
    },
    before,
    { timeout: 30_000 },
  );
}

/** Wait until the page's query string (without `?`) equals `exactly`, or contains `part`. */
export async function waitForQuery(page: Page, want: { exactly?: string; part?: string }) {
  await page.waitForFunction(
    ({ exactly, part }) => {
      const query = window.location.search.replace(/^\?/, '');
      return exactly !== undefined ? query === exactly : query.includes(part ?? '');
    },
    want,
    { timeout: 10_000 },
  );
}

/** Decode a PNG in the page and return its pixels' difference from the background colour. */
export async function paintedPixels(
  page: Page,
  png: Buffer,
): Promise<{ painted: number; total: number }> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    // The most common colour is the background.
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const br = bg >> 16;
    const bgG = (bg >> 8) & 255;
    const bb = bg & 255;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - br) + Math.abs(data[i + 1]! - bgG) + Math.abs(data[i + 2]! - bb) > 40)
        painted++;
    }
    return { painted, total: data.length / 4 };
  }, png.toString('base64'));
}

/** Fraction of pixels that differ (by more than a small tolerance) between two PNGs of equal size. */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (b: string) => {
        const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64!), decode(b64!)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d =
          Math.abs(x.data[i]! - y.data[i]!) +
          Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
          Math.abs(x.data[i + 2]! - y.data[i + 2]!);
        if (d > 60) different++;
      }
      return different / (x.data.length / 4);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/**
 * An overlay canvas of the network (`canvas.<className>` in sigma's container): the share of its
 * pixels painted (not transparent), its place among sigma's layers (class names in order) and
 * whether it covers the view at the screen's pixel ratio.
 */
export async function overlayCanvas(page: Page, className: string) {
  return page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas.${cls}`);
    if (!canvas) return null;
    const container = canvas.parentElement!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    const ratio = window.devicePixelRatio || 1;
    return {
      painted: painted / (canvas.width * canvas.height),
      layers: [...container.children].map((el) => el.className),
      fits:
        canvas.width === Math.round(container.clientWidth * ratio) &&
        canvas.height === Math.round(container.clientHeight * ratio),
    };
  }, className);
}

/**
 * Resize the page and wait until the app has followed: the window has the new size, sigma has
 * resized its canvases to its container, and the picture stands still again.
 */
export async function resizeTo(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.waitForFunction(
    ({ width, height }) => {
      if (window.innerWidth !== width || window.innerHeight !== height) return false;
      const w = window as unknown as {
        entente?: {
          sigma: {
            getDimensions(): { width: number; height: number };
            getContainer(): HTMLElement;
          };
        };
      };
      if (!w.entente) return true;
      const { sigma } = w.entente;
      const drawn = sigma.getDimensions();
      const container = sigma.getContainer();
      return drawn.width === container.offsetWidth && drawn.height === container.offsetHeight;
    },
    size,
    { timeout: 10_000 },
  );
  await settled(page);
}
