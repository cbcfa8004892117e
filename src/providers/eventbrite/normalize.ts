/**
 * Eventbrite wire objects → the normalized model (docs/vendors/eventbrite.md, What maps to what).
 * Money comes from `value` + `currency` only (never `display` or `major_value`).
 *
 * The normalizers read objects as Eventbrite sends them (`Eb…Sent`: a field may be missing, an id may be a number)
 * and so also what the native layer returns (nulls filled in, ids strings). They run once per item of big listings:
 * no regex, closure or intermediate array on the common path.
 */
import type {
  Attendee,
  AttendeeStatus,
  Event,
  EventDate,
  EventStatus,
  Order,
  OrderLine,
  OrderStatus,
  TicketType,
  Venue,
} from '../../core/model.js';
import type { Money } from '../../core/money.js';
import { normalizeCurrency } from '../../core/money.js';
import { mapStatus, withRaw, type NormalizeContext } from '../../core/normalize.js';
import { toUtcInstant } from '../../core/time.js';
import { InputProblem } from '../../core/input.js';
import { composeId, splitIdOrThrow } from '../../internal/ids.js';
import type { EbAttendeeSent, EbEventSent, EbMoneySent, EbOrderSent, EbTicketClassSent } from './schemas.js';

const PROVIDER = 'eventbrite' as const;

/** Event `status` (`canceled` with one "l"). */
const EVENT_STATUS: Record<string, EventStatus> = {
  draft: 'draft',
  live: 'scheduled',
  started: 'started',
  ended: 'ended',
  completed: 'ended',
  canceled: 'cancelled',
};

/**
 * Order `status`: `started`, `pending`, `placed`, `abandoned` are documented; `refunded` and
 * `deleted` are values seen only in third-party material (unverified).
 */
const ORDER_STATUS: Record<string, OrderStatus> = {
  placed: 'paid',
  started: 'pending',
  pending: 'pending',
  abandoned: 'expired',
  refunded: 'refunded',
  deleted: 'cancelled',
};

/** Attendee `status` labels; the `cancelled` / `refunded` booleans win over them. */
const ATTENDEE_STATUS: Record<string, AttendeeStatus> = {
  attending: 'attending',
  'checked in': 'attending',
  'not attending': 'cancelled',
  deleted: 'cancelled',
};

/**
 * The normalized id scheme (read it, do not import it, from the emulator):
 * - event: the event id; a series parent (read at `/series/{id}/`) is `series:<id>`;
 * - event date: the id of the event that is the occurrence (a series child, or the single event itself);
 * - ticket type: `<event key>:<ticket class id>` where the event key is the event's normalized id;
 * - order: the order id;
 * - attendee: `<event id>:<attendee id>` (the attendee read needs both).
 * Each part is URI-encoded (`composeId`), so a `:` inside an id cannot be confused with the separator.
 */
export const eventbriteIds = {
  /** An event's normalized id (`series:<id>` for a series parent). */
  event: (eventRemoteId: string, isSeriesParent = false) =>
    isSeriesParent ? composeId('series', eventRemoteId) : composeId(eventRemoteId),
  /** An occurrence's normalized id (the occurrence's own event id). */
  eventDate: (eventRemoteId: string) => composeId(eventRemoteId),
  /** A ticket class's normalized id, from its event's and its own ids. */
  ticketType: (eventRemoteId: string, ticketClassRemoteId: string, isSeriesParent = false) =>
    isSeriesParent ? composeId('series', eventRemoteId, ticketClassRemoteId) : composeId(eventRemoteId, ticketClassRemoteId),
  /** An order's normalized id. */
  order: (orderRemoteId: string) => composeId(orderRemoteId),
  /** An attendee's normalized id, from its event's and its own ids. */
  attendee: (eventRemoteId: string, attendeeRemoteId: string) => composeId(eventRemoteId, attendeeRemoteId),
};

/**
 * The normalized id of an occurrence's event (and date), and of its ticket classes, remembered for the last one asked:
 * the items of a page almost always share them, so a walk composes each once per run of items, not once per item.
 */
const recent = { event: '', eventId: '', ticketEvent: '', ticketClass: '', ticketTypeId: '' };

