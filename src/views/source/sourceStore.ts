/**
 * Where the link's data stands, for the notices and the consent dialog: a dataset file the link
 * names (`src`) being asked about, loaded, failed or kept; a kept dataset (`data=import-...`)
 * that this browser does not have. Short-lived and not in the link (the link has `src` itself).
 */
import { create } from 'zustand';
import type { SourcePlan } from '../../data/sourceLink';
import type { RawViewState } from '../../url';

/** A failure, located as precisely as the file allows. */
export interface SourceError {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

export type AllowedPlan = Exclude<SourcePlan, { kind: 'refused' }>;

export type SourceStatus =
  | { kind: 'none' }
  /** Another site: nothing is requested until the reader agrees. */
  | { kind: 'asking'; plan: Extract<SourcePlan, { kind: 'cross-origin' }>; raw: RawViewState }
  | { kind: 'loading'; plan: AllowedPlan; fraction: number }
  | {
      kind: 'loaded';
      plan: AllowedPlan;
      /** Records left out or kept with a warning, each naming file, line and field. */
      warnings: string[];
      keep: 'no' | 'keeping' | 'kept' | 'failed';
    }
  | { kind: 'failed'; error: SourceError; shownName: string };

export interface SourceState {
  status: SourceStatus;
  /** A kept dataset the link names that this browser does not have. */
  missing: { id: string; name: string | null } | null;
  setStatus(status: SourceStatus): void;
  setMissing(missing: SourceState['missing']): void;
}

export const useSourceStore = create<SourceState>()((set) => ({
  status: { kind: 'none' },
  missing: null,
  setStatus: (status) => set({ status }),
  setMissing: (missing) => set({ missing }),
}));

/** "data.json, line 12, column 5 (field "transfers.3.supplier"): …" without saying a place twice. */
export function formatSourceError(error: SourceError): string {
  if (error.message.startsWith(error.file)) return error.message;
  const where = [
    error.file,
    error.line !== undefined ? `line ${error.line}` : null,
    error.column !== undefined ? `column ${error.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}${error.field ? ` (field "${error.field}")` : ''}: ${error.message}`;
}
