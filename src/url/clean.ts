/**
 * Checking a raw view state (params.ts) against the loaded dataset. Every value that does not fit
 * is dropped or corrected, with a human-readable message, and the default takes its place. The
 * result is always a valid ViewState; nothing here throws.
 */
import { readPeriod } from '../model/comparePeriod';
import type { ModelData } from '../model/dataset';
import { TIE_KINDS, type FilterState, type TieKind } from '../model/filters';
import {
  HUB_PREFIX,
  memberEdgeKey,
  parseEdgeKey,
  tieEdgeKey,
  transferEdgeKey,
} from '../model/keys';
import {
  VIEW_KEY_LIST,
  defaultOf,
  parseLimit,
  withValueAt,
  type EnumKey,
  type FlagKey,
  type LimitKey,
  type ListKey,
  type SetKey,
  type ViewKey,
} from '../model/viewKeys';
import { defaultViewState, type Camera, type Selection, type ViewState } from '../model/viewState';
import { ALL_LIST, URL_VERSION, quote, rawList, rawScalar, type RawViewState } from './params';
import { decodeTalk, type TalkStep } from './talk';

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
  /** That dataset's name as the link gives it (`dataname`): said when this browser lacks it. */
  datasetName: string | null;
  /**
   * `src`: an Entente JSON file to load, as the link writes it (a URL, absolute or relative to
   * the app; checked for its shape here, its origin by src/app/sourceLink.ts).
   */
  source: string | null;
  /** Embedded mode: the app shows the network only. */
  embed: boolean;
  /** The presentation's steps (empty: none). */
  talk: TalkStep[];
  /** The step being presented, 1-based; null when not presenting. */
  present: number | null;
}

export const DEFAULT_EXTRAS: Readonly<ViewExtras> = {
  dataset: DEFAULT_DATASET,
  datasetName: null,
  source: null,
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

/** Longest dataset name a link carries (longer ones are cut). */
export const DATASET_NAME_MAX_CHARS = 120;

/**
 * Whether `src` may name a dataset file: an http(s) URL or a path relative to the app, without
 * spaces or control characters. Any other scheme (javascript:, data:, file:) is refused.
 */
export function isSourceShape(src: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (src === '' || /[\s\u0000-\u001f\u007f]/.test(src) || src.startsWith('//')) return false;
  // A lone surrogate cannot be written back into a link.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(src))
    return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src);
  return scheme === null || /^https?$/i.test(scheme[1]!);
}

/** The dataset file a link asks for (`src`), readable before any dataset is loaded. */
export function requestedSource(raw: RawViewState): string | null {
  const src = rawScalar(raw, 'src');
  return src !== undefined && isSourceShape(src) ? src : null;
}

