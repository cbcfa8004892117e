/**
 * `s.attendee()`: an Equaticket ticket. With `orderId` it is added to that order (its line, count and total grow);
 * without, it comes with a one-ticket order of its own, as a ticket only exists through an order.
 */
import type { Attendee } from '../../../framework/contract.js';
import type { SeedAttendeeInput } from '../../../framework/index.js';
import { isoUtc } from '../../../framework/index.js';
import type { ModeStore } from '../state.js';
import { insertTicket, ticketTypesOf } from '../store-ops.js';
import { announceCheckIn, announceSoldOutIfLast } from '../webhooks.js';
import { TICKET_STATUS_TO_WIRE, toAttendee, type EqEventWire, type EqTicketStatus, type EqTicketWire } from '../wire.js';
import { bad, checkInstant, eventOrThrow, flagOrThrow, instantMs, rejectPresent, seedInput, textOrThrow, type SeedScope } from './input.js';
import { createOrder } from './order.js';
import { createTicketType, ticketTypeOrThrow } from './ticket-type.js';

/** The order status that issues a ticket of each status (store-ops.ts, `insertOrder`). */
const ORDER_STATUS_FOR_TICKET = { valid: 'paid', refunded: 'refunded', voided: 'cancelled' } as const;

function ticketStatus(status: unknown): EqTicketStatus {
  const key = status ?? 'attending';
  const wire = typeof key === 'string' && Object.hasOwn(TICKET_STATUS_TO_WIRE, key) ? TICKET_STATUS_TO_WIRE[key as keyof typeof TICKET_STATUS_TO_WIRE] : undefined;
  if (wire === undefined) throw bad('status', `Equaticket tickets cannot be ${JSON.stringify(status)}`);
  return wire;
}

/** A ticket added to a seeded order: it carries the order's buyer, so another name or email is refused. */
function addToOrder(scope: SeedScope, store: ModeStore, event: EqEventWire, input: SeedAttendeeInput, status: EqTicketStatus): EqTicketWire {
  const order = typeof input.orderId === 'string' ? store.orders.get(input.orderId) : null;
  if (!order || order.event_id !== event.id) throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} under event ${event.id}`);
  for (const [field, value] of [['name', order.buyer_name], ['email', order.buyer_email]] as const) {
    if (input[field] !== undefined && input[field] !== value) {
      throw bad(field, `an Equaticket ticket carries its order's buyer ${field} (${JSON.stringify(value)})`);
    }
  }
  const type =
    input.ticketTypeId !== undefined
      ? ticketTypeOrThrow(store, event, input.ticketTypeId)
      : (store.ticketTypes.get(order.tickets[0]!.ticket_type_id) ?? ticketTypesOf(store, event.id)[0] ?? createTicketType(scope, { eventId: event.id }));
  const at = instantMs('createdAt', input.createdAt, scope.env.stamp);
  const line = order.tickets.find((l) => l.ticket_type_id === type.id);
  if (line) line.quantity += 1;
  else order.tickets.push({ ticket_type_id: type.id, ticket_type_name: type.name, quantity: 1, price: type.price });
  order.ticket_count += 1;
  order.total_amount += type.price;
  order.updated_at = isoUtc(at);
  const ticket = insertTicket(scope.env, store, order, type, status, at);
  if (status === 'valid') announceSoldOutIfLast(scope.env, store, event);
  return ticket;
}

export function seedAttendee(scope: SeedScope, given: SeedAttendeeInput): Attendee {
  const input = seedInput('attendee', given, false);
  const { store, event } = eventOrThrow(scope, input.eventId);
  rejectPresent(input, ['phone', 'company', 'jobTitle'], 'attendee', "Equaticket tickets carry only the buyer's name and email");
  for (const field of ['name', 'email'] as const) textOrThrow(field, input[field]);
  flagOrThrow('checkedIn', input.checkedIn);
  checkInstant('createdAt', input.createdAt);
  const status = ticketStatus(input.status);
  if (input.checkedIn === true && (status !== 'valid' || event.status !== 'published')) {
    throw bad('checkedIn', 'only a valid ticket of a published event can be checked in');
  }
  let ticket: EqTicketWire;
  if (input.orderId !== undefined) {
    ticket = addToOrder(scope, store, event, input, status);
  } else {
    const { tickets } = createOrder(scope, {
      eventId: event.id,
      status: ORDER_STATUS_FOR_TICKET[status],
      buyer: { name: input.name, email: input.email },
      ...(input.ticketTypeId !== undefined ? { lines: [{ ticketTypeId: input.ticketTypeId, quantity: 1 }] } : {}),
      createdAt: input.createdAt,
    });
    ticket = tickets[0]!;
  }
  if (input.checkedIn === true) {
    ticket.checked_in = true;
    announceCheckIn(scope.env, store, ticket, scope.env.now());
  }
  return toAttendee(ticket);
}
