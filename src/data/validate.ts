/**
 * Validate dataset files: JSON syntax, the schema of each record, and references between records.
 * Every problem names the file, the line, the record id and the field. Invalid records are left
 * out (and reported); the rest of the dataset still loads.
 */
import type { z } from 'zod';
import { yearOf } from '../model/dates';
import type {
  Agreement,
  Country,
  Dataset,
  DiplomaticEvent,
  Embargo,
  Transfer,
} from '../model/types';
import { jsonErrorOffset } from './jsonPosition';
import type { Problem } from './problem';
import { FILE_SCHEMAS, type DatasetKind } from './schema';

export { formatProblem, type Problem } from './problem';

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parse JSON text, turning a syntax error into a Problem with line and column. */
export function parseJsonText(file: string, text: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const at = lineCol
      ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : position
        ? lineColumnAt(text, Number(position[1]))
        : (() => {
            const offset = jsonErrorOffset(text);
            return offset === undefined ? {} : lineColumnAt(text, offset);
          })();
    return { problem: { file, ...at, message: `not valid JSON: ${message}`, severity: 'error' } };
  }
}

/**
 * Line numbers of the elements of the top-level array `key` in a JSON text, found by a small
 * scanner (JSON.parse does not report positions). Returns [] when the layout is unexpected.
 */
export function elementLines(text: string, key: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let arrayDepth = -1;
  let expectValue = false;
  let lastKey = '';
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (ch === '"') {
      if (arrayDepth >= 0 && depth === arrayDepth + 1 && expectValue) {
        lines.push(line);
        expectValue = false;
      }
      inString = true;
      stringStart = i;
    } else if (ch === '[' || ch === '{') {
      if (arrayDepth >= 0 && depth === arrayDepth + 1 && expectValue) {
        lines.push(line);
        expectValue = false;
      }
      depth++;
      if (ch === '[' && depth === 2 && lastKey === key && arrayDepth < 0) {
        arrayDepth = 1;
        expectValue = true;
      }
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (arrayDepth >= 0 && depth === arrayDepth) arrayDepth = -2; // array closed
    } else if (ch === ',' && arrayDepth >= 0 && depth === arrayDepth + 1) {
      expectValue = true;
    } else if (!/\s/.test(ch) && arrayDepth >= 0 && depth === arrayDepth + 1 && expectValue) {
      lines.push(line);
      expectValue = false;
    }
  }
  return lines;
}

type RecordOf<K extends DatasetKind> = z.infer<(typeof FILE_SCHEMAS)[K]>;

export interface FileInput {
  kind: DatasetKind;
  file: string;
  /** Raw text (gives line numbers) or already parsed JSON. */
  text?: string;
  json?: unknown;
}

/** Validate one file: schema version, array, and each record's shape. */
export function validateFile<K extends DatasetKind>(
  kind: K,
  file: string,
  input: { text?: string; json?: unknown },
  problems: Problem[],
): RecordOf<K>[] {
  let json = input.json;
  if (input.text !== undefined) {
    const parsed = parseJsonText(file, input.text);
    if (parsed.problem) {
      problems.push(parsed.problem);
      return [];
    }
    json = parsed.value;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push({
      file,
      line: 1,
      message: 'expected a JSON object with "schemaVersion" and an array',
      severity: 'error',
    });
    return [];
  }
  const object = json as Record<string, unknown>;
  if (object.schemaVersion !== 1) {
    problems.push({
      file,
      line: 1,
      field: 'schemaVersion',
      message: `expected schemaVersion 1, found ${JSON.stringify(object.schemaVersion) ?? 'none'}`,
      severity: 'error',
    });
    return [];
  }
  const list = object[kind];
  if (!Array.isArray(list)) {
    problems.push({
      file,
      line: 1,
      field: kind,
      message: `expected an array "${kind}"`,
      severity: 'error',
    });
    return [];
  }
  const lines = input.text !== undefined ? elementLines(input.text, kind) : [];
  const schema = FILE_SCHEMAS[kind];
  const records: RecordOf<K>[] = [];
  list.forEach((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      records.push(result.data as RecordOf<K>);
      return;
    }
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw
        ? String((raw as { id: unknown }).id)
        : `#${i + 1}`;
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: lines[i],
        record: id,
        field: issue.path.join('.') || undefined,
        message: issue.message,
        severity: 'error',
      });
    }
  });
  return records;
}

/**
 * Check references and years across files. Records with broken references are removed;
 * years outside a country's existence are kept and flagged as warnings.
 */
