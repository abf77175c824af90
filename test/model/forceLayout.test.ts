import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset';
import { ForceLayoutRun, layoutKey, runForceLayout } from '../../src/model/forceLayout';
import { buildLayoutInput } from '../../src/model/layoutGraph';
import { fixtureDataset } from './fixture';

const data = indexDataset(fixtureDataset());

describe('buildLayoutInput', () => {
  it('has the states with ties and one hub per multilateral agreement, with weighted edges', () => {
    const input = buildLayoutInput(data);
    expect(input.keys).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'OLD', 'agreement:pact']);
    const edges = [...input.source].map((s, e) => [
      input.keys[s],
      input.keys[input.target[e]!],
      Math.round(input.weight[e]! * 1000) / 1000,
    ]);
    expect(edges).toEqual([
      // AAA-BBB: three deals (log2(1 + 3) = 2); AAA-DDD: a bilateral pact (2); OLD-DDD: one deal.
      ['AAA', 'BBB', 2],
      ['AAA', 'DDD', 2],
      ['DDD', 'OLD', 1],
      ['agreement:pact', 'AAA', 1],
      ['agreement:pact', 'BBB', 1],
      ['agreement:pact', 'CCC', 1],
    ]);
    // States on the same spot start apart.
    expect(new Set(input.keys.map((_, i) => `${input.x[i]},${input.y[i]}`)).size).toBe(
      input.keys.length,
    );
  });

  it("ties the two parties of a bilateral treaty, also when a successor takes a party's place", () => {
    const dataset = fixtureDataset();
    dataset.agreements = [
      {
        id: 'treaty',
        name: 'Treaty',
        type: 'mutual-defence',
        signed: '1960',
        ended: null,
        members: [
          { country: 'OLD', joined: '1960', left: '1991' },
          { country: 'DDD', joined: '1960', left: null },
          { country: 'CCC', joined: '1992', left: null },
        ],
        source: 'test',
      },
    ];
    const indexed = indexDataset(dataset);
    // Bilateral: never more than two parties at the same time (whatever the dataset's rule says).
    indexed.agreements[0]!.bilateral = true;
    const input = buildLayoutInput(indexed);
    const weight = (a: string, b: string) =>
      [...input.source].reduce((sum, s, e) => {
        const pair = [input.keys[s], input.keys[input.target[e]!]];
        return pair.includes(a) && pair.includes(b) ? sum + input.weight[e]! : sum;
      }, 0);
    // OLD and DDD: one deal (1) and the treaty (2); CCC and DDD: the treaty; never OLD and CCC.
    expect(weight('OLD', 'DDD')).toBe(3);
    expect(weight('CCC', 'DDD')).toBe(2);
    expect(weight('OLD', 'CCC')).toBe(0);
    expect(input.keys.some((k) => k.startsWith('agreement:'))).toBe(false);
  });
});

describe('ForceLayoutRun', () => {
  it('gives the same positions however the run is sliced', () => {
    const input = buildLayoutInput(data);
    const whole = runForceLayout(input, 120);
    const sliced = new ForceLayoutRun(input, 120);
    const seen: number[] = [];
    while (!sliced.complete) {
      sliced.step(7);
      seen.push(sliced.iterations);
    }
    expect(seen.at(-1)).toBe(120);
    expect(sliced.positions()).toEqual(whole);
    // And the same again on a second run: nothing random.
    expect(runForceLayout(input, 120)).toEqual(whole);
  });

  it('moves the nodes and keeps them apart', () => {
    const input = buildLayoutInput(data);
    const { x, y } = runForceLayout(input, 120);
    expect([...x].some((v, i) => v !== input.x[i])).toBe(true);
    for (let i = 0; i < x.length; i++)
      for (let j = i + 1; j < x.length; j++)
        expect(Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!)).toBeGreaterThan(1);
  });
});

describe('layoutKey', () => {
  it('is stable for the same input and changes with it', () => {
    const input = buildLayoutInput(data);
    expect(layoutKey(input)).toBe(layoutKey(buildLayoutInput(data)));
    const moved = { ...input, x: input.x.map((v, i) => (i === 0 ? v + 1 : v)) };
    expect(layoutKey(moved)).not.toBe(layoutKey(input));
    expect(layoutKey(input, 10)).not.toBe(layoutKey(input));
  });
});
