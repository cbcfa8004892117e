/** `ticketkit/event-vault`: the Event Vault client, tree-shakable (imports no other vendor).
 *
 * @packageDocumentation
 * @module ticketkit/event-vault
 */
import { EventVaultClientImpl, type EventVaultClient, type EventVaultConfig } from './client.js';

export { eventVaultCapabilities } from './capabilities.js';
export type { EventVaultClient, EventVaultConfig } from './client.js';
export type { EventVaultTicketRef, EventVaultGrantTicketInput, EventVaultTicketListParams, EventVaultTicketsResource } from './resources/tickets.js';
export type { EventVaultRemovedTicket } from './resources/removals.js';
export type { EventVaultEnsuredAttendee } from './resources/ensure.js';
export type { EventVaultEventsResource } from './resources/events.js';
export type { EventVaultEventDatesResource } from './resources/event-dates.js';
export type { EventVaultTicketTypesResource } from './resources/ticket-types.js';
export type { EventVaultOrdersResource } from './resources/orders.js';
export type { EventVaultAttendeesResource } from './resources/attendees.js';
export type { EventVaultWebhooksResource } from './resources/webhooks.js';
export { EventVaultNative, EVENT_VAULT_BASE_URL } from './endpoints.js';
export type { EventVaultRequestOptions } from './endpoints.js';
export type {
  EvVCard,
  EvGuest,
  EvTicket,
  EvGuestCount,
  EvAddGuestBody,
  EvRemoveGuestBody,
  EvAddTicketBody,
  EvRemoveTicketBody,
} from './schemas.js';
export { eventVaultIds } from './normalize.js';
export type { EventVaultTicket, EventVaultGuestCount } from './normalize.js';

/**
 * Creates an Event Vault client. Throws `ConfigError` when `apiKey`, `clientId` or `eventId` is missing.
 * `x-timestamp` is read from `config.clock` (default `Date.now`) when each attempt is sent.
 *
 * @example
 * ```ts
 * import { createEventVaultClient } from 'ticketkit/event-vault';
 *
 * const client = createEventVaultClient({ apiKey: process.env.EVENT_VAULT_KEY!, clientId: 'my-client', eventId: 'evt-1' });
 * const page = await client.events.list({ limit: 20 });
 * ```
 */
export function createEventVaultClient(config: EventVaultConfig): EventVaultClient {
  return new EventVaultClientImpl(config);
}
