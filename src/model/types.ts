/**
 * Entente dataset format, version 1 (revision 1.1 adds events and defence-industrial programmes;
 * every v1 file stays valid): the record types as they appear in the JSON files
 * (see public/data/README.md). Everything here is plain data: no classes, no behaviour.
 */

export const SCHEMA_VERSION = 1;

/** UN M49 regions used for `Country.region` (plus `Other` for organisations and unknowns). */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Other'] as const;
export type Region = (typeof REGIONS)[number];

/** What kind of actor a country record stands for. States are the default. */
export const ACTOR_KINDS = ['state', 'non-state', 'organisation', 'unknown'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Country {
  /** ISO 3166-1 alpha-3 for current states; documented codes for historical ones (SUN, YUG, ...). */
  id: string;
  name: string;
  region: Region;
  /** UN M49 sub-region (intermediate region in Africa and the Americas). */
  subregion: string;
  /** Representative point for the geographic layout, in degrees. */
  lat: number;
  lon: number;
  /** First year of existence as a state (or of activity, for other actors). */
  from: number;
  /** Last year of existence; null while it exists. */
  to: number | null;
  kind?: ActorKind;
  /** Other names used by sources (SIPRI spellings, former names): used by importers and search. */
  aliases?: string[];
  /** Ids of states this one became (e.g. SUN -> RUS, ...). A link, never a merge. */
  successors?: string[];
  /** Short note on the record (recognition, continuity), shown to students. */
  note?: string;
}

export const AGREEMENT_TYPES = [
  'collective-defence',
  'mutual-defence',
  'non-aggression',
  'neutrality',
  'consultation',
  'defence-cooperation',
  'defence-industrial',
  'export-control',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/**
 * Types that bind no state to stand by another: export-control regimes say who may sell, and
 * defence-industrial programmes (co-development, co-production, joint ventures) bind industries,
 * not armies. They are off by default and never pull the layout together (nor make allies: see below).
 */
export const NON_ALLIANCE_TYPES: readonly AgreementType[] = [
  'defence-industrial',
  'export-control',
];

export function isAllianceType(type: AgreementType): boolean {
  return !NON_ALLIANCE_TYPES.includes(type);
}

/**
 * Agreement types with a defence obligation: their members are ALLIES. The others (consultation,
 * non-aggression, neutrality, defence cooperation, defence-industrial programmes, export control) oblige no one to defend anyone.
 */
export const DEFENCE_OBLIGATION_TYPES: readonly AgreementType[] = [
  'collective-defence',
  'mutual-defence',
];

export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  'collective-defence': 'Collective defence',
  'mutual-defence': 'Mutual defence',
  'non-aggression': 'Non-aggression',
  neutrality: 'Neutrality',
  consultation: 'Consultation',
  'defence-cooperation': 'Defence cooperation',
  'defence-industrial': 'Defence-industrial programme',
  'export-control': 'Export control',
};

/** A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface AgreementMember {
  country: string;
  joined: PartialDate;
  /** null while still a member. */
  left: PartialDate | null;
  note?: string;
}

export interface Agreement {
  id: string;
  name: string;
  shortName?: string;
  type: AgreementType;
  signed: PartialDate;
  /** Entry into force, where it differs from signature. */
  inForce?: PartialDate;
  /** null while in force. */
  ended: PartialDate | null;
  members: AgreementMember[];
  /** Treaty name and where its text is published. */
  source: string;
  /** One sentence for students. */
  summary?: string;
  url?: string;
}

export const WEAPON_CATEGORIES = [
  'aircraft',
  'air-defence-systems',
  'anti-submarine-warfare',
  'armoured-vehicles',
  'artillery',
  'engines',
  'missiles',
  'naval-weapons',
  'satellites',
  'sensors',
  'ships',
  'other',
] as const;
export type WeaponCategory = (typeof WEAPON_CATEGORIES)[number];

export const WEAPON_CATEGORY_LABELS: Record<WeaponCategory, string> = {
  aircraft: 'Aircraft',
  'air-defence-systems': 'Air defence systems',
  'anti-submarine-warfare': 'Anti-submarine warfare weapons',
  'armoured-vehicles': 'Armoured vehicles',
  artillery: 'Artillery',
  engines: 'Engines',
  missiles: 'Missiles',
  'naval-weapons': 'Naval weapons',
  satellites: 'Satellites',
  sensors: 'Sensors',
  ships: 'Ships',
  other: 'Other',
};

