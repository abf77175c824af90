/**
 * Start-up: read the link (nothing in it is executed), load the default dataset, or the imported
 * one the link names, clean the view against it and hand both to the store. Failures become
 * messages in the app, never a blank page.
 */
import { useEffect } from 'react';
import { loadDefaultDataset } from '../data/load';
import { loadDataset } from '../data/storage';
import { validateDataset, type Problem } from '../data/validate';
import { indexDataset, type ModelData } from '../model/dataset';
import type { Dataset } from '../model/types';
import { useAppStore } from '../state/store';
import { cleanViewState, parseQuery, requestedDataset, DEFAULT_DATASET } from '../url';

/** Validate an in-memory dataset (an import, or one kept in IndexedDB) and index it. */
export function indexValidated(
  dataset: Dataset,
  name: string,
): { data: ModelData; problems: Problem[] } {
  const { dataset: valid, problems } = validateDataset(
    (['countries', 'agreements', 'transfers', 'embargoes'] as const).map((kind) => ({
      kind,
      file: `${name} (${kind})`,
      json: { schemaVersion: 1, [kind]: dataset[kind] },
    })),
  );
  return { data: indexDataset({ ...valid, name }), problems };
}

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
