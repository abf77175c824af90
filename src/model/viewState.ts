/**
 * Everything a view shows, as plain data: the filters, the display options, the selection, the
 * camera and the open panels. It is what the URL encodes (src/url) and what the store holds.
 */
import type { MultilateralDisplay } from './aggregate';
import type { CompareMode, Period } from './comparePeriod';
import { defaultFilters, type FilterState, type WeightMeasure } from './filters';
import type { FlowLimit } from './flowLimit';
import type { ColorScheme, SizeMeasure } from './graph';
import type { AgreementGroupBy, SplitBy } from './timeline';

export type LayoutName = 'force' | 'geo';
export const LAYOUTS: readonly LayoutName[] = ['force', 'geo'];

export type Selection =
  | { kind: 'country'; id: string }
  | { kind: 'agreement'; id: string }
  /** An edge by its graph key, e.g. `t:USA>ISR` or `a:FRA|DEU|collective-defence`. */
  | { kind: 'edge'; id: string }
  /** Two states and everything between them (`sel=FRA&with=EGY`): `id` first, then `with`. */
  | { kind: 'pair'; id: string; with: string }
  /** An event of defence-industry diplomacy (`evt=idex-2019`). */
  | { kind: 'event'; id: string };

export interface Camera {
  x: number;
  y: number;
  /** sigma's camera ratio: < 1 is zoomed in. */
  ratio: number;
}

export type PanelName = 'filters' | 'details' | 'timeline' | 'rankings' | 'compare' | 'data';
export const PANELS: readonly PanelName[] = [
  'filters',
  'details',
  'timeline',
  'rankings',
  'compare',
  'data',
];
/** Panels that share the side column, one at a time. */
export const SIDE_PANELS = [
  'details',
  'rankings',
  'compare',
  'data',
] as const satisfies readonly PanelName[];
export type SidePanel = (typeof SIDE_PANELS)[number];

export interface DisplayState {
  layout: LayoutName;
  multilateral: MultilateralDisplay;
  weight: WeightMeasure;
  size: SizeMeasure;
  color: ColorScheme;
  showIsolated: boolean;
  /** Ring the hosts of the period's exhibitions on the network (with exhibitions shown). */
  halos: boolean;
  /** Which arms flows the network draws: `auto`, `all`, or the N strongest (see flowLimit.ts). */
  flows: FlowLimit;
  /** Timeline: transfer volume split by supplier, recipient region or weapon category. */
  split: SplitBy;
  /** Timeline: agreement bars grouped by type or region. */
  group: AgreementGroupBy;
}

/** A second period compared with the view's own (`cmp`), and how the comparison is drawn. */
export interface CompareState {
  /** null: no comparison. */
  period: Period | null;
  mode: CompareMode;
}

export const NO_COMPARISON: CompareState = { period: null, mode: 'diff' };

export interface ViewState {
  filters: FilterState;
  display: DisplayState;
  compare: CompareState;
  selection: Selection | null;
  /** null: fit the whole graph. */
  camera: Camera | null;
  /** Panels that are open. */
  panels: PanelName[];
}

export function defaultDisplay(hasValues: boolean): DisplayState {
  return {
    layout: 'force',
    multilateral: 'hub',
    // SIPRI's TIV where the data has values; otherwise count deals (the default dataset has none).
    weight: hasValues ? 'value' : 'deals',
    size: 'volume',
    color: 'region',
    showIsolated: false,
    halos: false,
    flows: 'auto',
    split: 'supplier',
    group: 'type',
  };
}

export function defaultViewState(
  yearSpan: readonly [number, number],
  hasValues: boolean,
): ViewState {
  return {
    filters: defaultFilters(yearSpan),
    display: defaultDisplay(hasValues),
    compare: NO_COMPARISON,
    selection: null,
    camera: null,
    panels: ['filters', 'details', 'timeline'],
  };
}

/**
 * The view with its comparison changed (a period, or null to stop comparing; the drawing mode).
 * The same object when nothing changes.
 */
export function withCompare(view: ViewState, patch: Partial<CompareState>): ViewState {
  const next = { ...view.compare, ...patch };
  const samePeriod =
    next.period === view.compare.period ||
    (next.period !== null &&
      view.compare.period !== null &&
      next.period.from === view.compare.period.from &&
      next.period.to === view.compare.period.to);
  if (samePeriod && next.mode === view.compare.mode) return view;
  return { ...view, compare: samePeriod ? { ...next, period: view.compare.period } : next };
}
