/**
 * What people type that the dataset's names and aliases do not say: common names, abbreviations
 * and former names, by country or agreement id. Search reads these beside each record's own
 * `aliases` (src/model/search.ts); ids a dataset does not have are ignored.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'United Kingdom'],
  SUN: ['USSR', 'Soviet', 'Soviets', 'Soviet Union', 'CCCP'],
  RUS: ['Russian Federation'],
  PRK: ['DPRK', 'North Korea', 'Korea, North', 'N Korea'],
  KOR: ['ROK', 'South Korea', 'Korea, South', 'S Korea', 'Republic of Korea'],
  CHN: ['PRC', 'China', "People's Republic of China", 'Mainland China'],
  TWN: ['ROC', 'Republic of China', 'Formosa', 'Chinese Taipei'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  SAU: ['KSA', 'Saudi', 'Kingdom of Saudi Arabia'],
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Congo-Brazzaville', 'Republic of the Congo'],
  DEU: ['FRG', 'BRD', 'West Germany', 'Deutschland'],
  DDR: ['GDR', 'DDR', 'East Germany'],
  NLD: ['Holland', 'The Netherlands'],
  CZE: ['Czech Republic'],
  CSK: ['CSSR'],
  MMR: ['Burma'],
  IRN: ['Persia'],
  LKA: ['Ceylon'],
  CIV: ['Ivory Coast'],
  TUR: ['Türkiye'],
  VNM: ['North Vietnam', 'DRV'],
  RVN: ['South Vietnam'],
  YUG: ['SFRY'],
  ZAF: ['RSA'],
  NZL: ['NZ'],
  BIH: ['Bosnia'],
  MKD: ['Macedonia', 'FYROM'],
  SWZ: ['Swaziland'],
  KHM: ['Kampuchea'],
  VAT: ['Vatican'],
  EGY: ['UAR'],
};

export const AGREEMENT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  nato: ['Atlantic Alliance', 'North Atlantic Treaty', 'OTAN'],
  'warsaw-pact': ['Warsaw Treaty Organization', 'Warsaw Treaty'],
  ukusa: ['UKUSA'],
  cento: ['Baghdad Pact'],
  seato: ['Manila Pact'],
  'rio-treaty': ['TIAR', 'Inter-American Treaty'],
  quad: ['Quadrilateral Security Dialogue'],
};
