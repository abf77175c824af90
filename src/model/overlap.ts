/**
 * Where arms and alliances overlap, over the deliveries the network draws (see compileFilters):
 * - the share of a supplier's deliveries that go to (or a recipient's that come from) its ALLIES
 *   IN THE YEAR OF DELIVERY: states sharing an agreement with a defence obligation (collective or
 *   mutual defence) in force that year (from its entry into force, or signature when no date of
 *   entry into force is given, to its end), both states members that year. Consultation,
 *   non-aggression, neutrality, defence-cooperation, defence-industrial and export-control
 *   agreements oblige no one to defend anyone: they never make allies;
 * - the concentration of a recipient's imports among its suppliers (Herfindahl-Hirschman index);
 * - deliveries to states under an arms embargo in the year of delivery.
 *
 * Years are the unit of time, as for deliveries: an agreement, a membership or an embargo counts
 * for every calendar year it touches (an embargo imposed in November 1977 covers 1977 deliveries).
 * An embargo listed here is a fact about the recipient, not a finding of a breach: an EU or national
 * embargo does not bind other suppliers, and deliveries may be exempt or predate it within the year.
 *
 * Like the rankings, every figure covers exactly the deliveries drawn: with a region filter, an
 * actor's figures cover its deliveries into (out of, to or from) the regions, not all its trade.
 */
import { pairEdges } from './aggregate';
import { compileFilters } from './compileFilters';
import type { ModelData } from './dataset';
import { yearOf } from './dates';
import type { FilterState, WeightMeasure } from './filters';
import { transferWeight } from './graph';
import { rankableMask, rankBy } from './rankings';
import { DEFENCE_OBLIGATION_TYPES, type AgreementType } from './types';

/** The definition of allies, shown wherever an ally figure is. */
export const ALLY_DEFINITION =
  'Allies: states bound by a collective or mutual defence agreement in force in the year of delivery, both members that year. Consultation, non-aggression, neutrality, defence-cooperation, defence-industrial and export-control agreements do not make allies.';

const DEFENCE_OBLIGATIONS: ReadonlySet<AgreementType> = new Set(DEFENCE_OBLIGATION_TYPES);

// ---------------------------------------------------------------------------------------------
// Allies in the year of delivery

interface AlliedSpell {
  from: number;
  to: number;
  agreement: number;
}

/** Allied spells per unordered pair of countries (key: min * n + max). */
type AllianceIndex = Map<number, AlliedSpell[]>;

const allianceIndexByData = new WeakMap<ModelData, AllianceIndex>();

function allianceIndex(data: ModelData): AllianceIndex {
  let index = allianceIndexByData.get(data);
  if (index) return index;
  index = new Map();
  const n = data.countries.length;
  data.agreements.forEach((agreement, a) => {
    if (!DEFENCE_OBLIGATIONS.has(agreement.type)) return;
    const inForce = agreement.record.inForce ? yearOf(agreement.record.inForce) : Number.NaN;
    const start = Number.isFinite(inForce) ? inForce : agreement.from;
    const members = agreement.members;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const p = members[i]!;
        const q = members[j]!;
        if (p.country === q.country) continue;
        const from = Math.max(p.from, q.from, start);
        const to = Math.min(p.to, q.to, agreement.to);
        if (!(from <= to)) continue; // never members together while in force (or NaN dates)
        const key = Math.min(p.country, q.country) * n + Math.max(p.country, q.country);
        const spells = index!.get(key);
        if (spells) spells.push({ from, to, agreement: a });
        else index!.set(key, [{ from, to, agreement: a }]);
      }
    }
  });
  allianceIndexByData.set(data, index);
  return index;
}

/** Agreements (indices) that ally `a` and `b` in `year`; empty when they are not allies then. */
export function sharedAgreementsInYear(
  data: ModelData,
  a: number,
  b: number,
  year: number,
): number[] {
  const n = data.countries.length;
  const spells = allianceIndex(data).get(Math.min(a, b) * n + Math.max(a, b));
  if (!spells) return [];
  return [...new Set(spells.filter((s) => s.from <= year && year <= s.to).map((s) => s.agreement))];
}

export type Side = 'exports' | 'imports';

