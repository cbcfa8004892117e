/**
 * The normalized model: named, documented types (`Event`, `Order`, ...) and the zod schemas they are checked against
 * at compile time. `null` means the vendor does not provide a value; output never contains `undefined`. Per-vendor
 * sources of each field: docs/model.md.
 */
import { z } from 'zod';

import { PROVIDERS, type ProviderId } from './providers.js';
import { forbiddenKeyPath } from './strict.js';
import type { Money } from './money.js';

/** The schema of a provider id (one of `PROVIDERS`). */
export const ProviderIdSchema = z.enum(PROVIDERS as unknown as [ProviderId, ...ProviderId[]]);

/** ISO-8601 UTC instant with a `Z` suffix. */
const Instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'ISO-8601 UTC instant ending in Z');

/** The schema of {@link Money}: an integer amount of minor units and an uppercase ISO-4217 code. */
export const MoneySchema = z.object({
  amount: z.number().int(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

const common = {
  id: z.string().min(1),
  provider: ProviderIdSchema,
  remoteId: z.string().min(1),
  createdAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw: z.unknown().optional(),
};

/** The schema of {@link EventStatus}. */
export const EventStatusSchema = z.enum(['draft', 'scheduled', 'started', 'ended', 'cancelled', 'unknown']);
/** The schema of {@link OrderStatus}. */
export const OrderStatusSchema = z.enum([
  'pending',
  'paid',
  'partially_refunded',
  'refunded',
  'cancelled',
  'expired',
  'unknown',
]);
/** The schema of {@link AttendeeStatus}. */
export const AttendeeStatusSchema = z.enum(['attending', 'cancelled', 'refunded', 'unpaid', 'unknown']);

/** The schema of {@link Venue}. */
export const VenueSchema = z.object({
  remoteId: z.string().nullable(),
  name: z.string().nullable(),
  address: z.string().nullable(),
});

/**
 * The schema of {@link Event}. Parse stored data with it (`EventSchema.parse(json)`); `.strict()` also refuses keys
 * the model does not have.
 */
export const EventSchema = z.object({
  ...common,
  name: z.string().nullable(),
  description: z.string().nullable(),
  slug: z.string().nullable(),
  url: z.string().nullable(),
  status: EventStatusSchema,
  statusRaw: z.string().nullable(),
  timezone: z.string().nullable(),
  start: Instant.nullable(),
  end: Instant.nullable(),
  currency: z.string().nullable(),
  isOnline: z.boolean().nullable(),
  venue: VenueSchema.nullable(),
  visibility: z.enum(['public', 'unlisted', 'private']).nullable(),
  capacity: z.number().int().nullable(),
  ticketingEnabled: z.boolean().nullable(),
});

/** The schema of {@link EventDate}. */
export const EventDateSchema = z.object({
  ...common,
  eventId: z.string(),
  name: z.string().nullable(),
  start: Instant.nullable(),
  end: Instant.nullable(),
  soldOut: z.boolean().nullable(),
  salesSuspended: z.boolean().nullable(),
});

/** The schema of {@link TicketType}. */
export const TicketTypeSchema = z.object({
  ...common,
  eventId: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  price: MoneySchema.nullable(),
  fee: MoneySchema.nullable(),
  isFree: z.boolean().nullable(),
  quantityTotal: z.number().int().nullable(),
  quantitySold: z.number().int().nullable(),
  minPerOrder: z.number().int().nullable(),
  maxPerOrder: z.number().int().nullable(),
  salesStart: Instant.nullable(),
  salesEnd: Instant.nullable(),
  hidden: z.boolean().nullable(),
  admits: z.number().int(),
});

/** The schema of {@link Buyer}. */
export const BuyerSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** The schema of {@link OrderLine}. */
export const OrderLineSchema = z.object({
  ticketTypeId: z.string().nullable(),
  name: z.string().nullable(),
  quantity: z.number().int(),
  unitPrice: MoneySchema.nullable(),
});

/** The schema of {@link Order}. */
export const OrderSchema = z.object({
  ...common,
  eventId: z.string().nullable(),
  eventDateId: z.string().nullable(),
  reference: z.string().nullable(),
  status: OrderStatusSchema,
  statusRaw: z.string().nullable(),
  buyer: BuyerSchema,
  total: MoneySchema.nullable(),
  subtotal: MoneySchema.nullable(),
  discount: MoneySchema.nullable(),
  fees: MoneySchema.nullable(),
  tax: MoneySchema.nullable(),
  amountPaid: MoneySchema.nullable(),
  amountRefunded: MoneySchema.nullable(),
  amountDue: MoneySchema.nullable(),
  ticketCount: z.number().int().nullable(),
  lines: z.array(OrderLineSchema).nullable(),
  testMode: z.boolean().nullable(),
});

/** The schema of {@link Attendee}. */
export const AttendeeSchema = z.object({
  ...common,
  eventId: z.string().nullable(),
  orderId: z.string().nullable(),
  ticketTypeId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  jobTitle: z.string().nullable(),
  status: AttendeeStatusSchema,
  statusRaw: z.string().nullable(),
  checkedIn: z.boolean().nullable(),
  barcode: z.string().nullable(),
});

// ---- the model's types: named and documented, each checked against its schema below ----

/** A provider id as the model stores it (`order.provider`): the same union as {@link ProviderId}. */
export type ProviderIdValue = z.infer<typeof ProviderIdSchema>;

/**
 * Where an event stands. Vendor values map onto these (see docs/model.md); a value ticketkit does not know maps to
 * `'unknown'` and is kept in `statusRaw`, never an error.
 */
export type EventStatus = 'draft' | 'scheduled' | 'started' | 'ended' | 'cancelled' | 'unknown';

/**
 * Where an order stands: `pending` (money still owed or checkout unfinished), `paid`, `partially_refunded`,
 * `refunded`, `cancelled`, `expired` (an unpaid order the vendor timed out), or `unknown` (the raw value is in
 * `statusRaw`).
 */
export type OrderStatus = 'pending' | 'paid' | 'partially_refunded' | 'refunded' | 'cancelled' | 'expired' | 'unknown';

/**
 * Where an attendee stands: `attending`, `cancelled`, `refunded`, `unpaid` (the order is not paid yet) or `unknown`.
 */
export type AttendeeStatus = 'attending' | 'cancelled' | 'refunded' | 'unpaid' | 'unknown';

/** Who can find an event: listed publicly, reachable by link only (`unlisted`), or invitation only (`private`). */
export type EventVisibility = 'public' | 'unlisted' | 'private';

/**
 * The fields every normalized entity has. `null` means the vendor does not provide the value; output never
 * holds `undefined`.
 */
export interface EntityBase {
  /**
   * ticketkit's id of the entity: opaque, deterministic (the same vendor record always gives the same id) and
   * accepted by the resource's `get`. Store it as a string; do not parse it.
   */
  id: string;
  /** The vendor the entity comes from. */
  provider: ProviderIdValue;
  /** The vendor's own key for the record, as a string (what the vendor's dashboard and API call it). */
  remoteId: string;
  /** When the vendor created the record: an ISO-8601 UTC instant ending in `Z`, or `null` when it does not say. */
  createdAt: string | null;
  /** When the vendor last changed the record: an ISO-8601 UTC instant ending in `Z`, or `null` when it does not say. */
  updatedAt: string | null;
  /** The vendor's payload the entity was built from; present only when the call passed `{ raw: true }`. */
  raw?: unknown;
}

/** Where an event takes place. */
export interface Venue {
  /** The vendor's key of the venue, or `null` when the venue is not a record of its own. */
  remoteId: string | null;
  /** The venue's name. */
  name: string | null;
  /** The address as one line of text, as the vendor gives it (not parsed into parts). */
  address: string | null;
}

/**
 * An event: the thing tickets are sold for. An event with several occurrences has one {@link EventDate} per
 * occurrence. See docs/model.md for where each field comes from per vendor.
 */
export interface Event extends EntityBase {
  /** The event's title. */
  name: string | null;
  /** The description as the vendor stores it (plain text or HTML, depending on the vendor). */
  description: string | null;
  /** The vendor's short name for the event in URLs, where it has one. */
  slug: string | null;
  /** The public page of the event. */
  url: string | null;
  /** The normalized status; `'unknown'` for a vendor value ticketkit does not know. */
  status: EventStatus;
  /** The vendor's own status value, unchanged (`null` when the vendor has no status field). */
  statusRaw: string | null;
  /** The event's IANA time zone (`Europe/London`), or `null` when the vendor does not say. */
  timezone: string | null;
  /**
   * When the event (its first occurrence) starts: ISO-8601 UTC ending in `Z`. `null` where times live on dates only
   * (Seaty).
   */
  start: string | null;
  /** When the event ends: ISO-8601 UTC ending in `Z`, or `null`. */
  end: string | null;
  /** The ISO-4217 code the event sells in, uppercase (`GBP`). */
  currency: string | null;
  /** `true` for an online-only event. */
  isOnline: boolean | null;
  /** Where it takes place, or `null` (online, or the vendor does not say). */
  venue: Venue | null;
  /** Who can find it. */
  visibility: EventVisibility | null;
  /** The most tickets the event can sell in total, where the vendor has such a cap. */
  capacity: number | null;
  /** Whether tickets can be sold for it now (`false`: sales switched off at the vendor). */
  ticketingEnabled: boolean | null;
}

/**
 * One occurrence of an event (a date or session). Vendors with one date per event have one, synthesized from the
 * event.
 */
export interface EventDate extends EntityBase {
  /** The normalized id of the event this is an occurrence of. */
  eventId: string;
  /** The occurrence's own name, where the vendor gives one (a session title). */
  name: string | null;
  /** When it starts: ISO-8601 UTC ending in `Z`. */
  start: string | null;
  /** When it ends: ISO-8601 UTC ending in `Z`. */
  end: string | null;
  /** `true` when no ticket is left for this occurrence. */
  soldOut: boolean | null;
  /** `true` when the vendor has paused sales for this occurrence. */
  salesSuspended: boolean | null;
}

/** A kind of ticket an event sells (general admission, VIP, a seat area), with its price and stock. */
export interface TicketType extends EntityBase {
  /** The normalized id of the event it belongs to. */
  eventId: string;
  /** The ticket type's name as the buyer sees it. */
  name: string | null;
  /** Its description. */
  description: string | null;
  /** The face price of one ticket, before fees; `null` when the vendor does not say or the currency is unknown. */
  price: Money | null;
  /** The fee added per ticket, where the vendor reports it separately from the price. */
  fee: Money | null;
  /** `true` for a free ticket. */
  isFree: boolean | null;
  /** How many can be sold in total (`null`: no cap, or not reported). */
  quantityTotal: number | null;
  /** How many have been sold. */
  quantitySold: number | null;
  /** The fewest one order may hold. */
  minPerOrder: number | null;
  /** The most one order may hold. */
  maxPerOrder: number | null;
  /** When sales open: ISO-8601 UTC ending in `Z`. */
  salesStart: string | null;
  /** When sales close: ISO-8601 UTC ending in `Z`. */
  salesEnd: string | null;
  /** `true` when it is not shown to buyers (sold by link, code or at the door only). */
  hidden: boolean | null;
  /** How many people one ticket admits (1 unless the vendor says otherwise, e.g. a family ticket). */
  admits: number;
}

/** Who placed an order. Each field is `null` when the vendor does not give it. */
export interface Buyer {
  /** The buyer's full name. */
  name: string | null;
  /** The buyer's email address. */
  email: string | null;
  /** The buyer's phone number, as entered. */
  phone: string | null;
}

/** One line of an order: a quantity of one ticket type. */
export interface OrderLine {
  /** The normalized id of the ticket type, or `null` when the vendor does not link it. */
  ticketTypeId: string | null;
  /** The ticket type's name at the time of the order, where the vendor gives it. */
  name: string | null;
  /** How many tickets of the type the order holds. */
  quantity: number;
  /** The price of one ticket on this line; per vendor it is the list price or what was charged (docs/model.md). */
  unitPrice: Money | null;
}

/**
 * An order: one purchase by one buyer. Money fields are {@link Money} in integer minor units, `null` when the vendor
 * does not report them or the currency is unknown; what `total` includes per vendor is in docs/model.md, so that
 * amounts can be summed across vendors safely.
 */
export interface Order extends EntityBase {
  /** The normalized id of the event the order is for. */
  eventId: string | null;
  /** The normalized id of the occurrence the order is for, where the vendor ties orders to one. */
  eventDateId: string | null;
  /** The human reference printed on tickets and emails (`EQ-1234`), where the vendor has one. */
  reference: string | null;
  /** The normalized status; `'unknown'` for a vendor value ticketkit does not know. */
  status: OrderStatus;
  /** The vendor's own status value, unchanged (`null` where the status is derived, as on Seaty). */
  statusRaw: string | null;
  /** Who placed it. */
  buyer: Buyer;
  /** What the buyer was charged for the whole order. */
  total: Money | null;
  /** The ticket amount before fees, tax and discounts. */
  subtotal: Money | null;
  /** The discount taken off. */
  discount: Money | null;
  /** The fees charged on top of the tickets. */
  fees: Money | null;
  /** The tax charged. */
  tax: Money | null;
  /** What the buyer has paid so far (Seaty: refunds not subtracted). */
  amountPaid: Money | null;
  /** What has been refunded to the buyer. */
  amountRefunded: Money | null;
  /**
   * What the buyer still owes on the order: `0` when settled, negative when the buyer paid more than the total
   * (Seaty's overpaid balance). From the vendor's balance (Seaty) or derived from the payment status (Event
   * Schedule: the total while a sale is unpaid); `null` where the vendor does not say (see docs/model.md).
   */
  amountDue: Money | null;
  /** How many tickets the order holds. */
  ticketCount: number | null;
  /** The order's lines, or `null` when the vendor's listing does not carry them (ask `get` for them). */
  lines: OrderLine[] | null;
  /**
   * `true` for an order placed in the vendor's test mode, `false` for a live one, `null` when the vendor does not
   * say.
   */
  testMode: boolean | null;
}

/**
 * A person admitted by a ticket. On vendors without named tickets an attendee carries the buyer's details
 * (docs/model.md).
 */
export interface Attendee extends EntityBase {
  /** The normalized id of the event the attendee is admitted to. */
  eventId: string | null;
  /** The normalized id of the order the ticket came from. */
  orderId: string | null;
  /** The normalized id of the ticket's type. */
  ticketTypeId: string | null;
  /** The attendee's full name. */
  name: string | null;
  /** The attendee's email address. */
  email: string | null;
  /** The attendee's phone number, as entered. */
  phone: string | null;
  /** The attendee's company. */
  company: string | null;
  /** The attendee's job title. */
  jobTitle: string | null;
  /** The normalized status; `'unknown'` for a vendor value ticketkit does not know. */
  status: AttendeeStatus;
  /** The vendor's own status value, unchanged. */
  statusRaw: string | null;
  /** `true` once the attendee has been checked in at the door. */
  checkedIn: boolean | null;
  /** The code on the ticket that a scanner reads. */
  barcode: string | null;
}

/**
 * `true` when `A` and `B` are the same type (not merely assignable one way). Used below so that a schema and its
 * named type cannot drift apart: a field added to one only is a compile error here.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
// Checked at compile time only (nothing is emitted).
type ModelSchemasMatchTypes = [
  Expect<Equal<z.output<typeof MoneySchema>, Money>>,
  Expect<Equal<z.output<typeof EventStatusSchema>, EventStatus>>,
  Expect<Equal<z.output<typeof OrderStatusSchema>, OrderStatus>>,
  Expect<Equal<z.output<typeof AttendeeStatusSchema>, AttendeeStatus>>,
  Expect<Equal<z.output<typeof VenueSchema>, Venue>>,
  Expect<Equal<z.output<typeof EventSchema>, Event>>,
  Expect<Equal<z.output<typeof EventDateSchema>, EventDate>>,
  Expect<Equal<z.output<typeof TicketTypeSchema>, TicketType>>,
  Expect<Equal<z.output<typeof BuyerSchema>, Buyer>>,
  Expect<Equal<z.output<typeof OrderLineSchema>, OrderLine>>,
  Expect<Equal<z.output<typeof OrderSchema>, Order>>,
  Expect<Equal<z.output<typeof AttendeeSchema>, Attendee>>,
];

// ---- write inputs (the same units as the model) ----
// Strict objects: an unknown key is a `ValidationError` naming it (see `parseInput`), never silently dropped.

/** One vendor's entry: an object whose keys are never `__proto__`/`constructor`/`prototype`. */
const VendorOptionsSchema = z.record(z.string(), z.unknown());
const ProviderOptionsShape = z.strictObject(
  Object.fromEntries(PROVIDERS.map((id) => [id, VendorOptionsSchema.optional()])) as Record<ProviderId, z.ZodOptional<typeof VendorOptionsSchema>>,
);
/**
 * zod drops a `__proto__` key of a record silently, so prototype keys are looked for in the input as given (a JSON
 * body can hold one), before the entries are parsed.
 */
export const ProviderOptionsSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const path = forbiddenKeyPath(value);
    if (path !== null) ctx.addIssue({ code: 'custom', path: path.split('.'), message: 'this key is not allowed' });
  })
  .pipe(ProviderOptionsShape);
/**
 * Vendor-only fields of a write, keyed by provider id (`{ eventbrite: { ... } }`). Each vendor validates its own
 * entry (what it accepts is on its page under docs/vendors/); entries for other vendors are ignored, so one input can
 * serve several vendors. A key that is not a provider id (a typo such as `eventbrit`) is a `ValidationError`.
 */
export type ProviderOptions = { [P in ProviderId]?: Record<string, unknown> };

/** The schema of {@link EventCreateInput}: strict, so an unknown key is refused naming it. */
export const EventCreateInputSchema = z.strictObject({
  name: z.string().min(1),
  start: z.string().min(1),
  end: z.string().nullable().optional(),
  timezone: z.string().min(1),
  currency: z.string().regex(/^[A-Za-z]{3}$/, 'a three-letter ISO-4217 code'),
  description: z.string().nullable().optional(),
  slug: z.string().optional(),
  providerOptions: ProviderOptionsSchema.optional(),
});

/** What `events.create` takes: the model's fields in the model's units. An unknown key is a `ValidationError`. */
export interface EventCreateInput {
  /** The event's title. */
  name: string;
  /** When it starts: an ISO-8601 instant (`2026-05-01T19:00:00Z`, or with an offset). */
  start: string;
  /** When it ends: an ISO-8601 instant; omitted or `null` where the vendor allows an open end. */
  end?: string | null;
  /** The event's IANA time zone (`Europe/London`). */
  timezone: string;
  /** The ISO-4217 code it sells in (`GBP`, any case). */
  currency: string;
  /** The description (plain text; vendors that store HTML get it escaped). */
  description?: string | null;
  /** The short name in the event's URL, where the vendor has one. */
  slug?: string;
  /** Vendor-only fields, keyed by provider id. */
  providerOptions?: ProviderOptions;
}

/** The schema of an event update: every field of {@link EventCreateInputSchema}, each optional. */
export const EventUpdateInputSchema = EventCreateInputSchema.partial();

/** What `events.update` takes: any fields of {@link EventCreateInput}; the ones given are changed, the others kept. */
export type EventUpdateInput = Partial<EventCreateInput>;

/** The schema of {@link TicketTypeCreateInput} (strict). */
export const TicketTypeCreateInputSchema = z.strictObject({
  eventId: z.string().min(1),
  name: z.string().min(1),
  price: MoneySchema.nullable(),
  quantityTotal: z.number().int().nonnegative().optional(),
  description: z.string().nullable().optional(),
  providerOptions: ProviderOptionsSchema.optional(),
});

/** What `ticketTypes.create` takes. An unknown key is a `ValidationError`. */
export interface TicketTypeCreateInput {
  /** The normalized id of the event the ticket type is for. */
  eventId: string;
  /** Its name as buyers see it. */
  name: string;
  /** The face price of one ticket in minor units, or `null` for a free ticket. */
  price: Money | null;
  /** How many can be sold in total (omitted: the vendor's default, usually no cap). */
  quantityTotal?: number;
  /** Its description. */
  description?: string | null;
  /** Vendor-only fields, keyed by provider id. */
  providerOptions?: ProviderOptions;
}

/** The schema of a ticket type update: the create fields but `eventId`, each optional. */
export const TicketTypeUpdateInputSchema = TicketTypeCreateInputSchema.omit({ eventId: true }).partial();

/** What `ticketTypes.update` takes: any fields of {@link TicketTypeCreateInput} but `eventId` (a type cannot move). */
export type TicketTypeUpdateInput = Partial<Omit<TicketTypeCreateInput, 'eventId'>>;

/** The schema of {@link OrderCreateInput} (strict). */
export const OrderCreateInputSchema = z.strictObject({
  eventId: z.string().min(1),
  eventDateId: z.string().optional(),
  buyer: z.strictObject({ name: z.string().min(1), email: z.string().email(), phone: z.string().optional() }),
  lines: z.array(z.strictObject({ ticketTypeId: z.string().min(1), quantity: z.number().int().positive() })).min(1),
  providerOptions: ProviderOptionsSchema.optional(),
});

/** What `orders.create` takes (vendors that create orders through the API). An unknown key is a `ValidationError`. */
export interface OrderCreateInput {
  /** The normalized id of the event. */
  eventId: string;
  /** The normalized id of the occurrence, required for an event with several dates. */
  eventDateId?: string;
  /** Who is buying. */
  buyer: {
    /** The buyer's full name. */
    name: string;
    /** The buyer's email address (where the vendor sends the tickets). */
    email: string;
    /** The buyer's phone number. */
    phone?: string;
  };
  /** What is bought: at least one line. */
  lines: Array<{
    /** The normalized id of the ticket type. */
    ticketTypeId: string;
    /** How many tickets of it (a positive integer). */
    quantity: number;
  }>;
  /** Vendor-only fields, keyed by provider id. */
  providerOptions?: ProviderOptions;
}

/** The schema of {@link RecordPaymentInput} (strict). */
export const RecordPaymentInputSchema = z.strictObject({
  eventId: z.string().min(1),
  payeeEmail: z.string().email(),
  amount: MoneySchema,
  method: z.enum(['cash', 'cheque', 'card', 'bank_transfer']),
  isRefund: z.boolean().optional(),
  notes: z.string().optional(),
  paidOn: z.string().optional(),
});

/**
 * What `orders.recordPayment` takes (Seaty): a payment or refund taken outside the vendor, recorded against an order.
 */
export interface RecordPaymentInput {
  /** The normalized id of the event. */
  eventId: string;
  /** The email of the order's buyer (how the vendor finds the order). */
  payeeEmail: string;
  /** How much, in minor units; always positive (a refund sets `isRefund`). */
  amount: Money;
  /** How it was paid. */
  method: 'cash' | 'cheque' | 'card' | 'bank_transfer';
  /** `true` to record money given back rather than taken. */
  isRefund?: boolean;
  /** A note kept with the payment. */
  notes?: string;
  /** The day it was paid (`YYYY-MM-DD`); omitted: today. */
  paidOn?: string;
}

/** The schema of {@link AttendeeCreateInput} (strict). */
export const AttendeeCreateInputSchema = z.strictObject({
  eventId: z.string().optional(),
  email: z.string().email(),
  name: z.string().optional(),
  jobTitle: z.string().optional(),
  company: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  country: z.string().optional(),
});

/** What `attendees.create` takes (Event Vault guests). An unknown key is a `ValidationError`. */
export interface AttendeeCreateInput {
  /** The normalized id of the event (Event Vault: omitted means the client's configured event). */
  eventId?: string;
  /** The attendee's email address: their key at the vendor. */
  email: string;
  /** Their full name. */
  name?: string;
  /** Their job title. */
  jobTitle?: string;
  /** Their company. */
  company?: string;
  /** Their phone number. */
  phone?: string;
  /** A web address for them. */
  url?: string;
  /** Their country. */
  country?: string;
}

type WithoutProviderOptions<T> = Omit<T, 'providerOptions'>;
// The inputs' named types against their schemas' input types (providerOptions aside: its schema takes `unknown` and
// checks it at run time).
type InputSchemasMatchTypes = [
  Expect<Equal<WithoutProviderOptions<z.input<typeof EventCreateInputSchema>>, WithoutProviderOptions<EventCreateInput>>>,
  Expect<Equal<WithoutProviderOptions<z.input<typeof EventUpdateInputSchema>>, WithoutProviderOptions<EventUpdateInput>>>,
  Expect<Equal<WithoutProviderOptions<z.input<typeof TicketTypeCreateInputSchema>>, WithoutProviderOptions<TicketTypeCreateInput>>>,
  Expect<Equal<WithoutProviderOptions<z.input<typeof TicketTypeUpdateInputSchema>>, WithoutProviderOptions<TicketTypeUpdateInput>>>,
  Expect<Equal<WithoutProviderOptions<z.input<typeof OrderCreateInputSchema>>, WithoutProviderOptions<OrderCreateInput>>>,
  Expect<Equal<z.input<typeof RecordPaymentInputSchema>, RecordPaymentInput>>,
  Expect<Equal<z.input<typeof AttendeeCreateInputSchema>, AttendeeCreateInput>>,
];

/** Filters accepted by list methods. Each vendor documents which ones it honours; others throw. */
export interface ListParams {
  /** Page size to ask for (capped at the vendor's maximum). Not a filter: a cursor resumes with or without it. */
  limit?: number;
  /** Resume from a `nextCursor` (or an error's `resumeCursor`). */
  cursor?: string | null;
}
/** Filters of `events.list`: only paging (no vendor filters events through ticketkit). */
export interface EventListParams extends ListParams {}
/** Filters of the lists that belong to one event (`eventDates.list`, `ticketTypes.list`): the event is required. */
export interface EventScopedListParams extends ListParams {
  /** The normalized id of the event. */
  eventId: string;
}
/**
 * Filters of `orders.list`. Each vendor honours the ones its `capabilities.orders.filters` lists; any other is an
 * `UnsupportedCapabilityError` before a request (a silent full list would be wrong).
 */
export interface OrderListParams extends ListParams {
  /** Only the orders of this event (normalized id). */
  eventId?: string;
  /** Only the orders of this occurrence (normalized id). */
  eventDateId?: string;
  /** Only orders with this normalized status. */
  status?: OrderStatus;
  /** Only the orders of this buyer (an exact email match where the vendor supports it). */
  buyerEmail?: string;
  /** Only orders changed at or after this ISO-8601 instant (for incremental syncs). */
  updatedSince?: string;
}
/** Filters of `attendees.list`; as with orders, a filter the vendor cannot apply is an `UnsupportedCapabilityError`. */
export interface AttendeeListParams extends ListParams {
  /** Only the attendees of this event (normalized id). */
  eventId?: string;
  /** Only attendees who are (`true`) or are not (`false`) checked in. */
  checkedIn?: boolean;
  /** Only attendees changed at or after this ISO-8601 instant. */
  updatedSince?: string;
}

/**
 * The normalized webhook event types a subscription can ask for (each vendor maps them to its own names: see
 * docs/vendors/<vendor>.md, "Webhook subscriptions"). `ticketkit/webhooks` reports deliveries with the same names.
 */
/**
 * Every normalized webhook type, the same across vendors: what `client.webhooks.create({ events })` subscribes to
 * and what `verifyWebhook` (`ticketkit/webhooks`) returns as `type` (plus `'unknown'` for a vendor type it does not
 * know). Which vendor sends which: docs/webhooks.md.
 */
export const WEBHOOK_EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.paid',
  'order.refunded',
  'order.cancelled',
  'order.checked_in',
  'order.booked',
  'order.booking_cancelled',
  'order.installment_paid',
  'order.installment_failed',
  'event.created',
  'event.updated',
  'event.published',
  'event.unpublished',
  'event.cancelled',
  'event.deleted',
  'event.sold_out',
  'attendee.checked_in',
  'attendee.checked_out',
  'attendee.updated',
  'ticket_type.created',
  'ticket_type.updated',
  'ticket_type.deleted',
  'organizer.updated',
  'venue.updated',
  'feedback.submitted',
] as const;
/** The schema of a normalized webhook type: one of `WEBHOOK_EVENT_TYPES`. */
export const NormalizedWebhookTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
/** A normalized webhook type (`'order.created'`, …): one of `WEBHOOK_EVENT_TYPES`. */
export type NormalizedWebhookType = z.infer<typeof NormalizedWebhookTypeSchema>;

