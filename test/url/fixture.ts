/** A small hand-made dataset for the URL tests: 6 countries, 3 agreements, a few transfers. */
import { indexDataset, type ModelData } from '../../src/model/dataset';
import type { Country, Dataset, Region, Transfer } from '../../src/model/types';

const country = (
  id: string,
  region: Region,
  subregion: string,
  from = 1900,
  to: number | null = null,
): Country => ({
  id,
  name: `Country ${id}`,
  region,
  subregion,
  lat: 0,
  lon: 0,
  from,
  to,
});

const transfer = (
  id: string,
  supplier: string,
  recipient: string,
  year: number,
  tiv?: number,
): Transfer => ({
  id,
  supplier,
  recipient,
  designation: `W-${id}`,
  category: 'aircraft',
  deliveries: [{ year, units: 2, ...(tiv === undefined ? {} : { tiv }) }],
  source: 'test',
});

export function urlDataset(withValues: boolean): Dataset {
  return {
    countries: [
      country('FRA', 'Europe', 'Western Europe'),
      country('DEU', 'Europe', 'Western Europe'),
      country('USA', 'Americas', 'Northern America'),
      country('BRA', 'Americas', 'Latin America and the Caribbean'),
      country('CHN', 'Asia', 'Eastern Asia'),
      country('SUN', 'Europe', 'Eastern Europe', 1922, 1991),
    ],
    agreements: [
      {
        id: 'nato',
        name: 'North Atlantic Treaty',
        shortName: 'NATO',
        type: 'collective-defence',
        signed: '1949-04-04',
        ended: null,
        members: [
          { country: 'USA', joined: '1949', left: null },
          { country: 'FRA', joined: '1949', left: null },
          { country: 'DEU', joined: '1955', left: null },
        ],
        source: 'test',
      },
      {
        id: 'sino-soviet',
        name: 'Sino-Soviet Treaty',
        type: 'mutual-defence',
        signed: '1950-02-14',
        ended: '1979',
        members: [
          { country: 'CHN', joined: '1950', left: '1979' },
          { country: 'SUN', joined: '1950', left: '1979' },
        ],
        source: 'test',
      },
      {
        id: 'rio|pact',
        name: 'Rio Treaty (an id with a bar)',
        type: 'consultation',
        signed: '1947',
        ended: null,
        members: [
          { country: 'USA', joined: '1947', left: null },
          { country: 'BRA', joined: '1947', left: null },
          { country: 'FRA', joined: '1960', left: '1970' },
        ],
        source: 'test',
      },
    ],
    transfers: [
      transfer('d1', 'USA', 'DEU', 1960, withValues ? 100 : undefined),
      transfer('d2', 'SUN', 'CHN', 1955),
      transfer('d3', 'FRA', 'BRA', 1975, withValues ? 12.5 : undefined),
      transfer('d4', 'DEU', 'USA', 2020),
    ],
    embargoes: [],
    events: [
      {
        id: 'paris-air-show-1969',
        kind: 'exhibition',
        title: 'Paris Air Show 1969',
        date: '1969-05-29',
        end: '1969-06-08',
        host: 'FRA',
        participants: [],
        series: 'Paris Air Show',
        source: 'test',
      },
      {
        id: 'usa-deu-1960-visit',
        kind: 'visit',
        title: 'A visit with an id: and spaces',
        date: '1960-03',
        host: 'USA',
        participants: ['USA', 'DEU'],
        related: { transfers: ['d1'] },
        source: 'test',
      },
    ],
  };
}

export const withValues: ModelData = indexDataset(urlDataset(true));
export const withoutValues: ModelData = indexDataset(urlDataset(false));

/** Every edge key the fixture can draw (checked by hand). */
export const EDGE_KEYS = [
  't:USA>DEU',
  't:SUN>CHN',
  't:FRA>BRA',
  't:DEU>USA',
  'a:FRA|DEU|collective-defence',
  'a:FRA|USA|collective-defence',
  'a:DEU|USA|collective-defence',
  'a:CHN|SUN|mutual-defence',
  'a:FRA|USA|consultation',
  'a:USA|BRA|consultation',
  'a:FRA|BRA|consultation',
  'm:nato|USA',
  'm:nato|FRA',
  'm:nato|DEU',
  'm:rio|pact|USA',
  'm:rio|pact|BRA',
  'm:rio|pact|FRA',
];
