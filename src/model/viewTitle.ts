/**
 * A view's title in a few words, for embeds and their iframe code: what is drawn, when, where.
 * "Arms transfers and alliances, 1980–1989, Europe"; "Arms transfers, 1985, around India and
 * Pakistan". A presentation or tour step gives its own title instead (see `embedTitle`).
 */
import { countryNames, type ModelData } from './dataset';
import { periodLabel } from './summary';
import { formatList } from './format';
import type { FilterState } from './filters';

/** What the ties drawn are, in words. */
export function tiesPhrase(ties: FilterState['ties']): string {
  const alliances =
    ties.bilateral && ties.multilateral
      ? 'alliances'
      : ties.bilateral
        ? 'bilateral alliances'
        : ties.multilateral
          ? 'multilateral alliances'
          : '';
  if (ties.transfers) return alliances ? `Arms transfers and ${alliances}` : 'Arms transfers';
  if (alliances) return alliances[0]!.toUpperCase() + alliances.slice(1);
  return 'States';
}

/** Where the view looks: its focused states, else its regions ("" for the whole world). */
function wherePhrase(filters: FilterState, data: ModelData): string {
  if (filters.focus !== null && filters.focus.length > 0)
    return `around ${formatList(countryNames(data, filters.focus))}`;
  if (filters.regions !== null && filters.regions.length > 0)
    return formatList(filters.regions, 'and');
  return '';
}

/** The automatic title of a view: ties, period and place. */
export function describeView(filters: FilterState, data: ModelData): string {
  return [tiesPhrase(filters.ties), periodLabel(filters), wherePhrase(filters, data)]
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * The title an embed shows: the presented step's title (a presentation or a tour), else the
 * automatic one. `period` is said beside it when the title does not already say it.
 */
export function embedTitle(
  filters: FilterState,
  data: ModelData,
  step: { title: string } | null,
): { title: string; period: string | null } {
  const period = periodLabel(filters);
  const stepTitle = step?.title.trim();
  if (stepTitle) return { title: stepTitle, period: stepTitle.includes(period) ? null : period };
  return { title: describeView(filters, data), period: null };
}