/** `eventbriteIds.event(remoteId)` (= `eventDate`) of a single event or occurrence. */
function occurrenceKey(eventRemoteId: string): string {
  if (recent.event !== eventRemoteId) {
    recent.eventId = eventbriteIds.event(eventRemoteId);
    recent.event = eventRemoteId;
  }
  return recent.eventId;
}

/** `eventbriteIds.ticketType(eventRemoteId, ticketClassId)` of an occurrence's ticket class. */
function occurrenceTicketTypeKey(eventRemoteId: string, ticketClassId: string): string {
  if (recent.ticketEvent !== eventRemoteId || recent.ticketClass !== ticketClassId) {
    recent.ticketTypeId = eventbriteIds.ticketType(eventRemoteId, ticketClassId);
    recent.ticketEvent = eventRemoteId;
    recent.ticketClass = ticketClassId;
  }
  return recent.ticketTypeId;
}

export interface EventRef {
  remoteId: string;
  isSeriesParent: boolean;
}

/**
 * Reads a normalized event id back (`<event id>` or `series:<event id>`), or throws an `InputProblem` naming `field`
 * (a `ValidationError` for the caller; nothing is sent): not a string, blank, a part that is `.`/`..` (also
 * percent-encoded), a control character, an over-long id, or another shape. Eventbrite documents no id syntax beyond
 * "a string, not necessarily numeric" (see docs/vendors/eventbrite.md, Ids), so the generic segment rules apply.
 */
export function eventRefOf(id: unknown, field = 'id'): EventRef {
  const parts = splitIdOrThrow(id, partCount(id), field, 'an Eventbrite event id');
  if (parts.length === 1) return { remoteId: parts[0]!, isSeriesParent: false };
  if (parts.length === 2 && parts[0] === SERIES) return { remoteId: parts[1]!, isSeriesParent: true };
  throw notAnId(field, id, 'an Eventbrite event id');
}

/** Reads a normalized ticket type id back (`<event id>:<ticket class id>` or `series:<event id>:<ticket class id>`). */
export function ticketTypeRefOf(id: unknown, field = 'id'): { event: EventRef; ticketClassId: string } {
  const what = 'an Eventbrite ticket type id';
  const parts = splitIdOrThrow(id, partCount(id), field, what);
  if (parts.length === 3 && parts[0] === SERIES) return { event: { remoteId: parts[1]!, isSeriesParent: true }, ticketClassId: parts[2]! };
  if (parts.length === 2 && parts[0] !== SERIES) return { event: { remoteId: parts[0]!, isSeriesParent: false }, ticketClassId: parts[1]! };
  throw notAnId(field, id, what);
}

/** Reads a normalized attendee id back (`<event id>:<attendee id>`: the attendee read needs both). */
export function attendeeRefOf(id: unknown, field = 'id'): { eventId: string; attendeeId: string } {
  const [eventId, attendeeId] = splitIdOrThrow(id, 2, field, 'an Eventbrite attendee id');
  return { eventId: eventId!, attendeeId: attendeeId! };
}

/** A single-part id (order, event date): the vendor key. */
export function simpleIdOf(id: unknown, field: string, what: string): string {
  return splitIdOrThrow(id, 1, field, what)[0]!;
}

const SERIES = 'series';

/** The number of `:`-separated parts of an id (1 for anything that is not a string, which `splitIdOrThrow` refuses). */
function partCount(id: unknown): number {
  return typeof id === 'string' ? id.split(':').length : 1;
}

function notAnId(field: string, id: unknown, what: string): InputProblem {
  return new InputProblem(field, `${JSON.stringify(String(id).slice(0, 80))} is not ${what} (use the id a list or create returned)`, id);
}

/**
 * The Money of a wire Money object, or `null` (none, an amount that is not a safe integer, or an unknown currency: that
 * one is reported to the logger, naming `what` and `id`).
 */
