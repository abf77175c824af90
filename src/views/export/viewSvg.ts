/**
 * The network view as an SVG document, with the footer every exported picture carries (legend,
 * what the view shows, citation, link). Used by the export menu (SVG, and PNG rasterised from
 * it) and by the print sheet.
 */
import { EXPORT_FONT, type Measure } from '../../data/export/footer';
import { diffLegendEntries, legendEntries } from '../../data/export/legend';
import { citationLine, isoDate } from '../../data/export/names';
import { networkSvg, type SvgDocument } from '../../data/export/networkSvg';
import { yearRange } from '../../model/filters';
import { comparisonSummary } from '../../model/compare';
import { periodLabel } from '../../model/comparePeriod';
import { selectAggregate, selectComparison, selectSummary } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { getDrawnGraph } from '../network/graphRegistry';
import type { CanvasTheme } from '../network/theme';
import { networkScene } from './networkScene';

export interface ViewSvg extends SvgDocument {
  period: [number, number];
}

let scratch: CanvasRenderingContext2D | null | undefined;

/** Text width with the export font, measured on a canvas (a rough estimate without one). */
export const canvasMeasure: Measure = (text, fontSize) => {
  scratch ??= document.createElement('canvas').getContext('2d');
  if (!scratch) return text.length * fontSize * 0.56;
  scratch.font = `${fontSize}px ${EXPORT_FONT}`;
  return scratch.measureText(text).width;
};

const summaryPeriod = (filters: Parameters<typeof yearRange>[0]) => {
  const [from, to] = yearRange(filters);
  return periodLabel({ from, to });
};

/** Muted text for the footer, readable on the theme's background. */
export const mutedText = (theme: CanvasTheme) => theme.palette.muted;

/**
 * The drawn network as SVG. Throws when nothing is drawn. `landPath` is the map outline for the
 * geographic layout (see data/land.ts).
 */
export function currentViewSvg(
  theme: CanvasTheme,
  landPath: string | null,
  link: string = location.href,
): ViewSvg {
  const drawn = getDrawnGraph();
  if (!drawn) throw new Error('the network is not drawn');
  const s = useAppStore.getState();
  if (!s.data) throw new Error('no dataset is loaded');
  const { data } = s;
  const { filters, display } = s.view;
  const agg = selectAggregate(data, filters, display.multilateral);
  const scene = networkScene({
    sigma: drawn.sigma,
    graph: drawn.graph,
    data,
    agg,
    layout: display.layout,
    multilateral: display.multilateral,
    theme,
    landPath,
  });
  const summary = selectSummary(data, s.view);
  // A comparison drawn as one picture: its periods and counts first, and its own legend.
  const comparison = s.view.compare.mode === 'diff' ? selectComparison(data, s.view) : null;
  const period = s.view.compare.period;
  const compared = comparison
    ? [`Compared: ${comparisonSummary(comparison.comparison)}`]
    : period
      ? [
          `Side by side with ${periodLabel(period)} on screen; this picture shows ${summaryPeriod(filters)} only.`,
        ]
      : [];
  const picture = networkSvg(
    scene,
    {
      legend: comparison ? diffLegendEntries() : legendEntries(display, filters),
      lines: [...compared, summary, citationLine(data.dataset, isoDate())],
      link,
      colors: { text: theme.label, muted: mutedText(theme) },
      title: summary,
    },
    canvasMeasure,
  );
  return { ...picture, period: yearRange(filters) };
}
