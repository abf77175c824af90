/**
 * Checking a raw view state (params.ts) against the loaded dataset. Every value that does not fit
 * is dropped or corrected, with a human-readable message, and the default takes its place. The
 * result is always a valid ViewState; nothing here throws.
 */
import { GROUPINGS, SPLITS, type AgreementGroupBy, type SplitBy } from '../model/timeline';
import { MULTILATERAL_DISPLAYS, type MultilateralDisplay } from '../model/aggregate';
import type { ModelData } from '../model/dataset';
import { TIE_KINDS, WEIGHT_MEASURES, type FilterState, type TieKind } from '../model/filters';
import { SIZE_MEASURES, type ColorScheme, type SizeMeasure } from '../model/graph';
import { AGREEMENT_TYPES, REGIONS, WEAPON_CATEGORIES } from '../model/types';
import {
  LAYOUTS,
  PANELS,
  defaultViewState,
  type Camera,
  type DisplayState,
  type LayoutName,
  type PanelName,
  type Selection,
  type ViewState,
} from '../model/viewState';
import { ALL_LIST, URL_VERSION, quote, type RawViewState } from './params';
import { decodeTalk, type TalkStep } from './talk';

// Not exported by the model (yet): the colour schemes the app offers.
export const COLOR_SCHEMES: readonly ColorScheme[] = ['region', 'bloc'];

/** Camera bounds: sigma's coordinates stay near [0, 1]; anything far outside is a broken link. */
export const CAMERA_MAX_ABS = 1_000_000;
export const CAMERA_MIN_RATIO = 0.0001;
export const CAMERA_MAX_RATIO = 10_000;
/** The camera is written with this many decimals. */
export const CAMERA_DECIMALS = 4;

/** Which dataset the view uses: `default`, or an imported dataset's id. */
export const DEFAULT_DATASET = 'default';
/** What an imported dataset's id may look like in a link. */
export const DATASET_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$/;

/** What a link carries besides the view itself. */
export interface ViewExtras {
  /** `default` or an imported dataset's id (checked only for its shape here). */
  dataset: string;
  /** Embedded mode: the app shows the network only. */
  embed: boolean;
  /** The presentation's steps (empty: none). */
  talk: TalkStep[];
  /** The step being presented, 1-based; null when not presenting. */
  present: number | null;
}

export const DEFAULT_EXTRAS: Readonly<ViewExtras> = {
  dataset: DEFAULT_DATASET,
  embed: false,
  talk: [],
  present: null,
};

export interface CleanResult {
  state: ViewState;
  /** One human-readable message per value that was dropped or changed. */
  ignored: string[];
  extras: ViewExtras;
}

/** Round a camera coordinate to the precision the URL keeps (and turn -0 into 0). */
export function roundCameraValue(value: number): number {
  const factor = 10 ** CAMERA_DECIMALS;
  return Math.round(value * factor) / factor + 0;
}

/** The dataset a link asks for, readable before any dataset is loaded. */
export function requestedDataset(raw: RawViewState): string {
  const id = raw.data;
  return id !== undefined && DATASET_ID_PATTERN.test(id) ? id : DEFAULT_DATASET;
}

/** All region and sub-region names valid for `data`, by lower-case name. */
function regionNames(data: ModelData): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of REGIONS) names.set(r.toLowerCase(), r);
  for (const c of data.countries) {
    if (c.region) names.set(c.region.toLowerCase(), c.region);
    if (c.subregion) names.set(c.subregion.toLowerCase(), c.subregion);
  }
  return names;
}

function enumValue<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
  key: string,
  what: string,
  ignored: string[],
): T {
  if (raw === undefined) return fallback;
  const lower = raw.toLowerCase();
  const found = allowed.find((v) => v === lower);
  if (found !== undefined) return found;
  ignored.push(`Unknown ${what} ${quote(raw)} in ${quote(key)} was ignored`);
  return fallback;
}

