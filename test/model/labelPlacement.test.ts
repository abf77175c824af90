import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesIntersect,
  labelBox,
  leaderLine,
  overlappingPairs,
  placeLabels,
  segmentHitsBox,
  segmentsCross,
  type LabelCandidate,
} from '../../src/model/labelPlacement';
import {
  FORCED_PARTNERS,
  NAME_ALL_UP_TO,
  labelRequests,
  type LabelNode,
} from '../../src/model/labelRules';
import { fuzzRuns } from '../fuzzRuns';

const viewport = { width: 800, height: 600 };
const label = (key: string, x: number, y: number, patch: Partial<LabelCandidate> = {}) => ({
  key,
  x,
  y,
  radius: 5,
  width: 60,
  height: 14,
  priority: 1,
  ...patch,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its node, a gap away', () => {
    const { placed } = placeLabels([label('FRA', 100, 100)], { viewport, gap: 3 });
    expect(placed).toEqual([
      { key: 'FRA', anchor: 'right', ring: 0, box: { x: 108, y: 93, width: 60, height: 14 } },
    ]);
  });

  it('moves a label to another side rather than over another one', () => {
    // Two nodes side by side: the second label cannot go right of its node (the first is there).
    const { placed } = placeLabels(
      [label('A', 100, 100, { priority: 2 }), label('B', 170, 100, { priority: 1 })],
      { viewport },
    );
    expect(placed.map((p) => [p.key, p.anchor])).toEqual([
      ['A', 'right'],
      ['B', 'right'],
    ]);
    const crowded = placeLabels(
      [label('A', 100, 100, { priority: 2 }), label('B', 120, 100, { priority: 1 })],
      { viewport },
    );
    expect(crowded.placed.find((p) => p.key === 'B')!.anchor).not.toBe('right');
    expect(overlappingPairs(crowded.placed.map((p) => p.box))).toEqual([]);
  });

  it('gives the more important label the better place, and drops the other when nothing is free', () => {
    // Three nodes on one spot: the first takes the right, the others have to go elsewhere.
    const stack = ['low', 'high', 'mid'].map((key, i) =>
      label(key, 400, 300, { priority: [1, 3, 2][i]!, width: 300 }),
    );
    const { placed } = placeLabels(stack, { viewport: { width: 760, height: 330 } });
    expect(placed[0]).toMatchObject({ key: 'high', anchor: 'right' });
    expect(placed.map((p) => p.key)).toEqual(['high', 'mid', 'low'].slice(0, placed.length));
    expect(overlappingPairs(placed.map((p) => p.box))).toEqual([]);
  });

  it('keeps labels inside the viewport', () => {
    const { placed } = placeLabels([label('EDGE', 790, 300)], { viewport });
    expect(placed[0]!.anchor).toBe('left');
    const { placed: none } = placeLabels([label('HUGE', 400, 300, { width: 900 })], { viewport });
    expect(none).toEqual([]);
  });

  it('keeps labels a margin away from the viewport edges when asked (no halo cut by the edge)', () => {
    // A node 69 px from the left: its label just fits on the left flush with the edge…
    const near = label('RSS', 69, 300, { width: 60 });
    expect(
      placeLabels([near], { viewport, previous: new Map([['RSS', 'left']]) }).placed[0]!.anchor,
    ).toBe('left');
    // …but not 4 px in: it takes another side, wholly inside the margin.
    const { placed } = placeLabels([near], {
      viewport,
      edge: 4,
      previous: new Map([['RSS', 'left']]),
    });
    expect(placed[0]!.anchor).not.toBe('left');
    expect(placed[0]!.box.x).toBeGreaterThanOrEqual(4);
    // A label that fits nowhere inside the margin is left out.
    const wide = label('WIDE', 400, 300, { width: 795 });
    expect(placeLabels([wide], { viewport }).placed).toHaveLength(1);
    expect(placeLabels([wide], { viewport, edge: 4 }).placed).toEqual([]);
  });

  it('prefers a place that covers no other node', () => {
    const { placed } = placeLabels([label('A', 100, 100)], {
      viewport,
      discs: [
        { key: 'A', x: 100, y: 100, radius: 5 },
        { key: 'B', x: 140, y: 100, radius: 6 },
      ],
    });
    expect(placed[0]!.anchor).not.toBe('right');
  });

  it('keeps the side a label had before, so labels do not jump while the camera moves', () => {
    const previous = new Map([['A', 'below' as const]]);
    const { placed } = placeLabels([label('A', 100, 100)], { viewport, previous });
    expect(placed[0]!.anchor).toBe('below');
  });

  it('moves forced labels out on further rings when their node is crowded, others give way', () => {
    // A ring of forced labels around one spot: more than eight positions are needed.
    const many = Array.from({ length: 12 }, (_, i) =>
      label(`F${i}`, 400 + (i % 3), 300 + Math.floor(i / 3), { forced: true, priority: 12 - i }),
    );
    const optional = label('OPT', 401, 301, { priority: 100 });
    const { placed, hidden } = placeLabels([...many, optional], { viewport });
    const keys = placed.map((p) => p.key);
    for (const f of many) expect(keys).toContain(f.key);
    expect(hidden).toEqual([]);
    expect(placed.some((p) => p.ring > 0)).toBe(true);
    expect(overlappingPairs(placed.map((p) => p.box))).toEqual([]);
  });

  it('never lets two labels overlap, and keeps every label on screen (property)', () => {
    const candidate = fc.record({
      x: fc.double({ min: 0, max: 800, noNaN: true }),
      y: fc.double({ min: 0, max: 600, noNaN: true }),
      radius: fc.double({ min: 0, max: 20, noNaN: true }),
      width: fc.double({ min: 5, max: 200, noNaN: true }),
      height: fc.constantFrom(12, 14, 18),
      priority: fc.double({ min: 0, max: 1, noNaN: true }),
      forced: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 120 }), (list) => {
        const candidates = list.map((c, i) => ({ ...c, key: `n${i}` }));
        const { placed, hidden } = placeLabels(candidates, {
          viewport,
          discs: candidates.map((c) => ({ key: c.key, x: c.x, y: c.y, radius: c.radius })),
        });
        expect(overlappingPairs(placed.map((p) => p.box))).toEqual([]);
        // No label sits on the leader line of a label placed before it.
        const byKey = new Map(candidates.map((c) => [c.key, c]));
        placed.forEach((earlier, i) => {
          if (earlier.ring === 0) return;
          const line = leaderLine(byKey.get(earlier.key)!, earlier.box);
          for (const later of placed.slice(i + 1))
            expect(segmentHitsBox(line, later.box)).toBe(false);
        });
        for (const p of placed) {
          expect(p.box.x).toBeGreaterThanOrEqual(0);
          expect(p.box.y).toBeGreaterThanOrEqual(0);
          expect(p.box.x + p.box.width).toBeLessThanOrEqual(viewport.width);
          expect(p.box.y + p.box.height).toBeLessThanOrEqual(viewport.height);
        }
        // Each candidate is placed once at most; a hidden one is a forced one that found no room.
        expect(new Set(placed.map((p) => p.key)).size).toBe(placed.length);
        for (const key of hidden) expect(candidates.find((c) => c.key === key)!.forced).toBe(true);
      }),
      { numRuns: fuzzRuns(150) },
    );
  });

  it('computes boxes on each side of the node', () => {
    const c = label('A', 100, 100, { radius: 10, width: 40, height: 10 });
    expect(labelBox(c, 'left', 2)).toEqual({ x: 48, y: 95, width: 40, height: 10 });
    expect(labelBox(c, 'above', 2)).toEqual({ x: 80, y: 78, width: 40, height: 10 });
    expect(labelBox(c, 'below', 2)).toEqual({ x: 80, y: 112, width: 40, height: 10 });
    // A small node's label above or below clears same-row labels beside its neighbours.
    const small = label('B', 100, 100, { radius: 2, width: 40, height: 14 });
    expect(labelBox(small, 'above', 3).y + 14).toBe(100 - 7 - 3);
    expect(boxesIntersect(labelBox(c, 'left', 2), labelBox(c, 'right', 2))).toBe(false);
  });
});

