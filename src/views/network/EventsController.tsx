/**
 * Turns pointer and keyboard events on the canvas into store actions. Clicks and hovers on edges
 * (and clicks on the empty stage) are EdgePickingController's.
 */
import { useEffect } from 'react';
import { fitDrawnGraph } from './FitController';
import { moveCamera } from './moveCamera';
import type { EntenteSigma } from './sigmaTypes';
import { parseNodeKey } from '../../model/keys';
import { useAppStore } from '../../state/store';

interface Props {
  sigma: EntenteSigma;
}

export function EventsController({ sigma }: Props) {
  const hover = useAppStore((s) => s.hover);
  const select = useAppStore((s) => s.select);

  useEffect(() => {
    const container = sigma.getContainer();
    const onEnterNode = ({ node }: { node: string }) => {
      hover(node);
      container.style.cursor = 'pointer';
    };
    const onLeave = () => {
      hover(null);
      container.style.cursor = '';
    };
    const onClickNode = ({ node }: { node: string }) =>
      // A node selects its state, or the agreement of a hub.
      select(parseNodeKey(node));
    sigma.on('enterNode', onEnterNode);
    sigma.on('leaveNode', onLeave);
    sigma.on('clickNode', onClickNode);
    return () => {
      sigma.off('enterNode', onEnterNode);
      sigma.off('leaveNode', onLeave);
      sigma.off('clickNode', onClickNode);
    };
  }, [sigma, hover, select]);

  // Keyboard on the focused canvas: arrows pan, + and - zoom, 0 fits the drawn graph again.
  useEffect(() => {
    const container = sigma.getContainer();
    const onKey = (event: KeyboardEvent) => {
      const camera = sigma.getCamera();
      const state = camera.getState();
      const step = 0.08 * state.ratio;
      // Arrows pan the way they point on screen, also with the camera turned (orientation.ts).
      const { width, height } = sigma.getDimensions();
      const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
      const pan = (dx: number, dy: number) => {
        const toward = sigma.viewportToFramedGraph({ x: width / 2 + dx, y: height / 2 + dy });
        const length = Math.hypot(toward.x - centre.x, toward.y - centre.y) || 1;
        return {
          x: state.x + (step * (toward.x - centre.x)) / length,
          y: state.y + (step * (toward.y - centre.y)) / length,
        };
      };
      const moves: Record<string, Partial<typeof state>> = {
        ArrowLeft: pan(-1, 0),
        ArrowRight: pan(1, 0),
        ArrowUp: pan(0, -1),
        ArrowDown: pan(0, 1),
        '+': { ratio: state.ratio / 1.3 },
        '=': { ratio: state.ratio / 1.3 },
        '-': { ratio: state.ratio * 1.3 },
      };
      if (event.key === '0') {
        event.preventDefault();
        fitDrawnGraph(sigma, null, 150);
        return;
      }
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      moveCamera(camera, { ...state, ...move }, 150);
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [sigma]);

  return null;
}
