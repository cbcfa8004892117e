/**
 * Equaticket wire shapes, constants and the normalized view of them, written from Equaticket's documentation (see
 * docs/vendors/equaticket.md), never from the adapter. What Equaticket leaves open is in ./guesses.ts.
 */
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Money, Order, OrderStatus, TicketType } from '../../framework/contract.js';
import { joinIdParts, moneyOf } from '../../framework/index.js';
import { EQ_EVENT_STATUSES_GUESS, EQ_TICKET_STATUSES_GUESS } from './guesses.js';

export const EQ_PROVIDER = 'equaticket' as const;
/** Documented base URL. */
export const EQ_BASE_URL = 'https://app.equaticket.com/api/v1';
export const EQ_BASE_PATH = '/api/v1';
/** Documented, outside `/api/v1`. */
export const EQ_RESET_TEST_DATA_PATH = '/api/settings/api-keys/reset-test-data';
/** The `doc_url` of the documented error example. */
export const EQ_DOC_URL = 'https://equaticket.com/help/organizers/public-api';
/** The test key `createMockClient` uses (any well-formed `sk_test_`/`sk_live_` key is accepted). */
export const EQ_TEST_KEY = 'sk_test_ticketkit_emulator';
/**
 * The org slug the emulated account answers to on `GET /public/events`: no endpoint returns an organization's slug,
 * so the emulator picks one.
 */
export const EQ_ORG_SLUG = 'emulated-org';

/** Documented: `sk_live_` (live) and `sk_test_` (test) keys, sent as `Authorization: Bearer <key>`. */
export const EQ_KEY_PATTERN = /^sk_(live|test)_\S+$/;

/** Documented: idempotency keys expire after 24 hours. */
export const EQ_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Documented: a key is at most 256 characters. */
export const EQ_IDEMPOTENCY_KEY_MAX = 256;
/** Documented webhook event types. */
export const EQ_WEBHOOK_TYPES = ['order.created', 'order.refunded', 'event.sold_out', 'ticket.checked_in'] as const;
/**
 * Field names Equaticket documents (in request bodies, list filters and webhook payloads); the other names the
 * emulator's objects carry are in `EQ_UNDOCUMENTED_FIELDS_GUESS`.
 */
export const EQ_DOCUMENTED_FIELDS = {
  event: ['title', 'slug', 'timezone', 'starts_at', 'currency'],
  ticketType: ['name', 'price', 'currency', 'quantity_total'],
  order: ['order_number', 'event_id', 'buyer_name', 'buyer_email', 'total_amount', 'currency', 'status', 'is_test_data'],
  orderLine: [],
  ticket: ['ticket_code', 'event_id', 'buyer_name', 'checked_in', 'is_test_data'],
  webhook: [],
} as const;
/** Documented order status values. */
export const EQ_DOCUMENTED_ORDER_STATUSES = ['confirmed', 'refunded', 'partially_refunded'] as const;

/** Id kinds: the first group of the sequential UUIDs (ids are UUIDs in Equaticket's webhook payloads). */
export const EQ_ID_KIND = { event: 0xe1, ticketType: 0xe2, order: 0xe3, ticket: 0xe4, webhook: 0xe5, mockWebhook: 0xe6 } as const;

export type EqEventStatus = (typeof EQ_EVENT_STATUSES_GUESS)[number];

export interface EqEventWire {
  id: string;
  title: string;
  slug: string;
  timezone: string;
  starts_at: string;
  currency: string;
  status: EqEventStatus;
  created_at: string;
  updated_at: string;
}

export interface EqTicketTypeWire {
  id: string;
  event_id: string;
  name: string;
  price: number;
  currency: string;
  quantity_total: number | null;
  /** The sold count (its name is a guess). */
  quantity_sold: number;
  created_at: string;
  updated_at: string;
}

export interface EqOrderLineWire {
  ticket_type_id: string;
  ticket_type_name: string;
  quantity: number;
  price: number;
}

export interface EqOrderWire {
  id: string;
  order_number: string;
  event_id: string;
  buyer_name: string;
  buyer_email: string;
  buyer_phone?: string;
  total_amount: number;
  currency: string;
  status: string;
  is_test_data: boolean;
  ticket_count: number;
  /** The order's lines (no REST order body is documented: the names are guesses). */
  tickets: EqOrderLineWire[];
  created_at: string;
  updated_at: string;
}

export type EqTicketStatus = (typeof EQ_TICKET_STATUSES_GUESS)[number];

export interface EqTicketWire {
  id: string;
  ticket_code: string;
  event_id: string;
  order_id: string;
  ticket_type_id: string;
  buyer_name: string;
  buyer_email: string;
  status: EqTicketStatus;
  checked_in: boolean;
  is_test_data: boolean;
  created_at: string;
  updated_at: string;
}

/** A webhook subscription as Equaticket sends it (what `s.webhook` returns). */
export interface EqWebhookWire {
  /** The subscription id. */
  id: string;
  /** Where deliveries are POSTed. */
  url: string;
  /** The Equaticket event types it receives (`order.created`...). */
  events: string[];
  /** Whether Equaticket sends to it. */
  active: boolean;
  /** ISO-8601 creation time. */
  created_at: string;
}

// ---- normalized statuses ↔ wire (the mapping of docs/vendors/equaticket.md, "What maps to what") ----

