/**
 * Event Schedule wire objects → the normalized model (docs/vendors/event-schedule.md, "Events" and
 * "Sales (orders) and attendees"). Money is decimal major units converted through strings; `starts_at` is UTC without
 * a suffix; the currency lives on the event only.
 */
import type {
  Attendee,
  AttendeeStatus,
  Event,
  EventDate,
  Order,
  OrderLine,
  OrderStatus,
  TicketType,
  Venue,
} from '../../core/model.js';
import { currencyExponent, normalizeCurrency, type Money } from '../../core/money.js';
import { mapStatus, nil, withRaw, type NormalizeContext } from '../../core/normalize.js';
import { isoFromMs, toUtcInstant, utcFromNaive } from '../../core/time.js';
import type { EsEvent, EsSale, EsTicket } from './schemas.js';
import { instantOf, joinId, minorUnits, plainNaiveUtc } from './values.js';

const PROVIDER = 'event-schedule' as const;

/**
 * The normalized id scheme (read it, don't import it, from the emulator):
 * - event: the vendor's encoded event id (routes `GET /events/{id}` alone);
 * - event date: a single event's one date has the event's id; a recurring event's occurrence is
 *   `composeId(eventId, 'YYYY-MM-DD')` with the occurrence's local date (the sale's `event_date`);
 * - ticket type: `composeId(eventId, ticketId)` (tickets have no route of their own);
 * - order: the sale id; attendee: `composeId(saleId, n)`, n = 1.. over the sale's non-add-on ticket units.
 */
export const eventScheduleIds = {
  /** An event's normalized id: its Event Schedule id. */
  event: (eventRemoteId: string) => eventRemoteId,
  /**
   * An occurrence's normalized id: the event id, plus the local date (`YYYY-MM-DD`) for a recurring event's
   * occurrence.
   */
  eventDate: (eventRemoteId: string, localDate: string | null) => (localDate === null ? eventRemoteId : joinId(eventRemoteId, localDate)),
  /** A ticket type's normalized id, from its event's and its own ids. */
  ticketType: (eventRemoteId: string, ticketRemoteId: string) => joinId(eventRemoteId, ticketRemoteId),
  /** An order's normalized id: its sale id. */
  order: (saleRemoteId: string) => saleRemoteId,
  /** An attendee's normalized id: its sale id and its unit number (1, 2, ...) among the sale's tickets. */
  attendee: (saleRemoteId: string, unit: number) => joinId(saleRemoteId, unit),
};

const ORDER_STATUS: Record<string, OrderStatus> = {
  unpaid: 'pending',
  paid: 'paid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'expired',
  // `amount_mismatch` (payment webhook check) is deliberately unmapped: 'unknown' with statusRaw.
};

/** Normalized order status → the `status` filter of `GET /sales`. */
export const ORDER_STATUS_FILTER: Partial<Record<OrderStatus, 'unpaid' | 'paid' | 'cancelled' | 'refunded' | 'expired'>> = {
  pending: 'unpaid',
  paid: 'paid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'expired',
};

const ATTENDEE_STATUS: Record<string, AttendeeStatus> = {
  paid: 'attending',
  unpaid: 'unpaid',
  cancelled: 'cancelled',
  refunded: 'refunded',
  expired: 'cancelled',
};

/** Status mappings already made, per vendor status (a listing's sales share a handful of statuses). */
const ORDER_STATUS_SEEN = new Map<string, { status: OrderStatus; statusRaw: string | null }>();
const ATTENDEE_STATUS_SEEN = new Map<string, { status: AttendeeStatus; statusRaw: string | null }>();

/** `mapStatus` of a vendor status, remembered (a few known texts; an odd one is mapped each time). */
function statusOf<S extends string>(raw: string | null | undefined, table: Record<string, S>, seen: Map<string, { status: S; statusRaw: string | null }>) {
  if (typeof raw === 'string') {
    const known = seen.get(raw);
    if (known !== undefined) return known;
    const mapped = mapStatus(raw, table, 'unknown' as S);
    if (Object.prototype.hasOwnProperty.call(table, raw)) seen.set(raw, mapped);
    return mapped;
  }
  return mapStatus(raw, table, 'unknown' as S);
}

