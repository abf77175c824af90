/**
 * The filters, compiled once per change into what every consumer needs: the year slice of the
 * delivery columns, masks over categories, countries and agreement types, and the delivery rows
 * the network draws. Aggregation, rankings, overlap figures, the timeline, tables, details, the
 * summary and the exports all read this one object, so they can never disagree on what a filter
 * means.
 *
 * Semantics, the same everywhere:
 * - Years: deliveries whose year lies in [from, to] (one year in "as of" mode); agreements in force
 *   at some point of the period.
 * - Weapon categories: a delivery is kept when its deal's category is selected.
 * - The restricting set ("near" states): the focused states when there is a focus, else the
 *   selected regions. A delivery is kept when it touches the set in the chosen direction: `in`
 *   (the recipient is in it), `out` (the supplier is in it) or `any` (either).
 * - With a focus, the regions narrow the other end ("far" states, the partners): India focused
 *   with Europe selected keeps India's ties with European states. Without a focus every state
 *   may be at the far end.
 * - So one rule covers every case: a supplier->recipient flow is kept when (supplier near and
 *   recipient far, unless direction is `in`) or (recipient near and supplier far, unless
 *   direction is `out`). An alliance tie or an agreement has no direction: a tie is kept when one
 *   end is near and the other far, an agreement when a member is near and a member is far.
 * - Tie kinds: transfers off keeps no delivery; bilateral / multilateral off drops those agreements.
 * - Agreement types: an agreement is kept when its type is selected.
 *
 * Memoised on the identity of the filters object (filters are immutable and replaced on change):
 * masks and rows are built once per change, whatever the number of consumers.
 */
import { lowerBoundYear, type IndexedAgreement, type ModelData } from './dataset';
import { yearRange, type Direction, type FilterState, type TieKind } from './filters';
import { AGREEMENT_TYPES, EVENT_KINDS, WEAPON_CATEGORIES, type WeaponCategory } from './types';

export interface CompiledFilters {
  readonly filters: FilterState;
  /** The period, inclusive (from === to in "as of" mode). */
  readonly from: number;
  readonly to: number;
  /** Delivery rows of the period: [start, end) in the year-sorted columns. */
  readonly start: number;
  readonly end: number;
  readonly ties: Readonly<Record<TieKind, boolean>>;
  readonly direction: Direction;
  /** 1 = kept, by WEAPON_CATEGORIES index. */
  readonly categoryMask: Uint8Array;
  /** 1 = kept, by AGREEMENT_TYPES index. */
  readonly typeMask: Uint8Array;
  /** 1 = kept, by EVENT_KINDS index (see events.ts for what the filters mean for events). */
  readonly eventKindMask: Uint8Array;
  /**
   * 1 = in the restricting set (the focus, else the selected regions), by country index; all 1
   * without one. States without ties are drawn (when asked for) only from this set.
   */
  readonly regionMask: Uint8Array;
  /** 1 = may be at the far end of a kept tie (in the selected regions when there is a focus). */
  readonly farMask: Uint8Array;
  /** Country indices of the focused states (empty without a focus). */
  readonly focused: readonly number[];
  /** True when a region filter or a focus restricts the picture. */
  readonly restricted: boolean;
  /**
   * The delivery rows the network draws: in the period, of a kept category, touching the
   * restricting set in the chosen direction. Empty when arms transfers are switched off.
   */
  readonly rows: Uint32Array;
  /** The same selection over another period (the previous one, or every year for the timeline). */
  rowsIn(from: number, to: number): Uint32Array;
  /**
   * Deliveries of the period in the kept categories, whatever the regions: the world total that
   * shares are taken of (SIPRI's method). Empty when arms transfers are switched off.
   */
  worldRowsIn(from: number, to: number): Uint32Array;
  /** Whether a supplier->recipient flow touches the restricting set in the chosen direction. */
  keepsFlow(supplier: number, recipient: number): boolean;
  /** Whether an alliance tie between two states is kept (one end near, the other far). */
  keepsTie(a: number, b: number): boolean;
  keepsCategory(category: WeaponCategory): boolean;
  /** Type and tie kind (bilateral / multilateral) pass; years and regions are not looked at. */
  keepsAgreement(agreement: IndexedAgreement): boolean;
  /** Whether these countries (an agreement's members) have one near and one far. */
  touches(countries: readonly number[]): boolean;
}

function selectionMask<T>(all: readonly T[], selected: readonly T[] | null): Uint8Array {
  const mask = new Uint8Array(all.length);
  all.forEach((value, i) => {
    mask[i] = selected === null || selected.includes(value) ? 1 : 0;
  });
  return mask;
}

/** Country indices of these ids, once each, unknown ids left out. */
function indicesOf(data: ModelData, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const index = data.countryIndex.get(id);
    if (index !== undefined && !out.includes(index)) out.push(index);
  }
  return out;
}

function focusMaskFor(data: ModelData, focus: readonly string[]): Uint8Array {
  const mask = new Uint8Array(data.countries.length);
  for (const index of indicesOf(data, focus)) mask[index] = 1;
  return mask;
}

