/**
 * A canvas under sigma's layers, moving with its camera: the world outline in the geographic
 * layout, and the hulls of multilateral agreements in hull mode.
 */
import type { Aggregate } from '../../model/aggregate';
import { useCallback, useEffect, useState } from 'react';
import type { EntenteSigma } from './sigmaTypes';
import { loadLandPath } from '../../data/land';
import type { EntenteGraph } from '../../model/graph';
import { useAggregate } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { themed } from '../../model/theme';
import { hullsOnScreen } from './hullShapes';
import { useCanvasTheme } from './theme';
import { useCanvasOverlay, type OverlayFrame } from './useCanvasOverlay';

/** The land outline, built once: a Path2D in projected coordinates (y pointing down). */
let landPath: Promise<Path2D | null> | null = null;
function loadLand(): Promise<Path2D | null> {
  landPath ??= loadLandPath().then((d) => (d ? new Path2D(d) : null));
  return landPath;
}

interface Props {
  sigma: EntenteSigma;
  /** The drawn graph, to redraw the hulls when it changes. */
  graph: EntenteGraph;
  /** Whose hulls to draw: the view's aggregate by default; a comparison pane passes its period's. */
  aggregate?: Aggregate | null;
}

export function BackgroundLayer({ sigma, graph, aggregate }: Props) {
  const [land, setLand] = useState<Path2D | null>(null);
  const layout = useAppStore((s) => s.view.display.layout);
  const multilateral = useAppStore((s) => s.view.display.multilateral);
  const data = useAppStore((s) => s.data);
  const viewAggregate = useAggregate();
  const agg = aggregate === undefined ? viewAggregate : aggregate;
  const theme = useCanvasTheme();

  useEffect(() => {
    let live = true;
    if (layout === 'geo') void loadLand().then((path) => live && setLand(path));
    return () => {
      live = false;
    };
  }, [layout]);

  const draw = useCallback(
    ({ ctx, ratio }: OverlayFrame) => {
      // Graph space -> screen is affine: read it off three points.
      const o = sigma.graphToViewport({ x: 0, y: 0 });
      const ex = sigma.graphToViewport({ x: 1, y: 0 });
      const ey = sigma.graphToViewport({ x: 0, y: 1 });
      const a = ex.x - o.x;
      const b = ex.y - o.y;
      const c = ey.x - o.x;
      const d = ey.y - o.y;
      const scale = Math.hypot(a, b) || 1;

      if (layout === 'geo' && land) {
        // Projected coordinates have y down; graph space has y up: flip with -c, -d.
        ctx.setTransform(ratio * a, ratio * b, -ratio * c, -ratio * d, ratio * o.x, ratio * o.y);
        ctx.fillStyle = theme.land;
        ctx.strokeStyle = theme.landStroke;
        ctx.lineWidth = 0.8 / scale;
        ctx.fill(land);
        ctx.stroke(land);
      }

      if (multilateral === 'hull' && agg && data) {
        // Shapes only: their names are placed with the node labels (LabelsController).
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        for (const hull of hullsOnScreen(sigma, data, agg, layout)) {
          const { kind, points, spokes } = hull;
          const color = themed(hull.color, theme.name);
          ctx.strokeStyle = color;
          if (kind === 'spokes') {
            ctx.globalAlpha = 0.55;
            ctx.lineWidth = 1.2;
            ctx.setLineDash([4, 3]);
            for (const path of spokes) {
              ctx.beginPath();
              path.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
              ctx.stroke();
            }
            ctx.setLineDash([]);
            ctx.globalAlpha = 1;
            continue;
          }
          ctx.beginPath();
          points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
          ctx.closePath();
          ctx.globalAlpha = 0.1;
          ctx.fillStyle = color;
          ctx.fill();
          ctx.globalAlpha = 0.7;
          ctx.lineWidth = 1.5;
          ctx.stroke();
          ctx.globalAlpha = 1;
        }
      }
    },
    [sigma, land, layout, multilateral, agg, data, theme],
  );
  useCanvasOverlay(sigma, 'background-layer', 'bottom', draw, graph);
  return null;
}
