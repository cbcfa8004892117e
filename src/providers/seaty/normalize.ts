/**
 * Seaty wire objects → the normalized model (docs/vendors/seaty.md, "What maps to what", "Money" and "Time"). Money
 * is already integer pence; the currency comes only from the event's symbol. The order path is the hot one of a big
 * walk: no regex, closure or copy per order on the common path (a canonical UTC time is checked character by
 * character; warnings build their closures only when there is something to say).
 */
import type { Event, EventDate, EventStatus, Order, OrderLine, OrderStatus, TicketType } from '../../core/model.js';
import type { Money } from '../../core/money.js';
import { nil, withRaw, type NormalizeContext } from '../../core/normalize.js';
import { utcFromNaive } from '../../core/time.js';
import { composeId } from '../../internal/ids.js';
import type {
  SeatyAttendee,
  SeatyEvent,
  SeatyEventDate,
  SeatyOrder,
  SeatyOrderTicket,
  SeatyTicketCategory,
} from './schemas.js';

const PROVIDER = 'seaty' as const;

/**
 * The normalized id scheme. Events, dates and orders route `get` by their own Seaty id; a ticket category
 * can only be read through its event, so its id is `composeId(eventId, categoryId)`; a contact's natural key
 * is its email.
 */
export const seatyIds = {
  /** An event's normalized id: its Seaty id's digits. */
  event: (eventRemoteId: string | number) => idText(eventRemoteId),
  /** A date's normalized id: its Seaty id's digits. */
  eventDate: (dateRemoteId: string | number) => idText(dateRemoteId),
  /** A ticket category's normalized id, from its event's and its own ids. */
  ticketType: (eventRemoteId: string | number, categoryRemoteId: string | number) => composeId(idText(eventRemoteId), idText(categoryRemoteId)),
  /** An order's normalized id: its Seaty id's digits. */
  order: (orderRemoteId: string | number) => idText(orderRemoteId),
  /** A contact's normalized id: the email. */
  contact: (email: string) => email,
};

/**
 * A Seaty id as the normalized model writes it: the integer's digits. Seaty sends integers; the digits as a string are
 * tolerated on the wire (the schemas keep them as sent) and read as the same integer (`'0042'` is `'42'`).
 */
export function idText(id: string | number): string {
  return typeof id === 'number' ? String(id) : String(Number(id));
}

/**
 * Symbol → ISO-4217 (docs/vendors/seaty.md, "Money"). Seaty gives only the event's `currency_symbol`, and only `£`
 * names one currency: `$` could be USD, AUD, CAD, ...; any other symbol maps to `null` with a warning, never to a
 * guess.
 */
export const SEATY_CURRENCY_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({ '£': 'GBP' });

/**
 * GUESS (docs/vendors/seaty.md, Guesses): `time_zone_id`'s format is undocumented; it may be a Windows zone id (the
 * platform runs on Azure) or IANA. IANA names are passed through; these Windows ids are mapped; anything else
 * becomes `null` with a warning.
 */
export const SEATY_WINDOWS_TIME_ZONES_GUESS: Readonly<Record<string, string>> = Object.freeze({
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kyiv',
  'GTB Standard Time': 'Europe/Bucharest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
});

/** The public page of an event: `seaty.co.uk/<tag>` (Seaty's organiser guide to event details). */
export const SEATY_EVENT_URL_BASE = 'https://www.seaty.co.uk/';

export interface SeatyNormalizeContext extends NormalizeContext {
  /** The ISO currency of the event the object belongs to (from its `currency_symbol`), or `null`. */
  currency: string | null;
}

/** Where a data warning goes (the normalize context, or the client's warn-once), with the event it is about. */
type Warner = Pick<NormalizeContext, 'warn'>;

/** `currency_symbol` → ISO code, or `null` (and a warning about event `eventId`) for a missing or unknown symbol. */
export function currencyFromSymbol(symbol: string | null | undefined, warner: Warner, eventId: string): string | null {
  if (typeof symbol === 'string') {
    const code = Object.hasOwn(SEATY_CURRENCY_SYMBOLS, symbol) ? SEATY_CURRENCY_SYMBOLS[symbol] : undefined;
    if (code) return code;
  }
  warner.warn(
    `Seaty event ${eventId} has currency symbol ${JSON.stringify(symbol ?? null)}, which does not name one currency: money fields are left null.`,
    { event: eventId },
  );
  return null;
}

