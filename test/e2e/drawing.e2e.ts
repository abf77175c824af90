/**
 * What the network draws, in a real browser: only the strongest flows when asked (and a line that
 * says what is left out, with a way to see it all), straight arrows unless both directions are
 * drawn, and the same force layout however it is obtained: computed in a fresh browser, or kept
 * from an earlier visit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp, type Browser } from './browser';

const chromium = inject('chromium');
const baseUrl = inject('baseUrl');

interface Drawn {
  positions: Record<string, [number, number]>;
  types: Record<string, string>;
  flows: string[];
}

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const { graph } = (window as unknown as { entente: { graph: any } }).entente;
    const out: Drawn = { positions: {}, types: {}, flows: [] };
    graph.forEachNode((k: string, a: { x: number; y: number }) => (out.positions[k] = [a.x, a.y]));
    graph.forEachEdge((k: string, a: { type: string; edgeKind: string }) => {
      out.types[k] = a.type;
      if (a.edgeKind === 'transfer') out.flows.push(k);
    });
    return out;
  });
}

const drawnEdges = (page: Page) =>
  page.locator('[data-drawn-edges]').evaluate((el) => Number(el.getAttribute('data-drawn-edges')));

describe.skipIf(!chromium)('drawing in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the strongest flows under a limit, says what it leaves out, and shows all on request', async () => {
    const { page, errors } = await openApp(browser.context, `${baseUrl}?flows=40&ties=transfers`);
    const limited = await drawn(page);
    expect(limited.flows).toHaveLength(40);
    const note = page.locator('.flow-note');
    await expect(note.innerText()).resolves.toMatch(
      /^Drawn: the 40 strongest of [\d,]+ arms flows/,
    );
    // The control in Filters shows the limit from the link.
    await expect(
      page.getByRole('combobox', { name: 'Arms flows drawn' }).inputValue(),
    ).resolves.toBe('40');

    const before = await drawnEdges(page);
    await note.getByRole('button', { name: /^show all/ }).click();
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-drawn-edges]')?.getAttribute('data-drawn-edges')) > n,
      before,
    );
    expect(new URL(page.url()).searchParams.get('flows')).toBe('all');
    await expect(note.count()).resolves.toBe(0);

    // A lone flow is a straight arrow; a pair trading both ways bends apart.
    const all = await drawn(page);
    const flows = new Set(all.flows);
    for (const key of all.flows) {
      const [source, target] = key.slice(2).split('>');
      const both = flows.has(`t:${target}>${source}`);
      expect(all.types[key]).toBe(both ? 'curvedArrow' : 'arrow');
    }
    expect(Object.values(all.types)).toContain('arrow');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens as the same force layout in a fresh browser and from the kept layout', async () => {
    const link = `${baseUrl}?from=1980&to=1990`;
    const first = await openApp(browser.context, link);
    const computed = (await drawn(first.page)).positions;
    // Kept in IndexedDB by now: a reload takes the layout from there.
    await first.page.reload();
    await first.page.waitForFunction(() =>
      document.querySelector('[data-layout-ready="true"]:not([data-drawn-nodes="0"])'),
    );
    const kept = (await drawn(first.page)).positions;
    expect(kept).toEqual(computed);
    expect(first.errors).toEqual([]);
    await first.page.close();

    const fresh = await launchBrowser();
    try {
      const other = await openApp(fresh.context, link);
      expect((await drawn(other.page)).positions).toEqual(computed);
      expect(other.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