function ebMoney(value: EbMoneySent | null | undefined, ctx: NormalizeContext, what: string, id: string): Money | null {
  if (value === null || value === undefined) return null;
  const amount = value.value;
  if (!Number.isSafeInteger(amount)) return null;
  const currency = normalizeCurrency(value.currency);
  if (currency === null) {
    ctx.warn(`unknown currency ${JSON.stringify(value.currency ?? null)} on ${what} ${id}: amount left null`);
    return null;
  }
  return { amount, currency };
}

/** The sum of two amounts of one currency; `null` when both are missing or the currencies differ. */
function sumMoney(a: Money | null, b: Money | null): Money | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.currency === b.currency ? { amount: a.amount + b.amount, currency: a.currency } : null;
}

/** `undefined` (a field Eventbrite left out) → `null`. */
function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** An id as a string (Eventbrite sends strings; a number is turned into one). */
function idText(id: string | number): string {
  return typeof id === 'string' ? id : String(id);
}

/** An optional id as a string, or `null`. */
function optionalId(id: string | number | null | undefined): string | null {
  return id === null || id === undefined ? null : idText(id);
}

function joinName(first: string | null | undefined, last: string | null | undefined): string | null {
  const hasFirst = typeof first === 'string' && first.trim() !== '';
  const hasLast = typeof last === 'string' && last.trim() !== '';
  if (hasFirst && hasLast) return `${first} ${last}`;
  return hasFirst ? first : hasLast ? last : null;
}

function venueOf(e: EbEventSent): Venue | null {
  const venueId = optionalId(e.venue_id);
  if (e.venue) {
    const address = e.venue.address;
    const line =
      address?.localized_address_display ??
      ([address?.address_1, address?.city, address?.postal_code, address?.country].filter((p) => p).join(', ') || null);
    return { remoteId: optionalId(e.venue.id) ?? venueId, name: orNull(e.venue.name), address: line };
  }
  return venueId ? { remoteId: venueId, name: null, address: null } : null;
}

function visibilityOf(e: EbEventSent): Event['visibility'] {
  if (e.invite_only === true) return 'private';
  if (e.listed === true) return 'public';
  if (e.listed === false) return 'unlisted';
  return null;
}

export function normalizeEvent(e: EbEventSent, ctx: NormalizeContext): Event {
  const { status, statusRaw } = mapStatus(e.status, EVENT_STATUS, 'unknown');
  const remoteId = idText(e.id);
  return withRaw<Event>(
    {
      id: eventbriteIds.event(remoteId, e.is_series_parent === true),
      provider: PROVIDER,
      remoteId,
      createdAt: toUtcInstant(e.created),
      updatedAt: toUtcInstant(e.changed),
      name: e.name?.text ?? null,
      // `description` is deprecated and may hold only the summary (documented).
      description: e.description?.text ?? e.summary ?? null,
      slug: null,
      url: orNull(e.url),
      status,
      statusRaw,
      timezone: e.start?.timezone ?? null,
      start: toUtcInstant(e.start?.utc),
      end: toUtcInstant(e.end?.utc),
      currency: normalizeCurrency(e.currency),
      isOnline: orNull(e.online_event),
      venue: venueOf(e),
      visibility: visibilityOf(e),
      capacity: typeof e.capacity === 'number' && Number.isInteger(e.capacity) ? e.capacity : null,
      ticketingEnabled: null,
    },
    e,
    ctx,
  );
}

/**
 * An event as an occurrence: a series child (its date belongs to the series parent) or a single event
 * (one synthesized date with the event's own id).
 */
export function normalizeEventDate(e: EbEventSent, ctx: NormalizeContext): EventDate {
  const remoteId = idText(e.id);
  const seriesId = optionalId(e.series_id);
  const eventId = seriesId && seriesId !== remoteId ? eventbriteIds.event(seriesId, true) : eventbriteIds.event(remoteId, false);
  return withRaw<EventDate>(
    {
      id: eventbriteIds.eventDate(remoteId),
      provider: PROVIDER,
      remoteId,
      createdAt: toUtcInstant(e.created),
      updatedAt: toUtcInstant(e.changed),
      eventId,
      name: null,
      start: toUtcInstant(e.start?.utc),
      end: toUtcInstant(e.end?.utc),
      soldOut: e.ticket_availability?.is_sold_out ?? null,
      salesSuspended: null,
    },
    e,
    ctx,
  );
}

