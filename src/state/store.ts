/**
 * The app's one store. It holds the loaded dataset, the view state (what the URL encodes) and
 * short-lived interaction state (hover). Actions only call pure functions from model/.
 */
import { create } from 'zustand';
import type { Problem } from '../data/validate';
import { DEFAULT_EXTRAS, type ViewExtras } from '../url/clean';
import type { ModelData } from '../model/dataset';
import type { GraphSpec } from '../model/graph';
import { patchFilters, setYears, type FilterState } from '../model/filters';
import {
  defaultViewState,
  type Camera,
  type DisplayState,
  type PanelName,
  type Selection,
  type ViewState,
} from '../model/viewState';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** How a view change enters the browser history: a new entry, or replacing the current one. */
export type HistoryMode = 'push' | 'replace';

export interface AppState {
  status: LoadStatus;
  data: ModelData | null;
  problems: Problem[];
  /** Messages about ignored URL parts and the like, shown once in a small notice. */
  notices: string[];
  view: ViewState;
  /** What the link carries besides the view: dataset id, embed, presentation steps. */
  extras: ViewExtras;
  /** How the last view change should be recorded in history. */
  historyMode: HistoryMode;
  hovered: string | null;
  /**
   * Deals (transfer indices) to point out in the pair view, e.g. the Rafale deals a search chose.
   * Short-lived, not in the link; any new selection clears it.
   */
  highlightedDeals: number[] | null;
  /** Colour theme: follow the system, or forced by the user (kept in localStorage, not the URL). */
  theme: 'system' | 'light' | 'dark';
  /** What the network currently draws, reported by the network view. */
  drawn: {
    nodes: number;
    edges: number;
    layoutReady: boolean;
    /** Arms flows in the period and how many of them are drawn (see model/flowLimit.ts). */
    flows: GraphSpec['flows'] | null;
  };
  /** The next camera change from the store is animated (presentation steps). */
  animateCamera: boolean;
  /** Bumps when the camera should fly to `flyTo`. */
  flyTo: { key: string; nonce: number } | null;

  setLoaded(
    data: ModelData | null,
    problems: Problem[],
    view?: ViewState,
    notices?: string[],
    extras?: ViewExtras,
  ): void;
  replaceView(view: ViewState, historyMode?: HistoryMode, extras?: ViewExtras): void;
  setExtras(patch: Partial<ViewExtras>, historyMode?: HistoryMode): void;
  addNotices(notices: string[]): void;
  setFilters(patch: Partial<FilterState>, historyMode?: HistoryMode): void;
  /** Apply a pure filter change (focusOn, addToFocus, onlyRegion, ... from model/filters). */
  changeFilters(change: (filters: FilterState) => FilterState, historyMode?: HistoryMode): void;
  setYears(from: number, to: number, historyMode?: HistoryMode): void;
  setDisplay(patch: Partial<DisplayState>): void;
  select(selection: Selection | null): void;
  setCamera(camera: Camera | null): void;
  togglePanel(panel: PanelName): void;
  /** Show one of the side panels (details, rankings, data) in place of the others. */
  showSidePanel(panel: SidePanel): void;
  hover(key: string | null): void;
  highlightDeals(deals: number[] | null): void;
  setTheme(theme: AppState['theme']): void;
  setDrawn(drawn: Partial<AppState['drawn']>): void;
  flyToNode(key: string): void;
  setAnimateCamera(animate: boolean): void;
  dismissNotices(): void;
}

export const SIDE_PANELS = ['details', 'rankings', 'data'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

const THEME_KEY = 'entente-theme';

function readTheme(): AppState['theme'] {
  try {
    const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

const emptyView = defaultViewState([1945, 2025], false);

export const useAppStore = create<AppState>()((set) => ({
  status: 'loading',
  data: null,
  problems: [],
  notices: [],
  view: emptyView,
  extras: { ...DEFAULT_EXTRAS },
  historyMode: 'replace',
  hovered: null,
  highlightedDeals: null,
  animateCamera: false,
  theme: readTheme(),
  drawn: { nodes: 0, edges: 0, layoutReady: false, flows: null },
  flyTo: null,

  setLoaded: (data, problems, view, notices = [], extras = { ...DEFAULT_EXTRAS }) =>
    set({
      status: data ? 'ready' : 'failed',
      data,
      problems,
      notices,
      view: view ?? (data ? defaultViewState(data.yearSpan, data.hasValues) : emptyView),
      extras,
      historyMode: 'replace',
      hovered: null,
    }),
  replaceView: (view, historyMode = 'push', extras) =>
    set((s) => ({ view, historyMode, extras: extras ?? s.extras })),
  setExtras: (patch, historyMode = 'push') =>
    set((s) => ({ extras: { ...s.extras, ...patch }, historyMode })),
  addNotices: (notices) => set((s) => ({ notices: [...s.notices, ...notices] })),
  setFilters: (patch, historyMode = 'push') =>
    set((s) => {
      const filters = patchFilters(s.view.filters, patch);
      return filters === s.view.filters ? {} : { view: { ...s.view, filters }, historyMode };
    }),
  changeFilters: (change, historyMode = 'push') =>
    set((s) => {
      const filters = change(s.view.filters);
      return filters === s.view.filters ? {} : { view: { ...s.view, filters }, historyMode };
    }),
  setYears: (from, to, historyMode = 'push') =>
    set((s) => {
      const filters = setYears(s.view.filters, from, to);
      return filters === s.view.filters ? {} : { view: { ...s.view, filters }, historyMode };
    }),
  setDisplay: (patch) =>
    set((s) => ({
      view: { ...s.view, display: { ...s.view.display, ...patch } },
      historyMode: 'push',
    })),
  select: (selection) =>
    set((s) => {
      // Selecting something brings its details forward.
      const panels =
        selection && !s.view.panels.includes('details')
          ? [
              ...s.view.panels.filter((p) => !SIDE_PANELS.includes(p as SidePanel)),
              'details' as const,
            ]
          : s.view.panels;
      return {
        view: { ...s.view, selection, panels },
        historyMode: 'push',
        highlightedDeals: null,
      };
    }),
  setCamera: (camera) => set((s) => ({ view: { ...s.view, camera }, historyMode: 'replace' })),
  showSidePanel: (panel) =>
    set((s) => {
      if (s.view.panels.includes(panel)) return {};
      const panels = [...s.view.panels.filter((p) => !SIDE_PANELS.includes(p as SidePanel)), panel];
      return { view: { ...s.view, panels }, historyMode: 'push' };
    }),
  togglePanel: (panel) =>
    set((s) => {
      const open = s.view.panels.includes(panel);
      const panels = open ? s.view.panels.filter((p) => p !== panel) : [...s.view.panels, panel];
      return { view: { ...s.view, panels }, historyMode: 'push' };
    }),
  hover: (hovered) => set({ hovered }),
  highlightDeals: (highlightedDeals) => set({ highlightedDeals }),
  setTheme: (theme) => {
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this visit.
    }
    set({ theme });
  },
  setDrawn: (drawn) => set((s) => ({ drawn: { ...s.drawn, ...drawn } })),
  setAnimateCamera: (animateCamera) => set({ animateCamera }),
  flyToNode: (key) => set((s) => ({ flyTo: { key, nonce: (s.flyTo?.nonce ?? 0) + 1 } })),
  dismissNotices: () => set({ notices: [] }),
}));
