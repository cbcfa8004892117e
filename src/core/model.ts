/**
 * The normalized model: zod schemas, with the TypeScript types inferred from them.
 * `null` means the vendor does not provide a value; output never contains `undefined`.
 */
import { z } from 'zod';

import { PROVIDERS, type ProviderId } from './providers.js';
import { forbiddenKeyPath } from './strict.js';

export const ProviderIdSchema = z.enum(PROVIDERS as unknown as [ProviderId, ...ProviderId[]]);

/** ISO-8601 UTC instant with a `Z` suffix. */
const Instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'ISO-8601 UTC instant ending in Z');

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

export const EventStatusSchema = z.enum(['draft', 'scheduled', 'started', 'ended', 'cancelled', 'unknown']);
export const OrderStatusSchema = z.enum([
  'pending',
  'paid',
  'partially_refunded',
  'refunded',
  'cancelled',
  'expired',
  'unknown',
]);
export const AttendeeStatusSchema = z.enum(['attending', 'cancelled', 'refunded', 'unpaid', 'unknown']);

export const VenueSchema = z.object({
  remoteId: z.string().nullable(),
  name: z.string().nullable(),
  address: z.string().nullable(),
});

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

export const EventDateSchema = z.object({
  ...common,
  eventId: z.string(),
  name: z.string().nullable(),
  start: Instant.nullable(),
  end: Instant.nullable(),
  soldOut: z.boolean().nullable(),
  salesSuspended: z.boolean().nullable(),
});

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

export const BuyerSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const OrderLineSchema = z.object({
  ticketTypeId: z.string().nullable(),
  name: z.string().nullable(),
  quantity: z.number().int(),
  unitPrice: MoneySchema.nullable(),
});

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
  ticketCount: z.number().int().nullable(),
  lines: z.array(OrderLineSchema).nullable(),
  testMode: z.boolean().nullable(),
});

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

export type ProviderIdValue = z.infer<typeof ProviderIdSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type OrderStatus = z.infer<typeof OrderStatusSchema>;
export type AttendeeStatus = z.infer<typeof AttendeeStatusSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Event = z.infer<typeof EventSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type TicketType = z.infer<typeof TicketTypeSchema>;
export type Buyer = z.infer<typeof BuyerSchema>;
export type OrderLine = z.infer<typeof OrderLineSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;

// ---- write inputs (the same units as the model) ----
// Strict objects: an unknown key is a `ValidationError` naming it (see `parseInput`), never silently dropped.

/**
 * Vendor-only fields of a write, keyed by provider id (`{ eventbrite: { ... } }`). Each vendor validates its own
 * entry; entries for other vendors are ignored, so one input can serve several vendors. A key that is not a
 * provider id (a typo such as `eventbrit`) is refused.
 */
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
export type ProviderOptions = z.input<typeof ProviderOptionsSchema>;

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
export type EventCreateInput = z.input<typeof EventCreateInputSchema>;
export const EventUpdateInputSchema = EventCreateInputSchema.partial();
export type EventUpdateInput = z.input<typeof EventUpdateInputSchema>;

export const TicketTypeCreateInputSchema = z.strictObject({
  eventId: z.string().min(1),
  name: z.string().min(1),
  price: MoneySchema.nullable(),
  quantityTotal: z.number().int().nonnegative().optional(),
  description: z.string().nullable().optional(),
  providerOptions: ProviderOptionsSchema.optional(),
});
export type TicketTypeCreateInput = z.input<typeof TicketTypeCreateInputSchema>;
export const TicketTypeUpdateInputSchema = TicketTypeCreateInputSchema.omit({ eventId: true }).partial();
export type TicketTypeUpdateInput = z.input<typeof TicketTypeUpdateInputSchema>;

export const OrderCreateInputSchema = z.strictObject({
  eventId: z.string().min(1),
  eventDateId: z.string().optional(),
  buyer: z.strictObject({ name: z.string().min(1), email: z.string().email(), phone: z.string().optional() }),
  lines: z.array(z.strictObject({ ticketTypeId: z.string().min(1), quantity: z.number().int().positive() })).min(1),
  providerOptions: ProviderOptionsSchema.optional(),
});
export type OrderCreateInput = z.input<typeof OrderCreateInputSchema>;

export const RecordPaymentInputSchema = z.strictObject({
  eventId: z.string().min(1),
  payeeEmail: z.string().email(),
  amount: MoneySchema,
  method: z.enum(['cash', 'cheque', 'card', 'bank_transfer']),
  isRefund: z.boolean().optional(),
  notes: z.string().optional(),
  paidOn: z.string().optional(),
});
export type RecordPaymentInput = z.input<typeof RecordPaymentInputSchema>;

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
export type AttendeeCreateInput = z.input<typeof AttendeeCreateInputSchema>;

/** Filters accepted by list methods. Each vendor documents which ones it honours; others throw. */
export interface ListParams {
  /** Page size to ask for (capped at the vendor's maximum). Not a filter: a cursor resumes with or without it. */
  limit?: number;
  /** Resume from a `nextCursor` (or an error's `resumeCursor`). */
  cursor?: string | null;
}
export interface EventListParams extends ListParams {}
export interface EventScopedListParams extends ListParams {
  eventId: string;
}
export interface OrderListParams extends ListParams {
  eventId?: string;
  eventDateId?: string;
  status?: OrderStatus;
  buyerEmail?: string;
  updatedSince?: string;
}
export interface AttendeeListParams extends ListParams {
  eventId?: string;
  checkedIn?: boolean;
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
export type WebhookSubscription = z.infer<typeof WebhookSubscriptionSchema>;

export const WebhookSubscriptionCreateInputSchema = z.strictObject({
  /** The receiving endpoint (HTTPS where the vendor requires it). */
  url: z.string().url(),
  /** The normalized types to receive (default: the vendor's default set). */
  events: z.array(NormalizedWebhookTypeSchema).min(1).optional(),
  providerOptions: ProviderOptionsSchema.optional(),
});
export type WebhookSubscriptionCreateInput = z.input<typeof WebhookSubscriptionCreateInputSchema>;
export interface WebhookListParams extends ListParams {}