/**
 * `cost`, `fee` (and `tax`) are flat Money in real payloads; the API Blueprint nests them inside `cost`.
 * Both shapes are read.
 */
export function ticketClassPrices(t: EbTicketClassSent): { cost: EbMoneySent | null; fee: EbMoneySent | null } {
  const cost = t.cost;
  const fee = orNull(t.fee);
  if (cost && 'value' in cost && typeof cost.value === 'number') return { cost: cost as EbMoneySent, fee };
  if (cost && typeof cost === 'object') {
    const nested = cost as { cost?: EbMoneySent | null; fee?: EbMoneySent | null };
    return { cost: nested.cost ?? null, fee: fee ?? nested.fee ?? null };
  }
  return { cost: null, fee };
}

export function normalizeTicketType(t: EbTicketClassSent, event: EventRef, ctx: NormalizeContext): TicketType {
  const remoteId = idText(t.id);
  const eventRemoteId = event.isSeriesParent ? event.remoteId : (optionalId(t.event_id) ?? event.remoteId);
  const { cost, fee } = ticketClassPrices(t);
  return withRaw<TicketType>(
    {
      id: eventbriteIds.ticketType(eventRemoteId, remoteId, event.isSeriesParent),
      provider: PROVIDER,
      remoteId,
      createdAt: null,
      updatedAt: null,
      eventId: eventbriteIds.event(eventRemoteId, event.isSeriesParent),
      name: t.name ?? t.display_name ?? null,
      description: orNull(t.description),
      price: ebMoney(cost, ctx, 'ticket class', remoteId),
      fee: ebMoney(fee, ctx, 'ticket class', remoteId),
      isFree: orNull(t.free),
      quantityTotal: intOrNull(t.quantity_total ?? t.capacity),
      quantitySold: intOrNull(t.quantity_sold),
      minPerOrder: intOrNull(t.minimum_quantity),
      // `maximum_quantity` is blank for "unlimited"; the effective per-order cap is then `maximum_quantity_per_order`.
      maxPerOrder: intOrNull(t.maximum_quantity ?? t.maximum_quantity_per_order),
      salesStart: toUtcInstant(t.sales_start),
      salesEnd: toUtcInstant(t.sales_end),
      hidden: orNull(t.hidden),
      admits: 1,
    },
    t,
    ctx,
  );
}

function intOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** The order line of one attendee (one ticket of `quantity`, usually 1). */
function lineOf(a: EbAttendeeSent, orderEventId: string | null, ctx: NormalizeContext, orderId: string): OrderLine {
  const ticketClassId = optionalId(a.ticket_class_id);
  const eventRemoteId = optionalId(a.event_id) ?? orderEventId;
  return {
    ticketTypeId: ticketClassId && eventRemoteId ? occurrenceTicketTypeKey(eventRemoteId, ticketClassId) : null,
    name: orNull(a.ticket_class_name),
    quantity: quantityOf(a),
    unitPrice: ebMoney(a.costs?.base_price, ctx, 'order', orderId),
  };
}

function quantityOf(a: EbAttendeeSent): number {
  return typeof a.quantity === 'number' && Number.isInteger(a.quantity) ? a.quantity : 1;
}

/** The key that groups attendees into one line: the ticket class, else its name. */
function lineKey(a: EbAttendeeSent): string {
  return a.ticket_class_id !== null && a.ticket_class_id !== undefined ? idText(a.ticket_class_id) : `name:${a.ticket_class_name ?? ''}`;
}

/**
 * Order lines from expanded attendees, grouped by ticket class in first-seen order (`null` without the expansion).
 * The common order of one attendee is one line, without a map.
 */
function linesFrom(o: EbOrderSent, eventId: string | null, ctx: NormalizeContext, orderId: string): OrderLine[] | null {
  const attendees = o.attendees;
  if (attendees === null || attendees === undefined) return null;
  if (attendees.length === 1) return [lineOf(attendees[0]!, eventId, ctx, orderId)];
  const lines = new Map<string, OrderLine>();
  for (const a of attendees) {
    const key = lineKey(a);
    const existing = lines.get(key);
    if (existing) existing.quantity += quantityOf(a);
    else lines.set(key, lineOf(a, eventId, ctx, orderId));
  }
  return [...lines.values()];
}

