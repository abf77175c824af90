/**
 * Timeline series: what the timeline view draws, as plain data. Two parts:
 * - transfer volume by year, split into a few named series (top suppliers, recipient regions or
 *   weapon categories, the rest as "Other");
 * - agreements as bars from signature to end, with the years members joined or left, packed into
 *   a few lanes per group. Bilateral agreements are many (and short of interest one by one), so
 *   they are counted per year instead; only those of a focus state (the selected one) become bars.
 *
 * Both ignore the filters' year range on purpose: the timeline shows every year, and the range is
 * drawn over it. Regions (with their direction), categories, agreement types and tie kinds apply,
 * as compileFilters defines them.
 */
import { AGREEMENT_TYPE_COLORS, BLOC_COLORS, OTHER_BLOC_COLOR, REGION_COLORS } from './appearance';
import { supplierShade } from './theme';
import { compileFilters } from './compileFilters';
import type { IndexedEvent, ModelData } from './dataset';
import type { EventGroup } from './eventLanes';
import type { FilterState, WeightMeasure } from './filters';
import {
  AGREEMENT_TYPES,
  AGREEMENT_TYPE_LABELS,
  REGIONS,
  WEAPON_CATEGORIES,
  WEAPON_CATEGORY_LABELS,
  type Region,
} from './types';

/** Everything the timeline draws: the volume, the agreement bars, and names for titles. */
export interface TimelineModel {
  volume: VolumeTable;
  agreements: AgreementBars;
  /** The events lane (drawn above the agreements): its groups and the dataset's events. */
  events?: { groups: readonly EventGroup[]; list: readonly IndexedEvent[] };
  /** Country names by index, for titles. */
  countryName(index: number): string;
}

export type SplitBy = 'supplier' | 'region' | 'category';
export const SPLITS: readonly SplitBy[] = ['supplier', 'region', 'category'];
export const SPLIT_LABELS: Record<SplitBy, string> = {
  supplier: 'Supplier',
  region: 'Recipient region',
  category: 'Weapon category',
};

export interface VolumeSeries {
  /** Stable key: a country id, a region, a category, or `other`. */
  key: string;
  label: string;
  /** In the light palette; suppliers: their region's colour, shaded by `shade`. */
  color: string;
  /** For suppliers: how many larger suppliers of the same region come before (0 = none). */
  shade?: number;
  /** Sum over all years. */
  total: number;
}

export interface VolumeRow {
  year: number;
  /** One value per series, in the order of `series`. */
  values: number[];
  total: number;
}

export interface VolumeTable {
  splitBy: SplitBy;
  weight: WeightMeasure;
  series: VolumeSeries[];
  /** One row per year, every year of the data's span, without gaps. */
  rows: VolumeRow[];
  /** Largest yearly total (0 when nothing is shown). */
  max: number;
  /** Transfers are switched off in the filters: nothing to show. */
  hidden: boolean;
}

export const OTHER_KEY = 'other';
export const DEFAULT_TOP = 6;

/** All years the timeline spans: the data's span (which starts in 1945 at the earliest). */
export function timelineYears(data: ModelData): [number, number] {
  return [data.yearSpan[0], data.yearSpan[1]];
}

/**
 * Transfer volume per year, split by supplier, recipient region or weapon category. The `top`
 * largest parts (by total over all years) get a series each; the rest are summed into "Other".
 * `deals` counts distinct deals with a delivery in the year.
 */
