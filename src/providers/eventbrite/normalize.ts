/**
 * Eventbrite wire objects → the normalized model (docs/vendors/eventbrite.md, What maps to what).
 * Money comes from `value` + `currency` only (never `display` or `major_value`).
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
import { mapStatus, moneyOrWarn, withRaw, type NormalizeContext } from '../../core/normalize.js';
import { toUtcInstant } from '../../core/time.js';
import { InputProblem } from '../../core/input.js';
import { composeId, splitIdOrThrow } from '../../internal/ids.js';
import type { EbAttendee, EbEvent, EbMoney, EbOrder, EbTicketClass } from './schemas.js';

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
  event: (eventRemoteId: string, isSeriesParent = false) =>
    isSeriesParent ? composeId('series', eventRemoteId) : composeId(eventRemoteId),
  eventDate: (eventRemoteId: string) => composeId(eventRemoteId),
  ticketType: (eventRemoteId: string, ticketClassRemoteId: string, isSeriesParent = false) =>
    isSeriesParent ? composeId('series', eventRemoteId, ticketClassRemoteId) : composeId(eventRemoteId, ticketClassRemoteId),
  order: (orderRemoteId: string) => composeId(orderRemoteId),
  attendee: (eventRemoteId: string, attendeeRemoteId: string) => composeId(eventRemoteId, attendeeRemoteId),
};

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

function ebMoney(value: EbMoney | null | undefined, ctx: NormalizeContext, where: string): Money | null {
  if (!value) return null;
  return moneyOrWarn(value.value, value.currency, ctx, where);
}

function sumMoney(parts: Array<Money | null>): Money | null {
  const present = parts.filter((p): p is Money => p !== null);
  if (present.length === 0) return null;
  const currency = present[0]!.currency;
  if (present.some((p) => p.currency !== currency)) return null;
  return { amount: present.reduce((sum, p) => sum + p.amount, 0), currency };
}

function joinName(first: string | null, last: string | null): string | null {
  const name = [first, last].filter((p) => typeof p === 'string' && p.trim() !== '').join(' ');
  return name === '' ? null : name;
}

function venueOf(e: EbEvent): Venue | null {
  if (e.venue) {
    const address = e.venue.address;
    const line =
      address?.localized_address_display ??
      ([address?.address_1, address?.city, address?.postal_code, address?.country].filter((p) => p).join(', ') || null);
    return { remoteId: e.venue.id ?? e.venue_id, name: e.venue.name, address: line };
  }
  return e.venue_id ? { remoteId: e.venue_id, name: null, address: null } : null;
}

function visibilityOf(e: EbEvent): Event['visibility'] {
  if (e.invite_only === true) return 'private';
  if (e.listed === true) return 'public';
  if (e.listed === false) return 'unlisted';
  return null;
}

export function normalizeEvent(e: EbEvent, ctx: NormalizeContext): Event {
  const { status, statusRaw } = mapStatus(e.status, EVENT_STATUS, 'unknown');
  return withRaw<Event>(
    {
      id: eventbriteIds.event(e.id, e.is_series_parent === true),
      provider: PROVIDER,
      remoteId: e.id,
      createdAt: toUtcInstant(e.created),
      updatedAt: toUtcInstant(e.changed),
      name: e.name?.text ?? null,
      // `description` is deprecated and may hold only the summary (documented).
      description: e.description?.text ?? e.summary ?? null,
      slug: null,
      url: e.url,
      status,
      statusRaw,
      timezone: e.start?.timezone ?? null,
      start: toUtcInstant(e.start?.utc),
      end: toUtcInstant(e.end?.utc),
      currency: normalizeCurrency(e.currency),
      isOnline: e.online_event,
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
export function normalizeEventDate(e: EbEvent, ctx: NormalizeContext): EventDate {
  const eventId = e.series_id && e.series_id !== e.id ? eventbriteIds.event(e.series_id, true) : eventbriteIds.event(e.id, false);
  return withRaw<EventDate>(
    {
      id: eventbriteIds.eventDate(e.id),
      provider: PROVIDER,
      remoteId: e.id,
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
export function ticketClassPrices(t: EbTicketClass): { cost: EbMoney | null; fee: EbMoney | null } {
  const cost = t.cost;
  if (cost && 'value' in cost && typeof cost.value === 'number') return { cost: cost as EbMoney, fee: t.fee };
  if (cost && typeof cost === 'object') {
    const nested = cost as { cost?: EbMoney | null; fee?: EbMoney | null };
    return { cost: nested.cost ?? null, fee: t.fee ?? nested.fee ?? null };
  }
  return { cost: null, fee: t.fee };
}

export function normalizeTicketType(t: EbTicketClass, event: EventRef, ctx: NormalizeContext): TicketType {
  const eventRemoteId = event.isSeriesParent ? event.remoteId : (t.event_id ?? event.remoteId);
  const { cost, fee } = ticketClassPrices(t);
  const where = `ticket class ${t.id}`;
  return withRaw<TicketType>(
    {
      id: eventbriteIds.ticketType(eventRemoteId, t.id, event.isSeriesParent),
      provider: PROVIDER,
      remoteId: t.id,
      createdAt: null,
      updatedAt: null,
      eventId: eventbriteIds.event(eventRemoteId, event.isSeriesParent),
      name: t.name ?? t.display_name,
      description: t.description,
      price: ebMoney(cost, ctx, where),
      fee: ebMoney(fee, ctx, where),
      isFree: t.free,
      quantityTotal: intOrNull(t.quantity_total ?? t.capacity),
      quantitySold: intOrNull(t.quantity_sold),
      minPerOrder: intOrNull(t.minimum_quantity),
      // `maximum_quantity` is blank for "unlimited"; the effective per-order cap is then `maximum_quantity_per_order`.
      maxPerOrder: intOrNull(t.maximum_quantity ?? t.maximum_quantity_per_order),
      salesStart: toUtcInstant(t.sales_start),
      salesEnd: toUtcInstant(t.sales_end),
      hidden: t.hidden,
      admits: 1,
    },
    t,
    ctx,
  );
}

function intOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** Order lines from expanded attendees, grouped by ticket class in first-seen order. */
function linesFrom(o: EbOrder, ctx: NormalizeContext): OrderLine[] | null {
  if (!o.attendees) return null;
  const lines = new Map<string, OrderLine>();
  for (const a of o.attendees) {
    const key = a.ticket_class_id ?? `name:${a.ticket_class_name ?? ''}`;
    const eventRemoteId = a.event_id ?? o.event_id;
    const existing = lines.get(key);
    const quantity = typeof a.quantity === 'number' && Number.isInteger(a.quantity) ? a.quantity : 1;
    if (existing) {
      existing.quantity += quantity;
      continue;
    }
    lines.set(key, {
      ticketTypeId: a.ticket_class_id && eventRemoteId ? eventbriteIds.ticketType(eventRemoteId, a.ticket_class_id) : null,
      name: a.ticket_class_name,
      quantity,
      unitPrice: ebMoney(a.costs?.base_price, ctx, `order ${o.id}`),
    });
  }
  return [...lines.values()];
}

