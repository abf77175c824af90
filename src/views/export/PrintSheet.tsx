/**
 * What printing the app gives (and so "Save as PDF"): the network as vector, with its legend,
 * what the view shows, the citation and the link, on one page, without the app's chrome. The
 * sheet is filled just before printing (beforeprint, or the print media query for browsers
 * that print without the event) and emptied after, so it costs nothing while the app is used.
 * The code that draws it is loaded once the network is drawn, not in the first bundle (printing
 * must then fill the sheet synchronously); printed before that, the page prints as it is.
 */
import { useEffect, useRef } from 'react';
import { landPathIfLoaded } from '../../data/land';
import { useAppStore } from '../../state/store';
import { useCanvasTheme } from '../network/theme';
import './print.css';

type ViewSvgModule = typeof import('./viewSvg');
let viewSvg: ViewSvgModule | null = null;

function loadViewSvg(): Promise<unknown> {
  return viewSvg
    ? Promise.resolve()
    : import('./viewSvg').then((module) => {
        viewSvg = module;
      });
}

export function PrintSheet() {
  const sheetRef = useRef<HTMLDivElement>(null);
  const theme = useCanvasTheme();

  // Once the network is drawn (the first picture comes first), load the drawing code.
  const drawn = useAppStore((s) => s.drawn.nodes > 0);
  useEffect(() => {
    if (drawn) void loadViewSvg();
  }, [drawn]);

  useEffect(() => {
    const print = matchMedia('print');
    const fill = () => {
      const sheet = sheetRef.current;
      if (!sheet) return;
      if (!viewSvg) {
        // Printed before the code arrived: fill the sheet when it does, if still printing.
        void loadViewSvg().then(() => print.matches && fill());
        return;
      }
      try {
        const { svg } = viewSvg.currentViewSvg(theme, landPathIfLoaded());
        // Our own document, every text from data escaped by the builder; parsed as XML, never HTML.
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (parsed.getElementsByTagName('parsererror').length > 0) return;
        sheet.replaceChildren(document.importNode(parsed.documentElement, true));
      } catch {
        // Nothing drawn yet: the sheet stays empty and the page prints blank rather than failing.
        sheet.replaceChildren();
      }
    };
    const clear = () => sheetRef.current?.replaceChildren();
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? fill() : clear());
    window.addEventListener('beforeprint', fill);
    window.addEventListener('afterprint', clear);
    print.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', fill);
      window.removeEventListener('afterprint', clear);
      print.removeEventListener('change', onMedia);
    };
  }, [theme]);

  return (
    <div ref={sheetRef} className="print-sheet" data-testid="print-sheet" aria-hidden="true" />
  );
}
