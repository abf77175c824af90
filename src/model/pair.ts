/**
 * Everything between two states, for the pair view ("what did France sell to Egypt, and when?"):
 * every deal in both directions over the whole dataset, each saying whether the network draws
 * it now (a delivery among the compiled rows), and every agreement both belonged to, with the
 * years they were members together. Pure: a function of the dataset and the compiled filters.
 */
import type { CompiledFilters } from './compileFilters';
import type { ModelData } from './dataset';
import { countOf, formatYearRuns } from './format';
import { parseEdgeKey } from './keys';
import {
  TRANSFER_PRODUCTION_LABELS,
  WEAPON_CATEGORY_LABELS,
  type Agreement,
  type Transfer,
} from './types';

export interface PairDelivery {
  year: number;
  /** null where the source gives no number. */
  units: number | null;
  /** Drawn now: in the period and passing every filter (the compiled rows). */
  drawn: boolean;
}

export interface PairDeal {
  /** Index in ModelData.transfers. */
  index: number;
  transfer: Transfer;
  supplier: number;
  recipient: number;
  /** Deliveries in year order. */
  deliveries: PairDelivery[];
  /** At least one delivery is drawn now. */
  drawn: boolean;
  /** Units delivered in the drawn years, when the source gives numbers. */
  unitsDrawn: number | null;
  /** Order year, else first delivery year (for sorting and the strip); null when neither. */
  firstYear: number | null;
}

export interface SharedAgreement {
  /** Index in ModelData.agreements. */
  index: number;
  record: Agreement;
  /** Years both were members at once, clipped to the agreement's life (to: +Infinity in force). */
  together: { from: number; to: number }[];
  /** Passes the type and tie-kind filters and binds both at some point of the period. */
  drawn: boolean;
}

export interface PairRecord {
  a: number;
  b: number;
  /** Deals from a to b, then from b to a; each list by first year, then designation. */
  aToB: PairDeal[];
  bToA: PairDeal[];
  agreements: SharedAgreement[];
  /** First and last year with a deal (order or delivery) or a shared membership; null if none. */
  span: [number, number] | null;
}

function dealsFrom(
  data: ModelData,
  drawnDeliveries: Map<number, Set<number>>,
  supplier: number,
  recipient: number,
): PairDeal[] {
  const sId = data.countries[supplier]!.id;
  const rId = data.countries[recipient]!.id;
  const deals: PairDeal[] = [];
  data.transfers.forEach((transfer, index) => {
    if (transfer.supplier !== sId || transfer.recipient !== rId) return;
    const drawnYears = drawnDeliveries.get(index);
    const deliveries = [...transfer.deliveries]
      .sort((x, y) => x.year - y.year)
      .map((d) => ({
        year: d.year,
        units: d.units ?? null,
        drawn: drawnYears?.has(d.year) ?? false,
      }));
    const drawnUnits = deliveries.filter((d) => d.drawn && d.units !== null);
    deals.push({
      index,
      transfer,
      supplier,
      recipient,
      deliveries,
      drawn: deliveries.some((d) => d.drawn),
      unitsDrawn: drawnUnits.length > 0 ? drawnUnits.reduce((s, d) => s + d.units!, 0) : null,
      firstYear: transfer.ordered?.year ?? deliveries[0]?.year ?? null,
    });
  });
  return deals.sort(
    (x, y) =>
      (x.firstYear ?? Infinity) - (y.firstYear ?? Infinity) ||
      x.transfer.designation.localeCompare(y.transfer.designation),
  );
}

/** Overlap of two lists of spans, each sorted or not. */
function intersect(
  p: readonly { from: number; to: number }[],
  q: readonly { from: number; to: number }[],
) {
  const out: { from: number; to: number }[] = [];
  for (const x of p)
    for (const y of q) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ from, to });
    }
  return out.sort((x, y) => x.from - y.from);
}