/** A webhook subscription held by the vendor (`client.webhooks`). */
export const WebhookSubscriptionSchema = z.object({
  id: z.string().min(1),
  provider: ProviderIdSchema,
  remoteId: z.string().min(1),
  /** Where the vendor POSTs deliveries. */
  url: z.string(),
  /** The normalized types it receives (vendor types with no normalized name are only in `eventsRaw`). */
  events: z.array(NormalizedWebhookTypeSchema),
  /** The vendor's own type names, as it stores them. */
  eventsRaw: z.array(z.string()),
  /** Whether the vendor sends to it, where the vendor says; `null` otherwise. */
  active: z.boolean().nullable(),
  /** The signing secret: only in the answer to `create`, where the vendor returns it once; `null` otherwise. */
  secret: z.string().nullable(),
  createdAt: Instant.nullable(),
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw: z.unknown().optional(),
});
/** A webhook subscription held by the vendor, as `client.webhooks` lists and creates it. */
export interface WebhookSubscription {
  /** The normalized id (`<provider>:<remoteId>`), what `client.webhooks.delete` takes. */
  id: string;
  /** The vendor holding it. */
  provider: ProviderId;
  /** The vendor's own id of the subscription. */
  remoteId: string;
  /** Where the vendor POSTs deliveries. */
  url: string;
  /** The normalized types it receives (vendor types with no normalized name are only in `eventsRaw`). */
  events: NormalizedWebhookType[];
  /** The vendor's own type names, as it stores them. */
  eventsRaw: string[];
  /** Whether the vendor sends to it, where the vendor says; `null` otherwise. */
  active: boolean | null;
  /** The signing secret: only in the answer to `create`, where the vendor returns it once; `null` otherwise. */
  secret: string | null;
  /** When it was created (ISO 8601 UTC), where the vendor says; `null` otherwise. */
  createdAt: string | null;
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw?: unknown;
}