export interface AllyShare {
  country: number;
  rank: number;
  /** The measure over all the actor's exports (or imports) in the period. */
  total: number;
  /** The part delivered to (or received from) allies in the year of delivery. */
  allied: number;
  /** allied / total in %; null when total is 0. */
  share: number | null;
  /** Agreements behind the allied part, for their sources. */
  agreements: number[];
}

/**
 * Exports to (or imports from) allies, for every actor with transfers in the period. With deals as
 * the measure, a deal counts once, and as allied when any of its deliveries in the period was made
 * while the two states were allies.
 */
export function allyShares(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
  side: Side,
): Map<number, AllyShare> {
  const out = new Map<number, AllyShare>();
  const rows = compileFilters(data, filters).rows;
  const d = data.deliveries;
  const n = data.countries.length;
  const index = allianceIndex(data);
  const total = new Float64Array(n);
  const allied = new Float64Array(n);
  const agreements = new Map<number, Set<number>>();
  // Deals: 1 = seen, 2 = seen and counted as allied.
  const dealState = new Uint8Array(data.transfers.length);

  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const supplier = d.supplier[i]!;
    const recipient = d.recipient[i]!;
    const year = d.year[i]!;
    const actor = side === 'exports' ? supplier : recipient;
    const spells = index.get(Math.min(supplier, recipient) * n + Math.max(supplier, recipient));
    let isAllied = false;
    if (spells) {
      for (const s of spells) {
        if (s.from <= year && year <= s.to) {
          isAllied = true;
          let set = agreements.get(actor);
          if (!set) agreements.set(actor, (set = new Set()));
          set.add(s.agreement);
        }
      }
    }
    if (measure === 'deals') {
      const deal = d.deal[i]!;
      if (dealState[deal] === 0) {
        dealState[deal] = 1;
        total[actor]! += 1;
      }
      if (isAllied && dealState[deal] === 1) {
        dealState[deal] = 2;
        allied[actor]! += 1;
      }
      continue;
    }
    const w = measure === 'value' ? d.tiv[i]! : d.units[i]!;
    if (w !== w) continue; // NaN: no number in the source
    total[actor]! += w;
    if (isAllied) allied[actor]! += w;
  }

  for (let c = 0; c < n; c++) {
    if (total[c]! <= 0) continue;
    out.set(c, {
      country: c,
      rank: 0,
      total: total[c]!,
      allied: allied[c]!,
      share: (allied[c]! / total[c]!) * 100,
      agreements: [...(agreements.get(c) ?? [])].sort((a, b) => a - b),
    });
  }
  return out;
}

/** One actor's share to or from allies; null when it has no transfers on that side. */
export function allyShareOf(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
  country: number,
  side: Side,
): AllyShare | null {
  return allyShares(data, filters, measure, side).get(country) ?? null;
}

/** Actors by share of their drawn deliveries to (or from) allies, then by volume. */
export function allyShareRanking(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
  side: Side,
): AllyShare[] {
  return rankAllyShares(data, allyShares(data, filters, measure, side));
}

/** Rank shares already computed (by allyShares). */
export function rankAllyShares(data: ModelData, shares: Map<number, AllyShare>): AllyShare[] {
  const mask = rankableMask(data);
  const rows = [...shares.values()].filter((r) => mask[r.country] === 1).map((r) => ({ ...r }));
  // Share first, then volume: among states with equal shares the larger one comes first.
  return rankBy(
    data,
    rows,
    (r) => r.share ?? 0,
    (r) => r.total,
  );
}

// ---------------------------------------------------------------------------------------------
// Import concentration

export interface Concentration {
  country: number;
  rank: number;
  /** Imports from identified suppliers in the period. */
  total: number;
  /** Herfindahl-Hirschman index: sum of squared supplier shares, 0..1 (1 = one supplier). */
  hhi: number;
  /** Number of identified suppliers. */
  suppliers: number;
  /** Suppliers with their share (0..1), largest first. */
  shares: { country: number; share: number }[];
}

/**
 * Concentration of each recipient's imports. Unknown suppliers are left out: "unknown
 * supplier(s)" is not one supplier, so counting it as one would distort the index.
 */
