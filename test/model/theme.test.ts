import { describe, expect, it } from 'vitest';
import {
  closestPair,
  contrastRatio,
  deltaE2000,
  hexToLab,
  perceivedDistance,
  simulate,
  type Vision,
} from '../../src/model/colorScience';
import { TIE_CHANGES } from '../../src/model/compareDiff';
import {
  DARK,
  LIGHT,
  MIN_DISTANCE,
  SUPPLIER_SHADES,
  THEMES,
  blocColor,
  palette,
  supplierShade,
  themed,
} from '../../src/model/theme';
import { AGREEMENT_TYPES, REGIONS } from '../../src/model/types';
import { EVENT_KINDS } from '../../src/model/types';

const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];

describe('colour science', () => {
  it('computes CIEDE2000 as in Sharma, Wu and Dalal (2005)', () => {
    // Pairs 1, 7, 13, 17 and 34 of their test data.
    const pairs: [number[], number[], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, expected] of pairs)
      expect(deltaE2000(a as [number, number, number], b as [number, number, number])).toBeCloseTo(
        expected,
        3,
      );
  });

  it('converts sRGB to CIELAB (D65)', () => {
    const [L, a, b] = hexToLab('#ff0000');
    expect(L).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
    expect(hexToLab('#ffffff')[0]).toBeCloseTo(100, 3);
  });

  it('simulates dichromats with Machado et al. (2009): red and green merge, blue stays', () => {
    // The textbook confusion: pure red and a green of the same brightness nearly merge.
    expect(perceivedDistance('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(50);
    expect(perceivedDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(20);
    expect(perceivedDistance('#d62728', '#2ca02c', 'protanopia')).toBeLessThan(25);
    // Greys and blue-yellow contrasts survive.
    expect(simulate('#808080', 'deuteranopia')).toBe('#808080');
    expect(perceivedDistance('#0072b2', '#e69f00', 'deuteranopia')).toBeGreaterThan(40);
  });

  it('measures WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

/** The colours that share one picture, by the picture's colour scheme. */
function pictures(theme: 'light' | 'dark') {
  const p = palette(theme);
  const types = AGREEMENT_TYPES.map((t) => p.agreementTypes[t]);
  return {
    'difference network': [...TIE_CHANGES.map((c) => p.diff[c]), p.diffNode, p.realigned],
    'network by region': [...REGIONS.map((r) => p.regions[r]), ...types, p.transfer],
    // Markers also differ by shape; their colours still differ from each other and the canvas.
    'events lane': [...EVENT_KINDS.map((k) => p.eventKinds[k]), p.background],
    'network by bloc': [...p.blocs, p.other, ...types, p.transfer],
    'timeline by category': [...p.blocs, p.other, ...types],
  };
}

describe.each(THEMES)('the %s palette', (theme) => {
  const p = palette(theme);

  it.each(Object.entries(pictures(theme)))(
    'keeps every two colours of the %s apart, for normal, deuteranopic and protanopic vision',
    (_picture, colors) => {
      expect(new Set(colors).size).toBe(colors.length);
      const closest = closestPair(colors, VISIONS);
      expect(
        closest.distance,
        `${closest.a} vs ${closest.b} (${closest.vision})`,
      ).toBeGreaterThanOrEqual(MIN_DISTANCE);
    },
  );

  it('draws event markers with at least 3:1 contrast against the canvas', () => {
    for (const c of Object.values(p.eventKinds))
      expect(contrastRatio(c, p.background), c).toBeGreaterThanOrEqual(3);
  });

  it('draws lines (ties, arrows) with at least 3:1 contrast against the canvas', () => {
    for (const c of [...Object.values(p.agreementTypes), p.transfer])
      expect(contrastRatio(c, p.background), c).toBeGreaterThanOrEqual(3);
  });

  it('draws state nodes with at least 2:1 contrast against the canvas', () => {
    for (const c of [...Object.values(p.regions), ...p.blocs])
      expect(contrastRatio(c, p.background), c).toBeGreaterThanOrEqual(1.95);
  });

  it('writes text with at least 7:1 contrast', () => {
    expect(contrastRatio(p.ink, p.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the suppliers of one region apart by shade, the first in the region colour', () => {
    for (const region of REGIONS) {
      const base = LIGHT.regions[region];
      expect(supplierShade(base, 0, theme)).toBe(p.regions[region]);
      const shades = Array.from({ length: SUPPLIER_SHADES }, (_, k) =>
        supplierShade(base, k, theme),
      );
      const closest = closestPair(shades, VISIONS);
      expect(closest.distance, `${region}: ${closest.a} vs ${closest.b}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('draws the difference network with lines at 3:1 and states at 2:1 against the canvas', () => {
    for (const c of Object.values(p.diff))
      expect(contrastRatio(c, p.background), c).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.diffNode, p.background)).toBeGreaterThanOrEqual(1.95);
  });
});

describe('light and dark twins', () => {
  it('maps every light colour to the dark colour of the same role', () => {
    for (const r of REGIONS) expect(themed(LIGHT.regions[r], 'dark')).toBe(DARK.regions[r]);
    for (const t of AGREEMENT_TYPES)
      expect(themed(LIGHT.agreementTypes[t], 'dark')).toBe(DARK.agreementTypes[t]);
    expect(themed(LIGHT.transfer, 'dark')).toBe(DARK.transfer);
    LIGHT.blocs.forEach((b, i) => expect(themed(b, 'dark')).toBe(DARK.blocs[i]));
    expect(themed(LIGHT.transfer, 'light')).toBe(LIGHT.transfer);
    expect(themed('#123456', 'dark')).toBe('#123456');
  });

  it('gives blocs past the palette the "other" grey', () => {
    expect(blocColor(0)).toBe(LIGHT.blocs[0]);
    expect(blocColor(LIGHT.blocs.length)).toBe(LIGHT.other);
    expect(blocColor(99, 'dark')).toBe(DARK.other);
  });

  it('fixes the collisions reported in issue 11', () => {
    for (const theme of THEMES) {
      const p = palette(theme);
      const far = (a: string, b: string) =>
        Math.min(...VISIONS.map((v) => perceivedDistance(a, b, v)));
      expect(far(p.transfer, p.regions.Africa)).toBeGreaterThanOrEqual(MIN_DISTANCE);
      expect(far(p.agreementTypes['collective-defence'], p.regions.Europe)).toBeGreaterThanOrEqual(
        MIN_DISTANCE,
      );
      expect(far(p.agreementTypes['mutual-defence'], p.regions.Americas)).toBeGreaterThanOrEqual(
        MIN_DISTANCE,
      );
    }
  });
});
