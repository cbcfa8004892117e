/**
 * Event Vault seed builders (`s` in `seed: (s) => ...`), one module per entity. Event Vault holds guests (by email)
 * and their access tickets per event, nothing else: dates, orders and stand-alone ticket types throw
 * `UnsupportedCapabilityError`. Each builder stores the vendor's wire object and returns the entity exactly as the
 * client will return it. An unknown key or a bad value is a `ConfigError` naming it (see ./common.ts).
 */
import type { Attendee, Event, EventDate, Order, TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedEventInput } from '../../../framework/index.js';
import type { EvEnv } from '../state.js';
import type { EvTicketView } from '../wire.js';
import { attendeeBuilder, type EvSeedAttendeeInput } from './attendee.js';
import { cannot } from './common.js';
import { eventBuilder } from './event.js';
import { ticketBuilder, type EvSeedTicketInput } from './ticket.js';

export type { EvSeedAttendeeInput } from './attendee.js';
export type { EvSeedTicketInput, EvSeedTicketSpec } from './ticket.js';

/** The Event Vault seed builders. */
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

export function eventVaultSeeder(env: EvEnv): EventVaultSeeder {
  return {
    event: eventBuilder(env),
    eventDate() {
      throw cannot('eventDate', 'the Event Vault API has no dates');
    },
    ticketType() {
      throw cannot('ticketType', 'ticket types are configured in the console and appear in the API only through the tickets guests hold; seed s.ticket({ attendeeId, ticketType })');
    },
    order() {
      throw cannot('order', 'Event Vault is a guest list without orders or money');
    },
    attendee: attendeeBuilder(env),
    ticket: ticketBuilder(env),
  };
}
