/**
 * What the import dialog and report call each kind of file. Apart from the registry, so the page
 * can name a format without loading the parsers (they run in the import worker).
 */
import type { ImportFormat } from './types';

export const IMPORT_FORMAT_LABELS: { readonly [F in ImportFormat]: string } = {
  'sipri-trade-register': 'SIPRI trade register (one row per deal)',
  'sipri-transfers': 'SIPRI transfers export (one row per deal and delivery year)',
  'atop-members': 'ATOP alliances, member-level file',
  'entente-json': 'Entente JSON',
};
