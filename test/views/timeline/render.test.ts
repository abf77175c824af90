/**
 * Golden files for the timeline's pure render function: the SVG as text, numbers rounded to one
 * decimal, so the files are stable. A missing golden file is written on the first run; after
 * that a difference fails (update with `npx vitest run -u test/views` after checking the diff).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset, type ModelData } from '../../../src/model/dataset';
import { defaultFilters, type FilterState } from '../../../src/model/filters';
import {
  agreementBars,
  transferVolumeByYear,
  type AgreementGroupBy,
  type SplitBy,
} from '../../../src/model/timeline';
import type { WeightMeasure } from '../../../src/model/filters';
import {
  renderPeriod,
  renderTimeline,
  timelineScales,
  yearAt,
  yearTicks,
  type RenderOptions,
  type Size,
  type TimelineModel,
} from '../../../src/views/timeline/renderTimeline';
import { LANE_GAP } from '../../../src/views/timeline/lanes';
import { el, toSvgString } from '../../../src/views/timeline/svgTree';
import { fixtureDataset } from '../../model/fixture';
import { defaultModel } from '../../defaultData';

const fixture = indexDataset(fixtureDataset());

function build(
  data: ModelData,
  opts: {
    filters?: Partial<FilterState>;
    split?: SplitBy;
    weight?: WeightMeasure;
    groupBy?: AgreementGroupBy;
    focus?: number | null;
  } = {},
): TimelineModel {
  const filters = { ...defaultFilters(data.yearSpan), ...opts.filters };
  return {
    volume: transferVolumeByYear(data, filters, opts.split ?? 'supplier', opts.weight ?? 'deals'),
    agreements: agreementBars(data, filters, opts.groupBy ?? 'type', {
      focusCountry: opts.focus ?? null,
    }),
    countryName: (i) => data.countries[i]?.name ?? '',
  };
}

function svg(model: TimelineModel, size: Size, options: RenderOptions = {}, period?: FilterState) {
  const scales = timelineScales(model, size);
  const tree = renderTimeline(model, scales, options);
  if (period) tree.children!.push(renderPeriod(scales, period));
  return `${toSvgString(tree)}\n`;
}

const golden = (name: string) => join(__dirname, '__golden__', name);

describe('renderTimeline golden files', () => {
  it('fixture, deals by supplier, range', async () => {
    const period = { ...defaultFilters(fixture.yearSpan), from: 1955, to: 1965 };
    await expect(svg(build(fixture), { width: 640, height: 260 }, {}, period)).toMatchFileSnapshot(
      golden('fixture-supplier-deals.svg'),
    );
  });

  it('fixture, units by category, a focus state highlighted, as of 1961', async () => {
    const ddd = fixture.countryIndex.get('DDD')!;
    const period = { ...defaultFilters(fixture.yearSpan), mode: 'asOf' as const, to: 1961 };
    await expect(
      svg(
        build(fixture, { split: 'category', weight: 'units', focus: ddd }),
        { width: 480, height: 300 },
        { highlightCountry: ddd, selectedAgreement: 'aaa-ddd' },
        period,
      ),
    ).toMatchFileSnapshot(golden('fixture-category-units-focus.svg'));
  });

  it('fixture, value by recipient region, agreements by region', async () => {
    await expect(
      svg(build(fixture, { split: 'region', weight: 'value', groupBy: 'region' }), {
        width: 800,
        height: 220,
      }),
    ).toMatchFileSnapshot(golden('fixture-region-value.svg'));
  });

  it('transfers switched off', async () => {
    const off = { ties: { bilateral: false, multilateral: true, transfers: false } };
    await expect(
      svg(build(fixture, { filters: off }), { width: 400, height: 180 }),
    ).toMatchFileSnapshot(golden('fixture-no-transfers.svg'));
  });
});

describe('renderTimeline', () => {
  it('renders names from data as escaped text only', () => {
    const ds = fixtureDataset();
    ds.agreements[0]!.name = '<script>alert(1)</script> & "co"';
    const data = indexDataset(ds);
    const out = svg(build(data), { width: 640, height: 260 });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "co"');
    expect(toSvgString(el('g', { 'data-x': '"><x' }))).toBe('<g data-x="&quot;&gt;&lt;x"/>');
  });

  it('maps pixels back to years and ticks from the first to the last year', () => {
    const model = build(fixture);
    const scales = timelineScales(model, { width: 640, height: 260 });
    expect(yearAt(scales, scales.x(1960))).toBe(1960);
    expect(yearAt(scales, scales.x(1960.4))).toBe(1960);
    expect(yearAt(scales, -100)).toBe(1950);
    expect(yearAt(scales, 10_000)).toBe(1980);
    const ticks = yearTicks(scales);
    expect(ticks[0]).toBe(1950);
    expect(ticks.at(-1)).toBe(1980);
  });

  it('renders the default dataset with finite numbers and named bars that never overprint', () => {
    const data = defaultModel();
    const model = build(data);
    for (const size of [
      { width: 1000, height: 320 },
      { width: 360, height: 420 },
    ]) {
      const scales = timelineScales(model, size);
      const out = svg(model, size);
      expect(out).not.toMatch(/NaN|Infinity|undefined/);
      expect(yearTicks(scales)[0]).toBe(data.yearSpan[0]);
      // The head leaves the lanes room; the lanes scroll under it when they need more.
      expect(scales.headHeight).toBeLessThan(size.height * 0.7);
      // Every bar has its name (whole on a laptop), and no name or bar runs into another.
      const bars = model.agreements.bars;
      expect(scales.placed).toHaveLength(bars.length);
      const extents = scales.placed.map((p) => {
        const label = p.label!;
        const width = label.text.length * 10 * 0.58;
        const start = label.inside ? p.x0 : label.anchor === 'end' ? label.x - width : p.x0;
        const end = label.inside ? p.x1 : label.anchor === 'end' ? p.x1 : label.x + width;
        return { top: p.top, start, end, name: bars[p.index]!.label, text: label.text };
      });
      if (size.width >= 1000) for (const e of extents) expect(e.text).toBe(e.name);
      for (const a of extents)
        for (const b of extents)
          if (a !== b && a.top === b.top) expect(a.end <= b.start || b.end <= a.start).toBe(true);
      // Lanes are packed as tightly as intervals allow: a group needs as many lanes as the most
      // extents that overlap at one point (with the gap kept between neighbours).
      for (const g of scales.groups) {
        const mine = extents.filter((_, i) => bars[scales.placed[i]!.index]!.group === g.key);
        const most = Math.max(
          ...mine.map(
            (e) => mine.filter((f) => f.start <= e.start && e.start < f.end + LANE_GAP).length,
          ),
        );
        expect(g.lanes).toBe(most);
      }
    }
  });
});
