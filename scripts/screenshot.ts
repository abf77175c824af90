/**
 * `npm run screenshot`: builds nothing, serves dist/ with `vite preview`, opens a telling view in
 * Chromium and writes docs/screenshot.png for the README. Run `npm run build` first.
 */
import { preview } from 'vite';
import { launchBrowser, openApp } from '../test/e2e/browser';

const VIEW = '?from=1980&to=1989&sel=SUN';

const server = await preview({
  preview: { host: '127.0.0.1', port: 4327, strictPort: false },
  logLevel: 'warn',
});
const browser = await launchBrowser();
try {
  const { page, errors } = await openApp(
    browser.context,
    `${server.resolvedUrls!.local[0]!}${VIEW}`,
  );
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshot.png' });
  if (errors.length > 0) console.warn('console errors:', errors);
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
