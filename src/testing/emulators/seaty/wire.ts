/**
 * Seaty wire shapes and constants, written from Seaty's documentation (docs/vendors/seaty.md), plus the normalized
 * view of each wire object: what the ticketkit client returns for it, built here on its own (from the documented
 * mapping and the declared id contract, never from the adapter's code) so that each checks the other.
 */
import { joinIdParts, type Event, type EventDate, type Money, type Order, type TicketType } from '../../framework/contract.js';

export const SEATY_PROVIDER = 'seaty' as const;
/** Documented base URL. */
export const SEATY_BASE_URL = 'https://developer.seaty.co.uk/v1';
export const SEATY_BASE_PATH = '/v1';
/** The key the mock client is built with: `sk_live_` + 32 characters + `.` + 22 (the documented format). */
export const SEATY_MOCK_KEY = 'sk_live_emulator0000000000000000000000000.emulatorsignature00000';
/** Documented key prefix; only live keys exist. */
export const SEATY_KEY_PATTERN = /^sk_live_\S+$/;

export const SCOPE_READ = 'read';
export const SCOPE_WRITE_PAYMENTS = 'write:balance_payments';

/** Paging: documented default and maximum of `per_page`. */
export const SEATY_DEFAULT_PER_PAGE = 10;
export const SEATY_MAX_PER_PAGE = 100;

/** Documented read limit, enforced by default on the emulator clock (a test may lower it: `s.enforceReadLimit()`). */
export const SEATY_READS_PER_MINUTE = 60;
/** GUESS: the read limit is counted per organisation, over every key of it (Seaty does not say per what). */
export const READ_LIMIT_SCOPE_GUESS = 'organisation';
/** Documented: the window of the read limit ("60 requests per minute"); GUESS: a rolling one. */
export const READ_LIMIT_WINDOW_MS = 60_000;

/** The documented error codes by status (the codes of 429 and 5xx are not documented: `ERROR_CODES_GUESS`). */
export const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable_entity',
};

/** GUESS: the codes Seaty answers a 429 and a 5xx with (its error table is cut off after 409). */
export const ERROR_CODES_GUESS = { rateLimited: 'rate_limited', server: 'internal_error' } as const;

/** Payment methods that may be sent (`type_id` 1 cash, 2 cheque, 3 card taken outside Seaty, 4 bank transfer). */
export const SENDABLE_TYPE_IDS = [1, 2, 3, 4] as const;
/**
 * GUESS: the `type_id` of a payment taken online through Seaty, used for seeded orders. Seaty's internal codes are
 * not listed anywhere; any integer outside 1–4 is plausible.
 */
export const ONLINE_PAYMENT_TYPE_ID_GUESS = 10;

/** The web address of an event, `seaty.co.uk/<tag>` (documented in Seaty's organiser guide). */
export const SEATY_EVENT_URL_BASE = 'https://www.seaty.co.uk/';

// ---- wire objects ----

export interface EventWire {
  id: number;
  tag: string;
  name: string;
  organisation_id: number;
  type: string | null;
  description: string | null;
  date_created: string | null;
  time_zone_id: string | null;
  venue_id: number | null;
  tour_id: number | null;
  currency_symbol: string | null;
  unlisted: boolean | null;
  private: boolean | null;
  ticketing_enabled: boolean | null;
  buying_enabled: boolean | null;
}

export interface DateWire {
  id: number;
  event_id: number;
  date: string;
  end_date: string | null;
  time_type: number;
  name: string | null;
  sold_out: boolean | null;
  suspend: boolean | null;
  /** Only in the date detail (`GET /v1/dates/{id}`). */
  information_header: string | null;
  information: string | null;
}

export interface CategoryWire {
  id: number;
  name: string | null;
  description: string | null;
  price: number;
  people: number;
  sort_index: number;
  limit: number | null;
  minimum_per_order: number | null;
  hidden: boolean;
}

export interface OrderWire {
  id: number;
  order_guid: string | null;
  date: string;
  email: string | null;
  attendee_name: string | null;
  event_date_id: number;
  allow_marketing: boolean | null;
  ticket_count: number;
  tickets_subtotal: number;
  discount_total: number;
  total: number;
  amount_paid: number;
  amount_refunded: number;
  balance: number;
  notes: string | null;
  event_name: string | null;
  date_of_event: string | null;
}

/** GUESS: the ticket's field names (only `ticket_category_id` is documented). */
export interface TicketWire {
  id: number;
  order_id: number;
  ticket_category_id: number;
  price: number;
  paid: boolean;
  checked_in: boolean;
  date_checked_in: string | null;
  seat: string | null;
}

/** The `balance.payment_recorded` webhook's payment; GUESS: payments lists and the POST's answer use it too. */
export interface PaymentWire {
  id: number;
  guid: string;
  event_id: number;
  payee_email: string;
  amount: number;
  type_id: number;
  is_refund: boolean;
  date_payment_made: string;
  notes: string;
}

/** GUESS: the discount's field names (none is documented). */
export interface DiscountWire {
  id: number;
  code: string;
  name: string | null;
  amount: number;
}

/** A distinct person (`GET /v1/attendees`). */
export interface AttendeeWire {
  email: string;
  attendee_name: string | null;
  order_count: number;
  allow_marketing: boolean;
  member_email: string | null;
}

// ---- the normalized view (what the client returns) ----

/**
 * `currency_symbol` → ISO code, as documented: Seaty gives only a symbol, and `£` is the only one that names one
 * currency (`$` could be USD, AUD, CAD, ...). Any other symbol, or none, gives `null` money.
 */
