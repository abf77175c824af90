/**
 * The whole import, from files to a dataset ready to draw: parse each file, merge files of the
 * same export, combine with the current dataset, validate and index. Pure and synchronous: the
 * app runs it in a web worker (src/workers/import.worker.ts), the benchmark and tests in Node.
 * It never throws: a file that fails leaves `ok: false` and the current dataset untouched.
 */
import {
  addMissingCountries,
  combineDatasets,
  defaultCombineMode,
  type CombineMode,
  type RecordKind,
} from '../model/combine';
import { indexDataset, type ModelData } from '../model/dataset';
import type { Dataset } from '../model/types';
import { importFile, type ImportError, type ImportFormat, type ImportReport } from './importers';
import { mergeDatasets } from './importers/merge';
import { DATASET_KINDS } from './schema';
import { validateDataset, type Problem } from './validate';

export interface ImportRequest {
  files: { name: string; bytes: Uint8Array }[];
  current: Dataset;
  /** How to combine with `current`; `by-records`: the default for what the files bring. */
  mode: CombineMode | 'by-records';
  /** Refuse files of any other kind (see ImportOptions.only). */
  only?: ImportFormat;
  /** Display name of the new dataset. */
  name: string;
}

export type ImportOutcome =
  | {
      ok: true;
      data: ModelData;
      dataset: Dataset;
      problems: Problem[];
      /** How the files were combined with the current dataset (imports only). */
      mode?: CombineMode;
      files: { name: string; format: ImportFormat; report: ImportReport }[];
      /** Merge warnings, placeholder countries and the like. */
      notes: string[];
    }
  | { ok: false; error: ImportError };

/** Validate a dataset held in memory (an import, or one kept in IndexedDB); keeps its origin. */
export function validateInMemory(
  dataset: Dataset,
  name: string,
): { dataset: Dataset; problems: Problem[] } {
  const kinds = DATASET_KINDS.filter((kind) => dataset[kind] !== undefined);
  const validated = validateDataset(
    kinds.map((kind) => ({
      kind,
      file: `${name} (${kind})`,
      json: { schemaVersion: 1, [kind]: dataset[kind] },
    })),
  );
  if (dataset.origin) validated.dataset.origin = dataset.origin;
  return validated;
}

export function importPipeline(
  request: ImportRequest,
  onProgress?: (fraction: number) => void,
): ImportOutcome {
  try {
    const parsed: {
      name: string;
      format: ImportFormat;
      report: ImportReport;
      dataset: Dataset;
      brings: RecordKind[];
    }[] = [];
    const share = 0.8 / Math.max(1, request.files.length);
    for (const [i, file] of request.files.entries()) {
      const result = importFile(file.name, file.bytes, (f) => onProgress?.(i * share + f * share), {
        countries: request.current.countries.filter((c) => (c.kind ?? 'state') === 'state'),
        only: request.only,
      });
      if (!result.ok) return result;
      parsed.push({
        name: file.name,
        format: result.format,
        report: result.report,
        dataset: result.dataset,
        brings: result.brings,
      });
    }
    const notes: string[] = [];
    const merged = mergeDatasets(
      parsed.map((p) => p.dataset),
      request.name,
    );
    notes.push(...merged.warnings);
    const mode =
      request.mode === 'by-records'
        ? defaultCombineMode(parsed.flatMap((p) => p.brings))
        : request.mode;
    const combined = combineDatasets(request.current, merged.dataset, mode, request.name);
    notes.push(...combined.notes);
    const { dataset: complete, added } = addMissingCountries(combined.dataset);
    if (added.length > 0) {
      notes.push(
        `${added.length} actor${added.length === 1 ? '' : 's'} not in Entente's list of states kept as their own nodes: ${added.slice(0, 12).join(', ')}${added.length > 12 ? ', …' : ''}`,
      );
    }
    onProgress?.(0.85);
    const { dataset, problems } = validateInMemory(complete, request.name);
    onProgress?.(0.95);
    const data = indexDataset({ ...dataset, name: request.name });
    onProgress?.(1);
    return {
      ok: true,
      data,
      dataset: data.dataset,
      problems,
      mode,
      files: parsed.map(({ name, format, report }) => ({ name, format, report })),
      notes,
    };
  } catch (error) {
    return {
      ok: false,
      error: {
        file: request.files[0]?.name ?? 'import',
        line: 1,
        message: `the import failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}
