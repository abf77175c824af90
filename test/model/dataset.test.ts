import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import {
  concurrentPairs,
  indexDataset,
  maxConcurrentParties,
  type IndexedMember,
} from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import type { Agreement, Dataset } from '../../src/model/types';
import { fixtureDataset } from './fixture';
import { defaultModel } from '../defaultData';

const member = (country: number, joined: string, left: string | null): IndexedMember => ({
  country,
  from: Number(joined.slice(0, 4)),
  to: left === null ? Infinity : Number(left.slice(0, 4)),
  joined,
  left,
});

describe('bilateral: never more than two parties at the same time', () => {
  it('counts parties present together, not parties over the years', () => {
    // The Soviet Union hands a treaty to Russia, its continuator, the next day.
    const continued = [
      member(0, '1961-07-06', '1991-12-25'),
      member(1, '1991-12-26', '1996-09-10'),
      member(2, '1961-07-06', '1996-09-10'),
    ];
    expect(maxConcurrentParties(continued)).toBe(2);
    expect(concurrentPairs(continued)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Three founding members: multilateral.
    const three = [member(0, '1951', null), member(1, '1951', null), member(2, '1951', null)];
    expect(maxConcurrentParties(three)).toBe(3);
    // A third party that joins before another leaves: three at once for a while.
    const overlapping = [
      member(0, '1950', null),
      member(1, '1950', '1971'),
      member(2, '1970', null),
    ];
    expect(maxConcurrentParties(overlapping)).toBe(3);
  });

  it('reads dates only as precisely as both are given: a join in the year another leaves succeeds it', () => {
    expect(
      maxConcurrentParties([
        member(0, '1950', '1991'),
        member(1, '1991', null),
        member(2, '1950', null),
      ]),
    ).toBe(2);
    expect(
      maxConcurrentParties([
        member(0, '1950', '1991-12'),
        member(1, '1991-11-30', null),
        member(2, '1950', null),
      ]),
    ).toBe(3);
  });

  it('counts a state that leaves and rejoins once', () => {
    const rejoined = [member(0, '1950', '1960'), member(1, '1950', null), member(0, '1970', null)];
    expect(maxConcurrentParties(rejoined)).toBe(2);
  });

  const withTreaty = (members: Agreement['members']): Dataset => {
    const base = fixtureDataset();
    return {
      ...base,
      agreements: [
        {
          id: 'continued',
          name: 'A treaty continued by a successor',
          type: 'mutual-defence',
          signed: '1961-07-06',
          ended: '1996-09-10',
          members,
          source: 'test',
        },
      ],
    };
  };
  const continuedTreaty = withTreaty([
    { country: 'OLD', joined: '1961-07-06', left: '1991-12-25' },
    { country: 'BBB', joined: '1991-12-26', left: '1996-09-10' },
    { country: 'DDD', joined: '1961-07-06', left: '1996-09-10' },
  ]);

  it('calls a treaty continued by a successor bilateral and draws it as two ties, never a hub', () => {
    const data = indexDataset(continuedTreaty);
    expect(data.agreements[0]!.bilateral).toBe(true);
    const agg = aggregate(data, { ...defaultFilters(data.yearSpan), from: 1985, to: 1995 }, 'hub');
    expect(agg.groups).toEqual([]);
    const id = (i: number) => data.countries[i]!.id;
    // The predecessor and its successor were never allies of each other, even in 1991.
    expect(agg.ties.map((t) => [id(t.a), id(t.b)].sort().join('-')).sort()).toEqual([
      'BBB-DDD',
      'DDD-OLD',
    ]);
  });

  it('holds for the default dataset: treaties Russia continued are bilateral, alliances of three or more are not', () => {
    const data = defaultModel();
    const byId = (id: string) => data.agreements[data.agreementIndex.get(id)!]!;
    const continued = data.agreements.filter((a) => {
      const ids = new Set(a.members.map((m) => data.countries[m.country]!.id));
      return ids.size === 3 && ids.has('SUN') && ids.has('RUS');
    });
    expect(continued.map((a) => a.record.id)).toContain('sun-prk-1961');
    for (const a of continued) expect(a.bilateral, a.record.id).toBe(true);
    expect(byId('sun-prk-1961').bilateral).toBe(true);
    for (const id of ['nato', 'warsaw-pact', 'anzus']) expect(byId(id).bilateral, id).toBe(false);
  });
});