const CURRENCY_BY_SYMBOL: ReadonlyMap<string, string> = new Map([['£', 'GBP']]);

export function currencyOf(symbol: string | null): string | null {
  return symbol === null ? null : (CURRENCY_BY_SYMBOL.get(symbol) ?? null);
}

function pence(amount: number | null, currency: string | null): Money | null {
  return currency === null || amount === null ? null : { amount, currency };
}

export const ids = {
  event: (id: number) => String(id),
  date: (id: number) => String(id),
  category: (eventId: number, id: number) => joinIdParts(eventId, id),
  order: (id: number) => String(id),
};

export function toEvent(e: EventWire): Event {
  return {
    id: ids.event(e.id),
    provider: SEATY_PROVIDER,
    remoteId: String(e.id),
    createdAt: e.date_created,
    updatedAt: null,
    name: e.name,
    description: e.description,
    slug: e.tag,
    url: `${SEATY_EVENT_URL_BASE}${encodeURIComponent(e.tag)}`,
    status: e.ticketing_enabled === true ? 'scheduled' : e.ticketing_enabled === false ? 'draft' : 'unknown',
    statusRaw: null,
    timezone: e.time_zone_id,
    start: null,
    end: null,
    currency: currencyOf(e.currency_symbol),
    isOnline: null,
    venue: e.venue_id === null ? null : { remoteId: String(e.venue_id), name: null, address: null },
    visibility: e.private === true ? 'private' : e.unlisted === true ? 'unlisted' : e.private === false && e.unlisted === false ? 'public' : null,
    capacity: null,
    ticketingEnabled:
      e.ticketing_enabled === false || e.buying_enabled === false
        ? false
        : e.ticketing_enabled === true && e.buying_enabled === true
          ? true
          : null,
  };
}

export function toEventDate(d: DateWire): EventDate {
  return {
    id: ids.date(d.id),
    provider: SEATY_PROVIDER,
    remoteId: String(d.id),
    createdAt: null,
    updatedAt: null,
    eventId: ids.event(d.event_id),
    name: d.name,
    start: d.date,
    end: d.end_date,
    soldOut: d.sold_out,
    salesSuspended: d.suspend,
  };
}

export function toTicketType(c: CategoryWire, event: EventWire): TicketType {
  return {
    id: ids.category(event.id, c.id),
    provider: SEATY_PROVIDER,
    remoteId: String(c.id),
    createdAt: null,
    updatedAt: null,
    eventId: ids.event(event.id),
    name: c.name,
    description: c.description,
    price: pence(c.price, currencyOf(event.currency_symbol)),
    fee: null,
    isFree: c.price === 0,
    quantityTotal: null,
    quantitySold: null,
    minPerOrder: c.minimum_per_order,
    maxPerOrder: c.limit,
    salesStart: null,
    salesEnd: null,
    hidden: c.hidden,
    admits: c.people,
  };
}

/** Seaty has no order status; the normalized one follows from the money. */
export function statusOf(o: OrderWire): Order['status'] {
  if (o.amount_refunded > 0) return o.amount_refunded < o.amount_paid ? 'partially_refunded' : 'refunded';
  return o.balance <= 0 ? 'paid' : 'pending';
}

/** A Seaty order as the client returns it: the normalized order, Seaty's `balance` as `amountDue`. */
export type SeatyOrderView = Order;

/** An order as lists and `orders.get` return it (`lines: null`: lists carry no tickets). */
export function toOrder(o: OrderWire, event: EventWire): SeatyOrderView {
  const c = currencyOf(event.currency_symbol);
  return {
    id: ids.order(o.id),
    provider: SEATY_PROVIDER,
    remoteId: String(o.id),
    createdAt: o.date,
    updatedAt: null,
    eventId: ids.event(event.id),
    eventDateId: ids.date(o.event_date_id),
    reference: o.order_guid,
    status: statusOf(o),
    statusRaw: null,
    buyer: { name: o.attendee_name, email: o.email, phone: null },
    total: pence(o.total, c),
    subtotal: pence(o.tickets_subtotal, c),
    discount: pence(o.discount_total, c),
    fees: null,
    tax: null,
    amountPaid: pence(o.amount_paid, c),
    amountRefunded: pence(o.amount_refunded, c),
    amountDue: pence(o.balance, c),
    ticketCount: o.ticket_count,
    lines: null,
    testMode: null,
  };
}

/** A contact as `client.contacts.list()` returns it. */
export interface SeatyContactView {
  /** The email (Seaty has no person id), as the client's `SeatyContact.id`. */
  id: string;
  /** Always `'seaty'`. */
  provider: 'seaty';
  /** The email again: Seaty keys people by email. */
  remoteId: string;
  /** The person's email (lowercased by Seaty). */
  email: string;
  /** The name on their latest order, or `null`. */
  name: string | null;
  /** Orders placed across the organisation's events. */
  orderCount: number | null;
  /** Marketing consent; `null` when Seaty does not say. */
  allowMarketing: boolean | null;
  /** The linked organisation member's email, or `null`. */
  memberEmail: string | null;
  /** Always `null`: Seaty does not say when a person first ordered. */
  createdAt: null;
  /** Always `null`: Seaty does not say. */
  updatedAt: null;
}

export function toContact(a: AttendeeWire): SeatyContactView {
  return {
    id: a.email,
    provider: SEATY_PROVIDER,
    remoteId: a.email,
    email: a.email,
    name: a.attendee_name,
    orderCount: a.order_count,
    allowMarketing: a.allow_marketing,
    memberEmail: a.member_email,
    createdAt: null,
    updatedAt: null,
  };
}