/**
 * A "null means all" list: known values kept in the given order, duplicates dropped. `all` gives
 * null and an explicit empty list stays empty; absent, or with only unknown values, the default.
 */
function listValue<T extends string>(
  raw: string[] | undefined,
  lookup: (item: string) => T | undefined,
  fallback: readonly T[] | null,
  key: string,
  what: string,
  ignored: string[],
): T[] | null {
  const byDefault = () => (fallback === null ? null : [...fallback]);
  if (raw === undefined) return byDefault();
  if (raw.length === 1 && raw[0]!.toLowerCase() === ALL_LIST) return null;
  const out: T[] = [];
  for (const item of raw) {
    const value = lookup(item);
    if (value === undefined)
      ignored.push(`Unknown ${what} ${quote(item)} in ${quote(key)} was ignored`);
    else if (!out.includes(value)) out.push(value);
  }
  if (raw.length > 0 && out.length === 0) {
    ignored.push(`No known ${what} was left in ${quote(key)}: the default is used`);
    return byDefault();
  }
  return out;
}

function lookupIn<T extends string>(allowed: readonly T[]): (item: string) => T | undefined {
  return (item) => {
    const lower = item.toLowerCase();
    return allowed.find((v) => v === lower);
  };
}

const YEAR_PATTERN = /^[+-]?\d{1,6}$/;

function yearValue(
  raw: string | undefined,
  key: string,
  span: readonly [number, number],
  ignored: string[],
) {
  if (raw === undefined) return undefined;
  if (!YEAR_PATTERN.test(raw)) {
    ignored.push(`${quote(raw)} in ${quote(key)} is not a year and was ignored`);
    return undefined;
  }
  const year = Number(raw) + 0;
  if (year < span[0] || year > span[1]) {
    const clamped = Math.min(span[1], Math.max(span[0], year));
    ignored.push(
      `Year ${year} in ${quote(key)} is outside the data (${span[0]}-${span[1]}) and was changed to ${clamped}`,
    );
    return clamped;
  }
  return year;
}

function cleanFilters(
  raw: RawViewState,
  data: ModelData,
  defaults: FilterState,
  ignored: string[],
): FilterState {
  const span = data.yearSpan;
  const filters: FilterState = { ...defaults, ties: { ...defaults.ties } };

  const from = yearValue(raw.from, 'from', span, ignored);
  const to = yearValue(raw.to, 'to', span, ignored);
  const year = yearValue(raw.year, 'year', span, ignored);
  if (from !== undefined) filters.from = from;
  if (year !== undefined) {
    filters.mode = 'asOf';
    filters.to = year;
    if (raw.to !== undefined) ignored.push(`"to" was ignored because "year" shows a single year`);
  } else {
    if (to !== undefined) filters.to = to;
    if (filters.from > filters.to) {
      ignored.push(`"from" (${filters.from}) was after "to" (${filters.to}): the two were swapped`);
      [filters.from, filters.to] = [filters.to, filters.from];
    }
  }

  if (raw.ties !== undefined) {
    const all = raw.ties.length === 1 && raw.ties[0]!.toLowerCase() === ALL_LIST;
    const kinds = all
      ? [...TIE_KINDS]
      : listValue<TieKind>(raw.ties, lookupIn(TIE_KINDS), [], 'ties', 'tie kind', ignored);
    if (kinds === null || kinds.length === 0) {
      if (raw.ties.length === 0)
        ignored.push('"ties" turned every kind of tie off: the default is used');
    } else {
      for (const kind of TIE_KINDS) filters.ties[kind] = kinds.includes(kind);
    }
  }

  const regions = regionNames(data);
  const lookupRegion = (r: string) => regions.get(r.toLowerCase());
  filters.regions = listValue(
    raw.region,
    lookupRegion,
    defaults.regions,
    'region',
    'region',
    ignored,
  );
  filters.agreementTypes = listValue(
    raw.types,
    lookupIn(AGREEMENT_TYPES),
    defaults.agreementTypes,
    'types',
    'agreement type',
    ignored,
  );
  filters.categories = listValue(
    raw.cats,
    lookupIn(WEAPON_CATEGORIES),
    defaults.categories,
    'cats',
    'weapon category',
    ignored,
  );
  return filters;
}

