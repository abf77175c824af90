/**
 * The default dataset's agreements against ATOP 5.1 (read-only reference data, never copied):
 *
 * - coverage: the share of ATOP's alliances with a defence obligation that began in 1945 or later
 *   and have a record here (matched by hand in `ATOP_IDS`). It is printed, must stay at or above
 *   85 %, and must equal the figure public/data/README.md states;
 * - every match is plausible: the record exists, starts within two years of ATOP's alliance and
 *   shares parties with it (documented exceptions aside);
 * - the differences in parties and start years are printed (they are expected: ATOP codes
 *   obligations, the dataset codes treaties and organisations).
 *
 * Skipped when the reference data (../shared/data) is absent.
 */
import { sharedFile, skipWithoutShared } from '../sharedData';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/importers';
import type { Agreement } from '../../src/model/types';
import {
  ATOP_IDS,
  ATOP_MATCH_EXCEPTIONS,
  atopDefencePactsSince,
  compareAgreement,
  defencePactCoverage,
} from './crosscheck';

const ATOP = sharedFile('atop', 'atop5_1m.csv');
const HERE = fileURLToPath(new URL('.', import.meta.url));
const OURS = join(HERE, '../../public/data/agreements.json');
const README = join(HERE, '../../public/data/README.md');

/** The coverage the project promises (issue 18). */
const MIN_COVERAGE = 0.85;

const HAVE = !skipWithoutShared(ATOP);

describe.skipIf(!HAVE)('default dataset agreements vs ATOP 5.1', () => {
  const csv = HAVE ? readFileSync(ATOP, 'utf8') : '';
  const ours = HAVE
    ? (JSON.parse(readFileSync(OURS, 'utf8')) as { agreements: Agreement[] }).agreements
    : [];
  const byOurId = new Map(ours.map((a) => [a.id, a]));

  it('has a record for at least 85 % of ATOP’s post-1945 defence pacts, as the README states', () => {
    const pacts = atopDefencePactsSince(csv, 1945);
    const coverage = defencePactCoverage(pacts, ATOP_IDS);
    const percent = (100 * coverage.rate).toFixed(1);
    console.log(
      `ATOP 5.1 alliances with a defence obligation begun in 1945 or later: ${pacts.size}; ` +
        `with a record in the default dataset: ${coverage.covered.length} (${percent} %).\n` +
        `Without a record (atopid: first year): ${coverage.missing
          .map((id) => `${id}: ${pacts.get(id)!.start}`)
          .join(', ')}`,
    );
    expect(coverage.rate).toBeGreaterThanOrEqual(MIN_COVERAGE);

    const readme = readFileSync(README, 'utf8');
    const claim =
      /(\d+) of (?:the )?(\d+) ATOP 5\.1 alliances with a defence obligation begun in 1945 or later \((\d+(?:\.\d)?) %\)/.exec(
        readme,
      );
    expect(claim, 'public/data/README.md states the ATOP defence-pact coverage').not.toBeNull();
    expect([Number(claim![1]), Number(claim![2]), claim![3]]).toEqual([
      coverage.covered.length,
      pacts.size,
      percent,
    ]);
  });

  it('matches each record to an ATOP alliance it plausibly is', () => {
    const atop = importFile('atop5_1m.csv', new Uint8Array(readFileSync(ATOP)));
    if (!atop.ok) throw new Error(JSON.stringify(atop.error));
    const byAtopId = new Map(atop.dataset.agreements.map((a) => [a.id, a]));
    const bad: string[] = [];
    const lines: string[] = [];
    const seen = new Map<number, string>();
    for (const [ourId, atopid] of Object.entries(ATOP_IDS)) {
      const a = byOurId.get(ourId);
      const theirs = byAtopId.get(`atop-${atopid}`);
      if (!a) {
        bad.push(`${ourId}: no such agreement in the dataset`);
        continue;
      }
      if (!theirs) {
        bad.push(`${ourId}: atopid ${atopid} is not in ATOP 5.1`);
        continue;
      }
      const twice = seen.get(atopid);
      if (twice) bad.push(`${ourId}: atopid ${atopid} is already matched to ${twice}`);
      seen.set(atopid, ourId);
      const d = compareAgreement(a, theirs, atopid);
      const shared = new Set(a.members.map((m) => m.country)).size - d.onlyOurs.length;
      if (!(ourId in ATOP_MATCH_EXCEPTIONS)) {
        if (Math.abs(d.ourStart - d.atopStart) > 2)
          bad.push(`${ourId}: starts ${d.ourStart}, ATOP ${atopid} starts ${d.atopStart}`);
        if (shared < 2) bad.push(`${ourId}: shares ${shared} parties with ATOP ${atopid}`);
      }
      const parts: string[] = [];
      if (d.ourStart !== d.atopStart) parts.push(`start ${d.ourStart} vs ATOP ${d.atopStart}`);
      if (d.onlyOurs.length) parts.push(`only ours: ${d.onlyOurs.join(' ')}`);
      if (d.onlyAtop.length) parts.push(`only ATOP: ${d.onlyAtop.join(' ')}`);
      if (parts.length) lines.push(`  ${ourId} (atopid ${atopid}): ${parts.join('; ')}`);
    }
    console.log(
      `ATOP cross-check: ${Object.keys(ATOP_IDS).length} agreements matched; differences:\n${lines.join('\n')}`,
    );
    expect(bad).toEqual([]);
  });
});
