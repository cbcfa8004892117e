/**
 * `s.attendee()`: an attendee on an existing order (`orderId`), else on a new order of one ticket. Its status follows
 * its order's (Eventbrite has no attendee without an order).
 */
import { splitIdParts as splitId, type Attendee, type AttendeeStatus, type OrderStatus } from '../../../framework/contract.js';
import type { SeedAttendeeInput } from '../../../framework/index.js';
import { insertAttendee, type EbEnv, type EventRow, type OrderRow } from '../state.js';
import { toAttendee, type TicketClassWire } from '../wire.js';
import { bad, cannotHold, instantMs, nullableText, optionalFlag, optionalText, SEED_KEYS, seedInput } from './check.js';
import { eventOrThrow, ticketClassOrThrow } from './find.js';
import { createOrder, type SeedPerson } from './order.js';
import { createTicketClass } from './ticket-type.js';

/** The attendee statuses Eventbrite holds, and the status of the order that gives each. */
const ORDER_STATUS_OF: ReadonlyMap<string, OrderStatus> = new Map<AttendeeStatus, OrderStatus>([
  ['attending', 'paid'],
  ['cancelled', 'cancelled'],
  ['refunded', 'refunded'],
]);

export function seedAttendee(env: EbEnv, given: SeedAttendeeInput): Attendee {
  const input = seedInput('attendee', given, SEED_KEYS.attendee, false);
  const event = eventOrThrow(env, input.eventId);
  const status = optionalText('status', input.status) ?? 'attending';
  const orderStatus = ORDER_STATUS_OF.get(status);
  if (orderStatus === undefined) throw cannotHold(`attendee.status ${status}`, 'Eventbrite attendees are attending, cancelled or refunded');
  const checkedIn = optionalFlag('checkedIn', input.checkedIn) === true;
  if (checkedIn && status !== 'attending') throw bad('checkedIn', 'only an attending attendee can be checked in');
  const person = personOf(input);
  if (input.orderId !== undefined) return toAttendee(addToOrder(env, event, input, person, checkedIn));
  const ticketTypeId = optionalText('ticketTypeId', input.ticketTypeId);
  const lines = ticketTypeId !== undefined ? [{ ticketTypeId, quantity: 1 }] : undefined;
  const order = createOrder(env, { eventId: input.eventId, status: orderStatus, lines, createdAt: input.createdAt }, person, checkedIn);
  return toAttendee(order.attendees[0]!);
}

function personOf(input: SeedAttendeeInput): SeedPerson {
  return {
    name: optionalText('name', input.name),
    email: optionalText('email', input.email),
    phone: nullableText('phone', input.phone),
    company: nullableText('company', input.company),
    jobTitle: nullableText('jobTitle', input.jobTitle),
  };
}

/** An attendee added to a seeded order of the event (or of one of its dates); its status must be the order's. */
function addToOrder(env: EbEnv, event: EventRow, input: SeedAttendeeInput, person: SeedPerson, checkedIn: boolean) {
  const orderId = optionalText('orderId', input.orderId);
  const order = env.state.orders.get(splitId(orderId ?? '', 1)?.[0] ?? '');
  if (!order || (order.event !== event && !event.children.includes(order.event))) {
    throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} under event ${input.eventId}`);
  }
  const wireStatus = order.wire.status;
  const implied = wireStatus === 'refunded' ? 'refunded' : wireStatus === 'deleted' || wireStatus === 'abandoned' ? 'cancelled' : 'attending';
  if (input.status !== undefined && input.status !== implied) throw bad('status', `an attendee's status follows its order (${wireStatus}: ${implied})`);
  if (checkedIn && implied !== 'attending') throw bad('checkedIn', 'only an attending attendee can be checked in');
  const ticketClass = input.ticketTypeId !== undefined ? ticketClassOrThrow(env, order.event, input.ticketTypeId) : defaultClassOf(env, order);
  return insertAttendee(env, order, ticketClass, person, checkedIn, instantMs('createdAt', input.createdAt, env.stamp));
}

/** The class of the order's first attendee, else the occurrence's first class (made when it has none). */
function defaultClassOf(env: EbEnv, order: OrderRow): TicketClassWire {
  const first = env.state.ticketClasses.get(order.attendees[0]?.ticket_class_id ?? '')?.wire;
  return first ?? order.event.ticketClasses[0] ?? createTicketClass(env, { eventId: order.event.wire.id }).wire;
}
