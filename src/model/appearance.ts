/**
 * Appearance: pure functions from measures to sizes, colours and widths. Colours come from the
 * Okabe-Ito palette, which stays distinguishable for the common forms of colour blindness.
 */
import type { AgreementType, Region } from './types';

export const REGION_COLORS: Record<Region, string> = {
  Africa: '#E69F00',
  Americas: '#56B4E9',
  Asia: '#009E73',
  Europe: '#0072B2',
  Oceania: '#CC79A7',
  Other: '#8C8C8C',
};

export const AGREEMENT_TYPE_COLORS: Record<AgreementType, string> = {
  'collective-defence': '#3C5BA9',
  'mutual-defence': '#5E8FD6',
  'non-aggression': '#9A7BC4',
  neutrality: '#A0A0A0',
  consultation: '#5BA36B',
  'defence-cooperation': '#3BA3A3',
  // Rose: apart from the alliances' blues and greens and from the arms flows' orange.
  'defence-industrial': '#B5527D',
  'export-control': '#C2B280',
};

export const TRANSFER_COLOR = '#D55E00';
export const HUB_COLOR = '#6B6B6B';

/** Categorical colours for detected blocs, in order of bloc size. */
export const BLOC_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#7F3C8D',
  '#11A579',
  '#3969AC',
];
export const OTHER_BLOC_COLOR = '#9A9A9A';

export const NODE_SIZE = { min: 3, max: 18 };
export const EDGE_WIDTH = { min: 0.6, max: 8 };

/**
 * Node size on a square-root scale, so area grows with the measure; 0 gets the minimum.
 * `max` is the largest value drawn, so the biggest node always has the maximum size.
 */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return NODE_SIZE.min;
  const t = Math.sqrt(Math.min(value, max) / max);
  return NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min);
}

/** Edge width on a square-root scale: a 100-to-1 weight ratio stays readable (10 to 1 in width). */
export function edgeWidth(weight: number, max: number): number {
  if (!(max > 0) || !(weight > 0)) return EDGE_WIDTH.min;
  const t = Math.sqrt(Math.min(weight, max) / max);
  return EDGE_WIDTH.min + t * (EDGE_WIDTH.max - EDGE_WIDTH.min);
}

export function blocColor(rank: number): string {
  return BLOC_COLORS[rank] ?? OTHER_BLOC_COLOR;
}

/** Mix a colour with the background, for dimmed (not highlighted) elements. */
export function dimColor(hex: string, background: string, amount = 0.8): string {
  const parse = (h: string) => {
    const v = h.replace('#', '');
    return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16));
  };
  const [r1, g1, b1] = parse(hex);
  const [r2, g2, b2] = parse(background);
  const mix = (a = 0, b = 0) => Math.round(a + (b - a) * amount);
  return `#${[mix(r1, r2), mix(g1, g2), mix(b1, b2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
