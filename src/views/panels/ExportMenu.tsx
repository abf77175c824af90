/**
 * The export menu: CSV of the filtered deals and of the aggregated edges, GEXF of the drawn graph,
 * Entente JSON of the dataset, the network as SVG and as PNG at twice the screen's size (both
 * with legend, filters, citation and link) and SVG of the timeline. The export code is loaded on the first click (dynamic import), so it stays
 * out of the initial bundle.
 */
import { useId, useState, useSyncExternalStore } from 'react';
import { loadLandPath } from '../../data/land';
import { yearRange } from '../../model/filters';
import { selectAggregate, selectSummary } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { getDrawnGraph, subscribeDrawnGraph } from '../network/graphRegistry';
import { useCanvasTheme } from '../network/theme';
import './data-view.css';

type ExportModule = typeof import('../../data/export');

/** Where the timeline draws its SVG (kept in step with data/export/svg.ts findTimelineSvgs). */
const TIMELINE_SVG = 'svg.tl-svg';

const CSV_TYPE = 'text/csv;charset=utf-8';
/** PNG pixels per screen pixel: sharp on slides and high-density screens. */
const PNG_SCALE = 2;

export function ExportMenu() {
  const hasData = useAppStore((s) => s.data !== null);
  const drawn = useSyncExternalStore(subscribeDrawnGraph, getDrawnGraph, () => null);
  const theme = useCanvasTheme();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const reasonId = useId();

  const run = async (label: string, job: (m: ExportModule) => Promise<string> | string) => {
    setBusy(label);
    setStatus(`Preparing ${label}…`);
    try {
      const m = await import('../../data/export');
      const fileName = await job(m);
      setStatus(`Saved ${fileName}.`);
    } catch (error) {
      setStatus(
        `${label} could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(null);
    }
  };

  /** Everything an export reads, taken at click time (no re-render on every store change). */
  const snapshot = () => {
    const s = useAppStore.getState();
    if (!s.data) throw new Error('no dataset is loaded');
    const data = s.data;
    const filters = s.view.filters;
    const agg = selectAggregate(data, filters, s.view.display.multilateral);
    const summary = selectSummary(data, s.view);
    return { data, filters, display: s.view.display, agg, summary, period: yearRange(filters) };
  };

  const exportDeals = () =>
    run('the deals', (m) => {
      const { data, agg, period } = snapshot();
      const name = m.exportFileName('deals', 'csv', period);
      m.downloadText(m.csvFileText(m.dealsTable(data, agg)), name, CSV_TYPE);
      return name;
    });

  const exportEdges = () =>
    run('the edges', (m) => {
      const { data, agg, period } = snapshot();
      const name = m.exportFileName('edges', 'csv', period);
      m.downloadText(m.csvFileText(m.edgesTable(data, agg)), name, CSV_TYPE);
      return name;
    });

  const exportGexf = () =>
    run('the graph', (m) => {
      const current = getDrawnGraph();
      if (!current) throw new Error('the network is not drawn');
      const { data, summary, period } = snapshot();
      const name = m.exportFileName('network', 'gexf', period);
      const gexf = m.graphToGexf(current.graph, data, {
        description: summary,
        date: m.isoDate(),
      });
      m.downloadText(gexf, name, 'application/gexf+xml;charset=utf-8');
      return name;
    });

  const exportJson = () =>
    run('the dataset', (m) => {
      const { data } = snapshot();
      const name = m.exportFileName('dataset', 'json', null, data.name);
      m.downloadText(m.datasetJson(data.dataset), name, 'application/json;charset=utf-8');
      return name;
    });

  /** The network as SVG, with the map's outline loaded first in the geographic layout. */
  const networkPicture = async () => {
    const geo = useAppStore.getState().view.display.layout === 'geo';
    const [{ currentViewSvg }, land] = await Promise.all([
      import('../export/viewSvg'),
      geo ? loadLandPath() : null,
    ]);
    return currentViewSvg(theme, land);
  };

  const exportSvg = () =>
    run('the vector image', async (m) => {
      const picture = await networkPicture();
      const name = m.exportFileName('network', 'svg', picture.period);
      m.downloadText(picture.svg, name, 'image/svg+xml;charset=utf-8');
      return name;
    });

  const exportPng = () =>
    run('the image', async (m) => {
      const picture = await networkPicture();
      const blob = await m.svgToPng(picture.svg, picture.width, picture.height, PNG_SCALE);
      const name = m.exportFileName('network', 'png', picture.period);
      m.downloadBlob(blob, name);
      return name;
    });

  const exportTimeline = () =>
    run('the timeline', (m) => {
      const svg = m.findTimelineSvgs();
      if (svg.length === 0) throw new Error('the timeline is not drawn');
      const { period } = snapshot();
      const name = m.exportFileName('timeline', 'svg', period);
      m.downloadText(m.serialiseSvg(svg, theme.background), name, 'image/svg+xml;charset=utf-8');
      return name;
    });

  const networkReason = drawn ? null : 'The network is not drawn yet.';
  const timelineReason = timelineDrawn ? null : 'Open the timeline to export it.';
  const disabled = !hasData || busy !== null;

  return (
    <details
      className="export-menu"
      onKeyDown={(e) => {
        // Escape closes the menu and returns focus to its button.
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
      onToggle={(e) => {
        if (e.currentTarget.open) setTimelineDrawn(document.querySelector(TIMELINE_SVG) !== null);
      }}
    >
      <summary>Export</summary>
      <div className="export-menu-body">
        <ul>
          <li>
            <button type="button" disabled={disabled} onClick={exportDeals}>
              Deals (CSV)
            </button>
          </li>
          <li>
            <button type="button" disabled={disabled} onClick={exportEdges}>
              Flows and ties (CSV)
            </button>
          </li>
          <li>
            <button
              type="button"
              disabled={disabled || networkReason !== null}
              aria-describedby={networkReason ? `${reasonId}-network` : undefined}
              onClick={exportGexf}
            >
              Network for Gephi (GEXF)
            </button>
          </li>
          <li>
            <button
              type="button"
              disabled={disabled || networkReason !== null}
              aria-describedby={networkReason ? `${reasonId}-network` : undefined}
              onClick={exportPng}
            >
              Network image (PNG, 2×)
            </button>
          </li>
          <li>
            <button
              type="button"
              disabled={disabled || networkReason !== null}
              aria-describedby={networkReason ? `${reasonId}-network` : undefined}
              onClick={exportSvg}
            >
              Network vector (SVG)
            </button>
          </li>
          <li>
            <button
              type="button"
              disabled={disabled || timelineReason !== null}
              aria-describedby={timelineReason ? `${reasonId}-timeline` : undefined}
              onClick={exportTimeline}
            >
              Timeline (SVG)
            </button>
          </li>
          <li>
            <button type="button" disabled={disabled} onClick={exportJson}>
              Dataset (Entente JSON)
            </button>
          </li>
        </ul>
        {networkReason && (
          <p className="hint" id={`${reasonId}-network`}>
            {networkReason}
          </p>
        )}
        {timelineReason && (
          <p className="hint" id={`${reasonId}-timeline`}>
            {timelineReason}
          </p>
        )}
        <p className="export-status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
