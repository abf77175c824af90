/**
 * Browser tests need Debian's Chromium and the built app. This starts `vite preview` twice: at the
 * root and under a sub-path (/entente/), to prove the build works under any base path. Without a
 * Chromium it says so loudly and the browser tests skip; in CI (CI=true) that is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    subPathUrl: string;
    chromium: boolean;
  }
}

let servers: PreviewServer[] = [];

/** Where the test servers expose test/fixtures/source (datasets by link), outside dist/. */
export const SOURCE_FIXTURES_PATH = '/test-fixtures/source/';

/** Serves the datasets-by-link fixtures from the test servers only (never part of the build). */
function sourceFixtures(): Plugin {
  const folder = join(process.cwd(), 'test', 'fixtures', 'source');
  return {
    name: 'entente-test-source-fixtures',
    configurePreviewServer(server) {
      server.middlewares.use(SOURCE_FIXTURES_PATH, (req, res, next) => {
        const name = normalize(decodeURIComponent((req.url ?? '').split('?')[0]!)).replace(
          /^[/\\]+/,
          '',
        );
        const file = join(folder, name);
        if (!file.startsWith(folder) || !name.endsWith('.json') || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(file));
      });
    },
  };
}

export async function setup(project: TestProject) {
  const chromium = existsSync(CHROMIUM);
  if (!chromium) {
    const banner = '!'.repeat(78);
    const message = `${banner}\n!! No Chromium at ${CHROMIUM}: the BROWSER TESTS ARE SKIPPED.\n!! Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)\n${banner}`;
    if (process.env.CI === 'true') throw new Error(`${message}\nIn CI the browser tests must run.`);
    console.warn(message);
  }
  project.provide('chromium', chromium);
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');

  const root = await preview({
    plugins: [sourceFixtures()],
    preview: { host: '127.0.0.1', port: 4318, strictPort: false },
    logLevel: 'warn',
  });
  const sub = await preview({
    base: '/entente/',
    plugins: [sourceFixtures()],
    preview: { host: '127.0.0.1', port: 4319, strictPort: false },
    logLevel: 'warn',
  });
  servers = [root, sub];
  project.provide('baseUrl', root.resolvedUrls!.local[0]!);
  project.provide('subPathUrl', sub.resolvedUrls!.local[0]!);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.close()));
}
