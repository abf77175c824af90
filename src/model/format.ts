/**
 * Numbers, units, plurals, lists and periods in words: one locale, one set of rules, so every panel
 * writes "1 deal", "1,234" and "12.5%" the same way. Everything is Intl, with LOCALE.
 */
import type { FilterState, WeightMeasure } from './filters';

/** The one locale of the interface (British spelling throughout: "defence", "colour"). */
export const LOCALE = 'en-GB';

const pluralRules = new Intl.PluralRules(LOCALE);
// `negative`: a value that rounds to zero is written "0", never "-0".
const wholeNumber = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 0,
  signDisplay: 'negative',
});
const oneDecimal = new Intl.NumberFormat(LOCALE, {
  maximumFractionDigits: 1,
  signDisplay: 'negative',
});
const twoDecimals = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const collator = new Intl.Collator(LOCALE, { numeric: true, sensitivity: 'base' });

/** Text comparison for sorting names (natural order: "Item 2" before "Item 10"). */
export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** Lower case without accents, for matching what a reader types: "Côte" -> "cote". */
export const foldText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A count: "1,234". */
export function formatCount(n: number): string {
  return wholeNumber.format(n);
}

/** A number with at most one decimal: "1,234.5", "12.3", "7". */
export function formatNumber(value: number): string {
  return oneDecimal.format(value);
}

/** A measured figure: whole from 100 up ("1,235"), one decimal below ("12.3"). */
export function formatFigure(value: number): string {
  return value >= 100 ? wholeNumber.format(value) : oneDecimal.format(value);
}

/** An index from 0 to 1 (HHI): "0.42". */
export function formatIndex(value: number): string {
  return twoDecimals.format(value);
}

/** A share in %: "12.3%"; "n/a" when there is nothing to take a share of. */
export function formatPercent(value: number | null): string {
  return value === null ? 'n/a' : `${oneDecimal.format(value)}%`;
}

/** A change in %, signed, whole: "+12%", "−5%" (a true minus sign), "0%". */
export function formatChange(value: number | null): string {
  if (value === null) return 'n/a';
  const rounded = Math.round(value) + 0;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${wholeNumber.format(Math.abs(rounded))}%`;
}

/** The word for `n` things: plural('deal', 1) = "deal", plural('deal', 2) = "deals". */
export function plural(n: number, one: string, other = `${one}s`): string {
  return pluralRules.select(n) === 'one' ? one : other;
}

/** A count with its noun: "1 deal", "12 deals", "1,200 states". */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${formatCount(n)} ${plural(n, one, other)}`;
}

interface MeasureLabel {
  one: string;
  other: string;
  /** Column header. */
  header: string;
  /** What the measure counts, in words. */
  words: string;
}

/** How each measure of arms transfers is named. */
export const MEASURE_LABELS: Record<WeightMeasure, MeasureLabel> = {
  value: { one: 'TIV (m)', other: 'TIV (m)', header: 'TIV (m)', words: 'SIPRI TIV' },
  units: { one: 'unit', other: 'units', header: 'Units', words: 'units delivered' },
  deals: {
    one: 'deal',
    other: 'deals',
    header: 'Deals',
    words: 'deals (each counted once, whatever the number of delivery years)',
  },
};

/** The unit of a measure for the quantity `n`: "deal", "deals", "TIV (m)". */
export function measureUnit(measure: WeightMeasure, n: number): string {
  const label = MEASURE_LABELS[measure];
  return plural(n, label.one, label.other);
}

/** A quantity of a measure: "1 deal", "12.5 TIV (m)", "1,234 units". */
export function formatQuantity(value: number, measure: WeightMeasure): string {
  return `${formatFigure(value)} ${measureUnit(measure, value)}`;
}

/** "1985" or "1990–2024" (en dash). */
export function formatYearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Years as compact runs: [1963, 1964, 1965, 1967] -> "1963–1965, 1967" (any order, repeats). */
export function formatYearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(formatYearSpan(sorted[i]!, sorted[j]!));
    i = j + 1;
  }
  return runs.join(', ');
}

const andList = new Intl.ListFormat(LOCALE, { type: 'conjunction' });
const orList = new Intl.ListFormat(LOCALE, { type: 'disjunction' });

/** "A, B and C" or "A, B or C". */
export function formatList(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  return (type === 'and' ? andList : orList).format(items);
}

/**
 * The deliveries the restricting set keeps, in words: "deliveries into Africa", "deliveries out of
 * Europe or Western Asia", "deliveries to or from Africa"; with a focus, "deliveries from India",
 * "deliveries to India or Pakistan from Europe". Empty without a region filter or a focus.
 * `focusNames` names the focused states (their ids when absent).
 */
export function restrictionPhrase(
  filters: Pick<FilterState, 'regions' | 'direction'> & { focus?: readonly string[] | null },
  focusNames?: readonly string[],
): string {
  const focus = filters.focus ?? null;
  if (focus !== null) {
    const who = formatList(focusNames ?? focus, 'or');
    const regions = filters.regions;
    const far =
      regions === null ? '' : regions.length === 0 ? 'no region' : formatList(regions, 'or');
    if (filters.direction === 'out') return `deliveries from ${who}${far && ` to ${far}`}`;
    if (filters.direction === 'in') return `deliveries to ${who}${far && ` from ${far}`}`;
    return `deliveries to or from ${who}${far && `, partners in ${far}`}`;
  }
  if (filters.regions === null) return '';
  if (filters.regions.length === 0) return 'deliveries of no region';
  const where = formatList(filters.regions, 'or');
  return filters.direction === 'in'
    ? `deliveries into ${where}`
    : filters.direction === 'out'
      ? `deliveries out of ${where}`
      : `deliveries to or from ${where}`;
}
