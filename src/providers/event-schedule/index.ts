/** `ticketkit/event-schedule`: placeholder until the Event Schedule adapter lands (see the README's support table). */
import { UnsupportedCapabilityError } from '../../core/errors.js';
import type { ClientOptions } from '../../core/pipeline.js';
import type { TicketingClient } from '../../client.js';

export type EventScheduleConfig = ClientOptions & Record<string, unknown>;

/** Not implemented yet: throws `UnsupportedCapabilityError`. */
export function createEventScheduleClient(_config: EventScheduleConfig): TicketingClient {
  throw new UnsupportedCapabilityError({
    provider: 'event-schedule',
    capability: 'client',
    message: 'The Event Schedule adapter is not available in this version of ticketkit yet.',
  });
}
