/**
 * fast-check arbitraries for valid view states (and link extras) over a fixture dataset. Every
 * registry key of a generic kind (enum, flag, set, list) gets its generator from the registry
 * (src/model/viewKeys.ts): a new key is covered without touching this file.
 */
import fc from 'fast-check';
import type { ModelData } from '../../src/model/dataset';
import { TIE_KINDS, TIME_MODES, type TieKind } from '../../src/model/filters';
import { VIEW_KEY_LIST, withValueAt, type ViewKey } from '../../src/model/viewKeys';
import {
  defaultViewState,
  type Camera,
  type Selection,
  type ViewState,
} from '../../src/model/viewState';
import type { ViewExtras } from '../../src/url/clean';
import { serialiseViewState } from '../../src/url/serialise';
import type { TalkStep } from '../../src/url/talk';
import { EDGE_KEYS } from './fixture';

const nullableSubset = <T>(values: readonly T[]) =>
  fc.option(fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length }), {
    nil: null,
  });

/** from, to and mode: in range mode from <= to; in as-of mode `from` is kept but ignored. */
function yearsArb(data: ModelData) {
  const [lo, hi] = data.yearSpan;
  const year = fc.integer({ min: lo, max: hi });
  return fc
    .record({ mode: fc.constantFrom(...TIME_MODES), a: year, b: year })
    .map(({ mode, a, b }) => ({
      mode,
      from: mode === 'range' ? Math.min(a, b) : a,
      to: mode === 'range' ? Math.max(a, b) : b,
    }));
}

/** A comparison period inside the data's years. */
function periodArb(data: ModelData) {
  const [lo, hi] = data.yearSpan;
  const year = fc.integer({ min: lo, max: hi });
  return fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
}

const tiesArb = fc
  .record(
    Object.fromEntries(TIE_KINDS.map((k) => [k, fc.boolean()])) as Record<
      TieKind,
      fc.Arbitrary<boolean>
    >,
  )
  .filter((t) => TIE_KINDS.some((k) => t[k]));

/** Camera values as the URL keeps them: 4 decimals, never -0. */
const cameraValue = (maxUnits: number, minUnits = -maxUnits) =>
  fc.integer({ min: minUnits, max: maxUnits }).map((n) => n / 10_000 + 0);

export const cameraArb: fc.Arbitrary<Camera | null> = fc.option(
  fc.record({
    x: cameraValue(1e10),
    y: cameraValue(1e10),
    ratio: cameraValue(1e8, 1),
  }),
  { nil: null },
);

export function selectionArb(data: ModelData): fc.Arbitrary<Selection | null> {
  return fc.option(
    fc.oneof(
      fc
        .constantFrom(...data.countries.map((c) => c.id))
        .map((id) => ({ kind: 'country' as const, id })),
      fc
        .constantFrom(...data.agreements.map((a) => a.record.id))
        .map((id) => ({ kind: 'agreement' as const, id })),
      fc.constantFrom(...EDGE_KEYS).map((id) => ({ kind: 'edge' as const, id })),
      fc
        .constantFrom(...data.events.map((e) => e.record.id))
        .map((id) => ({ kind: 'event' as const, id })),
      fc
        .uniqueArray(fc.constantFrom(...data.countries.map((c) => c.id)), {
          minLength: 2,
          maxLength: 2,
        })
        .map(([id, other]) => ({ kind: 'pair' as const, id: id!, with: other! })),
    ),
    { nil: null },
  );
}

/** A generator for one registry key's value: what a patch of the view at its path looks like. */
function keyArb(key: ViewKey, data: ModelData): fc.Arbitrary<(view: ViewState) => ViewState> {
  const at = (arb: fc.Arbitrary<unknown>) =>
    arb.map((value) => (view: ViewState) => withValueAt(view, key.path, value));
  switch (key.kind) {
    case 'enum':
      return at(fc.constantFrom(...(key.available ? key.available(data) : key.values)));
    case 'flag':
      return at(fc.boolean());
    case 'limit':
      return at(
        fc.oneof(fc.constantFrom(...key.words), fc.integer({ min: key.min, max: key.max })),
      );
    case 'set':
      return at(nullableSubset(key.values(data)));
    case 'list':
      return at(fc.uniqueArray(fc.constantFrom(...key.values), { maxLength: key.values.length }));
    case 'years':
      return yearsArb(data).map((years) => (view: ViewState) => ({
        ...view,
        filters: { ...view.filters, ...years },
      }));
    case 'period':
      return at(fc.option(periodArb(data), { nil: null }));
    case 'ties':
      return at(tiesArb);
    case 'selection':
      return at(selectionArb(data));
    case 'camera':
      return at(cameraArb);
  }
}

export function viewStateArb(data: ModelData): fc.Arbitrary<ViewState> {
  const base = defaultViewState(data.yearSpan, data.hasValues);
  return fc
    .tuple(...VIEW_KEY_LIST.map((key) => keyArb(key, data)))
    .map((patches) => patches.reduce((view, patch) => patch(view), base));
}

export function talkArb(data: ModelData): fc.Arbitrary<TalkStep[]> {
  const step = fc.record(
    {
      title: fc.string({ maxLength: 60, unit: 'grapheme' }),
      caption: fc.string({ maxLength: 200, unit: 'grapheme' }),
      query: viewStateArb(data).map((s) => serialiseViewState(s, data)),
      details: fc.constant(true as const),
    },
    { requiredKeys: ['title', 'query'] },
  );
  return fc.array(step, { maxLength: 6 });
}

/** A `src` a link may carry: a path beside the app, or an http(s) address with a query. */
export const sourceArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z0-9_-]{1,12}(\/[a-z0-9_-]{1,12}){0,2}\.json$/),
  fc
    .tuple(
      fc.constantFrom('https', 'http'),
      fc.domain(),
      fc.stringMatching(/^(\/[A-Za-z0-9_.~-]{1,10}){0,3}$/),
      fc.option(fc.stringMatching(/^\?[a-z]{1,5}=[A-Za-z0-9,&=+%-]{0,10}$/), { nil: '' }),
    )
    .map(([scheme, host, path, query]) => `${scheme}://${host}${path}${query}`),
);

/** Where a link's data comes from: the default, a kept dataset (and its name), or a file. */
function datasetArb(data: ModelData) {
  return fc.oneof(
    fc.constant({ dataset: 'default', datasetName: null, source: null }),
    fc
      .stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,30}$/)
      .filter((id) => id !== 'default')
      .map((dataset) => ({ dataset, datasetName: data.name, source: null })),
    sourceArb.map((source) => ({ dataset: 'default', datasetName: null, source })),
  );
}

export function extrasArb(data: ModelData): fc.Arbitrary<ViewExtras> {
  return fc.tuple(talkArb(data), datasetArb(data)).chain(([talk, dataset]) =>
    fc.record({
      dataset: fc.constant(dataset.dataset),
      datasetName: fc.constant(dataset.datasetName),
      source: fc.constant(dataset.source),
      embed: fc.boolean(),
      talk: fc.constant(talk),
      present:
        talk.length === 0
          ? fc.constant(null)
          : fc.option(fc.integer({ min: 1, max: talk.length }), { nil: null }),
    }),
  );
}
