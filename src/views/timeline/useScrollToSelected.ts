/**
 * A selection made elsewhere (a link, search, the network) scrolls the timeline's lanes to its
 * bar or marker when it is out of sight, once per selection: the reader may scroll away again.
 */
import { useEffect, type RefObject } from 'react';

/** `selected`: the selected agreement's or event's id; the lanes mark it `.is-selected`. */
export function useScrollToSelected(
  container: RefObject<HTMLElement | null>,
  selected: string | null,
): void {
  useEffect(() => {
    const lanes = container.current;
    const mark = selected ? lanes?.querySelector('.is-selected') : null;
    if (!lanes || !mark) return;
    const view = lanes.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    // Centred, at once (no smooth scroll: it would animate for readers who asked for less motion).
    lanes.scrollBy({
      top: box.top - view.top - (view.height - box.height) / 2,
      behavior: 'instant',
    });
  }, [container, selected]);
}
