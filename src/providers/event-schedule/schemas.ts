/**
 * Event Schedule wire schemas (docs/vendors/event-schedule.md, "Records"), each in two readings built from one field
 * list:
 * - **plain** (`Es*PlainSchema`): the record as the vendor's spec describes it (ids are strings, booleans are
 *   booleans, an event's `members` is a map). No transform, no coercion: the accept path in front of zod
 *   (`src/core/fast-parse.ts`) checks a payload of this shape without copying it, and it is the shape of every page
 *   the vendor normally sends (docs/vendors/event-schedule.md, "Speed").
 * - **lenient** (`Es*Schema`, the native layer's types): also absorbs the PHP/MySQL quirks the docs list (a numeric
 *   id, `0`/`1` booleans, `members: []` for an empty map, numeric strings in the page `meta`) and converts them.
 *   A payload the plain reading refuses goes to this one: converted, or refused with the field named.
 * Whatever the plain reading accepts, the lenient one returns unchanged (a test holds the two together), so the fast
 * path and zod always agree. Unknown fields are kept in both; optional keys may be absent. Ids are opaque ("Ids").
 */
import { z } from 'zod';

/** The field kinds that differ between the two readings. */
const lenientKit = {
  /** An encoded id: a string; a number (legacy) is stringified. */
  id: z.union([z.string(), z.number()]).transform(String),
  /** A boolean that MySQL may hand back as `0`/`1` ("Records" `show_phone`). */
  bool: z
    .union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')])
    .transform((v) => v === true || v === 1 || v === '1'),
  /** A text field PHP may send as a number (`recurring_end_value` after N events). */
  text: z.union([z.string(), z.number()]).transform(String),
  /** A page number of `meta`, which an older install may send as a numeric string. */
  pageNumber: z.coerce.number().int(),
  /** A sale's amount: a number (PHP float), or a decimal string as MySQL returns it. Kept as given. */
  saleAmount: z.union([z.string(), z.number()]),
};
const plainKit = {
  id: z.string(),
  bool: z.boolean(),
  text: z.string(),
  pageNumber: z.number().int(),
  saleAmount: z.number(),
};
type Kit = typeof lenientKit | typeof plainKit;

const str = z.string().nullish();
const int = z.number().int().nullish();
/** A decimal amount: `"25.000"` (MySQL decimal, "Sales (orders) and attendees") or `19.99` (PHP float). Kept as given. */
const decimal = z.union([z.string(), z.number()]).nullish();

export const EsMemberSchema = z.looseObject({ name: str, email: str, youtube_url: str });
/** Event Schedule's member object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsMember = z.infer<typeof EsMemberSchema>;

/**
 * An event's talent (`members`): a map keyed by each talent schedule's id. PHP sends an empty map as `[]`, which the
 * lenient reading turns into `{}` (and the page parser too, in place: see `emptyMembersAsMap`), so
 * `Object.values(event.members ?? {})` works on every event; a non-empty array is not a documented shape and fails.
 */
const membersLenient = z.union([z.record(z.string(), EsMemberSchema), z.tuple([]).transform((): Record<string, EsMember> => ({}))]);
const membersPlain = z.record(z.string(), EsMemberSchema);

// ---- objects ("Records") ----

function groupShape<K extends Kit>(k: K) {
  return z.looseObject({ id: k.id, name: str, slug: str, color: str });
}

/** Schedule (`Role::toApiData`). Hosted non-Pro schedules serialize as `{}`; see `isHiddenRecord`. */
function scheduleShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id,
    subdomain: z.string(),
    url: str,
    type: str,
    name: str,
    email: str,
    phone: str,
    show_phone: k.bool.nullish(),
    website: str,
    description: str,
    short_description: str,
    timezone: str,
    language_code: str,
    profile_image_url: str,
    address1: str,
    city: str,
    state: str,
    postal_code: str,
    country_code: str,
    created_at: str,
    updated_at: str,
    groups: z.array(groupShape(k)).nullish(),
  });
}

