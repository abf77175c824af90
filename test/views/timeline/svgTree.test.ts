// @vitest-environment jsdom
/**
 * Mounting SVG descriptions: a redraw patches the layer's previous drawing, and the DOM it leaves
 * is the one a fresh drawing would give, whatever changed.
 */
import { describe, expect, it } from 'vitest';
import { el, mountInto, toDom, type SvgNode } from '../../../src/views/timeline/svgTree';

const SVG_NS = 'http://www.w3.org/2000/svg';

function layer(): Element {
  return document.createElementNS(SVG_NS, 'g');
}

/** The markup a fresh drawing of `nodes` gives. */
function fresh(nodes: SvgNode[]): string {
  const g = layer();
  for (const n of nodes) g.appendChild(toDom(n, document));
  return g.innerHTML;
}

const bar = (x: number, label: string, extra: SvgNode['attrs'] = {}) =>
  el('g', { 'data-bar': label, transform: `translate(${x},0)`, ...extra }, [
    el('rect', { width: 10, height: 4, class: 'bar' }),
    el('text', { x: 2 }, [], label),
  ]);

describe('mountInto', () => {
  const first = [bar(0, 'NATO'), bar(20, 'Warsaw Pact', { tabindex: 0 }), el('line', { x1: 0 })];

  it('draws a description', () => {
    const g = layer();
    mountInto(g, first);
    expect(g.innerHTML).toBe(fresh(first));
    expect(g.querySelector('[data-bar="NATO"] text')?.textContent).toBe('NATO');
  });

  it('keeps the elements that stay and changes only what changed', () => {
    const g = layer();
    mountInto(g, first);
    const nato = g.children[0]!;
    const rect = nato.querySelector('rect')!;
    const next = [
      bar(5, 'NATO'), // moved
      bar(20, 'SEATO'), // renamed, and its tabindex gone
      el('line', { x1: 3, stroke: 'red' }), // an attribute added
    ];
    mountInto(g, next);
    expect(g.innerHTML).toBe(fresh(next));
    expect(g.children[0]).toBe(nato);
    expect(nato.querySelector('rect')).toBe(rect);
    expect(g.children[1]!.hasAttribute('tabindex')).toBe(false);
  });

  it('adds, removes and replaces elements as the description does', () => {
    const g = layer();
    mountInto(g, first);
    const longer = [el('circle', { r: 3 }), ...first, bar(40, 'ANZUS'), el('path', { d: 'M0,0' })];
    mountInto(g, longer);
    expect(g.innerHTML).toBe(fresh(longer));
    const shorter = [bar(1, 'Rio Treaty', { 'aria-hidden': 'true' })];
    mountInto(g, shorter);
    expect(g.innerHTML).toBe(fresh(shorter));
    // Text that appears or goes, and children that change in number.
    const texts = [el('text', {}, [], 'a'), el('text', { x: 1 }), bar(0, 'x')];
    mountInto(g, texts);
    const swapped = [el('text', { x: 1 }), el('text', {}, [], 'b'), el('g', {}, [el('rect')])];
    mountInto(g, swapped);
    expect(g.innerHTML).toBe(fresh(swapped));
    mountInto(g, []);
    expect(g.childNodes.length).toBe(0);
  });

  it('draws afresh when something else changed the layer', () => {
    const g = layer();
    mountInto(g, first);
    g.appendChild(document.createElementNS(SVG_NS, 'rect'));
    mountInto(g, first);
    expect(g.innerHTML).toBe(fresh(first));
  });
});
