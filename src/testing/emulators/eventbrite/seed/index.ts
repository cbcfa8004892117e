/**
 * Eventbrite seed builders (`s` in `seed: (s) => ...`), one module per entity. Input is normalized-style; each builder
 * stores the vendor's wire objects and returns the normalized entity the client will return for them. Defaults:
 * docs/vendors/eventbrite.md, "Emulator: rules and guesses". A bad argument (an unknown key, a wrong value) is the
 * kit's own argument error: a `ConfigError`.
 */
import type { Attendee, EventDate, Event, Order, TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedAttendeeInput, SeedEventDateInput, SeedOrderInput } from '../../../framework/index.js';
import type { EbEnv } from '../state.js';
import type { OrganizationWire, WebhookWire } from '../wire.js';
import { checkIn, refundOrder, type EbSeedCheckInInput, type EbSeedRefundInput } from './activity.js';
import { seedAttendee } from './attendee.js';
import { seedEvent, seedEventDate, type EbSeedEventInput } from './event.js';
import { seedOrder } from './order.js';
import { seedOrganization, seedWebhook, type EbSeedWebhookInput } from './organization.js';
import { seedTicketType, type EbSeedTicketTypeInput } from './ticket-type.js';

export type { EbSeedEventInput } from './event.js';
export type { EbSeedTicketTypeInput } from './ticket-type.js';
export type { EbSeedWebhookInput } from './organization.js';
export type { EbSeedCheckInInput, EbSeedRefundInput } from './activity.js';

/** The Eventbrite seed builders (`s` in `seed: (s) => ...`). */
export interface EventbriteSeeder extends BaseSeeder {
  /** Adds an event (`EbSeedEventInput`), or a series parent. */
  event(input?: EbSeedEventInput): Event;
  /**
   * On a series parent: adds an occurrence (its own event id). On a single event: returns its one date;
   * any field then throws `UnsupportedCapabilityError` (seed a series for several dates).
   */
  eventDate(input: SeedEventDateInput): EventDate;
  /** Adds a ticket class to an event. */
  ticketType(input: EbSeedTicketTypeInput): TicketType;
  /** Orders are placed on an occurrence: on a series parent, `eventDateId` (default: its first date). */
  order(input: SeedOrderInput): Order;
  /** Adds an attendee (one per ticket) to an order, placing one when none is given. */
  attendee(input: SeedAttendeeInput): Attendee;
  /** Vendor-only: another organization the token sees (with two, the client needs `organizationId`). */
  organization(input?: { name?: string }): OrganizationWire;
  /** Vendor-only: a webhook subscription (wire shape; there is no normalized webhook). */
  webhook(input?: EbSeedWebhookInput): WebhookWire;
  /** Vendor-side activity: the organizer refunds a placed order in the dashboard (announces `order.refunded`). */
  refundOrder(input: EbSeedRefundInput): Order;
  /** Vendor-side activity: an attendee scanned at the door (announces `attendee.checked_in`). */
  checkIn(input: EbSeedCheckInInput): Attendee;
}

export function eventbriteSeeder(env: EbEnv): EventbriteSeeder {
  return {
    event: (input) => seedEvent(env, input),
    eventDate: (input) => seedEventDate(env, input),
    ticketType: (input) => seedTicketType(env, input),
    order: (input) => seedOrder(env, input),
    attendee: (input) => seedAttendee(env, input),
    organization: (input) => seedOrganization(env, input),
    webhook: (input) => seedWebhook(env, input),
    refundOrder: (input) => refundOrder(env, input),
    checkIn: (input) => checkIn(env, input),
  };
}
