/**
 * The registry of view keys: every part of the view that a link carries, declared once as data
 * (`{ key, path, values, default, label }`, after sigma's settings.ts). Parsing, cleaning and
 * serialising the URL (src/url), the option lists of the panels and the URL test generators
 * (test/url/arbitraries.ts) all read it, so a new key is declared here and nowhere else.
 *
 * Kinds: `enum` (one value of a list), `flag` (on/off, written 1/0), `set` (a "null means all"
 * selection, written as a list, `all` or `none`), `list` (a plain list), `limit` (a whole number
 * in a range, or one of a few words such as `auto` and `all`). A few parts need their own
 * rules and say so by their kind (`years`, `period`, `ties`, `selection`, `camera`); src/url
 * implements those.
 *
 * URL keys are a public interface: links in the wild use them. Add keys; never rename one.
 */
import { MULTILATERAL_DISPLAYS, type MultilateralDisplay } from './aggregate';
import { COMPARE_MODES, COMPARE_MODE_LABELS, type CompareMode } from './comparePeriod';
import type { ModelData } from './dataset';
import {
  DIRECTIONS,
  WEIGHT_MEASURES,
  type Direction,
  type FilterState,
  type TieKind,
  type WeightMeasure,
} from './filters';
import { FLOW_LIMIT_CHOICES, MAX_FLOW_LIMIT, flowLimitLabel, type FlowLimit } from './flowLimit';
import { COLOR_SCHEMES, SIZE_MEASURES, type ColorScheme, type SizeMeasure } from './graph';
import { GROUPINGS, SPLITS, SPLIT_LABELS, type AgreementGroupBy, type SplitBy } from './timeline';
import {
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  EVENT_KINDS,
  EVENT_KIND_LABELS,
  REGIONS,
  WEAPON_CATEGORIES,
  WEAPON_CATEGORY_LABELS,
  type AgreementType,
  type EventKind,
  type WeaponCategory,
} from './types';
import {
  LAYOUTS,
  PANELS,
  defaultViewState,
  type CompareState,
  type DisplayState,
  type LayoutName,
  type PanelName,
  type ViewState,
} from './viewState';

/** Where a key's value lives in the ViewState. */
export type ViewPath =
  | readonly ['filters', keyof FilterState]
  | readonly ['display', keyof DisplayState]
  | readonly ['compare', keyof CompareState]
  | readonly ['selection' | 'camera' | 'panels'];

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface KeyBase {
  /** The URL keys this part reads and writes, in the order they are written. */
  keys: readonly string[];
  /** Whether the URL value is a comma-separated list. */
  list: boolean;
  path: ViewPath;
  /** The label of the control that sets it. */
  label: string;
  /** What one value is called in messages ("weight", "colour scheme"). */
  what: string;
  /** The panel that offers a control for it (none: set elsewhere, e.g. by clicking). */
  panel?: 'filters' | 'timeline';
  /** A control folded away by default (long lists). */
  folded?: boolean;
  /** Whether it changes anything in this view (a control is shown only then). */
  relevant?(view: ViewState): boolean;
  /** The control's label when it depends on the view (else `label`). */
  labelIn?(view: ViewState): string;
}

export interface EnumKey<V extends string = string> extends KeyBase {
  kind: 'enum';
  key: string;
  /** Radio buttons instead of a select (few, short values). */
  control?: 'select' | 'segmented';
  values: readonly V[];
  /** The label of each value, for option lists. */
  labels: Readonly<Record<V, string>>;
  /**
   * Values this dataset offers (all when absent). A known value it does not offer falls back to
   * the default, with `unavailable` as the message.
   */
  available?(data: ModelData): readonly V[];
  unavailable?: string;
}

export interface FlagKey extends KeyBase {
  kind: 'flag';
  key: string;
}

export interface SetKey<V extends string = string> extends KeyBase {
  kind: 'set';
  key: string;
  /** Every value a link may name (matched without regard to case). */
  values(data: ModelData): readonly V[];
  /** The values a panel offers, with labels (a subset of `values`). */
  options(data: ModelData): readonly Option<V>[];
  /** Checkboxes (default), with an "only" shortcut beside each; or removable chips. */
  control?: 'checkboxes' | 'checkboxes-with-only' | 'chips';
}

export interface ListKey<V extends string = string> extends KeyBase {
  kind: 'list';
  key: string;
  values: readonly V[];
}

export interface LimitKey extends KeyBase {
  kind: 'limit';
  key: string;
  /** Words a link may write instead of a number (matched without regard to case). */
  words: readonly string[];
  min: number;
  max: number;
  /** The choices a panel offers, with their labels (any number in range is valid in a link). */
  choices: readonly (string | number)[];
  describe(value: string | number): string;
}