export function transferVolumeByYear(
  data: ModelData,
  filters: FilterState,
  splitBy: SplitBy,
  weight: WeightMeasure,
  top = DEFAULT_TOP,
): VolumeTable {
  const [first, last] = timelineYears(data);
  const yearCount = last - first + 1;
  const d = data.deliveries;
  const hidden = !filters.ties.transfers;

  // Part index of each delivery: country index, region index or category index.
  const partCount =
    splitBy === 'supplier'
      ? data.countries.length
      : splitBy === 'region'
        ? REGIONS.length
        : WEAPON_CATEGORIES.length;
  const regionOf = data.countries.map((c) => Math.max(0, REGIONS.indexOf(c.region as Region)));
  // Every year of the span, with the filters' categories, regions and direction.
  const drawn = compileFilters(data, filters).rowsIn(first, last);

  // sums[year * partCount + part]
  const sums = new Float64Array(hidden ? 0 : yearCount * partCount);
  const partTotals = new Float64Array(partCount);
  if (!hidden) {
    for (let j = 0; j < drawn.length; j++) {
      const i = drawn[j]!;
      const year = d.year[i]!;
      const supplier = d.supplier[i]!;
      const recipient = d.recipient[i]!;
      let amount: number;
      if (weight === 'value') amount = d.tiv[i]!;
      else if (weight === 'units') amount = d.units[i]!;
      else {
        // Rows are sorted by year then deal, and a deal's rows are kept or dropped together: a
        // repeated (year, deal) is the same deal again.
        amount = i > 0 && d.year[i - 1] === year && d.deal[i - 1] === d.deal[i] ? 0 : 1;
      }
      if (!(amount > 0)) continue;
      const part =
        splitBy === 'supplier'
          ? supplier
          : splitBy === 'region'
            ? regionOf[recipient]!
            : d.category[i]!;
      sums[(year - first) * partCount + part]! += amount;
      partTotals[part]! += amount;
    }
  }

  const ranked = [...partTotals.keys()]
    .filter((p) => partTotals[p]! > 0)
    .sort((a, b) => partTotals[b]! - partTotals[a]! || a - b);
  // Keep `top` parts; a single leftover part is shown as itself rather than as "Other".
  const kept = ranked.length <= top + 1 ? ranked : ranked.slice(0, top);
  const rest = ranked.slice(kept.length);
  const seriesOfPart = new Int32Array(partCount).fill(-1);
  // Suppliers take their region's colour (their colour in the network), shaded apart.
  const suppliersInRegion = new Map<string, number>();
  const series: VolumeSeries[] = kept.map((part, i) => {
    seriesOfPart[part] = i;
    let shade = 0;
    if (splitBy === 'supplier') {
      const region = data.countries[part]!.region;
      shade = suppliersInRegion.get(region) ?? 0;
      suppliersInRegion.set(region, shade + 1);
    }
    return { ...describePart(data, splitBy, part, i, shade), total: partTotals[part]! };
  });
  if (rest.length > 0) {
    const otherIndex = series.length;
    let total = 0;
    for (const part of rest) {
      seriesOfPart[part] = otherIndex;
      total += partTotals[part]!;
    }
    series.push({
      key: OTHER_KEY,
      label: `Other (${rest.length})`,
      color: OTHER_BLOC_COLOR,
      total,
    });
  }

  const rows: VolumeRow[] = [];
  let max = 0;
  for (let y = 0; y < yearCount; y++) {
    const values = new Array<number>(series.length).fill(0);
    let total = 0;
    if (!hidden) {
      for (const part of ranked) {
        const v = sums[y * partCount + part]!;
        if (v === 0) continue;
        values[seriesOfPart[part]!]! += v;
        total += v;
      }
    }
    rows.push({ year: first + y, values, total });
    max = Math.max(max, total);
  }
  return { splitBy, weight, series, rows, max, hidden };
}

function describePart(
  data: ModelData,
  splitBy: SplitBy,
  part: number,
  rank: number,
  shade: number,
): { key: string; label: string; color: string; shade?: number } {
  if (splitBy === 'supplier') {
    const c = data.countries[part]!;
    const color = supplierShade(REGION_COLORS[c.region], shade, 'light');
    return { key: c.id, label: c.name, color, shade };
  }
  if (splitBy === 'region') {
    const r = REGIONS[part]!;
    return { key: r, label: r, color: REGION_COLORS[r] };
  }
  const c = WEAPON_CATEGORIES[part]!;
  return { key: c, label: WEAPON_CATEGORY_LABELS[c], color: BLOC_COLORS[rank] ?? OTHER_BLOC_COLOR };
}

