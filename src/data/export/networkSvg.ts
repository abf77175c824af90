/**
 * The network as a standalone SVG file: a pure function from a "scene" (what the network view
 * draws, already in viewport pixels: land, hulls, edges, nodes, labels) and a footer (legend,
 * summary of the filters, citation, link) to SVG text. No DOM: it runs in Node tests, and every
 * piece of text from data is escaped.
 *
 * The labels are an input: the caller passes whatever label set the network shows (today
 * sigma's own choice; later a label-placement function), each with its position.
 */
import { curvedArrowShape, DEFAULT_CURVATURE, type Point } from '../../model/edgeGeometry';
import {
  approximateMeasure,
  EXPORT_FONT,
  layoutFooter,
  legendDotStep,
  LEGEND_FONT_SIZE,
  TEXT_FONT_SIZE,
  type Measure,
  type PlacedLegendEntry,
} from './footer';
import type { LegendEntry } from './legend';

export interface SceneNode {
  key: string;
  x: number;
  y: number;
  radius: number;
  color: string;
  /** A ring around the disc in this colour (a comparison's realigned states). */
  ring?: string;
}

export interface SceneEdge {
  key: string;
  source: Point;
  target: Point;
  /** Radius of the target's disc, in pixels (where an arrow's tip stops). */
  targetRadius: number;
  thickness: number;
  color: string;
  /** `curve` for arms flows (curved arrows), `line` for ties. */
  shape: 'curve' | 'line';
  curvature?: number;
  arrow: boolean;
}

export interface SceneLabel {
  /** The labelled node, if any. */
  key?: string;
  text: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  fontSize: number;
  color: string;
  fontWeight?: string;
  /** Draw a plate behind the label (the selected or hovered node), in this colour. */
  plate?: string;
  /** A line from the node to a label moved away from it, as the screen draws it. */
  leader?: { x1: number; y1: number; x2: number; y2: number; color: string };
}

/** A leader line's width, as on the screen (LabelsController). */
const LEADER_WIDTH = 0.8;

export interface SceneHull {
  key: string;
  points: Point[];
  /** Instead of a hull: spokes from a hub point to scattered members (polylines). */
  spokes?: Point[][];
  color: string;
  label: string;
  labelAt: Point;
}

export interface SceneLand {
  /** SVG path data in projected coordinates. */
  d: string;
  /** Projected coordinates -> viewport pixels, as SVG's matrix(a b c d e f). */
  matrix: [number, number, number, number, number, number];
  fill: string;
  stroke: string;
  /** In viewport pixels. */
  strokeWidth: number;
}

export interface NetworkScene {
  /** The network area in pixels. */
  width: number;
  height: number;
  background: string;
  land: SceneLand | null;
  hulls: SceneHull[];
  /** In drawing order (later on top). */
  edges: SceneEdge[];
  nodes: SceneNode[];
  labels: SceneLabel[];
  labelFont: string;
}

export interface SvgFooter {
  legend: LegendEntry[];
  /** Summary of the view, citation, ...: each wrapped to the width; the first is emphasised. */
  lines: string[];
  /** The view's link, written as a clickable last line. */
  link?: string;
  colors: { text: string; muted: string };
  /** A title for the file (SVG <title>): e.g. the summary. */
  title?: string;
}

/**
 * From the middle of a line of text to its baseline, in ems (instead of dominant-baseline, which
 * PDF converters and editors read unevenly).
 */
const BASELINE_DROP = 0.35;

/** Numbers with at most two decimals, so files stay small and stable. */
function n(value: number): string {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Escape text for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .split('')
    .filter(isXmlChar)
    .join('');
}

/** XML 1.0 forbids most control characters, even escaped: they are dropped. */
function isXmlChar(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0x20
    ? code !== 0xfffe && code !== 0xffff
    : code === 0x9 || code === 0xa || code === 0xd;
}