function ticketCountOf(lines: OrderLine[] | null): number | null {
  if (lines === null) return null;
  let count = 0;
  for (const line of lines) count += line.quantity;
  return count;
}

export function normalizeOrder(o: EbOrderSent, ctx: NormalizeContext): Order {
  const { status, statusRaw } = mapStatus(o.status, ORDER_STATUS, 'unknown');
  const remoteId = idText(o.id);
  const eventRemoteId = optionalId(o.event_id);
  const costs = o.costs;
  const lines = linesFrom(o, eventRemoteId, ctx, remoteId);
  return withRaw<Order>(
    {
      id: eventbriteIds.order(remoteId),
      provider: PROVIDER,
      remoteId,
      createdAt: toUtcInstant(o.created),
      updatedAt: toUtcInstant(o.changed),
      // Eventbrite sells per occurrence: the order's event is the occurrence (a series child or a single event).
      eventId: eventRemoteId ? occurrenceKey(eventRemoteId) : null,
      eventDateId: eventRemoteId ? occurrenceKey(eventRemoteId) : null,
      reference: null,
      status,
      statusRaw,
      buyer: { name: o.name ?? joinName(o.first_name, o.last_name), email: orNull(o.email), phone: null },
      total: ebMoney(costs?.gross, ctx, 'order', remoteId),
      subtotal: ebMoney(costs?.base_price, ctx, 'order', remoteId),
      discount: ebMoney(costs?.discount_amount, ctx, 'order', remoteId),
      fees: sumMoney(ebMoney(costs?.eventbrite_fee, ctx, 'order', remoteId), ebMoney(costs?.payment_fee, ctx, 'order', remoteId)),
      tax: ebMoney(costs?.tax, ctx, 'order', remoteId),
      amountPaid: null,
      amountRefunded: null,
      amountDue: null,
      ticketCount: ticketCountOf(lines),
      lines,
      testMode: null,
    },
    o,
    ctx,
  );
}

function attendeeStatusOf(a: EbAttendeeSent): { status: AttendeeStatus; statusRaw: string | null } {
  const labelled = mapStatus(a.status, ATTENDEE_STATUS, 'unknown');
  if (a.refunded === true) return { status: 'refunded', statusRaw: labelled.statusRaw };
  if (a.cancelled === true) return { status: 'cancelled', statusRaw: labelled.statusRaw };
  return labelled;
}

export function normalizeAttendee(a: EbAttendeeSent, ctx: NormalizeContext, fallbackEventId: string | null = null): Attendee {
  const { status, statusRaw } = attendeeStatusOf(a);
  const remoteId = idText(a.id);
  const eventRemoteId = optionalId(a.event_id) ?? fallbackEventId;
  const ticketClassId = optionalId(a.ticket_class_id);
  const orderId = optionalId(a.order_id);
  const profile = a.profile;
  return withRaw<Attendee>(
    {
      id: eventRemoteId ? eventbriteIds.attendee(eventRemoteId, remoteId) : composeId(remoteId),
      provider: PROVIDER,
      remoteId,
      createdAt: toUtcInstant(a.created),
      updatedAt: toUtcInstant(a.changed),
      eventId: eventRemoteId ? occurrenceKey(eventRemoteId) : null,
      orderId: orderId ? eventbriteIds.order(orderId) : null,
      ticketTypeId: ticketClassId && eventRemoteId ? occurrenceTicketTypeKey(eventRemoteId, ticketClassId) : null,
      name: profile?.name ?? joinName(profile?.first_name, profile?.last_name),
      email: profile?.email ?? null,
      phone: profile?.cell_phone ?? profile?.work_phone ?? null,
      company: profile?.company ?? null,
      jobTitle: profile?.job_title ?? null,
      status,
      statusRaw,
      checkedIn: orNull(a.checked_in),
      barcode: a.barcodes?.[0]?.barcode ?? null,
    },
    a,
    ctx,
  );
}
