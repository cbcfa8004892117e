/**
 * Equaticket seed builders, one module per entity. Input is normalized-style; each builder stores the vendor's wire
 * object and returns the normalized entity the client will return for it. Defaults are listed in
 * docs/vendors/equaticket.md#seed-builders. A mistake in a seed (an unknown key, an argument that is not an object, a bad
 * value) is a `ConfigError`; what Equaticket cannot hold is an `UnsupportedCapabilityError` (./input.ts).
 */
import type { Attendee, Event, EventDate, Order, TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedAttendeeInput, SeedEventDateInput, SeedOrderInput, SeedTicketTypeInput } from '../../../framework/index.js';
import type { EqEnv } from '../store-ops.js';
import { toTicketType, type EqWebhookWire } from '../wire.js';
import { checkIn, refundOrder, type EqSeedCheckInInput, type EqSeedRefundInput } from './activity.js';
import { seedAttendee } from './attendee.js';
import { seedEvent, seedEventDate, type EqSeedEventInput } from './event.js';
import { seedInput, type SeedScope } from './input.js';
import { seedOrder } from './order.js';
import { seedOrganization, type EqSeedOrganizationInput } from './organization.js';
import { createTicketType } from './ticket-type.js';
import { seedWebhook, type EqSeedWebhookInput } from './webhook.js';

export type { EqSeedEventInput } from './event.js';
export type { EqSeedWebhookInput } from './webhook.js';
export type { EqSeedOrganizationInput } from './organization.js';
export type { EqSeedCheckInInput, EqSeedRefundInput } from './activity.js';

/** The Equaticket seed builders (`s` in `seed: (s) => ...`). */
export interface EquaticketSeeder extends BaseSeeder {
  /** Adds an Equaticket event. */
  event(input?: EqSeedEventInput): Event;
  /**
   * Equaticket events have one date, the event's own `starts_at`: this returns it (as `eventDates.get` will).
   * Any other field throws `UnsupportedCapabilityError`.
   */
  eventDate(input: SeedEventDateInput): EventDate;
  /** Adds a ticket type to an event. */
  ticketType(input: SeedTicketTypeInput): TicketType;
  /** Adds an order (default status `confirmed`) with the tickets Equaticket issues for it. */
  order(input: SeedOrderInput): Order;
  /** Adds a ticket (Equaticket's attendee): to `orderId`, else with a one-ticket order of its own. */
  attendee(input: SeedAttendeeInput): Attendee;
  /**
   * Vendor-only: the organization. `plan` sets the per-key rate limit the emulator enforces (default free, 60 a
   * minute); pass the same `plan` to the client so that it paces to it.
   */
  organization(input?: EqSeedOrganizationInput): Required<EqSeedOrganizationInput>;
  /** Vendor-only: a webhook subscription (wire shape; there is no normalized webhook). */
  webhook(input?: EqSeedWebhookInput): EqWebhookWire;
  /** Vendor-side activity: a refund made in the dashboard (announces `order.refunded`). */
  refundOrder(input: EqSeedRefundInput): Order;
  /** Vendor-side activity: a ticket scanned at the door (announces `ticket.checked_in`). */
  checkIn(input: EqSeedCheckInInput): Attendee;
}

export function equaticketSeeder(env: EqEnv): EquaticketSeeder {
  const scope: SeedScope = { env, buyers: 0 };
  return {
    event: (input) => seedEvent(scope, input),
    eventDate: (input) => seedEventDate(scope, input),
    ticketType: (input) => toTicketType(createTicketType(scope, seedInput('ticketType', input, false))),
    order: (input) => seedOrder(scope, input),
    attendee: (input) => seedAttendee(scope, input),
    organization: (input) => seedOrganization(scope, input),
    webhook: (input) => seedWebhook(scope, input),
    refundOrder: (input) => refundOrder(scope, input),
    checkIn: (input) => checkIn(scope, input),
  };
}