// ---- time ("Events") ----

/** A UTC instant (`Z` or an offset) as Event Schedule's UTC wall clock `Y-m-d H:i:s`. */
export function toEsDateTime(instant: string): string | null {
  const utc = toUtcInstant(instant);
  if (utc === null) return null;
  return new Date(utc).toISOString().slice(0, 19).replace('T', ' ');
}

/** A vendor timestamp: ISO with an offset, or a naive `Y-m-d H:i:s` the vendor documents as UTC. */
const instant = instantOf;

const WALL_CLOCK_START = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;

/** `starts_at` (UTC `Y-m-d H:i:s`, "Events") as an instant; a legacy date-only value has no instant. */
export function startOf(e: Pick<EsEvent, 'starts_at'>): string | null {
  const value = e.starts_at;
  if (typeof value !== 'string') return null;
  // The common form first (no regex); the general check for anything else.
  const plain = plainNaiveUtc(value);
  if (plain !== null) return plain;
  if (!WALL_CLOCK_START.test(value.trim())) return null;
  return utcFromNaive(value);
}

function durationMs(duration: string | number | null | undefined): number | null {
  if (duration === null || duration === undefined || duration === '') return null;
  const hours = Number(duration);
  if (!Number.isFinite(hours) || hours <= 0) return null;
  return Math.round(hours * 3_600_000);
}

function plusDuration(start: string | null, duration: string | number | null | undefined): string | null {
  const ms = durationMs(duration);
  if (start === null || ms === null) return null;
  return isoFromMs(Date.parse(start) + ms);
}

/** True for a name `Intl` accepts as an IANA time zone. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, tz: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(instantIso: string, tz: string): string {
  const w = wallClock(Date.parse(instantIso), tz);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The UTC instant of a local wall-clock time in a zone (DST-aware; a skipped hour resolves forward). */
export function zonedWallToUtc(date: string, hour: number, minute: number, second: number, tz: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const target = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute, second);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(guess, tz);
    const seen = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    const diff = target - seen;
    if (diff === 0) break;
    guess += diff;
  }
  return isoFromMs(guess);
}

// ---- money ("Sales (orders) and attendees") ----

/** An event's currency as its records' money needs it: the ISO code and its minor-unit digits, read once per event. */
export interface EsCurrency {
  code: string;
  exponent: number;
}

/** The currency of an event (`ticket_currency_code`), or `null` when it has none we know. */
export function currencyOf(e: Pick<EsEvent, 'ticket_currency_code'> | null): EsCurrency | null {
  const code = eventCurrency(e);
  const exponent = code === null ? null : currencyExponent(code);
  return code === null || exponent === null ? null : { code, exponent };
}

function isAbsent(amount: string | number | null | undefined): amount is null | undefined | '' {
  return amount === null || amount === undefined || amount === '';
}

/**
 * Decimal major units as `Money` of the event's currency, or `null` (with a warning naming `kind` and `id`, the
 * record it is on: the text is only built when there is something to say).
 */
function decimalMoney(amount: string | number | null | undefined, currency: EsCurrency | null, ctx: NormalizeContext, kind: string, id: string): Money | null {
  if (isAbsent(amount)) return null;
  if (currency === null) {
    ctx.warn(`no known currency for ${kind} ${id} (the event's ticket_currency_code): amount left null`);
    return null;
  }
  const minor = minorUnits(amount, currency.code, currency.exponent, ctx.warn);
  if (minor === null) {
    ctx.warn(`unreadable amount ${JSON.stringify(amount)} on ${kind} ${id}: left null`);
    return null;
  }
  return { amount: minor, currency: currency.code };
}

/** The sum of two optional amounts (a sale's discounts): `null` when neither is given or one cannot be read. */
function sumOfTwo(
  a: string | number | null | undefined,
  b: string | number | null | undefined,
  currency: EsCurrency | null,
  ctx: NormalizeContext,
  saleId: string,
): Money | null {
  if (isAbsent(a)) return decimalMoney(b, currency, ctx, 'sale', saleId);
  const first = decimalMoney(a, currency, ctx, 'sale', saleId);
  if (first === null || isAbsent(b)) return first;
  const second = decimalMoney(b, currency, ctx, 'sale', saleId);
  return second === null ? null : { amount: first.amount + second.amount, currency: first.currency };
}

