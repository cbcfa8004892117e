/**
 * Event Vault seed builders. Event Vault holds guests (by email) and their access tickets per event, nothing
 * else: dates, orders and stand-alone ticket types throw `UnsupportedCapabilityError`. Each builder stores the
 * vendor's wire object and returns the entity exactly as the client will return it.
 *
 * A mistake in a seed is a mistake in the test's setup: an unknown key or a bad value is a `ConfigError` naming it.
 */
import {
  ConfigError,
  splitIdParts,
  UnsupportedCapabilityError,
  type Attendee,
  type Event,
  type EventDate,
  type Order,
  type TicketType,
} from '../../framework/contract.js';
import { assertSeedKeys, type BaseSeeder, type SeedAttendeeInput, type SeedEventInput } from '../../framework/index.js';
import { addGuest, hasGuest, newEvent, upsertTicket, type EvEnv, type EvEventState } from './state.js';
import { EV_ADD_TICKET_REQUIRES_GUEST_GUESS, EV_EVENT_ID, EV_PROVIDER, guestWire, toAttendee, toEvent, toTicket, type EvTicketView } from './wire.js';

/** The keys each builder accepts (the normalized ones Event Vault cannot hold are refused with a reason). */
const EVENT_KEYS = ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt'] as const;
const ATTENDEE_KEYS = [
  'eventId',
  'orderId',
  'ticketTypeId',
  'name',
  'email',
  'phone',
  'company',
  'jobTitle',
  'status',
  'checkedIn',
  'createdAt',
  'url',
  'country',
  'tickets',
] as const;
const TICKET_KEYS = ['attendeeId', 'email', 'eventId', 'ticketType', 'sessionId'] as const;
const TICKET_SPEC_KEYS = ['ticketType', 'sessionId'] as const;

export interface EvSeedTicketSpec {
  ticketType: string;
  /** Default `""` (general admission). */
  sessionId?: string | null;
}

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

export interface EvSeedTicketInput {
  /** The guest: the attendee id a builder returned, or `email` (+ `eventId`, default the configured event). */
  attendeeId?: string;
  email?: string;
  eventId?: string;
  /** Default `'ENTRY'`. */
  ticketType?: string;
  /** Default `""` (general admission). */
  sessionId?: string | null;
}

/** The Event Vault seed builders (`s` in `seed: (s) => ...`). */
export interface EventVaultSeeder extends BaseSeeder {
  /**
   * The first call returns the configured event (`evt-1`, which exists from the start); later calls add other events
   * of the emulated client (`evt-2`, `evt-3`, ...).
   * Event Vault keeps no event details: the stub has every descriptive field `null`, whatever the input says.
   */
  event(input?: SeedEventInput): Event;
  /** Throws `UnsupportedCapabilityError`: the API has no dates. */
  eventDate(input: unknown): EventDate;
  /** Throws `UnsupportedCapabilityError`: ticket types exist in the API only through tickets (use `ticket`). */
  ticketType(input: unknown): TicketType;
  /** Throws `UnsupportedCapabilityError`: Event Vault has no orders. */
  order(input: unknown): Order;
  /** A guest (`addGuest`), with optional tickets. Default email `guestN@example.com`, name `Guest N`. */
  attendee(input?: EvSeedAttendeeInput): Attendee;
  /** Vendor-only: a ticket for a guest (`addTicket`, an upsert). */
  ticket(input: EvSeedTicketInput): EvTicketView;
}

function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: EV_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

/** The argument of a builder: an object (or nothing, for the builders whose input is optional). */
function objectInput<T>(builder: string, input: T | undefined, optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw bad(builder, 'expected an object');
  return input;
}

function cannot(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({
    provider: EV_PROVIDER,
    capability: `seed.${capability}`,
    message: `The Event Vault emulator cannot seed ${capability}: ${hint}.`,
  });
}

function optionalText(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw bad(field, `expected a string, got ${JSON.stringify(value)}`);
  return value;
}

