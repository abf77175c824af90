/**
 * `npm run screenshot`: builds nothing, serves dist/ with `vite preview`, opens telling views in
 * Chromium and writes the README's screenshots (docs/screenshot.png; docs/screenshot-phone.png,
 * the same view on a phone, 390 x 844; and docs/screenshot-pair.png: a focus with a pair open in
 * Details), public/og-image.png (1200 x 630, the
 * picture link previews show, see index.html) and the app icons public/icon-192.png and
 * public/icon-512.png (from public/favicon.svg, for the web app manifest). Run `npm run build`
 * first.
 */
import { readFileSync } from 'node:fs';
import { preview } from 'vite';
import { launchBrowser, openApp } from '../test/e2e/browser';

const VIEWS = [
  { view: '?from=1980&to=1989&sel=SUN', file: 'docs/screenshot.png' },
  { view: '?focus=EGY&from=2010&to=2024&sel=FRA&with=EGY', file: 'docs/screenshot-pair.png' },
];
/** Link previews: the network alone, a little closer, under the app's name. */
const PREVIEW_VIEW = '?embed=1&from=1980&to=1989&cam=0.3,0.5,1';

const server = await preview({
  preview: { host: '127.0.0.1', port: 4327, strictPort: false },
  logLevel: 'warn',
});
const browser = await launchBrowser();
try {
  const url = server.resolvedUrls!.local[0]!;
  for (const { view, file } of VIEWS) {
    const { page, errors } = await openApp(browser.context, `${url}${view}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: file });
    if (errors.length > 0) console.warn('console errors:', errors);
    console.log(`wrote ${file}`);
    await page.close();
  }

  // On a phone the selection opens its Details as a sheet under the network.
  const phone = await launchBrowser({ viewport: { width: 390, height: 844 }, touch: true });
  try {
    const shot = await openApp(phone.context, `${url}${VIEWS[0]!.view}`);
    await shot.page.waitForTimeout(1500);
    await shot.page.screenshot({ path: 'docs/screenshot-phone.png' });
    if (shot.errors.length > 0) console.warn('console errors (phone):', shot.errors);
    console.log('wrote docs/screenshot-phone.png');
  } finally {
    await phone.close();
  }

  const card = await browser.context.newPage();
  await card.setViewportSize({ width: 1200, height: 630 });
  await card.goto(`${url}${PREVIEW_VIEW}`);
  await card.waitForFunction(
    () => document.querySelector('[data-layout-ready="true"]') !== null,
    null,
    { timeout: 60_000 },
  );
  // The app's name instead of the embed's "Open in Entente" link (this page is only a picture).
  await card.addStyleTag({
    content: `.embed-link { display: none }
      .og-title { position: fixed; left: 48px; top: 40px; font: 700 56px system-ui, sans-serif;
        color: #1d1f23; margin: 0 }
      .og-title span { display: block; font-weight: 400; font-size: 26px; color: #5b6270;
        margin-top: 6px }`,
  });
  await card.evaluate(() => {
    const title = document.createElement('h1');
    title.className = 'og-title';
    title.textContent = 'Entente';
    const tagline = document.createElement('span');
    tagline.textContent = 'Alliances and arms transfers, 1945 to today';
    title.append(tagline);
    document.body.append(title);
  });
  await card.waitForTimeout(1500);
  await card.screenshot({ path: 'public/og-image.png' });
  console.log('wrote public/og-image.png');
  await card.close();

  // Icons: the favicon on white, inside the middle 80 % (the safe zone of "maskable" icons).
  const svg = readFileSync('public/favicon.svg', 'utf8');
  for (const size of [192, 512]) {
    const icon = await browser.context.newPage();
    await icon.setViewportSize({ width: size, height: size });
    await icon.setContent(
      `<body style="margin:0;background:#fff;display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${size * 0.7}px;height:${size * 0.7}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await icon.screenshot({ path: `public/icon-${size}.png` });
    await icon.close();
    console.log(`wrote public/icon-${size}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