export const EsVolumeDiscountSchema = z.looseObject({ min_quantity: int, type: str, value: decimal });

/** Ticket type inside an event ("Sales (orders) and attendees"). `price` is a decimal string or a number. */
function ticketShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id,
    type: str,
    price: decimal,
    quantity: int,
    description: str,
    sales_start_at: str,
    sales_end_at: str,
    volume_discount: EsVolumeDiscountSchema.nullish(),
    is_pass: k.bool.nullish(),
    pass_usage_type: str,
    pass_max_uses: int,
    pass_valid_days: int,
    pass_scope: str,
    pass_allow_booking: k.bool.nullish(),
    pass_admits_per_event: int,
    pass_covered_count: int,
  });
}

function addonShape<K extends Kit>(k: K) {
  return z.looseObject({ id: k.id, type: str, price: decimal, quantity: int, description: str, image_url: str, url: str });
}

function eventPartShape<K extends Kit>(k: K) {
  return z.looseObject({ id: k.id.nullish(), name: str, description: str, start_time: str, end_time: str });
}

function scheduleRefShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id.nullish(),
    subdomain: str,
    name: str,
    type: str,
    group: z.looseObject({ id: k.id.nullish(), name: str, slug: str }).nullish(),
  });
}

/** Event (`Event::toApiData`, "Events"). */
function eventShape<K extends Kit, M extends z.ZodType>(k: K, members: M) {
  return z.looseObject({
    id: k.id,
    url: str,
    name: str,
    short_description: str,
    description: str,
    /** UTC `Y-m-d H:i:s` without an offset ("Events"). */
    starts_at: str,
    /** Hours (decimals allowed). */
    duration: decimal,
    category_id: int,
    category_name: str,
    category_color: str,
    is_private: k.bool.nullish(),
    is_draft: k.bool.nullish(),
    is_internal: k.bool.nullish(),
    is_password_protected: k.bool.nullish(),
    event_url: str,
    registration_url: str,
    venue_id: k.id.nullish(),
    venue_name: str,
    venue_address1: str,
    venue_subdomain: str,
    flyer_image_url: str,
    schedule_type: str,
    recurring_frequency: str,
    recurring_interval: int,
    days_of_week: str,
    recurring_end_type: str,
    recurring_end_value: k.text.nullish(),
    rsvp_enabled: k.bool.nullish(),
    rsvp_limit: int,
    tickets_enabled: k.bool.nullish(),
    /** Present only when `tickets_enabled`; ordered by price descending. */
    tickets: z.array(ticketShape(k)).nullish(),
    addons: z.array(addonShape(k)).nullish(),
    members: members.nullish(),
    event_parts: z.array(eventPartShape(k)).nullish(),
    ticket_currency_code: str,
    payment_method: str,
    payment_instructions: str,
    terms_url: str,
    schedules: z.array(scheduleRefShape(k)).nullish(),
    created_at: str,
    updated_at: str,
  });
}

function saleTicketShape<K extends Kit>(k: K) {
  return z.looseObject({
    ticket_id: k.id.nullish(),
    quantity: z.number().int(),
    /** The ticket type's current price, not the price paid ("Sales (orders) and attendees"). */
    price: k.saleAmount.nullish(),
    type: str,
    is_addon: k.bool.nullish(),
    is_pass: k.bool.nullish(),
    pass_usage_type: str,
    pass_visits_used: int,
    pass_max_uses: int,
    pass_expires_at: str,
  });
}

