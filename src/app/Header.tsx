/**
 * The header: the title, search and every action. On laptops it is one line; on tablets and
 * phones the search and actions fold into a Menu button (the same components, so nothing differs
 * but the place). Escape or a click outside closes the menu.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/store';
import { DatasetsMenu } from '../views/import/DatasetsMenu';
import { ImportControl } from '../views/import/ImportControl';
import { CopyLink } from '../views/panels/CopyLink';
import { ExportMenu } from '../views/panels/ExportMenu';
import { SearchBox } from '../views/panels/SearchBox';
import { SettingsMenu } from '../views/panels/SettingsMenu';
import { TalkEditor } from '../views/present/TalkEditor';
import { EmbedMenu } from '../views/embed/EmbedMenu';
import { ToursMenu } from '../views/present/ToursMenu';

export function Header() {
  const [open, setOpen] = useState(false);
  const headerRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Choosing a search result (or anything that selects) closes the menu, to show the result.
  const selection = useAppStore((s) => s.view.selection);
  const [shownFor, setShownFor] = useState(selection);
  if (shownFor !== selection) {
    setShownFor(selection);
    if (open) setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      // A nested menu (Tours, Export…) closes first; the next Escape closes this one.
      if (event.key !== 'Escape' || headerRef.current?.querySelector('details[open]')) return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <header className="app-header" ref={headerRef}>
      <h1>
        Entente <span className="tagline">alliances and arms transfers, 1945 to today</span>
      </h1>
      <button
        ref={toggleRef}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="header-tools"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <div id="header-tools" className="header-tools" data-open={open}>
        <SearchBox />
        <div className="header-actions">
          <ImportControl />
          <DatasetsMenu />
          <ToursMenu />
          <TalkEditor />
          <CopyLink />
          <EmbedMenu />
          <ExportMenu />
          <SettingsMenu />
        </div>
      </div>
    </header>
  );
}