export function importConcentrations(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): Map<number, Concentration> {
  const bySupplier = new Map<number, { country: number; weight: number }[]>();
  for (const e of pairEdges(data, compileFilters(data, filters).rows)) {
    if (data.countries[e.supplier]!.kind === 'unknown') continue;
    const w = transferWeight(e, measure);
    if (!(w > 0)) continue;
    let list = bySupplier.get(e.recipient);
    if (!list) bySupplier.set(e.recipient, (list = []));
    list.push({ country: e.supplier, weight: w });
  }
  const out = new Map<number, Concentration>();
  for (const [recipient, list] of bySupplier) {
    const total = list.reduce((s, p) => s + p.weight, 0);
    const shares = list
      .map((p) => ({ country: p.country, share: p.weight / total }))
      .sort((a, b) => b.share - a.share);
    out.set(recipient, {
      country: recipient,
      rank: 0,
      total,
      hhi: shares.reduce((s, p) => s + p.share * p.share, 0),
      suppliers: shares.length,
      shares,
    });
  }
  return out;
}

export function importConcentrationOf(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
  country: number,
): Concentration | null {
  return importConcentrations(data, filters, measure).get(country) ?? null;
}

/** Recipients, most concentrated first (then the larger importer). */
export function concentrationRanking(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): Concentration[] {
  return rankConcentrations(data, importConcentrations(data, filters, measure));
}

/** Rank concentrations already computed (by importConcentrations). */
export function rankConcentrations(
  data: ModelData,
  concentrations: Map<number, Concentration>,
): Concentration[] {
  const mask = rankableMask(data);
  const rows = [...concentrations.values()]
    .filter((r) => mask[r.country] === 1)
    .map((r) => ({ ...r }));
  return rankBy(
    data,
    rows,
    (r) => r.hhi,
    (r) => r.total,
  );
}

// ---------------------------------------------------------------------------------------------
// Deliveries to embargoed states

export interface EmbargoedFlow {
  supplier: number;
  recipient: number;
  /** The measure over the deliveries made while an embargo on the recipient was in force. */
  value: number;
  /** Transfers (indices into data.transfers) with such deliveries. */
  deals: number[];
  /** Years of those deliveries, ascending. */
  years: number[];
  /** Embargoes (indices into data.embargoes) in force in at least one of those years. */
  embargoes: number[];
}

export interface EmbargoSupplier {
  /** The supplier. */
  country: number;
  rank: number;
  /** The measure over all its flows to embargoed states. */
  value: number;
  /** Distinct deals with such deliveries. */
  deals: number;
  flows: EmbargoedFlow[];
}

/** Who imposed an embargo: `UN`, `EU`, or a country id turned into its name. */
export function imposerName(data: ModelData, imposedBy: string): string {
  const index = data.countryIndex.get(imposedBy);
  return index === undefined ? imposedBy : data.countries[index]!.name;
}

/** Who imposed the embargoes a flow was delivered under, each once. */
export function embargoImposers(data: ModelData, flow: EmbargoedFlow): string[] {
  return [
    ...new Set(flow.embargoes.map((e) => imposerName(data, data.embargoes[e]!.record.imposedBy))),
  ];
}

/** Largest flow first: by the measure, then by the number of deals. */
const byFlowSize = (a: EmbargoedFlow, b: EmbargoedFlow) =>
  b.value - a.value || b.deals.length - a.deals.length;

/** The embargoes behind some flows, each once, in dataset order. */
export function embargoesIn(flows: readonly EmbargoedFlow[]): number[] {
  return [...new Set(flows.flatMap((f) => f.embargoes))].sort((a, b) => a - b);
}

function embargoesByTarget(data: ModelData): Map<number, number[]> {
  const byTarget = new Map<number, number[]>();
  data.embargoes.forEach((e, i) => {
    const list = byTarget.get(e.target);
    if (list) list.push(i);
    else byTarget.set(e.target, [i]);
  });
  return byTarget;
}