export function checkReferences(
  files: {
    countries: Country[];
    agreements: Agreement[];
    transfers: Transfer[];
    embargoes: Embargo[];
    events?: DiplomaticEvent[];
  },
  names: Record<DatasetKind, string>,
  problems: Problem[],
): Dataset {
  const countries: Country[] = [];
  const byId = new Map<string, Country>();
  for (const c of files.countries) {
    if (byId.has(c.id)) {
      problems.push({
        file: names.countries,
        record: c.id,
        field: 'id',
        message: 'duplicate id',
        severity: 'error',
      });
      continue;
    }
    byId.set(c.id, c);
    countries.push(c);
  }
  const exists = (id: string, year: number) => {
    const c = byId.get(id);
    return c !== undefined && c.from <= year && (c.to === null || c.to >= year);
  };

  const agreements: Agreement[] = [];
  const agreementIds = new Set<string>();
  for (const a of files.agreements) {
    if (agreementIds.has(a.id)) {
      problems.push({
        file: names.agreements,
        record: a.id,
        field: 'id',
        message: 'duplicate id',
        severity: 'error',
      });
      continue;
    }
    const unknown = a.members.findIndex((m) => !byId.has(m.country));
    if (unknown >= 0) {
      problems.push({
        file: names.agreements,
        record: a.id,
        field: `members.${unknown}.country`,
        message: `unknown country "${a.members[unknown]!.country}"`,
        severity: 'error',
      });
      continue;
    }
    a.members.forEach((m, i) => {
      const joined = yearOf(m.joined);
      if (joined < yearOf(a.signed)) {
        problems.push({
          file: names.agreements,
          record: a.id,
          field: `members.${i}.joined`,
          message: `${m.country} joins (${m.joined}) before the agreement was signed (${a.signed})`,
          severity: 'warning',
        });
      }
      if (!exists(m.country, joined)) {
        problems.push({
          file: names.agreements,
          record: a.id,
          field: `members.${i}.joined`,
          message: `${m.country} does not exist in ${joined}`,
          severity: 'warning',
        });
      }
    });
    agreementIds.add(a.id);
    agreements.push(a);
  }

  const transfers: Transfer[] = [];
  const transferIds = new Set<string>();
  for (const t of files.transfers) {
    if (transferIds.has(t.id)) {
      problems.push({
        file: names.transfers,
        record: t.id,
        field: 'id',
        message: 'duplicate id',
        severity: 'error',
      });
      continue;
    }
    const badField = !byId.has(t.supplier)
      ? 'supplier'
      : !byId.has(t.recipient)
        ? 'recipient'
        : null;
    if (badField) {
      problems.push({
        file: names.transfers,
        record: t.id,
        field: badField,
        message: `unknown country "${t[badField]}"`,
        severity: 'error',
      });
      continue;
    }
    t.deliveries.forEach((d, i) => {
      if (t.ordered && d.year < t.ordered.year) {
        problems.push({
          file: names.transfers,
          record: t.id,
          field: `deliveries.${i}.year`,
          message: `delivered (${d.year}) before it was ordered (${t.ordered.year})`,
          severity: 'warning',
        });
      }
      for (const side of ['supplier', 'recipient'] as const) {
        if (!exists(t[side], d.year)) {
          problems.push({
            file: names.transfers,
            record: t.id,
            field: side,
            message: `${t[side]} does not exist in ${d.year}`,
            severity: 'warning',
          });
        }
      }
    });
    transferIds.add(t.id);
    transfers.push(t);
  }

  const embargoes: Embargo[] = [];
  for (const e of files.embargoes) {
    if (!byId.has(e.target)) {
      problems.push({
        file: names.embargoes,
        record: e.id,
        field: 'target',
        message: `unknown country "${e.target}"`,
        severity: 'error',
      });
      continue;
    }
    embargoes.push(e);
  }
  if (files.events === undefined) return { countries, agreements, transfers, embargoes };
  const events = checkEvents(
    files.events,
    names.events,
    { byId, exists, agreementIds, transferIds },
    problems,
  );
  return { countries, agreements, transfers, embargoes, events };
}

/**
 * Events: a host or participant that is not a country drops the event (error); one that did not
 * exist in the event's year, or a related agreement or transfer that is not in the dataset, is
 * flagged (warning) and kept, so an import that replaces the transfers keeps its events.
 */
function checkEvents(
  list: DiplomaticEvent[],
  file: string,
  known: {
    byId: Map<string, Country>;
    exists: (id: string, year: number) => boolean;
    agreementIds: Set<string>;
    transferIds: Set<string>;
  },
  problems: Problem[],
): DiplomaticEvent[] {
  const events: DiplomaticEvent[] = [];
  const ids = new Set<string>();
  for (const e of list) {
    const problem = (field: string, message: string, severity: Problem['severity']) =>
      problems.push({ file, record: e.id, field, message, severity });
    if (ids.has(e.id)) {
      problem('id', 'duplicate id', 'error');
      continue;
    }
    const countries: [string, string][] = e.participants.map((p, i) => [`participants.${i}`, p]);
    if (e.host !== undefined) countries.unshift(['host', e.host]);
    const unknown = countries.find(([, id]) => !known.byId.has(id));
    if (unknown) {
      problem(unknown[0], `unknown country "${unknown[1]}"`, 'error');
      continue;
    }
    const year = yearOf(e.date);
    for (const [field, id] of countries)
      if (!known.exists(id, year)) problem(field, `${id} does not exist in ${year}`, 'warning');
    for (const [kind, set] of [
      ['agreements', known.agreementIds],
      ['transfers', known.transferIds],
    ] as const) {
      e.related?.[kind]?.forEach((id, i) => {
        if (!set.has(id))
          problem(
            `related.${kind}.${i}`,
            `no ${kind.slice(0, -1)} "${id}" in the dataset`,
            'warning',
          );
      });
    }
    ids.add(e.id);
    events.push(e);
  }
  return events;
}

/** Validate a whole dataset from its files. Missing embargoes and events are fine. */
export function validateDataset(inputs: FileInput[]): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const names: Record<DatasetKind, string> = {
    countries: 'countries.json',
    agreements: 'agreements.json',
    transfers: 'transfers.json',
    embargoes: 'embargoes.json',
    events: 'events.json',
  };
  const files: Parameters<typeof checkReferences>[0] = {
    countries: [],
    agreements: [],
    transfers: [],
    embargoes: [],
  };
  for (const input of inputs) {
    names[input.kind] = input.file;
    (files[input.kind] as unknown[]) = validateFile(input.kind, input.file, input, problems);
  }
  const dataset = checkReferences(files, names, problems);
  return { dataset, problems };
}
