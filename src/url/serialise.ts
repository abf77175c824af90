/**
 * ViewState -> query string: the exact inverse of parse + clean. Defaults are left out (the
 * default view is the empty string), keys come in a fixed order, and list commas stay readable.
 */
import type { ModelData } from '../model/dataset';
import { TIE_KINDS, type FilterState } from '../model/filters';
import { defaultViewState, type ViewState } from '../model/viewState';
import { DEFAULT_DATASET, roundCameraValue, type ViewExtras } from './clean';
import { ALL_LIST, EMPTY_LIST, URL_VERSION } from './params';
import { encodeTalk } from './talk';

/**
 * Percent-encode one value or list item so that URLSearchParams (and parseQuery) read it back
 * unchanged. Spaces become `+`; `:` stays readable (it is legal in a query).
 */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/%3A/gi, ':');
}

function encodeList(items: readonly string[]): string {
  return items.length === 0 ? EMPTY_LIST : items.map(encodePart).join(',');
}

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A "null means all" list: left out when it is the default, `all` for null, `none` for empty. */
function nullableList(
  key: string,
  value: readonly string[] | null,
  fallback: readonly string[] | null,
) {
  if (sameList(value, fallback)) return [];
  return [[key, value === null ? ALL_LIST : encodeList(value)] as [string, string]];
}

function cameraNumber(value: number): string {
  return String(roundCameraValue(value));
}

function filterPairs(filters: FilterState, defaults: FilterState): [string, string][] {
  const pairs: [string, string][] = [];
  if (filters.from !== defaults.from) pairs.push(['from', String(filters.from)]);
  if (filters.mode === 'asOf') pairs.push(['year', String(filters.to)]);
  else if (filters.to !== defaults.to) pairs.push(['to', String(filters.to)]);
  const kinds = TIE_KINDS.filter((k) => filters.ties[k]);
  if (
    !sameList(
      kinds,
      TIE_KINDS.filter((k) => defaults.ties[k]),
    )
  )
    pairs.push(['ties', encodeList(kinds)]);
  pairs.push(...nullableList('region', filters.regions, defaults.regions));
  pairs.push(...nullableList('types', filters.agreementTypes, defaults.agreementTypes));
  pairs.push(...nullableList('cats', filters.categories, defaults.categories));
  return pairs;
}

/**
 * Serialise a view (and optionally the link's extras) into a query string without the leading `?`.
 * Key order: v, data, from, to|year, ties, region, types, cats, weight, size, color, multi,
 * layout, isolated, split, group, sel|agr|edge, cam, panels, embed, present, talk.
 */
export function serialiseViewState(
  state: ViewState,
  data: ModelData,
  extras?: Partial<ViewExtras>,
): string {
  const defaults = defaultViewState(data.yearSpan, data.hasValues);
  const pairs: [string, string][] = [];
  // `v` is left out while the format is version 1 (a link without `v` is version 1).
  if (URL_VERSION !== 1) pairs.push(['v', String(URL_VERSION)]);
  if (extras?.dataset !== undefined && extras.dataset !== DEFAULT_DATASET) {
    pairs.push(['data', encodePart(extras.dataset)]);
  }

  pairs.push(...filterPairs(state.filters, defaults.filters));

  const d = state.display;
  const dd = defaults.display;
  if (d.weight !== dd.weight) pairs.push(['weight', d.weight]);
  if (d.size !== dd.size) pairs.push(['size', d.size]);
  if (d.color !== dd.color) pairs.push(['color', d.color]);
  if (d.multilateral !== dd.multilateral) pairs.push(['multi', d.multilateral]);
  if (d.layout !== dd.layout) pairs.push(['layout', d.layout]);
  if (d.showIsolated !== dd.showIsolated) pairs.push(['isolated', d.showIsolated ? '1' : '0']);
  if (d.split !== dd.split) pairs.push(['split', d.split]);
  if (d.group !== dd.group) pairs.push(['group', d.group]);

  const sel = state.selection;
  if (sel !== null) {
    const key = sel.kind === 'country' ? 'sel' : sel.kind === 'agreement' ? 'agr' : 'edge';
    pairs.push([key, encodePart(sel.id)]);
  }

  const cam = state.camera;
  if (cam !== null) {
    pairs.push(['cam', [cam.x, cam.y, cam.ratio].map(cameraNumber).join(',')]);
  }
  if (!sameList(state.panels, defaults.panels)) pairs.push(['panels', encodeList(state.panels)]);

  if (extras?.embed) pairs.push(['embed', '1']);
  const talk = extras?.talk ?? [];
  if (talk.length > 0) {
    if (extras?.present != null) pairs.push(['present', String(extras.present)]);
    pairs.push(['talk', encodePart(encodeTalk(talk))]);
  }
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}