/** Every supplier->recipient flow delivered while the recipient was under an arms embargo. */
export function embargoedDeliveries(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): EmbargoedFlow[] {
  const rows = compileFilters(data, filters).rows;
  const d = data.deliveries;
  const n = data.countries.length;
  const byTarget = embargoesByTarget(data);
  const flows = new Map<
    number,
    EmbargoedFlow & { dealSet: Set<number>; yearSet: Set<number>; embargoSet: Set<number> }
  >();

  for (let j = 0; j < rows.length; j++) {
    const i = rows[j]!;
    const recipient = d.recipient[i]!;
    const candidates = byTarget.get(recipient);
    if (!candidates) continue;
    const year = d.year[i]!;
    const inForce = candidates.filter((e) => {
      const embargo = data.embargoes[e]!;
      return embargo.from <= year && year <= embargo.to;
    });
    if (inForce.length === 0) continue;
    const supplier = d.supplier[i]!;
    const key = supplier * n + recipient;
    let flow = flows.get(key);
    if (!flow) {
      flow = {
        supplier,
        recipient,
        value: 0,
        deals: [],
        years: [],
        embargoes: [],
        dealSet: new Set(),
        yearSet: new Set(),
        embargoSet: new Set(),
      };
      flows.set(key, flow);
    }
    const deal = d.deal[i]!;
    if (measure === 'deals') {
      if (!flow.dealSet.has(deal)) flow.value += 1;
    } else {
      const w = measure === 'value' ? d.tiv[i]! : d.units[i]!;
      if (w === w) flow.value += w;
    }
    flow.dealSet.add(deal);
    flow.yearSet.add(year);
    for (const e of inForce) flow.embargoSet.add(e);
  }

  return [...flows.values()].map(({ dealSet, yearSet, embargoSet, ...flow }) => ({
    ...flow,
    deals: [...dealSet],
    years: [...yearSet].sort((a, b) => a - b),
    embargoes: [...embargoSet].sort((a, b) => a - b),
  }));
}

/** Suppliers by what they delivered to embargoed states (over the drawn deliveries). */
export function embargoRanking(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): EmbargoSupplier[] {
  return rankEmbargoSuppliers(data, embargoedDeliveries(data, filters, measure));
}

/** Rank suppliers by flows already computed (by embargoedDeliveries). */
export function rankEmbargoSuppliers(data: ModelData, flows: EmbargoedFlow[]): EmbargoSupplier[] {
  const mask = rankableMask(data);
  const bySupplier = new Map<number, EmbargoSupplier>();
  for (const flow of flows) {
    if (mask[flow.supplier] === 0) continue;
    let row = bySupplier.get(flow.supplier);
    if (!row) {
      row = { country: flow.supplier, rank: 0, value: 0, deals: 0, flows: [] };
      bySupplier.set(flow.supplier, row);
    }
    row.value += flow.value;
    row.deals += flow.deals.length; // a deal belongs to one flow: the sum counts distinct deals
    row.flows.push(flow);
  }
  const rows = [...bySupplier.values()];
  for (const row of rows) row.flows.sort(byFlowSize);
  // By the measure, then by deals (with TIV as the measure, a delivery may have no value).
  return rankBy(
    data,
    rows,
    (r) => r.value,
    (r) => r.deals,
  );
}

// ---------------------------------------------------------------------------------------------
// All figures at once, for the panels (computed once per filters and measure, see selectors)

export interface OverlapFigures {
  exportShares: Map<number, AllyShare>;
  importShares: Map<number, AllyShare>;
  concentrations: Map<number, Concentration>;
  embargoed: EmbargoedFlow[];
}

export function overlapFigures(
  data: ModelData,
  filters: FilterState,
  measure: WeightMeasure,
): OverlapFigures {
  return {
    exportShares: allyShares(data, filters, measure, 'exports'),
    importShares: allyShares(data, filters, measure, 'imports'),
    concentrations: importConcentrations(data, filters, measure),
    embargoed: embargoedDeliveries(data, filters, measure),
  };
}

/** One state's figures, for its Details. */
export interface CountryFigures {
  exports: AllyShare | null;
  imports: AllyShare | null;
  concentration: Concentration | null;
  /** Deliveries it made to states under an arms embargo. */
  made: EmbargoedFlow[];
  /** Deliveries it received while under an arms embargo. */
  received: EmbargoedFlow[];
}

export function countryFigures(figures: OverlapFigures, country: number): CountryFigures {
  const byValue = byFlowSize;
  return {
    exports: figures.exportShares.get(country) ?? null,
    imports: figures.importShares.get(country) ?? null,
    concentration: figures.concentrations.get(country) ?? null,
    made: figures.embargoed.filter((f) => f.supplier === country).sort(byValue),
    received: figures.embargoed.filter((f) => f.recipient === country).sort(byValue),
  };
}
