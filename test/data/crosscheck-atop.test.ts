/**
 * Our agreements that ATOP also codes: compare parties and start years and print the
 * differences (they are expected: ATOP codes obligations, we code treaties and organisations).
 * Fails only on errors (a file that does not load, an atopid missing from ATOP). Skipped when
 * the reference data (/work/shared/data) is absent.
 */
import { sharedFile } from '../sharedData';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/importers';
import type { Agreement } from '../../src/model/types';
import { ATOP_IDS, compareAgreement } from './crosscheck';

const ATOP = sharedFile('atop', 'atop5_1m.csv');
const OURS = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../public/data/agreements.json',
);

const HAVE = existsSync(ATOP) && existsSync(OURS);

describe.skipIf(!HAVE)('default dataset agreements vs ATOP 5.1', () => {
  it('compares parties and start years of the agreements ATOP codes', () => {
    const atop = importFile('atop5_1m.csv', new Uint8Array(readFileSync(ATOP)));
    if (!atop.ok) throw new Error(JSON.stringify(atop.error));
    const byAtopId = new Map(atop.dataset.agreements.map((a) => [a.id, a]));
    const ours = (JSON.parse(readFileSync(OURS, 'utf8')) as { agreements: Agreement[] }).agreements;
    const lines: string[] = [];
    let compared = 0;
    for (const a of ours) {
      const atopid = ATOP_IDS[a.id];
      if (atopid === undefined) continue;
      const theirs = byAtopId.get(`atop-${atopid}`);
      expect(theirs, `atopid ${atopid} (for ${a.id}) is not in ATOP 5.1`).toBeDefined();
      const d = compareAgreement(a, theirs!, atopid);
      compared++;
      const parts: string[] = [];
      if (d.ourStart !== d.atopStart) parts.push(`start ${d.ourStart} vs ATOP ${d.atopStart}`);
      if (d.onlyOurs.length) parts.push(`only ours: ${d.onlyOurs.join(' ')}`);
      if (d.onlyAtop.length) parts.push(`only ATOP: ${d.onlyAtop.join(' ')}`);
      lines.push(
        `  ${a.id} (atopid ${atopid}): ${parts.length ? parts.join('; ') : 'same parties and start year'}`,
      );
    }
    console.log(`ATOP cross-check: ${compared} agreements compared\n${lines.join('\n')}`);
  });
});
