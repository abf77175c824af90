/** Moving through a presentation: apply a step's view, animating the camera. */
import { useAppStore } from '../../state/store';
import { serialiseViewState, viewFromQuery, type TalkStep } from '../../url';

export function goToStep(index: number) {
  const { data, extras, replaceView, setAnimateCamera, addNotices } = useAppStore.getState();
  const step = extras.talk[index];
  if (!data || !step) return;
  const { state, ignored } = viewFromQuery(step.query, data);
  setAnimateCamera(true);
  replaceView(state, 'push', { ...extras, present: index + 1 });
  if (ignored.length > 0) addNotices(ignored.map((m) => `Step ${index + 1}: ${m}`));
}

export function startTalk(steps: TalkStep[]) {
  const { extras, setExtras } = useAppStore.getState();
  setExtras({ ...extras, talk: steps, present: 1 }, 'replace');
  goToStep(0);
}

export function exitPresentation() {
  useAppStore.getState().setExtras({ present: null });
}

/** The current view as a step (its query, without the link extras). */
export function currentViewAsStep(title: string): TalkStep | null {
  const { data, view } = useAppStore.getState();
  if (!data) return null;
  return { title, query: serialiseViewState(view, data) };
}
