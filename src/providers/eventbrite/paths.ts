/**
 * Eventbrite v3 paths (docs/vendors/eventbrite.md, Native layer): every path relative to the base URL, each id
 * segment checked and encoded (`seg`), and the list keys the docs leave unnamed.
 */
import { seg } from '../../internal/path.js';

/** Eventbrite's v3 API root, the default `baseUrl`. */
export const EVENTBRITE_BASE_URL = 'https://www.eventbriteapi.com/v3';

/**
 * Guess: the API Blueprint writes `/event/{id}/canned_questions/{question_id}` (singular, no trailing slash), which
 * reads as a doc slip next to every other path; the plural form with `/` is used (docs/vendors/eventbrite.md,
 * Native layer). Takes encoded segments.
 */
const EB_CANNED_QUESTION_PATH_GUESS = (eventSegment: string, questionSegment: string) =>
  `/events/${eventSegment}/canned_questions/${questionSegment}/`;

/** Paths relative to the base URL. Every documented path ends in `/` (docs/vendors/eventbrite.md, Credentials and transport). */
export const EB_PATHS = {
  me: '/users/me/',
  userOrganizations: (userId: string) => `/users/${seg(userId, 'userId')}/organizations/`,
  userOrders: (userId: string) => `/users/${seg(userId, 'userId')}/orders/`,
  organizationEvents: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/events/`,
  organizationOrders: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/orders/`,
  organizationAttendees: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/attendees/`,
  organizationTicketClasses: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/ticket_classes/`,
  organizationTicketGroups: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/ticket_groups/`,
  organizationTicketClassGroups: (orgId: string, eventId: string, ticketClassId: string) =>
    `/organizations/${seg(orgId, 'organizationId')}/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/`,
  organizationWebhooks: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/webhooks/`,
  organizationDiscounts: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/discounts/`,
  organizationMembers: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/members/`,
  organizationRoles: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/roles/`,
  event: (id: string) => `/events/${seg(id, 'eventId')}/`,
  eventPublish: (id: string) => `/events/${seg(id, 'eventId')}/publish/`,
  eventUnpublish: (id: string) => `/events/${seg(id, 'eventId')}/unpublish/`,
  eventCancel: (id: string) => `/events/${seg(id, 'eventId')}/cancel/`,
  eventCopy: (id: string) => `/events/${seg(id, 'eventId')}/copy/`,
  eventDescription: (id: string) => `/events/${seg(id, 'eventId')}/description/`,
  eventSchedules: (id: string) => `/events/${seg(id, 'eventId')}/schedules/`,
  displaySettings: (id: string) => `/events/${seg(id, 'eventId')}/display_settings/`,
  series: (id: string) => `/series/${seg(id, 'seriesId')}/`,
  seriesEvents: (id: string) => `/series/${seg(id, 'seriesId')}/events/`,
  venueEvents: (venueId: string) => `/venues/${seg(venueId, 'venueId')}/events/`,
  ticketClasses: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/`,
  ticketClassesForSale: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/for_sale/`,
  ticketClass: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(id, 'ticketClassId')}/`,
  ticketClassGroups: (eventId: string, ticketClassId: string) =>
    `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/`,
  ticketClassGroup: (eventId: string, ticketClassId: string, groupId: string) =>
    `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/${seg(groupId, 'ticketGroupId')}/`,
  eventTicketGroups: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_groups/`,
  ticketGroup: (id: string) => `/ticket_groups/${seg(id, 'ticketGroupId')}/`,
  cannedQuestions: (eventId: string) => `/events/${seg(eventId, 'eventId')}/canned_questions/`,
  /** See `EB_CANNED_QUESTION_PATH_GUESS`. */
  cannedQuestion: (eventId: string, id: string) => EB_CANNED_QUESTION_PATH_GUESS(seg(eventId, 'eventId'), seg(id, 'questionId')),
  questions: (eventId: string) => `/events/${seg(eventId, 'eventId')}/questions/`,
  question: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/questions/${seg(id, 'questionId')}/`,
  eventAttendees: (eventId: string) => `/events/${seg(eventId, 'eventId')}/attendees/`,
  eventAttendee: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/attendees/${seg(id, 'attendeeId')}/`,
  eventOrders: (eventId: string) => `/events/${seg(eventId, 'eventId')}/orders/`,
  order: (id: string) => `/orders/${seg(id, 'orderId')}/`,
  transfers: (eventId: string) => `/events/${seg(eventId, 'eventId')}/transfers/`,
  teams: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/`,
  team: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/`,
  teamAttendees: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/attendees/`,
  teamCreate: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/create/`,
  teamCheckPassword: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/check_password/`,
  teamSearch: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/search/`,
  ticketBuyerSettings: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_buyer_settings/`,
  discount: (id: string) => `/discounts/${seg(id, 'discountId')}/`,
  webhook: (id: string) => `/webhooks/${seg(id, 'webhookId')}/`,
} as const;

/** Guess: the transfers list key is not documented anywhere (docs/vendors/eventbrite.md, Native layer). */
export const EB_TRANSFERS_KEY_GUESS = 'transfers';
/** The transfers list key ticketkit reads (`EB_TRANSFERS_KEY_GUESS`; exported under this name since 0.1). */
export const EB_TRANSFERS_KEY = EB_TRANSFERS_KEY_GUESS;
/** Inferred (docs/vendors/eventbrite.md, Native layer): the key of an event's ticket-group list is named only for the organization list. */
export const EB_TICKET_GROUPS_KEY = 'ticket_groups';