export interface CustomKey extends KeyBase {
  kind: 'years' | 'period' | 'ties' | 'selection' | 'camera';
}

export type ViewKey = EnumKey | FlagKey | SetKey | ListKey | LimitKey | CustomKey;

function enumKey<V extends string>(
  key: string,
  path: ViewPath,
  spec: Omit<EnumKey<V>, 'kind' | 'key' | 'keys' | 'list' | 'path'>,
): EnumKey<V> {
  return { kind: 'enum', key, keys: [key], list: false, path, ...spec };
}

function setKey<V extends string>(
  key: string,
  path: ViewPath,
  spec: Omit<SetKey<V>, 'kind' | 'key' | 'keys' | 'list' | 'path'>,
): SetKey<V> {
  return { kind: 'set', key, keys: [key], list: true, path, ...spec };
}

const withLabels = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** Regions and sub-regions of a dataset (regions first, then sub-regions in data order). */
function regionNames(data: ModelData): string[] {
  const names = new Set<string>(REGIONS);
  for (const c of data.countries) {
    if (c.region) names.add(c.region);
    if (c.subregion) names.add(c.subregion);
  }
  return [...names];
}

export const TIE_LABELS: Record<TieKind, string> = {
  bilateral: 'Bilateral agreements',
  multilateral: 'Multilateral agreements',
  transfers: 'Arms transfers',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  any: 'To or from them',
  in: 'Into them',
  out: 'Out of them',
};

/** The same directions said of focused states, in the order SIPRI's database offers them. */
export const FOCUS_DIRECTIONS: readonly Direction[] = ['out', 'in', 'any'];
export const FOCUS_DIRECTION_LABELS: Record<Direction, string> = {
  out: 'Supplier',
  in: 'Recipient',
  any: 'Either',
};

const WEIGHT_LABELS: Record<WeightMeasure, string> = {
  value: 'Value (SIPRI TIV)',
  units: 'Units delivered',
  deals: 'Number of deals',
};

const SIZE_LABELS: Record<SizeMeasure, string> = {
  volume: 'Arms in + out (weighted degree)',
  degree: 'Number of partners',
  imports: 'Imports',
  exports: 'Exports',
};

const COLOR_LABELS: Record<ColorScheme, string> = {
  region: 'Region',
  bloc: 'Detected bloc (Louvain)',
};

const MULTILATERAL_LABELS: Record<MultilateralDisplay, string> = {
  hub: 'Hub node per agreement',
  hull: 'Hull around members',
  clique: 'Pairwise ties',
};

const LAYOUT_LABELS: Record<LayoutName, string> = { force: 'Force', geo: 'Map' };

const GROUP_LABELS: Record<AgreementGroupBy, string> = {
  type: 'Agreement type',
  region: 'Region of most members',
};

