/**
 * Start-up: read the link (nothing in it is executed), load the default dataset, or the imported
 * one the link names, clean the view against it and hand both to the store. Failures become
 * messages in the app, never a blank page.
 */
import { useEffect } from 'react';
import { loadDefaultDataset } from '../data/load';
import { loadDataset } from '../data/storage';
import { useAppStore } from '../state/store';
import { indexValidated } from '../data/datasetIndex';
import { cleanViewState, parseQuery, requestedDataset, DEFAULT_DATASET } from '../url';

export async function loadForLink(search: string) {
  const raw = parseQuery(search);
  const wanted = requestedDataset(raw);
  const notices: string[] = [];
  let { data, problems } = await loadDefaultDataset();
  let datasetId = DEFAULT_DATASET;
  if (wanted !== DEFAULT_DATASET) {
    const stored = await loadDataset(wanted);
    if (stored) {
      ({ data, problems } = indexValidated(stored.dataset, stored.name));
      datasetId = stored.id;
    } else {
      notices.push(
        `The dataset "${wanted}" named in the link is not stored in this browser: showing the default dataset.`,
      );
    }
  }
  if (!data) return { data, problems, notices };
  const cleaned = cleanViewState(raw, data);
  return {
    data,
    problems,
    view: cleaned.state,
    notices: [...notices, ...cleaned.ignored],
    extras: { ...cleaned.extras, dataset: datasetId },
  };
}

export function useStartup() {
  const setLoaded = useAppStore((s) => s.setLoaded);
  useEffect(() => {
    let live = true;
    loadForLink(window.location.search).then(
      ({ data, problems, view, notices, extras }) => {
        if (live) setLoaded(data, problems, view, notices, extras);
      },
      (error: unknown) => {
        if (live) setLoaded(null, [{ file: 'dataset', message: String(error), severity: 'error' }]);
      },
    );
    return () => {
      live = false;
    };
  }, [setLoaded]);
}
