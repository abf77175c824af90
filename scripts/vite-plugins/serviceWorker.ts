/**
 * Offline use: after the app is built, list every file it needs (with a hash of its content) and
 * build the service worker (src/workers/serviceWorker.ts) into `sw.js` with that list inside, as
 * one classic script. A new build changes the list, hence `sw.js`, which is how browsers learn
 * that a new version exists.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { PrecacheEntry } from '../../src/workers/precache';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Not needed offline: the worker itself, source maps, documentation, the link-preview image. */
const NOT_PRECACHED = [/^sw\.js$/, /\.map$/, /\.md$/, /^og-image\.png$/];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

/** Every file of the built app to keep for offline use, with the hash of its content. */
export function precacheManifest(outDir: string): PrecacheEntry[] {
  return listFiles(outDir)
    .map((path) => ({ path, url: relative(outDir, path).split(sep).join('/') }))
    .filter(({ url }) => !NOT_PRECACHED.some((pattern) => pattern.test(url)))
    .map(({ path, url }) => ({
      url,
      revision: createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export function serviceWorker(entry = 'src/workers/serviceWorker.ts'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'entente-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr || config.build.lib) return;
      const outDir = resolve(config.root, config.build.outDir);
      const manifest = precacheManifest(outDir);
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        publicDir: false,
        define: { __PRECACHE_MANIFEST__: JSON.stringify(manifest) },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2020',
          reportCompressedSize: false,
          lib: {
            entry: resolve(config.root, entry),
            formats: ['iife'],
            name: 'EntenteServiceWorker',
            fileName: () => SERVICE_WORKER_FILE,
          },
        },
      });
    },
  };
}