/** Sale (`Sale::toApiData`, "Sales (orders) and attendees"). */
function saleShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id,
    event_id: k.id,
    event_name: str,
    subdomain: str,
    name: str,
    email: str,
    phone: str,
    /** The occurrence's local calendar date (`Y-m-d`) in the creating schedule's timezone. */
    event_date: str,
    status: str,
    payment_method: str,
    payment_amount: k.saleAmount.nullish(),
    volume_discount_amount: k.saleAmount.nullish(),
    discount_amount: k.saleAmount.nullish(),
    gift_card_amount: k.saleAmount.nullish(),
    order_id: k.id.nullish(),
    is_order_primary: k.bool.nullish(),
    transaction_reference: str,
    /** Ticket-access secret: present only for the sale's own user or the event's creator. Sensitive. */
    secret: str,
    created_at: str,
    updated_at: str,
    tickets: z.array(saleTicketShape(k)).nullish(),
    total_quantity: int,
    group_id: k.id.nullish(),
    is_primary: k.bool.nullish(),
  });
}

function authResultShape<K extends Kit>(k: K) {
  return z.looseObject({
    api_key: z.string(),
    api_key_expires_at: str,
    user: z.looseObject({ id: k.id, name: str, email: str }).nullish(),
  });
}

/** Feedback ("Endpoints"; fields from the OpenAPI `Feedback` schema). */
function feedbackShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id,
    event_id: k.id.nullish(),
    event_name: str,
    event_date: str,
    rating: int,
    comment: str,
    attendee_name: str,
    attendee_email: str,
    created_at: str,
  });
}

/** Fan content ("Endpoints"; OpenAPI `FanContent`). Ids are unique only per `type`. */
function fanContentShape<K extends Kit>(k: K) {
  return z.looseObject({
    id: k.id,
    type: str,
    event_id: k.id.nullish(),
    event_name: str,
    event_part_id: k.id.nullish(),
    event_date: str,
    submitted_by: str,
    is_guest_submission: k.bool.nullish(),
    is_approved: k.bool.nullish(),
    comment: str,
    photo_url: str,
    youtube_url: str,
    embed_url: str,
    created_at: str,
  });
}

/** The 7-field `meta` of every paginated list ("Paging"). Lenient: a self-hosted fork may send fewer. */
function pageMetaShape<K extends Kit>(k: K) {
  return z.looseObject({
    current_page: k.pageNumber.nullish(),
    from: int,
    last_page: k.pageNumber.nullish(),
    per_page: k.pageNumber.nullish(),
    to: int,
    total: int,
    path: str,
  });
}

export const EsGroupSchema = groupShape(lenientKit);
export const EsGroupPlainSchema = groupShape(plainKit);
/** Event Schedule's group object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsGroup = z.infer<typeof EsGroupSchema>;
export const EsScheduleSchema = scheduleShape(lenientKit);
export const EsSchedulePlainSchema = scheduleShape(plainKit);
/** Event Schedule's schedule object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsSchedule = z.infer<typeof EsScheduleSchema>;
export const EsTicketSchema = ticketShape(lenientKit);
/** Event Schedule's ticket object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsTicket = z.infer<typeof EsTicketSchema>;
export const EsAddonSchema = addonShape(lenientKit);
/** Event Schedule's addon object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsAddon = z.infer<typeof EsAddonSchema>;
export const EsEventPartSchema = eventPartShape(lenientKit);
/** Event Schedule's event part object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsEventPart = z.infer<typeof EsEventPartSchema>;
export const EsEventScheduleRefSchema = scheduleRefShape(lenientKit);
export const EsEventSchema = eventShape(lenientKit, membersLenient);
export const EsEventPlainSchema = eventShape(plainKit, membersPlain);
/** Event Schedule's event object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsEvent = z.infer<typeof EsEventSchema>;
export const EsSaleTicketSchema = saleTicketShape(lenientKit);
/** Event Schedule's sale ticket object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsSaleTicket = z.infer<typeof EsSaleTicketSchema>;
export const EsSaleSchema = saleShape(lenientKit);
export const EsSalePlainSchema = saleShape(plainKit);
/** Event Schedule's sale object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsSale = z.infer<typeof EsSaleSchema>;
export const EsCategorySchema = z.looseObject({ id: z.number().int(), name: z.string() });
/** Event Schedule's category object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsCategory = z.infer<typeof EsCategorySchema>;
export const EsAuthResultSchema = authResultShape(lenientKit);
export const EsAuthResultPlainSchema = authResultShape(plainKit);
/** Event Schedule's auth result object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsAuthResult = z.infer<typeof EsAuthResultSchema>;
export const EsFeedbackSchema = feedbackShape(lenientKit);
export const EsFeedbackPlainSchema = feedbackShape(plainKit);
/** Event Schedule's feedback object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsFeedback = z.infer<typeof EsFeedbackSchema>;
export const EsFanContentSchema = fanContentShape(lenientKit);
export const EsFanContentPlainSchema = fanContentShape(plainKit);
/** Event Schedule's fan content object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsFanContent = z.infer<typeof EsFanContentSchema>;
export const EsPageMetaSchema = pageMetaShape(lenientKit);
export const EsPageMetaPlainSchema = pageMetaShape(plainKit);
/** Event Schedule's page meta object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsPageMeta = z.infer<typeof EsPageMetaSchema>;

/**
 * PHP's empty map: an event's `members: []` becomes `{}`, in place, before the plain reading checks it (what the
 * lenient reading returns for it). Anything else is left for the readings to judge.
 */