const attr = (name: string, value: string | number) =>
  ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`;

function edgeSvg(edge: SceneEdge): string {
  const key = attr('data-edge', edge.key);
  if (edge.shape === 'line' && !edge.arrow) {
    return `<line${key}${attr('x1', edge.source.x)}${attr('y1', edge.source.y)}${attr('x2', edge.target.x)}${attr('y2', edge.target.y)}${attr('stroke', edge.color)}${attr('stroke-width', edge.thickness)}/>`;
  }
  const curvature = edge.shape === 'curve' ? (edge.curvature ?? DEFAULT_CURVATURE) : 0;
  const shape = curvedArrowShape(
    edge.source,
    edge.target,
    curvature,
    edge.thickness,
    edge.targetRadius,
    edge.arrow,
  );
  const parts: string[] = [];
  if (shape.body) {
    const { start, control, end } = shape.body;
    const d =
      curvature === 0
        ? `M${n(start.x)} ${n(start.y)}L${n(end.x)} ${n(end.y)}`
        : `M${n(start.x)} ${n(start.y)}Q${n(control.x)} ${n(control.y)} ${n(end.x)} ${n(end.y)}`;
    parts.push(
      `<path${attr('d', d)} fill="none"${attr('stroke', edge.color)}${attr('stroke-width', edge.thickness)}/>`,
    );
  }
  if (shape.head) {
    const points = shape.head.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    parts.push(`<polygon${attr('points', points)}${attr('fill', edge.color)}/>`);
  }
  if (parts.length === 0) return '';
  return `<g${key}>${parts.join('')}</g>`;
}

function labelSvg(label: SceneLabel, measure: Measure): string {
  const l = label.leader;
  const leader = l
    ? `<line${attr('x1', l.x1)}${attr('y1', l.y1)}${attr('x2', l.x2)}${attr('y2', l.y2)}${attr('stroke', l.color)}${attr('stroke-width', LEADER_WIDTH)}/>`
    : '';
  return leader + labelText(label, measure);
}

function labelText(label: SceneLabel, measure: Measure): string {
  const text = `<text${label.key !== undefined ? attr('data-label', label.key) : ''}${attr('x', label.x)}${attr('y', label.y)}${attr('font-size', label.fontSize)}${label.fontWeight ? attr('font-weight', label.fontWeight) : ''}${attr('fill', label.color)}>${escapeXml(label.text)}</text>`;
  if (!label.plate) return text;
  const pad = 2;
  const width = measure(label.text, label.fontSize) + 2 * pad + 1;
  const plate = `<rect${attr('x', label.x - pad)}${attr('y', label.y - label.fontSize)}${attr('width', width)}${attr('height', label.fontSize + 2 * pad + 1)} rx="2"${attr('fill', label.plate)}/>`;
  return plate + text;
}

function legendSymbolSvg(p: PlacedLegendEntry): string {
  const { entry, x, y } = p;
  if (entry.shape === 'dot')
    return entry.colors
      .map(
        (c, i) =>
          `<circle${attr('cx', x + 6 + i * legendDotStep)}${attr('cy', y)} r="5"${attr('fill', c)}/>`,
      )
      .join('');
  if (entry.shape === 'ring')
    return `<circle${attr('cx', x + 6)}${attr('cy', y)} r="3.5"${attr('fill', entry.colors[1] ?? 'none')}/><circle${attr('cx', x + 6)}${attr('cy', y)} r="6" fill="none"${attr('stroke', entry.colors[0] ?? '#888')} stroke-width="1.6"/>`;
  const color = entry.colors[0] ?? '#888';
  const line = `<line${attr('x1', x)}${attr('y1', y)}${attr('x2', x + 18)}${attr('y2', y)}${attr('stroke', color)} stroke-width="3"/>`;
  if (entry.shape !== 'arrow') return line;
  const head = `${n(x + 22)},${n(y)} ${n(x + 14)},${n(y - 5)} ${n(x + 14)},${n(y + 5)}`;
  return `${line}<polygon${attr('points', head)}${attr('fill', color)}/>`;
}

export interface SvgDocument {
  /** The file's text, with its XML declaration. */
  svg: string;
  /** Its size in pixels: the network area plus the footer. */
  width: number;
  height: number;
}

/** The scene and its footer as an SVG document. */
export function networkSvg(
  scene: NetworkScene,
  footer: SvgFooter,
  measure: Measure = approximateMeasure,
): SvgDocument {
  const width = Math.max(1, Math.round(scene.width));
  const height = Math.max(1, Math.round(scene.height));
  const lines = footer.link ? [...footer.lines, footer.link] : footer.lines;
  const layout = layoutFooter(measure, footer.legend, lines, width);
  const total = height + Math.ceil(layout.height);
  const linkSource = footer.link ? lines.length - 1 : -1;

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"${attr('width', width)}${attr('height', total)}${attr('viewBox', `0 0 ${width} ${total}`)}${attr('font-family', EXPORT_FONT)}>`,
  );
  if (footer.title) out.push(`<title>${escapeXml(footer.title)}</title>`);
  out.push(
    `<defs><clipPath id="entente-network-area"><rect${attr('width', width)}${attr('height', height)}/></clipPath></defs>`,
  );
  out.push(
    `<rect${attr('width', width)}${attr('height', total)}${attr('fill', scene.background)}/>`,
  );
  out.push('<g clip-path="url(#entente-network-area)">');

  if (scene.land) {
    const l = scene.land;
    const [a, b, c, d, e, f] = l.matrix;
    const scale = Math.hypot(a, b) || 1;
    out.push(
      `<g class="land"><path${attr('d', l.d)}${attr('transform', `matrix(${[a, b, c, d, e, f].map((v) => String(Math.round(v * 1e4) / 1e4)).join(' ')})`)}${attr('fill', l.fill)}${attr('stroke', l.stroke)}${attr('stroke-width', String(Math.round((l.strokeWidth / scale) * 1e4) / 1e4))}/></g>`,
    );
  }

  if (scene.hulls.length > 0) {
    out.push('<g class="hulls">');
    for (const h of scene.hulls) {
      const points = h.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
      // Scattered members on the map: dashed spokes from the hub point instead of a hull.
      const shape =
        h.spokes && h.spokes.length > 0
          ? h.spokes
              .map(
                (path) =>
                  `<polyline${attr('points', path.map((p) => `${n(p.x)},${n(p.y)}`).join(' '))} fill="none"${attr('stroke', h.color)} stroke-opacity="0.55" stroke-width="1.2" stroke-dasharray="4 3"/>`,
              )
              .join('')
          : `<polygon${attr('points', points)}${attr('fill', h.color)} fill-opacity="0.1"${attr('stroke', h.color)} stroke-opacity="0.7" stroke-width="1.5"/>`;
      out.push(
        `<g${attr('data-hull', h.key)}>${shape}<text${attr('x', h.labelAt.x)}${attr('y', h.labelAt.y)} font-size="12" font-weight="600"${attr('fill', h.color)}>${escapeXml(h.label)}</text></g>`,
      );
    }
    out.push('</g>');
  }

  out.push('<g class="edges">');
  for (const edge of scene.edges) out.push(edgeSvg(edge));
  out.push('</g>');

  out.push('<g class="nodes">');
  for (const node of scene.nodes) {
    out.push(
      `<circle${attr('data-node', node.key)}${attr('cx', node.x)}${attr('cy', node.y)}${attr('r', node.radius)}${attr('fill', node.color)}/>`,
    );
    if (node.ring)
      out.push(
        `<circle class="ring"${attr('cx', node.x)}${attr('cy', node.y)}${attr('r', node.radius + 3.5)} fill="none"${attr('stroke', node.ring)} stroke-width="2"/>`,
      );
  }
  out.push('</g>');

  out.push(`<g class="labels"${attr('font-family', scene.labelFont)}>`);
  for (const label of scene.labels) out.push(labelSvg(label, measure));
  out.push('</g>');
  out.push('</g>');

  // The footer.
  out.push(`<g class="footer"${attr('transform', `translate(0 ${height})`)}>`);
  out.push(
    `<line x1="0" y1="0.5"${attr('x2', width)} y2="0.5"${attr('stroke', footer.colors.muted)} stroke-opacity="0.4"/>`,
  );
  for (const p of layout.legend) {
    out.push(legendSymbolSvg(p));
    out.push(
      `<text${attr('x', p.labelX)}${attr('y', p.y + LEGEND_FONT_SIZE * BASELINE_DROP)}${attr('font-size', LEGEND_FONT_SIZE)}${attr('fill', footer.colors.text)}>${escapeXml(p.entry.label)}</text>`,
    );
  }
  // A wrapped link is one <a> around its pieces.
  let openLink = false;
  for (const line of layout.lines) {
    const isLink = line.source === linkSource;
    if (isLink && !openLink) {
      out.push(`<a${attr('href', footer.link!)}${attr('xlink:href', footer.link!)}>`);
      openLink = true;
    }
    out.push(
      `<text${attr('x', line.x)}${attr('y', line.y + TEXT_FONT_SIZE * BASELINE_DROP)}${attr('font-size', TEXT_FONT_SIZE)}${attr('fill', line.source === 0 ? footer.colors.text : footer.colors.muted)}${isLink ? ' text-decoration="underline"' : ''}>${escapeXml(line.text)}</text>`,
    );
  }
  if (openLink) out.push('</a>');
  out.push('</g>');
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width, height: total };
}
