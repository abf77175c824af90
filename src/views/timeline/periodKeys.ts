/**
 * Keyboard control of the period, as a pure function: the period a key press leads to, or null
 * when the key does nothing. Range mode: arrows move the range (its width kept), Shift+arrows
 * resize its end, PageUp/PageDown move by ten years, Home/End go to the ends. As-of mode: arrows
 * step the year (Shift: ten years), PageUp/PageDown by ten, Home/End to the ends.
 */
export interface Period {
  mode: 'range' | 'asOf';
  from: number;
  to: number;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

/** Where a key sends a year: a step back or forward, ten years, or an end; null for other keys. */
function keyTarget(
  key: string,
  year: number,
  step: number,
  first: number,
  last: number,
): number | null {
  if (key === 'ArrowLeft' || key === 'ArrowDown') return year - step;
  if (key === 'ArrowRight' || key === 'ArrowUp') return year + step;
  if (key === 'PageDown') return year - 10;
  if (key === 'PageUp') return year + 10;
  if (key === 'Home') return first;
  if (key === 'End') return last;
  return null;
}

export function periodAfterKey(
  period: Period,
  press: KeyPress,
  first: number,
  last: number,
): { from: number; to: number } | null {
  const clamp = (y: number) => Math.max(first, Math.min(last, Math.round(y)));
  const { from, to } = period;

  if (period.mode === 'asOf') {
    const year = keyTarget(press.key, to, press.shiftKey ? 10 : 1, first, last);
    if (year === null) return null;
    const next = clamp(year);
    // `from` stays at or before the year, so going back to a range stays a valid range.
    return { from: Math.min(from, next), to: next };
  }

  if (press.shiftKey && (press.key === 'ArrowLeft' || press.key === 'ArrowRight')) {
    const end = clamp(to + (press.key === 'ArrowLeft' ? -1 : 1));
    return { from, to: Math.max(from, end) };
  }
  const width = to - from;
  const start = keyTarget(press.key, from, 1, first, last);
  if (start === null) return null;
  const moved = Math.max(first, Math.min(last - width, start));
  return { from: moved, to: moved + width };
}
