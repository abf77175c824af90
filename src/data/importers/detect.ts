/**
 * Which kind of file this is, from its content (never from its name): the importers of the
 * registry each recognise their header row (or JSON's opening bracket); files Entente knows but
 * does not import are refused with the reason and what to import instead.
 */
import { decodeBytes } from './text';
import {
  IMPORTER_LIST,
  importerFor,
  recordKinds,
  type HeaderProbe,
  type RecordKind,
} from './registry';
import type { ImportError, ImportFormat } from './types';

export type Detection =
  | { format: ImportFormat; headerLine: number }
  | { format: 'unsupported'; line: number; message: string };

const SUPPORTED =
  'Entente can import a SIPRI trade register or transfers export (CSV), an ATOP member-level file (atop5_1m.csv, CSV) or an Entente JSON file.';

/** Files that look like something Entente knows but cannot import, and why. */
const REFUSALS: { test(p: HeaderProbe): boolean; message: string }[] = [
  {
    test: (p) => p.text.startsWith('atopid,'),
    message: `an ATOP alliance-level file: import the member-level file instead (atop5_1m.csv). ${SUPPORTED}`,
  },
  {
    test: (p) => /^state,year,atopally/.test(p.text),
    message: `an ATOP state-year file: import the member-level file instead (atop5_1m.csv). ${SUPPORTED}`,
  },
  {
    test: (p) =>
      /^exports by,\d{4}/.test(p.text) ||
      /^recipient,\d{4}/.test(p.text) ||
      /^,{1,2}\d{4},\d{4}/.test(p.text),
    message: `a SIPRI TIV table (totals by country and year), not a list of deals: export the trade register or the transfers list instead. ${SUPPORTED}`,
  },
  {
    test: (p) => p.text.startsWith('version4id,ccode'),
    message: `a COW alliance file: its maintainers ask that software not redistribute it; use ATOP instead. ${SUPPORTED}`,
  },
  {
    test: (p) => /^stateabb,ccode/.test(p.text),
    message: `a COW state list, not records. ${SUPPORTED}`,
  },
];

/** Lines the detectors see: the first 60 physical lines, blank ones skipped. */
function* probes(text: string): Generator<HeaderProbe> {
  let offset = 0;
  let first = true;
  for (let line = 1; line <= 60 && offset <= text.length; line++) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end < 0 ? text.length : end);
    offset = end < 0 ? text.length + 1 : end + 1;
    const h = raw
      .replace(/"/g, '')
      .replace(/[;\s]+$/, '')
      .trim()
      .toLowerCase();
    if (h === '') continue;
    yield { text: h, cells: h.split(','), line, first };
    first = false;
  }
}

export function detectFormat(text: string): Detection {
  for (const probe of probes(text)) {
    const importer = IMPORTER_LIST.find((i) => i.detect(probe));
    if (importer) return { format: importer.format, headerLine: probe.line };
    const refusal = REFUSALS.find((r) => r.test(probe));
    if (refusal) return { format: 'unsupported', line: probe.line, message: refusal.message };
  }
  return {
    format: 'unsupported',
    line: 1,
    message: `unrecognised file: no known header row in the first 60 lines. ${SUPPORTED}`,
  };
}

/** Bytes enough to find the header of any supported CSV (SIPRI's preamble is 11 lines). */
export const HEAD_BYTES = 64 * 1024;

export type Inspection =
  | { ok: true; format: ImportFormat; label: string; brings: RecordKind[] }
  | { ok: false; error: ImportError };

/**
 * What a chosen file is, before importing it: its kind, the dialog's name for it and the records
 * it brings. Decodes only the head of a CSV (cheap on the main thread); a JSON file is read
 * whole to see which arrays it has.
 */
export function inspectFile(name: string, bytes: Uint8Array): Inspection {
  const head = decodeBytes(bytes.subarray(0, HEAD_BYTES)).text;
  if (head.trim() === '')
    return { ok: false, error: { file: name, line: 1, message: 'the file is empty' } };
  const detected = detectFormat(head);
  if (detected.format === 'unsupported') {
    return {
      ok: false,
      error: { file: name, line: detected.line, message: `This looks like ${detected.message}` },
    };
  }
  const importer = importerFor(detected.format);
  const whole = typeof importer.brings === 'function' ? decodeBytes(bytes).text : head;
  return {
    ok: true,
    format: importer.format,
    label: importer.label,
    brings: recordKinds(importer, whole),
  };
}