// ---------------------------------------------------------------------------------------------
// Agreements

export type AgreementGroupBy = 'type' | 'region';
export const GROUPINGS: readonly AgreementGroupBy[] = ['type', 'region'];
export const FOCUS_GROUP = 'bilateral-focus';

export interface MembershipChange {
  year: number;
  joined: number[];
  left: number[];
}

export interface AgreementBar {
  /** Index into data.agreements. */
  agreement: number;
  id: string;
  name: string;
  /** Short name where the record has one, else the name. */
  label: string;
  group: string;
  /** Lane inside the group (bars that do not overlap in time share a lane). */
  lane: number;
  from: number;
  /** Last year drawn: the end year, or the data's last year while in force. */
  to: number;
  ongoing: boolean;
  bilateral: boolean;
  /** Every country that was ever a member. */
  members: number[];
  /** Years after signature in which members joined or left, in year order. */
  changes: MembershipChange[];
}

export interface AgreementGroup {
  key: string;
  label: string;
  color: string;
  lanes: number;
}

export interface BilateralCount {
  year: number;
  /** Bilateral agreements in force in the year, by group (same order as `groups`). */
  counts: number[];
  total: number;
}

export interface AgreementBars {
  groupBy: AgreementGroupBy;
  /** Groups that have at least one bar (in display order). */
  groups: AgreementGroup[];
  /** Sorted by group, then start year, then name. */
  bars: AgreementBar[];
  /** Groups used by `bilateral` counts (every group with a bilateral agreement). */
  bilateralGroups: AgreementGroup[];
  /** One row per year of the span; empty when bilateral agreements are filtered out. */
  bilateral: BilateralCount[];
  bilateralMax: number;
}

const REGION_GROUP_LABEL: Record<Region, string> = {
  Africa: 'Africa',
  Americas: 'Americas',
  Asia: 'Asia',
  Europe: 'Europe',
  Oceania: 'Oceania',
  Other: 'Other',
};

/**
 * One bar per multilateral agreement passing the filters (types, tie kinds, regions), and, when
 * `focusCountry` is given, one per bilateral agreement of that country. Bilateral agreements are
 * otherwise counted per year and group. `groupBy: 'region'` uses the region most members belong to.
 */
