/**
 * Allies on the default dataset, the example: India and Russia share consultation forums
 * (SCO, ARF) but no defence obligation, so Russia's deliveries are not "imports from allies".
 */
import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../src/model/filters';
import { allyShareOf, sharedAgreementsInYear } from '../../src/model/overlap';
import { DEFENCE_OBLIGATION_TYPES } from '../../src/model/types';
import { defaultModel } from '../defaultData';

const data = defaultModel();
const idx = (id: string) => data.countryIndex.get(id)!;

describe('allies in the default dataset', () => {
  it('does not make Russia an ally of India through consultation forums', () => {
    const forums = data.agreements.filter(
      (a) =>
        a.type === 'consultation' &&
        a.members.some((m) => m.country === idx('IND')) &&
        a.members.some((m) => m.country === idx('RUS')),
    );
    expect(forums.length).toBeGreaterThan(0); // the case the rule is about exists
    expect(sharedAgreementsInYear(data, idx('IND'), idx('RUS'), 2015)).toEqual([]);
    const share = allyShareOf(data, defaultFilters(data.yearSpan), 'deals', idx('IND'), 'imports');
    expect(share).not.toBeNull();
    for (const a of share!.agreements)
      expect(DEFENCE_OBLIGATION_TYPES).toContain(data.agreements[a]!.type);
  });
});