/** The event's currency (`ticket_currency_code`), uppercase, or `null`. */
export function eventCurrency(e: Pick<EsEvent, 'ticket_currency_code'> | null): string | null {
  return normalizeCurrency(e?.ticket_currency_code ?? null);
}

function isRecurring(e: Pick<EsEvent, 'schedule_type'>): boolean {
  return e.schedule_type === 'recurring';
}

// ---- events ----

/**
 * The schedule whose time zone applies to an event: the creator schedule, which the API does not name. We take
 * `preferred` (the client's configured schedule) when the event is on it, else the only schedule it is on,
 * else none (ambiguous).
 */
export function timezoneSubdomain(e: Pick<EsEvent, 'schedules'>, preferred: string | null | undefined): string | null {
  const schedules = e.schedules ?? [];
  let only: string | null = null;
  let count = 0;
  for (let i = 0; i < schedules.length; i++) {
    const subdomain = schedules[i]!.subdomain;
    if (typeof subdomain !== 'string' || subdomain === '') continue;
    if (preferred && subdomain === preferred) return preferred;
    only = subdomain;
    count++;
  }
  return count === 1 ? only : null;
}

function venueOf(e: EsEvent): Venue | null {
  const remoteId = nil(e.venue_id);
  const name = nil(e.venue_name);
  const address = nil(e.venue_address1);
  return remoteId === null && name === null && address === null ? null : { remoteId, name, address };
}

export function normalizeEvent(e: EsEvent, timezone: string | null, ctx: NormalizeContext): Event {
  const draft = e.is_draft;
  const start = startOf(e);
  return withRaw<Event>(
    {
      id: eventScheduleIds.event(e.id),
      provider: PROVIDER,
      remoteId: e.id,
      createdAt: instant(e.created_at),
      updatedAt: instant(e.updated_at),
      name: nil(e.name),
      description: nil(e.description),
      slug: null,
      url: e.url ? e.url : null,
      // Event Schedule has no status field: `is_draft` is the whole lifecycle (delete is the only other end).
      status: draft === true ? 'draft' : draft === false ? 'scheduled' : 'unknown',
      statusRaw: null,
      timezone,
      start,
      end: plusDuration(start, e.duration),
      currency: eventCurrency(e),
      isOnline: null,
      venue: venueOf(e),
      visibility: e.is_internal ? 'private' : e.is_private ? 'unlisted' : 'public',
      capacity: e.rsvp_enabled && typeof e.rsvp_limit === 'number' ? e.rsvp_limit : null,
      ticketingEnabled: nil(e.tickets_enabled),
    },
    e,
    ctx,
  );
}

// ---- event dates ----

/** The one date of a single event (id = the event's id). */
export function singleEventDate(e: EsEvent, ctx: NormalizeContext): EventDate {
  const start = startOf(e);
  return withRaw<EventDate>(
    {
      id: eventScheduleIds.eventDate(e.id, null),
      provider: PROVIDER,
      remoteId: e.id,
      createdAt: instant(e.created_at),
      updatedAt: instant(e.updated_at),
      eventId: eventScheduleIds.event(e.id),
      name: null,
      start,
      end: plusDuration(start, e.duration),
      soldOut: null,
      salesSuspended: null,
    },
    e,
    ctx,
  );
}

/**
 * One occurrence of a recurring event on a local date. Occurrences keep the first occurrence's local time of
 * day in the schedule's zone, so their UTC instants move with DST; with no known zone, `start`/`end` are `null`.
 */
