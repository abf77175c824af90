/**
 * The comparison checked against SIPRI's own numbers: `from=2020&to=2024&cmp=2010-2014` on SIPRI's
 * per-delivery-year export (February 2026 release). The reference figures are computed here from
 * the CSV with a few lines of its own (split, sum TIV by delivery year), not through our importer;
 * the comparison model runs on the importer's output. Only SIPRI's names are mapped to our ids
 * (resolveSipriName), so the two sides can be matched. Skipped without ../shared/data; fails in CI.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importPipeline } from '../../src/data/importPipeline';
import { resolveSipriName } from '../../src/data/importers';
import { compareView } from '../../src/model/compare';
import { compareRankings } from '../../src/model/compareRankings';
import type { ModelData } from '../../src/model/dataset';
import { defaultFilters } from '../../src/model/filters';
import { realignment } from '../../src/model/realignment';
import { describeWithSharedData } from '../sharedDataSuite';
import { sharedFile } from '../sharedData';
import { defaultModel } from '../defaultData';

const FILE = 'transfers-by-delivery-year_1995-2024_generated-2026-02-12.csv';
const AFTER = [2020, 2024] as const;
const BEFORE = [2010, 2014] as const;

interface Sums {
  world: number;
  suppliers: Map<string, number>;
  recipients: Map<string, number>;
  /** recipient -> supplier -> TIV */
  pairs: Map<string, Map<string, number>>;
}

/** SIPRI's figures from the CSV itself: TIV delivery values summed by delivery year. */
function sipriSums(text: string, [from, to]: readonly [number, number]): Sums {
  const sums: Sums = { world: 0, suppliers: new Map(), recipients: new Map(), pairs: new Map() };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((l) => l.startsWith('SIPRI AT Database ID'));
  for (const line of lines.slice(header + 1)) {
    // This copy was re-saved with a `;` at the end of each line; the file has no quoted fields.
    const f = line.replace(/;$/, '').split(',');
    if (f.length !== 17) continue;
    const year = Number(f[10]);
    const tiv = Number(f[15]);
    if (!(year >= from && year <= to) || !Number.isFinite(tiv)) continue;
    const [supplier, recipient] = [f[1]!, f[2]!];
    sums.world += tiv;
    add(sums.suppliers, supplier, tiv);
    add(sums.recipients, recipient, tiv);
    if (!sums.pairs.has(recipient)) sums.pairs.set(recipient, new Map());
    add(sums.pairs.get(recipient)!, supplier, tiv);
  }
  return sums;
}

function imported(bytes: Uint8Array): ModelData {
  const current = defaultModel().dataset;
  const outcome = importPipeline({
    files: [{ name: FILE, bytes }],
    current,
    mode: 'replace-transfers',
    name: 'SIPRI',
  });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.data;
}

const change = (after: number, before: number) => ((after - before) / before) * 100;
const isUnknown = (name: string) => name.toLowerCase().startsWith('unknown');

/** Everything the tests compare, computed once (and only when the reference data is there). */
const setup = (() => {
  let cached: ReturnType<typeof compute> | undefined;
  function compute() {
    const bytes = new Uint8Array(readFileSync(sharedFile('sipri', FILE)));
    const text = new TextDecoder().decode(bytes);
    const data = imported(bytes);
    const filters = { ...defaultFilters(data.yearSpan), from: AFTER[0], to: AFTER[1] };
    const comparison = compareView(
      data,
      filters,
      { from: BEFORE[0], to: BEFORE[1] },
      'hub',
      'value',
    );
    return {
      after: sipriSums(text, AFTER),
      before: sipriSums(text, BEFORE),
      data,
      comparison,
      rankings: compareRankings(data, filters, comparison),
    };
  }
  return () => (cached ??= compute());
})();

const idOf = (name: string, year: number) => resolveSipriName(name, year).id;

describeWithSharedData('comparison of 2020-2024 with 2010-2014 against SIPRI’s own file', () => {
  it('gives SIPRI’s world totals and their change', () => {
    const { rankings, after, before } = setup();
    expect(rankings.worldAfter).toBeCloseTo(after.world, 3);
    expect(rankings.worldBefore).toBeCloseTo(before.world, 3);
    expect(rankings.worldChange!).toBeCloseTo(change(after.world, before.world), 6);
  });

  it.each([
    ['suppliers', 'suppliers'],
    ['recipients', 'recipients'],
  ] as const)('gives the %s’ shares and volume changes as computed from the file', (_, side) => {
    const { rankings, after, before, data } = setup();
    const ours = new Map(rankings[side].map((r) => [data.countries[r.country]!.id, r]));
    // The 25 largest of the later period, by SIPRI's own sums.
    const top = [...after[side]]
      .filter(([name]) => !isUnknown(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25);
    for (const [name, value] of top) {
      const row = ours.get(idOf(name, AFTER[1]));
      expect(row, name).toBeDefined();
      const previous = before[side].get(name) ?? 0;
      expect(row!.after, name).toBeCloseTo(value, 3);
      expect(row!.before, name).toBeCloseTo(previous, 3);
      expect(row!.shareAfter!, name).toBeCloseTo((100 * value) / after.world, 6);
      if (previous > 0) expect(row!.change!, name).toBeCloseTo(change(value, previous), 6);
    }
    // And the order: the first five as SIPRI ranks them.
    expect(rankings[side].slice(0, 5).map((r) => data.countries[r.country]!.id)).toEqual(
      top.slice(0, 5).map(([name]) => idOf(name, AFTER[1])),
    );
  });

  it('lists the recipients whose largest supplier changed, as the file says', () => {
    const { after, before, data, comparison } = setup();
    const leader = (bySupplier: Map<string, number> | undefined) => {
      let best: string[] = [];
      let max = 0;
      for (const [supplier, v] of bySupplier ?? []) {
        if (isUnknown(supplier) || v <= 0) continue;
        if (v > max) [best, max] = [[supplier], v];
        else if (v === max) best.push(supplier);
      }
      return best;
    };
    const expected: string[] = [];
    for (const [recipient, was] of before.pairs) {
      if (isUnknown(recipient)) continue;
      const a = leader(was);
      const b = leader(after.pairs.get(recipient));
      if (a.length === 0 || b.length === 0 || a.some((s) => b.includes(s))) continue;
      expected.push(idOf(recipient, AFTER[1]));
    }
    const shifts = realignment(data, comparison).shifts;
    const listed = shifts.map((s) => data.countries[s.recipient]!.id);
    expect(new Set(listed)).toEqual(new Set(expected));
    expect(listed.length).toBeGreaterThan(10);
    // India, the world's largest importer in both periods, buys most from Russia in both: no shift.
    expect(listed).not.toContain('IND');
  });
});
