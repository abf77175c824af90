import { describe, expect, it } from 'vitest';
import { SHARED_DATA, hasSharedData, inCI, skipWithoutShared } from './sharedData';

describe('reference data', () => {
  it.runIf(inCI)('is present in CI (CI=true), so no test that needs it is skipped', () => {
    expect(hasSharedData, `${SHARED_DATA} is missing: CI must provide ../shared/data`).toBe(true);
  });

  it('skips only outside CI', () => {
    const missing = `${SHARED_DATA}/no-such-file.csv`;
    expect(skipWithoutShared(missing)).toBe(!inCI);
    expect(skipWithoutShared()).toBe(false);
  });
});