function cleanDisplay(
  raw: RawViewState,
  data: ModelData,
  defaults: DisplayState,
  ignored: string[],
): DisplayState {
  let weight = enumValue(raw.weight, WEIGHT_MEASURES, defaults.weight, 'weight', 'weight', ignored);
  if (weight === 'value' && !data.hasValues) {
    ignored.push('This dataset has no values: "weight" counts deals instead');
    weight = 'deals';
  }
  let showIsolated = defaults.showIsolated;
  if (raw.isolated !== undefined) {
    const flag = booleanValue(raw.isolated);
    if (flag === undefined)
      ignored.push(`${quote(raw.isolated)} in "isolated" was ignored (use 1 or 0)`);
    else showIsolated = flag;
  }
  return {
    layout: enumValue<LayoutName>(
      raw.layout,
      LAYOUTS,
      defaults.layout,
      'layout',
      'layout',
      ignored,
    ),
    multilateral: enumValue<MultilateralDisplay>(
      raw.multi,
      MULTILATERAL_DISPLAYS,
      defaults.multilateral,
      'multi',
      'display',
      ignored,
    ),
    weight,
    size: enumValue<SizeMeasure>(
      raw.size,
      SIZE_MEASURES,
      defaults.size,
      'size',
      'size measure',
      ignored,
    ),
    color: enumValue<ColorScheme>(
      raw.color,
      COLOR_SCHEMES,
      defaults.color,
      'color',
      'colour scheme',
      ignored,
    ),
    showIsolated,
    split: enumValue<SplitBy>(
      raw.split,
      SPLITS,
      defaults.split,
      'split',
      'timeline split',
      ignored,
    ),
    group: enumValue<AgreementGroupBy>(
      raw.group,
      GROUPINGS,
      defaults.group,
      'group',
      'timeline grouping',
      ignored,
    ),
  };
}

function booleanValue(raw: string): boolean | undefined {
  const lower = raw.toLowerCase();
  if (lower === '1' || lower === 'true' || lower === 'yes') return true;
  if (lower === '0' || lower === 'false' || lower === 'no') return false;
  return undefined;
}

/** A country id as the dataset spells it (ids are matched case-insensitively). */
function countryId(data: ModelData, id: string): string | undefined {
  if (data.countryIndex.has(id)) return id;
  const upper = id.toUpperCase();
  return data.countryIndex.has(upper) ? upper : undefined;
}

function agreementId(data: ModelData, id: string): string | undefined {
  return data.agreementIndex.has(id) ? id : undefined;
}

/** Parties to an agreement over its whole life. */
function partiesOf(data: ModelData, agreement: number): Set<number> {
  return new Set(data.agreements[agreement]?.members.map((m) => m.country) ?? []);
}

/**
 * The canonical form of an edge key if the dataset has such a tie, else undefined. Formats:
 * `t:SUP>REC` (transfers), `a:A|B|type` (alliance tie, A before B in dataset order) and
 * `m:agreementId|COUNTRY` (membership of a multilateral agreement drawn as a hub).
 */
