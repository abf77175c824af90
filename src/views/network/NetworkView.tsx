/**
 * The network view: one sigma instance for the life of the view, drawing one graphology graph at
 * a time (GraphController hands it a new one on every filter change). Controllers (components
 * that render nothing) each keep one concern in step with the store.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import {
  createGraph,
  type EdgeAttributes,
  type EntenteGraph,
  type NodeAttributes,
} from '../../model/graph';
import type { WeightMeasure } from '../../model/filters';
import { formatCount } from '../../model/format';
import { useGraphSpec } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { BackgroundLayer } from './BackgroundLayer';
import { EventMarksLayer } from './EventMarksLayer';
import { CameraController } from './CameraController';
import { EdgePickingController } from './EdgePickingController';
import { EventsController } from './EventsController';
import { FirstPictureNote } from './FirstPictureNote';
import { FitController } from './FitController';
import { GestureGuard } from './GestureGuard';
import { GraphController } from './GraphController';
import { LabelsController } from './LabelsController';
import { LayoutController, LayoutStore } from './LayoutController';
import { MotionController } from './MotionController';
import { OrientationController } from './OrientationController';
import { ReducersController } from './ReducersController';
import { prewarmLayoutWorker } from './forceLayout';
import { clearDrawnGraph, setDrawnGraph } from './graphRegistry';
import { getPlacedLabels } from './labelRegistry';
import { WORLD_BOX } from './positions';
import { CompareLayers } from './CompareLayers';
import { comparisonPaneOf } from './comparisonRegistry';

export function NetworkView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  /** The graph sigma starts with, empty; GraphController then hands it the ones to draw. */
  const [firstGraph] = useState<EntenteGraph>(() => createGraph());
  const [graph, setGraph] = useState<EntenteGraph>(firstGraph);
  const [layouts] = useState(() => new LayoutStore());
  const layoutPhase = useSyncExternalStore(layouts.subscribe, layouts.getPhase);
  const [layoutStatus, setLayoutStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const hasData = useAppStore((s) => s.data !== null);
  const drawn = useAppStore((s) => s.drawn);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // The layout worker loads while the dataset does.
    prewarmLayoutWorker();
    let instance: Sigma<NodeAttributes, EdgeAttributes> | null = null;
    let stopObserving = () => {};
    try {
      instance = new Sigma<NodeAttributes, EdgeAttributes>(firstGraph, container, {
        allowInvalidContainer: true,
        // Edges are picked along their drawn shapes by EdgePickingController.
        enableEdgeEvents: false,
        zIndex: true,
        renderEdgeLabels: false,
        defaultEdgeType: 'line',
        edgeProgramClasses: {
          line: EdgeRectangleProgram,
          arrow: EdgeArrowProgram,
          curvedArrow: EdgeCurvedArrowProgram,
        },
        labelFont: 'system-ui, sans-serif',
        labelSize: 12,
        labelWeight: '500',
        labelDensity: 0.9,
        labelGridCellSize: 90,
        labelRenderedSizeThreshold: 7,
        minCameraRatio: 0.03,
        maxCameraRatio: 4,
        stagePadding: 24,
      });
      // One fixed frame for every layout and filter: filtering never rescales the picture.
      instance.setCustomBBox({ x: WORLD_BOX.x, y: WORLD_BOX.y });
      setSigma(instance);
      // sigma resizes only on a window resize or a render: a container that changes size with
      // the layout (a sheet, a notice, a presentation) must be redrawn at its new size. Unless a
      // render has already drawn it at that size (each render measures the container first): a
      // second full frame would change nothing (a new dataset's notices come with a render).
      const observer =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver(() => {
              if (!instance) return;
              const drawn = instance.getDimensions();
              if (drawn.width !== container.offsetWidth || drawn.height !== container.offsetHeight)
                instance.scheduleRender();
            });
      observer?.observe(container);
      stopObserving = () => observer?.disconnect();
      // A read-only handle for browser tests and curious users in the console.
      const handle = instance;
      (window as unknown as { entente?: object }).entente = {
        sigma: handle,
        get graph() {
          return handle.getGraph();
        },
        labels: () => getPlacedLabels(handle),
        /** Side by side: the comparison period's pane, read the same way. */
        get comparison() {
          const pane = comparisonPaneOf(handle);
          return pane
            ? { sigma: pane, graph: pane.getGraph(), labels: () => getPlacedLabels(pane) }
            : null;
        },
      };
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    return () => {
      stopObserving();
      if (instance) clearDrawnGraph(instance);
      instance?.kill();
      setSigma(null);
    };
  }, [firstGraph]);

  // Exports read the drawn graph from the registry.
  useEffect(() => {
    if (sigma) setDrawnGraph(graph, sigma);
  }, [sigma, graph]);
  const onGraph = useCallback((next: EntenteGraph) => setGraph(next), []);

  return (
    <div
      className="network"
      data-drawn-nodes={drawn.nodes}
      data-drawn-edges={drawn.edges}
      data-layout-ready={String(drawn.layoutReady)}
    >
      <div
        ref={containerRef}
        className="sigma-container"
        data-testid="network-canvas"
        tabIndex={0}
        role="img"
        aria-label="Network of states, alliances and arms transfers. Arrow keys pan, plus and minus zoom, 0 fits the picture."
      />
      {error && (
        <p className="canvas-message" role="alert">
          The network cannot be drawn in this browser (WebGL is needed): {error}
        </p>
      )}
      {sigma && hasData && (
        <>
          <LayoutController sigma={sigma} layouts={layouts} onStatus={setLayoutStatus} />
          <GraphController
            sigma={sigma}
            layouts={layouts}
            layoutKnown={layoutPhase !== 'pending'}
            onGraph={onGraph}
          />
          <CompareLayers sigma={sigma} graph={graph} layouts={layouts} />
          <ReducersController sigma={sigma} />
          <LabelsController sigma={sigma} />
          <EventsController sigma={sigma} />
          <EdgePickingController sigma={sigma} />
          <OrientationController sigma={sigma} />
          <CameraController sigma={sigma} />
          <FitController sigma={sigma} layouts={layouts} />
          <MotionController sigma={sigma} />
          <GestureGuard sigma={sigma} />
          <BackgroundLayer sigma={sigma} graph={graph} />
          <EventMarksLayer sigma={sigma} graph={graph} />
        </>
      )}
      {layoutStatus && (
        <p className="layout-status" role="status">
          {layoutStatus}
        </p>
      )}
      {layoutPhase !== 'pending' && <EmptyMessage />}
      <FirstPictureNote otherwise={<FlowNote />} />
    </div>
  );
}

