/**
 * The URL is the view: parse a query string, clean it against the dataset, serialise it back.
 * `cleanViewState(parseQuery(serialiseViewState(s, data)), data).state` deep-equals `s`.
 */
import type { ModelData } from '../model/dataset';
import { cleanViewState, type CleanResult } from './clean';
import { parseQuery } from './params';

export * from './clean';
export * from './params';
export * from './serialise';
export * from './talk';

/** parse + clean in one call. Never throws. */
export function viewFromQuery(search: string, data: ModelData): CleanResult {
  return cleanViewState(parseQuery(search), data);
}
