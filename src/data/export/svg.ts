/**
 * SVG of the timeline as a standalone file: the drawn <svg> cloned with the computed styles that
 * matter inlined (the page's CSS custom properties do not travel with the file), sized, and
 * serialised by XMLSerializer (which escapes text).
 */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

export function serialiseSvg(svg: SVGSVGElement, background?: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    const computed = getComputedStyle(el);
    const declarations = STYLE_PROPERTIES.map((p) => {
      const v = computed.getPropertyValue(p);
      return v ? `${p}:${v}` : '';
    }).filter(Boolean);
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
    copy.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 800;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The timeline's drawn <svg> (TimelinePanel's `svg.tl-svg`), if it is on the page. */
export function findTimelineSvg(root: ParentNode = document): SVGSVGElement | null {
  return (
    root.querySelector<SVGSVGElement>('svg.tl-svg') ??
    root.querySelector<SVGSVGElement>('[aria-label="Timeline"] svg')
  );
}
