/**
 * Full screen for presenting, through the Fullscreen API where the browser allows it (not in an
 * iframe without `allowfullscreen`, not on iPhone Safari): there the presentation simply fills
 * the window. Entering needs a user gesture, so it is called from the click or key press itself.
 */
import { useSyncExternalStore } from 'react';

export function canFullScreen(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

export function isFullScreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

/** Resolves to whether the page is now full screen; never throws. */
export function enterFullScreen(): Promise<boolean> {
  if (isFullScreen()) return Promise.resolve(true);
  if (!canFullScreen()) return Promise.resolve(false);
  return document.documentElement.requestFullscreen({ navigationUI: 'hide' }).then(
    () => true,
    () => false,
  );
}

export function exitFullScreen(): Promise<void> {
  if (!isFullScreen()) return Promise.resolve();
  return document.exitFullscreen().catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

export function useFullScreen(): boolean {
  return useSyncExternalStore(subscribe, isFullScreen, () => false);
}
