/** `s.attendee()`: a guest (`addGuest`), with optional tickets. Default email `guestN@example.com`, name `Guest N`. */
import type { Attendee } from '../../../framework/contract.js';
import { assertSeedKeys, type SeedAttendeeInput } from '../../../framework/index.js';
import { addGuest, hasGuest, type EvEnv, type EvEventState } from '../state.js';
import { EV_PROVIDER, guestWire, toAttendee } from '../wire.js';
import { bad, cannot, emailOf, eventOf, objectInput, optionalText } from './common.js';
import { grantTicket, type EvSeedTicketSpec } from './ticket.js';

/**
 * An Event Vault guest to seed: the common attendee fields (on the configured event by default), plus guest-card
 * extras and tickets.
 */
export interface EvSeedAttendeeInput extends Omit<SeedAttendeeInput, 'eventId'> {
  /** Default: the configured event (`credentials.eventId`). */
  eventId?: string;
  /** Stored as `vCardData.URL` (not part of the normalized attendee; read it with `{ raw: true }`). */
  url?: string | null;
  /** Stored at the top level of the guest (not part of the normalized attendee). */
  country?: string | null;
  /** Tickets to grant the guest: type names (`'VIP'`) or `{ ticketType, sessionId }`. */
  tickets?: Array<string | EvSeedTicketSpec>;
}

const ATTENDEE_KEYS = ['eventId', 'orderId', 'ticketTypeId', 'name', 'email', 'phone', 'company', 'jobTitle', 'status', 'checkedIn', 'createdAt', 'url', 'country', 'tickets'] as const;
const TICKET_SPEC_KEYS = ['ticketType', 'sessionId'] as const;
/** The normalized attendee statuses (the declared contract's `AttendeeStatus`). */
const ATTENDEE_STATUSES = ['attending', 'cancelled', 'refunded', 'unpaid', 'unknown'];

/** The normalized fields Event Vault has no place for, and why. */
const UNSUPPORTED_FIELDS: ReadonlyArray<[keyof EvSeedAttendeeInput, string]> = [
  ['orderId', 'Event Vault has no orders'],
  ['ticketTypeId', 'a guest may hold several tickets: pass tickets: [...] or use s.ticket'],
  ['checkedIn', 'the API holds no check-in state'],
  ['createdAt', 'the API holds no timestamps'],
];

function refuseUnsupported(input: EvSeedAttendeeInput): void {
  for (const [field, hint] of UNSUPPORTED_FIELDS) {
    if (input[field] !== undefined) throw cannot(`attendee.${field}`, hint);
  }
  if (input.status === undefined || input.status === 'attending') return;
  if (typeof input.status !== 'string' || !ATTENDEE_STATUSES.includes(input.status)) {
    throw bad('status', `expected one of ${ATTENDEE_STATUSES.join(', ')}, got ${JSON.stringify(input.status)}`);
  }
  throw cannot('attendee.status', 'a listed guest is always attending');
}

/** Grants the `tickets` of an attendee input. */
function grantAll(event: EvEventState, email: string, tickets: readonly unknown[]): void {
  tickets.forEach((spec, i) => {
    if (typeof spec === 'string') return void grantTicket(event, email, { ticketType: spec }, `tickets[${i}]`);
    const given = objectInput(`tickets[${i}]`, spec as EvSeedTicketSpec, false);
    assertSeedKeys(EV_PROVIDER, 'attendee', given, TICKET_SPEC_KEYS);
    grantTicket(event, email, given, `tickets[${i}]`);
  });
}

export function attendeeBuilder(env: EvEnv): (given?: EvSeedAttendeeInput) => Attendee {
  return (given) => {
    const input = objectInput('attendee', given, true);
    assertSeedKeys(EV_PROVIDER, 'attendee', input, ATTENDEE_KEYS);
    refuseUnsupported(input);
    const event = eventOf(env, input.eventId);
    const n = env.ids.next('guest');
    const email = emailOf('email', input.email ?? `guest${n}@example.com`);
    if (hasGuest(event, email)) throw bad('email', `${email} is already a guest of ${event.id} (addGuest would answer 409)`);
    const guest = guestWire(email, {
      name: input.name === undefined ? `Guest ${n}` : optionalText('name', input.name),
      role: optionalText('jobTitle', input.jobTitle),
      company: optionalText('company', input.company),
      phone: optionalText('phone', input.phone),
      url: optionalText('url', input.url),
      country: optionalText('country', input.country),
    });
    const tickets = input.tickets ?? [];
    if (!Array.isArray(tickets)) throw bad('tickets', 'expected an array of ticket types or { ticketType, sessionId }');
    addGuest(event, guest);
    grantAll(event, email, tickets);
    env.stamp();
    return toAttendee(event.id, guest);
  };
}