function regionMaskFor(data: ModelData, regions: readonly string[] | null): Uint8Array {
  const mask = new Uint8Array(data.countries.length);
  if (regions === null) return mask.fill(1);
  const wanted = new Set(regions);
  data.countries.forEach((c, i) => {
    if (wanted.has(c.region) || wanted.has(c.subregion)) mask[i] = 1;
  });
  return mask;
}

/** 0, 1, 2, ... for every delivery row of a dataset: a slice of it is "every row of a period". */
const identityByData = new WeakMap<ModelData, Uint32Array>();

function identityRows(data: ModelData): Uint32Array {
  let rows = identityByData.get(data);
  if (!rows) {
    rows = new Uint32Array(data.deliveries.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    identityByData.set(data, rows);
  }
  return rows;
}

const cache = new WeakMap<ModelData, WeakMap<FilterState, CompiledFilters>>();

export function compileFilters(data: ModelData, filters: FilterState): CompiledFilters {
  let byFilters = cache.get(data);
  if (!byFilters) cache.set(data, (byFilters = new WeakMap()));
  let compiled = byFilters.get(filters);
  if (!compiled) byFilters.set(filters, (compiled = compile(data, filters)));
  return compiled;
}

function compile(data: ModelData, filters: FilterState): CompiledFilters {
  const [from, to] = yearRange(filters);
  const d = data.deliveries;
  const n = data.countries.length;
  const categoryMask = selectionMask(WEAPON_CATEGORIES, filters.categories);
  const typeMask = selectionMask(AGREEMENT_TYPES, filters.agreementTypes);
  const eventKindMask = selectionMask(EVENT_KINDS, filters.eventKinds);
  const regions = regionMaskFor(data, filters.regions);
  const focus = filters.focus;
  const near = focus === null ? regions : focusMaskFor(data, focus);
  const far = focus === null ? new Uint8Array(n).fill(1) : regions;
  const direction = filters.direction;
  // A flow is kept when (nearSupplier[s] & far[r]) | (nearRecipient[r] & far[s]): one branch-free
  // test for the three directions (an empty mask stands for the side that does not count).
  const none = new Uint8Array(n);
  const nearSupplier = direction === 'in' ? none : near;
  const nearRecipient = direction === 'out' ? none : near;
  const transfers = filters.ties.transfers;

  const slice = (first: number, last: number) => [
    lowerBoundYear(d.year, d.length, first),
    lowerBoundYear(d.year, d.length, last + 1),
  ];

  // The common case, every category and no region nor focus: the rows of a period are a slice
  // of the identity rows (no copy, no test per row). Hot path: a year change with no other filter.
  const everyCategory = categoryMask.every((kept) => kept === 1);
  const unrestricted = filters.regions === null && focus === null;

  const select = (first: number, last: number, useRegions: boolean): Uint32Array => {
    if (!transfers || last < first) return new Uint32Array(0);
    const [start, end] = slice(first, last) as [number, number];
    if (everyCategory && (unrestricted || !useRegions))
      return identityRows(data).subarray(start, end);
    const out = new Uint32Array(end - start);
    let count = 0;
    const category = d.category;
    const supplier = d.supplier;
    const recipient = d.recipient;
    for (let i = start; i < end; i++) {
      if (categoryMask[category[i]!] === 0) continue;
      if (useRegions) {
        const si = supplier[i]!;
        const ri = recipient[i]!;
        if (((nearSupplier[si]! & far[ri]!) | (nearRecipient[ri]! & far[si]!)) === 0) continue;
      }
      out[count++] = i;
    }
    return count === out.length ? out : out.slice(0, count);
  };

  const periodCache = new Map<string, Uint32Array>();
  const cached = (key: string, make: () => Uint32Array) => {
    let rows = periodCache.get(key);
    if (!rows) periodCache.set(key, (rows = make()));
    return rows;
  };

  const [start, end] = slice(from, to) as [number, number];
  const rows = select(from, to, true);
  periodCache.set(`r${from}:${to}`, rows);

  return {
    filters,
    from,
    to,
    start,
    end,
    ties: filters.ties,
    direction,
    categoryMask,
    typeMask,
    eventKindMask,
    regionMask: near,
    farMask: far,
    focused: focus === null ? [] : indicesOf(data, focus),
    restricted: filters.regions !== null || focus !== null,
    rows,
    rowsIn: (first, last) => cached(`r${first}:${last}`, () => select(first, last, true)),
    worldRowsIn: (first, last) => cached(`w${first}:${last}`, () => select(first, last, false)),
    keepsFlow: (s, r) => ((nearSupplier[s]! & far[r]!) | (nearRecipient[r]! & far[s]!)) === 1,
    keepsTie: (a, b) => ((near[a]! & far[b]!) | (near[b]! & far[a]!)) === 1,
    keepsCategory: (category) => categoryMask[WEAPON_CATEGORIES.indexOf(category)] === 1,
    keepsAgreement: (a) =>
      typeMask[a.typeIndex] === 1 &&
      (a.bilateral ? filters.ties.bilateral : filters.ties.multilateral),
    touches: (countries) =>
      countries.some((c) => near[c] === 1) && countries.some((c) => far[c] === 1),
  };
}
