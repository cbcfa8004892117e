/** `ticketkit/seaty`: placeholder until the Seaty adapter lands (see the README's support table). */
import { UnsupportedCapabilityError } from '../../core/errors.js';
import type { ClientOptions } from '../../core/pipeline.js';
import type { TicketingClient } from '../../client.js';

export type SeatyConfig = ClientOptions & Record<string, unknown>;

/** Not implemented yet: throws `UnsupportedCapabilityError`. */
export function createSeatyClient(_config: SeatyConfig): TicketingClient {
  throw new UnsupportedCapabilityError({
    provider: 'seaty',
    capability: 'client',
    message: 'The Seaty adapter is not available in this version of ticketkit yet.',
  });
}
