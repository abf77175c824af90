/**
 * The one list of file kinds Entente imports: for each, how to recognise it, what records it
 * brings (which decides the import dialog's default choice) and how to parse it. Detection
 * (detect.ts), the import itself (index.ts, run by the worker) and the import dialog all read
 * this table, so a new kind of file is one entry here plus its parser.
 */
import type { Country, Dataset } from '../../model/types';
import { isAtopMemberHeader, parseAtop } from './atop';
import { parseEntente } from './entente';
import { IMPORT_FORMAT_LABELS } from './labels';
import { parseSipri } from './sipri';
import { sipriHeaderFormat } from './sipriColumns';
import type { TextEncodingName } from './text';
import type { ImportFormat, ImportReport } from './types';

import type { RecordKind } from '../../model/combine';

export type { RecordKind };

/** One line near the top of a file, as the detectors see it. */
export interface HeaderProbe {
  /** Lower case, without quotes, trailing `;` or spaces. */
  text: string;
  /** `text` split at commas. */
  cells: string[];
  /** 1-based physical line. */
  line: number;
  /** The first line of the file that is not blank. */
  first: boolean;
}

export interface ParseContext {
  fileName: string;
  encoding: TextEncodingName;
  onProgress?: (fraction: number) => void;
  /** Known states: non-state actors are placed at their host country. */
  countries?: readonly Country[];
}

export interface Importer {
  format: ImportFormat;
  /** What the import dialog calls it. */
  label: string;
  /** Does this line start a file of this kind (its header row, or JSON's opening bracket)? */
  detect(probe: HeaderProbe): boolean;
  /** The records a file brings: fixed for the format, or read from the whole text. */
  brings: readonly RecordKind[] | ((text: string) => RecordKind[]);
  /** Parse the whole text. Throws ImportFailure (with a line) for a broken file. */
  parse(text: string, context: ParseContext): { dataset: Dataset; report: ImportReport };
}

/** Non-empty arrays of records in an Entente JSON text, found without parsing it. */
function jsonKinds(text: string): RecordKind[] {
  const found = new Set<RecordKind>();
  for (const m of text.matchAll(
    /"(countries|agreements|transfers|embargoes|events)"\s*:\s*\[\s*[^\s\]]/g,
  ))
    found.add(m[1] as RecordKind);
  return (['countries', 'agreements', 'transfers', 'embargoes', 'events'] as const).filter((k) =>
    found.has(k),
  );
}

const sipriParse = (text: string, context: ParseContext) => parseSipri(text, context);

export const IMPORTERS: { readonly [F in ImportFormat]: Importer & { format: F } } = {
  'sipri-trade-register': {
    format: 'sipri-trade-register',
    label: IMPORT_FORMAT_LABELS['sipri-trade-register'],
    detect: (p) => sipriHeaderFormat(p.cells) === 'sipri-trade-register',
    brings: ['transfers'],
    parse: sipriParse,
  },
  'sipri-transfers': {
    format: 'sipri-transfers',
    label: IMPORT_FORMAT_LABELS['sipri-transfers'],
    detect: (p) => sipriHeaderFormat(p.cells) === 'sipri-transfers',
    brings: ['transfers'],
    parse: sipriParse,
  },
  'atop-members': {
    format: 'atop-members',
    label: IMPORT_FORMAT_LABELS['atop-members'],
    detect: (p) => isAtopMemberHeader(p.cells),
    brings: ['agreements'],
    parse: (text, context) => parseAtop(text, context),
  },
  'entente-json': {
    format: 'entente-json',
    label: IMPORT_FORMAT_LABELS['entente-json'],
    detect: (p) => p.first && (p.text.startsWith('{') || p.text.startsWith('[')),
    brings: jsonKinds,
    parse: (text, context) => {
      const r = parseEntente(text, context.fileName, context.encoding, context.countries);
      context.onProgress?.(1);
      return r;
    },
  },
};

/** Every importer, in the order detection tries them. */
export const IMPORTER_LIST: readonly Importer[] = Object.values(IMPORTERS);

export function importerFor(format: ImportFormat): Importer {
  return IMPORTERS[format];
}

/** The records a file of this kind brings (`text`: the whole decoded file). */
export function recordKinds(importer: Importer, text: string): RecordKind[] {
  return typeof importer.brings === 'function' ? importer.brings(text) : [...importer.brings];
}