/** Says in words when the filters leave nothing to draw. */
function EmptyMessage() {
  const empty = useAppStore((s) => s.status === 'ready' && s.drawn.nodes === 0);
  if (!empty) return null;
  return (
    <p className="canvas-message" role="status">
      Nothing to show: no state has a tie that matches these filters in this period. Widen the years
      or turn on more kinds of ties.
    </p>
  );
}

const WEIGHT_WORDS: Record<WeightMeasure, string> = {
  value: 'of the value, SIPRI TIV',
  units: 'of the units',
  deals: 'of the deals',
};

/** Says what the strongest-flows limit leaves out, and how to see it. */
function FlowNote() {
  const flows = useGraphSpec()?.flows;
  const weight = useAppStore((s) => s.view.display.weight);
  const setDisplay = useAppStore((s) => s.setDisplay);
  if (!flows || flows.drawn >= flows.total) return null;
  const share =
    flows.totalWeight > 0 ? Math.round((100 * flows.drawnWeight) / flows.totalWeight) : 0;
  return (
    <p className="flow-note" role="status">
      Drawn: the {formatCount(flows.drawn)} strongest of {formatCount(flows.total)} arms flows (
      {share} % {WEIGHT_WORDS[weight]}). The others count in sizes and rankings; see them with
      &ldquo;Arms flows drawn&rdquo; in Filters, or{' '}
      <button type="button" className="link-button" onClick={() => setDisplay({ flows: 'all' })}>
        show all {formatCount(flows.total)}
      </button>
      .
    </p>
  );
}