/** Whether a name is an IANA zone this runtime knows, remembered per name (building a formatter is slow). */
const ianaZones = new Map<string, boolean>();
function isIanaZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  let known = ianaZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (ianaZones.size < 1000) ianaZones.set(zone, known);
  }
  return known;
}

/** `time_zone_id` → IANA, or `null` (and a warning about event `eventId`) when it cannot be read. */
export function ianaTimeZone(zone: string | null | undefined, warner: Warner, eventId: string): string | null {
  if (typeof zone !== 'string' || zone.trim() === '') return null;
  const text = zone.trim();
  if (isIanaZone(text)) return text;
  // Own keys only: `constructor` is not a time zone.
  if (Object.hasOwn(SEATY_WINDOWS_TIME_ZONES_GUESS, text)) return SEATY_WINDOWS_TIME_ZONES_GUESS[text]!;
  warner.warn(`Seaty time_zone_id ${JSON.stringify(text)} is neither an IANA zone nor a known Windows zone id: timezone left null.`, {
    event: eventId,
  });
  return null;
}

/**
 * A Seaty date-time (documented: ISO 8601 in UTC) as UTC ISO with `Z`. The form Seaty sends, `YYYY-MM-DDTHH:MM:SSZ`,
 * is checked here character by character (the hot path of a big walk); anything else, a zone-less time included,
 * goes to `utcFromNaive`. `null` when it cannot be read.
 */
export function seatyInstant(value: string | null | undefined): string | null {
  if (typeof value === 'string' && value.length === 20 && isCanonicalUtc(value)) return value;
  return utcFromNaive(value);
}

/** `YYYY-MM-DDTHH:MM:SSZ` with a real calendar day and a real time of day. */
function isCanonicalUtc(v: string): boolean {
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58 || v.charCodeAt(19) !== 90) {
    return false;
  }
  const century = twoDigits(v, 0);
  const yy = twoDigits(v, 2);
  const month = twoDigits(v, 5);
  const day = twoDigits(v, 8);
  const hour = twoDigits(v, 11);
  const minute = twoDigits(v, 14);
  const second = twoDigits(v, 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  return day <= daysInMonth(century * 100 + yy, month);
}

