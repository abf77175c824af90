import { describe, it } from 'vitest';
import { hasSharedData, inCI, SHARED_DATA } from './sharedData';

/**
 * A test group that needs the reference data: skipped (with a message) when it is absent,
 * except in CI (CI=true), where its absence is a failure.
 */
export function describeWithSharedData(name: string, body: () => void): void {
  if (hasSharedData) {
    describe(name, body);
  } else if (inCI) {
    describe(name, () => {
      it('has the reference data', () => {
        throw new Error(`${SHARED_DATA} is missing: in CI the reference checks must run.`);
      });
    });
  } else {
    console.warn(`Skipped "${name}": no reference data at ${SHARED_DATA}.`);
    // Not `describe.skip(name, body)`: vitest still runs a skipped group's body to collect its
    // tests, and a body that reads the reference data would throw.
    describe.skip(name, () => {
      it('needs the reference data', () => {});
    });
  }
}
