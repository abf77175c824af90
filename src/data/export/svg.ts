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

/** A copy of a drawn <svg> with the computed styles that matter written on each element. */
function styledClone(svg: SVGSVGElement): SVGSVGElement {
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
  return clone;
}

const drawnSize = (svg: SVGSVGElement) => {
  const box = svg.getBoundingClientRect();
  return {
    width: Math.round(box.width) || Number(svg.getAttribute('width')) || 800,
    height: Math.round(box.height) || Number(svg.getAttribute('height')) || 300,
  };
};

/**
 * One standalone file from one drawn <svg>, or from several drawn one above the other (the
 * timeline's head and its lanes, whole even where the page scrolls them).
 */
export function serialiseSvg(drawn: SVGSVGElement | SVGSVGElement[], background?: string): string {
  const parts = Array.isArray(drawn) ? drawn : [drawn];
  const sizes = parts.map(drawnSize);
  const width = Math.max(...sizes.map((s) => s.width));
  const height = sizes.reduce((sum, s) => sum + s.height, 0);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  let root: SVGSVGElement;
  if (parts.length === 1) {
    root = styledClone(parts[0]!);
  } else {
    root = document.createElementNS(SVG_NS, 'svg');
    let y = 0;
    parts.forEach((part, i) => {
      const clone = styledClone(part);
      clone.setAttribute('x', '0');
      clone.setAttribute('y', String(y));
      y += sizes[i]!.height;
      root.appendChild(clone);
    });
  }
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  if (parts.length > 1 || !root.hasAttribute('viewBox'))
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    root.insertBefore(rect, root.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** The timeline's drawn <svg> elements (TimelinePanel's head and lanes), top to bottom. */
export function findTimelineSvgs(root: ParentNode = document): SVGSVGElement[] {
  return [...root.querySelectorAll<SVGSVGElement>('svg.tl-svg')];
}