export function normalizeOrder(o: EbOrder, ctx: NormalizeContext): Order {
  const { status, statusRaw } = mapStatus(o.status, ORDER_STATUS, 'unknown');
  const where = `order ${o.id}`;
  const costs = o.costs;
  const lines = linesFrom(o, ctx);
  return withRaw<Order>(
    {
      id: eventbriteIds.order(o.id),
      provider: PROVIDER,
      remoteId: o.id,
      createdAt: toUtcInstant(o.created),
      updatedAt: toUtcInstant(o.changed),
      // Eventbrite sells per occurrence: the order's event is the occurrence (a series child or a single event).
      eventId: o.event_id ? eventbriteIds.event(o.event_id) : null,
      eventDateId: o.event_id ? eventbriteIds.eventDate(o.event_id) : null,
      reference: null,
      status,
      statusRaw,
      buyer: { name: o.name ?? joinName(o.first_name, o.last_name), email: o.email, phone: null },
      total: ebMoney(costs?.gross, ctx, where),
      subtotal: ebMoney(costs?.base_price, ctx, where),
      discount: ebMoney(costs?.discount_amount, ctx, where),
      fees: sumMoney([ebMoney(costs?.eventbrite_fee, ctx, where), ebMoney(costs?.payment_fee, ctx, where)]),
      tax: ebMoney(costs?.tax, ctx, where),
      amountPaid: null,
      amountRefunded: null,
      ticketCount: lines ? lines.reduce((sum, l) => sum + l.quantity, 0) : null,
      lines,
      testMode: null,
    },
    o,
    ctx,
  );
}

export function normalizeAttendee(a: EbAttendee, ctx: NormalizeContext, fallbackEventId: string | null = null): Attendee {
  const labelled = mapStatus(a.status, ATTENDEE_STATUS, 'unknown');
  const status: AttendeeStatus = a.refunded === true ? 'refunded' : a.cancelled === true ? 'cancelled' : labelled.status;
  const eventRemoteId = a.event_id ?? fallbackEventId;
  const profile = a.profile;
  return withRaw<Attendee>(
    {
      id: eventRemoteId ? eventbriteIds.attendee(eventRemoteId, a.id) : composeId(a.id),
      provider: PROVIDER,
      remoteId: a.id,
      createdAt: toUtcInstant(a.created),
      updatedAt: toUtcInstant(a.changed),
      eventId: eventRemoteId ? eventbriteIds.event(eventRemoteId) : null,
      orderId: a.order_id ? eventbriteIds.order(a.order_id) : null,
      ticketTypeId: a.ticket_class_id && eventRemoteId ? eventbriteIds.ticketType(eventRemoteId, a.ticket_class_id) : null,
      name: profile?.name ?? joinName(profile?.first_name ?? null, profile?.last_name ?? null),
      email: profile?.email ?? null,
      phone: profile?.cell_phone ?? profile?.work_phone ?? null,
      company: profile?.company ?? null,
      jobTitle: profile?.job_title ?? null,
      status,
      statusRaw: labelled.statusRaw,
      checkedIn: a.checked_in,
      barcode: a.barcodes?.[0]?.barcode ?? null,
    },
    a,
    ctx,
  );
}
