/**
 * One colour system for every view (network, timeline, rankings, legend, exports), in a light and
 * a dark variant.
 *
 * Four palettes, one job each:
 * - regions: state nodes (and the timeline's region series and agreement groups);
 * - agreement types: alliance ties, hubs and hulls;
 * - the arms-transfer arrow: one colour, apart from both;
 * - blocs: state nodes when coloured by bloc (and the timeline's weapon categories), which
 *   replace the regions in a picture, never join them.
 * A supplier in the timeline takes its region's colour, so a state has the same colour in every
 * view; suppliers of one region are told apart by shade (see `supplierShade`).
 *
 * Nodes are light-to-mid colours and lines dark ones (the other way round in the dark theme), so
 * the two never read alike, even for colour-blind readers. Every colour of one picture differs
 * from every other by at least MIN_DISTANCE in CIEDE2000, for normal vision and simulated
 * deuteranopia and protanopia (Machado et al. 2009): `test/model/theme.test.ts` checks it. The
 * colours were found by a small search under those constraints, then rounded by eye.
 */
import { hexToLab, mixHex } from './colorScience';
import { TIE_CHANGES, type TieChange } from './compareDiff';
import { AGREEMENT_TYPES, REGIONS, type AgreementType, type Region } from './types';
import type { EventKind } from './types';

export type ThemeName = 'light' | 'dark';
export const THEMES: readonly ThemeName[] = ['light', 'dark'];

/** Smallest CIEDE2000 difference between two colours of one picture (see the tests). */
export const MIN_DISTANCE = 9.5;

export interface Palette {
  theme: ThemeName;
  /** The canvas behind the network and the timeline. */
  background: string;
  /** Text on the canvas. */
  ink: string;
  /** Secondary text and axes. */
  muted: string;
  /** Land and its outline on the map. */
  land: string;
  landStroke: string;
  regions: Record<Region, string>;
  agreementTypes: Record<AgreementType, string>;
  /**
   * The timeline's event markers, by kind. Each kind also has its own shape (see
   * views/timeline/eventLanes.ts), so colour is never the only cue.
   */
  eventKinds: Record<EventKind, string>;
  /** Arms transfers: arrows, and their legend. */
  transfer: string;
  /**
   * The comparison's difference network (compareDiff.ts): more in the later period in blues, less
   * in oranges, the new and the gone darker than the grown and the shrunk (lightness survives
   * colour blindness), kept in grey; its states in one neutral colour, and a ring in the ink
   * colour around states whose largest supplier changed.
   */
  diff: Record<TieChange, string>;
  diffNode: string;
  realigned: string;
  /** Bloc colours, largest bloc first; smaller blocs take `other`. */
  blocs: readonly string[];
  /** No region, no bloc, the rest ("Other"). */
  other: string;
}

export const LIGHT: Palette = {
  theme: 'light',
  background: '#ffffff',
  ink: '#1d1f23',
  muted: '#5b6270',
  land: '#eef0f3',
  landStroke: '#c9ced6',
  regions: {
    Africa: '#f2a931',
    Americas: '#a97578',
    Asia: '#82b87c',
    Europe: '#749bfe',
    Oceania: '#acaecf',
    Other: '#a3a3a3',
  },
  agreementTypes: {
    'collective-defence': '#051ef7',
    'mutual-defence': '#016e73',
    'non-aggression': '#533522',
    neutrality: '#343948',
    consultation: '#540c97',
    'defence-cooperation': '#0f7250',
    'defence-industrial': '#d73995',
    'export-control': '#7c4702',
  },
  eventKinds: {
    visit: '#0e4fc0',
    summit: '#1d9dad',
    signing: '#c28b08',
    exhibition: '#805408',
    exercise: '#2a625c',
    'export-decision': '#081438',
  },
  transfer: '#ce024a',
  diff: {
    gained: '#0a3f8c',
    grown: '#4a90d9',
    kept: '#6f757e',
    shrunk: '#d2711a',
    lost: '#8f3a06',
  },
  diffNode: '#a9b0ba',
  realigned: '#1d1f23',
  blocs: ['#749bfe', '#f2a931', '#82b87c', '#a97578', '#acaecf', '#8a8e12'],
  other: '#a3a3a3',
};

