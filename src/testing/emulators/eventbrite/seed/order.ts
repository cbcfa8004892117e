/** `s.order()`: an order on an occurrence (a series date or a single event), one attendee per ticket. */
import type { Order } from '../../../framework/contract.js';
import type { SeedOrderInput } from '../../../framework/index.js';
import { insertOrder, type EbEnv, type EventRow, type NewOrder, type OrderRow } from '../state.js';
import { ORDER_STATUS_TO_WIRE, toOrder, type OrderStatusWire, type TicketClassWire } from '../wire.js';
import { bad, cannotHold, instantMs, lookup, optionalText, SEED_KEYS, seedInput } from './check.js';
import { eventOrThrow, occurrenceOf, ticketClassOrThrow } from './find.js';
import { createTicketClass } from './ticket-type.js';

/** The person on an order's attendees (`s.attendee()` seeds an order of one). */
export type SeedPerson = NonNullable<NewOrder['attendee']>;

export function seedOrder(env: EbEnv, given: SeedOrderInput): Order {
  const input = seedInput('order', given, SEED_KEYS.order, false);
  const row = createOrder(env, input);
  return toOrder(row.wire, row.attendees);
}

/** Creates an order from a checked builder input; `person` and `checkedIn` describe its attendees. */
export function createOrder(env: EbEnv, input: SeedOrderInput, person?: SeedPerson, checkedIn?: boolean): OrderRow {
  const event = eventOrThrow(env, input.eventId);
  const occurrence = occurrenceOf(event, input.eventDateId);
  const status = orderStatus(input.status);
  const buyer = buyerOf(input.buyer);
  const lines = linesOf(env, occurrence, input.lines);
  const n = env.ids.next('buyer');
  const order: NewOrder = {
    buyerName: buyer.name ?? person?.name ?? `Buyer ${n}`,
    buyerEmail: buyer.email ?? person?.email ?? `buyer${n}@example.com`,
    status,
    lines,
    attendee: person,
    checkedIn,
  };
  return insertOrder(env, occurrence, order, instantMs('createdAt', input.createdAt, env.stamp));
}

function orderStatus(status: unknown): OrderStatusWire {
  if (status === undefined) return 'placed';
  if (typeof status !== 'string') throw bad('status', `expected an order status such as "paid", got ${JSON.stringify(status)}`);
  const wire = lookup(ORDER_STATUS_TO_WIRE, status);
  if (wire === undefined) throw cannotHold(`order.status ${status}`, 'Eventbrite orders are placed, pending, abandoned, refunded or deleted');
  return wire;
}

/** The buyer's name and email (an Eventbrite order carries no phone). */
function buyerOf(given: SeedOrderInput['buyer']): { name?: string; email?: string } {
  if (given === undefined) return {};
  const buyer = seedInput('order.buyer', given, SEED_KEYS.buyer, false);
  if (buyer.phone !== undefined && buyer.phone !== null) throw cannotHold('order.buyer.phone', 'Eventbrite orders carry the buyer name and email only');
  return { name: optionalText('buyer.name', buyer.name), email: optionalText('buyer.email', buyer.email) };
}

/** The order's lines: the given ones, else one ticket of the occurrence's first class (made when it has none). */
function linesOf(env: EbEnv, occurrence: EventRow, given: SeedOrderInput['lines']): NewOrder['lines'] {
  if (given === undefined) {
    const ticketClass: TicketClassWire = occurrence.ticketClasses[0] ?? createTicketClass(env, { eventId: occurrence.wire.id }).wire;
    return [{ ticketClass, quantity: 1 }];
  }
  if (!Array.isArray(given)) throw bad('lines', 'expected an array of { ticketTypeId, quantity? }');
  if (given.length === 0) throw bad('lines', 'an order needs at least one line');
  return given.map((entry) => {
    const line = seedInput('order.lines[]', entry, SEED_KEYS.line, false);
    const quantity = line.quantity ?? 1;
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${quantity}`);
    return { ticketClass: ticketClassOrThrow(env, occurrence, line.ticketTypeId), quantity };
  });
}
