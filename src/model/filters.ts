/**
 * The filter state: plain data, changed only by pure functions, so it can be tested without a
 * store and serialised into the URL.
 */
import {
  AGREEMENT_TYPES,
  isAllianceType,
  type AgreementType,
  type EventKind,
  type WeaponCategory,
} from './types';

export type TieKind = 'bilateral' | 'multilateral' | 'transfers';
export const TIE_KINDS: readonly TieKind[] = ['bilateral', 'multilateral', 'transfers'];

export type TimeMode = 'range' | 'asOf';
export const TIME_MODES: readonly TimeMode[] = ['range', 'asOf'];

/**
 * Which deliveries the restricting set of states keeps: those INTO the set (recipient in it), OUT
 * of it (supplier in it), or either. The set is the focus when states are focused (then `in` reads
 * "the focused states as recipients"), else the selected regions. Alliance ties have no direction:
 * they are kept when they touch the set, whatever this says.
 */
export type Direction = 'any' | 'in' | 'out';
export const DIRECTIONS: readonly Direction[] = ['any', 'in', 'out'];
export type WeightMeasure = 'value' | 'units' | 'deals';
export const WEIGHT_MEASURES: readonly WeightMeasure[] = ['value', 'units', 'deals'];

export interface FilterState {
  /** `range`: [from, to]; `asOf`: the single year `to` (from is ignored). */
  mode: TimeMode;
  from: number;
  to: number;
  ties: Record<TieKind, boolean>;
  /** Regions or sub-regions; null means all. A tie is kept when it touches one of them. */
  regions: string[] | null;
  /**
   * Focused states (country ids): only their ties are kept, so the picture shows them and their
   * partners. null: no focus. With a focus, `regions` narrows the partners instead (the far end
   * of each tie) and `direction` applies to the focused states.
   */
  focus: string[] | null;
  /** Deliveries kept by the restricting set (focus, else regions): into it, out of it, or either. */
  direction: Direction;
  /** null means all types. */
  agreementTypes: AgreementType[] | null;
  /** null means all categories. */
  categories: WeaponCategory[] | null;
  /** Kinds of event shown (timeline lane, rankings, Details, badges); null means all. */
  eventKinds: EventKind[] | null;
}

/**
 * Only alliances are on by default. Export-control regimes say who may sell arms, not who stands
 * together, and their 40 to 110 members would hide the alliances; defence-industrial programmes
 * bind industries, not armies. One click turns either on.
 */
export const DEFAULT_AGREEMENT_TYPES: AgreementType[] = AGREEMENT_TYPES.filter(isAllianceType);

export function defaultFilters(yearSpan: readonly [number, number]): FilterState {
  return {
    mode: 'range',
    from: yearSpan[0],
    to: yearSpan[1],
    ties: { bilateral: true, multilateral: true, transfers: true },
    regions: null,
    focus: null,
    direction: 'any',
    agreementTypes: DEFAULT_AGREEMENT_TYPES,
    categories: null,
    eventKinds: null,
  };
}

/** The inclusive year range the filters select, whatever the mode. */
export function yearRange(filters: FilterState): [number, number] {
  return filters.mode === 'asOf' ? [filters.to, filters.to] : [filters.from, filters.to];
}

/** Toggle one value in a "null means all" selection, returning a new selection. */
export function toggleInSelection<T>(
  selection: T[] | null,
  all: readonly T[],
  value: T,
): T[] | null {
  const current = selection ?? [...all];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length === all.length && all.every((v) => next.includes(v)) ? null : next;
}

export function setYears(filters: FilterState, from: number, to: number): FilterState {
  return patchFilters(filters, { from: Math.min(from, to), to: Math.max(from, to) });
}

/**
 * Apply a patch, returning the same object when nothing changes: everything derived from the
 * filters (aggregate, graph patch, timeline, rankings) is memoised on their identity, so a no-op
 * (a drag ending where it was, Play stopping) costs nothing.
 */
export function patchFilters(filters: FilterState, patch: Partial<FilterState>): FilterState {
  const keys = Object.keys(patch) as (keyof FilterState)[];
  if (keys.every((k) => Object.is(filters[k], patch[k]))) return filters;
  return { ...filters, ...patch };
}

/**
 * Focus changes, as pure functions. Focusing on one state replaces the focus; adding keeps the
 * others; removing the last one clears the focus (an empty focus would draw nothing).
 */
export function focusOn(filters: FilterState, id: string): FilterState {
  return patchFilters(filters, { focus: [id] });
}

export function addToFocus(filters: FilterState, id: string): FilterState {
  const focus = filters.focus ?? [];
  return focus.includes(id) ? filters : patchFilters(filters, { focus: [...focus, id] });
}

export function removeFromFocus(filters: FilterState, id: string): FilterState {
  if (!filters.focus?.includes(id)) return filters;
  const focus = filters.focus.filter((f) => f !== id);
  return patchFilters(filters, { focus: focus.length > 0 ? focus : null });
}

export function clearFocus(filters: FilterState): FilterState {
  return patchFilters(filters, { focus: null });
}

/** Keep one value alone in a "null means all" selection (the "only" shortcut beside a region). */
export function keepOnly<K extends 'regions' | 'agreementTypes' | 'categories' | 'eventKinds'>(
  filters: FilterState,
  name: K,
  value: NonNullable<FilterState[K]>[number],
): FilterState {
  const current = filters[name];
  if (current?.length === 1 && current[0] === value) return filters;
  return patchFilters(filters, { [name]: [value] });
}
