import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/model/aggregate';
import { indexDataset } from '../../src/model/dataset';
import { FIRST_PICTURE_TIES, firstPicture } from '../../src/model/firstPicture';
import { buildGraphSpec } from '../../src/model/graph';
import { DEFENCE_OBLIGATION_TYPES } from '../../src/model/types';
import { defaultViewState, type ViewState } from '../../src/model/viewState';
import { fixtureDataset } from './fixture';
import { defaultModel } from '../defaultData';

const data = defaultModel();

function drawn(view: ViewState, d = data) {
  const agg = aggregate(d, view.filters, view.display.multilateral);
  return buildGraphSpec(d, agg, view.display);
}

describe('firstPicture on the default data', () => {
  const view = firstPicture(data);
  const spec = drawn(view);

  it('draws at most FIRST_PICTURE_TIES ties where every tie of every year draws far more', () => {
    expect(drawn(defaultViewState(data.yearSpan, data.hasValues)).edges.size).toBeGreaterThan(
      2 * FIRST_PICTURE_TIES,
    );
    expect(spec.edges.size).toBeLessThanOrEqual(FIRST_PICTURE_TIES);
    // ... and uses that budget: not an empty picture.
    expect(spec.edges.size).toBeGreaterThan(FIRST_PICTURE_TIES * 0.8);
    expect(spec.nodes.size).toBeGreaterThanOrEqual(40);
  });

  it('keeps every year and the alliances proper, and the strongest flows', () => {
    expect([view.filters.from, view.filters.to]).toEqual(data.yearSpan);
    expect(view.filters.agreementTypes).toEqual([...DEFENCE_OBLIGATION_TYPES]);
    expect(typeof view.display.flows).toBe('number');
    expect(spec.flows.drawn).toBe(view.display.flows);
    expect(spec.flows.total).toBeGreaterThan(spec.flows.drawn);
    // NATO and the Warsaw Pact are in it.
    expect(spec.nodes.has('agreement:nato')).toBe(true);
    expect(spec.nodes.has('agreement:warsaw-pact')).toBe(true);
  });

  it('changes nothing else', () => {
    const base = defaultViewState(data.yearSpan, data.hasValues);
    expect({ ...view, filters: base.filters, display: base.display }).toEqual(base);
    expect({ ...view.display, flows: base.display.flows }).toEqual(base.display);
  });
});

describe('firstPicture on a small dataset', () => {
  it('draws every flow when they fit', () => {
    const small = indexDataset(fixtureDataset());
    const view = firstPicture(small);
    expect(view.display.flows).toBe('auto');
    expect(drawn(view, small).flows.drawn).toBe(drawn(view, small).flows.total);
  });
});
