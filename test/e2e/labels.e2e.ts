/**
 * What the network names, read from the label placement the screen drew (window.entente.labels()):
 * no two labels overlap and every label stays in the view, in the default picture, a regional map
 * and around a selected hub, in the light and the dark theme; small pictures name every state; a
 * selected arrow names both its ends. Hovering an arrow names it, along its curve.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

interface Label {
  key: string;
  text: string;
  box: { x: number; y: number; width: number; height: number };
  ring: number;
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

type Box = Label['box'];

/** Whether a segment meets a box (sampled finely: leaders are a few hundred pixels at most). */
function segmentMeetsBox(s: NonNullable<Label['leader']>, b: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(s.x2 - s.x1, s.y2 - s.y1)));
  for (let i = 0; i <= steps; i++) {
    const x = s.x1 + ((s.x2 - s.x1) * i) / steps;
    const y = s.y1 + ((s.y2 - s.y1) * i) / steps;
    if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
  }
  return false;
}

/** Wait until the camera has stopped (the first fit may glide): labels are placed per frame. */
async function cameraSettled(page: Page) {
  const camera = () =>
    page.evaluate(() =>
      JSON.stringify(
        (window as unknown as { entente: { sigma: any } }).entente.sigma.getCamera().getState(),
      ),
    );
  let last = await camera();
  await expect
    .poll(
      async () => {
        const now = await camera();
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 20_000, interval: 400 },
    )
    .toBe(true);
}

async function placedLabels(page: Page) {
  await cameraSettled(page);
  return page.evaluate(() => {
    const { sigma, labels } = (window as unknown as { entente: { sigma: any; labels(): Label[] } })
      .entente;
    const drawnStates: string[] = [];
    sigma.getGraph().forEachNode((key: string, attrs: { nodeKind: string }) => {
      const d = sigma.getNodeDisplayData(key);
      if (d && !d.hidden && attrs.nodeKind !== 'agreement') drawnStates.push(key);
    });
    return { labels: labels(), view: sigma.getDimensions(), drawnStates };
  });
}

function overlapping(labels: Label[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!.box;
      const b = labels[j]!.box;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        pairs.push(`${labels[i]!.text} / ${labels[j]!.text}`);
    }
  return pairs;
}

function outside(labels: Label[], view: { width: number; height: number }): string[] {
  return labels
    .filter(
      (l) =>
        l.box.x < 0 ||
        l.box.y < 0 ||
        l.box.x + l.box.width > view.width ||
        l.box.y + l.box.height > view.height,
    )
    .map((l) => l.text);
}

const VIEWS = {
  default: '',
  africaMap: '?from=1990&to=2010&ties=transfers&region=Africa&layout=geo',
  hub: '?from=1980&to=1989&agr=nato',
};

