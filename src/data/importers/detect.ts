/**
 * Which format a file is, from its content (never from its name): the header row of a CSV
 * export, or the first character of JSON.
 */
import type { ImportFormat } from './types';

export type Detection =
  | { format: ImportFormat; headerLine: number }
  | { format: 'unsupported'; line: number; message: string };

const SUPPORTED =
  'Entente can import a SIPRI trade register or transfers export (CSV), an ATOP member-level file (atop5_1m.csv, CSV) or an Entente JSON file.';

export function detectFormat(text: string): Detection {
  const start = text.search(/\S/);
  if (start >= 0 && (text[start] === '{' || text[start] === '['))
    return { format: 'entente-json', headerLine: 1 };
  let offset = 0;
  for (let line = 1; line <= 60 && offset <= text.length; line++) {
    const end = text.indexOf('\n', offset);
    const raw = text.slice(offset, end < 0 ? text.length : end);
    offset = end < 0 ? text.length + 1 : end + 1;
    const h = raw
      .replace(/"/g, '')
      .replace(/[;\s]+$/, '')
      .trim()
      .toLowerCase();
    if (h.startsWith('sipri at database id,'))
      return { format: 'sipri-transfers', headerLine: line };
    if (h.startsWith('recipient,supplier,year of order'))
      return { format: 'sipri-trade-register', headerLine: line };
    if (h.startsWith('atopid,')) {
      const cells = h.split(',');
      if (cells.includes('member') && cells.includes('yrent') && cells.includes('yrexit')) {
        return { format: 'atop-members', headerLine: line };
      }
      return {
        format: 'unsupported',
        line,
        message: `an ATOP alliance-level file: import the member-level file instead (atop5_1m.csv). ${SUPPORTED}`,
      };
    }
    if (/^state,year,atopally/.test(h)) {
      return {
        format: 'unsupported',
        line,
        message: `an ATOP state-year file: import the member-level file instead (atop5_1m.csv). ${SUPPORTED}`,
      };
    }
    if (/^exports by,\d{4}/.test(h) || /^recipient,\d{4}/.test(h) || /^,{1,2}\d{4},\d{4}/.test(h)) {
      return {
        format: 'unsupported',
        line,
        message: `a SIPRI TIV table (totals by country and year), not a list of deals: export the trade register or the transfers list instead. ${SUPPORTED}`,
      };
    }
    if (h.startsWith('version4id,ccode')) {
      return {
        format: 'unsupported',
        line,
        message: `a COW alliance file: its maintainers ask that software not redistribute it; use ATOP instead. ${SUPPORTED}`,
      };
    }
    if (/^stateabb,ccode/.test(h))
      return {
        format: 'unsupported',
        line,
        message: `a COW state list, not records. ${SUPPORTED}`,
      };
  }
  return {
    format: 'unsupported',
    line: 1,
    message: `unrecognised file: no known header row in the first 60 lines. ${SUPPORTED}`,
  };
}
