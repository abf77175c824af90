/**
 * Where the reference datasets (SIPRI, ATOP, COW exports) are: `../shared/data` beside the
 * repository, as on developers' machines and in CI; ENTENTE_SHARED_DATA overrides it.
 *
 * The data may not be redistributed with the project, so on a developer's machine without it the
 * tests that read it skip, saying so. In CI (`CI=true`) it must be there: those tests run, and fail
 * on the missing file, and test/sharedData.test.ts fails with the reason.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SHARED_DATA = process.env.ENTENTE_SHARED_DATA ?? join(REPO, '../shared/data');
export const hasSharedData = existsSync(SHARED_DATA);
export const sharedFile = (...parts: string[]) => join(SHARED_DATA, ...parts);

/** `CI=true` (or 1), as CI services set it. */
export const inCI = /^(1|true)$/i.test(process.env.CI ?? '');

const warned = new Set<string>();

/**
 * For `describe.skipIf(...)`: true (skip) when one of these paths is missing on a developer's
 * machine; always false in CI, where a missing file is a failure, not a skip.
 */
export function skipWithoutShared(...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0 || inCI) return false;
  for (const path of missing) {
    if (warned.has(path)) continue;
    warned.add(path);
    console.warn(`Reference data not found, tests that need it are skipped: ${path}`);
  }
  return true;
}

/** Text with every run of white space as one space (to find a claim across line breaks). */
export const flattenText = (text: string): string => text.replace(/\s+/g, ' ');