export const TRANSFER_STATUSES = ['new', 'second-hand', 'second-hand-modernised'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/**
 * How the recipient builds the weapon itself: under licence, as a partner producing parts
 * (co-production, production of components), or by assembling kits from the supplier.
 */
export const TRANSFER_PRODUCTIONS = ['licensed', 'co-production', 'kit'] as const;
export type TransferProduction = (typeof TRANSFER_PRODUCTIONS)[number];

export const TRANSFER_PRODUCTION_LABELS: Record<TransferProduction, string> = {
  licensed: 'licensed production',
  'co-production': 'co-production',
  kit: 'assembled from kits',
};

export interface Delivery {
  year: number;
  units?: number;
  /** SIPRI trend-indicator value delivered that year, in millions (imported data only). */
  tiv?: number;
  /** The source marks this year or number as an estimate. */
  estimate?: boolean;
}

export interface Transfer {
  id: string;
  supplier: string;
  recipient: string;
  designation: string;
  description?: string;
  category: WeaponCategory;
  ordered?: { year: number; units?: number; estimate?: boolean };
  deliveries: Delivery[];
  status?: TransferStatus;
  /** Set when the recipient builds the weapon (SIPRI's "local production"); absent otherwise. */
  production?: TransferProduction;
  /** Only published figures: `tiv` (SIPRI TIV of the whole deal, millions) and/or a money value. */
  value?: {
    tiv?: number;
    tivPerUnit?: number;
    amount?: number;
    currency?: string;
    valueYear?: number;
    what?: string;
  };
  source: string;
  notes?: string;
}

export interface Embargo {
  id: string;
  /** `UN`, `EU`, or a country id. */
  imposedBy: string;
  target: string;
  from: PartialDate;
  /** null while in force. */
  to: PartialDate | null;
  scope?: string;
  source: string;
  name?: string;
}

export const EVENT_KINDS = [
  'visit',
  'summit',
  'signing',
  'exhibition',
  'exercise',
  'export-decision',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  visit: 'Visit',
  summit: 'Summit',
  signing: 'Signing',
  exhibition: 'Exhibition',
  exercise: 'Joint exercise',
  'export-decision': 'Export decision',
};

/**
 * A dated event of defence-industry diplomacy: an official visit or summit, a signing, an edition
 * of a defence exhibition, an edition of a joint exercise, or a government's export decision (a
 * licence approval, suspension or ban). Named `DiplomaticEvent` so it never shadows the DOM's
 * `Event`.
 */
export interface DiplomaticEvent {
  id: string;
  kind: EventKind;
  title: string;
  /** As precise as the source, no more. */
  date: PartialDate;
  /** Last day (or month, year) of an event that lasts, e.g. an exhibition or an exercise. */
  end?: PartialDate;
  /** Country id of the host (where it took place; for an export decision, the deciding state). */
  host?: string;
  /** Country ids of the states that took part (the host included when it took part). */
  participants: string[];
  /** Name of a recurring exhibition or exercise ("IDEX", "Malabar"): its editions group by it. */
  series?: string;
  /** Agreements and transfers (ids) the event produced, announced or acted on. */
  related?: { agreements?: string[]; transfers?: string[] };
  summary?: string;
  /** Communique, ministry statement, organiser, treaty series: where the fact is published. */
  source: string;
}

/** The files of a dataset, as parsed JSON. */
export interface Dataset {
  countries: Country[];
  agreements: Agreement[];
  transfers: Transfer[];
  embargoes: Embargo[];
  /** Absent in v1 files and in imports that carry none (SIPRI, ATOP). */
  events?: DiplomaticEvent[];
  /** Where the dataset came from: `default`, or an imported file's name. */
  name?: string;
  /** Where each kind of record comes from, in a reader's words (shown in Details and exports). */
  origin?: DatasetOrigin;
}

/**
 * Sources of a dataset's records, as phrases that complete "Arms transfers: N deals from ...",
 * e.g. "the SIPRI Arms Transfers Database (trade-register.csv, generated 2025-03-13)".
 */
export interface DatasetOrigin {
  transfers?: string;
  agreements?: string;
}
