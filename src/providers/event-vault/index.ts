/** `ticketkit/event-vault`: the Event Vault client, tree-shakable (imports no other vendor). */
import { EventVaultClientImpl, type EventVaultClient, type EventVaultConfig } from './client.js';

export { EventVaultClientImpl, eventVaultCapabilities } from './client.js';
export type {
  EventVaultClient,
  EventVaultConfig,
  EventVaultTicketRef,
  EventVaultGrantTicketInput,
  EventVaultTicketListParams,
  EventVaultRemovedTicket,
  EventVaultEnsuredAttendee,
  EventVaultTicketsResource,
} from './client.js';
export { EventVaultNative, EV_PATHS, EVENT_VAULT_BASE_URL } from './endpoints.js';
export type { EventVaultRequestOptions } from './endpoints.js';
export { EV_TEXT, EV_TIMESTAMP_WINDOW_MS } from './errors.js';
export type * from './schemas.js';
export { eventVaultIds } from './normalize.js';
export type { EventVaultTicket, EventVaultGuestCount } from './normalize.js';

/**
 * Creates an Event Vault client. Throws `ConfigError` when `apiKey`, `clientId` or `eventId` is missing.
 * `x-timestamp` is read from `config.clock` (default `Date.now`) when each attempt is sent.
 */
export function createEventVaultClient(config: EventVaultConfig): EventVaultClient {
  return new EventVaultClientImpl(config);
}
