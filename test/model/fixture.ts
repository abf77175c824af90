/** A small hand-made dataset whose aggregates are known by hand. */
import type { Dataset } from '../../src/model/types';

const country = (
  id: string,
  region: 'Europe' | 'Asia' | 'Americas',
  from = 1900,
  to: number | null = null,
) => ({
  id,
  name: `Country ${id}`,
  region,
  subregion:
    region === 'Europe'
      ? 'Western Europe'
      : region === 'Asia'
        ? 'Eastern Asia'
        : 'Northern America',
  lat: 0,
  lon: 0,
  from,
  to,
});

export function fixtureDataset(): Dataset {
  return {
    countries: [
      country('AAA', 'Americas'),
      country('BBB', 'Europe'),
      country('CCC', 'Europe'),
      country('DDD', 'Asia'),
      country('OLD', 'Europe', 1900, 1991),
    ],
    agreements: [
      {
        id: 'pact',
        name: 'Three-party pact',
        type: 'collective-defence',
        signed: '1950-04-04',
        ended: null,
        members: [
          { country: 'AAA', joined: '1950', left: null },
          { country: 'BBB', joined: '1950', left: '1971' },
          { country: 'CCC', joined: '1970', left: null },
        ],
        source: 'test',
      },
      {
        id: 'aaa-ddd',
        name: 'AAA-DDD treaty',
        type: 'mutual-defence',
        signed: '1955',
        ended: '1980-01-01',
        members: [
          { country: 'AAA', joined: '1955', left: '1980' },
          { country: 'DDD', joined: '1955', left: '1980' },
        ],
        source: 'test',
      },
    ],
    transfers: [
      {
        id: 'd1',
        supplier: 'AAA',
        recipient: 'BBB',
        designation: 'F-1',
        category: 'aircraft',
        ordered: { year: 1959, units: 10 },
        deliveries: [
          { year: 1960, units: 4, tiv: 40 },
          { year: 1961, units: 6, tiv: 60 },
        ],
        source: 'test',
      },
      {
        id: 'd2',
        supplier: 'AAA',
        recipient: 'BBB',
        designation: 'T-1',
        category: 'armoured-vehicles',
        deliveries: [{ year: 1961, units: 100 }],
        source: 'test',
      },
      {
        id: 'd3',
        supplier: 'BBB',
        recipient: 'AAA',
        designation: 'S-1',
        category: 'ships',
        deliveries: [{ year: 1975 }],
        source: 'test',
      },
      {
        id: 'd4',
        supplier: 'OLD',
        recipient: 'DDD',
        designation: 'M-1',
        category: 'missiles',
        deliveries: [{ year: 1961, units: 5, tiv: 5 }],
        source: 'test',
      },
    ],
    embargoes: [],
  };
}
