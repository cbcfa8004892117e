/** `ticketkit/seaty`: the Seaty client, tree-shakable (imports no other vendor).
 *
 * @packageDocumentation
 * @module ticketkit/seaty
 */
import { SeatyClientImpl, type SeatyClient, type SeatyConfig } from './client.js';

export { seatyCapabilities } from './client.js';
export type { SeatyEventsResource, SeatyTicketTypesResource, SeatyAttendeesResource } from './client.js';
export type { SeatyClient, SeatyConfig, SeatyContactsResource, SeatyContactListParams, SeatyOrderGetOptions, SeatyOrdersResource } from './client.js';
export { SeatyNative, SEATY_BASE_URL } from './endpoints.js';
export type { SeatyListQuery } from './endpoints.js';
export type { SeatyWebhooksResource } from './resources/webhooks.js';
export type {
  SeatyEvent,
  SeatyEventDate,
  SeatyEventDateDetail,
  SeatyTicketCategory,
  SeatyOrder,
  SeatyDateOrder,
  SeatyOrderTicket,
  SeatyPayment,
  SeatyDiscount,
  SeatyDateSummary,
  SeatyAttendee,
  SeatyPaymentMethod,
  SeatyBalancePaymentBody,
} from './schemas.js';
export { seatyIds } from './normalize.js';
export { SEATY_PAYMENT_TYPE } from './schemas.js';
export type { SeatyContact } from './normalize.js';

/**
 * Creates a Seaty client. Throws `ConfigError` for a missing `apiKey` or a bad `rateLimit`.
 * The key is sent only as `Authorization: Bearer …`; the base URL defaults to `https://developer.seaty.co.uk/v1`.
 *
 * @example
 * ```ts
 * import { createSeatyClient } from 'ticketkit/seaty';
 *
 * const client = createSeatyClient({ apiKey: process.env.SEATY_KEY! });
 * const page = await client.events.list({ limit: 20 });
 * ```
 */
export function createSeatyClient(config: SeatyConfig): SeatyClient {
  return new SeatyClientImpl(config);
}
