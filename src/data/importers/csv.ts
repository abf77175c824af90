/**
 * CSV rows with their physical line numbers, read with papaparse (never by splitting strings:
 * a quoted field may hold commas and line breaks).
 */
import Papa from 'papaparse';

export interface CsvRow {
  fields: string[];
  /** 1-based physical line of the file where the row starts. */
  line: number;
  /** Physical lines the row spans (more than 1 when a quoted field holds a line break). */
  span: number;
}

export interface CsvOptions {
  /** Called now and then with the share of the text read, scaled into [from, to]. */
  onProgress?: (fraction: number) => void;
  progressFrom?: number;
  progressTo?: number;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  let i = text.indexOf('\n', from);
  while (i !== -1 && i < to) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}

/** Parse comma-separated text (LF line endings) into rows; blank lines come back as `['']`. */
export function readCsv(text: string, options: CsvOptions = {}): CsvRow[] {
  const rows: CsvRow[] = [];
  const { onProgress, progressFrom = 0, progressTo = 1 } = options;
  let start = 0;
  let line = 1;
  let sinceReport = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const fields = result.data;
      const span = 1 + countNewlines(text, start, Math.max(start, end - 1));
      rows.push({ fields, line, span });
      line += countNewlines(text, start, end);
      start = end;
      if (onProgress && ++sinceReport >= 2000) {
        sinceReport = 0;
        onProgress(progressFrom + ((progressTo - progressFrom) * end) / Math.max(1, text.length));
      }
    },
  });
  // papaparse reports no row for the text after a final newline; nothing to add.
  return rows;
}