/** The view keys, in the order a link writes them. */
export const VIEW_KEYS = {
  years: {
    kind: 'years',
    keys: ['from', 'to', 'year'],
    list: false,
    path: ['filters', 'from'],
    label: 'Period',
    what: 'year',
    panel: 'filters',
  } satisfies CustomKey,
  // A second period compared with the view's (`cmp=2010-2014`), and how it is drawn.
  comparePeriod: {
    kind: 'period',
    keys: ['cmp'],
    list: false,
    path: ['compare', 'period'],
    label: 'Compare with',
    what: 'period',
  } satisfies CustomKey,
  compareMode: enumKey<CompareMode>('compare', ['compare', 'mode'], {
    label: 'Show the comparison as',
    what: 'comparison mode',
    values: COMPARE_MODES,
    labels: COMPARE_MODE_LABELS,
  }),
  ties: {
    kind: 'ties',
    keys: ['ties'],
    list: true,
    path: ['filters', 'ties'],
    label: 'Ties',
    what: 'tie kind',
    panel: 'filters',
  } satisfies CustomKey,
  regions: setKey<string>('region', ['filters', 'regions'], {
    label: 'Regions (ties touching them)',
    labelIn: (view) =>
      view.filters.focus === null ? 'Regions (ties touching them)' : 'Regions (partners in them)',
    what: 'region',
    panel: 'filters',
    control: 'checkboxes-with-only',
    values: regionNames,
    // Panels offer the five regions; links may also name sub-regions.
    options: () => REGIONS.filter((r) => r !== 'Other').map((r) => ({ value: r, label: r })),
  }),
  focus: setKey<string>('focus', ['filters', 'focus'], {
    label: 'Focus on states',
    what: 'state',
    panel: 'filters',
    control: 'chips',
    relevant: (view) => view.filters.focus !== null,
    values: (data) => data.countries.map((c) => c.id),
    // Chosen from Details or search, shown as chips: no checkbox list of 250 states.
    options: () => [],
  }),
  direction: enumKey<Direction>('dir', ['filters', 'direction'], {
    label: 'Arms deliveries kept by the regions',
    what: 'direction',
    panel: 'filters',
    control: 'segmented',
    // With a focus, the direction is said of the focused states (the focus control offers it).
    relevant: (view) =>
      view.filters.focus === null && view.filters.regions !== null && view.filters.ties.transfers,
    values: DIRECTIONS,
    labels: DIRECTION_LABELS,
  }),
  agreementTypes: setKey<AgreementType>('types', ['filters', 'agreementTypes'], {
    label: 'Agreement types',
    what: 'agreement type',
    panel: 'filters',
    folded: true,
    values: () => AGREEMENT_TYPES,
    options: () => withLabels(AGREEMENT_TYPES, AGREEMENT_TYPE_LABELS),
  }),
  categories: setKey<WeaponCategory>('cats', ['filters', 'categories'], {
    label: 'Weapon categories',
    what: 'weapon category',
    panel: 'filters',
    folded: true,
    values: () => WEAPON_CATEGORIES,
    options: () => withLabels(WEAPON_CATEGORIES, WEAPON_CATEGORY_LABELS),
  }),
  eventKinds: setKey<EventKind>('events', ['filters', 'eventKinds'], {
    label: 'Events (diplomacy, fairs, exercises)',
    what: 'event kind',
    panel: 'filters',
    folded: true,
    values: () => EVENT_KINDS,
    options: () => withLabels(EVENT_KINDS, EVENT_KIND_LABELS),
  }),
  weight: enumKey<WeightMeasure>('weight', ['display', 'weight'], {
    label: 'Arrow width by',
    panel: 'filters',
    what: 'weight',
    values: WEIGHT_MEASURES,
    labels: WEIGHT_LABELS,
    available: (data) => WEIGHT_MEASURES.filter((w) => w !== 'value' || data.hasValues),
    unavailable: 'This dataset has no values: "weight" counts deals instead',
  }),
  size: enumKey<SizeMeasure>('size', ['display', 'size'], {
    label: 'Node size by',
    panel: 'filters',
    what: 'size measure',
    values: SIZE_MEASURES,
    labels: SIZE_LABELS,
  }),
  color: enumKey<ColorScheme>('color', ['display', 'color'], {
    label: 'Colour states by',
    panel: 'filters',
    what: 'colour scheme',
    values: COLOR_SCHEMES,
    labels: COLOR_LABELS,
  }),
  multilateral: enumKey<MultilateralDisplay>('multi', ['display', 'multilateral'], {
    label: 'Multilateral agreements as',
    panel: 'filters',
    what: 'display',
    values: MULTILATERAL_DISPLAYS,
    labels: MULTILATERAL_LABELS,
  }),
  layout: enumKey<LayoutName>('layout', ['display', 'layout'], {
    label: 'Layout',
    what: 'layout',
    panel: 'filters',
    control: 'segmented',
    values: LAYOUTS,
    labels: LAYOUT_LABELS,
  }),
  showIsolated: {
    kind: 'flag',
    key: 'isolated',
    keys: ['isolated'],
    list: false,
    path: ['display', 'showIsolated'],
    label: 'Show states without ties in the period',
    what: 'flag',
    panel: 'filters',
  } satisfies FlagKey,
  halos: {
    kind: 'flag',
    key: 'halos',
    keys: ['halos'],
    list: false,
    path: ['display', 'halos'],
    label: 'Ring the hosts of exhibitions',
    what: 'flag',
    panel: 'filters',
    // Only while exhibitions are shown.
    relevant: (view) => view.filters.eventKinds?.includes('exhibition') !== false,
  } satisfies FlagKey,
  flows: {
    kind: 'limit',
    key: 'flows',
    keys: ['flows'],
    list: false,
    path: ['display', 'flows'],
    label: 'Arms flows drawn',
    what: 'number of flows',
    panel: 'filters',
    words: ['auto', 'all'],
    min: 1,
    max: MAX_FLOW_LIMIT,
    choices: FLOW_LIMIT_CHOICES,
    describe: (value) => flowLimitLabel(value as FlowLimit),
  } satisfies LimitKey,
  split: enumKey<SplitBy>('split', ['display', 'split'], {
    label: 'Split transfers by',
    what: 'timeline split',
    panel: 'timeline',
    values: SPLITS,
    labels: SPLIT_LABELS,
  }),
  group: enumKey<AgreementGroupBy>('group', ['display', 'group'], {
    label: 'Group agreements by',
    what: 'timeline grouping',
    panel: 'timeline',
    values: GROUPINGS,
    labels: GROUP_LABELS,
  }),
  // `with` names the second state of a pair (`sel=FRA&with=EGY`): it only ever follows `sel`.
  // `evt` names an event of events.json (`evt=idex-2019`).
  selection: {
    kind: 'selection',
    keys: ['sel', 'with', 'agr', 'edge', 'evt'],
    list: false,
    path: ['selection'],
    label: 'Selection',
    what: 'selection',
  } satisfies CustomKey,
  camera: {
    kind: 'camera',
    keys: ['cam'],
    list: true,
    path: ['camera'],
    label: 'Camera',
    what: 'camera',
  } satisfies CustomKey,
  panels: {
    kind: 'list',
    key: 'panels',
    keys: ['panels'],
    list: true,
    path: ['panels'],
    label: 'Open panels',
    what: 'panel',
    values: PANELS as readonly PanelName[],
  } satisfies ListKey<PanelName>,
} as const;