export function agreementBars(
  data: ModelData,
  filters: FilterState,
  groupBy: AgreementGroupBy,
  options: { focusCountry?: number | null } = {},
): AgreementBars {
  const [first, last] = timelineYears(data);
  const cf = compileFilters(data, filters);
  const focus = options.focusCountry ?? null;

  const groupKeys: readonly string[] = groupBy === 'type' ? AGREEMENT_TYPES : REGIONS;
  const describeGroup = (key: string): Omit<AgreementGroup, 'lanes'> =>
    key === FOCUS_GROUP
      ? {
          key,
          label: `Bilateral: ${focus === null ? '' : (data.countries[focus]?.name ?? '')}`,
          color: OTHER_BLOC_COLOR,
        }
      : groupBy === 'type'
        ? {
            key,
            label: AGREEMENT_TYPE_LABELS[key as (typeof AGREEMENT_TYPES)[number]],
            color: AGREEMENT_TYPE_COLORS[key as (typeof AGREEMENT_TYPES)[number]],
          }
        : {
            key,
            label: REGION_GROUP_LABEL[key as Region],
            color: REGION_COLORS[key as Region],
          };

  const bars: Omit<AgreementBar, 'lane'>[] = [];
  const yearCount = last - first + 1;
  const bilateralCounts = groupKeys.map(() => new Array<number>(yearCount).fill(0));
  const bilateralGroupUsed = new Array<boolean>(groupKeys.length).fill(false);

  data.agreements.forEach((a, index) => {
    if (cf.typeMask[a.typeIndex] === 0) return;
    const members = [...new Set(a.members.map((m) => m.country))];
    if (!cf.touches(members)) return;
    const group = groupBy === 'type' ? a.type : majorityRegion(data, members);
    const from = Math.max(first, a.from);
    const to = Math.min(last, a.to);
    if (from > to) return;

    const isFocusBilateral = a.bilateral && focus !== null && members.includes(focus);
    if (a.bilateral && filters.ties.bilateral) {
      const g = groupKeys.indexOf(group);
      bilateralGroupUsed[g] = true;
      for (let y = from; y <= to; y++) bilateralCounts[g]![y - first]!++;
    }
    if (a.bilateral ? !(filters.ties.bilateral && isFocusBilateral) : !filters.ties.multilateral)
      return;

    bars.push({
      agreement: index,
      id: a.record.id,
      name: a.record.name,
      label: a.record.shortName ?? a.record.name,
      group: a.bilateral ? FOCUS_GROUP : group,
      from,
      to,
      ongoing: !Number.isFinite(a.to) || a.to > last,
      bilateral: a.bilateral,
      members,
      changes: membershipChanges(a.members, a.from, a.to, first, last),
    });
  });

  const order = [...groupKeys, FOCUS_GROUP];
  bars.sort(
    (p, q) =>
      order.indexOf(p.group) - order.indexOf(q.group) ||
      p.from - q.from ||
      p.to - q.to ||
      p.name.localeCompare(q.name),
  );

  // Greedy lane packing per group: each bar takes the first lane free since before it starts
  // (one empty year between bars, so neighbours in a lane stay apart).
  const laid: AgreementBar[] = [];
  const groups: AgreementGroup[] = [];
  let laneEnds: number[] = [];
  for (const bar of bars) {
    let group = groups[groups.length - 1];
    if (!group || group.key !== bar.group) {
      group = { ...describeGroup(bar.group), lanes: 0 };
      groups.push(group);
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((end) => end + 1 < bar.from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(bar.to);
    } else laneEnds[lane] = bar.to;
    group.lanes = laneEnds.length;
    laid.push({ ...bar, lane });
  }

  const bilateralGroups: AgreementGroup[] = [];
  const usedIndex: number[] = [];
  groupKeys.forEach((key, g) => {
    if (!bilateralGroupUsed[g]) return;
    bilateralGroups.push({ ...describeGroup(key), lanes: 0 });
    usedIndex.push(g);
  });
  const bilateral: BilateralCount[] = [];
  let bilateralMax = 0;
  if (filters.ties.bilateral) {
    for (let y = 0; y < yearCount; y++) {
      const counts = usedIndex.map((g) => bilateralCounts[g]![y]!);
      const total = counts.reduce((s, v) => s + v, 0);
      bilateral.push({ year: first + y, counts, total });
      bilateralMax = Math.max(bilateralMax, total);
    }
  }

  return { groupBy, groups, bars: laid, bilateralGroups, bilateral, bilateralMax };
}

/** The region most members belong to (ties go to the first in REGIONS order). */
function majorityRegion(data: ModelData, members: number[]): Region {
  const counts = new Map<Region, number>();
  for (const c of members) {
    const r = data.countries[c]!.region;
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  let best: Region = 'Other';
  let bestCount = 0;
  for (const r of REGIONS) {
    const n = counts.get(r) ?? 0;
    if (n > bestCount) {
      best = r;
      bestCount = n;
    }
  }
  return best;
}

function membershipChanges(
  members: { country: number; from: number; to: number }[],
  start: number,
  end: number,
  first: number,
  last: number,
): MembershipChange[] {
  const byYear = new Map<number, MembershipChange>();
  const at = (year: number) => {
    let change = byYear.get(year);
    if (!change) {
      change = { year, joined: [], left: [] };
      byYear.set(year, change);
    }
    return change;
  };
  for (const m of members) {
    if (m.from > start && m.from <= Math.min(end, last) && m.from >= first)
      at(m.from).joined.push(m.country);
    if (Number.isFinite(m.to) && m.to < end && m.to >= Math.max(start, first) && m.to <= last)
      at(m.to).left.push(m.country);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
