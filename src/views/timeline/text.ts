/**
 * Text measures without a DOM (the renderer is pure and runs in Node): an average glyph width
 * for the system sans-serif, on the generous side, so what is said to fit does fit.
 */

/** A rough text width: good enough to decide what fits. */
export const textWidth = (s: string, fontSize: number) => s.length * fontSize * 0.58;

/** Truncate a label to a width, with an ellipsis. */
export function fitText(s: string, width: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= width) return s;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.58)) - 1);
  return `${s.slice(0, chars).trimEnd()}…`;
}
