/**
 * The app's one store: the loaded dataset, the view (what the URL encodes) with the link's extras,
 * and short-lived interaction state (hover, theme, what the network draws). Nothing derived lives
 * here (see selectors.ts), and no instruction either: how a view enters history and how the camera
 * moves are sent with each commit through channels.ts.
 *
 * Every view change goes through `commit`; the named actions only apply a pure function from
 * model/viewChanges.ts to the current view.
 */
import { create } from 'zustand';
import type { Problem } from '../data/problem';
import { DEFAULT_EXTRAS, type ViewExtras } from '../url/clean';
import type { ModelData } from '../model/dataset';
import type { FilterState } from '../model/filters';
import * as change from '../model/viewChanges';
import {
  defaultViewState,
  type Camera,
  type DisplayState,
  type PanelName,
  type Selection,
  type SidePanel,
  type ViewState,
} from '../model/viewState';
import { viewCommits, type CameraMove, type HistoryEntry } from './channels';

export { SIDE_PANELS, type SidePanel } from '../model/viewState';
export type { HistoryEntry } from './channels';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** What start-up or an import hands over: a dataset (or none, with the problems why) and a view. */
export interface Loaded {
  data: ModelData | null;
  problems: Problem[];
  /** The view cleaned against `data`; its default view when absent. */
  view?: ViewState;
  notices?: string[];
  extras?: ViewExtras;
}

export interface CommitOptions {
  /** How the view enters history (default: a new entry). */
  history?: HistoryEntry;
  /** The link's extras to commit with the view (default: unchanged). */
  extras?: ViewExtras;
  /** How the camera reaches the view's camera (default: at once). */
  camera?: CameraMove;
}

export type Theme = 'system' | 'light' | 'dark';

export interface Drawn {
  nodes: number;
  edges: number;
  layoutReady: boolean;
}

export interface AppState {
  status: LoadStatus;
  data: ModelData | null;
  problems: Problem[];
  /** Messages about ignored URL parts and the like, shown once in a small notice. */
  notices: string[];
  view: ViewState;
  /** What the link carries besides the view: dataset id, embed, presentation steps. */
  extras: ViewExtras;
  hovered: string | null;
  /**
   * Deals (transfer indices) to point out in the pair view, e.g. the Rafale deals a search chose.
   * Short-lived, not in the link; any new selection clears it.
   */
  highlightedDeals: number[] | null;
  /** Colour theme: follow the system, or forced by the user (kept in localStorage, not the URL). */
  theme: Theme;
  /** What the network currently draws, reported by the network view. */
  drawn: Drawn;

  setLoaded(loaded: Loaded): void;
  /** Commit a view: the one way the view changes. */
  commit(view: ViewState, options?: CommitOptions): void;
  setExtras(patch: Partial<ViewExtras>, history?: HistoryEntry): void;
  /** Apply a pure filter change (focusOn, addToFocus, onlyRegion, ... from model/filters). */
  changeFilters(change: (filters: FilterState) => FilterState, history?: HistoryEntry): void;
  select(selection: Selection | null): void;
  setFilters(patch: Partial<FilterState>, history?: HistoryEntry): void;
  setYears(from: number, to: number, history?: HistoryEntry): void;
  setDisplay(patch: Partial<DisplayState>): void;
  /** The camera settled (sigma -> store): replaces the history entry. */
  setCamera(camera: Camera | null): void;
  togglePanel(panel: PanelName): void;
  /** Show one of the side panels (details, rankings, data) in place of the others. */
  showSidePanel(panel: SidePanel): void;
  addNotices(notices: string[]): void;
  /** Point out deals in the pair view (a search's choice); any new selection clears it. */
  highlightDeals(deals: number[] | null): void;
  dismissNotices(): void;
  hover(key: string | null): void;
  setTheme(theme: Theme): void;
  setDrawn(drawn: Partial<Drawn>): void;
}

const THEME_KEY = 'entente-theme';

function readTheme(): Theme {
  try {
    const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

const emptyView = defaultViewState([1945, 2025], false);

export const useAppStore = create<AppState>()((set, get) => {
  const commit = (view: ViewState, options: CommitOptions = {}) => {
    const state = get();
    const extras = options.extras ?? state.extras;
    if (view === state.view && extras === state.extras) return;
    set({ view, extras });
    viewCommits.emit({ history: options.history ?? 'push', camera: options.camera ?? 'jump' });
  };
  const apply = (update: (view: ViewState) => ViewState, history: HistoryEntry = 'push') =>
    commit(update(get().view), { history });

  return {
    status: 'loading',
    data: null,
    problems: [],
    notices: [],
    view: emptyView,
    extras: { ...DEFAULT_EXTRAS },
    hovered: null,
    highlightedDeals: null,
    theme: readTheme(),
    drawn: { nodes: 0, edges: 0, layoutReady: false },

    setLoaded: ({ data, problems, view, notices = [], extras = { ...DEFAULT_EXTRAS } }) => {
      set({
        status: data ? 'ready' : 'failed',
        data,
        problems,
        notices,
        view: view ?? (data ? defaultViewState(data.yearSpan, data.hasValues) : emptyView),
        extras,
        hovered: null,
      });
      // A new dataset opens in place of the current page, not as a step to go back to.
      viewCommits.emit({ history: 'replace', camera: 'jump' });
    },
    commit,
    setExtras: (patch, history = 'push') =>
      commit(get().view, { history, extras: { ...get().extras, ...patch } }),
    select: (selection) => {
      set({ highlightedDeals: null });
      apply((v) => change.select(v, selection));
    },
    setFilters: (patch, history) => apply((v) => change.setFilters(v, patch), history),
    changeFilters: (update, history) => apply((v) => change.changeFilters(v, update), history),
    setYears: (from, to, history) => apply((v) => change.setYears(v, from, to), history),
    setDisplay: (patch) => apply((v) => change.setDisplay(v, patch)),
    setCamera: (camera) => apply((v) => change.setCamera(v, camera), 'replace'),
    togglePanel: (panel) => apply((v) => change.togglePanel(v, panel)),
    showSidePanel: (panel) => apply((v) => change.showSidePanel(v, panel)),
    addNotices: (more) => set((s) => ({ notices: [...s.notices, ...more] })),
    dismissNotices: () => set({ notices: [] }),
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
  };
});
