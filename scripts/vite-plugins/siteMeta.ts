/**
 * Link previews (Open Graph, Twitter cards) want absolute URLs, but the build must work under
 * any base path, on any host. So index.html names its preview image relatively, and a deploy
 * that knows its address (the GitHub Pages workflow) passes it as SITE_URL: only then are the
 * image made absolute and og:url added. Nothing else in the page depends on it.
 */
import type { Plugin } from 'vite';

/** The site's address as given, checked: http(s), no query or fragment, ending with a slash. */
export function parseSiteUrl(value: string | undefined): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address: "${value}"`);
  if (url.search || url.hash)
    throw new Error(`SITE_URL must have no query or fragment: "${value}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** index.html with its relative preview image made absolute and og:url added. */
export function withSiteUrl(html: string, site: URL): string {
  const absolute = html.replace(
    /(<meta\s+(?:property|name)="(?:og:image|twitter:image)"\s+content=")\.\/([^"]*)"/g,
    (_, head: string, path: string) => `${head}${escapeAttribute(new URL(path, site).href)}"`,
  );
  return absolute.replace(
    '<meta property="og:type"',
    `<meta property="og:url" content="${escapeAttribute(site.href)}" />\n    <meta property="og:type"`,
  );
}

export function siteMeta(siteUrl = process.env.SITE_URL): Plugin {
  const site = parseSiteUrl(siteUrl);
  return {
    name: 'entente-site-meta',
    apply: 'build',
    transformIndexHtml: (html) => (site ? withSiteUrl(html, site) : html),
  };
}
