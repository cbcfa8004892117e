/** `ticketkit/event-vault`: placeholder until the Event Vault adapter lands (see the README's support table). */
import { UnsupportedCapabilityError } from '../../core/errors.js';
import type { ClientOptions } from '../../core/pipeline.js';
import type { TicketingClient } from '../../client.js';

export type EventVaultConfig = ClientOptions & Record<string, unknown>;

/** Not implemented yet: throws `UnsupportedCapabilityError`. */
export function createEventVaultClient(_config: EventVaultConfig): TicketingClient {
  throw new UnsupportedCapabilityError({
    provider: 'event-vault',
    capability: 'client',
    message: 'The Event Vault adapter is not available in this version of ticketkit yet.',
  });
}
