/**
 * Seaty has no attendee resource in the normalized sense: its "attendees" are distinct people (see `contacts`), and
 * per-ticket rows exist only under an order, with undocumented fields. Every method rejects (docs/vendors/seaty.md,
 * What maps to what).
 */
import type { AttendeesResource, Unsupported } from '../../../client.js';
import { notSupported, notSupportedList } from '../../../core/guard.js';
import { SEATY } from '../context.js';

const PEOPLE_NOT_TICKETS =
  "Seaty's attendees are distinct people, not tickets: use client.contacts.list() (Seaty only); per-ticket rows are at client.native.listOrderTickets(orderId), whose fields Seaty does not document";
const READ_AND_RECORD = 'the Seaty API is read-and-record';

export function seatyAttendees(): SeatyAttendeesResource {
  return {
    list: notSupportedList(SEATY, 'attendees.list', PEOPLE_NOT_TICKETS),
    get: notSupported(SEATY, 'attendees.get', PEOPLE_NOT_TICKETS),
    create: notSupported(SEATY, 'attendees.create', READ_AND_RECORD),
    delete: notSupported(SEATY, 'attendees.delete', READ_AND_RECORD),
    checkIn: notSupported(SEATY, 'attendees.checkIn', 'the Seaty API has no check-in write'),
  };
}

/** Seaty has no attendee endpoint: distinct buyers are `client.contacts`. */
export interface SeatyAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Seaty: it has no attendee list; distinct people who ordered are `client.contacts`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<AttendeesResource['list']>;
  /** @deprecated Not supported by Seaty: it has no attendee list; distinct people who ordered are `client.contacts`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<AttendeesResource['get']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Seaty: the API has no check-in write. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}
