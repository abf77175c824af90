/**
 * ViewState -> query string: the exact inverse of parse + clean. Defaults are left out (the
 * default view is the empty string), keys come in a fixed order, and list commas stay readable.
 */
import { periodText, type Period } from '../model/comparePeriod';
import type { ModelData } from '../model/dataset';
import { TIE_KINDS, type FilterState } from '../model/filters';
import { VIEW_KEY_LIST, valueAt, type ViewKey } from '../model/viewKeys';
import { defaultViewState, type ViewState } from '../model/viewState';
import {
  DATASET_NAME_MAX_CHARS,
  DEFAULT_DATASET,
  roundCameraValue,
  type ViewExtras,
} from './clean';
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

/** The URL key of each single-id selection. */
const SELECTION_KEYS = { country: 'sel', agreement: 'agr', edge: 'edge', event: 'evt' } as const;

function yearPairs(filters: FilterState, defaults: FilterState): [string, string][] {
  const pairs: [string, string][] = [];
  if (filters.from !== defaults.from) pairs.push(['from', String(filters.from)]);
  if (filters.mode === 'asOf') pairs.push(['year', String(filters.to)]);
  else if (filters.to !== defaults.to) pairs.push(['to', String(filters.to)]);
  return pairs;
}

function tiePairs(filters: FilterState, defaults: FilterState): [string, string][] {
  const kinds = TIE_KINDS.filter((k) => filters.ties[k]);
  const byDefault = TIE_KINDS.filter((k) => defaults.ties[k]);
  return sameList(kinds, byDefault) ? [] : [['ties', encodeList(kinds)]];
}

/** One registry key's pairs: none when it has its default value. */
function keyPairs(key: ViewKey, state: ViewState, defaults: ViewState): [string, string][] {
  const value = valueAt(state, key.path);
  const fallback = valueAt(defaults, key.path);
  switch (key.kind) {
    case 'enum':
      return value === fallback ? [] : [[key.key, encodePart(value as string)]];
    case 'flag':
      return value === fallback ? [] : [[key.key, value ? '1' : '0']];
    case 'limit':
      return value === fallback ? [] : [[key.key, String(value)]];
    case 'set':
      return nullableList(key.key, value as string[] | null, fallback as string[] | null);
    case 'list':
      return sameList(value as string[], fallback as string[])
        ? []
        : [[key.key, encodeList(value as string[])]];
    case 'years':
      return yearPairs(state.filters, defaults.filters);
    case 'period': {
      const period = value as Period | null;
      return period === null ? [] : [[key.keys[0]!, periodText(period)]];
    }
    case 'ties':
      return tiePairs(state.filters, defaults.filters);
    case 'selection': {
      const sel = state.selection;
      if (sel === null) return [];
      if (sel.kind === 'pair')
        return [
          ['sel', encodePart(sel.id)],
          ['with', encodePart(sel.with)],
        ];
      const name = SELECTION_KEYS[sel.kind];
      return [[name, encodePart(sel.id)]];
    }
    case 'camera': {
      const cam = state.camera;
      if (cam === null) return [];
      return [['cam', [cam.x, cam.y, cam.ratio].map(cameraNumber).join(',')]];
    }
  }
}

/**
 * Serialise a view (and optionally the link's extras) into a query string without the leading `?`.
 * Key order: v, data, dataname, src, then the registry's keys in its order (VIEW_KEY_LIST: the
 * years first; the selection, camera and panels last), then embed, present, talk.
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
  if (extras?.source) {
    pairs.push(['src', encodePart(extras.source)]);
  } else if (extras?.dataset !== undefined && extras.dataset !== DEFAULT_DATASET) {
    pairs.push(['data', encodePart(extras.dataset)]);
    // The name, so a browser without the dataset can say which one is missing.
    const name = data.name.slice(0, DATASET_NAME_MAX_CHARS);
    if (name !== '') pairs.push(['dataname', encodePart(name)]);
  }
  for (const key of VIEW_KEY_LIST) pairs.push(...keyPairs(key, state, defaults));

  if (extras?.embed) pairs.push(['embed', '1']);
  const talk = extras?.talk ?? [];
  if (talk.length > 0) {
    if (extras?.present != null) pairs.push(['present', String(extras.present)]);
    pairs.push(['talk', encodePart(encodeTalk(talk))]);
  }
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}
