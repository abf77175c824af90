/**
 * The page's side of offline use: register the service worker (built apps only), and say when a
 * new version has been downloaded and waits. It takes over only when the user asks ("Reload"):
 * never in the middle of a session.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** How often a long-open page (a classroom's) asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** A new version waits only if one is already running: the first install is no update. */
function watch(registration: ServiceWorkerRegistration) {
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) setWaiting(worker);
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

let started = false;

/** Register once per page. Relative to the page, so it works under any base path. */
export function registerServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  navigator.serviceWorker
    .register('./sw.js', { scope: './', updateViaCache: 'none' })
    .then((registration) => {
      watch(registration);
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    })
    // No service worker (private mode, a browser setting): the app works online as before.
    .catch(() => undefined);
}

/** Let the waiting version take over, then reload into it. */
export function applyUpdate(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when a new version has been downloaded and waits for "Reload". */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}

/** Register the service worker when the app starts. */
export function useServiceWorker(): void {
  useEffect(registerServiceWorker, []);
}
