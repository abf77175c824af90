/**
 * Figures of public/data/README.md, written the way the README writes them, and the check that
 * the README states a claim (line breaks aside): the tests that compute a figure also make
 * sure the README says it, so a claim that stops being true fails.
 */
import { expect } from 'vitest';
import { flattenText } from '../sharedData';
import { datasetReadme } from './sipriReference';

/** Percent with one decimal, rounded down so that a claim never overstates. */
export const percent = (part: number, whole: number): string =>
  `${(Math.floor((1000 * part) / whole) / 10).toFixed(1)} %`;

/** 2687 -> "2,687". */
export const count = (n: number): string => n.toLocaleString('en-GB');

export function expectReadmeToState(claim: string): void {
  const readme = flattenText(datasetReadme());
  expect(readme.includes(flattenText(claim)), `public/data/README.md should state: ${claim}`).toBe(
    true,
  );
}
