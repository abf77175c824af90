/**
 * PNG of the network: every canvas layer of the network container (the background layer, sigma's
 * WebGL and 2D layers, any overlay) composited in DOM order into one image, with a footer that
 * carries the legend, a summary of the filters, the citation and the deep link, drawn as text.
 *
 * sigma's WebGL canvases do not preserve their drawing buffer, so the layers are copied in the
 * same task as a synchronous `refresh()`.
 */
import type { LegendEntry } from './legend';

/** The part of a sigma instance this needs (keeps sigma out of data/). */
export interface RenderableNetwork {
  refresh(): unknown;
  getContainer(): HTMLElement;
}

export interface ImageColors {
  background: string;
  text: string;
  muted: string;
}

export interface NetworkImageOptions {
  legend: LegendEntry[];
  /** Lines of text under the legend (summary, citation, link), each wrapped to the width. */
  lines: string[];
  colors: ImageColors;
  /** Output pixels per CSS pixel (default: devicePixelRatio, at least 1, at most 3). */
  scale?: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const PAD = 14;
const LEGEND_LINE = 20;
const TEXT_LINE = 17;

/** Break text into lines no wider than `width` (breaking long words, e.g. URLs, anywhere). */
export function wrapText(measure: (s: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word longer than the line: cut it.
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) pushWord(word);
  if (line) lines.push(line);
  return lines;
}

interface LegendPlacement {
  entry: LegendEntry;
  x: number;
  row: number;
}

function placeLegend(
  measure: (s: string) => number,
  entries: LegendEntry[],
  width: number,
): { placed: LegendPlacement[]; rows: number } {
  const placed: LegendPlacement[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 26 + (entry.colors.length - 1) * 8 + measure(entry.label) + 18;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ entry, x, row });
    x += w;
  }
  return { placed, rows: entries.length === 0 ? 0 : row + 1 };
}

function drawSymbol(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number) {
  if (entry.shape === 'dot') {
    entry.colors.forEach((c, i) => {
      ctx.fillStyle = c;
      ctx.beginPath();
      ctx.arc(x + 6 + i * 8, y, 5, 0, Math.PI * 2);
      ctx.fill();
    });
    return;
  }
  const color = entry.colors[0]!;
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 18, y);
  ctx.stroke();
  if (entry.shape === 'arrow') {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(x + 22, y);
    ctx.lineTo(x + 14, y - 5);
    ctx.lineTo(x + 14, y + 5);
    ctx.closePath();
    ctx.fill();
  }
}

/** Draw the network and its footer into a new canvas. */
export function renderNetworkImage(
  network: RenderableNetwork,
  options: NetworkImageOptions,
): HTMLCanvasElement {
  const container = network.getContainer();
  const width = Math.max(1, Math.round(container.clientWidth));
  const height = Math.max(1, Math.round(container.clientHeight));
  const scale = options.scale ?? Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));

  // Lay out the footer with a scratch context (resizing a canvas clears it).
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('This browser cannot draw on a canvas.');
  scratch.font = `13px ${FONT}`;
  const measure = (s: string) => scratch.measureText(s).width;
  const inner = width - 2 * PAD;
  const legend = placeLegend(measure, options.legend, inner);
  scratch.font = `12px ${FONT}`;
  const textLines = options.lines.flatMap((l) =>
    wrapText((s) => scratch.measureText(s).width, l, inner),
  );
  const footer =
    PAD + legend.rows * LEGEND_LINE + (legend.rows ? 6 : 0) + textLines.length * TEXT_LINE + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((height + footer) * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  ctx.fillStyle = options.colors.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  // The network: render now, copy every layer before the frame is presented.
  network.refresh();
  for (const layer of container.querySelectorAll('canvas')) {
    if (layer.width === 0 || layer.height === 0) continue;
    const box = layer.getBoundingClientRect();
    const origin = container.getBoundingClientRect();
    ctx.drawImage(
      layer,
      0,
      0,
      layer.width,
      layer.height,
      (box.left - origin.left) * scale,
      (box.top - origin.top) * scale,
      box.width * scale,
      box.height * scale,
    );
  }

  // The footer.
  ctx.save();
  ctx.scale(scale, scale);
  ctx.strokeStyle = options.colors.muted;
  ctx.globalAlpha = 0.4;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, height + 0.5);
  ctx.lineTo(width, height + 0.5);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.textBaseline = 'middle';
  ctx.font = `13px ${FONT}`;
  let y = height + PAD + LEGEND_LINE / 2;
  for (const p of legend.placed) {
    const rowY = y + p.row * LEGEND_LINE;
    const x = PAD + p.x;
    drawSymbol(ctx, p.entry, x, rowY);
    ctx.fillStyle = options.colors.text;
    ctx.fillText(p.entry.label, x + 26 + (p.entry.colors.length - 1) * 8, rowY);
  }
  y = height + PAD + legend.rows * LEGEND_LINE + (legend.rows ? 6 : 0) + TEXT_LINE / 2;
  ctx.font = `12px ${FONT}`;
  textLines.forEach((line, i) => {
    ctx.fillStyle = i === 0 ? options.colors.text : options.colors.muted;
    ctx.fillText(line, PAD, y + i * TEXT_LINE);
  });
  ctx.restore();
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}
