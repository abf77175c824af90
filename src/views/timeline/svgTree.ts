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

/** What each layer shows now (its children's descriptions), to patch the next drawing against. */
const mounted = new WeakMap<Element, SvgNode[]>();

/**
 * Make the children of `parent` show the description's nodes. The layer's previous drawing is
 * patched, not replaced: an element whose tag stays is kept and only its changed attributes and
 * text are set. A redraw where little changed (a new dataset with the same agreements, a hover)
 * then costs little DOM work, and the browser little style and layout work in the next frame.
 */
export function mountInto(parent: Element, nodes: SvgNode[]): void {
  const previous = mounted.get(parent);
  // Patch only what this function drew: anything else in the layer means drawing it afresh.
  if (previous && parent.childNodes.length === previous.length)
    patchChildren(parent, previous, nodes);
  else {
    const doc = parent.ownerDocument;
    const fragment = doc.createDocumentFragment();
    for (const n of nodes) fragment.appendChild(toDom(n, doc));
    parent.replaceChildren(fragment);
  }
  mounted.set(parent, nodes);
}

/** `parent`'s element children show `before`: make them show `after`. */
function patchChildren(parent: Element, before: SvgNode[], after: SvgNode[]): void {
  const doc = parent.ownerDocument;
  const elements = [...parent.children];
  const kept = Math.min(before.length, after.length);
  for (let i = 0; i < kept; i++) {
    const old = before[i]!;
    const next = after[i]!;
    if (old === next) continue;
    const element = elements[i]!;
    // Another tag, or text appearing or going (a text node comes first): a new element.
    if (old.tag !== next.tag || (old.text === undefined) !== (next.text === undefined))
      element.replaceWith(toDom(next, doc));
    else patchElement(element, old, next);
  }
  for (let i = after.length; i < before.length; i++) elements[i]!.remove();
  if (after.length > before.length) {
    const fragment = doc.createDocumentFragment();
    for (let i = before.length; i < after.length; i++) fragment.appendChild(toDom(after[i]!, doc));
    parent.appendChild(fragment);
  }
}

function patchElement(element: Element, old: SvgNode, next: SvgNode): void {
  const was = old.attrs ?? {};
  const now = next.attrs ?? {};
  for (const k in now) {
    const v = now[k];
    if (v === undefined) {
      if (was[k] !== undefined) element.removeAttribute(k);
    } else if (v !== was[k]) element.setAttribute(k, String(v));
  }
  for (const k in was) if (was[k] !== undefined && now[k] === undefined) element.removeAttribute(k);
  if (next.text !== undefined && next.text !== old.text) element.firstChild!.nodeValue = next.text;
  patchChildren(element, old.children ?? [], next.children ?? []);
}