export function occurrenceEventDate(e: EsEvent, localDate: string, timezone: string | null, ctx: NormalizeContext): EventDate {
  const first = startOf(e);
  let start: string | null = null;
  if (first !== null && timezone !== null) {
    const w = wallClock(Date.parse(first), timezone);
    start = zonedWallToUtc(localDate, w.hour, w.minute, w.second, timezone);
  }
  const id = eventScheduleIds.eventDate(e.id, localDate);
  return withRaw<EventDate>(
    {
      id,
      provider: PROVIDER,
      remoteId: id,
      createdAt: instant(e.created_at),
      updatedAt: instant(e.updated_at),
      eventId: eventScheduleIds.event(e.id),
      name: null,
      start,
      end: plusDuration(start, e.duration),
      soldOut: null,
      salesSuspended: null,
    },
    e,
    ctx,
  );
}

// ---- ticket types ----

export function normalizeTicketType(t: EsTicket, event: EsEvent, ctx: NormalizeContext): TicketType {
  const currency = currencyOf(event);
  // `null` or 0 means free ("Sales (orders) and attendees").
  const priceValue = t.price === null || t.price === undefined || t.price === '' ? 0 : t.price;
  const price = decimalMoney(priceValue, currency, ctx, 'ticket type', t.id);
  const numeric = Number(priceValue);
  return withRaw<TicketType>(
    {
      id: eventScheduleIds.ticketType(event.id, t.id),
      provider: PROVIDER,
      remoteId: t.id,
      createdAt: null,
      updatedAt: null,
      eventId: eventScheduleIds.event(event.id),
      name: nil(t.type),
      description: nil(t.description),
      price,
      fee: null,
      isFree: Number.isFinite(numeric) ? numeric === 0 : null,
      // `0` or `null` is unlimited (only `> 0` is a cap).
      quantityTotal: typeof t.quantity === 'number' && t.quantity > 0 ? t.quantity : null,
      quantitySold: null,
      minPerOrder: null,
      maxPerOrder: null,
      salesStart: instant(t.sales_start_at),
      salesEnd: instant(t.sales_end_at),
      hidden: null,
      admits: t.is_pass && typeof t.pass_admits_per_event === 'number' && t.pass_admits_per_event >= 1 ? t.pass_admits_per_event : 1,
    },
    t,
    ctx,
  );
}

// ---- orders (sales) ----

/**
 * What the orders of one event need from it, worked out once per event (a listing's sales share it): the event (or
 * `null` when it could not be read), its currency, its date id, and the normalized ticket type ids.
 */
export interface SaleEventFacts {
  event: EsEvent | null;
  currency: EsCurrency | null;
  /** The date id of every sale of a single event; `null` for a recurring or unknown event. */
  singleDateId: string | null;
  recurring: boolean;
  /** Normalized ticket type ids by ticket id (composed once per ticket). */
  ticketTypeIds: Map<string, string>;
}

export function saleEventFacts(event: EsEvent | null): SaleEventFacts {
  const recurring = event !== null && isRecurring(event);
  return {
    event,
    currency: currencyOf(event),
    singleDateId: event === null || recurring ? null : eventScheduleIds.eventDate(event.id, null),
    recurring,
    ticketTypeIds: new Map(),
  };
}

function ticketTypeIdOf(facts: SaleEventFacts, eventId: string, ticketId: string): string {
  let id = facts.ticketTypeIds.get(ticketId);
  if (id === undefined) {
    id = eventScheduleIds.ticketType(eventId, ticketId);
    facts.ticketTypeIds.set(ticketId, id);
  }
  return id;
}

function saleDateId(facts: SaleEventFacts, eventDate: string | null | undefined): string | null {
  if (!facts.recurring) return facts.singleDateId;
  return typeof eventDate === 'string' && eventDate !== '' ? eventScheduleIds.eventDate(facts.event!.id, eventDate) : null;
}

/** The order lines of a sale (its ticket lines, not add-ons) and the units they add up to. */
function orderLines(s: EsSale, facts: SaleEventFacts, ctx: NormalizeContext): OrderLine[] {
  const tickets = s.tickets ?? [];
  const lines: OrderLine[] = [];
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    if (t.is_addon === true) continue;
    lines.push({
      ticketTypeId: t.ticket_id ? ticketTypeIdOf(facts, s.event_id, t.ticket_id) : null,
      name: nil(t.type),
      quantity: t.quantity,
      // The ticket type's current price, not necessarily what was paid ("Sales (orders) and attendees").
      unitPrice: decimalMoney(t.price, facts.currency, ctx, 'sale', s.id),
    });
  }
  return lines;
}

