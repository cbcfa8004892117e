/**
 * Vendor-side activity the API has no endpoint for: a refund made by the organizer in Eventbrite's dashboard and an
 * attendee scanned at the door. Each changes the state as Eventbrite would and announces it (`order.refunded`,
 * `attendee.checked_in`), so a test can drive a webhook handler through them.
 */
import { splitIdParts as splitId, type Attendee, type Order } from '../../../framework/contract.js';
import type { EbEnv } from '../state.js';
import { announce } from '../announce.js';
import { ebInstant, toAttendee, toOrder } from '../wire.js';
import { bad, seedInput } from './check.js';

/** A refund made in Eventbrite's dashboard, to seed with `s.refundOrder`. */
export interface EbSeedRefundInput {
  /** The order's id (as `s.order()` returned it). */
  orderId: string;
}

/** A door scan to seed with `s.checkIn`. */
export interface EbSeedCheckInInput {
  /** The attendee's id (as `s.attendee()` returned it, or an attendee listed by the client). */
  attendeeId: string;
}

/** Refunds a whole order: its attendees become refunded and their tickets go back on sale. */
export function refundOrder(env: EbEnv, given: EbSeedRefundInput): Order {
  const input = seedInput('refundOrder', given, ['orderId'], false);
  const row = typeof input.orderId === 'string' ? env.state.orders.get(splitId(input.orderId, 1)?.[0] ?? '') : undefined;
  if (!row) throw bad('orderId', `no order ${JSON.stringify(input.orderId)}`);
  if (row.wire.status !== 'placed') throw bad('orderId', `order ${row.wire.id} is ${row.wire.status}: only a placed order can be refunded`);
  const at = ebInstant(env.stamp());
  row.wire.status = 'refunded';
  row.wire.changed = at;
  for (const attendee of row.attendees) {
    if (attendee.refunded) continue;
    const ticketClass = env.state.ticketClasses.get(attendee.ticket_class_id)?.wire;
    if (ticketClass && !attendee.cancelled) ticketClass.quantity_sold = Math.max(0, ticketClass.quantity_sold - 1);
    Object.assign(attendee, { refunded: true, cancelled: true, status: 'Not Attending', changed: at });
    for (const barcode of attendee.barcodes) Object.assign(barcode, { status: 'refunded', changed: at });
  }
  announce(env, 'order.refunded', `/orders/${row.wire.id}/`, row.wire.event_id);
  return toOrder(row.wire, row.attendees);
}

/** Scans an attendee at the door: only an attending one, once. */
export function checkIn(env: EbEnv, given: EbSeedCheckInInput): Attendee {
  const input = seedInput('checkIn', given, ['attendeeId'], false);
  const parts = typeof input.attendeeId === 'string' ? splitId(input.attendeeId, 2) : null;
  const found = parts ? env.state.attendees.get(parts[1]!) : undefined;
  if (!found || found.wire.event_id !== parts![0]) throw bad('attendeeId', `no attendee ${JSON.stringify(input.attendeeId)}`);
  const attendee = found.wire;
  if (attendee.cancelled || attendee.refunded) throw bad('attendeeId', `attendee ${attendee.id} is not attending`);
  if (attendee.checked_in) throw bad('attendeeId', `attendee ${attendee.id} is already checked in`);
  const at = ebInstant(env.stamp());
  Object.assign(attendee, { checked_in: true, status: 'Checked In', changed: at });
  for (const barcode of attendee.barcodes) Object.assign(barcode, { status: 'used', checkin_type: 1, checkin_method: 'scan', changed: at });
  announce(env, 'attendee.checked_in', `/events/${attendee.event_id}/attendees/${attendee.id}/`, attendee.event_id);
  return toAttendee(attendee);
}