export function eventVaultSeeder(env: EvEnv): EventVaultSeeder {
  const { account } = env.state;
  let configuredClaimed = false;

  const eventOf = (eventId: unknown): EvEventState => {
    const id = eventId === undefined || eventId === null ? EV_EVENT_ID : eventId;
    if (typeof id !== 'string') throw bad('eventId', `expected an event id, got ${JSON.stringify(eventId)}`);
    const event = account.events.get(id);
    if (!event) throw bad('eventId', `${JSON.stringify(id)} is not an event of the emulated client (seed it with s.event())`);
    return event;
  };

  const grant = (event: EvEventState, email: string, spec: EvSeedTicketSpec, field: string): EvTicketView => {
    const tier = spec.ticketType;
    if (typeof tier !== 'string' || tier === '') throw bad(`${field}.ticketType`, 'expected a non-empty ticket type');
    const sessionId = optionalText(`${field}.sessionId`, spec.sessionId) ?? '';
    const ticket = { EMAIL: email, TIER: tier, sessionId };
    upsertTicket(event, ticket);
    return toTicket(event.id, ticket);
  };

  return {
    event(given?: SeedEventInput) {
      const input = objectInput('event', given, true);
      assertSeedKeys(EV_PROVIDER, 'event', input, EVENT_KEYS);
      if (!configuredClaimed) {
        // The first event a seed asks for is the configured one, so that `s.event()` then `s.attendee({ eventId })`
        // lands where `client.attendees.list()` and `client.events.list()` look.
        configuredClaimed = true;
        env.stamp();
        return toEvent(EV_EVENT_ID);
      }
      const id = `evt-${env.ids.next('event')}`;
      account.events.set(id, newEvent(id));
      env.stamp();
      return toEvent(id);
    },

    eventDate() {
      throw cannot('eventDate', 'the Event Vault API has no dates');
    },

    ticketType() {
      throw cannot('ticketType', 'ticket types are configured in the console and appear in the API only through the tickets guests hold; seed s.ticket({ attendeeId, ticketType })');
    },

    order() {
      throw cannot('order', 'Event Vault is a guest list without orders or money');
    },

    attendee(given?: EvSeedAttendeeInput) {
      const input = objectInput('attendee', given, true);
      assertSeedKeys(EV_PROVIDER, 'attendee', input, ATTENDEE_KEYS);
      const unsupportedFields: Array<[keyof EvSeedAttendeeInput, string]> = [
        ['orderId', 'Event Vault has no orders'],
        ['ticketTypeId', 'a guest may hold several tickets: pass tickets: [...] or use s.ticket'],
        ['checkedIn', 'the API holds no check-in state'],
        ['createdAt', 'the API holds no timestamps'],
      ];
      for (const [field, hint] of unsupportedFields) {
        if (input[field] !== undefined) throw cannot(`attendee.${field}`, hint);
      }
      if (input.status !== undefined && input.status !== 'attending') {
        throw cannot('attendee.status', 'a listed guest is always attending');
      }
      const event = eventOf(input.eventId);
      const n = env.ids.next('guest');
      const email = input.email ?? `guest${n}@example.com`;
      if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) throw bad('email', `expected an email, got ${JSON.stringify(email)}`);
      if (hasGuest(event, email)) throw bad('email', `${email} is already a guest of ${event.id} (addGuest would answer 409)`);
      const tickets = input.tickets ?? [];
      if (!Array.isArray(tickets)) throw bad('tickets', 'expected an array of ticket types or { ticketType, sessionId }');
      const guest = guestWire(email, {
        name: input.name === undefined ? `Guest ${n}` : optionalText('name', input.name),
        role: optionalText('jobTitle', input.jobTitle),
        company: optionalText('company', input.company),
        phone: optionalText('phone', input.phone),
        url: optionalText('url', input.url),
        country: optionalText('country', input.country),
      });
      addGuest(event, guest);
      tickets.forEach((spec, i) => {
        if (typeof spec === 'string') return void grant(event, email, { ticketType: spec }, `tickets[${i}]`);
        const given = objectInput(`tickets[${i}]`, spec, false);
        assertSeedKeys(EV_PROVIDER, 'attendee', given, TICKET_SPEC_KEYS);
        grant(event, email, given, `tickets[${i}]`);
      });
      env.stamp();
      return toAttendee(event.id, guest);
    },

    ticket(given: EvSeedTicketInput) {
      const input = objectInput('ticket', given, false);
      assertSeedKeys(EV_PROVIDER, 'ticket', input, TICKET_KEYS);
      let event: EvEventState;
      let email: string;
      if (input.attendeeId !== undefined) {
        const parts = typeof input.attendeeId === 'string' ? splitIdParts(input.attendeeId, 2) : null;
        if (!parts) throw bad('attendeeId', `not an Event Vault attendee id: ${JSON.stringify(input.attendeeId)}`);
        event = eventOf(parts[0]);
        email = parts[1]!;
      } else {
        if (typeof input.email !== 'string' || input.email === '') throw bad('attendeeId', 'give the guest as attendeeId (or email)');
        event = eventOf(input.eventId);
        email = input.email;
      }
      if (EV_ADD_TICKET_REQUIRES_GUEST_GUESS && !hasGuest(event, email)) {
        throw bad('attendeeId', `${email} is not a guest of ${event.id} (seed s.attendee first)`);
      }
      const ticket = grant(event, email, { ticketType: input.ticketType ?? 'ENTRY', sessionId: input.sessionId }, 'ticket');
      env.stamp();
      return ticket;
    },
  };
}
