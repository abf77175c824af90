/**
 * Where the reference datasets (SIPRI, ATOP, COW exports) are: `../shared/data` beside the
 * repository, as on developers' machines and in CI; ENTENTE_SHARED_DATA overrides it. Tests that
 * read them skip when the folder is absent: the data may not be redistributed with the project.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SHARED_DATA = process.env.ENTENTE_SHARED_DATA ?? join(REPO, '../shared/data');
export const hasSharedData = existsSync(SHARED_DATA);
export const sharedFile = (...parts: string[]) => join(SHARED_DATA, ...parts);

/** Text with every run of white space as one space (to find a claim across line breaks). */
export const flattenText = (text: string): string => text.replace(/\s+/g, ' ');
