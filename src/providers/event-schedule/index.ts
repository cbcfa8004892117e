/** `ticketkit/event-schedule`: the Event Schedule client, tree-shakable (imports no other vendor).
 *
 * @packageDocumentation
 * @module ticketkit/event-schedule
 */
import { EventScheduleClientImpl, type EventScheduleClient, type EventScheduleConfig } from './client.js';

export { eventScheduleCapabilities } from './client.js';
export type {
  EventScheduleClient,
  EventScheduleConfig,
  EventScheduleOrdersResource,
  EventScheduleEventsResource,
  EventScheduleAttendeesResource,
} from './client.js';
export type { EventScheduleWebhooksResource } from './resources/webhooks.js';
export { EventScheduleNative, EVENT_SCHEDULE_BASE_URL } from './endpoints.js';
export type {
  EsPageParams,
  EsScheduleListParams,
  EsEventListParams,
  EsSaleListParams,
  EsFeedbackListParams,
  EsFanContentListParams,
} from './endpoints.js';
export type {
  EsMember,
  EsGroup,
  EsSchedule,
  EsTicket,
  EsAddon,
  EsEventPart,
  EsEvent,
  EsSaleTicket,
  EsSale,
  EsCategory,
  EsAuthResult,
  EsFeedback,
  EsFanContent,
  EsPageMeta,
  EsMessage,
  EsTicketInput,
  EsAddonInput,
  EsEventPartInput,
  EsEventBody,
  EsScheduleCreateBody,
  EsScheduleUpdateBody,
  EsGroupBody,
  EsSaleCreateBody,
  EsSaleAction,
  EsRegisterBody,
} from './schemas.js';
export { eventScheduleIds } from './normalize.js';
export { EVENT_SCHEDULE_RATE_LIMITS } from './config.js';

/**
 * Creates an Event Schedule client. Throws `ConfigError` for a missing `apiKey` or a `baseUrl` that is not an
 * absolute http(s) URL.
 *
 * @example
 * ```ts
 * import { createEventScheduleClient } from 'ticketkit/event-schedule';
 *
 * const client = createEventScheduleClient({ apiKey: process.env.EVENT_SCHEDULE_KEY! });
 * const page = await client.events.list({ limit: 20 });
 * ```
 */
export function createEventScheduleClient(config: EventScheduleConfig): EventScheduleClient {
  return new EventScheduleClientImpl(config);
}