for (const colorScheme of ['light', 'dark'] as const) {
  describe.skipIf(!chromium)(`labels in Chromium (${colorScheme})`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser({ colorScheme, viewport: { width: 1440, height: 900 } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the first picture names at least 15 states, no label over another, all in view', async () => {
      const { page, errors } = await openApp(browser.context, `${baseUrl}${VIEWS.default}`);
      const { labels, view } = await placedLabels(page);
      expect(overlapping(labels)).toEqual([]);
      expect(outside(labels, view)).toEqual([]);
      expect(
        labels.filter((l) => !l.key.startsWith('agreement:') && !l.key.startsWith('hull:')).length,
      ).toBeGreaterThanOrEqual(15);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a regional map of 40 states or fewer names every one of them, none over another', async () => {
      const { page, errors } = await openApp(browser.context, `${baseUrl}${VIEWS.africaMap}`);
      const { labels, view, drawnStates } = await placedLabels(page);
      expect(drawnStates.length).toBeGreaterThanOrEqual(15);
      expect(drawnStates.length).toBeLessThanOrEqual(40);
      expect(labels.map((l) => l.key).sort()).toEqual([...drawnStates].sort());
      expect(overlapping(labels)).toEqual([]);
      expect(outside(labels, view)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a selected hub is named with its members, none over another', async () => {
      const { page, errors } = await openApp(browser.context, `${baseUrl}${VIEWS.hub}`);
      const { labels, view } = await placedLabels(page);
      const names = labels.map((l) => l.text);
      expect(names).toContain('NATO');
      for (const member of ['United States', 'United Kingdom', 'France', 'Germany', 'Turkey'])
        expect(names).toContain(member);
      expect(overlapping(labels)).toEqual([]);
      expect(outside(labels, view)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}

describe.skipIf(!chromium)('arrows in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an embed names its states with no label over another', async () => {
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?embed=1&from=1980&to=1989&multi=hull&layout=geo`,
    );
    const { labels, view } = await placedLabels(page);
    expect(labels.filter((l) => !l.key.startsWith('hull:')).length).toBeGreaterThanOrEqual(15);
    expect(labels.some((l) => l.key === 'hull:nato')).toBe(true);
    expect(overlapping(labels)).toEqual([]);
    expect(outside(labels, view)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a selected arrow names both its ends', async () => {
    const { page } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1989&edge=${encodeURIComponent('t:SUN>AGO')}`,
    );
    const { labels } = await placedLabels(page);
    const keys = labels.map((l) => l.key);
    expect(keys).toContain('SUN');
    expect(keys).toContain('AGO');
    expect(overlapping(labels)).toEqual([]);
    await page.close();
  });

  it('hovering the bend of a curved arrow names supplier -> recipient, and a click selects it', async () => {
    // Arms went both ways between the United States and Israel: two arrows, bent apart, long on
    // the map.
    const { page, errors } = await openApp(
      browser.context,
      `${baseUrl}?from=1980&to=1989&ties=transfers&focus=ISR&layout=geo`,
    );
    const edge = 't:USA>ISR';
    await cameraSettled(page);
    // The curve's middle, where it is furthest from the straight line between its ends.
    const bend = await page.evaluate((key) => {
      const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
      const graph = sigma.getGraph();
      const [source, target] = graph.extremities(key);
      const s = sigma.framedGraphToViewport(sigma.getNodeDisplayData(source));
      const t = sigma.framedGraphToViewport(sigma.getNodeDisplayData(target));
      const d = sigma.getEdgeDisplayData(key);
      const curvature = d.curvature ?? 0.25;
      const control = {
        x: (s.x + t.x) / 2 + curvature * (t.y - s.y),
        y: (s.y + t.y) / 2 - curvature * (t.x - s.x),
      };
      const mid = {
        x: 0.25 * s.x + 0.5 * control.x + 0.25 * t.x,
        y: 0.25 * s.y + 0.5 * control.y + 0.25 * t.y,
      };
      const box = sigma.getContainer().getBoundingClientRect();
      const chord = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
      return {
        type: d.type,
        x: box.left + mid.x,
        y: box.top + mid.y,
        offChord: Math.hypot(mid.x - chord.x, mid.y - chord.y),
      };
    }, edge);
    expect(bend.type).toBe('curvedArrow');
    // Further from the chord than a picker along the straight line would reach (its few pixels
    // of slack plus half the arrow's width).
    expect(bend.offChord).toBeGreaterThan(8);
    await page.mouse.move(bend.x, bend.y);
    await expect
      .poll(() => page.getByRole('tooltip').textContent(), { timeout: 10_000 })
      .toBe('United States → Israel');
    await page.mouse.click(bend.x, bend.y);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('edge'), { timeout: 10_000 })
      .toBe(edge);
    // Away from every arrow, the tooltip goes and a click clears the selection.
    const canvas = await page.locator('[data-testid=network-canvas]').boundingBox();
    await page.mouse.move(canvas!.x + 8, canvas!.y + canvas!.height - 8);
    await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
    // A user's pause between two clicks: within sigma's double-click window they make a double
    // click (a zoom), not a second click.
    const doubleClick = await page.evaluate(() =>
      (window as unknown as { entente: { sigma: any } }).entente.sigma.getSetting(
        'doubleClickTimeout',
      ),
    );
    await page.waitForTimeout(doubleClick + 100);
    await page.mouse.click(canvas!.x + 8, canvas!.y + canvas!.height - 8);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('edge'), { timeout: 10_000 })
      .toBe(null);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!chromium)('a selected state and a pair, at three sizes', () => {
  const sizes = [
    { width: 390, height: 844, touch: true },
    { width: 1280, height: 720, touch: false },
    { width: 1440, height: 900, touch: false },
  ];
  for (const size of sizes)
    it(`${size.width} x ${size.height}: no label on a leader line or on a highlighted node`, async () => {
      const browser = await launchBrowser({
        viewport: { width: size.width, height: size.height },
        touch: size.touch,
      });
      try {
        for (const [query, named] of [
          ['?sel=USA', ['USA']],
          ['?sel=EGY&with=FRA', ['EGY', 'FRA']],
        ] as const) {
          const { page, errors } = await openApp(browser.context, `${baseUrl}${query}`);
          const { labels, view } = await placedLabels(page);
          const keys = labels.map((l) => l.key);
          for (const key of named) expect(keys, query).toContain(key);
          expect(overlapping(labels), query).toEqual([]);
          expect(outside(labels, view), query).toEqual([]);
          // No label sits on another label's leader line.
          for (const a of labels)
            for (const b of labels)
              if (a !== b && a.leader)
                expect(
                  segmentMeetsBox(a.leader, b.box),
                  `${query}: ${b.text} on ${a.text}'s leader`,
                ).toBe(false);
          // No label covers a highlighted node (drawn above the labels) other than its own.
          const discs = await page.evaluate(() => {
            const { sigma } = (window as unknown as { entente: { sigma: any } }).entente;
            const out: { key: string; x: number; y: number; r: number }[] = [];
            sigma.getGraph().forEachNode((key: string) => {
              const d = sigma.getNodeDisplayData(key);
              if (!d || d.hidden || !d.highlighted) return;
              const p = sigma.framedGraphToViewport(d);
              out.push({ key, x: p.x, y: p.y, r: sigma.scaleSize(d.size) });
            });
            return out;
          });
          expect(discs.length, query).toBeGreaterThan(0);
          for (const l of labels)
            for (const d of discs) {
              if (d.key === l.key) continue;
              const cx = Math.max(l.box.x, Math.min(d.x, l.box.x + l.box.width));
              const cy = Math.max(l.box.y, Math.min(d.y, l.box.y + l.box.height));
              expect(
                Math.hypot(cx - d.x, cy - d.y),
                `${query}: ${l.text} over ${d.key}`,
              ).toBeGreaterThanOrEqual(d.r);
            }
          expect(errors).toEqual([]);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    });
});