/**
 * Keys a link carries besides the view: which data it shows, how it is shown (embedded, presented).
 * They live in the link's extras (src/url/clean.ts ViewExtras), not in the ViewState; `at` says
 * whether a link writes them before the view's keys or after them.
 */
export interface LinkKey {
  key: string;
  at: 'start' | 'end';
  label: string;
}

export const LINK_KEYS = {
  version: { key: 'v', at: 'start', label: 'URL format version' },
  dataset: { key: 'data', at: 'start', label: 'Dataset kept in this browser' },
  /** The name of that dataset, so a browser without it can say which one is missing. */
  datasetName: { key: 'dataname', at: 'start', label: 'Name of that dataset' },
  /** An Entente JSON file to load, by URL (same origin, or https after the reader agrees). */
  source: { key: 'src', at: 'start', label: 'Dataset file (URL)' },
  embed: { key: 'embed', at: 'end', label: 'Embedded view' },
  present: { key: 'present', at: 'end', label: 'Presentation step' },
  talk: { key: 'talk', at: 'end', label: 'Presentation' },
} as const satisfies Record<string, LinkKey>;

export const LINK_KEY_LIST: readonly LinkKey[] = Object.values(LINK_KEYS);

export type ViewKeyName = keyof typeof VIEW_KEYS;

/** The registry as a list, in the order a link writes its keys. */
export const VIEW_KEY_LIST: readonly ViewKey[] = Object.values(VIEW_KEYS);

/** The value at a key's path. */
export function valueAt(view: ViewState, path: ViewPath): unknown {
  const [section, field] = path;
  const part = view[section] as unknown;
  return field === undefined ? part : (part as Record<string, unknown>)[field];
}

/** A copy of the view with `value` at `path` (the view itself when nothing changes). */
export function withValueAt(view: ViewState, path: ViewPath, value: unknown): ViewState {
  const [section, field] = path;
  if (Object.is(valueAt(view, path), value)) return view;
  if (field === undefined) return { ...view, [section]: value };
  return { ...view, [section]: { ...(view[section] as object), [field]: value } };
}

/** A key's default for a dataset. */
export function defaultOf(key: ViewKey, data: ModelData): unknown {
  return valueAt(defaultViewState(data.yearSpan, data.hasValues), key.path);
}

/**
 * A limit key's value as a link or a control writes it: one of its words, or a whole number in its
 * range; undefined when it is neither.
 */
export function parseLimit(key: LimitKey, text: string): string | number | undefined {
  const lower = text.trim().toLowerCase();
  const word = key.words.find((w) => w === lower);
  if (word !== undefined) return word;
  if (!/^\d{1,9}$/.test(lower)) return undefined;
  const n = Number(lower);
  return n >= key.min && n <= key.max ? n : undefined;
}

/** The options a panel offers for a limit key: its choices, and the current value if not one. */
export function limitOptions(key: LimitKey, current: string | number): Option<string>[] {
  const values = key.choices.includes(current) ? key.choices : [...key.choices, current];
  return values.map((value) => ({ value: String(value), label: key.describe(value) }));
}

/** The options a panel offers for an enum key on this dataset, with their labels. */
export function enumOptions<V extends string>(
  key: EnumKey<V>,
  data: ModelData | null,
): Option<V>[] {
  const offered = data && key.available ? key.available(data) : key.values;
  return offered.map((value) => ({ value, label: key.labels[value] }));
}
