/**
 * Start-up: read the link (nothing in it is executed), load the default dataset, or the imported
 * one the link names, clean the view against it and hand both to the store. Failures become
 * messages in the app, never a blank page.
 */
import { useEffect } from 'react';
import type { Problem } from '../data/validate';
import type { ModelData } from '../model/dataset';
import { useAppStore } from '../state/store';
import { loadDefaultOffMainThread, openStoredDataset } from '../views/import/runImport';
import { cleanViewState, parseQuery, requestedDataset, DEFAULT_DATASET } from '../url';

export async function loadForLink(search: string) {
  const raw = parseQuery(search);
  const wanted = requestedDataset(raw);
  const notices: string[] = [];
  let loaded: { data: ModelData | null; problems: Problem[] } | null = null;
  let datasetId = DEFAULT_DATASET;
  if (wanted !== DEFAULT_DATASET) {
    // A kept dataset already holds every country it needs: the default one is not loaded.
    const stored = await openStoredDataset(wanted);
    if (stored.ok) {
      loaded = stored;
      datasetId = wanted;
    } else {
      notices.push(
        `The dataset "${wanted}" named in the link is not stored in this browser: showing the default dataset.`,
      );
    }
  }
  const { data, problems } = loaded ?? (await loadDefaultOffMainThread());
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
        if (live) setLoaded({ data, problems, view, notices, extras });
      },
      (error: unknown) => {
        if (live)
          setLoaded({
            data: null,
            problems: [{ file: 'dataset', message: String(error), severity: 'error' }],
          });
      },
    );
    return () => {
      live = false;
    };
  }, [setLoaded]);
}
