/**
 * What the service worker keeps for offline use, and which request gets which kept file: pure
 * functions over the precache manifest (written at build time, see
 * scripts/vite-plugins/serviceWorker.ts), so they are tested without a browser.
 *
 * Every file is kept under its URL plus its content's revision, so a new version adds only the
 * files that changed, and a worker still serving the old version finds its own files until the
 * new one takes over.
 */

export interface PrecacheEntry {
  /** Path relative to the app's root (its service worker scope), e.g. `assets/index-abc.js`. */
  url: string;
  /** A hash of the file's content. */
  revision: string;
}

/** The one cache the app owns. */
export const PRECACHE_NAME = 'entente-precache';
/** The page served for every navigation inside the app (its state is in the query string). */
export const APP_SHELL = 'index.html';
const REVISION_PARAM = '__entente_revision';

/** The key a file is kept under: its absolute URL with the revision as a query parameter. */
export function cacheKey(entry: PrecacheEntry, scope: string): string {
  const url = new URL(entry.url, scope);
  url.searchParams.set(REVISION_PARAM, entry.revision);
  return url.href;
}

export interface PrecacheIndex {
  /** Absolute URL (no query) -> cache key. */
  byUrl: Map<string, string>;
  /** The app shell's key, if it is in the manifest. */
  shell: string | null;
  scope: URL;
}

export function indexManifest(manifest: readonly PrecacheEntry[], scope: string): PrecacheIndex {
  const byUrl = new Map<string, string>();
  let shell: string | null = null;
  for (const entry of manifest) {
    const key = cacheKey(entry, scope);
    byUrl.set(new URL(entry.url, scope).href, key);
    if (entry.url === APP_SHELL) shell = key;
  }
  return { byUrl, shell, scope: new URL(scope) };
}

export interface RequestFacts {
  url: string;
  method: string;
  /** Request.mode: `navigate` for page loads. */
  mode: string;
}

/**
 * The cache key that answers a request, or null to let it go to the network: only GET requests
 * for the app's own files; a navigation to the app (any query) gets the app shell.
 */
export function keyForRequest(index: PrecacheIndex, request: RequestFacts): string | null {
  if (request.method !== 'GET') return null;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.origin !== index.scope.origin) return null;
  if (request.mode === 'navigate') {
    const root = index.scope.pathname;
    return url.pathname === root || url.pathname === `${root}${APP_SHELL}` ? index.shell : null;
  }
  // Files are asked for without a query; a query means something else (never a kept file).
  if (url.search !== '') return null;
  return index.byUrl.get(url.href) ?? null;
}

/** Kept entries the current manifest no longer names (after an update). */
export function staleKeys(cached: readonly string[], index: PrecacheIndex): string[] {
  const wanted = new Set(index.byUrl.values());
  return cached.filter((key) => !wanted.has(key));
}