export const EVENT_STATUS_TO_WIRE: Partial<Record<EventStatus, EqEventStatus>> = {
  draft: 'draft',
  scheduled: 'published',
  cancelled: 'cancelled',
};
const EVENT_STATUS_FROM_WIRE: Record<EqEventStatus, EventStatus> = {
  draft: 'draft',
  published: 'scheduled',
  cancelled: 'cancelled',
};

/** `confirmed`, `refunded`, `partially_refunded` documented; `pending`, `cancelled`, `expired` guesses (./guesses.ts). */
export const ORDER_STATUS_TO_WIRE: Partial<Record<OrderStatus, string>> = {
  paid: 'confirmed',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  pending: 'pending',
  cancelled: 'cancelled',
  expired: 'expired',
};
const ORDER_STATUS_FROM_WIRE: Record<string, OrderStatus> = {
  confirmed: 'paid',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  pending: 'pending',
  cancelled: 'cancelled',
  expired: 'expired',
};

export const TICKET_STATUS_TO_WIRE: Partial<Record<AttendeeStatus, EqTicketStatus>> = {
  attending: 'valid',
  refunded: 'refunded',
  cancelled: 'voided',
};
const TICKET_STATUS_FROM_WIRE: Record<EqTicketStatus, AttendeeStatus> = {
  valid: 'attending',
  refunded: 'refunded',
  voided: 'cancelled',
};

// ---- the normalized entity the client returns for each wire object ----

export function toEvent(e: EqEventWire): Event {
  const status = EVENT_STATUS_FROM_WIRE[e.status];
  return {
    id: e.id,
    provider: EQ_PROVIDER,
    remoteId: e.id,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    name: e.title,
    description: null,
    slug: e.slug,
    url: null,
    status,
    statusRaw: e.status,
    timezone: e.timezone,
    start: e.starts_at,
    end: null,
    currency: e.currency.toUpperCase(),
    isOnline: null,
    venue: null,
    visibility: status === 'scheduled' ? 'public' : null,
    capacity: null,
    ticketingEnabled: null,
  };
}

/** Equaticket has one date per event: the event's own `starts_at`, under the event's id. */
export function toEventDate(e: EqEventWire): EventDate {
  return {
    id: e.id,
    provider: EQ_PROVIDER,
    remoteId: e.id,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
    eventId: e.id,
    name: null,
    start: e.starts_at,
    end: null,
    soldOut: null,
    salesSuspended: null,
  };
}

/** The normalized ticket type id (the declared contract): the event's id and the type's, joined. */
export function ticketTypeId(eventRemoteId: string, ticketTypeRemoteId: string): string {
  return joinIdParts(eventRemoteId, ticketTypeRemoteId);
}

/** Minor units in a wire currency as normalized money (amounts are integers in the currency's smallest unit). */
function money(minor: number, wireCurrency: string): Money {
  return moneyOf(minor, wireCurrency);
}

export function toTicketType(t: EqTicketTypeWire): TicketType {
  return {
    id: ticketTypeId(t.event_id, t.id),
    provider: EQ_PROVIDER,
    remoteId: t.id,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
    eventId: t.event_id,
    name: t.name,
    description: null,
    price: money(t.price, t.currency),
    fee: null,
    isFree: t.price === 0,
    quantityTotal: t.quantity_total,
    quantitySold: t.quantity_sold,
    minPerOrder: null,
    maxPerOrder: null,
    salesStart: null,
    salesEnd: null,
    hidden: null,
    admits: 1,
  };
}

export function toOrder(o: EqOrderWire): Order {
  return {
    id: o.id,
    provider: EQ_PROVIDER,
    remoteId: o.id,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    eventId: o.event_id,
    eventDateId: o.event_id,
    reference: o.order_number,
    status: ORDER_STATUS_FROM_WIRE[o.status] ?? 'unknown',
    statusRaw: o.status,
    buyer: { name: o.buyer_name, email: o.buyer_email, phone: o.buyer_phone ?? null },
    total: money(o.total_amount, o.currency),
    subtotal: null,
    discount: null,
    fees: null,
    tax: null,
    amountPaid: null,
    amountRefunded: null,
    amountDue: null,
    ticketCount: o.ticket_count,
    lines: o.tickets.map((line) => ({
      ticketTypeId: ticketTypeId(o.event_id, line.ticket_type_id),
      name: line.ticket_type_name,
      quantity: line.quantity,
      unitPrice: money(line.price, o.currency),
    })),
    testMode: o.is_test_data,
  };
}

export function toAttendee(a: EqTicketWire): Attendee {
  return {
    id: a.id,
    provider: EQ_PROVIDER,
    remoteId: a.id,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    eventId: a.event_id,
    orderId: a.order_id,
    ticketTypeId: ticketTypeId(a.event_id, a.ticket_type_id),
    // Equaticket documents only the buyer's name on a ticket; no separate attendee name or email.
    name: a.buyer_name,
    email: a.buyer_email,
    phone: null,
    company: null,
    jobTitle: null,
    status: TICKET_STATUS_FROM_WIRE[a.status],
    statusRaw: a.status,
    checkedIn: a.checked_in,
    barcode: a.ticket_code,
  };
}

/** Documented: requests a minute per API key, by plan ("Rate limits"). */
export const EQ_REQUESTS_PER_MINUTE: Readonly<Record<EqPlan, number>> = { free: 60, starter: 100, growth: 300, pro: 600 };

/** An organization's plan (it sets the per-key rate limit). */
export type EqPlan = 'free' | 'starter' | 'growth' | 'pro';