/** The dataset a link asks for, readable before any dataset is loaded. */
export function requestedDataset(raw: RawViewState): string {
  const id = rawScalar(raw, 'data');
  return id !== undefined && DATASET_ID_PATTERN.test(id) ? id : DEFAULT_DATASET;
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

/** from / to / year: a range, or one year ("as of"), clamped to the data. */
function cleanYears(raw: RawViewState, data: ModelData, filters: FilterState, ignored: string[]) {
  const span = data.yearSpan;
  const from = yearValue(rawScalar(raw, 'from'), 'from', span, ignored);
  const to = yearValue(rawScalar(raw, 'to'), 'to', span, ignored);
  const year = yearValue(rawScalar(raw, 'year'), 'year', span, ignored);
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
}

/** A comparison period (`cmp=2010-2014`), clamped to the data; null when absent or unreadable. */
function cleanPeriod(raw: RawViewState, key: string, data: ModelData, ignored: string[]) {
  const text = rawScalar(raw, key);
  if (text === undefined) return null;
  const reading = readPeriod(text, data.yearSpan, key);
  ignored.push(...reading.messages);
  return reading.period;
}

/** Kinds of tie shown: at least one, or the default. */
function cleanTies(raw: RawViewState, filters: FilterState, ignored: string[]) {
  const list = rawList(raw, 'ties');
  if (list === undefined) return;
  const all = list.length === 1 && list[0]!.toLowerCase() === ALL_LIST;
  const kinds = all
    ? [...TIE_KINDS]
    : listValue<TieKind>(list, lookupIn(TIE_KINDS), [], 'ties', 'tie kind', ignored);
  if (kinds === null || kinds.length === 0) {
    if (list.length === 0) ignored.push('"ties" turned every kind of tie off: the default is used');
  } else {
    filters.ties = Object.fromEntries(TIE_KINDS.map((k) => [k, kinds.includes(k)])) as Record<
      TieKind,
      boolean
    >;
  }
}

function cleanEnum(raw: RawViewState, key: EnumKey, data: ModelData, ignored: string[]) {
  const fallback = defaultOf(key, data) as string;
  const value = enumValue(
    rawScalar(raw, key.key),
    key.values,
    fallback,
    key.key,
    key.what,
    ignored,
  );
  if (key.available && !key.available(data).includes(value)) {
    ignored.push(key.unavailable ?? `${quote(value)} in ${quote(key.key)} is not available here`);
    return fallback;
  }
  return value;
}

function cleanFlag(raw: RawViewState, key: FlagKey, data: ModelData, ignored: string[]) {
  const fallback = defaultOf(key, data) as boolean;
  const text = rawScalar(raw, key.key);
  if (text === undefined) return fallback;
  const flag = booleanValue(text);
  if (flag !== undefined) return flag;
  ignored.push(`${quote(text)} in ${quote(key.key)} was ignored (use 1 or 0)`);
  return fallback;
}

function cleanSet(raw: RawViewState, key: SetKey, data: ModelData, ignored: string[]) {
  const byName = new Map(key.values(data).map((v) => [v.toLowerCase(), v]));
  const lookup = (item: string) => byName.get(item.toLowerCase());
  const fallback = defaultOf(key, data) as string[] | null;
  return listValue(rawList(raw, key.key), lookup, fallback, key.key, key.what, ignored);
}

function cleanLimit(raw: RawViewState, key: LimitKey, data: ModelData, ignored: string[]) {
  const fallback = defaultOf(key, data) as string | number;
  const text = rawScalar(raw, key.key);
  if (text === undefined) return fallback;
  const value = parseLimit(key, text);
  if (value !== undefined) return value;
  ignored.push(
    `${quote(text)} in ${quote(key.key)} was ignored (use ${key.words.join(', ')} or a whole number from ${key.min} to ${key.max})`,
  );
  return fallback;
}

/** A plain list (open panels): known values kept in order, duplicates dropped. */
function cleanList(raw: RawViewState, key: ListKey, data: ModelData, ignored: string[]) {
  const list = rawList(raw, key.key);
  if (list === undefined) return [...(defaultOf(key, data) as string[])];
  const out: string[] = [];
  for (const item of list) {
    const value = key.values.find((v) => v === item.toLowerCase());
    if (value === undefined)
      ignored.push(`Unknown ${key.what} ${quote(item)} in ${quote(key.key)} was ignored`);
    else if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** One registry key read into the view being built. */
function cleanKey(
  raw: RawViewState,
  key: ViewKey,
  data: ModelData,
  view: ViewState,
  ignored: string[],
): ViewState {
  switch (key.kind) {
    case 'enum':
      return withValueAt(view, key.path, cleanEnum(raw, key, data, ignored));
    case 'flag':
      return withValueAt(view, key.path, cleanFlag(raw, key, data, ignored));
    case 'set':
      return withValueAt(view, key.path, cleanSet(raw, key, data, ignored));
    case 'list':
      return withValueAt(view, key.path, cleanList(raw, key, data, ignored));
    case 'limit':
      return withValueAt(view, key.path, cleanLimit(raw, key, data, ignored));
    case 'years':
    case 'ties': {
      const filters = { ...view.filters };
      if (key.kind === 'years') cleanYears(raw, data, filters, ignored);
      else cleanTies(raw, filters, ignored);
      return { ...view, filters };
    }
    case 'period':
      return withValueAt(view, key.path, cleanPeriod(raw, key.keys[0]!, data, ignored));
    case 'selection':
      return { ...view, selection: cleanSelection(raw, data, ignored) };
    case 'camera':
      return { ...view, camera: cleanCamera(rawList(raw, 'cam'), ignored) };
  }
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
 * The canonical form of an edge key (see model/keys.ts) if the dataset has such a tie, else
 * undefined: ids as the dataset spells them, an alliance's two states in dataset order.
 */
export function canonicalEdgeKey(data: ModelData, key: string): string | undefined {
  const edge = parseEdgeKey(key);
  if (edge === null) return undefined;
  switch (edge.kind) {
    case 'transfer': {
      const s = countryId(data, edge.supplier);
      const r = countryId(data, edge.recipient);
      if (s === undefined || r === undefined) return undefined;
      const exists = data.transfers.some((t) => t.supplier === s && t.recipient === r);
      return exists ? transferEdgeKey(s, r) : undefined;
    }
    case 'alliance': {
      const a = countryId(data, edge.a);
      const b = countryId(data, edge.b);
      if (a === undefined || b === undefined || a === b) return undefined;
      const ia = data.countryIndex.get(a)!;
      const ib = data.countryIndex.get(b)!;
      const exists = data.agreements.some((ag, i) => {
        if (ag.type !== edge.type) return false;
        const parties = partiesOf(data, i);
        return parties.has(ia) && parties.has(ib);
      });
      if (!exists) return undefined;
      return ia < ib ? tieEdgeKey(a, b, edge.type) : tieEdgeKey(b, a, edge.type);
    }
    case 'member': {
      const agreement = agreementId(data, edge.agreement);
      const country = countryId(data, edge.country);
      if (agreement === undefined || country === undefined) return undefined;
      const index = data.agreementIndex.get(agreement)!;
      if (data.agreements[index]!.bilateral) return undefined;
      return partiesOf(data, index).has(data.countryIndex.get(country)!)
        ? memberEdgeKey(agreement, country)
        : undefined;
    }
  }
}

/** A selected state, or the pair it forms with `with` when that names another known state. */
function withPartner(
  data: ModelData,
  id: string,
  partner: string | undefined,
  ignored: string[],
): Selection {
  if (partner === undefined) return { kind: 'country', id };
  const other = countryId(data, partner);
  if (other === undefined) ignored.push(`Unknown country ${quote(partner)} in "with" was ignored`);
  else if (other === id) ignored.push('"with" names the selected state itself and was ignored');
  else return { kind: 'pair', id, with: other };
  return { kind: 'country', id };
}

function cleanSelection(raw: RawViewState, data: ModelData, ignored: string[]): Selection | null {
  const candidates: Selection[] = [];
  const sel = rawScalar(raw, 'sel');
  const agr = rawScalar(raw, 'agr');
  const edge = rawScalar(raw, 'edge');
  const evt = rawScalar(raw, 'evt');
  if (sel !== undefined) {
    if (sel.startsWith(HUB_PREFIX)) {
      // A hub node's key: the agreement it stands for.
      const id = agreementId(data, sel.slice(HUB_PREFIX.length));
      if (id === undefined) ignored.push(`Unknown agreement ${quote(sel)} in "sel" was ignored`);
      else candidates.push({ kind: 'agreement', id });
      if (rawScalar(raw, 'with') !== undefined)
        ignored.push('"with" was ignored because "sel" names an agreement, not a state');
    } else {
      const id = countryId(data, sel);
      if (id === undefined) ignored.push(`Unknown country ${quote(sel)} in "sel" was ignored`);
      else candidates.push(withPartner(data, id, rawScalar(raw, 'with'), ignored));
    }
  } else if (rawScalar(raw, 'with') !== undefined) {
    ignored.push('"with" was ignored because no state is selected ("sel")');
  }
  if (agr !== undefined) {
    const id = agreementId(data, agr);
    if (id === undefined) ignored.push(`Unknown agreement ${quote(agr)} in "agr" was ignored`);
    else candidates.push({ kind: 'agreement', id });
  }
  if (edge !== undefined) {
    const id = canonicalEdgeKey(data, edge);
    if (id === undefined) ignored.push(`Unknown tie ${quote(edge)} in "edge" was ignored`);
    else candidates.push({ kind: 'edge', id });
  }
  if (evt !== undefined) {
    if (data.eventIndex.has(evt)) candidates.push({ kind: 'event', id: evt });
    else ignored.push(`Unknown event ${quote(evt)} in "evt" was ignored`);
  }
  if (candidates.length > 1) {
    ignored.push(
      'Only one thing can be selected: the first of "sel", "agr", "edge" and "evt" was kept',
    );
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

function cleanExtras(raw: RawViewState, ignored: string[]): ViewExtras {
  const extras: ViewExtras = { ...DEFAULT_EXTRAS, talk: [] };
  const data = rawScalar(raw, 'data');
  const embed = rawScalar(raw, 'embed');
  const talk = rawScalar(raw, 'talk');
  const present = rawScalar(raw, 'present');
  const source = rawScalar(raw, 'src');
  const datasetName = rawScalar(raw, 'dataname');
  if (source !== undefined) {
    if (isSourceShape(source)) extras.source = source;
    else ignored.push(`${quote(source)} in "src" is not an http(s) address and was ignored`);
  }
  if (data !== undefined) {
    if (extras.source !== null)
      ignored.push('"data" was ignored because the link names a dataset file ("src")');
    else if (DATASET_ID_PATTERN.test(data)) extras.dataset = data;
    else ignored.push(`${quote(data)} in "data" is not a dataset id and was ignored`);
  }
  if (datasetName !== undefined && datasetName !== '' && extras.dataset !== DEFAULT_DATASET)
    extras.datasetName = datasetName.slice(0, DATASET_NAME_MAX_CHARS);
  if (embed !== undefined) {
    const flag = booleanValue(embed);
    if (flag === undefined) ignored.push(`${quote(embed)} in "embed" was ignored (use 1)`);
    else extras.embed = flag;
  }
  if (talk !== undefined) {
    const decoded = decodeTalk(talk);
    extras.talk = decoded.steps;
    ignored.push(...decoded.messages);
  }
  if (present !== undefined) {
    const step = /^\d{1,4}$/.test(present) ? Number(present) : Number.NaN;
    if (extras.talk.length === 0) {
      ignored.push('"present" was ignored because the link has no presentation ("talk")');
    } else if (!Number.isInteger(step)) {
      ignored.push(`${quote(present)} in "present" is not a step number and was ignored`);
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
    const v = rawScalar(raw, 'v');
    if (v !== undefined && v !== String(URL_VERSION)) {
      const version = /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
      ignored.push(
        version > URL_VERSION
          ? `This link comes from a newer version of Entente (v=${version}): some settings may be ignored`
          : `Unknown link version ${quote(v)} in "v": read as version ${URL_VERSION}`,
      );
    }
    state = VIEW_KEY_LIST.reduce((view, key) => cleanKey(raw, key, data, view, ignored), defaults);
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
