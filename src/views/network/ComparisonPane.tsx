/**
 * Side by side (`compare=side`): the comparison period's network in a second pane beside the
 * view's, drawn from the same filters and display options, every state at the place it has in the
 * view's network (or in the layout, when the view's period does not draw it), and one shared
 * camera: panning or zooming either pane moves both. Each pane is titled with its period; the
 * earlier period is on the left (on top on a phone).
 */
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { periodAggregate } from '../../model/compare';
import { orderPeriods, periodLabel } from '../../model/comparePeriod';
import { yearRange } from '../../model/filters';
import {
  buildGraph,
  buildGraphSpec,
  createGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from '../../model/graph';
import { themed } from '../../model/theme';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';
import type { EntenteSigma } from './sigmaTypes';
import { useCanvasTheme } from './theme';
import { WORLD_BOX } from './positions';

const ORIGIN = { x: 0, y: 0 };

export function ComparisonPane({ sigma, layouts }: { sigma: EntenteSigma; layouts: LayoutStore }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<EntenteSigma | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const display = useAppStore((s) => s.view.display);
  const period = useAppStore((s) => s.view.compare.period);
  const theme = useCanvasTheme();

  // The pane's own sigma, for the life of the pane.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: EntenteSigma | null = null;
    try {
      // The view's own settings (programs, labels, zoom limits), without its emphasis reducers.
      instance = new Sigma<NodeAttributes, EdgeAttributes>(createGraph(), container, {
        ...sigma.getSettings(),
        nodeReducer: null,
        edgeReducer: null,
        enableEdgeEvents: false,
      });
      instance.setCustomBBox({ x: WORLD_BOX.x, y: WORLD_BOX.y });
      setPane(instance);
    } catch {
      // No WebGL: the view's own pane says so.
    }
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => instance?.scheduleRender());
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      instance?.kill();
      setPane(null);
    };
  }, [sigma]);

  // One shared camera: each pane follows the other (a guard stops the echo).
  useEffect(() => {
    if (!pane) return;
    const a = sigma.getCamera();
    const b = pane.getCamera();
    let syncing = false;
    const follow = (from: typeof a, to: typeof b) => () => {
      if (syncing) return;
      syncing = true;
      to.setState(from.getState());
      syncing = false;
    };
    const aToB = follow(a, b);
    const bToA = follow(b, a);
    aToB();
    a.on('updated', aToB);
    b.on('updated', bToA);
    return () => {
      a.off('updated', aToB);
      b.off('updated', bToA);
    };
  }, [sigma, pane]);

  // The comparison period's graph, placed as the view's.
  useEffect(() => {
    if (!pane || !data || !period) return;
    const agg = periodAggregate(data, filters, period, display.multilateral);
    const spec = buildGraphSpec(data, agg, display);
    const main = sigma.getGraph();
    const positions = currentPositions(layouts, display.layout);
    const graph = buildGraph(spec, (key) =>
      main.hasNode(key)
        ? { x: main.getNodeAttribute(key, 'x'), y: main.getNodeAttribute(key, 'y') }
        : (positions?.get(key) ?? ORIGIN),
    );
    if (theme.dark) {
      graph.updateEachNodeAttributes((_k, a) => ({ ...a, color: themed(a.color, theme.name) }));
      graph.updateEachEdgeAttributes((_k, a) => ({ ...a, color: themed(a.color, theme.name) }));
    }
    pane.setGraph(graph);
    // For browser tests, as the view's own pane reports it.
    paneRef.current?.setAttribute('data-drawn-nodes', String(graph.order));
    pane.setSetting('labelColor', { color: theme.label });
  }, [pane, sigma, layouts, data, filters, display, period, theme]);

  if (!period) return null;
  const [from, to] = yearRange(filters);
  const order = orderPeriods({ from, to }, period);
  return (
    <div
      className={`comparison-pane comparison-pane-${order.viewIs === 'after' ? 'before' : 'after'}`}
      data-testid="comparison-pane"
      ref={paneRef}
    >
      <div
        ref={containerRef}
        className="comparison-canvas"
        role="img"
        aria-label={`The network in ${periodLabel(period)}, beside ${periodLabel({ from, to })}`}
      />
      <p className="pane-title">{periodLabel(period)}</p>
    </div>
  );
}

/** The view's own pane's title, when side by side. */
export function ViewPaneTitle() {
  const mode = useAppStore((s) => s.view.compare.mode);
  const period = useAppStore((s) => s.view.compare.period);
  const filters = useAppStore((s) => s.view.filters);
  if (mode !== 'side' || !period) return null;
  const [from, to] = yearRange(filters);
  const order = orderPeriods({ from, to }, period);
  return (
    <p className={`pane-title view-pane-title view-pane-${order.viewIs}`}>
      {periodLabel({ from, to })}
    </p>
  );
}
