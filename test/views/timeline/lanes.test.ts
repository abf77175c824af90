import { describe, expect, it } from 'vitest';
import type { AgreementBar } from '../../../src/model/timeline';
import {
  barAfterKey,
  firstInReadingOrder,
  packBars,
  placeLabel,
  type BarPosition,
} from '../../../src/views/timeline/lanes';
import { textWidth } from '../../../src/views/timeline/text';

// Ten pixels a year from 1950: the year y covers [10 (y - 1950), 10 (y - 1949)].
const x = (year: number) => (year - 1949.5) * 10;
const bounds = [0, 800] as const;

function bar(label: string, from: number, to: number): AgreementBar {
  return {
    agreement: 0,
    id: label.toLowerCase(),
    name: label,
    label,
    group: 'g',
    lane: 0,
    from,
    to,
    ongoing: false,
    bilateral: false,
    members: [],
    changes: [],
  };
}

describe('placeLabel', () => {
  it('puts a name on its bar when it fits, else after it, else before it, else shortened on it', () => {
    expect(placeLabel('NATO', 0, 400, bounds).label).toMatchObject({ inside: true, x: 4 });
    const after = placeLabel('Six-Party Talks', 100, 160, bounds);
    expect(after.label).toMatchObject({ inside: false, anchor: 'start', x: 164 });
    expect(after.end).toBeCloseTo(164 + textWidth('Six-Party Talks', 10));
    const before = placeLabel('Six-Party Talks', 700, 790, bounds);
    expect(before.label).toMatchObject({ inside: false, anchor: 'end', x: 696 });
    expect(before.start).toBeLessThan(700);
    const squeezed = placeLabel('A very long agreement name indeed', 20, 780, [0, 800]);
    expect(squeezed.label).toMatchObject({ inside: true });
    const cramped = placeLabel('A name far too long to fit anywhere at all', 10, 60, [0, 70]);
    expect(cramped.label?.text).toMatch(/…$/);
    expect(placeLabel('Wide name here', 10, 20, [0, 30]).label).toBeNull();
  });
});

describe('packBars', () => {
  it('needs as many lanes as bars overlap, keeping names clear of the next bar', () => {
    // Three long bars overlap in 1960; two short ones fit after others in a lane.
    const bars = [
      bar('A', 1950, 1970),
      bar('B', 1955, 1990),
      bar('C', 1958, 1965),
      bar('D', 1975, 1980),
      bar('E', 1982, 1990),
    ];
    const { placed, lanes } = packBars(bars, [0, 1, 2, 3, 4], x, bounds);
    expect(lanes).toBe(3);
    const laneOf = (label: string) => placed.find((p) => bars[p.index]!.label === label)!.lane;
    expect(new Set(['A', 'B', 'C'].map(laneOf)).size).toBe(3);
    // Within a lane, no bar or name runs into the next one.
    const extents = placed.map((p) => ({
      lane: p.lane,
      ...placeLabel(bars[p.index]!.label, p.x0, p.x1, bounds),
    }));
    for (const a of extents)
      for (const b of extents)
        if (a !== b && a.lane === b.lane) expect(a.end <= b.start || b.end <= a.start).toBe(true);
  });

  it('keeps room for a name written after a short bar', () => {
    // "Six-Party Talks" does not fit on its 5-year bar: it is written after it, so a bar starting
    // right after in the same lane would cover it; that bar takes another lane.
    const bars = [bar('Six-Party Talks', 2003, 2007), bar('Next', 2009, 2020)];
    const { placed, lanes } = packBars(bars, [0, 1], x, [0, 2000]);
    expect(placed[0]!.label).toMatchObject({ inside: false, anchor: 'start' });
    expect(lanes).toBe(2);
    // Without the name, one lane would do.
    const bare = [bar('S', 2003, 2007), bar('N', 2009, 2020)];
    expect(packBars(bare, [0, 1], x, [0, 2000]).lanes).toBe(1);
  });
});

describe('barAfterKey', () => {
  // Two lanes: a (0-100) b (150-300) on the first; c (50-250) on the second.
  const placed: BarPosition[] = [
    { index: 0, top: 0, x0: 0, x1: 100 },
    { index: 1, top: 0, x0: 150, x1: 300 },
    { index: 2, top: 15, x0: 50, x1: 250 },
    { index: 3, top: 30, x0: 260, x1: 400 },
  ];

  it('moves along a lane with Left and Right, and stops at its ends', () => {
    expect(barAfterKey(placed, 0, 'ArrowRight')).toBe(1);
    expect(barAfterKey(placed, 1, 'ArrowLeft')).toBe(0);
    expect(barAfterKey(placed, 1, 'ArrowRight')).toBeNull();
    expect(barAfterKey(placed, 0, 'ArrowLeft')).toBeNull();
  });

  it('moves to the nearest bar in time in the lane above or below', () => {
    expect(barAfterKey(placed, 1, 'ArrowDown')).toBe(2);
    expect(barAfterKey(placed, 2, 'ArrowUp')).toBe(1);
    expect(barAfterKey(placed, 0, 'ArrowDown')).toBe(2);
    expect(barAfterKey(placed, 2, 'ArrowDown')).toBe(3);
    expect(barAfterKey(placed, 3, 'ArrowDown')).toBeNull();
  });

  it('goes to the first and last bar with Home and End, and ignores other keys', () => {
    expect(barAfterKey(placed, 2, 'Home')).toBe(0);
    expect(barAfterKey(placed, 0, 'End')).toBe(3);
    expect(barAfterKey(placed, 0, 'a')).toBeNull();
    expect(firstInReadingOrder(placed)).toBe(0);
  });
});
