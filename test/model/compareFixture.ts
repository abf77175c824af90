/** The hand-made dataset of the comparison tests (see compare.test.ts for its worked answers). */
import type { Country, Dataset, Transfer } from '../../src/model/types';

const country = (id: string, region: Country['region'], kind?: Country['kind']): Country => ({
  id,
  name: `Country ${id}`,
  region,
  subregion: region,
  lat: 0,
  lon: 0,
  from: 1900,
  to: null,
  ...(kind ? { kind } : {}),
});

const transfer = (
  id: string,
  supplier: string,
  recipient: string,
  deliveries: [number, number][],
): Transfer => ({
  id,
  supplier,
  recipient,
  designation: id,
  category: 'aircraft',
  deliveries: deliveries.map(([year, tiv]) => ({ year, units: 1, tiv })),
  source: 'test',
});

export function compareDataset(): Dataset {
  return {
    countries: [
      country('SOV', 'Europe'),
      country('USA', 'Americas'),
      country('FRA', 'Europe'),
      country('IND', 'Asia'),
      country('EGY', 'Africa'),
      country('POL', 'Europe'),
      country('UNK', 'Other', 'unknown'),
    ],
    agreements: [
      {
        id: 'pact',
        name: 'Pact',
        type: 'collective-defence',
        signed: '1949',
        ended: null,
        members: [
          { country: 'USA', joined: '1949', left: null },
          { country: 'FRA', joined: '1949', left: null },
          { country: 'POL', joined: '2005', left: null },
        ],
        source: 'test',
      },
      {
        id: 'sov-ind',
        name: 'Treaty',
        type: 'mutual-defence',
        signed: '1971',
        ended: '2008',
        members: [
          { country: 'SOV', joined: '1971', left: '2008' },
          { country: 'IND', joined: '1971', left: '2008' },
        ],
        source: 'test',
      },
    ],
    transfers: [
      transfer('s1', 'SOV', 'IND', [
        [2001, 100],
        [2002, 100],
        [2011, 60],
      ]),
      transfer('f1', 'FRA', 'IND', [[2012, 90]]),
      transfer('u1', 'USA', 'IND', [[2003, 20]]),
      transfer('x1', 'UNK', 'IND', [[2013, 30]]),
      transfer('u2', 'USA', 'EGY', [
        [2000, 50],
        [2010, 100],
        [2011, 50],
      ]),
      transfer('s2', 'SOV', 'EGY', [[2001, 50]]),
      transfer('f2', 'FRA', 'POL', [
        [2004, 40],
        [2014, 50],
      ]),
      transfer('u3', 'USA', 'POL', [[2014, 10]]),
    ],
    embargoes: [],
  };
}
