/** `s.ticket()`, and the grant that `s.attendee({ tickets })` shares: an `addTicket` upsert, by (email, type). */
import { splitIdParts } from '../../../framework/contract.js';
import { assertSeedKeys } from '../../../framework/index.js';
import { hasGuest, upsertTicket, type EvEnv, type EvEventState } from '../state.js';
import { EV_ADD_TICKET_REQUIRES_GUEST_GUESS, EV_PROVIDER, toTicket, type EvTicketView } from '../wire.js';
import { bad, emailOf, eventOf, objectInput, optionalText } from './common.js';

/** A ticket to give a guest as it is seeded. */
export interface EvSeedTicketSpec {
  /** The ticket type (`TIER`), e.g. `ENTRY`, `VIP`. */
  ticketType: string;
  /** Default `""` (general admission). */
  sessionId?: string | null;
}

/** A ticket to seed with `s.ticket`, for an existing guest. */
export interface EvSeedTicketInput {
  /** The guest: the attendee id a builder returned, or `email` (+ `eventId`, default the configured event). */
  attendeeId?: string;
  /** Or the guest's email (with `eventId`). */
  email?: string;
  /** With `email`: the event (default: the configured one). */
  eventId?: string;
  /** Default `'ENTRY'`. */
  ticketType?: string;
  /** Default `""` (general admission). */
  sessionId?: string | null;
}

const TICKET_KEYS = ['attendeeId', 'email', 'eventId', 'ticketType', 'sessionId'] as const;

/** Gives the guest a ticket of `spec.ticketType` (checked; `field` names it in errors). */
export function grantTicket(event: EvEventState, email: string, spec: EvSeedTicketSpec, field: string): EvTicketView {
  const tier = spec.ticketType;
  if (typeof tier !== 'string' || tier === '') throw bad(`${field}.ticketType`, `expected a non-empty ticket type, got ${JSON.stringify(tier)}`);
  const sessionId = optionalText(`${field}.sessionId`, spec.sessionId) ?? '';
  const ticket = { EMAIL: email, TIER: tier, sessionId };
  upsertTicket(event, ticket);
  return toTicket(event.id, ticket);
}

/** The guest a ticket input names: its attendee id, or its email (+ event). */
function guestOf(env: EvEnv, input: EvSeedTicketInput): { event: EvEventState; email: string } {
  if (input.attendeeId !== undefined) {
    const parts = typeof input.attendeeId === 'string' ? splitIdParts(input.attendeeId, 2) : null;
    if (!parts) throw bad('attendeeId', `not an Event Vault attendee id: ${JSON.stringify(input.attendeeId)}`);
    return { event: eventOf(env, parts[0]), email: parts[1]! };
  }
  if (input.email === undefined) throw bad('attendeeId', 'give the guest as attendeeId (or email)');
  return { event: eventOf(env, input.eventId), email: emailOf('email', input.email) };
}

export function ticketBuilder(env: EvEnv): (given: EvSeedTicketInput) => EvTicketView {
  return (given) => {
    const input = objectInput('ticket', given, false);
    assertSeedKeys(EV_PROVIDER, 'ticket', input, TICKET_KEYS);
    const { event, email } = guestOf(env, input);
    if (EV_ADD_TICKET_REQUIRES_GUEST_GUESS && !hasGuest(event, email)) {
      throw bad('attendeeId', `${email} is not a guest of ${event.id} (seed s.attendee first)`);
    }
    const ticket = grantTicket(event, email, { ticketType: input.ticketType ?? 'ENTRY', sessionId: input.sessionId }, 'ticket');
    env.stamp();
    return ticket;
  };
}
