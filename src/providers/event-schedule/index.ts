/** `ticketkit/event-schedule`: the Event Schedule client, tree-shakable (imports no other vendor). */
import { EventScheduleClientImpl, type EventScheduleClient, type EventScheduleConfig } from './client.js';

export { EventScheduleClientImpl, eventScheduleCapabilities, normalizeBaseUrl } from './client.js';
export type {
  EventScheduleClient,
  EventScheduleConfig,
  EventScheduleOrdersResource,
  EventScheduleEventsResource,
  EventScheduleAttendeesResource,
} from './client.js';
export { EventScheduleNative, ES_PATHS, EVENT_SCHEDULE_BASE_URL, ES_FLYER_EXTENSIONS, ES_FLYER_MAX_BYTES } from './endpoints.js';
export type {
  EsPageParams,
  EsScheduleListParams,
  EsEventListParams,
  EsSaleListParams,
  EsFeedbackListParams,
  EsFanContentListParams,
  EsRawPage,
} from './endpoints.js';
export type * from './schemas.js';
export { eventScheduleIds } from './normalize.js';
export { ES_RATE_LIMIT_WINDOW_MS, ES_VENDOR_CODES } from './errors.js';
export { EVENT_SCHEDULE_RATE_LIMITS } from './config.js';
export { ES_DEFAULT_PER_PAGE, ES_MAX_PER_PAGE } from './pagination.js';

/**
 * Creates an Event Schedule client. Throws `ConfigError` for a missing `apiKey` or a `baseUrl` that is not an
 * absolute http(s) URL.
 */
export function createEventScheduleClient(config: EventScheduleConfig): EventScheduleClient {
  return new EventScheduleClientImpl(config);
}
