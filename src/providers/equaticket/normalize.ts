/**
 * Equaticket wire objects → the normalized model (the mapping is in docs/vendors/equaticket.md, "What maps to
 * what"). These run on every item of a listing, so the common path is plain code: status tables are `Map`s (no
 * prototype keys, no per-item object), money is built once per currency lookup, ids are composed through a memo
 * of the page, and no closure is made per item.
 */
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Order, OrderLine, OrderStatus, TicketType } from '../../core/model.js';
import { normalizeCurrency, type Money } from '../../core/money.js';
import { withRaw, type NormalizeContext } from '../../core/normalize.js';
import { toUtcInstant } from '../../core/time.js';
import { composeId } from '../../internal/ids.js';
import type { EqAttendee, EqEvent, EqId, EqOrder, EqTicketType } from './schemas.js';

export interface EqNormalizeContext extends NormalizeContext {
  /** `livemode` of the envelope the object came in, when known. */
  livemode: boolean | null;
  /** The ticket type ids composed for this call (one page, one object). */
  ticketTypeIds: TicketTypeIds;
}

/**
 * Normalized ticket type ids (`<eventId>:<ticketTypeId>`, each part encoded) for one page: the orders and tickets
 * of a page mostly share one event and a few types, so the last id composed is kept and reused.
 */
export class TicketTypeIds {
  private event = '';
  private type = '';
  private id = '';

  of(eventRemoteId: string, ticketTypeRemoteId: string): string {
    if (eventRemoteId !== this.event || ticketTypeRemoteId !== this.type || this.id === '') {
      this.event = eventRemoteId;
      this.type = ticketTypeRemoteId;
      this.id = equaticketIds.ticketType(eventRemoteId, ticketTypeRemoteId);
    }
    return this.id;
  }
}

/** A wire id as text: Equaticket may send a number (see `EqId`). */
export function idText(value: EqId): string {
  return typeof value === 'string' ? value : String(value);
}

/** A wire id that may be missing, as text or `null`. */
function idOrNull(value: EqId | null | undefined): string | null {
  return value === null || value === undefined ? null : idText(value);
}

/** The value of the two digits at `at`, or a negative number when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `text` is an existing instant written `YYYY-MM-DDTHH:MM:SSZ` (checked by character codes). */
function isCanonicalUtc(text: string): boolean {
  if (text.length !== 20 || text.charCodeAt(19) !== 90 /* Z */ || text.charCodeAt(10) !== 84 /* T */) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return false;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= daysInMonth(century * 100 + yearOfCentury, month);
}

/**
 * `toUtcInstant` (src/core/time.ts) with a regex-free fast path for the form Equaticket's timestamps take,
 * `YYYY-MM-DDTHH:MM:SSZ`, which is already the normalized form: two of them per item of every listing. Anything else
 * (an offset, fractions, garbage) goes to `toUtcInstant`, so the result is always the same as its.
 */
export function utcInstant(value: string | null | undefined): string | null {
  if (typeof value === 'string' && isCanonicalUtc(value)) return value;
  return toUtcInstant(value);
}

/**
 * Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): event status values; only the publish/cancel actions
 * are documented.
 */
