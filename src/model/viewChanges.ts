/**
 * Every change of the view as a pure function `(view, ...) => view`. The store's actions only call
 * these (see state/store.ts), so the rules live here, tested without a store. Each returns the
 * same view object when nothing changes: everything derived from the view is memoised on identity,
 * and an unchanged view adds no history entry.
 */
import { patchFilters, setYears as setFilterYears, type FilterState } from './filters';
import {
  SIDE_PANELS,
  type Camera,
  type DisplayState,
  type PanelName,
  type Selection,
  type SidePanel,
  type ViewState,
} from './viewState';

const isSidePanel = (panel: PanelName): panel is SidePanel =>
  (SIDE_PANELS as readonly PanelName[]).includes(panel);

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.kind !== b.kind || a.id !== b.id) return false;
  return a.kind !== 'pair' || (b.kind === 'pair' && a.with === b.with);
}

/** Show one side panel (details, rankings, data) in place of the others; other panels stay. */
export function showSidePanel(view: ViewState, panel: SidePanel): ViewState {
  if (view.panels.includes(panel) && view.panels.filter(isSidePanel).length === 1) return view;
  return { ...view, panels: [...view.panels.filter((p) => !isSidePanel(p)), panel] };
}

/**
 * Select a state, an agreement or an edge (or nothing). Selecting something brings its Details
 * forward, in place of Rankings or Data; clearing the selection leaves the panels as they are.
 */
export function select(view: ViewState, selection: Selection | null): ViewState {
  const panels = selection ? showSidePanel(view, 'details').panels : view.panels;
  if (sameSelection(view.selection, selection) && panels === view.panels) return view;
  return { ...view, selection, panels };
}

/** Open a closed panel, close an open one. */
export function togglePanel(view: ViewState, panel: PanelName): ViewState {
  const open = view.panels.includes(panel);
  return {
    ...view,
    panels: open ? view.panels.filter((p) => p !== panel) : [...view.panels, panel],
  };
}

/** Apply a pure change of the filters (focusOn, onlyRegion, ... from model/filters). */
export function changeFilters(
  view: ViewState,
  update: (filters: FilterState) => FilterState,
): ViewState {
  const filters = update(view.filters);
  return filters === view.filters ? view : { ...view, filters };
}

export function setFilters(view: ViewState, patch: Partial<FilterState>): ViewState {
  const filters = patchFilters(view.filters, patch);
  return filters === view.filters ? view : { ...view, filters };
}

/** Set the year range (in either order). */
export function setYears(view: ViewState, from: number, to: number): ViewState {
  const filters = setFilterYears(view.filters, from, to);
  return filters === view.filters ? view : { ...view, filters };
}

/** "As of" one year: `from` moves back with it if needed, so returning to a range stays valid. */
export function setAsOfYear(view: ViewState, year: number): ViewState {
  return setFilters(view, { to: year, from: Math.min(view.filters.from, year) });
}

export function setDisplay(view: ViewState, patch: Partial<DisplayState>): ViewState {
  const keys = Object.keys(patch) as (keyof DisplayState)[];
  if (keys.every((k) => Object.is(view.display[k], patch[k]))) return view;
  return { ...view, display: { ...view.display, ...patch } };
}

export function setCamera(view: ViewState, camera: Camera | null): ViewState {
  const same =
    camera === view.camera ||
    (camera !== null &&
      view.camera !== null &&
      camera.x === view.camera.x &&
      camera.y === view.camera.y &&
      camera.ratio === view.camera.ratio);
  return same ? view : { ...view, camera };
}