/** The schema of `client.webhooks.create`'s input (strict: an unknown key is a `ValidationError` naming it). */
export const WebhookSubscriptionCreateInputSchema = z.strictObject({
  /** The receiving endpoint (HTTPS where the vendor requires it). */
  url: z.string().url(),
  /** The normalized types to receive (default: the vendor's default set). */
  events: z.array(NormalizedWebhookTypeSchema).min(1).optional(),
  providerOptions: ProviderOptionsSchema.optional(),
});
/** The input of `client.webhooks.create`. */
export interface WebhookSubscriptionCreateInput {
  /** The receiving endpoint (HTTPS where the vendor requires it). */
  url: string;
  /** The normalized types to receive (default: the vendor's default set). */
  events?: NormalizedWebhookType[];
  /** Vendor-specific fields, by provider id, passed to that vendor's create (docs/vendors/<vendor>.md). */
  providerOptions?: ProviderOptions;
}
/** The params of `client.webhooks.list`: paging only (`limit`, `cursor`). */
export interface WebhookListParams extends ListParams {}

// Checked at compile time only (nothing is emitted).
type WebhookSchemasMatchTypes = [
  Expect<Equal<z.output<typeof WebhookSubscriptionSchema>, WebhookSubscription>>,
  Expect<Equal<WithoutProviderOptions<z.input<typeof WebhookSubscriptionCreateInputSchema>>, WithoutProviderOptions<WebhookSubscriptionCreateInput>>>,
];
