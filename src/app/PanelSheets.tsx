/**
 * Phones: the network fills the screen and the panels open as sheets over its lower part, from a
 * tab bar at the bottom. Which sheet is open is a matter of this screen, not of the view, so it
 * lives here and not in the link. On larger screens the tab bar is hidden and the panels sit in
 * their columns (see styles.css).
 */
import { useEffect, type ReactNode } from 'react';
import { create } from 'zustand';
import { SIDE_PANELS, useAppStore, type SidePanel } from '../state/store';

export type SheetName = 'filters' | 'timeline' | 'side';

interface SheetState {
  sheet: SheetName | null;
  setSheet(sheet: SheetName | null): void;
}

export const useSheetStore = create<SheetState>()((set) => ({
  sheet: null,
  setSheet: (sheet) => set({ sheet }),
}));

/** Below this width the layout is the phone one (keep in step with styles.css). */
export const PHONE_QUERY = '(max-width: 699.98px)';

const SIDE_LABELS: Record<SidePanel, string> = {
  details: 'Details',
  rankings: 'Rankings',
  compare: 'Compare',
  data: 'Data',
};

/** The phone's tab bar: each tab opens its sheet, or closes it when it is already open. */
export function PanelTabs() {
  const sheet = useSheetStore((s) => s.sheet);
  const setSheet = useSheetStore((s) => s.setSheet);
  const panels = useAppStore((s) => s.view.panels);
  const showSidePanel = useAppStore((s) => s.showSidePanel);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const side: SidePanel = SIDE_PANELS.find((p) => panels.includes(p)) ?? 'details';

  const tab = (key: string, label: string, active: boolean, open: () => void, controls: string) => (
    <button
      key={key}
      type="button"
      aria-expanded={active}
      aria-controls={controls}
      className={active ? 'active' : undefined}
      onClick={() => (active ? setSheet(null) : open())}
    >
      {label}
    </button>
  );

  return (
    <nav className="panel-tabs" aria-label="Panels">
      {tab('filters', 'Filters', sheet === 'filters', () => setSheet('filters'), 'sheet-filters')}
      {tab(
        'timeline',
        'Timeline',
        sheet === 'timeline',
        () => {
          if (!useAppStore.getState().view.panels.includes('timeline')) togglePanel('timeline');
          setSheet('timeline');
        },
        'sheet-timeline',
      )}
      {SIDE_PANELS.map((p) =>
        tab(
          p,
          SIDE_LABELS[p],
          sheet === 'side' && side === p,
          () => {
            showSidePanel(p);
            setSheet('side');
          },
          'sheet-side',
        ),
      )}
    </nav>
  );
}

/** The bar at the top of a sheet: its name and a button that closes it (phones only). */
export function SheetBar({ title }: { title: ReactNode }) {
  const setSheet = useSheetStore((s) => s.setSheet);
  return (
    <div className="sheet-bar">
      <span className="sheet-title">{title}</span>
      <button type="button" onClick={() => setSheet(null)}>
        Close
      </button>
    </div>
  );
}

/** On a phone, selecting something (in the network, the timeline or search) opens its details. */
export function useDetailsSheetOnSelect(isPhone: boolean) {
  const selection = useAppStore((s) => s.view.selection);
  useEffect(() => {
    if (isPhone && selection) useSheetStore.getState().setSheet('side');
  }, [isPhone, selection]);
}

/**
 * On a phone, a view that names a side panel other than Details (a presenter's link with
 * `panels=rankings`, or Back to such a view) opens that panel's sheet, so the link shows what it
 * was made to show. Details alone does not: the default view opens on the network, full screen.
 */
export function useSideSheetFromView(isPhone: boolean) {
  const side = useAppStore((s) => SIDE_PANELS.find((p) => s.view.panels.includes(p)) ?? null);
  useEffect(() => {
    if (isPhone && side !== null && side !== 'details') useSheetStore.getState().setSheet('side');
  }, [isPhone, side]);
}