export function canonicalEdgeKey(data: ModelData, key: string): string | undefined {
  if (key.startsWith('t:')) {
    const [sup, rec, extra] = key.slice(2).split('>');
    if (sup === undefined || rec === undefined || extra !== undefined) return undefined;
    const s = countryId(data, sup);
    const r = countryId(data, rec);
    if (s === undefined || r === undefined) return undefined;
    const exists = data.transfers.some((t) => t.supplier === s && t.recipient === r);
    return exists ? `t:${s}>${r}` : undefined;
  }
  if (key.startsWith('a:')) {
    const parts = key.slice(2).split('|');
    if (parts.length !== 3) return undefined;
    const a = countryId(data, parts[0]!);
    const b = countryId(data, parts[1]!);
    const type = AGREEMENT_TYPES.find((t) => t === parts[2]!.toLowerCase());
    if (a === undefined || b === undefined || type === undefined || a === b) return undefined;
    const ia = data.countryIndex.get(a)!;
    const ib = data.countryIndex.get(b)!;
    const exists = data.agreements.some((ag, i) => {
      if (ag.type !== type) return false;
      const parties = partiesOf(data, i);
      return parties.has(ia) && parties.has(ib);
    });
    if (!exists) return undefined;
    return ia < ib ? `a:${a}|${b}|${type}` : `a:${b}|${a}|${type}`;
  }
  if (key.startsWith('m:')) {
    const rest = key.slice(2);
    const bar = rest.lastIndexOf('|');
    if (bar < 0) return undefined;
    const agreement = agreementId(data, rest.slice(0, bar));
    const country = countryId(data, rest.slice(bar + 1));
    if (agreement === undefined || country === undefined) return undefined;
    const index = data.agreementIndex.get(agreement)!;
    if (data.agreements[index]!.bilateral) return undefined;
    return partiesOf(data, index).has(data.countryIndex.get(country)!)
      ? `m:${agreement}|${country}`
      : undefined;
  }
  return undefined;
}

const HUB_PREFIX = 'agreement:';