function unitsOf(lines: OrderLine[]): number {
  let units = 0;
  for (let i = 0; i < lines.length; i++) units += lines[i]!.quantity;
  return units;
}

/**
 * What the buyer still owes on a sale, from its status (Event Schedule has no balance field; docs/vendors/event-schedule.md,
 * What maps to what): the total while `unpaid`, nothing on a sale that will not be paid (`cancelled`, `expired`), and
 * `null` otherwise: a `paid` sale may be an instalment plan marked paid at its first payment, so what is left is not known.
 */
export function saleAmountDue(status: string | null | undefined, total: Money | null): Money | null {
  if (total === null) return null;
  if (status === 'unpaid') return total;
  if (status === 'cancelled' || status === 'expired') return { amount: 0, currency: total.currency };
  return null;
}

export function normalizeOrder(s: EsSale, facts: SaleEventFacts, ctx: NormalizeContext): Order {
  const currency = facts.currency;
  const { status, statusRaw } = statusOf(s.status, ORDER_STATUS, ORDER_STATUS_SEEN);
  const lines = orderLines(s, facts, ctx);
  const createdAt = instant(s.created_at);
  const total = decimalMoney(s.payment_amount, currency, ctx, 'sale', s.id);
  return withRaw<Order>(
    {
      id: eventScheduleIds.order(s.id),
      provider: PROVIDER,
      remoteId: s.id,
      createdAt,
      updatedAt: s.updated_at === s.created_at ? createdAt : instant(s.updated_at),
      eventId: eventScheduleIds.event(s.event_id),
      eventDateId: saleDateId(facts, s.event_date),
      reference: null,
      status,
      statusRaw,
      buyer: { name: nil(s.name), email: nil(s.email), phone: nil(s.phone) },
      total,
      subtotal: null,
      discount: sumOfTwo(s.discount_amount, s.volume_discount_amount, currency, ctx, s.id),
      fees: null,
      tax: null,
      amountPaid: null,
      amountRefunded: null,
      amountDue: saleAmountDue(s.status, total),
      ticketCount: typeof s.total_quantity === 'number' ? s.total_quantity : unitsOf(lines),
      lines,
      testMode: null,
    },
    s,
    ctx,
  );
}

// ---- attendees (one per ticket unit of a sale) ----

/**
 * Event Schedule has no attendee records: each non-add-on ticket unit of a sale is one attendee, carrying the
 * buyer's details (the API has no per-ticket names, check-in state or barcodes). Appended to `out` (a page's items).
 */
export function saleAttendees(s: EsSale, ctx: NormalizeContext, out: Attendee[] = []): Attendee[] {
  const { status, statusRaw } = statusOf(s.status, ATTENDEE_STATUS, ATTENDEE_STATUS_SEEN);
  const tickets = s.tickets ?? [];
  const createdAt = instant(s.created_at);
  const updatedAt = s.updated_at === s.created_at ? createdAt : instant(s.updated_at);
  const eventId = eventScheduleIds.event(s.event_id);
  const orderId = eventScheduleIds.order(s.id);
  let unit = 0;
  for (let line = 0; line < tickets.length; line++) {
    const t = tickets[line]!;
    if (t.is_addon === true) continue;
    const ticketTypeId = t.ticket_id ? eventScheduleIds.ticketType(s.event_id, t.ticket_id) : null;
    for (let i = 0; i < t.quantity; i++) {
      unit += 1;
      const id = eventScheduleIds.attendee(s.id, unit);
      const attendee: Attendee = {
        id,
        provider: PROVIDER,
        remoteId: id,
        createdAt,
        updatedAt,
        eventId,
        orderId,
        ticketTypeId,
        name: nil(s.name),
        email: nil(s.email),
        phone: nil(s.phone),
        company: null,
        jobTitle: null,
        status,
        statusRaw,
        checkedIn: null,
        barcode: null,
      };
      out.push(withRaw(attendee, s, ctx));
    }
  }
  return out;
}
