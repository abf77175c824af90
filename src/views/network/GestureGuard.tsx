/**
 * Where the page itself scrolls (tablets, an embed in a longer page), a one-finger drag or a wheel
 * over the network must scroll the page, not pan or zoom the picture, or the reader is trapped.
 * So until the network is focused (tap or click it, or Tab to it), those gestures go to the page;
 * a pinch (two fingers) and a trackpad pinch (ctrl+wheel) always zoom, and a tap still selects
 * (the browser turns it into a click, which sigma handles). Where nothing else scrolls (laptops,
 * phones, a presentation) the network is the screen, and every gesture goes to it.
 *
 * sigma 3.0.3 listens on its top canvas (`.sigma-mouse`, which it gives `touch-action: none`);
 * capture listeners on the container run first and keep guarded events from reaching it.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { EntenteSigma } from './sigmaTypes';

const HINT_MS = 1800;

/** Whether the element or the page around it can scroll vertically. */
function canScrollAround(el: HTMLElement): boolean {
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollHeight > window.innerHeight + 1) return true;
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1)
      return true;
  }
  return false;
}

export function GestureGuard({ sigma }: { sigma: EntenteSigma }) {
  // An embed sits in someone else's page: it never takes gestures before it is focused.
  const embed = useAppStore((s) => s.extras.embed);
  const [hint, setHint] = useState<string | null>(null);

  useEffect(() => {
    const container = sigma.getContainer();
    const top = sigma.getCanvases().mouse;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const interactive = () =>
      container.contains(document.activeElement) || (!embed && !canScrollAround(container));
    // The browser reads touch-action when a touch begins: keep it in step beforehand.
    const update = () => {
      if (top) top.style.touchAction = interactive() ? 'none' : 'pan-x pan-y';
    };
    const showHint = (text: string) => {
      setHint(text);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => setHint(null), HINT_MS);
    };

    let guardedTouch = false;
    const onTouchStart = (event: TouchEvent) => {
      guardedTouch = event.touches.length < 2 && !interactive();
      if (guardedTouch) event.stopPropagation();
    };
    const onTouchMove = (event: TouchEvent) => {
      if (guardedTouch && event.touches.length === 1)
        showHint('Tap the network first to move it with one finger, or pinch to zoom.');
    };
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || interactive()) return;
      event.stopPropagation();
      showHint('Click the network first to zoom it with the wheel.');
    };

    update();
    container.addEventListener('touchstart', onTouchStart, { capture: true });
    container.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
    container.addEventListener('wheel', onWheel, { capture: true });
    container.addEventListener('focusin', update);
    container.addEventListener('focusout', update);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(document.body);
    observer?.observe(container);
    return () => {
      clearTimeout(hintTimer);
      container.removeEventListener('touchstart', onTouchStart, { capture: true });
      container.removeEventListener('touchmove', onTouchMove, { capture: true });
      container.removeEventListener('wheel', onWheel, { capture: true });
      container.removeEventListener('focusin', update);
      container.removeEventListener('focusout', update);
      observer?.disconnect();
    };
  }, [sigma, embed]);

  if (!hint) return null;
  return (
    <p className="gesture-hint" role="status">
      {hint}
    </p>
  );
}
