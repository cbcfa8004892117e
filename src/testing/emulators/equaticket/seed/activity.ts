/**
 * Vendor-side activity the API has no endpoint for (docs/vendors/equaticket.md, "Emulator"): a refund made in the
 * dashboard and a ticket scanned at the door. Each changes the state as Equaticket would and announces it
 * (`order.refunded`, `ticket.checked_in`), so a test can drive a webhook handler through every documented type.
 */
import type { Attendee, Order } from '../../../framework/contract.js';
import { isoUtc } from '../../../framework/index.js';
import type { ModeStore } from '../state.js';
import { announceCheckIn, announceOrderRefunded } from '../webhooks.js';
import { toAttendee, toOrder, type EqOrderWire, type EqTicketWire } from '../wire.js';
import { bad, seedInput, type SeedScope } from './input.js';

/** A dashboard refund to seed with `s.refundOrder`. */
export interface EqSeedRefundInput {
  /** The order's id (as `s.order()` returned it). */
  orderId: string;
  /** How many of its valid tickets to refund (default: all: a full refund). */
  tickets?: number;
}

/** A door scan to seed with `s.checkIn`. */
export interface EqSeedCheckInInput {
  /** The ticket's id (as `s.attendee()` returned it, or an attendee listed by the client). */
  attendeeId: string;
}

function orderOrThrow(scope: SeedScope, orderId: unknown): { store: ModeStore; order: EqOrderWire } {
  if (typeof orderId !== 'string' || orderId === '') throw bad('orderId', 'required (the id s.order returned)');
  for (const store of [scope.env.state.test, scope.env.state.live]) {
    const order = store.orders.get(orderId);
    if (order) return { store, order };
  }
  throw bad('orderId', `no order ${JSON.stringify(orderId)}`);
}

function ticketOrThrow(scope: SeedScope, ticketId: unknown): { store: ModeStore; ticket: EqTicketWire } {
  if (typeof ticketId !== 'string' || ticketId === '') throw bad('attendeeId', 'required (the id s.attendee returned)');
  for (const store of [scope.env.state.test, scope.env.state.live]) {
    const ticket = store.tickets.get(ticketId);
    if (ticket) return { store, ticket };
  }
  throw bad('attendeeId', `no ticket ${JSON.stringify(ticketId)}`);
}

/** Refunds some or all of an order's valid tickets: `refunded` when none is left valid, else `partially_refunded`. */
export function refundOrder(scope: SeedScope, given: EqSeedRefundInput): Order {
  const input = seedInput('refundOrder', given, false);
  const { store, order } = orderOrThrow(scope, input.orderId);
  const valid = store.tickets.of(order.event_id).items.map((row) => row.wire).filter((t) => t.order_id === order.id && t.status === 'valid');
  const count = input.tickets ?? valid.length;
  if (!Number.isSafeInteger(count) || count < 1 || count > valid.length) {
    throw bad('tickets', `expected 1 to ${valid.length} (the order's valid tickets), got ${JSON.stringify(input.tickets)}`);
  }
  const at = scope.env.stamp();
  for (const ticket of valid.slice(0, count)) {
    ticket.status = 'refunded';
    ticket.updated_at = isoUtc(at);
    const type = store.ticketTypes.get(ticket.ticket_type_id);
    if (type) type.quantity_sold = Math.max(0, type.quantity_sold - 1);
  }
  order.status = count === valid.length ? 'refunded' : 'partially_refunded';
  order.updated_at = isoUtc(at);
  announceOrderRefunded(scope.env, store, order);
  return toOrder(order);
}

/** Scans a ticket at the door: only a valid ticket of a published event, once (a re-scan is refused). */
export function checkIn(scope: SeedScope, given: EqSeedCheckInInput): Attendee {
  const input = seedInput('checkIn', given, false);
  const { store, ticket } = ticketOrThrow(scope, input.attendeeId);
  const event = store.events.get(ticket.event_id);
  if (ticket.status !== 'valid' || event?.status !== 'published') throw bad('attendeeId', 'only a valid ticket of a published event can be checked in');
  if (ticket.checked_in) throw bad('attendeeId', `ticket ${ticket.id} is already checked in (a re-scan is refused at the door)`);
  const at = scope.env.stamp();
  ticket.checked_in = true;
  ticket.updated_at = isoUtc(at);
  announceCheckIn(scope.env, store, ticket, at);
  return toAttendee(ticket);
}
