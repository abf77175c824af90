/**
 * An independent check that a ViewState is valid for a dataset: every field within its allowed
 * values, years within the span. Used by the property tests; deliberately not shared with src/.
 */
import { COMPARE_MODES } from '../../src/model/comparePeriod';
import type { ModelData } from '../../src/model/dataset';
import type { ViewState } from '../../src/model/viewState';
import { AGREEMENT_TYPES, REGIONS, WEAPON_CATEGORIES } from '../../src/model/types';

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

export function viewStateProblems(
  state: ViewState,
  data: ModelData,
  edgeKeys: readonly string[],
): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const [lo, hi] = data.yearSpan;
  const f = state.filters;
  check(f.mode === 'range' || f.mode === 'asOf', 'mode');
  check(Number.isInteger(f.from) && f.from >= lo && f.from <= hi, 'from in span');
  check(Number.isInteger(f.to) && f.to >= lo && f.to <= hi, 'to in span');
  check(f.mode === 'asOf' || f.from <= f.to, 'from <= to');
  check(Object.keys(f.ties).sort().join() === 'bilateral,multilateral,transfers', 'tie keys');
  check(
    Object.values(f.ties).every((v) => typeof v === 'boolean'),
    'tie values',
  );
  check(
    Object.values(f.ties).some((v) => v),
    'at least one tie',
  );
  check(['any', 'in', 'out'].includes(f.direction), 'direction');
  const cmp = state.compare.period;
  check(
    cmp === null ||
      (Number.isInteger(cmp.from) &&
        Number.isInteger(cmp.to) &&
        lo <= cmp.from &&
        cmp.from <= cmp.to &&
        cmp.to <= hi),
    'comparison period in span',
  );
  check(COMPARE_MODES.includes(state.compare.mode), 'comparison mode');
  check(
    f.focus === null ||
      (unique(f.focus) && f.focus.every((id) => data.countries.some((c) => c.id === id))),
    'focus',
  );
  const regions = new Set<string>([
    ...REGIONS,
    ...data.countries.flatMap((c) => [c.region, c.subregion]),
  ]);
  check(
    f.regions === null || (unique(f.regions) && f.regions.every((r) => regions.has(r))),
    'regions',
  );
  check(
    f.agreementTypes === null ||
      (unique(f.agreementTypes) &&
        f.agreementTypes.every((t) => (AGREEMENT_TYPES as readonly string[]).includes(t))),
    'agreement types',
  );
  check(
    f.categories === null ||
      (unique(f.categories) &&
        f.categories.every((c) => (WEAPON_CATEGORIES as readonly string[]).includes(c))),
    'categories',
  );
  const d = state.display;
  check(['force', 'geo'].includes(d.layout), 'layout');
  check(['hub', 'hull', 'clique'].includes(d.multilateral), 'multilateral');
  check(['units', 'deals', ...(data.hasValues ? ['value'] : [])].includes(d.weight), 'weight');
  check(['volume', 'degree', 'imports', 'exports'].includes(d.size), 'size');
  check(['region', 'bloc'].includes(d.color), 'color');
  check(typeof d.showIsolated === 'boolean', 'showIsolated');
  check(
    d.flows === 'auto' ||
      d.flows === 'all' ||
      (Number.isInteger(d.flows) && d.flows >= 1 && d.flows <= 100_000),
    'flows',
  );
  check(['supplier', 'region', 'category'].includes(d.split), 'split');
  check(['type', 'region'].includes(d.group), 'group');
  const s = state.selection;
  if (s !== null) {
    if (s.kind === 'country')
      check(
        data.countries.some((c) => c.id === s.id),
        'selected country',
      );
    else if (s.kind === 'agreement')
      check(
        data.agreements.some((a) => a.record.id === s.id),
        'selected agreement',
      );
    else if (s.kind === 'edge') check(edgeKeys.includes(s.id), 'selected edge');
    else if (s.kind === 'pair')
      check(
        s.id !== s.with && [s.id, s.with].every((id) => data.countries.some((c) => c.id === id)),
        'selected pair',
      );
    else if (s.kind === 'event')
      check(
        data.events.some((e) => e.record.id === s.id),
        'selected event',
      );
    else check(false, 'selection kind');
  }
  const c = state.camera;
  if (c !== null) {
    check([c.x, c.y, c.ratio].every(Number.isFinite), 'camera finite');
    check(c.ratio > 0, 'camera ratio');
  }
  check(
    unique(state.panels) &&
      state.panels.every((p) =>
        ['filters', 'details', 'timeline', 'rankings', 'compare', 'data'].includes(p),
      ),
    'panels',
  );
  return problems;
}
