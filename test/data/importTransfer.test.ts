import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { joinModel, splitModel } from '../../src/data/importTransfer';
import { describeDataset } from '../../src/model/about';
import {
  descriptionOf,
  firstPictureOf,
  geoPositionsOf,
  layoutInputOf,
} from '../../src/model/datasetFigures';
import { firstPicture } from '../../src/model/firstPicture';
import { buildLayoutInput } from '../../src/model/layoutGraph';
import { geoPositions } from '../../src/model/mapPositions';
import type { Transfer } from '../../src/model/types';
import { defaultModel } from '../defaultData';

/** The worker's side and the page's side, with a structured clone in between (as postMessage). */
function sendAndReceive() {
  const { head, chunks } = splitModel(defaultModel());
  const clone = <T>(value: T) => deserialize(serialize(value)) as T;
  const received = clone(head);
  return {
    data: joinModel(
      received,
      chunks.map((c) => clone(c) as Transfer[]),
    ),
    received,
  };
}

describe('a model handed from the dataset worker to the page', () => {
  const { data, received } = sendAndReceive();

  it('has every deal, in order, and its index', () => {
    const original = defaultModel();
    expect(data.transfers.map((t) => t.id)).toEqual(original.transfers.map((t) => t.id));
    expect(data.transferIndex.get(original.transfers[10]!.id)).toBe(10);
    expect(data.dataset.transfers).toBe(data.transfers);
  });

  it('brings the figures the page would compute itself, so it does not compute them again', () => {
    // Computed afresh on the received model: the same values as the ones that came with it.
    expect(firstPictureOf(data)).toEqual(firstPicture(data));
    expect(geoPositionsOf(data)).toEqual(geoPositions(data));
    expect(layoutInputOf(data)).toEqual(buildLayoutInput(data));
    expect(descriptionOf(data)).toEqual(describeDataset(data));
    // The page uses the ones that came with the model: not computed again.
    expect(firstPictureOf(data)).toBe(received.figures.firstPicture);
    expect(geoPositionsOf(data)).toBe(received.figures.geoPositions);
    expect(layoutInputOf(data)).toBe(received.figures.layoutInput);
    expect(descriptionOf(data)).toBe(received.figures.description);
  });
});

describe('figures of a model indexed on the page', () => {
  it('are computed once, on first use', () => {
    const data = defaultModel();
    const first = firstPictureOf(data);
    expect(first).toEqual(firstPicture(data));
    expect(firstPictureOf(data)).toBe(first);
    expect(geoPositionsOf(data).size).toBeGreaterThan(data.countries.length);
  });
});
