/**
 * Seaty emulator state: one organisation's events, their dates and ticket categories, orders per date with
 * their tickets, payments and discounts, and the distinct people derived from orders. Lists are kept in
 * serving order at insert, so a page is served in O(page).
 */
import { SortedList, type EmulatorEnv, type EmulatorResponse } from '../../framework/index.js';
import type {
  AttendeeWire,
  CategoryWire,
  DateWire,
  DiscountWire,
  EventWire,
  OrderWire,
  PaymentWire,
  TicketWire,
} from './wire.js';

export interface EventRow {
  wire: EventWire;
  /** Served by start time, then id. */
  dates: SortedList<DateWire>;
  /** Served by `sort_index`, then id. */
  categories: SortedList<CategoryWire>;
}

export interface OrderRow {
  wire: OrderWire;
  eventId: number;
  tickets: TicketWire[];
  payments: PaymentWire[];
  discounts: DiscountWire[];
}

export interface IdempotencyRecord {
  fingerprint: string;
  response: EmulatorResponse;
}

export interface SeatyState {
  organisationId: number;
  events: Map<number, EventRow>;
  /** `GET /v1/events` order: documented "most recent first"; GUESS: by `date_created`, newest first. */
  eventsNewestFirst: SortedList<EventWire>;
  dates: Map<number, DateWire>;
  /** Orders of each date, in the order they were placed. */
  dateOrders: Map<number, OrderWire[]>;
  orders: Map<number, OrderRow>;
  /** Orders of a payee on an event (`${eventId}\n${lower-case email}`), for the balance-payment rules. */
  payeeOrders: Map<string, OrderRow[]>;
  /** Distinct people by lower-case email, in the order first seen. */
  contacts: Map<string, AttendeeWire>;
  contactList: AttendeeWire[];
  /** Organisation members' emails, by lower-case attendee email. */
  members: Map<string, string>;
  /** Keys registered by `s.apiKey()`, with their scopes (other well-formed keys have every scope). */
  keys: Map<string, string[]>;
  /** By API key and `Idempotency-Key`. */
  idempotency: Map<string, IdempotencyRecord>;
  /** A test's own read limit (`s.enforceReadLimit({ perMinute })`), else `null`: the documented one. */
  readLimit: { perMinute: number } | null;
}

export type SeatyEnv = EmulatorEnv<SeatyState>;

const newestFirst = (a: EventWire, b: EventWire): number =>
  (Date.parse(b.date_created ?? '') || 0) - (Date.parse(a.date_created ?? '') || 0) || b.id - a.id;

export function createSeatyState(organisationId = 4242): SeatyState {
  return {
    organisationId,
    events: new Map(),
    eventsNewestFirst: new SortedList(newestFirst),
    dates: new Map(),
    dateOrders: new Map(),
    orders: new Map(),
    payeeOrders: new Map(),
    contacts: new Map(),
    contactList: [],
    members: new Map(),
    keys: new Map(),
    idempotency: new Map(),
    readLimit: null,
  };
}

export function newEventRow(wire: EventWire): EventRow {
  return {
    wire,
    dates: new SortedList<DateWire>((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.id - b.id),
    categories: new SortedList<CategoryWire>((a, b) => a.sort_index - b.sort_index || a.id - b.id),
  };
}

export function payeeKey(eventId: number, email: string): string {
  return `${eventId}\n${email.trim().toLowerCase()}`;
}

/**
 * Re-derives an order's paid, refunded and balance from its payments (documented: worked out from the payments linked
 * to the order), and the tickets' paid flags.
 */
export function applyPayments(row: OrderRow): void {
  const o = row.wire;
  o.amount_paid = row.payments.filter((p) => !p.is_refund).reduce((sum, p) => sum + p.amount, 0);
  o.amount_refunded = row.payments.filter((p) => p.is_refund).reduce((sum, p) => sum + p.amount, 0);
  o.balance = o.total - (o.amount_paid - o.amount_refunded);
  for (const t of row.tickets) t.paid = o.balance <= 0;
}

/** Adds an order to every index (date list, payee index, contacts). */
export function insertOrderRow(state: SeatyState, row: OrderRow): void {
  const o = row.wire;
  state.orders.set(o.id, row);
  let list = state.dateOrders.get(o.event_date_id);
  if (!list) state.dateOrders.set(o.event_date_id, (list = []));
  list.push(o);
  if (o.email !== null) {
    const key = payeeKey(row.eventId, o.email);
    let payee = state.payeeOrders.get(key);
    if (!payee) state.payeeOrders.set(key, (payee = []));
    payee.push(row);
    const person = o.email.trim().toLowerCase();
    const contact = state.contacts.get(person);
    if (contact) {
      contact.order_count += 1;
      if (o.attendee_name !== null) contact.attendee_name = o.attendee_name;
      if (o.allow_marketing !== null) contact.allow_marketing = o.allow_marketing;
    } else {
      const created: AttendeeWire = {
        email: o.email,
        attendee_name: o.attendee_name,
        order_count: 1,
        allow_marketing: o.allow_marketing ?? false,
        member_email: state.members.get(person) ?? null,
      };
      state.contacts.set(person, created);
      state.contactList.push(created);
    }
  }
}

/**
 * The payee's orders on an event in the order the API lists them (the event's dates in order, then each
 * date's orders): the emulator credits a balance payment to the first of them.
 */
export function payeeOrdersInListOrder(state: SeatyState, eventId: number, email: string): OrderRow[] {
  const rows = state.payeeOrders.get(payeeKey(eventId, email)) ?? [];
  const event = state.events.get(eventId);
  if (!event || rows.length < 2) return rows;
  const position = new Map(event.dates.items.map((d, i) => [d.id, i]));
  return [...rows].sort(
    (a, b) => (position.get(a.wire.event_date_id) ?? 0) - (position.get(b.wire.event_date_id) ?? 0) || a.wire.id - b.wire.id,
  );
}
