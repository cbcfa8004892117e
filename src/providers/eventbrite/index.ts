/** `ticketkit/eventbrite`: the Eventbrite v3 client, tree-shakable (imports no other vendor). */
import { EventbriteClientImpl, type EventbriteClient, type EventbriteConfig } from './client.js';

export { EventbriteClientImpl, eventbriteCapabilities, WAYPOINT_HEADER, WAYPOINT_TTL_MS } from './client.js';
export type { EventbriteClient, EventbriteConfig, EventbriteOrdersResource, EventbriteAttendeesResource } from './client.js';
export { EventbriteNative } from './endpoints.js';
export type { EbRawPage, EbPageRequest, OrganizationResolver } from './endpoints.js';
export { EB_PATHS, EVENTBRITE_BASE_URL, EB_TRANSFERS_KEY, EB_TICKET_GROUPS_KEY } from './paths.js';
export type {
  AttendeeExpansion,
  EbDiscountListParams,
  EbEventAttendeesParams,
  EbEventOrdersParams,
  EbEventStatusFilter,
  EbExpandableType,
  EbListParams,
  EbOrganizationAttendeesParams,
  EbOrganizationEventsParams,
  EbOrganizationOrdersParams,
  EbOrganizationTicketClassParams,
  EbQuestionListParams,
  EbSeriesEventsParams,
  EbTicketClassForSaleParams,
  EbTicketClassListParams,
  EbTicketGroupListParams,
  EbTimeFilter,
  EbUserOrdersParams,
  EbVenueEventsParams,
  EventExpansion,
  ExpandOption,
  OrderExpansion,
  OrgScoped,
  TicketClassExpansion,
  TicketGroupExpansion,
} from './native-params.js';
export type { EventCopyInput } from './resources/event-bodies.js';
export type * from './schemas.js';
export { eventbriteIds } from './normalize.js';
export { EB_DEFAULT_PAGE_SIZE, EB_MAX_PAGE_SIZE, nextPageState } from './pagination.js';
export { EB_RATE_LIMIT_PER_HOUR } from './errors.js';

/**
 * Creates an Eventbrite client. Throws `ConfigError` for a missing token. Without `organizationId`, the
 * organization is resolved on first use via `GET /users/me/organizations/` (exactly one, else `ConfigError`).
 */
export function createEventbriteClient(config: EventbriteConfig): EventbriteClient {
  return new EventbriteClientImpl(config);
}
