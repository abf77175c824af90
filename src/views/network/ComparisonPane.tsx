/**
 * Side by side (`compare=side`): the comparison period's network in a second pane beside the
 * view's, drawn from the same filters and display options, every state at the place it has in the
 * view's network (or in the layout, when the view's period does not draw it), and one shared
 * camera: panning or zooming either pane moves both. Each pane is titled with its period; the
 * earlier period is on the left (on top on a phone).
 *
 * Both sigma instances frame the same box (WORLD_BOX), so one camera state shows the same places in
 * both; the pane follows the view's node positions as they move (the force layout arriving, a
 * layout switch). It runs the view's own controllers for emphasis, labels (the same placement),
 * hover and clicks: a state hovered or selected in either pane is lit in both; and the view's
 * background, so on the map it has the land, and in hull mode its own period's hulls.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import { BackgroundLayer } from './BackgroundLayer';
import { comparisonPaneOf, setComparisonPane } from './comparisonRegistry';
import { EdgePickingController } from './EdgePickingController';
import { EventsController } from './EventsController';
import { LabelsController } from './LabelsController';
import { ReducersController } from './ReducersController';
import { periodAggregate } from '../../model/compare';
import { orderPeriods, periodLabel } from '../../model/comparePeriod';
import { yearRange } from '../../model/filters';
import {
  buildGraph,
  buildGraphSpec,
  createGraph,
  type EdgeAttributes,
  type EntenteGraph,
  type NodeAttributes,
} from '../../model/graph';
import { useAppStore } from '../../state/store';
import { currentPositions, type LayoutStore } from './LayoutController';
import type { EntenteSigma } from './sigmaTypes';
import { WORLD_BOX, type Positions } from './positions';

const ORIGIN = { x: 0, y: 0 };

/** Where a node of the comparison stands: where the view draws it, else where the layout puts it. */
function placeOf(main: EntenteGraph, positions: Positions | null, key: string) {
  return main.hasNode(key)
    ? { x: main.getNodeAttribute(key, 'x'), y: main.getNodeAttribute(key, 'y') }
    : (positions?.get(key) ?? ORIGIN);
}

interface Props {
  sigma: EntenteSigma;
  /** The graph the view's sigma draws (a new one on every filter change). */
  graph: EntenteGraph;
  layouts: LayoutStore;
}

export function ComparisonPane({ sigma, graph: main, layouts }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<EntenteSigma | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const display = useAppStore((s) => s.view.display);
  const period = useAppStore((s) => s.view.compare.period);

  // The pane's own sigma, for the life of the pane.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: EntenteSigma | null = null;
    try {
      // The view's own settings (programs, zoom limits); the pane's own controllers (below) then
      // set its reducers and labels.
      instance = new Sigma<NodeAttributes, EdgeAttributes>(createGraph(), container, {
        ...sigma.getSettings(),
        nodeReducer: null,
        edgeReducer: null,
        enableEdgeEvents: false,
      });
      // The view's frame: the same camera state shows the same places in both panes.
      instance.setCustomBBox(sigma.getCustomBBox() ?? { x: WORLD_BOX.x, y: WORLD_BOX.y });
      setComparisonPane(sigma, instance);
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
      if (comparisonPaneOf(sigma) === instance) setComparisonPane(sigma, null);
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

  // The comparison period: its aggregate (the hulls behind the pane draw from it too) and its
  // graph, placed as the view's.
  const aggregate = useMemo(
    () => (data && period ? periodAggregate(data, filters, period, display.multilateral) : null),
    [data, filters, period, display.multilateral],
  );
  const graph = useMemo(() => {
    if (!data || !aggregate) return null;
    const spec = buildGraphSpec(data, aggregate, display);
    const positions = currentPositions(layouts, display.layout);
    // The view's reducers theme the colours (ReducersController below), as in the view.
    return buildGraph(spec, (key) => placeOf(main, positions, key));
  }, [main, layouts, data, aggregate, display]);
  useEffect(() => {
    if (!pane || !graph) return;
    pane.setGraph(graph);
    // For browser tests, as the view's own pane reports it.
    paneRef.current?.setAttribute('data-drawn-nodes', String(graph.order));
  }, [pane, graph]);

  // Follow the view's nodes as they move (streamed or arriving layout, a layout switch), at most
  // once a frame, in one update of the pane's graph.
  useEffect(() => {
    if (!pane) return;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const positions = currentPositions(layouts, useAppStore.getState().view.display.layout);
      pane.getGraph().updateEachNodeAttributes(
        (key, attrs) => {
          const p = placeOf(main, positions, key);
          attrs.x = p.x;
          attrs.y = p.y;
          return attrs;
        },
        { attributes: ['x', 'y'] },
      );
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(follow);
    };
    main.on('eachNodeAttributesUpdated', schedule);
    main.on('nodeAttributesUpdated', schedule);
    return () => {
      main.off('eachNodeAttributesUpdated', schedule);
      main.off('nodeAttributesUpdated', schedule);
      cancelAnimationFrame(frame);
    };
  }, [pane, main, layouts]);

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
      {pane && (
        <>
          <ReducersController sigma={pane} />
          {graph && <BackgroundLayer sigma={pane} graph={graph} aggregate={aggregate} />}
          <LabelsController sigma={pane} aggregate={aggregate} />
          <EventsController sigma={pane} />
          <EdgePickingController sigma={pane} />
        </>
      )}
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
