/**
 * Import a file dropped or chosen by the user (or read in a test): bytes in, an Entente dataset
 * plus a report out. Pure: runs in Node and in a web worker. Never throws.
 *
 *   const result = importFile('trade-register.csv', bytes, (f) => progress(f));
 *   if (result.ok) use(result.dataset, result.report); else show(result.error);
 */
import type { Country } from '../../model/types';
import { detectFormat } from './detect';
import { IMPORT_FORMAT_LABELS } from './labels';
import { importerFor, recordKinds } from './registry';
import { decodeBytes } from './text';
import { ImportFailure, type ImportFormat, type ImportReport, type ImportResult } from './types';

export type {
  ImportResult,
  ImportReport,
  ImportError,
  ImportFormat,
  UnmatchedName,
  ActorUse,
} from './types';
export { ImportFailure } from './types';
export { decodeBytes, normaliseNewlines } from './text';
export { detectFormat, inspectFile, HEAD_BYTES, type Detection, type Inspection } from './detect';
export {
  IMPORTERS,
  IMPORTER_LIST,
  importerFor,
  recordKinds,
  type Importer,
  type RecordKind,
  type ParseContext,
} from './registry';
export { parseSipri, spreadTiv, spreadUnits } from './sipri';
export { parseTivTable, type TivTable, type TivTableRow } from './sipriTivTable';
export { parseAtop, atopType } from './atop';
export { parseEntente } from './entente';
export { resolveSipriName, nameKey, actorSlug, SIPRI_TABLE_NAMES, SIPRI_ACTORS } from './names';
export { cowToId, cowSpells, cowName, COW_CODES } from './cow';
export { categoryFromDescription, categoryFromLabel, DESCRIPTION_RULES } from './sipriCategories';

export interface ImportOptions {
  /** Known states (e.g. the default dataset's): non-state actors are placed at their host. */
  countries?: readonly Country[];
  /**
   * Import only files of this kind (a dataset opened by link must be Entente JSON): another
   * kind is refused before it is parsed, with what it looks like.
   */
  only?: ImportFormat;
}

/**
 * With known countries given: warn about state ids the import uses that are not among them
 * (e.g. Aruba in SIPRI, pre-1945 German states in ATOP), since a dataset check would drop
 * the records that use them.
 */
function checkStates(report: ImportReport, countries: readonly Country[] | undefined): void {
  if (!countries || countries.length === 0) return;
  const known = new Set(countries.map((c) => c.id));
  const missing = new Map<string, number>();
  for (const a of report.actors) {
    if (a.kind === 'state' && !known.has(a.id))
      missing.set(a.id, (missing.get(a.id) ?? 0) + a.count);
  }
  if (missing.size === 0) return;
  const list = [...missing]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([id, n]) => `${id} (${n})`)
    .join(', ');
  report.warnings.push(`state ids not in the known countries, used by records: ${list}`);
}

const withArticle = (label: string) => (/^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`);

/**
 * Detect the format of `bytes` (SIPRI trade register, SIPRI transfers, ATOP member-level,
 * Entente JSON) and import it. `onProgress` gets fractions from 0 to 1. Whatever the bytes,
 * this returns `{ ok: false, error: { file, line, ... } }` rather than throwing.
 */
export function importFile(
  name: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
  options: ImportOptions = {},
): ImportResult {
  const progress = onProgress
    ? (f: number) => {
        try {
          onProgress(Math.max(0, Math.min(1, f)));
        } catch {
          // A failing progress callback must not break the import.
        }
      }
    : undefined;
  try {
    const raw: unknown = bytes;
    const data =
      raw instanceof Uint8Array
        ? raw
        : raw instanceof ArrayBuffer
          ? new Uint8Array(raw)
          : undefined;
    if (!data)
      return { ok: false, error: { file: name, line: 1, message: 'expected the bytes of a file' } };
    const { text, encoding } = decodeBytes(data);
    if (text.trim() === '')
      return { ok: false, error: { file: name, line: 1, message: 'the file is empty' } };
    const detected = detectFormat(text);
    if (detected.format === 'unsupported') {
      return {
        ok: false,
        error: { file: name, line: detected.line, message: `This looks like ${detected.message}` },
      };
    }
    if (options.only && detected.format !== options.only) {
      return {
        ok: false,
        error: {
          file: name,
          line: detected.headerLine,
          message: `not ${withArticle(IMPORT_FORMAT_LABELS[options.only])} file: it looks like ${withArticle(IMPORT_FORMAT_LABELS[detected.format])} (import it with Import data)`,
        },
      };
    }
    const importer = importerFor(detected.format);
    const r = importer.parse(text, {
      fileName: name,
      encoding,
      onProgress: progress,
      countries: options.countries,
    });
    checkStates(r.report, options.countries);
    return {
      ok: true,
      format: importer.format,
      dataset: r.dataset,
      report: r.report,
      brings: recordKinds(importer, text),
    };
  } catch (error) {
    if (error instanceof ImportFailure) {
      const e: ImportResult = {
        ok: false,
        error: { file: name, line: error.line, message: error.message },
      };
      if (error.column !== undefined) e.error.column = error.column;
      if (error.field !== undefined) e.error.field = error.field;
      return e;
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { file: name, line: 1, message: `the importer failed: ${message}` },
    };
  }
}
export { mergeDatasets, type MergeResult } from './merge';
