/**
 * Typing is one history step per field edit: the first change of an edit adds a history entry,
 * the following keystrokes replace it, and leaving the field ends the edit. So an 18-character
 * caption is one step back, not eighteen.
 */
import type { HistoryEntry } from './channels';

export interface EditHistory {
  /** How a change of `field` enters history. */
  entry(field: string): HistoryEntry;
  /** The field lost focus (or any field, when none is named): the next change starts an edit. */
  end(field?: string): void;
}

export function createEditHistory(): EditHistory {
  let editing: string | null = null;
  return {
    entry(field) {
      const entry = editing === field ? 'replace' : 'push';
      editing = field;
      return entry;
    },
    end(field) {
      if (field === undefined || editing === field) editing = null;
    },
  };
}
