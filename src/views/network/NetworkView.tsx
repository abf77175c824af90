/**
 * The network view: one sigma instance on one graphology graph that lives as long as the view.
 * Controllers (components that render nothing) each keep one concern in step with the store.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import {
  createGraph,
  type EdgeAttributes,
  type EntenteGraph,
  type NodeAttributes,
} from '../../model/graph';
import { useAppStore } from '../../state/store';
import { BackgroundLayer } from './BackgroundLayer';
import { CameraController } from './CameraController';
import { EventsController } from './EventsController';
import { GestureGuard } from './GestureGuard';
import { GraphController } from './GraphController';
import { LayoutController, LayoutStore } from './LayoutController';
import { MotionController } from './MotionController';
import { ReducersController } from './ReducersController';
import { clearDrawnGraph, setDrawnGraph } from './graphRegistry';
import { WORLD_BOX } from './positions';

export function NetworkView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const [graph] = useState<EntenteGraph>(() => createGraph());
  const [layouts] = useState(() => new LayoutStore());
  const [layoutStatus, setLayoutStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const hasData = useAppStore((s) => s.data !== null);
  const drawn = useAppStore((s) => s.drawn);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: Sigma<NodeAttributes, EdgeAttributes> | null = null;
    let stopObserving = () => {};
    try {
      instance = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
        allowInvalidContainer: true,
        enableEdgeEvents: true,
        zIndex: true,
        renderEdgeLabels: false,
        defaultEdgeType: 'line',
        edgeProgramClasses: { line: EdgeRectangleProgram, curvedArrow: EdgeCurvedArrowProgram },
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
      setDrawnGraph(graph, instance);
      // sigma resizes only on a window resize or a render: a container that changes size with
      // the layout (a sheet, a notice, a presentation) must be redrawn at its new size.
      const observer =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver(() => instance?.scheduleRender());
      observer?.observe(container);
      stopObserving = () => observer?.disconnect();
      // A read-only handle for browser tests and curious users in the console.
      (window as unknown as { entente?: object }).entente = { sigma: instance, graph };
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    return () => {
      stopObserving();
      if (instance) clearDrawnGraph(instance);
      instance?.kill();
      setSigma(null);
    };
  }, [graph]);

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
          <LayoutController
            sigma={sigma}
            graph={graph}
            layouts={layouts}
            onStatus={setLayoutStatus}
          />
          <GraphController sigma={sigma} graph={graph} layouts={layouts} />
          <ReducersController sigma={sigma} graph={graph} />
          <EventsController sigma={sigma} graph={graph} />
          <CameraController sigma={sigma} />
          <MotionController sigma={sigma} />
          <GestureGuard sigma={sigma} />
          <BackgroundLayer sigma={sigma} graph={graph} />
        </>
      )}
      {layoutStatus && (
        <p className="layout-status" role="status">
          {layoutStatus}
        </p>
      )}
      <EmptyMessage />
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