describe('labelRequests', () => {
  const states = (n: number): LabelNode[] =>
    Array.from({ length: n }, (_, i) => ({ key: `S${i}`, kind: 'state', importance: n - i }));

  it(`forces every state's label when ${NAME_ALL_UP_TO} or fewer are drawn`, () => {
    expect(labelRequests(states(NAME_ALL_UP_TO)).every((r) => r.forced)).toBe(true);
    const many = labelRequests(states(NAME_ALL_UP_TO + 1));
    expect(many.some((r) => r.forced)).toBe(false);
    // The most important first.
    expect(many[0]!.priority).toBeGreaterThan(many.at(-1)!.priority);
  });

  it('ranks agreement hubs with states on one scale, by their number of members', () => {
    const nodes: LabelNode[] = [
      ...states(60),
      { key: 'agreement:nato', kind: 'agreement', importance: 30 },
      { key: 'agreement:anzus', kind: 'agreement', importance: 3 },
    ];
    const r = new Map(labelRequests(nodes).map((x) => [x.key, x]));
    expect(r.get('agreement:nato')!.priority).toBe(1);
    expect(r.get('agreement:nato')!.priority).toBeGreaterThan(r.get('S10')!.priority);
    expect(r.get('agreement:anzus')!.priority).toBeLessThan(r.get('S10')!.priority);
  });

  it('forces the focus, the ends of a selected arrow and the ten strongest partners', () => {
    const nodes = states(80);
    const partners = new Map(nodes.slice(40, 60).map((n, i) => [n.key, i]));
    const requests = labelRequests(nodes, {
      node: 'S70',
      partners,
      ends: ['S75', 'S76'],
      highlighted: new Set(['S70', 'S75', 'S76', ...partners.keys()]),
    });
    const forced = requests.filter((r) => r.forced).map((r) => r.key);
    const strongest = [...partners.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, FORCED_PARTNERS)
      .map(([k]) => k);
    expect(forced.sort()).toEqual(['S70', 'S75', 'S76', ...strongest].sort());
    // The focus comes first, then the ends, then partners by strength.
    const byPriority = [...requests].sort((a, b) => b.priority - a.priority).map((r) => r.key);
    expect(byPriority.slice(0, 4)).toEqual(['S70', 'S75', 'S76', strongest[0]]);
    // Dimmed nodes give up their labels; weaker partners still compete.
    expect(requests.some((r) => r.key === 'S0')).toBe(false);
    expect(requests.some((r) => r.key === 'S40' && !r.forced)).toBe(true);
  });
});

