/**
 * A tiny SVG description: plain objects that render either to a string (golden files) or to DOM
 * nodes (the component). Text from data only ever becomes a text node or an escaped string.
 */

export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  children?: SvgNode[];
  /** Text content (set as a text node, never parsed). */
  text?: string;
}

export function el(
  tag: string,
  attrs: SvgNode['attrs'] = {},
  children: SvgNode[] = [],
  text?: string,
): SvgNode {
  return text === undefined ? { tag, attrs, children } : { tag, attrs, children, text };
}

/** Round to one decimal, and print without trailing zeros (stable across platforms). */
export function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function attrString(attrs: SvgNode['attrs']): string {
  if (!attrs) return '';
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/** Serialise, one element per line, indented: diffs of golden files stay readable. */
export function toSvgString(node: SvgNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.tag}${attrString(node.attrs)}`;
  const children = node.children ?? [];
  if (children.length === 0 && node.text === undefined) return `${open}/>`;
  if (children.length === 0) return `${open}>${escapeText(node.text!)}</${node.tag}>`;
  const inner = children.map((c) => toSvgString(c, depth + 1)).join('\n');
  const text = node.text === undefined ? '' : `\n${pad}  ${escapeText(node.text)}`;
  return `${open}>${text}\n${inner}\n${pad}</${node.tag}>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Build DOM nodes for a description (text via textContent, attributes via setAttribute). */
export function toDom(node: SvgNode, doc: Document): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs ?? {})) {
    if (v !== undefined) element.setAttribute(k, String(v));
  }
  if (node.text !== undefined) element.appendChild(doc.createTextNode(node.text));
  for (const child of node.children ?? []) element.appendChild(toDom(child, doc));
  return element;
}

/** Replace the children of `parent` with the description's nodes. */
export function mountInto(parent: Element, nodes: SvgNode[]): void {
  const doc = parent.ownerDocument;
  const fragment = doc.createDocumentFragment();
  for (const n of nodes) fragment.appendChild(toDom(n, doc));
  parent.replaceChildren(fragment);
}
