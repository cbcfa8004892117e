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

/**
 * One ticket type in an event body's `tickets`. Never give it an `id`: the server skips such an item, and the ticket
 * type would be dropped (checked before sending). Unknown keys pass through to the vendor (e.g. its undocumented
 * `volume_discount`).
 */
export interface EsTicketInput {
  /** The ticket type's name (required). */
  type: string;
  /** How many can be sold per date; `0` or left out means unlimited. */
  quantity?: number;
  /** Decimal major units, e.g. `25` or `19.99`. */
  price?: number;
  /** Shown under the ticket name, at most 1000 characters. */
  description?: string;
  /** When sales open: UTC `Y-m-d H:i:s`. */
  sales_start_at?: string;
  /** When sales close: UTC `Y-m-d H:i:s`. */
  sales_end_at?: string;
  [extra: string]: unknown;
}

/** One add-on in an event body's `addons`; saved only when tickets are enabled on a Pro schedule. Never give it an `id`. */
export interface EsAddonInput {
  /** The add-on's name (required). */
  type: string;
  /** How many can be sold. */
  quantity?: number;
  /** Price in decimal major units (`5` or `4.50`); `0` is free. */
  price?: number;
  /** At most 1000 characters. */
  description?: string;
  /** A link about the add-on, at most 2000 characters. */
  url?: string;
}

/** One agenda part in an event body's `event_parts`. Never give it an `id`. */
export interface EsEventPartInput {
  /** The part's title (required). */
  name: string;
  /** At most 1000 characters. */
  description?: string;
  /** Local start as `HH:MM` (e.g. `20:00`): free text, but the vendor stores at most 10 characters. */
  start_time?: string;
  /** Local end as `HH:MM`. */
  end_time?: string;
}

/**
 * The create/update body of an event. On update every field is optional, and a collection that is sent
 * (`tickets`, `addons`, `event_parts`, `members`) **replaces** the stored one; never send `null` for them.
 */
export interface EsEventBody {
  /** The event's name, at most 255 characters (required on create). */
  name?: string;
  /** UTC wall-clock `Y-m-d H:i:s`, no offset. */
  starts_at?: string;
  /** Hours, 0-8760, decimals allowed. */
  duration?: number;
  /** Long description in Markdown, at most 10 000 characters. */
  description?: string | null;
  /** Short description, at most 500 characters. */
  short_description?: string | null;
  /** Online or livestream URL. */
  event_url?: string | null;
  /** An external registration page. */
  registration_url?: string | null;
  /** Password of an unlisted event; discarded unless the event ends up unlisted (`is_private`). */
  event_password?: string | null;
  /** Saved as a draft (not public). Left out, the schedule's default visibility for new events applies. */
  is_draft?: boolean;
  /** Unlisted. Enterprise plan only: on lower plans it is stripped and the event is saved as a draft. */
  is_private?: boolean;
  /** Internal (forces draft, clears `is_private` and the password). Enterprise plan only. */
  is_internal?: boolean;
  /** Free registration (RSVP) instead of, or besides, paid tickets. */
  rsvp_enabled?: boolean;
  /** Most RSVPs per date (at least 1); `null` for no cap. */
  rsvp_limit?: number | null;
  /** One of this schedule's category ids (`listCategories(subdomain)`). */
  category_id?: number | null;
  /** A category by name (case- and punctuation-insensitive), used only without `category_id`; no match is a 422. */
  category?: string | null;
  /** Sub-schedule (group) slug. */
  schedule?: string | null;
  /** `single` (the default) or `recurring`. On update, left out keeps the recurrence; `single` removes it. */
  schedule_type?: 'single' | 'recurring';
  /** How a recurring event repeats (required when `recurring`). */
  recurring_frequency?: 'daily' | 'weekly' | 'every_n_weeks' | 'monthly_date' | 'monthly_weekday' | 'yearly';
  /**
   * For `weekly` and `every_n_weeks`: seven `0`/`1` digits, Sunday first (`"0101010"` is Monday, Wednesday, Friday).
   */
  days_of_week?: string;
  /** For `every_n_weeks`: the number of weeks, at least 2 (default 2). */
  recurring_interval?: number;
  /** When the recurrence stops: `never` (the default), `on_date` or `after_events`. */
  recurring_end_type?: 'never' | 'on_date' | 'after_events';
  /** `Y-m-d` for `on_date`, a count for `after_events`; an invalid value is silently dropped by the vendor. */
  recurring_end_value?: string | null;
  /** Sell tickets for the event. */
  tickets_enabled?: boolean;
  /** ISO 4217 currency of the tickets, e.g. `USD`. */
  ticket_currency_code?: string;
  /** How buyers pay; the gateway must be connected on the account. `manual` is stored as `cash`. */
  payment_method?: 'cash' | 'stripe' | 'invoiceninja' | 'payment_url' | 'payfast' | 'manual';
  /** Instructions shown to buyers who pay offline, at most 5000 characters. */
  payment_instructions?: string | null;
  /**
   * The ticket types. Sent, it replaces the stored list: every ticket type is re-created with a new id and zero sold.
   */
  tickets?: EsTicketInput[];
  /** The add-ons. Sent, it replaces the stored list. */
  addons?: EsAddonInput[];
  /** The agenda. Sent, it replaces the stored list. */
  event_parts?: EsEventPartInput[];
  /** The venue schedule's encoded id (ignored when the event is created on a venue schedule, which is its venue). */
  venue_id?: string | null;
  /**
   * A venue by name: send it with `venue_address1`; the pair must match a venue schedule the user owns or follows
   * (else a 422).
   */
  venue_name?: string;
  /** The venue's first address line, with `venue_name`. */
  venue_address1?: string;
  /**
   * Talent (performers) by name or email; each must match a talent schedule the user owns or follows (else a 422).
   * Sent, it replaces the stored list.
   */
  members?: Array<{ name?: string; email?: string }>;
  [extra: string]: unknown;
}