const EVENT_STATUS = new Map<string, EventStatus>([
  ['draft', 'draft'],
  ['published', 'scheduled'],
  ['live', 'scheduled'],
  ['scheduled', 'scheduled'],
  ['started', 'started'],
  ['ended', 'ended'],
  ['completed', 'ended'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
]);

/**
 * `confirmed`, `refunded`, `partially_refunded` documented; the rest guesses (docs/vendors/equaticket.md, "Guesses of
 * the adapter").
 */
const ORDER_STATUS = new Map<string, OrderStatus>([
  ['confirmed', 'paid'],
  ['paid', 'paid'],
  ['refunded', 'refunded'],
  ['partially_refunded', 'partially_refunded'],
  ['pending', 'pending'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['expired', 'expired'],
]);

/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): ticket status values `valid`, `refunded`, `voided`. */
const ATTENDEE_STATUS = new Map<string, AttendeeStatus>([
  ['valid', 'attending'],
  ['active', 'attending'],
  ['confirmed', 'attending'],
  ['checked_in', 'attending'],
  ['refunded', 'refunded'],
  ['voided', 'cancelled'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
]);

/** A wire status through its table (as sent, else lowercased); an unknown value is `unknown` (kept as `statusRaw`). */
function statusIn<S extends string>(raw: string | null, table: ReadonlyMap<string, S>): S | 'unknown' {
  if (raw === null) return 'unknown';
  return table.get(raw) ?? table.get(raw.toLowerCase()) ?? 'unknown';
}

/**
 * Integer minor units in a currency already looked up (`normalizeCurrency`): `null` when the amount is missing; when
 * the currency is unknown, `null` and a warning naming the object.
 */
function moneyIn(amount: number | null | undefined, currency: string | null, rawCurrency: unknown, ctx: NormalizeContext, kind: string, remoteId: string): Money | null {
  if (amount === null || amount === undefined) return null;
  if (currency === null) {
    ctx.warn(`unknown currency ${JSON.stringify(rawCurrency ?? null)} on ${kind} ${remoteId}: amount left null`);
    return null;
  }
  return Number.isSafeInteger(amount) ? { amount, currency } : null;
}

/**
 * How Equaticket's ids become normalized ids (to turn an id from a webhook or `client.native` into one `get` takes).
 */
export const equaticketIds = {
  /** An event's normalized id: its Equaticket id. */
  event: (eventRemoteId: string) => eventRemoteId,
  /** Equaticket has one date per event: the date's id is the event's. */
  eventDate: (eventRemoteId: string) => eventRemoteId,
  /** A ticket type's normalized id, from its event's and its own Equaticket ids. */
  ticketType: (eventRemoteId: string, ticketTypeRemoteId: string) => composeId(eventRemoteId, ticketTypeRemoteId),
  /** An order's normalized id: its Equaticket id. */
  order: (orderRemoteId: string) => orderRemoteId,
  /** An attendee's normalized id: its ticket's Equaticket id. */
  attendee: (ticketRemoteId: string) => ticketRemoteId,
};

export function normalizeEvent(e: EqEvent, ctx: NormalizeContext): Event {
  const remoteId = idText(e.id);
  const statusRaw = e.status ?? null;
  const status = statusIn(statusRaw, EVENT_STATUS);
  return withRaw<Event>(
    {
      id: equaticketIds.event(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: utcInstant(e.created_at),
      updatedAt: utcInstant(e.updated_at),
      name: e.title ?? null,
      description: e.description ?? null,
      slug: e.slug ?? null,
      url: null,
      status,
      statusRaw,
      timezone: e.timezone ?? null,
      start: utcInstant(e.starts_at),
      end: utcInstant(e.ends_at),
      currency: normalizeCurrency(e.currency),
      isOnline: null,
      venue: null,
      visibility: status === 'scheduled' ? 'public' : null,
      capacity: null,
      ticketingEnabled: null,
    },
    e,
    ctx,
  );
}

/** Equaticket events have one date: the event's own start, under the event's id. */
export function synthesizeEventDate(e: EqEvent, ctx: NormalizeContext): EventDate {
  const remoteId = idText(e.id);
  return withRaw<EventDate>(
    {
      id: equaticketIds.eventDate(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: utcInstant(e.created_at),
      updatedAt: utcInstant(e.updated_at),
      eventId: equaticketIds.event(remoteId),
      name: null,
      start: utcInstant(e.starts_at),
      end: utcInstant(e.ends_at),
      soldOut: null,
      salesSuspended: null,
    },
    e,
    ctx,
  );
}

export function normalizeTicketType(t: EqTicketType, eventRemoteId: string, ctx: EqNormalizeContext): TicketType {
  const remoteId = idText(t.id);
  const eventId = idOrNull(t.event_id) ?? eventRemoteId;
  return withRaw<TicketType>(
    {
      id: ctx.ticketTypeIds.of(eventId, remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: utcInstant(t.created_at),
      updatedAt: utcInstant(t.updated_at),
      eventId: equaticketIds.event(eventId),
      name: t.name ?? null,
      description: t.description ?? null,
      price: moneyIn(t.price, normalizeCurrency(t.currency), t.currency, ctx, 'ticket type', remoteId),
      fee: null,
      isFree: typeof t.price === 'number' ? t.price === 0 : null,
      quantityTotal: t.quantity_total ?? null,
      quantitySold: t.quantity_sold ?? null,
      minPerOrder: null,
      maxPerOrder: null,
      salesStart: null,
      salesEnd: null,
      hidden: null,
      admits: 1,
    },
    t,
    ctx,
  );
}

type EqOrderLine = NonNullable<EqOrder['tickets']>[number];

/** An order's lines (`tickets`), in one loop; the unit prices are in the order's currency. */
function orderLines(o: EqOrder, wireLines: EqOrderLine[], eventRemoteId: string | null, currency: string | null, remoteId: string, ctx: EqNormalizeContext): OrderLine[] {
  const lines = new Array<OrderLine>(wireLines.length);
  for (let i = 0; i < wireLines.length; i++) {
    const line = wireLines[i]!;
    const typeId = line.ticket_type_id;
    lines[i] = {
      ticketTypeId: typeId !== null && typeId !== undefined && typeId !== '' && eventRemoteId !== null ? ctx.ticketTypeIds.of(eventRemoteId, idText(typeId)) : null,
      name: line.ticket_type_name ?? line.name ?? null,
      quantity: line.quantity ?? 1,
      unitPrice: moneyIn(line.price, currency, o.currency, ctx, 'order', remoteId),
    };
  }
  return lines;
}

function ticketCountOf(o: EqOrder, lines: OrderLine[] | null): number | null {
  if (o.ticket_count !== null && o.ticket_count !== undefined) return o.ticket_count;
  if (lines === null) return null;
  let count = 0;
  for (let i = 0; i < lines.length; i++) count += lines[i]!.quantity;
  return count;
}

export function normalizeOrder(o: EqOrder, ctx: EqNormalizeContext): Order {
  // The schema refuses an order with neither id (docs/vendors/equaticket.md, "Guesses of the adapter").
  const remoteId = idText((o.id ?? o.order_id)!);
  const statusRaw = o.status ?? null;
  const eventRemoteId = idOrNull(o.event_id);
  const currency = normalizeCurrency(o.currency);
  const lines = o.tickets ? orderLines(o, o.tickets, eventRemoteId, currency, remoteId, ctx) : null;
  return withRaw<Order>(
    {
      id: equaticketIds.order(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: utcInstant(o.created_at),
      updatedAt: utcInstant(o.updated_at),
      eventId: eventRemoteId === null ? null : equaticketIds.event(eventRemoteId),
      eventDateId: eventRemoteId === null ? null : equaticketIds.eventDate(eventRemoteId),
      reference: o.order_number ?? null,
      status: statusIn(statusRaw, ORDER_STATUS),
      statusRaw,
      buyer: { name: o.buyer_name ?? null, email: o.buyer_email ?? null, phone: o.buyer_phone ?? null },
      total: moneyIn(o.total_amount, currency, o.currency, ctx, 'order', remoteId),
      subtotal: null,
      discount: null,
      fees: null,
      tax: null,
      amountPaid: null,
      amountRefunded: null,
      amountDue: null,
      ticketCount: ticketCountOf(o, lines),
      lines,
      testMode: typeof o.is_test_data === 'boolean' ? o.is_test_data : ctx.livemode === null ? null : !ctx.livemode,
    },
    o,
    ctx,
  );
}

export function normalizeAttendee(a: EqAttendee, ctx: EqNormalizeContext): Attendee {
  // The schema refuses a ticket with neither id (docs/vendors/equaticket.md, "Guesses of the adapter").
  const remoteId = idText((a.id ?? a.ticket_id)!);
  const statusRaw = a.status ?? null;
  const eventRemoteId = idOrNull(a.event_id);
  const orderId = a.order_id === null || a.order_id === undefined || a.order_id === '' ? null : idText(a.order_id);
  const typeId = a.ticket_type_id;
  return withRaw<Attendee>(
    {
      id: equaticketIds.attendee(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: utcInstant(a.created_at),
      updatedAt: utcInstant(a.updated_at),
      eventId: eventRemoteId === null ? null : equaticketIds.event(eventRemoteId),
      orderId: orderId === null ? null : equaticketIds.order(orderId),
      ticketTypeId: typeId !== null && typeId !== undefined && eventRemoteId !== null ? ctx.ticketTypeIds.of(eventRemoteId, idText(typeId)) : null,
      // Equaticket documents only the buyer's name on a ticket (docs/vendors/equaticket.md, "What maps to what").
      name: a.name ?? a.buyer_name ?? null,
      email: a.email ?? a.buyer_email ?? null,
      phone: null,
      company: null,
      jobTitle: null,
      status: statusIn(statusRaw, ATTENDEE_STATUS),
      statusRaw,
      checkedIn: a.checked_in ?? null,
      barcode: a.ticket_code ?? null,
    },
    a,
    ctx,
  );
}
