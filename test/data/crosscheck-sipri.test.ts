/**
 * Every transfer of the default dataset should be a SIPRI deal: same supplier and recipient, a
 * similar designation, an order year within 2. Prints the match rate and the unmatched records;
 * fails under 90 %. Skipped when the reference data (/work/shared/data) is absent.
 */
import { sharedFile, skipWithoutShared } from '../sharedData';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/importers';
import type { Transfer } from '../../src/model/types';
import {
  baseModel,
  crosscheckTransfers,
  describeTransfer,
  findSipriDeal,
  indexSipri,
  matchesDeal,
  similarDesignation,
} from './crosscheck';

const REGISTER = sharedFile('sipri', 'trade-register_all-years_generated-2025-03-13.csv');
const OURS = join(fileURLToPath(new URL('.', import.meta.url)), '../../public/data/transfers.json');

describe('crosscheck matching', () => {
  const deal = (over: Partial<Transfer>): Transfer => ({
    id: 's',
    supplier: 'USA',
    recipient: 'FRA',
    designation: 'F-84G Thunderjet',
    category: 'aircraft',
    ordered: { year: 1951 },
    deliveries: [{ year: 1952 }],
    source: 'test',
    ...over,
  });

  it('compares designations without case, spaces and hyphens, by containment or a shared token', () => {
    expect(similarDesignation('F-84G Thunderjet', 'f84g thunderjet')).toBe(true);
    expect(similarDesignation('Mirage 2000-5', 'Mirage-2000')).toBe(true);
    expect(similarDesignation('Leopard 2A4', 'Leopard-2')).toBe(true);
    expect(similarDesignation('M47 Patton', 'M-47')).toBe(true);
    expect(similarDesignation('Rafale', 'Mirage-2000')).toBe(false);
  });

  it("also accepts the same base model, or our designation quoted in SIPRI's comments", () => {
    expect(baseModel('F-16AM')).toBe('f16');
    expect(baseModel('K9 Vajra')).toBeUndefined();
    expect(matchesDeal('F-15SG', deal({ designation: 'F-15E Strike Eagle' }))).toBe(true);
    expect(
      matchesDeal(
        'Type-85-IIAP',
        deal({ designation: 'Type-85-IIM', notes: 'Type-85-IIAP version' }),
      ),
    ).toBe(true);
    expect(
      matchesDeal(
        'K9 Vajra',
        deal({ designation: 'K-9 Thunder 155mm', notes: 'Indian designation K9 Vajra' }),
      ),
    ).toBe(true);
    expect(matchesDeal('F-16AM', deal({ designation: 'F-15E Strike Eagle' }))).toBe(false);
  });

  it('requires the same pair and an order year within 2', () => {
    const index = indexSipri([
      deal({ id: 'a' }),
      deal({ id: 'b', ordered: { year: 1960 } }),
      deal({ id: 'c', recipient: 'ITA' }),
    ]);
    expect(findSipriDeal(deal({ id: 'x', ordered: { year: 1953 } }), index)?.id).toBe('a');
    expect(findSipriDeal(deal({ id: 'x', ordered: { year: 1956 } }), index)).toBeUndefined();
    expect(
      findSipriDeal(deal({ id: 'x', ordered: undefined, deliveries: [{ year: 1954 }] }), index)?.id,
    ).toBe('a');
    expect(findSipriDeal(deal({ id: 'x', recipient: 'DEU' }), index)).toBeUndefined();
  });
});

describe.skipIf(skipWithoutShared(REGISTER))(
  'default dataset transfers vs the SIPRI trade register',
  () => {
    it('matches at least 90% of our transfers', () => {
      const ours = (JSON.parse(readFileSync(OURS, 'utf8')) as { transfers: Transfer[] }).transfers;
      const sipri = importFile('trade-register.csv', new Uint8Array(readFileSync(REGISTER)));
      if (!sipri.ok) throw new Error(JSON.stringify(sipri.error));
      const result = crosscheckTransfers(ours, sipri.dataset.transfers);
      console.log(
        `SIPRI cross-check: ${result.matched.length} of ${ours.length} transfers matched (${(100 * result.rate).toFixed(1)} %)` +
          (result.unmatched.length
            ? `\nUnmatched:\n${result.unmatched.map((t) => `  ${describeTransfer(t)}`).join('\n')}`
            : ''),
      );
      if (ours.length > 0) expect(result.rate).toBeGreaterThanOrEqual(0.9);
    });
  },
);
