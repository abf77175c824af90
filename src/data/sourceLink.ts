/**
 * Datasets by link (`src=<address>`): where the file is and whether the reader must be asked
 * first, then fetching its bytes. A file beside the app (same origin) loads at once; a file on
 * another site loads only over https and only after the reader agreed, since the request tells
 * that site who opened the link. Nothing here runs before that decision: the caller asks.
 */

export type SourcePlan =
  | { kind: 'same-origin'; url: string; fileName: string }
  | { kind: 'cross-origin'; url: string; origin: string; fileName: string }
  | { kind: 'refused'; message: string };

/** Files larger than this are not read (the largest SIPRI register as Entente JSON is ~20 MB). */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** The file's name for messages: the last part of its path, else the host. */
export function sourceFileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Decide how to load `src` (as the link writes it) for a page at `pageHref`. Relative addresses
 * resolve against the page, so `src=datasets/nato.json` is a file beside the app.
 */
export function planSource(src: string, pageHref: string): SourcePlan {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(src, page);
  } catch {
    return { kind: 'refused', message: `"${src.slice(0, 80)}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      kind: 'refused',
      message: `only http(s) addresses can be loaded, not ${url.protocol}`,
    };
  if (url.username || url.password)
    return { kind: 'refused', message: 'an address with a user name or password is not loaded' };
  const fileName = sourceFileName(url);
  url.hash = '';
  if (url.origin === page.origin) return { kind: 'same-origin', url: url.href, fileName };
  if (url.protocol !== 'https:')
    return {
      kind: 'refused',
      message: `${url.origin} is another site without https: only https files are loaded from other sites`,
    };
  return { kind: 'cross-origin', url: url.href, origin: url.origin, fileName };
}

export type SourceBytes =
  | { ok: true; bytes: Uint8Array; fileName: string }
  | { ok: false; fileName: string; message: string };

/**
 * Fetch the file of an allowed plan. No cookies go to another site, no referrer either, and no
 * redirect is followed (a redirect could lead to a site the reader never agreed to).
 */
export async function fetchSource(
  plan: Exclude<SourcePlan, { kind: 'refused' }>,
  fetchImpl: typeof fetch = fetch,
): Promise<SourceBytes> {
  const { fileName } = plan;
  const crossOrigin = plan.kind === 'cross-origin';
  let response: Response;
  try {
    response = await fetchImpl(plan.url, {
      credentials: crossOrigin ? 'omit' : 'same-origin',
      referrerPolicy: crossOrigin ? 'no-referrer' : 'strict-origin-when-cross-origin',
      redirect: 'error',
      cache: 'no-cache',
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      fileName,
      message: `could not be loaded from ${plan.url} (${why}${crossOrigin ? '; the site must allow other sites to read it (CORS) and serve it without a redirect' : ''})`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      fileName,
      message: `could not be loaded from ${plan.url} (HTTP ${response.status})`,
    };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_SOURCE_BYTES)
    return { ok: false, fileName, message: `is too large (${declared} bytes)` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_SOURCE_BYTES)
    return { ok: false, fileName, message: `is too large (${bytes.length} bytes)` };
  return { ok: true, bytes, fileName };
}
