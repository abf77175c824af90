/**
 * How a tie changed between two periods, the one rule the diff network, its legend, the
 * comparison tables and the exports share.
 *
 * - gained: no tie in the earlier period, a tie in the later one;
 * - lost: a tie in the earlier period, none in the later one;
 * - grown / shrunk (arms flows only): in both periods, the later volume per year at least
 *   GROWTH_FACTOR times the earlier one (grown), or at most 1 / GROWTH_FACTOR of it (shrunk);
 * - kept: in both periods, in between (an alliance tie in force in both is kept).
 *
 * Volumes are compared per year of each period, so a five-year period and a ten-year one compare
 * fairly; for periods of equal length this is the plain ratio of the two sums.
 */
export type TieChange = 'gained' | 'lost' | 'grown' | 'shrunk' | 'kept';
export const TIE_CHANGES: readonly TieChange[] = ['gained', 'grown', 'kept', 'shrunk', 'lost'];

/** A flow in both periods has grown when its volume per year is at least this many times larger. */
export const GROWTH_FACTOR = 1.5;

export const TIE_CHANGE_LABELS: Record<TieChange, string> = {
  gained: 'Gained',
  grown: 'Grown',
  kept: 'Kept',
  shrunk: 'Shrunk',
  lost: 'Lost',
};

/** The legend's explanation of each class, with the thresholds in words. */
export function describeTieChange(change: TieChange): string {
  const up = `${Math.round((GROWTH_FACTOR - 1) * 100)} %`;
  const down = `${Math.round((1 - 1 / GROWTH_FACTOR) * 100)} %`;
  switch (change) {
    case 'gained':
      return 'new in the later period';
    case 'lost':
      return 'gone in the later period';
    case 'grown':
      return `arms flow up by ${up} or more per year`;
    case 'shrunk':
      return `arms flow down by ${down} or more per year`;
    case 'kept':
      return `in both periods (flows within −${down} to +${up})`;
  }
}

/**
 * The change of a weighted tie (an arms flow) from `before` (summed over `lengthBefore` years) to
 * `after` (over `lengthAfter` years); null when it is in neither period.
 */
export function classifyFlow(
  before: number,
  after: number,
  lengthBefore = 1,
  lengthAfter = 1,
): TieChange | null {
  const was = before > 0;
  const is = after > 0;
  if (!was && !is) return null;
  if (!was) return 'gained';
  if (!is) return 'lost';
  const ratio = after / lengthAfter / (before / lengthBefore);
  // A small tolerance, so that 1.5 computed in floating point still counts as 1.5.
  const eps = 1e-9;
  if (ratio >= GROWTH_FACTOR - eps) return 'grown';
  if (ratio <= 1 / GROWTH_FACTOR + eps) return 'shrunk';
  return 'kept';
}

/** The change of a tie that is there or not (an alliance, a membership). */
export function classifyPresence(before: boolean, after: boolean): TieChange | null {
  if (before) return after ? 'kept' : 'lost';
  return after ? 'gained' : null;
}

export type ChangeCounts = Record<TieChange, number>;

export const emptyCounts = (): ChangeCounts => ({
  gained: 0,
  grown: 0,
  kept: 0,
  shrunk: 0,
  lost: 0,
});
