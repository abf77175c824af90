/**
 * Fetch the default dataset from public/data/, relative to the page, so the built app works
 * under any base path. Network or HTTP failures become Problems, never exceptions.
 */
import { indexDataset, type ModelData } from '../model/dataset';
import type { DatasetOrigin } from '../model/types';
import type { DatasetKind } from './schema';
import { validateDataset, type FileInput, type Problem } from './validate';

export interface LoadResult {
  data: ModelData | null;
  problems: Problem[];
}

const REQUIRED: DatasetKind[] = ['countries', 'agreements', 'transfers'];

/** Where the default dataset's records come from (see public/data/README.md). */
export const DEFAULT_ORIGIN: DatasetOrigin = {
  transfers:
    "the Entente project's selection of the largest deals, information from the SIPRI Arms Transfers Database",
  agreements: 'the Entente project, written from treaty texts and official announcements',
};

export function dataUrl(file: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}data/${file}`;
}

async function fetchText(url: string): Promise<{ text?: string; status?: number; error?: string }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: response.status };
    return { text: await response.text() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** `base`: where the app is served (in a worker, pass it absolute: see import.worker.ts). */
export async function loadDefaultDataset(
  fetchFile = fetchText,
  base: string = import.meta.env.BASE_URL,
): Promise<LoadResult> {
  const kinds: DatasetKind[] = [...REQUIRED, 'embargoes', 'events'];
  const responses = await Promise.all(
    kinds.map((kind) => fetchFile(dataUrl(`${kind}.json`, base))),
  );
  const problems: Problem[] = [];
  const inputs: FileInput[] = [];
  responses.forEach((response, i) => {
    const kind = kinds[i]!;
    const file = `${kind}.json`;
    if (response.text !== undefined) {
      inputs.push({ kind, file, text: response.text });
    } else if (REQUIRED.includes(kind)) {
      problems.push({
        file,
        message: response.error
          ? `could not be loaded: ${response.error}`
          : `could not be loaded (HTTP ${response.status ?? '?'})`,
        severity: 'error',
      });
    }
  });
  if (problems.length > 0) return { data: null, problems };
  return defaultModelFromFiles(inputs);
}

/** The default dataset from its files' text: validated, indexed, with its origin (tests read it). */
export function defaultModelFromFiles(inputs: FileInput[]): LoadResult {
  const validated = validateDataset(inputs);
  const data = indexDataset({ ...validated.dataset, name: 'default', origin: DEFAULT_ORIGIN });
  return { data, problems: validated.problems };
}