function sharedAgreements(
  data: ModelData,
  cf: CompiledFilters,
  a: number,
  b: number,
): SharedAgreement[] {
  const out: SharedAgreement[] = [];
  data.agreements.forEach((agreement, index) => {
    const spells = (country: number) =>
      agreement.members
        .filter((m) => m.country === country)
        .map((m) => ({
          from: Math.max(m.from, agreement.from),
          to: Math.min(m.to, agreement.to),
        }));
    const together = intersect(spells(a), spells(b));
    if (together.length === 0) return;
    const inPeriod = together.some((t) => t.from <= cf.to && t.to >= cf.from);
    out.push({
      index,
      record: agreement.record,
      together,
      drawn: inPeriod && cf.keepsAgreement(agreement),
    });
  });
  return out.sort(
    (x, y) =>
      x.together[0]!.from - y.together[0]!.from || x.record.name.localeCompare(y.record.name),
  );
}

export function pairRecord(data: ModelData, cf: CompiledFilters, a: number, b: number): PairRecord {
  // Deliveries of this pair that the network draws now: deal -> years.
  const drawnDeliveries = new Map<number, Set<number>>();
  const d = data.deliveries;
  for (let j = 0; j < cf.rows.length; j++) {
    const i = cf.rows[j]!;
    const s = d.supplier[i]!;
    const r = d.recipient[i]!;
    if (!((s === a && r === b) || (s === b && r === a))) continue;
    const deal = d.deal[i]!;
    let years = drawnDeliveries.get(deal);
    if (!years) drawnDeliveries.set(deal, (years = new Set()));
    years.add(d.year[i]!);
  }
  const aToB = dealsFrom(data, drawnDeliveries, a, b);
  const bToA = dealsFrom(data, drawnDeliveries, b, a);
  const agreements = sharedAgreements(data, cf, a, b);

  let first = Infinity;
  let last = -Infinity;
  const see = (year: number) => {
    if (!Number.isFinite(year)) return;
    first = Math.min(first, year);
    last = Math.max(last, year);
  };
  for (const deal of [...aToB, ...bToA]) {
    if (deal.transfer.ordered) see(deal.transfer.ordered.year);
    for (const delivery of deal.deliveries) see(delivery.year);
  }
  for (const agreement of agreements)
    for (const t of agreement.together) {
      see(t.from);
      see(t.to);
    }
  return {
    a,
    b,
    aToB,
    bToA,
    agreements,
    span: Number.isFinite(first) ? [first, last] : null,
  };
}

/** The two states of a tie or an arrow (`t:A>B`, `a:A|B|type`); null for other edge keys. */
export function edgeEnds(edgeKey: string): [string, string] | null {
  const edge = parseEdgeKey(edgeKey);
  if (edge?.kind === 'transfer') return [edge.supplier, edge.recipient];
  if (edge?.kind === 'alliance') return [edge.a, edge.b];
  return null;
}

/**
 * The facts line of a deal in the pair view: "Aircraft · licensed production · ordered 1996 (105)
 * · delivered 1998–2007 (105 units) · new". Production says that the recipient built the weapon.
 */
export function pairDealFacts(deal: PairDeal): string {
  const t = deal.transfer;
  const years = deal.deliveries.map((d) => d.year);
  const known = deal.deliveries.filter((d) => d.units !== null);
  const units = known.length > 0 ? known.reduce((s, d) => s + d.units!, 0) : null;
  return [
    WEAPON_CATEGORY_LABELS[t.category],
    t.production ? TRANSFER_PRODUCTION_LABELS[t.production] : null,
    t.ordered
      ? `ordered ${t.ordered.year}${t.ordered.units !== undefined ? ` (${t.ordered.units})` : ''}`
      : null,
    years.length > 0
      ? `delivered ${formatYearRuns(years)}${units !== null ? ` (${countOf(units, 'unit')})` : ''}`
      : 'no delivery recorded',
    t.status ? t.status.replace(/-/g, ' ') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
