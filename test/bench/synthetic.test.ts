/**
 * The benchmarks' synthetic data: seeded (the same data every run), valid as a dataset file set
 * (so the browser benchmark loads it like public/data), and of the promised size.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { datasetFiles, syntheticDataset, syntheticFlows } from './synthetic';

const flowCount = (transfers: { supplier: string; recipient: string }[]) =>
  new Set(transfers.map((t) => `${t.supplier}>${t.recipient}`)).size;

function problemsOf(files: Record<string, string>) {
  const kinds = ['countries', 'agreements', 'transfers', 'embargoes', 'events'] as const;
  const { problems } = validateDataset(
    kinds.map((kind) => ({ kind, file: `${kind}.json`, text: files[`${kind}.json`]! })),
  );
  return problems;
}

describe('syntheticFlows', () => {
  it('draws exactly the flows asked for, between the states asked for', () => {
    const dataset = syntheticFlows({ states: 40, flows: 600, agreements: 30 });
    expect(dataset.countries).toHaveLength(40);
    expect(flowCount(dataset.transfers)).toBe(600);
    expect(dataset.transfers.every((t) => t.supplier !== t.recipient)).toBe(true);
    // 30 bilateral agreements and a tenth as many multilateral ones.
    expect(dataset.agreements.filter((a) => a.members.length === 2)).toHaveLength(30);
    expect(dataset.agreements.length).toBe(33);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = syntheticFlows({ states: 30, flows: 200 });
    expect(syntheticFlows({ states: 30, flows: 200 })).toEqual(a);
    expect(syntheticFlows({ states: 30, flows: 200, seed: 8 })).not.toEqual(a);
  });

  it('refuses more flows than the states can have', () => {
    expect(() => syntheticFlows({ states: 3, flows: 7 })).toThrow('3 states have at most 6 flows');
  });

  it('gives files the app loads without a problem', () => {
    expect(problemsOf(datasetFiles(syntheticFlows({ states: 50, flows: 800 })))).toEqual([]);
  });
});

describe('syntheticDataset', () => {
  it('has the size asked for, with one to three delivery years a deal, and is valid', () => {
    const dataset = syntheticDataset({ countries: 60, deals: 2_000, agreements: 100 });
    expect(dataset.countries).toHaveLength(60);
    expect(dataset.transfers).toHaveLength(2_000);
    expect(dataset.agreements).toHaveLength(100);
    const years = dataset.transfers.map((t) => t.deliveries.length);
    expect(Math.min(...years)).toBe(1);
    expect(Math.max(...years)).toBe(3);
    expect(problemsOf(datasetFiles(dataset))).toEqual([]);
  });
});