function cleanSelection(raw: RawViewState, data: ModelData, ignored: string[]): Selection | null {
  const candidates: Selection[] = [];
  if (raw.sel !== undefined) {
    if (raw.sel.startsWith(HUB_PREFIX)) {
      // A hub node's key: the agreement it stands for.
      const id = agreementId(data, raw.sel.slice(HUB_PREFIX.length));
      if (id === undefined)
        ignored.push(`Unknown agreement ${quote(raw.sel)} in "sel" was ignored`);
      else candidates.push({ kind: 'agreement', id });
    } else {
      const id = countryId(data, raw.sel);
      if (id === undefined) ignored.push(`Unknown country ${quote(raw.sel)} in "sel" was ignored`);
      else candidates.push({ kind: 'country', id });
    }
  }
  if (raw.agr !== undefined) {
    const id = agreementId(data, raw.agr);
    if (id === undefined) ignored.push(`Unknown agreement ${quote(raw.agr)} in "agr" was ignored`);
    else candidates.push({ kind: 'agreement', id });
  }
  if (raw.edge !== undefined) {
    const id = canonicalEdgeKey(data, raw.edge);
    if (id === undefined) ignored.push(`Unknown tie ${quote(raw.edge)} in "edge" was ignored`);
    else candidates.push({ kind: 'edge', id });
  }
  if (candidates.length > 1) {
    ignored.push('Only one thing can be selected: the first of "sel", "agr" and "edge" was kept');
  }
  return candidates[0] ?? null;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function cleanCamera(raw: string[] | undefined, ignored: string[]): Camera | null {
  if (raw === undefined) return null;
  const bad = (why: string) => {
    ignored.push(`The camera in "cam" ${why} and was ignored`);
    return null;
  };
  if (raw.length !== 3) return bad('needs three numbers (x,y,ratio)');
  if (!raw.every((n) => n.length <= 30 && NUMBER_PATTERN.test(n)))
    return bad('is not three numbers');
  const [x, y, ratio] = raw.map((n) => roundCameraValue(Number(n))) as [number, number, number];
  if (Math.abs(x) > CAMERA_MAX_ABS || Math.abs(y) > CAMERA_MAX_ABS) return bad('is out of range');
  if (!(ratio >= CAMERA_MIN_RATIO && ratio <= CAMERA_MAX_RATIO))
    return bad('has an impossible zoom');
  return { x, y, ratio };
}

function cleanPanels(
  raw: string[] | undefined,
  defaults: PanelName[],
  ignored: string[],
): PanelName[] {
  if (raw === undefined) return [...defaults];
  const panels: PanelName[] = [];
  for (const item of raw) {
    const panel = PANELS.find((p) => p === item.toLowerCase());
    if (panel === undefined) ignored.push(`Unknown panel ${quote(item)} in "panels" was ignored`);
    else if (!panels.includes(panel)) panels.push(panel);
  }
  return panels;
}

function cleanExtras(raw: RawViewState, ignored: string[]): ViewExtras {
  const extras: ViewExtras = { ...DEFAULT_EXTRAS, talk: [] };
  if (raw.data !== undefined) {
    if (DATASET_ID_PATTERN.test(raw.data)) extras.dataset = raw.data;
    else ignored.push(`${quote(raw.data)} in "data" is not a dataset id and was ignored`);
  }
  if (raw.embed !== undefined) {
    const flag = booleanValue(raw.embed);
    if (flag === undefined) ignored.push(`${quote(raw.embed)} in "embed" was ignored (use 1)`);
    else extras.embed = flag;
  }
  if (raw.talk !== undefined) {
    const decoded = decodeTalk(raw.talk);
    extras.talk = decoded.steps;
    ignored.push(...decoded.messages);
  }
  if (raw.present !== undefined) {
    const step = /^\d{1,4}$/.test(raw.present) ? Number(raw.present) : Number.NaN;
    if (extras.talk.length === 0) {
      ignored.push('"present" was ignored because the link has no presentation ("talk")');
    } else if (!Number.isInteger(step)) {
      ignored.push(`${quote(raw.present)} in "present" is not a step number and was ignored`);
    } else if (step < 1 || step > extras.talk.length) {
      const clamped = Math.min(extras.talk.length, Math.max(1, step));
      ignored.push(`The presentation has no step ${step}: step ${clamped} is shown`);
      extras.present = clamped;
    } else {
      extras.present = step;
    }
  }
  return extras;
}

/** At most this many messages are returned; a last one says how many more there were. */
const MAX_MESSAGES = 30;

/**
 * Check a raw view state against the loaded dataset: unknown ids dropped, years clamped,
 * unknown values replaced by defaults, impossible combinations resolved. Never throws.
 */
export function cleanViewState(raw: RawViewState, data: ModelData): CleanResult {
  const defaults = defaultViewState(data.yearSpan, data.hasValues);
  const ignored: string[] = [...(raw.notes ?? [])];
  let state = defaults;
  let extras: ViewExtras = { ...DEFAULT_EXTRAS, talk: [] };
  try {
    if (raw.v !== undefined && raw.v !== String(URL_VERSION)) {
      const version = /^\d{1,4}$/.test(raw.v) ? Number(raw.v) : Number.NaN;
      ignored.push(
        version > URL_VERSION
          ? `This link comes from a newer version of Entente (v=${version}): some settings may be ignored`
          : `Unknown link version ${quote(raw.v)} in "v": read as version ${URL_VERSION}`,
      );
    }
    state = {
      filters: cleanFilters(raw, data, defaults.filters, ignored),
      display: cleanDisplay(raw, data, defaults.display, ignored),
      selection: cleanSelection(raw, data, ignored),
      camera: cleanCamera(raw.cam, ignored),
      panels: cleanPanels(raw.panels, defaults.panels, ignored),
    };
    extras = cleanExtras(raw, ignored);
  } catch {
    // Not expected (every step above is defensive); the default view is always safe.
    ignored.push('The link could not be read: the default view is shown');
    state = defaultViewState(data.yearSpan, data.hasValues);
  }
  if (ignored.length > MAX_MESSAGES) {
    const more = ignored.length - (MAX_MESSAGES - 1);
    ignored.splice(MAX_MESSAGES - 1, ignored.length, `... and ${more} more problems with the link`);
  }
  return { state, ignored, extras };
}
