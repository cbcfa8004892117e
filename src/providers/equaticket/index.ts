/** `ticketkit/equaticket`: the Equaticket client, tree-shakable (imports no other vendor).
 *
 * @packageDocumentation
 * @module ticketkit/equaticket
 */
import { EquaticketClientImpl, type EquaticketClient, type EquaticketConfig } from './client.js';

export { equaticketCapabilities, EQUATICKET_REQUESTS_PER_MINUTE } from './client.js';
export type { EquaticketClient, EquaticketConfig, EquaticketPlan, EquaticketEventsResource, EquaticketOrdersResource, EquaticketAttendeesResource } from './client.js';
export type { EqSingle } from './schemas.js';
export { EquaticketNative } from './native.js';
export type { EqListQuery, EqOrderListQuery, EqAttendeeListQuery } from './native.js';
export { EQUATICKET_BASE_URL } from './paths.js';
export type {
  EqId,
  EqEvent,
  EqTicketType,
  EqOrder,
  EqAttendee,
  EqWebhook,
  EqWebhookDelivery,
  EqEventCreateBody,
  EqEventUpdateBody,
  EqTicketTypeCreateBody,
  EqTicketTypeUpdateBody,
  EqWebhookCreateBody,
} from './schemas.js';
export { equaticketIds } from './normalize.js';

/** Creates an Equaticket client. Throws `ConfigError` for a missing key or one that is neither `sk_live_` nor `sk_test_`. *
 * @example
 * ```ts
 * import { createEquaticketClient } from 'ticketkit/equaticket';
 *
 * const client = createEquaticketClient({ apiKey: process.env.EQUATICKET_KEY! });
 * const page = await client.events.list({ limit: 20 });
 * ```
 */
export function createEquaticketClient(config: EquaticketConfig): EquaticketClient {
  return new EquaticketClientImpl(config);
}