export function emptyMembersAsMap(row: unknown): void {
  if (row === null || typeof row !== 'object') return;
  const members = (row as { members?: unknown }).members;
  if (Array.isArray(members) && members.length === 0) (row as { members: unknown }).members = {};
}

export function isHiddenRecord(value: unknown): boolean {
  return (
    (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) ||
    (Array.isArray(value) && value.length === 0)
  );
}

// ---- envelopes ("Responses and errors") ----

/**
 * A paginated list, lenient reading: `{ data: [...], meta }`. Items serialized as `{}` (records of non-Pro schedules,
 * which the vendor normally filters out) are dropped rather than failing the page.
 */
export function pageEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({
    data: z.array(z.unknown()).transform((rows, ctx) => {
      const out: z.output<T>[] = [];
      rows.forEach((row, index) => {
        if (isHiddenRecord(row)) return;
        const result = item.safeParse(row);
        if (result.success) out.push(result.data as z.output<T>);
        else for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [index, ...issue.path] } as never);
      });
      return out;
    }),
    meta: EsPageMetaSchema.nullish(),
  });
}

/** A paginated list, plain reading (no hidden record, every item plain). */
export function plainPageEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: z.array(item), meta: EsPageMetaPlainSchema.nullish() });
}

/** A non-paginated list: `{ data: [...] }` (groups, categories). */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: z.array(item) });
}

/** `{ data: {...}, meta?: { message } }`. */
export function dataEnvelope<T extends z.ZodType>(item: T) {
  return z.looseObject({ data: item, meta: z.looseObject({ message: str }).nullish() });
}

/** `{ data: { message } }` (deletes, send-code). The appointment-cancel form `{ message }` is accepted too. */
export const EsMessageEnvelopeSchema = z
  .looseObject({ data: z.looseObject({ message: str }).nullish(), message: str })
  .transform((v) => ({ message: v.data?.message ?? v.message ?? null }));
/** Event Schedule's message object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsMessage = z.output<typeof EsMessageEnvelopeSchema>;

/** Error bodies: `{ error, errors? }` from controllers, `{ message, errors? }` from the framework ("Responses and errors"). */
export const EsErrorBodySchema = z.looseObject({
  error: z.unknown().optional(),
  message: z.unknown().optional(),
  errors: z.unknown().optional(),
});

// ---- request bodies ("Endpoints") ----

/** One ticket entry of a native write body sent to Event Schedule. */
export interface EsTicketInput {
  type: string;
  quantity?: number;
  /** Decimal major units, e.g. `25` or `19.99`. */
  price?: number;
  description?: string;
  /** UTC `Y-m-d H:i:s`. */
  sales_start_at?: string;
  sales_end_at?: string;
  [extra: string]: unknown;
}