/** The body of `createSchedule`. The subdomain is generated from the name and cannot be chosen. */
export interface EsScheduleCreateBody {
  /** The schedule's name, at most 255 characters. */
  name: string;
  /** A venue, a talent (performer) or a curator; cannot be changed later. */
  type: 'venue' | 'talent' | 'curator';
  /** Contact email (stored lowercased; on hosted, an address other than the account's is verified by email). */
  email?: string;
  /** Long description in Markdown, at most 10 000 characters. */
  description?: string;
  /** Short description, at most 200 characters. */
  short_description?: string;
  /** IANA timezone of the schedule (default: the account's). */
  timezone?: string;
  /** Language (`en`, `de`, `fr`...; default: the account's, else `en`). */
  language_code?: string;
  /** Website URL. */
  website?: string;
  /** Street address. */
  address1?: string;
  /** City. */
  city?: string;
  /** State or region. */
  state?: string;
  /** Postal code, at most 20 characters. */
  postal_code?: string;
  /** ISO 3166 alpha-2 country code (alpha-3 is converted; stored lowercase). */
  country_code?: string;
}
/** The body of `updateSchedule`: any create field but `type` (and the subdomain cannot change). */
export type EsScheduleUpdateBody = Partial<Omit<EsScheduleCreateBody, 'type'>>;

/** The body of `createGroup` and `updateGroup` (a sub-schedule). */
export interface EsGroupBody {
  /**
   * The group's name, at most 255 characters; its slug is generated from it (renaming regenerates the slug). Never
   * `null`.
   */
  name?: string;
  /** A display colour, at most 50 characters; `null` clears it. */
  color?: string | null;
}

/**
 * The body of `createSale`. The sale starts `unpaid` with the event's payment method (a zero total is `paid` at
 * once); its status cannot be set here.
 */
export interface EsSaleCreateBody {
  /** The event's encoded id. */
  event_id: string;
  /** The buyer's name. */
  name: string;
  /** The buyer's email. */
  email: string;
  /** Keyed by encoded ticket id (or exact ticket `type` name) → quantity ≥ 1. An object, never an array. */
  tickets: Record<string, number>;
  /** Keyed by encoded add-on id → quantity ≥ 0. */
  addons?: Record<string, number>;
  /** `Y-m-d`; required for recurring events. */
  event_date?: string;
}

/**
 * A sale status change `updateSale` applies: `mark_paid` (from unpaid), `refund` (from paid) or `cancel` (from unpaid
 * or paid).
 */
export type EsSaleAction = 'mark_paid' | 'refund' | 'cancel';

/** The body of `register`: a new Event Schedule account. */
export interface EsRegisterBody {
  /** The account holder's name. */
  name: string;
  /** The login email (stored lowercased). */
  email: string;
  /** At least 8 characters. */
  password: string;
  /** Hosted only: the 6-digit code from `sendRegistrationCode`. */
  verification_code?: string;
  /** IANA timezone (default `America/New_York`). */
  timezone?: string;
  /** Language: `ar`, `de`, `en` (the default), `es`, `et`, `fr`, `he`, `it`, `nl`, `pt`, `ro` or `ru`. */
  language_code?: string;
}
