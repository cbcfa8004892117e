/** `ticketkit/seaty`: the Seaty client, tree-shakable (imports no other vendor). */
import { SeatyClientImpl, type SeatyClient, type SeatyConfig } from './client.js';

export { SeatyClientImpl, seatyCapabilities, SEATY_READS_PER_MINUTE } from './client.js';
export { balancePaymentBody } from './resources/record-payment.js';
export type { SeatyClient, SeatyConfig, SeatyContactsResource, SeatyContactListParams, SeatyOrderGetOptions, SeatyOrdersResource } from './client.js';
export { SeatyNative, SEATY_PATHS, SEATY_BASE_URL } from './endpoints.js';
export type { SeatyListQuery, SeatyRawPage } from './endpoints.js';
export type * from './schemas.js';
export { SEATY_PAYMENT_TYPE } from './schemas.js';
export { seatyIds, orderStatus as seatyOrderStatus, SEATY_CURRENCY_SYMBOLS } from './normalize.js';
export type { SeatyContact, SeatyNormalizedOrder } from './normalize.js';
export { SEATY_MAX_PER_PAGE, SEATY_DEFAULT_PER_PAGE } from './pagination.js';

/**
 * Creates a Seaty client. Throws `ConfigError` for a missing `apiKey` or a bad `rateLimit`.
 * The key is sent only as `Authorization: Bearer …`; the base URL defaults to `https://developer.seaty.co.uk/v1`.
 */
export function createSeatyClient(config: SeatyConfig): SeatyClient {
  return new SeatyClientImpl(config);
}
