/** `ticketkit/eventbrite`: placeholder until the Eventbrite v3 adapter lands (see the README's support table). */
import { UnsupportedCapabilityError } from '../../core/errors.js';
import type { ClientOptions } from '../../core/pipeline.js';
import type { TicketingClient } from '../../client.js';

export type EventbriteConfig = ClientOptions & Record<string, unknown>;

/** Not implemented yet: throws `UnsupportedCapabilityError`. */
export function createEventbriteClient(_config: EventbriteConfig): TicketingClient {
  throw new UnsupportedCapabilityError({
    provider: 'eventbrite',
    capability: 'client',
    message: 'The Eventbrite v3 adapter is not available in this version of ticketkit yet.',
  });
}