describe('placeLabels around obstacles', () => {
  it('puts no label under an obstacle, not even a forced one', () => {
    const node = { key: 'a', x: 100, y: 100, radius: 5, width: 60, height: 14, priority: 1 };
    // A note over everything right of the node and below its top.
    const note = { x: 100, y: 80, width: 200, height: 200 };
    const { placed } = placeLabels([{ ...node, forced: true }], {
      viewport: { width: 400, height: 400 },
      obstacles: [note],
    });
    expect(placed).toHaveLength(1);
    expect(boxesIntersect(placed[0]!.box, note)).toBe(false);
    expect(placed[0]!.anchor).not.toBe('right');
    // Covered on every side: left out rather than drawn under it.
    const all = { x: 0, y: 0, width: 400, height: 400 };
    const none = placeLabels([node], { viewport: { width: 400, height: 400 }, obstacles: [all] });
    expect(none.placed).toEqual([]);
  });
});

describe('placeLabels with leader lines and highlighted nodes', () => {
  const view = { width: 400, height: 300 };

  it('finds the geometry of leaders: from the disc edge to the nearest point of the box', () => {
    const line = leaderLine(
      { x: 100, y: 100, radius: 10 },
      { x: 150, y: 95, width: 40, height: 10 },
    );
    expect(line).toEqual({ x1: 110, y1: 100, x2: 150, y2: 100 });
    expect(segmentHitsBox(line, { x: 120, y: 90, width: 5, height: 20 })).toBe(true);
    expect(segmentHitsBox(line, { x: 120, y: 110, width: 5, height: 20 })).toBe(false);
    expect(segmentsCross(line, { x1: 130, y1: 80, x2: 130, y2: 120 })).toBe(true);
    expect(segmentsCross(line, { x1: 130, y1: 80, x2: 130, y2: 95 })).toBe(false);
  });

  it('runs no leader through a label when it can, and puts no label over a leader', () => {
    // A forced label whose first-ring positions all cover nodes (a disc on each): it moves out.
    const hub = label('HUB', 200, 150, { forced: true, priority: 10 });
    const crowd = (['right', 'left', 'above', 'below', 'ne', 'se', 'nw', 'sw'] as const).map(
      (anchor, i) => {
        const b = labelBox(hub, anchor, 3);
        return { key: `d${i}`, x: b.x + b.width / 2, y: b.y + b.height / 2, radius: 3 };
      },
    );
    const free = placeLabels([hub], { viewport: view, discs: crowd }).placed[0]!;
    expect(free.ring).toBeGreaterThan(0);
    // A label (an obstacle here) across that leader's path: the label goes another way.
    const line = leaderLine(hub, free.box);
    const across = {
      x: (line.x1 + line.x2) / 2 - 4,
      y: (line.y1 + line.y2) / 2 - 3,
      width: 8,
      height: 6,
    };
    const moved = placeLabels([hub], { viewport: view, discs: crowd, obstacles: [across] })
      .placed[0]!;
    expect(moved.box).not.toEqual(free.box);
    expect(segmentHitsBox(leaderLine(hub, moved.box), across)).toBe(false);
    // A lesser label that would sit on the leader goes elsewhere (or is left out).
    const onLine = label('ON', (line.x1 + line.x2) / 2 - 30, (line.y1 + line.y2) / 2, {
      radius: 0,
      width: 20,
    });
    const both = placeLabels([hub, onLine], { viewport: view, discs: crowd }).placed;
    const hubAgain = both.find((p) => p.key === 'HUB')!;
    const other = both.find((p) => p.key === 'ON');
    if (other) expect(segmentHitsBox(leaderLine(hub, hubAgain.box), other.box)).toBe(false);
  });

  it('lets a focused label sit beside its node over faint (dimmed) nodes, not far out', () => {
    const focus = label('FOCUS', 200, 150, { forced: true, priority: 10, radius: 8 });
    // Dimmed nodes all around it, close enough to touch every first-ring position.
    const around = Array.from({ length: 24 }, (_, i) => ({
      key: `d${i}`,
      x: 200 + Math.cos((i / 24) * 2 * Math.PI) * 30,
      y: 150 + Math.sin((i / 24) * 2 * Math.PI) * 16,
      radius: 6,
    }));
    const faint = placeLabels([focus], {
      viewport: view,
      discs: around.map((d) => ({ ...d, faint: true })),
    });
    expect(faint.placed[0]!.ring).toBe(0);
    // The same nodes in full colour: it moves out (over none of them) or covers one at ring 0.
    const full = placeLabels([focus], { viewport: view, discs: around });
    const box = full.placed[0]!.box;
    const covered = around.filter((d) =>
      boxesIntersect(box, {
        x: d.x - d.radius,
        y: d.y - d.radius,
        width: 2 * d.radius,
        height: 2 * d.radius,
      }),
    );
    expect(full.placed[0]!.ring > 0 || covered.length > 0).toBe(true);
  });

  it("keeps labels off highlighted nodes' rings, but a node's own label stays next to it", () => {
    const a = label('A', 200, 150, { forced: true, priority: 2, radius: 12 });
    const b = label('B', 240, 150, { forced: true, priority: 1, radius: 6 });
    const solid = [
      { key: 'A', x: 200, y: 150, radius: 12 },
      { key: 'B', x: 240, y: 150, radius: 6 },
    ];
    const { placed } = placeLabels([a, b], { viewport: view, solid });
    expect(placed.map((p) => p.key).sort()).toEqual(['A', 'B']);
    for (const p of placed) {
      expect(p.ring).toBe(0);
      for (const d of solid) {
        if (d.key === p.key) continue;
        const square = {
          x: d.x - d.radius,
          y: d.y - d.radius,
          width: 2 * d.radius,
          height: 2 * d.radius,
        };
        // Touching the disc's bounding square is allowed only off the disc itself.
        const cx = Math.max(p.box.x, Math.min(d.x, p.box.x + p.box.width));
        const cy = Math.max(p.box.y, Math.min(d.y, p.box.y + p.box.height));
        if (boxesIntersect(p.box, square))
          expect(Math.hypot(cx - d.x, cy - d.y)).toBeGreaterThanOrEqual(d.radius);
      }
    }
  });
});
