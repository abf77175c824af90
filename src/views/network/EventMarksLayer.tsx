/**
 * Events on the network, drawn on a canvas of their own under sigma's nodes (no new edges): a
 * small badge at the middle of a tie whose two states met, signed or decided together in the
 * period (only the selection's ties while something is selected), and, when asked for
 * (`halos=1`), a ring round each state that hosted exhibitions, wider the more it held. The
 * counts are also on the canvas as data attributes (browser tests).
 */
import { useCallback, useMemo } from 'react';
import { compileFilters } from '../../model/compileFilters';
import { badgeStates, eventMarks } from '../../model/eventMarks';
import type { EntenteGraph } from '../../model/graph';
import { useAppStore } from '../../state/store';
import type { EntenteSigma } from './sigmaTypes';
import { useCanvasTheme } from './theme';
import { useCanvasOverlay, type OverlayFrame } from './useCanvasOverlay';

export function EventMarksLayer({ sigma, graph }: { sigma: EntenteSigma; graph: EntenteGraph }) {
  const data = useAppStore((s) => s.data);
  const filters = useAppStore((s) => s.view.filters);
  const halos = useAppStore((s) => s.view.display.halos);
  const selection = useAppStore((s) => s.view.selection);
  const theme = useCanvasTheme();
  // With something selected, only its ties keep their badges (the rest is dimmed); once per
  // selection, not per frame.
  const chosen = useMemo(() => (data ? badgeStates(data, selection) : null), [data, selection]);
  const marks = useMemo(
    () => (data ? eventMarks(data, compileFilters(data, filters)) : null),
    [data, filters],
  );

  const draw = useCallback(
    ({ ctx, canvas }: OverlayFrame) => {
      if (!data || !marks) return;
      // The graph sigma draws right now (`graph` may lag behind it by one React render).
      const drawn = sigma.getGraph();
      const at = (country: number) => {
        const key = data.countries[country]!.id;
        if (!drawn.hasNode(key)) return null;
        const attrs = drawn.getNodeAttributes(key);
        return { ...sigma.graphToViewport(attrs), size: sigma.scaleSize(attrs.size ?? 4) };
      };

      let rings = 0;
      if (halos && filters.eventKinds?.includes('exhibition') !== false) {
        const color = theme.palette.eventKinds.exhibition;
        for (const [host, count] of marks.exhibitionHosts) {
          const p = at(host);
          if (!p) continue;
          rings++;
          ctx.beginPath();
          ctx.arc(p.x, p.y, p.size + 3 + Math.min(6, Math.sqrt(count) * 1.5), 0, 2 * Math.PI);
          ctx.globalAlpha = 0.35;
          ctx.fillStyle = color;
          ctx.fill();
          ctx.globalAlpha = 0.9;
          ctx.strokeStyle = color;
          ctx.lineWidth = 1.5;
          ctx.stroke();
        }
        ctx.globalAlpha = 1;
      }

      let badges = 0;
      const ink = theme.palette.eventKinds.visit;
      for (const tie of marks.ties) {
        const a = at(tie.a);
        const b = at(tie.b);
        const keyA = data.countries[tie.a]!.id;
        const keyB = data.countries[tie.b]!.id;
        if (!a || !b || !drawn.areNeighbors(keyA, keyB)) continue;
        if (
          chosen &&
          (chosen.touching
            ? !chosen.states.has(keyA) && !chosen.states.has(keyB)
            : !chosen.states.has(keyA) || !chosen.states.has(keyB))
        )
          continue;
        badges++;
        // A small diamond on the middle of the tie, outlined in the canvas colour.
        const x = (a.x + b.x) / 2;
        const y = (a.y + b.y) / 2;
        const r = 3.5 + Math.min(2.5, tie.events.length / 3);
        ctx.beginPath();
        ctx.moveTo(x, y - r);
        ctx.lineTo(x + r, y);
        ctx.lineTo(x, y + r);
        ctx.lineTo(x - r, y);
        ctx.closePath();
        ctx.fillStyle = ink;
        ctx.strokeStyle = theme.background;
        ctx.lineWidth = 1.2;
        ctx.fill();
        ctx.stroke();
      }
      canvas.dataset.badges = String(badges);
      canvas.dataset.halos = String(rings);
    },
    [sigma, data, marks, filters, halos, chosen, theme],
  );
  // Above the edges, under the nodes and labels.
  useCanvasOverlay(sigma, 'event-marks-layer', 'under-nodes', draw, graph);
  return null;
}
