/**
 * The Arab League's Joint Defence Treaty (`arab-league-jdec`) against ATOP 5.1's member list for
 * the same treaty (atopid 3205), read only, never copied (skipped without ../shared/data, failing
 * in CI). The record's member dates come from published sources (see each member's note and
 * dataset/agreements/NOTES-multilateral.md); this test measures how far they agree with ATOP:
 *
 * - every party recorded here is a party in ATOP;
 * - every party whose date of entry differs from ATOP's is a documented difference (below), and
 *   no documented difference has gone stale;
 * - every party that joined after the signature has a note saying where its date comes from (this
 *   check runs without the reference data);
 * - the match (parties recorded, dates that agree) is printed, and the NOTES and the dataset
 *   README state it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/importers';
import type { Agreement } from '../../src/model/types';
import { flattenText, sharedFile, skipWithoutShared } from '../sharedData';
import { ATOP_IDS, compareMemberEntries, type MemberEntry } from './crosscheck';
import { expectReadmeToState } from './readmeClaims';

const ATOP = sharedFile('atop', 'atop5_1m.csv');
const ID = 'arab-league-jdec';
const NOTES = join(__dirname, '../../dataset/agreements/NOTES-multilateral.md');

/** Parties whose date of entry here differs from ATOP's, and why (see the NOTES). */
const DATE_DIFFERENCES: Record<string, string> = {
  LBY:
    'People’s Daily (22 July 1958) says Libya was bound on joining the League (28 March 1953); ' +
    'ATOP dates Libya from September 1964',
  SDN:
    'People’s Daily (22 July 1958) says Sudan was bound on joining the League (19 January 1956); ' +
    'ATOP dates Sudan from September 1964',
};

/** Whether our date (as precise as its source) agrees with ATOP's at our precision. */
const sameDate = (ours: string, atop: string) => atop.startsWith(ours);

const HAVE = !skipWithoutShared(ATOP);

const ours = (
  JSON.parse(readFileSync(join(__dirname, '../../public/data/agreements.json'), 'utf8')) as {
    agreements: Agreement[];
  }
).agreements.find((a) => a.id === ID)!;

describe('Arab Joint Defence Treaty record', () => {
  it('explains every date of entry after the signature in a note', () => {
    expect(ours, `public/data/agreements.json has ${ID}`).toBeDefined();
    const later = ours.members.filter((m) => m.joined !== ours.signed);
    expect(later.length).toBeGreaterThan(0);
    expect(
      later.filter((m) => !m.note || m.note.trim() === '').map((m) => m.country),
      'members who joined after the signature without a note',
    ).toEqual([]);
  });
});

describe.skipIf(!HAVE)('Arab Joint Defence Treaty vs ATOP 5.1 (atopid 3205)', () => {
  const entries = (): MemberEntry[] => {
    const r = importFile('atop5_1m.csv', new Uint8Array(readFileSync(ATOP)));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const theirs = r.dataset.agreements.find((a) => a.id === `atop-${ATOP_IDS[ID]}`);
    if (!theirs) throw new Error(`ATOP 5.1 has no alliance ${ATOP_IDS[ID]}`);
    return compareMemberEntries(ours, theirs);
  };

  it('records only ATOP’s parties, with the dates ATOP gives or documented differences', () => {
    const all = entries();
    const shared = all.filter((e) => e.ours !== undefined && e.atop !== undefined);
    const agree = shared.filter((e) => sameDate(e.ours!, e.atop!));
    const differ = shared.filter((e) => !sameDate(e.ours!, e.atop!));
    const atopParties = all.filter((e) => e.atop !== undefined);
    const missing = all.filter((e) => e.ours === undefined);
    console.log(
      `${ID} vs ATOP 5.1 ${ATOP_IDS[ID]}: ${shared.length} of the ${atopParties.length} states ` +
        `ATOP lists as parties are recorded; dates of entry agree for ${agree.length}.\n` +
        all
          .map(
            (e) =>
              `  ${e.country}: ours ${e.ours ?? '—'}, ATOP ${e.atop ?? '—'}` +
              (e.ours !== undefined && e.atop !== undefined && !sameDate(e.ours, e.atop)
                ? ` (differs: ${DATE_DIFFERENCES[e.country] ?? 'undocumented'})`
                : ''),
          )
          .join('\n') +
        `\n  not recorded (no dated source): ${missing.map((e) => e.country).join(' ')}`,
    );

    expect(
      all.filter((e) => e.atop === undefined).map((e) => e.country),
      'parties recorded here that ATOP does not list',
    ).toEqual([]);
    expect(differ.map((e) => e.country).sort()).toEqual(Object.keys(DATE_DIFFERENCES).sort());

    const claim = `${shared.length} of the ${atopParties.length} states ATOP 5.1 lists as parties`;
    const notes = flattenText(readFileSync(NOTES, 'utf8'));
    expect(notes, `NOTES-multilateral.md should state: ${claim}`).toContain(claim);
    expect(notes).toContain(`dates of entry agree for ${agree.length}`);
    expectReadmeToState(
      `The Arab League's Joint Defence Treaty records ${shared.length} of the ` +
        `${atopParties.length} states ATOP 5.1 lists as parties`,
    );
  });
});
