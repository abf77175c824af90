/** Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) reduced to what the model needs: years. */

/** Year of a partial date; NaN when it is not one. */
export function yearOf(date: string): number {
  const match = /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : Number.NaN;
}

/** Year of an end date, where null means "still so": +Infinity compares as "never ends". */
export function endYearOf(date: string | null): number {
  return date === null ? Number.POSITIVE_INFINITY : yearOf(date);
}

/** True when [start, end] (inclusive years) overlaps [from, to]. */
export function overlaps(start: number, end: number, from: number, to: number): boolean {
  return start <= to && end >= from;
}
