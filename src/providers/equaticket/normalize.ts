/** Equaticket wire objects → the normalized model (the mapping is in docs/vendors/equaticket.md). */
import type { Attendee, AttendeeStatus, Event, EventDate, EventStatus, Order, OrderLine, OrderStatus, TicketType } from '../../core/model.js';
import { mapStatus, moneyOrWarn, nil, withRaw, type NormalizeContext } from '../../core/normalize.js';
import { normalizeCurrency } from '../../core/money.js';
import { toUtcInstant } from '../../core/time.js';
import { composeId } from '../../internal/ids.js';
import type { EqAttendee, EqEvent, EqOrder, EqTicketType } from './schemas.js';

export interface EqNormalizeContext extends NormalizeContext {
  /** `livemode` of the envelope the object came in, when known. */
  livemode: boolean | null;
}

/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): event status values; only the publish/cancel actions are documented. */
const EVENT_STATUS: Record<string, EventStatus> = {
  draft: 'draft',
  published: 'scheduled',
  live: 'scheduled',
  scheduled: 'scheduled',
  started: 'started',
  ended: 'ended',
  completed: 'ended',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};

/** `confirmed`, `refunded`, `partially_refunded` documented; the rest guesses (docs/vendors/equaticket.md, "Guesses of the adapter"). */
const ORDER_STATUS: Record<string, OrderStatus> = {
  confirmed: 'paid',
  paid: 'paid',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  pending: 'pending',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  expired: 'expired',
};

/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): ticket status values `valid`, `refunded`, `voided`. */
const ATTENDEE_STATUS: Record<string, AttendeeStatus> = {
  valid: 'attending',
  active: 'attending',
  confirmed: 'attending',
  checked_in: 'attending',
  refunded: 'refunded',
  voided: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
};

export const equaticketIds = {
  event: (eventRemoteId: string) => eventRemoteId,
  /** Equaticket has one date per event: the date's id is the event's. */
  eventDate: (eventRemoteId: string) => eventRemoteId,
  ticketType: (eventRemoteId: string, ticketTypeRemoteId: string) => composeId(eventRemoteId, ticketTypeRemoteId),
  order: (orderRemoteId: string) => orderRemoteId,
  attendee: (ticketRemoteId: string) => ticketRemoteId,
};

export function normalizeEvent(e: EqEvent, ctx: NormalizeContext): Event {
  const { status, statusRaw } = mapStatus(e.status, EVENT_STATUS, 'unknown');
  return withRaw<Event>(
    {
      id: equaticketIds.event(e.id),
      provider: 'equaticket',
      remoteId: e.id,
      createdAt: toUtcInstant(e.created_at),
      updatedAt: toUtcInstant(e.updated_at),
      name: nil(e.title),
      description: nil(e.description),
      slug: nil(e.slug),
      url: null,
      status,
      statusRaw,
      timezone: nil(e.timezone),
      start: toUtcInstant(e.starts_at),
      end: toUtcInstant(e.ends_at),
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

export function synthesizeEventDate(e: EqEvent, ctx: NormalizeContext): EventDate {
  return withRaw<EventDate>(
    {
      id: equaticketIds.eventDate(e.id),
      provider: 'equaticket',
      remoteId: e.id,
      createdAt: toUtcInstant(e.created_at),
      updatedAt: toUtcInstant(e.updated_at),
      eventId: equaticketIds.event(e.id),
      name: null,
      start: toUtcInstant(e.starts_at),
      end: toUtcInstant(e.ends_at),
      soldOut: null,
      salesSuspended: null,
    },
    e,
    ctx,
  );
}

export function normalizeTicketType(t: EqTicketType, eventRemoteId: string, ctx: NormalizeContext): TicketType {
  const eventId = t.event_id ?? eventRemoteId;
  const price = moneyOrWarn(t.price, t.currency, ctx, `ticket type ${t.id}`);
  return withRaw<TicketType>(
    {
      id: equaticketIds.ticketType(eventId, t.id),
      provider: 'equaticket',
      remoteId: t.id,
      createdAt: toUtcInstant(t.created_at),
      updatedAt: toUtcInstant(t.updated_at),
      eventId: equaticketIds.event(eventId),
      name: nil(t.name),
      description: nil(t.description),
      price,
      fee: null,
      isFree: typeof t.price === 'number' ? t.price === 0 : null,
      quantityTotal: nil(t.quantity_total),
      quantitySold: nil(t.quantity_sold),
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

export function normalizeOrder(o: EqOrder, ctx: EqNormalizeContext): Order {
  const remoteId = o.id ?? o.order_id ?? '';
  const { status, statusRaw } = mapStatus(o.status, ORDER_STATUS, 'unknown');
  const eventRemoteId = o.event_id ?? null;
  const lines: OrderLine[] | null = o.tickets
    ? o.tickets.map((line) => ({
        ticketTypeId:
          line.ticket_type_id && eventRemoteId ? equaticketIds.ticketType(eventRemoteId, line.ticket_type_id) : null,
        name: nil(line.ticket_type_name ?? line.name),
        quantity: line.quantity ?? 1,
        unitPrice: moneyOrWarn(line.price, o.currency, ctx, `order ${remoteId}`),
      }))
    : null;
  const testMode = typeof o.is_test_data === 'boolean' ? o.is_test_data : ctx.livemode === null ? null : !ctx.livemode;
  return withRaw<Order>(
    {
      id: equaticketIds.order(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: toUtcInstant(o.created_at),
      updatedAt: toUtcInstant(o.updated_at),
      eventId: eventRemoteId === null ? null : equaticketIds.event(eventRemoteId),
      eventDateId: eventRemoteId === null ? null : equaticketIds.eventDate(eventRemoteId),
      reference: nil(o.order_number),
      status,
      statusRaw,
      buyer: { name: nil(o.buyer_name), email: nil(o.buyer_email), phone: nil(o.buyer_phone) },
      total: moneyOrWarn(o.total_amount, o.currency, ctx, `order ${remoteId}`),
      subtotal: null,
      discount: null,
      fees: null,
      tax: null,
      amountPaid: null,
      amountRefunded: null,
      ticketCount: o.ticket_count ?? (lines ? lines.reduce((sum, l) => sum + l.quantity, 0) : null),
      lines,
      testMode,
    },
    o,
    ctx,
  );
}

export function normalizeAttendee(a: EqAttendee, ctx: EqNormalizeContext): Attendee {
  const remoteId = a.id ?? a.ticket_id ?? '';
  const { status, statusRaw } = mapStatus(a.status, ATTENDEE_STATUS, 'unknown');
  const eventRemoteId = a.event_id ?? null;
  return withRaw<Attendee>(
    {
      id: equaticketIds.attendee(remoteId),
      provider: 'equaticket',
      remoteId,
      createdAt: toUtcInstant(a.created_at),
      updatedAt: toUtcInstant(a.updated_at),
      eventId: eventRemoteId === null ? null : equaticketIds.event(eventRemoteId),
      orderId: a.order_id ? equaticketIds.order(a.order_id) : null,
      ticketTypeId: a.ticket_type_id && eventRemoteId ? equaticketIds.ticketType(eventRemoteId, a.ticket_type_id) : null,
      // Equaticket documents only the buyer's name on a ticket (docs/vendors/equaticket.md, "What maps to what").
      name: nil(a.name ?? a.buyer_name),
      email: nil(a.email ?? a.buyer_email),
      phone: null,
      company: null,
      jobTitle: null,
      status,
      statusRaw,
      checkedIn: nil(a.checked_in),
      barcode: nil(a.ticket_code),
    },
    a,
    ctx,
  );
}
