/** Moving through a presentation: apply a step's view, animating the camera. */
import { reducedMotion } from '../../state/motion';
import { useAppStore } from '../../state/store';
import { serialiseViewState, viewFromQuery, type TalkStep } from '../../url';

const YEAR_TWEEN_MS = 700;
const YEAR_TWEEN_FRAMES = 10;
let tween: ReturnType<typeof setInterval> | null = null;

/**
 * Go to a step: the camera flies, and the years slide from the current period to the step's
 * (the network patches at each frame, so ties appear and fade as the years pass); other filters
 * change at once. With reduced motion, everything changes at once.
 */
export function goToStep(index: number) {
  const { data, extras, view, commit, addNotices, setFilters } = useAppStore.getState();
  const step = extras.talk[index];
  if (!data || !step) return;
  const { state, ignored } = viewFromQuery(step.query, data);
  if (tween) clearInterval(tween);
  tween = null;
  const start = view.filters;
  const target = state.filters;
  const sameMode = start.mode === target.mode;
  // With reduced motion the step's years and camera apply at once.
  const still = reducedMotion();
  const moves = sameMode && (start.from !== target.from || start.to !== target.to) && !still;
  commit(moves ? { ...state, filters: { ...target, from: start.from, to: start.to } } : state, {
    history: 'push',
    extras: { ...extras, present: index + 1 },
    camera: still ? 'jump' : 'fly',
  });
  if (ignored.length > 0) addNotices(ignored.map((m) => `Step ${index + 1}: ${m}`));
  if (!moves) return;
  let frame = 0;
  tween = setInterval(() => {
    frame++;
    const t = frame / YEAR_TWEEN_FRAMES;
    const lerp = (a: number, b: number) => Math.round(a + (b - a) * t);
    setFilters({ from: lerp(start.from, target.from), to: lerp(start.to, target.to) }, 'replace');
    if (frame >= YEAR_TWEEN_FRAMES && tween) {
      clearInterval(tween);
      tween = null;
    }
  }, YEAR_TWEEN_MS / YEAR_TWEEN_FRAMES);
}

export function startTalk(steps: TalkStep[]) {
  const { extras, setExtras } = useAppStore.getState();
  setExtras({ ...extras, talk: steps, present: 1 }, 'replace');
  goToStep(0);
}

export function exitPresentation() {
  if (tween) clearInterval(tween);
  tween = null;
  useAppStore.getState().setExtras({ present: null });
}

/** The current view as a step (its query, without the link extras). */
export function currentViewAsStep(title: string): TalkStep | null {
  const { data, view } = useAppStore.getState();
  if (!data) return null;
  return { title, query: serialiseViewState(view, data) };
}
