/**
 * The footer of an exported network picture (legend, summary of the filters, citation, link),
 * laid out as data: positions only, no drawing. The SVG builder draws it; the measure of text is
 * an input, so the layout is pure and testable (the browser passes a canvas measure).
 */
import type { LegendEntry } from './legend';

export const EXPORT_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const LEGEND_FONT_SIZE = 13;
export const TEXT_FONT_SIZE = 12;
export const FOOTER_PAD = 14;
const LEGEND_LINE = 20;
const TEXT_LINE = 17;
/** Room for a symbol (dot, line, arrow) before its label, and after the label. */
const SYMBOL_WIDTH = 26;
const DOT_STEP = 8;
const ENTRY_GAP = 18;

/** Width of `text` at `fontSize` pixels, in pixels. */
export type Measure = (text: string, fontSize: number) => number;

/**
 * A rough measure for when no canvas is at hand (tests, Node): about half an em per character.
 * Text laid out with it wraps a little early rather than late.
 */
export const approximateMeasure: Measure = (text, fontSize) => text.length * fontSize * 0.56;

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

export interface PlacedLegendEntry {
  entry: LegendEntry;
  /** Left of the symbol and middle of the row, from the footer's top-left corner. */
  x: number;
  y: number;
  /** Left of the label text. */
  labelX: number;
}

export interface PlacedLine {
  text: string;
  x: number;
  /** Middle of the line. */
  y: number;
  /** Which input line this piece comes from (wrapping splits one line into several). */
  source: number;
}

export interface FooterLayout {
  height: number;
  legend: PlacedLegendEntry[];
  lines: PlacedLine[];
}

function symbolWidth(entry: LegendEntry): number {
  return SYMBOL_WIDTH + (entry.colors.length - 1) * DOT_STEP;
}

/** Lay out the legend in rows, then the text lines (each wrapped), inside `width`. */
export function layoutFooter(
  measure: Measure,
  legend: readonly LegendEntry[],
  lines: readonly string[],
  width: number,
): FooterLayout {
  const inner = Math.max(1, width - 2 * FOOTER_PAD);
  const placed: PlacedLegendEntry[] = [];
  let x = 0;
  let row = 0;
  for (const entry of legend) {
    const w = symbolWidth(entry) + measure(entry.label, LEGEND_FONT_SIZE) + ENTRY_GAP;
    if (x > 0 && x + w > inner) {
      row++;
      x = 0;
    }
    const y = FOOTER_PAD + row * LEGEND_LINE + LEGEND_LINE / 2;
    placed.push({ entry, x: FOOTER_PAD + x, y, labelX: FOOTER_PAD + x + symbolWidth(entry) });
    x += w;
  }
  const rows = legend.length === 0 ? 0 : row + 1;
  const textTop = FOOTER_PAD + rows * LEGEND_LINE + (rows ? 6 : 0);
  const textLines: PlacedLine[] = [];
  lines.forEach((line, source) => {
    for (const text of wrapText((s) => measure(s, TEXT_FONT_SIZE), line, inner))
      textLines.push({
        text,
        x: FOOTER_PAD,
        y: textTop + textLines.length * TEXT_LINE + TEXT_LINE / 2,
        source,
      });
  });
  return {
    height: textTop + textLines.length * TEXT_LINE + FOOTER_PAD,
    legend: placed,
    lines: textLines,
  };
}

/** Offset of the i-th dot of a multi-colour legend dot. */
export const legendDotStep = DOT_STEP;
