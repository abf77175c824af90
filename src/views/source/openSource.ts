/**
 * Datasets by link: open the Entente JSON file a link names (`src`) on top of the dataset already
 * loaded, after the reader agreed when it is on another site. The file goes through the import
 * pipeline like any import (in the worker: parsed, validated, combined, indexed); a failure
 * leaves the loaded data as it was and says where the file is wrong. Nothing is kept in the
 * browser unless the reader asks (`keepSource`).
 */
import type { CombineMode } from '../../model/combine';
import type { ModelData } from '../../model/dataset';
import { fetchSource, planSource, type SourcePlan } from '../../data/sourceLink';
import { newDatasetId } from '../../data/storage';
import type { Problem } from '../../data/problem';
import { useAppStore } from '../../state/store';
import { cleanViewState, type RawViewState, type ViewExtras } from '../../url';
import { runImport } from '../import/runImport';
import { useSourceStore, type AllowedPlan, type SourceError } from './sourceStore';

type Opened =
  | { ok: true; data: ModelData; problems: Problem[]; warnings: string[] }
  | { ok: false; error: SourceError };

/** The bytes of the last file opened, for "Keep in this browser" (the worker takes its copy). */
let lastFile: {
  plan: AllowedPlan;
  bytes: Uint8Array;
  mode: CombineMode | 'by-records';
} | null = null;

/** Fetch, check and import the file of an allowed plan on top of `base`. */
async function openFile(plan: AllowedPlan, base: ModelData): Promise<Opened> {
  const setStatus = useSourceStore.getState().setStatus;
  setStatus({ kind: 'loading', plan, fraction: 0 });
  const fetched = await fetchSource(plan);
  if (!fetched.ok) return { ok: false, error: { file: plan.fileName, message: fetched.message } };
  // The worker takes the bytes: keep a copy for "Keep in this browser".
  const bytes = fetched.bytes.slice();
  // Recognising and combining the file happen in the worker too: a large file makes no long
  // task here. Only Entente JSON opens by link; the worker refuses other kinds, saying what
  // they look like, and combines the file the way its records ask for by default.
  const outcome = await runImport(
    {
      files: [{ name: plan.fileName, bytes: fetched.bytes }],
      current: base.dataset,
      mode: 'by-records',
      only: 'entente-json',
      name: plan.fileName,
    },
    (fraction) => setStatus({ kind: 'loading', plan, fraction }),
  );
  if (!outcome.ok) return { ok: false, error: outcome.error };
  lastFile = { plan, bytes, mode: outcome.mode ?? 'by-records' };
  const warnings = [...outcome.files.flatMap((f) => f.report.warnings), ...outcome.notes];
  return { ok: true, data: outcome.data, problems: outcome.problems, warnings };
}

/** The link's view on a dataset, with its extras (the dataset is the file, or the default). */
function viewFor(raw: RawViewState, data: ModelData, source: string | null) {
  const cleaned = cleanViewState(raw, data);
  const extras: ViewExtras = { ...cleaned.extras, datasetName: null, source };
  return { view: cleaned.state, notices: cleaned.ignored, extras };
}

export interface StartResult {
  data: ModelData;
  problems: Problem[];
  view: ReturnType<typeof cleanViewState>['state'];
  notices: string[];
  extras: ViewExtras;
}

/**
 * At start, with `base` (the default dataset) loaded: open the link's file when it is beside the
 * app, or ask first when it is on another site. Either way the app starts with something drawn.
 */
export async function openSourceAtStart(
  raw: RawViewState,
  source: string,
  base: { data: ModelData; problems: Problem[] },
): Promise<StartResult> {
  const { setStatus } = useSourceStore.getState();
  const plan: SourcePlan = planSource(source, window.location.href);
  if (plan.kind === 'refused') {
    setStatus({
      kind: 'failed',
      error: { file: source, message: plan.message },
      shownName: base.data.name,
    });
    return { ...base, ...viewFor(raw, base.data, null) };
  }
  if (plan.kind === 'cross-origin') {
    setStatus({ kind: 'asking', plan, raw });
    // The link keeps `src` while the reader decides; its ids are read against the file later.
    return { ...base, ...viewFor(raw, base.data, source), notices: [] };
  }
  const opened = await openFile(plan, base.data);
  if (!opened.ok) {
    setStatus({ kind: 'failed', error: opened.error, shownName: base.data.name });
    return { ...base, ...viewFor(raw, base.data, source), notices: [] };
  }
  setStatus({ kind: 'loaded', plan, warnings: opened.warnings, keep: 'no' });
  return { data: opened.data, problems: opened.problems, ...viewFor(raw, opened.data, source) };
}

/** The reader agreed: request the file from the other site and show the link's view on it. */
export async function acceptSource() {
  const status = useSourceStore.getState().status;
  const app = useAppStore.getState();
  if (status.kind !== 'asking' || !app.data) return;
  const { plan, raw } = status;
  const base = app.data;
  const opened = await openFile(plan, base);
  const { setStatus } = useSourceStore.getState();
  if (!opened.ok) {
    setStatus({ kind: 'failed', error: opened.error, shownName: base.name });
    return;
  }
  setStatus({ kind: 'loaded', plan, warnings: opened.warnings, keep: 'no' });
  const { view, notices, extras } = viewFor(raw, opened.data, app.extras.source);
  useAppStore
    .getState()
    .setLoaded({ data: opened.data, problems: opened.problems, view, notices, extras });
}

/** The reader declined: no request is made, the loaded data stays and the link drops `src`. */
export function declineSource() {
  const { status, setStatus } = useSourceStore.getState();
  if (status.kind !== 'asking') return;
  setStatus({ kind: 'none' });
  useAppStore.getState().setExtras({ source: null }, 'replace');
}

/** Keep the opened file in this browser (IndexedDB), listed in the Data menu from then on. */
export async function keepSource() {
  const { status, setStatus } = useSourceStore.getState();
  const current = useAppStore.getState().data;
  if (status.kind !== 'loaded' || !lastFile || !current) return;
  setStatus({ ...status, keep: 'keeping' });
  const { plan, bytes, mode } = lastFile;
  const outcome = await runImport(
    {
      files: [{ name: plan.fileName, bytes: bytes.slice() }],
      current: current.dataset,
      mode,
      name: plan.fileName,
      keepAs: { id: newDatasetId(), description: `Opened by link from ${plan.url}` },
    },
    () => {},
  );
  setStatus({ ...status, keep: outcome.ok && outcome.kept ? 'kept' : 'failed' });
}
