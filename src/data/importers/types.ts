/** Shared types of the importers (pure data, no behaviour). */
import type { ActorKind, Dataset } from '../../model/types';
import type { RecordKind } from '../../model/combine';
import type { TextEncodingName } from './text';

export type ImportFormat =
  'sipri-trade-register' | 'sipri-transfers' | 'atop-members' | 'entente-json';

/** A name (or COW code) the built-in tables do not know, and the records it affected. */
export interface UnmatchedName {
  name: string;
  count: number;
  /** Ids of the imported records that use it (they point at an `X-` node of kind `unknown`). */
  records: string[];
  /** The `X-` id given to it. */
  id: string;
}

/** An actor of the file and the id it was given. */
export interface ActorUse {
  /** The name (or `COW <code>`) as written in the file. */
  name: string;
  id: string;
  kind: ActorKind;
  /** Records that use it. */
  count: number;
  /** How it was matched: the built-in table, a rule (`*`, `**`, `unknown`), or not at all. */
  matchedBy: 'table' | 'rule' | 'none';
}

export interface ImportReport {
  /** Data rows read (after joining broken lines), not counting preamble and header. */
  rows: number;
  /** Records produced (transfers or agreements). */
  records: number;
  unmatched: UnmatchedName[];
  actors: ActorUse[];
  warnings: string[];
  /** Where the importer had to approximate what the file does not say. */
  approximations: string[];
  encoding: TextEncodingName;
  /** Format A only: weapon descriptions that no category rule matched (category `other`). */
  uncategorised?: { description: string; count: number }[];
}

export interface ImportError {
  file: string;
  /** 1-based physical line of the file. */
  line: number;
  /** 1-based field (CSV) or character (JSON) position. */
  column?: number;
  field?: string;
  message: string;
}

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      dataset: Dataset;
      report: ImportReport;
      /** The records the file brings (which decide the default way to combine it). */
      brings: RecordKind[];
    }
  | { ok: false; error: ImportError };

/** Thrown inside the importers and turned into `{ ok: false }` by `importFile`. */
export class ImportFailure extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly column?: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

/**
 * Groups repeated warnings ("unknown status 'x'") into one line with a count and the first
 * few line numbers, so that a file with 10,000 odd rows still gives a short report.
 */
export class WarningCollector {
  private readonly groups = new Map<string, { count: number; lines: number[] }>();

  add(message: string, line?: number): void {
    let g = this.groups.get(message);
    if (!g) {
      g = { count: 0, lines: [] };
      this.groups.set(message, g);
    }
    g.count++;
    if (line !== undefined && g.lines.length < 5) g.lines.push(line);
  }

  list(): string[] {
    const out: string[] = [];
    for (const [message, g] of this.groups) {
      const where = g.lines.length
        ? ` (line${g.lines.length > 1 ? 's' : ''} ${g.lines.join(', ')}${g.count > g.lines.length ? ', ...' : ''})`
        : '';
      out.push(g.count > 1 ? `${message}: ${g.count} times${where}` : `${message}${where}`);
    }
    return out;
  }
}
