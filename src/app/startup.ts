/**
 * Start-up: read the link (nothing in it is executed), load the default dataset, or the imported
 * one the link names, or the dataset file it names (`src`, see views/source), clean the view
 * against it and hand both to the store. Failures become
 * messages in the app, never a blank page.
 */
import { useEffect } from 'react';
import type { Problem } from '../data/problem';
import type { ModelData } from '../model/dataset';
import { firstPictureOf } from '../model/datasetFigures';
import { useAppStore } from '../state/store';
import { loadDefaultOffMainThread, openStoredDataset } from '../views/import/runImport';
import { openSourceAtStart } from '../views/source/openSource';
import { useSourceStore } from '../views/source/sourceStore';
import {
  cleanViewState,
  parseQuery,
  rawScalar,
  requestedDataset,
  requestedSource,
  DATASET_NAME_MAX_CHARS,
  DEFAULT_DATASET,
  LEADING_EXTRA_KEYS,
  TRAILING_EXTRA_KEYS,
  type RawViewState,
} from '../url';

const EXTRA_KEYS: readonly string[] = [...LEADING_EXTRA_KEYS, ...TRAILING_EXTRA_KEYS];

/** A link that names no view key (nor a presentation) opens the first picture. */
function namesNoView(raw: RawViewState): boolean {
  return !Object.keys(raw).some(
    (key) => key !== 'notes' && (!EXTRA_KEYS.includes(key) || key === 'talk' || key === 'present'),
  );
}

export async function loadForLink(search: string) {
  const raw = parseQuery(search);
  const source = requestedSource(raw);
  // A dataset file (`src`) wins over a kept dataset (`data`).
  const wanted = source === null ? requestedDataset(raw) : DEFAULT_DATASET;
  let loaded: { data: ModelData | null; problems: Problem[] } | null = null;
  let datasetId = DEFAULT_DATASET;
  if (wanted !== DEFAULT_DATASET) {
    // A kept dataset already holds every country it needs: the default one is not loaded.
    const stored = await openStoredDataset(wanted);
    if (stored.ok) {
      loaded = stored;
      datasetId = wanted;
    } else {
      useSourceStore.getState().setMissing({
        id: wanted,
        name: rawScalar(raw, 'dataname')?.slice(0, DATASET_NAME_MAX_CHARS) || null,
      });
    }
  }
  const { data, problems } = loaded ?? (await loadDefaultOffMainThread());
  if (!data) return { data, problems, notices: [], view: undefined, extras: undefined };
  if (source !== null) return openSourceAtStart(raw, source, { data, problems });
  const cleaned = cleanViewState(raw, data);
  return {
    data,
    problems,
    view: namesNoView(raw) ? firstPictureOf(data) : cleaned.state,
    notices: cleaned.ignored,
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