/** One add-on entry of a native write body sent to Event Schedule. */
export interface EsAddonInput {
  type: string;
  quantity?: number;
  price?: number;
  description?: string;
  url?: string;
}

/** One event part entry of a native write body sent to Event Schedule. */
export interface EsEventPartInput {
  name: string;
  description?: string;
  start_time?: string;
  end_time?: string;
}

/**
 * The create/update body of an event. On update every field is optional, and a collection that is sent
 * (`tickets`, `addons`, `event_parts`, `members`) **replaces** the stored one; never send `null` for them.
 */
export interface EsEventBody {
  name?: string;
  /** UTC wall-clock `Y-m-d H:i:s`, no offset. */
  starts_at?: string;
  /** Hours, 0-8760, decimals allowed. */
  duration?: number;
  description?: string | null;
  short_description?: string | null;
  event_url?: string | null;
  registration_url?: string | null;
  event_password?: string | null;
  is_draft?: boolean;
  is_private?: boolean;
  is_internal?: boolean;
  rsvp_enabled?: boolean;
  rsvp_limit?: number | null;
  category_id?: number | null;
  category?: string | null;
  /** Sub-schedule (group) slug. */
  schedule?: string | null;
  schedule_type?: 'single' | 'recurring';
  recurring_frequency?: 'daily' | 'weekly' | 'every_n_weeks' | 'monthly_date' | 'monthly_weekday' | 'yearly';
  days_of_week?: string;
  recurring_interval?: number;
  recurring_end_type?: 'never' | 'on_date' | 'after_events';
  recurring_end_value?: string | null;
  tickets_enabled?: boolean;
  ticket_currency_code?: string;
  payment_method?: 'cash' | 'stripe' | 'invoiceninja' | 'payment_url' | 'payfast' | 'manual';
  payment_instructions?: string | null;
  tickets?: EsTicketInput[];
  addons?: EsAddonInput[];
  event_parts?: EsEventPartInput[];
  venue_id?: string | null;
  venue_name?: string;
  venue_address1?: string;
  members?: Array<{ name?: string; email?: string }>;
  [extra: string]: unknown;
}

/** The schedule create body that the matching `client.native` method sends to Event Schedule. */
export interface EsScheduleCreateBody {
  name: string;
  type: 'venue' | 'talent' | 'curator';
  email?: string;
  description?: string;
  short_description?: string;
  timezone?: string;
  language_code?: string;
  website?: string;
  address1?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country_code?: string;
}
/** The schedule update body that the matching `client.native` method sends to Event Schedule. */
export type EsScheduleUpdateBody = Partial<Omit<EsScheduleCreateBody, 'type'>>;

/** The group body that the matching `client.native` method sends to Event Schedule. */
export interface EsGroupBody {
  name?: string;
  color?: string | null;
}

/** The sale create body that the matching `client.native` method sends to Event Schedule. */
export interface EsSaleCreateBody {
  event_id: string;
  name: string;
  email: string;
  /** Keyed by encoded ticket id (or exact ticket `type` name) → quantity ≥ 1. An object, never an array. */
  tickets: Record<string, number>;
  /** Keyed by encoded add-on id → quantity ≥ 0. */
  addons?: Record<string, number>;
  /** `Y-m-d`; required for recurring events. */
  event_date?: string;
}

/** Event Schedule's sale action object as `client.native` returns it (read leniently: fields Event Schedule adds later are kept). */
export type EsSaleAction = 'mark_paid' | 'refund' | 'cancel';

/** The register body that the matching `client.native` method sends to Event Schedule. */
export interface EsRegisterBody {
  name: string;
  email: string;
  password: string;
  /** Hosted only: the 6-digit code from `sendRegistrationCode`. */
  verification_code?: string;
  timezone?: string;
  language_code?: string;
}
