/**
 * Entente's own JSON: one combined file `{ schemaVersion: 1, countries, agreements, transfers,
 * embargoes, events }` (what the JSON export writes) or one per-kind file (`{ schemaVersion: 1,
 * transfers: [...] }`). Records are checked with the dataset schema (src/data/schema.ts);
 * invalid records are left out and listed in the report's warnings. References between records
 * are not checked here: an imported file may point at countries of the dataset it joins. Events
 * are the exception: with the known countries given, each event whose host or participants are
 * neither in the file nor among them is reported by name (the import then keeps it, its unknown
 * states as placeholder nodes, like any other record's).
 */
import { jsonErrorOffset } from '../jsonPosition';
import type { Country, Dataset } from '../../model/types';
import { DATASET_KINDS, type DatasetKind } from '../schema';
import {
  formatProblem,
  lineColumnAt,
  parseJsonText,
  validateFile,
  type Problem,
} from '../validate';
import type { TextEncodingName } from './text';
import { ImportFailure, type ImportReport } from './types';

export interface EntenteResult {
  dataset: Dataset;
  report: ImportReport;
}

export function parseEntente(
  text: string,
  fileName: string,
  encoding: TextEncodingName = 'utf-8',
  knownCountries: readonly Country[] = [],
): EntenteResult {
  const parsed = parseJsonText(fileName, text);
  if (parsed.problem) {
    let { line, column } = parsed.problem;
    if (line === undefined) {
      // Recent V8 messages give no position ("Unexpected token '}', ... is not valid JSON").
      const at = jsonErrorOffset(text);
      if (at !== undefined) ({ line, column } = lineColumnAt(text, at));
    }
    throw new ImportFailure(line ?? 1, parsed.problem.message, column);
  }
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportFailure(
      1,
      'expected a JSON object { "schemaVersion": 1, ... } with arrays of records',
    );
  }
  const object = json as Record<string, unknown>;
  if (object.schemaVersion !== 1) {
    throw new ImportFailure(
      1,
      `expected "schemaVersion": 1, found ${JSON.stringify(object.schemaVersion) ?? 'none'}`,
      undefined,
      'schemaVersion',
    );
  }
  const kinds = DATASET_KINDS.filter((k) => k in object);
  if (kinds.length === 0) {
    throw new ImportFailure(
      1,
      `no array of records: expected one or more of ${DATASET_KINDS.join(', ')}`,
    );
  }
  const problems: Problem[] = [];
  const dataset: Dataset = {
    countries: [],
    agreements: [],
    transfers: [],
    embargoes: [],
    name: fileName,
  };
  let rows = 0;
  for (const kind of kinds) {
    const list = object[kind];
    if (!Array.isArray(list))
      throw new ImportFailure(1, `"${kind}" must be an array`, undefined, kind);
    rows += list.length;
    // Validate the parsed object; only when something is wrong, validate again from the text
    // to get line numbers (that parses the JSON once more).
    const found: Problem[] = [];
    let records = validateFile(kind, fileName, { json: object }, found);
    if (found.length > 0) {
      found.length = 0;
      records = validateFile(kind, fileName, { text }, found);
    }
    problems.push(...found);
    (dataset[kind as DatasetKind] as unknown[]) = records;
  }
  const records = kinds.reduce((n, k) => n + (dataset[k]?.length ?? 0), 0);
  const warnings = problems.map(formatProblem);
  if (dataset.events) warnings.push(...unknownEventCountries(dataset, knownCountries, fileName));
  const origin = `the Entente file ${fileName}`;
  dataset.origin = {};
  if (dataset.transfers.length > 0) dataset.origin.transfers = origin;
  if (dataset.agreements.length > 0) dataset.origin.agreements = origin;
  const errors = problems.filter((p) => p.severity === 'error');
  if (records === 0 && errors.length > 0) {
    const p = errors[0]!;
    throw new ImportFailure(p.line ?? 1, formatProblem(p), p.column, p.field);
  }
  return {
    dataset,
    report: {
      rows,
      records,
      unmatched: [],
      actors: [],
      warnings,
      approximations: [],
      encoding,
    },
  };
}

/**
 * One warning per event whose host or participants are not countries of the file nor of the
 * known list, e.g. `events.json (record "x", field "participants.1"): unknown country "ABC"`.
 */
function unknownEventCountries(
  dataset: Dataset,
  known: readonly Country[],
  fileName: string,
): string[] {
  const ids = new Set([...known, ...dataset.countries].map((c) => c.id));
  const warnings: string[] = [];
  for (const e of dataset.events ?? []) {
    const fields: [string, string][] = e.participants.map((p, i) => [`participants.${i}`, p]);
    if (e.host !== undefined) fields.unshift(['host', e.host]);
    const unknown = fields.filter(([, id]) => !ids.has(id));
    if (unknown.length === 0) continue;
    warnings.push(
      formatProblem({
        file: fileName,
        record: e.id,
        field: unknown[0]![0],
        message: `unknown countr${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map(([, id]) => `"${id}"`).join(', ')}: kept as placeholder node${unknown.length === 1 ? '' : 's'}`,
        severity: 'warning',
      }),
    );
  }
  return warnings;
}