export const DARK: Palette = {
  theme: 'dark',
  background: '#16181c',
  ink: '#e8eaed',
  muted: '#a3abb8',
  land: '#22262c',
  landStroke: '#3a4049',
  regions: {
    Africa: '#ffce37',
    Americas: '#e1b7b4',
    Asia: '#bbdc87',
    Europe: '#8ebaf4',
    Oceania: '#d3c8d5',
    Other: '#6e737b',
  },
  agreementTypes: {
    'collective-defence': '#196ceb',
    'mutual-defence': '#0fadbe',
    'non-aggression': '#b5a068',
    neutrality: '#627d9d',
    consultation: '#8c88fe',
    'defence-cooperation': '#288d66',
    'defence-industrial': '#f11295',
    'export-control': '#a16e02',
  },
  eventKinds: {
    visit: '#5783ff',
    summit: '#5be9ff',
    signing: '#d26219',
    exhibition: '#fcdd08',
    exercise: '#56a690',
    'export-decision': '#ffffe5',
  },
  transfer: '#ea025a',
  diff: {
    gained: '#a8d1ff',
    grown: '#3f7fd0',
    kept: '#8e949d',
    shrunk: '#c4741e',
    lost: '#ffc08a',
  },
  diffNode: '#5d6470',
  realigned: '#f2f3f5',
  blocs: ['#8ebaf4', '#ffce37', '#bbdc87', '#e1b7b4', '#d3c8d5', '#9aac05'],
  other: '#6e737b',
};

export function palette(theme: ThemeName): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

export function blocColor(rank: number, theme: ThemeName = 'light'): string {
  const p = palette(theme);
  return p.blocs[rank] ?? p.other;
}

/**
 * Every colour of the palette in the same order, so a light colour finds its dark twin (and
 * back) by position: the drawn graph keeps the light colours and the views swap them.
 */
function roles(p: Palette): string[] {
  return [
    ...REGIONS.map((r) => p.regions[r]),
    ...AGREEMENT_TYPES.map((t) => p.agreementTypes[t]),
    p.transfer,
    ...p.blocs,
    p.other,
    ...TIE_CHANGES.map((c) => p.diff[c]),
    p.diffNode,
    p.realigned,
    p.background,
    p.ink,
  ];
}
const TWIN = new Map<string, string>();
{
  const light = roles(LIGHT);
  const dark = roles(DARK);
  light.forEach((c, i) => {
    if (!TWIN.has(c.toLowerCase())) TWIN.set(c.toLowerCase(), dark[i]!);
  });
}

/**
 * A colour of the light palette in the given theme: itself in light, its dark twin in dark.
 * Colours outside the palette are returned unchanged.
 */
export function themed(lightColor: string, theme: ThemeName): string {
  if (theme === 'light') return lightColor;
  return TWIN.get(lightColor.toLowerCase()) ?? lightColor;
}

/** Lightness steps (CIELAB L) between the shades of one region's suppliers. */
const SHADE_STEP = 14;
const SHADE_RANGE: [number, number] = [24, 92];
export const SUPPLIER_SHADES = 5;

/** Lightness targets for the shades: base, darker, lighter, darker still, lighter still. */
function shadeTargets(L0: number): number[] {
  const [lo, hi] = SHADE_RANGE;
  const targets: number[] = [];
  for (const o of [0, -1, 1, -2, 2]) {
    let t = L0 + o * SHADE_STEP;
    // No room on this side: go to the other side, past the shades already there.
    if (t > hi || t < lo) t = L0 - o * SHADE_STEP;
    while (targets.some((x) => Math.abs(x - t) < SHADE_STEP * 0.9))
      t += t >= L0 ? SHADE_STEP : -SHADE_STEP;
    targets.push(t);
  }
  return targets;
}

/** Mix `base` towards black-ish ink or the background until its lightness reaches `target`. */
function toLightness(base: string, target: number, p: Palette): string {
  const L0 = hexToLab(base)[0];
  const inkIsDarker = hexToLab(p.ink)[0] < hexToLab(p.background)[0];
  const toward = target < L0 === inkIsDarker ? p.ink : p.background;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const m = (lo + hi) / 2;
    if (Math.abs(hexToLab(mixHex(base, toward, m))[0] - L0) < Math.abs(target - L0)) lo = m;
    else hi = m;
  }
  return mixHex(base, toward, (lo + hi) / 2);
}

/**
 * The colour of the k-th supplier (0 = largest) of one region in the timeline: the region's own
 * colour first (the node's colour in the network), then darker and lighter shades of it, 14 units
 * of lightness apart (lightness survives every kind of colour blindness). `base` is a
 * light-palette colour; in the dark theme the shades are taken from its dark twin.
 */
export function supplierShade(base: string, k: number, theme: ThemeName): string {
  const p = palette(theme);
  const from = themed(base, theme);
  if (k <= 0) return from;
  const L0 = hexToLab(from)[0];
  const target = shadeTargets(L0)[Math.min(k, SUPPLIER_SHADES - 1)]!;
  return toLightness(from, target, p);
}

/** Mix a colour with the background, for dimmed (not highlighted) elements. */
export function dimColor(hex: string, background: string, amount = 0.8): string {
  return mixHex(hex, background, amount);
}
