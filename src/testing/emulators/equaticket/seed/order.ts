/** `s.order()`: an order under a seeded event, with the tickets Equaticket issues for it. */
import type { Order } from '../../../framework/contract.js';
import type { SeedOrderInput } from '../../../framework/index.js';
import { insertOrder, ticketTypesOf } from '../store-ops.js';
import { ORDER_STATUS_TO_WIRE, toOrder, type EqOrderWire, type EqTicketTypeWire, type EqTicketWire } from '../wire.js';
import { bad, checkInstant, eventOrThrow, instantMs, orderInput, type SeedScope } from './input.js';
import { createTicketType, ticketTypeOrThrow } from './ticket-type.js';

function orderStatus(status: unknown): string {
  if (status === undefined) return 'confirmed';
  const wire = typeof status === 'string' && Object.hasOwn(ORDER_STATUS_TO_WIRE, status) ? ORDER_STATUS_TO_WIRE[status as keyof typeof ORDER_STATUS_TO_WIRE] : undefined;
  if (wire === undefined) throw bad('status', `Equaticket orders cannot be ${JSON.stringify(status)}`);
  return wire;
}

/**
 * Stores an order and its tickets (the input already checked by `orderInput`). Without `lines`, one seat of the
 * event's first ticket type (made when there is none); used by `s.attendee()` for a one-ticket order too.
 */
export function createOrder(scope: SeedScope, input: SeedOrderInput): { order: EqOrderWire; tickets: EqTicketWire[] } {
  const { env } = scope;
  const { store, event } = eventOrThrow(scope, input?.eventId);
  if (input.eventDateId !== undefined && input.eventDateId !== event.id) {
    throw bad('eventDateId', `Equaticket events have one date, whose id is the event's (${event.id})`);
  }
  const status = orderStatus(input.status);
  checkInstant('createdAt', input.createdAt);
  const lines = (input.lines ?? [{ ticketTypeId: '' }]).map((line) => {
    const quantity = line.quantity ?? 1;
    if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${JSON.stringify(quantity)}`);
    const type: EqTicketTypeWire =
      input.lines === undefined
        ? (ticketTypesOf(store, event.id)[0] ?? createTicketType(scope, { eventId: event.id }))
        : ticketTypeOrThrow(store, event, line.ticketTypeId);
    return { type, quantity };
  });
  if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
  const n = ++scope.buyers;
  const phone = input.buyer?.phone;
  const fields = {
    buyer_name: input.buyer?.name ?? `Buyer ${n}`,
    buyer_email: input.buyer?.email ?? `buyer${n}@example.com`,
    ...(phone !== undefined && phone !== null ? { buyer_phone: phone } : {}),
    status,
    lines,
  };
  return insertOrder(env, store, event, fields, instantMs('createdAt', input.createdAt, env.stamp));
}

export function seedOrder(scope: SeedScope, input: SeedOrderInput): Order {
  return toOrder(createOrder(scope, orderInput(input)).order);
}
