/**
 * Switch the app to a dataset: keep it in IndexedDB (so a reload keeps it and links can name it),
 * clean the current view against it, and hand it to the store.
 */
import type { ModelData } from '../../model/dataset';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../data/validate';
import { saveDataset } from '../../data/storage';
import { useAppStore } from '../../state/store';
import { cleanViewState, parseQuery, serialiseViewState, DEFAULT_DATASET } from '../../url';

export async function switchToDataset(
  data: ModelData,
  problems: Problem[],
  keep: { id: string; name: string; dataset: Dataset; description: string } | null,
  notices: string[] = [],
) {
  const state = useAppStore.getState();
  const messages = [...notices];
  if (keep) {
    const saved = await saveDataset({ ...keep, createdAt: new Date().toISOString() });
    if (!saved)
      messages.push(
        'This browser would not keep the imported dataset (no IndexedDB): it lasts until you reload.',
      );
  }
  let view = state.view;
  let extras = { ...state.extras, dataset: keep?.id ?? DEFAULT_DATASET, talk: [], present: null };
  if (state.data) {
    // The same view, cleaned against the new data: unknown ids dropped, years clamped.
    const cleaned = cleanViewState(parseQuery(serialiseViewState(state.view, state.data)), data);
    view = { ...cleaned.state, camera: null };
    extras = { ...extras, embed: cleaned.extras.embed };
  }
  // Values (SIPRI TIV) are the measure of choice when the new data has them.
  if (data.hasValues && !state.data?.hasValues)
    view = { ...view, display: { ...view.display, weight: 'value' } };
  if (!data.hasValues && view.display.weight === 'value')
    view = { ...view, display: { ...view.display, weight: 'deals' } };
  view = { ...view, filters: { ...view.filters, from: data.yearSpan[0], to: data.yearSpan[1] } };
  state.setLoaded(data, problems, view, messages, extras);
}
