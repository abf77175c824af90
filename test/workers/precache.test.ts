import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest } from '../../scripts/vite-plugins/serviceWorker';
import {
  cacheKey,
  indexManifest,
  keyForRequest,
  staleKeys,
  type PrecacheEntry,
} from '../../src/workers/precache';

const manifest: PrecacheEntry[] = [
  { url: 'index.html', revision: 'aaa' },
  { url: 'assets/index-1.js', revision: 'bbb' },
  { url: 'data/transfers.json', revision: 'ccc' },
];

describe.each([
  ['at the root', 'https://example.org/'],
  ['under a sub-path', 'https://example.org/entente/'],
])('keyForRequest %s', (_, scope) => {
  const index = indexManifest(manifest, scope);
  const get = (url: string, mode = 'cors') => keyForRequest(index, { url, method: 'GET', mode });

  it('answers the app shell for every navigation to the app, whatever its query', () => {
    const shell = cacheKey(manifest[0]!, scope);
    expect(get(scope, 'navigate')).toBe(shell);
    expect(get(`${scope}?year=1985&sel=FRA`, 'navigate')).toBe(shell);
    expect(get(`${scope}index.html?talk=abc`, 'navigate')).toBe(shell);
  });

  it("answers the app's own files, under their revision", () => {
    expect(get(`${scope}data/transfers.json`)).toBe(
      `${scope}data/transfers.json?__entente_revision=ccc`,
    );
    expect(get(`${scope}assets/index-1.js`)).toBe(
      `${scope}assets/index-1.js?__entente_revision=bbb`,
    );
  });

  it('lets everything else go to the network', () => {
    expect(get(`${scope}data/other.json`)).toBeNull();
    expect(get(`${scope}data/transfers.json?v=2`)).toBeNull();
    expect(get(`${scope}elsewhere/`, 'navigate')).toBeNull();
    expect(get('https://other.example/index.html', 'navigate')).toBeNull();
    expect(get('https://other.example/data/transfers.json')).toBeNull();
    expect(
      keyForRequest(index, { url: `${scope}data/transfers.json`, method: 'POST', mode: 'cors' }),
    ).toBeNull();
    expect(get('not a url')).toBeNull();
  });
});

describe('staleKeys', () => {
  it('drops what a new version no longer names, and keeps what it still needs', () => {
    const scope = 'https://example.org/';
    const old = [
      cacheKey({ url: 'index.html', revision: 'old' }, scope),
      cacheKey({ url: 'assets/index-0.js', revision: 'x' }, scope),
      cacheKey({ url: 'data/transfers.json', revision: 'ccc' }, scope),
    ];
    expect(staleKeys(old, indexManifest(manifest, scope))).toEqual(old.slice(0, 2));
  });
});

describe('precacheManifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-precache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the built files with a hash of their content, not the worker, maps or docs', () => {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'data'));
    const files: Record<string, string> = {
      'index.html': '<html></html>',
      'assets/a.js': 'one',
      'assets/a.js.map': '{}',
      'data/transfers.json': '{}',
      'data/README.md': '# data',
      'sw.js': 'worker',
      'og-image.png': 'png',
    };
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    const entries = precacheManifest(dir);
    expect(entries.map((e) => e.url)).toEqual(['assets/a.js', 'data/transfers.json', 'index.html']);
    // Same content, same revision; another content, another one.
    const json = entries.find((e) => e.url === 'data/transfers.json')!;
    writeFileSync(join(dir, 'assets/a.js'), '{}');
    expect(precacheManifest(dir).find((e) => e.url === 'assets/a.js')!.revision).toBe(
      json.revision,
    );
    writeFileSync(join(dir, 'assets/a.js'), 'two');
    expect(precacheManifest(dir).find((e) => e.url === 'assets/a.js')!.revision).not.toBe(
      entries[0]!.revision,
    );
  });
});
