/** fast-check arbitraries for valid view states (and link extras) over a fixture dataset. */
import fc from 'fast-check';
import { MULTILATERAL_DISPLAYS } from '../../src/model/aggregate';
import type { ModelData } from '../../src/model/dataset';
import { TIE_KINDS, WEIGHT_MEASURES, type FilterState } from '../../src/model/filters';
import { SIZE_MEASURES } from '../../src/model/graph';
import { AGREEMENT_TYPES, REGIONS, WEAPON_CATEGORIES } from '../../src/model/types';
import {
  LAYOUTS,
  PANELS,
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

export function filtersArb(data: ModelData): fc.Arbitrary<FilterState> {
  const [lo, hi] = data.yearSpan;
  const year = fc.integer({ min: lo, max: hi });
  const regions = [
    ...new Set<string>([...REGIONS, ...data.countries.flatMap((c) => [c.region, c.subregion])]),
  ];
  return fc
    .record({
      mode: fc.constantFrom('range' as const, 'asOf' as const),
      a: year,
      b: year,
      ties: fc
        .record({ bilateral: fc.boolean(), multilateral: fc.boolean(), transfers: fc.boolean() })
        .filter((t) => TIE_KINDS.some((k) => t[k])),
      regions: nullableSubset(regions),
      agreementTypes: nullableSubset(AGREEMENT_TYPES),
      categories: nullableSubset(WEAPON_CATEGORIES),
    })
    .map(({ a, b, ...rest }) => ({
      ...rest,
      // In range mode from <= to; in as-of mode `from` is kept but ignored, so any order is valid.
      from: rest.mode === 'range' ? Math.min(a, b) : a,
      to: rest.mode === 'range' ? Math.max(a, b) : b,
    }));
}

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
    ),
    { nil: null },
  );
}

export function viewStateArb(data: ModelData): fc.Arbitrary<ViewState> {
  const weights = WEIGHT_MEASURES.filter((w) => data.hasValues || w !== 'value');
  return fc.record({
    filters: filtersArb(data),
    display: fc.record({
      layout: fc.constantFrom(...LAYOUTS),
      multilateral: fc.constantFrom(...MULTILATERAL_DISPLAYS),
      weight: fc.constantFrom(...weights),
      size: fc.constantFrom(...SIZE_MEASURES),
      color: fc.constantFrom('region' as const, 'bloc' as const),
      showIsolated: fc.boolean(),
      split: fc.constantFrom('supplier' as const, 'region' as const, 'category' as const),
      group: fc.constantFrom('type' as const, 'region' as const),
    }),
    selection: selectionArb(data),
    camera: cameraArb,
    panels: fc.uniqueArray(fc.constantFrom(...PANELS), { maxLength: PANELS.length }),
  });
}

export function talkArb(data: ModelData): fc.Arbitrary<TalkStep[]> {
  const step = fc.record(
    {
      title: fc.string({ maxLength: 60, unit: 'grapheme' }),
      caption: fc.string({ maxLength: 200, unit: 'grapheme' }),
      query: viewStateArb(data).map((s) => serialiseViewState(s, data)),
    },
    { requiredKeys: ['title', 'query'] },
  );
  return fc.array(step, { maxLength: 6 });
}

export function extrasArb(data: ModelData): fc.Arbitrary<ViewExtras> {
  return talkArb(data).chain((talk) =>
    fc.record({
      dataset: fc.oneof(
        fc.constant('default'),
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,30}$/),
      ),
      embed: fc.boolean(),
      talk: fc.constant(talk),
      present:
        talk.length === 0
          ? fc.constant(null)
          : fc.option(fc.integer({ min: 1, max: talk.length }), { nil: null }),
    }),
  );
}
