/**
 * The service worker: keeps the app and its default data for offline use, so a classroom that
 * opened Entente once can use it without network. Built by scripts/vite-plugins/serviceWorker.ts
 * into `sw.js` (one classic script) with the precache manifest of that build.
 *
 * - install: fetch every file of the manifest not already kept (same revision), or fail and
 *   retry on the next visit;
 * - activate: drop what the new manifest no longer names;
 * - fetch: the app's own files come from the cache, every navigation inside the app gets the
 *   app shell; anything else goes to the network untouched;
 * - a new version waits until the page asks it to take over (the page offers "Reload"), so it
 *   never changes under a running session.
 */
import {
  indexManifest,
  keyForRequest,
  PRECACHE_NAME,
  staleKeys,
  cacheKey,
  type PrecacheEntry,
} from './precache';

declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

// The few service-worker types used here (the DOM and WebWorker libraries cannot be combined).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const manifest = __PRECACHE_MANIFEST__;
const scope = worker.registration.scope;
const index = indexManifest(manifest, scope);

async function precache(): Promise<void> {
  const cache = await caches.open(PRECACHE_NAME);
  await Promise.all(
    manifest.map(async (entry) => {
      const key = cacheKey(entry, scope);
      if (await cache.match(key)) return;
      // Past any HTTP cache: the revision says which content this must be.
      const response = await fetch(new URL(entry.url, scope).href, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
      // A navigation may not be answered with a redirected response: keep the content only.
      const kept = response.redirected
        ? new Response(await response.blob(), { headers: response.headers })
        : response;
      await cache.put(key, kept);
    }),
  );
}

async function dropStale(): Promise<void> {
  const cache = await caches.open(PRECACHE_NAME);
  const keys = (await cache.keys()).map((request) => request.url);
  await Promise.all(staleKeys(keys, index).map((key) => cache.delete(key)));
}

worker.addEventListener('install', (event) => event.waitUntil(precache()));
worker.addEventListener('activate', (event) => event.waitUntil(dropStale()));

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const key = keyForRequest(index, request);
  if (!key) return;
  event.respondWith(
    caches
      .open(PRECACHE_NAME)
      .then((cache) => cache.match(key))
      .then((kept) => kept ?? fetch(request)),
  );
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
