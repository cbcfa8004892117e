/** `ticketkit/eventbrite`: the Eventbrite v3 client, tree-shakable (imports no other vendor).
 *
 * @packageDocumentation
 * @module ticketkit/eventbrite
 */
import { EventbriteClientImpl, type EventbriteClient, type EventbriteConfig } from './client.js';

export { eventbriteCapabilities } from './client.js';
export type { EventbriteClient, EventbriteConfig, EventbriteOrdersResource, EventbriteAttendeesResource } from './client.js';
export { EventbriteNative } from './endpoints.js';
export type { EbRawPage, EbPageRequest } from './endpoints.js';
export { EB_EXPANDABLE_TYPES } from './native-params.js';
export { EVENTBRITE_BASE_URL } from './paths.js';
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
export type {
  EbMoney,
  EbMultipartText,
  EbDateTimeTz,
  EbAddress,
  EbVenue,
  EbOrganizer,
  EbLogo,
  EbTicketClass,
  EbEvent,
  EbBarcode,
  EbAttendeeProfile,
  EbAttendeeCosts,
  EbAttendee,
  EbOrderCosts,
  EbOrder,
  EbOrganization,
  EbUser,
  EbWebhook,
  EbDisplaySettings,
  EbTicketBuyerSettings,
  EbQuestion,
  EbTeam,
  EbTicketGroup,
  EbDiscount,
  EbSchedule,
  EbDescription,
  EbUntyped,
  EbFlagResult,
  EbPagination,
  EbMoneyInput,
  EbEventWrite,
  EbEventBody,
  EbEventCopyBody,
  EbTicketClassWrite,
  EbTicketClassBody,
  EbQuestionBody,
  EbDisplaySettingsBody,
  EbTicketBuyerSettingsBody,
  EbTicketGroupBody,
  EbDiscountBody,
  EbScheduleBody,
  EbWebhookCreateBody,
  EbTeamCreateBody,
} from './schemas.js';
export { eventbriteIds } from './normalize.js';

/**
 * Creates an Eventbrite client. Throws `ConfigError` for a missing token. Without `organizationId`, the
 * organization is resolved on first use via `GET /users/me/organizations/` (exactly one, else `ConfigError`).
 *
 * @example
 * ```ts
 * import { createEventbriteClient } from 'ticketkit/eventbrite';
 *
 * const client = createEventbriteClient({ token: process.env.EVENTBRITE_TOKEN!, organizationId: '123' });
 * const page = await client.events.list({ limit: 20 });
 * ```
 */
export function createEventbriteClient(config: EventbriteConfig): EventbriteClient {
  return new EventbriteClientImpl(config);
}
