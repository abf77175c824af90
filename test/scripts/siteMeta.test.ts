import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteUrl, withSiteUrl } from '../../scripts/vite-plugins/siteMeta';

const html = readFileSync('index.html', 'utf8');

describe('index.html link previews', () => {
  it('names its preview image relatively, from public/, and no absolute address', () => {
    expect(html).toContain('<meta property="og:image" content="./og-image.png" />');
    expect(html).toContain('<meta name="twitter:image" content="./og-image.png" />');
    expect(readFileSync('public/og-image.png').subarray(1, 4).toString()).toBe('PNG');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('withSiteUrl', () => {
  it('makes the preview image absolute under the site address and adds og:url', () => {
    const out = withSiteUrl(html, parseSiteUrl('https://someone.github.io/entente')!);
    expect(out).toContain(
      '<meta property="og:image" content="https://someone.github.io/entente/og-image.png" />',
    );
    expect(out).toContain(
      '<meta name="twitter:image" content="https://someone.github.io/entente/og-image.png" />',
    );
    expect(out).toContain(
      '<meta property="og:url" content="https://someone.github.io/entente/" />',
    );
    // Everything else is untouched.
    expect(out.replace(/https:\/\/someone\.github\.io\/entente\//g, './')).toBe(
      html.replace(
        '<meta property="og:type"',
        '<meta property="og:url" content="./" />\n    <meta property="og:type"',
      ),
    );
  });

  it('leaves the page alone without a site address, and refuses a bad one', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl('')).toBeNull();
    expect(() => parseSiteUrl('javascript:alert(1)')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('not a url')).toThrow(/not a URL/);
    expect(() => parseSiteUrl('https://x.org/?a=1')).toThrow(/no query/);
    expect(parseSiteUrl('https://x.org/app')!.href).toBe('https://x.org/app/');
  });
});
