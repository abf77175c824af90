/**
 * Mount SVG descriptions into a layer, and keep the keyboard focus where it was: redrawing
 * replaces the nodes, so an element focused inside the layer (a bar, a group's toggle) is found
 * again by its data key and focused anew.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { mountInto, type SvgNode } from './svgTree';

const KEYS = ['data-agreement', 'data-event', 'data-group'] as const;

export function useMountedTree(ref: RefObject<SVGElement | null>, nodes: SvgNode[]) {
  useLayoutEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const active = layer.ownerDocument.activeElement;
    const key = active && layer.contains(active) ? KEYS.find((k) => active.hasAttribute(k)) : null;
    const value = key ? active!.getAttribute(key) : null;
    mountInto(layer, nodes);
    if (!key) return;
    for (const el of layer.querySelectorAll<SVGElement>(`[${key}][tabindex]`))
      if (el.getAttribute(key) === value) return el.focus({ preventScroll: true });
  }, [ref, nodes]);
}