/** The number written by the two ASCII digits at `at`, or -1 when either is not a digit. */
function twoDigits(v: string, at: number): number {
  const tens = v.charCodeAt(at) - 48;
  const units = v.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pence(amount: number | null | undefined, currency: string | null): Money | null {
  if (currency === null || typeof amount !== 'number' || !Number.isSafeInteger(amount)) return null;
  return { amount, currency };
}

/** Seaty has no event status: it is derived from `ticketing_enabled` (docs/vendors/seaty.md, What maps to what). */
function eventStatus(e: SeatyEvent): EventStatus {
  if (e.ticketing_enabled === true) return 'scheduled';
  if (e.ticketing_enabled === false) return 'draft';
  return 'unknown';
}

function visibility(e: SeatyEvent): Event['visibility'] {
  if (e.private === true) return 'private';
  if (e.unlisted === true) return 'unlisted';
  if (e.private === false && e.unlisted === false) return 'public';
  return null;
}

function ticketingEnabled(e: SeatyEvent): boolean | null {
  if (e.ticketing_enabled === false || e.buying_enabled === false) return false;
  if (e.ticketing_enabled === true && e.buying_enabled === true) return true;
  return null;
}

/** `https://www.seaty.co.uk/<tag>`, or `null` for no tag (or one that cannot be put in a URL). */
function eventUrl(tag: string | null): string | null {
  if (!tag) return null;
  try {
    return `${SEATY_EVENT_URL_BASE}${encodeURIComponent(tag)}`;
  } catch {
    return null;
  }
}

export function normalizeEvent(e: SeatyEvent, ctx: NormalizeContext): Event {
  const tag = nil(e.tag);
  const id = idText(e.id);
  return withRaw<Event>(
    {
      id,
      provider: PROVIDER,
      remoteId: id,
      createdAt: seatyInstant(e.date_created),
      updatedAt: null,
      name: nil(e.name),
      description: nil(e.description),
      slug: tag,
      url: eventUrl(tag),
      status: eventStatus(e),
      // Seaty has no status field: the status is derived, so there is no raw value.
      statusRaw: null,
      timezone: ianaTimeZone(e.time_zone_id, ctx, id),
      // Times live on the event's dates (eventDates.list); the event itself has none.
      start: null,
      end: null,
      currency: currencyFromSymbol(e.currency_symbol, ctx, id),
      isOnline: null,
      venue: e.venue_id === null || e.venue_id === undefined ? null : { remoteId: idText(e.venue_id), name: null, address: null },
      visibility: visibility(e),
      capacity: null,
      ticketingEnabled: ticketingEnabled(e),
    },
    e,
    ctx,
  );
}

export function normalizeEventDate(d: SeatyEventDate, eventRemoteId: string | number | null, ctx: NormalizeContext): EventDate {
  const eventId = d.event_id ?? eventRemoteId;
  const id = idText(d.id);
  return withRaw<EventDate>(
    {
      id,
      provider: PROVIDER,
      remoteId: id,
      createdAt: null,
      updatedAt: null,
      eventId: eventId === null || eventId === undefined ? '' : seatyIds.event(eventId),
      name: nil(d.name),
      start: seatyInstant(d.date),
      end: seatyInstant(d.end_date),
      soldOut: nil(d.sold_out),
      salesSuspended: nil(d.suspend),
    },
    d,
    ctx,
  );
}

export function normalizeTicketCategory(c: SeatyTicketCategory, eventRemoteId: string | number, ctx: SeatyNormalizeContext): TicketType {
  const price = pence(c.price, ctx.currency);
  return withRaw<TicketType>(
    {
      id: seatyIds.ticketType(eventRemoteId, c.id),
      provider: PROVIDER,
      remoteId: idText(c.id),
      createdAt: null,
      updatedAt: null,
      eventId: seatyIds.event(eventRemoteId),
      name: nil(c.name),
      description: nil(c.description),
      price,
      fee: null,
      isFree: typeof c.price === 'number' ? c.price === 0 : null,
      quantityTotal: null,
      quantitySold: null,
      minPerOrder: nil(c.minimum_per_order),
      maxPerOrder: nil(c.limit),
      salesStart: null,
      salesEnd: null,
      hidden: nil(c.hidden),
      admits: typeof c.people === 'number' && c.people >= 0 ? c.people : 1,
    },
    c,
    ctx,
  );
}

/**
 * Seaty has no order status: it is derived from the money (docs/vendors/seaty.md, What maps to what). `amount_paid` does not count
 * refunds; `balance = total − (amount_paid − amount_refunded)`.
 * - something refunded: `refunded` when the refunds reach what was paid, else `partially_refunded`;
 * - nothing refunded: `paid` when the balance is settled or overpaid (`<= 0`), `pending` while money is owed.
 */
export function orderStatus(o: Pick<SeatyOrder, 'total' | 'amount_paid' | 'amount_refunded' | 'balance'>): OrderStatus {
  const paid = o.amount_paid;
  const refunded = o.amount_refunded ?? 0;
  const balance =
    typeof o.balance === 'number'
      ? o.balance
      : typeof o.total === 'number' && typeof paid === 'number'
        ? o.total - (paid - refunded)
        : null;
  if (refunded > 0) return typeof paid === 'number' && refunded < paid ? 'partially_refunded' : 'refunded';
  if (balance === null) return 'unknown';
  return balance <= 0 ? 'paid' : 'pending';
}

/**
 * Seaty's `balance`, or (when a list item lacks it) `total − (amount_paid − amount_refunded)`; `null` when any part
 * is missing.
 */
function balanceOf(o: Pick<SeatyOrder, 'total' | 'amount_paid' | 'amount_refunded' | 'balance'>): number | null {
  if (typeof o.balance === 'number') return o.balance;
  if (typeof o.total === 'number' && typeof o.amount_paid === 'number' && typeof o.amount_refunded === 'number') {
    return o.total - (o.amount_paid - o.amount_refunded);
  }
  return null;
}

/**
 * An order. `eventId` is the normalized id of its event (the caller knows it from the listing, or `null`), the same
 * string for every order of a page.
 */
export function normalizeOrder(o: SeatyOrder, eventId: string | null, lines: OrderLine[] | null, ctx: SeatyNormalizeContext): Order {
  const c = ctx.currency;
  const id = idText(o.id);
  return withRaw<Order>(
    {
      id,
      provider: PROVIDER,
      remoteId: id,
      createdAt: seatyInstant(o.date),
      updatedAt: null,
      eventId,
      eventDateId: o.event_date_id === null || o.event_date_id === undefined ? null : idText(o.event_date_id),
      reference: nil(o.order_guid),
      status: orderStatus(o),
      statusRaw: null,
      buyer: { name: nil(o.attendee_name), email: nil(o.email), phone: null },
      total: pence(o.total, c),
      subtotal: pence(o.tickets_subtotal, c),
      discount: pence(o.discount_total, c),
      fees: null,
      tax: null,
      amountPaid: pence(o.amount_paid, c),
      amountRefunded: pence(o.amount_refunded, c),
      amountDue: pence(balanceOf(o), c),
      ticketCount: nil(o.ticket_count),
      lines,
      testMode: null,
    },
    o,
    ctx,
  );
}

/** A page of orders of one event (a loop, not a closure per page: the hot path of a big walk). */
export function normalizeOrders(orders: SeatyOrder[], eventId: string | null, ctx: SeatyNormalizeContext): Order[] {
  const out = new Array<Order>(orders.length);
  for (let i = 0; i < orders.length; i++) out[i] = normalizeOrder(orders[i]!, eventId, null, ctx);
  return out;
}

/**
 * Order lines from the order's tickets joined with the event's ticket categories on `ticket_category_id`
 * (the documented join): one line per category, in category order. The unit price is the category's
 * list price (a seated event may charge per seat area; the order's `total` is what was charged).
 */
export function linesFromTickets(
  tickets: SeatyOrderTicket[],
  categories: SeatyTicketCategory[],
  eventRemoteId: string | number,
  currency: string | null,
): OrderLine[] {
  const byCategory = new Map<string, { count: number; first: number }>();
  tickets.forEach((t, index) => {
    const key = t.ticket_category_id === null || t.ticket_category_id === undefined ? '' : idText(t.ticket_category_id);
    const entry = byCategory.get(key);
    if (entry) entry.count++;
    else byCategory.set(key, { count: 1, first: index });
  });
  const categoryById = new Map(categories.map((c) => [idText(c.id), c]));
  const order = (key: string) => {
    const c = categoryById.get(key);
    return c?.sort_index ?? Number.MAX_SAFE_INTEGER;
  };
  return [...byCategory.entries()]
    .sort(([a, ea], [b, eb]) => order(a) - order(b) || ea.first - eb.first)
    .map(([key, entry]) => {
      const category = categoryById.get(key);
      return {
        ticketTypeId: key === '' ? null : seatyIds.ticketType(eventRemoteId, key),
        name: category ? nil(category.name) : null,
        quantity: entry.count,
        unitPrice: category ? pence(category.price, currency) : null,
      };
    });
}

/** A Seaty contact: one distinct person who has ordered (`GET /v1/attendees`), keyed by email. */
export interface SeatyContact {
  /** The email (Seaty's natural key for a person; there is no id). */
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
  /** Marketing consent: only contacts with `true` may be synced to a mailing list. */
  allowMarketing: boolean | null;
  /** The linked member email when the person is an organisation member. */
  memberEmail: string | null;
  /** Always `null`: Seaty does not say when a person first ordered. */
  createdAt: null;
  /** Always `null`: Seaty does not say. */
  updatedAt: null;
  /** The vendor payload, present only when the call asked for `{ raw: true }`. */
  raw?: unknown;
}

export function normalizeContact(a: SeatyAttendee, ctx: NormalizeContext): SeatyContact {
  return withRaw<SeatyContact>(
    {
      id: seatyIds.contact(a.email),
      provider: PROVIDER,
      remoteId: a.email,
      email: a.email,
      name: nil(a.attendee_name),
      orderCount: nil(a.order_count),
      allowMarketing: nil(a.allow_marketing),
      memberEmail: nil(a.member_email),
      createdAt: null,
      updatedAt: null,
    },
    a,
    ctx,
  );
}
