/**
 * Zod schemas of the dataset format (public/data/README.md). They check shape only;
 * cross-record checks (references, years) live in ./validate.ts.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  AGREEMENT_TYPES,
  EVENT_KINDS,
  REGIONS,
  TRANSFER_PRODUCTIONS,
  TRANSFER_STATUSES,
  WEAPON_CATEGORIES,
  type Agreement,
  type AgreementMember,
  type Country,
  type Delivery,
  type DiplomaticEvent,
  type Embargo,
  type Transfer,
} from '../model/types';

const year = z.number().int().min(1000).max(2200);
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().min(1, 'must not be empty');
const units = z.number().nonnegative();

export const countrySchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9-]{1,40}$/, 'expected an upper-case code such as FRA or SUN'),
  name: text,
  region: z.enum(REGIONS),
  subregion: z.string(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  from: year,
  to: year.nullable(),
  kind: z.enum(ACTOR_KINDS).optional(),
  aliases: z.array(z.string()).optional(),
  successors: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const agreementMemberSchema = z.strictObject({
  country: text,
  joined: partialDate,
  left: partialDate.nullable(),
  note: z.string().optional(),
});

export const agreementSchema = z.strictObject({
  id: text,
  name: text,
  shortName: z.string().optional(),
  type: z.enum(AGREEMENT_TYPES),
  signed: partialDate,
  inForce: partialDate.optional(),
  ended: partialDate.nullable(),
  members: z.array(agreementMemberSchema).min(1, 'an agreement needs members'),
  source: text,
  summary: z.string().optional(),
  url: z.string().optional(),
});

export const deliverySchema = z.strictObject({
  year,
  units: units.optional(),
  tiv: z.number().nonnegative().optional(),
  estimate: z.boolean().optional(),
});

export const transferSchema = z.strictObject({
  id: text,
  supplier: text,
  recipient: text,
  designation: text,
  description: z.string().optional(),
  category: z.enum(WEAPON_CATEGORIES),
  ordered: z
    .strictObject({ year, units: units.optional(), estimate: z.boolean().optional() })
    .optional(),
  deliveries: z.array(deliverySchema),
  status: z.enum(TRANSFER_STATUSES).optional(),
  production: z.enum(TRANSFER_PRODUCTIONS).optional(),
  value: z
    .strictObject({
      tiv: z.number().nonnegative().optional(),
      tivPerUnit: z.number().nonnegative().optional(),
      amount: z.number().nonnegative().optional(),
      currency: z.string().optional(),
      valueYear: year.optional(),
      what: z.string().optional(),
    })
    .optional(),
  source: text,
  notes: z.string().optional(),
});

export const embargoSchema = z.strictObject({
  id: text,
  name: z.string().optional(),
  imposedBy: text,
  target: text,
  from: partialDate,
  to: partialDate.nullable(),
  scope: z.string().optional(),
  source: text,
});

/** Compared at the coarser of the two precisions: `2019` does not end before `2019-02-17`. */
function endsBefore(end: string, start: string): boolean {
  const n = Math.min(end.length, start.length);
  return end.slice(0, n) < start.slice(0, n);
}

const countryId = z.string().regex(/^[A-Z][A-Z0-9-]{1,40}$/, 'expected a country id such as FRA');
const ids = z.array(text);

export const eventSchema = z
  .strictObject({
    id: text,
    kind: z.enum(EVENT_KINDS),
    title: text,
    date: partialDate,
    end: partialDate.optional(),
    host: countryId.optional(),
    participants: z.array(countryId),
    series: text.optional(),
    related: z.strictObject({ agreements: ids.optional(), transfers: ids.optional() }).optional(),
    summary: z.string().optional(),
    source: text,
  })
  .refine((e) => e.participants.length > 0 || e.host !== undefined, {
    message: 'an event needs a host or at least one participant',
    path: ['participants'],
  })
  .refine((e) => e.end === undefined || !endsBefore(e.end, e.date), {
    message: 'ends before it begins',
    path: ['end'],
  });

/** Each file: `{ schemaVersion: 1, <kind>: [...] }`. */
export const FILE_SCHEMAS = {
  countries: countrySchema,
  agreements: agreementSchema,
  transfers: transferSchema,
  embargoes: embargoSchema,
  events: eventSchema,
} as const;

export type DatasetKind = keyof typeof FILE_SCHEMAS;
export const DATASET_KINDS = Object.keys(FILE_SCHEMAS) as DatasetKind[];

// ---------------------------------------------------------------------------------------------
// The record types of src/model/types.ts are checked against these schemas when compiling: a
// field added, removed or typed differently on one side only is a type error here.

type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Assignable both ways and the same fields (an optional field on one side only counts). */
type Same<A, B> = Assignable<A, B> extends true ? Assignable<keyof A, keyof B> : false;

const schemasMatchModelTypes: {
  country: Same<z.infer<typeof countrySchema>, Country>;
  agreementMember: Same<z.infer<typeof agreementMemberSchema>, AgreementMember>;
  agreement: Same<z.infer<typeof agreementSchema>, Agreement>;
  delivery: Same<z.infer<typeof deliverySchema>, Delivery>;
  transfer: Same<z.infer<typeof transferSchema>, Transfer>;
  embargo: Same<z.infer<typeof embargoSchema>, Embargo>;
  event: Same<z.infer<typeof eventSchema>, DiplomaticEvent>;
} = {
  country: true,
  agreementMember: true,
  agreement: true,
  delivery: true,
  transfer: true,
  embargo: true,
  event: true,
};
void schemasMatchModelTypes;
