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

export function periodAfterKey(
  period: Period,
  press: KeyPress,
  first: number,
  last: number,
): { from: number; to: number } | null {
  const clamp = (y: number) => Math.max(first, Math.min(last, Math.round(y)));
  const { from, to } = period;
  const back = press.key === 'ArrowLeft' || press.key === 'ArrowDown';
  const forward = press.key === 'ArrowRight' || press.key === 'ArrowUp';

  if (period.mode === 'asOf') {
    const step = press.shiftKey ? 10 : 1;
    const year = back
      ? to - step
      : forward
        ? to + step
        : press.key === 'PageDown'
          ? to - 10
          : press.key === 'PageUp'
            ? to + 10
            : press.key === 'Home'
              ? first
              : press.key === 'End'
                ? last
                : null;
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
  const start = back
    ? from - 1
    : forward
      ? from + 1
      : press.key === 'PageDown'
        ? from - 10
        : press.key === 'PageUp'
          ? from + 10
          : press.key === 'Home'
            ? first
            : press.key === 'End'
              ? last
              : null;
  if (start === null) return null;
  const moved = Math.max(first, Math.min(last - width, start));
  return { from: moved, to: moved + width };
}
