/**
 * Switch the app to a dataset (the default one, or one kept in IndexedDB under `datasetId`, which
 * the link then names): clean the current view against it and hand both to the store.
 */
import type { ModelData } from '../../model/dataset';
import type { Problem } from '../../data/problem';
import { useAppStore } from '../../state/store';
import { cleanViewState, parseQuery, serialiseViewState, DEFAULT_DATASET } from '../../url';

export function switchToDataset(
  data: ModelData,
  problems: Problem[],
  datasetId: string = DEFAULT_DATASET,
  notices: string[] = [],
) {
  const state = useAppStore.getState();
  let view = state.view;
  let extras = {
    ...state.extras,
    dataset: datasetId,
    datasetName: null,
    source: null,
    talk: [],
    present: null,
  };
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
  state.setLoaded({ data, problems, view, notices, extras });
}
