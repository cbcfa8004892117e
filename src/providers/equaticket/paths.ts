/** Equaticket's base URL and paths (see docs/vendors/equaticket.md, "What maps to what" and "Guesses of the adapter"). */
import { seg } from '../../internal/path.js';

/** Equaticket's API root, the default `baseUrl`. */
export const EQUATICKET_BASE_URL = 'https://app.equaticket.com/api/v1';

/**
 * One id in a path, validated by the generic rules of `seg` (a string, not blank, not `.`/`..`, no control
 * characters, bounded) and encoded; `field` names the argument in the `ValidationError`. Equaticket shows ids only in
 * webhook payloads (UUIDs), never in a REST body, so no id is refused for its form (see docs/vendors/equaticket.md,
 * Ids): a form check would refuse a real id the day the vendor uses another; a wrong id gets the vendor's 404.
 */
const idIn = (value: string, field: string): string => seg(value, field);

/** Paths the vendor documents (relative to the base URL). */
const DOCUMENTED_PATHS = {
  events: '/events',
  publish: (id: string) => `/events/${idIn(id, 'id')}/publish`,
  /** POST is documented; GET (the list) is a guess at the same path. */
  ticketTypes: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/ticket-types`,
  orders: '/orders',
  eventOrders: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/orders`,
  attendees: '/attendees',
  eventAttendees: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/attendees`,
  publicEvents: '/public/events',
} as const;

/**
 * Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the vendor documents that these operations exist (by
 * their scopes) but not their URLs. Each is the most plausible path, by analogy with the documented ones.
 */
export const EQ_PATHS_GUESS = {
  /** `GET` and `PATCH /events/{id}`. */
  event: (id: string) => `/events/${idIn(id, 'id')}`,
  /** By analogy with `/publish`. */
  cancel: (id: string) => `/events/${idIn(id, 'id')}/cancel`,
  ticketType: (eventId: string, id: string) => `/events/${idIn(eventId, 'eventId')}/ticket-types/${idIn(id, 'id')}`,
  order: (id: string) => `/orders/${idIn(id, 'id')}`,
  webhooks: '/webhooks',
  webhook: (id: string) => `/webhooks/${idIn(id, 'id')}`,
  webhookDeliveries: (id: string) => `/webhooks/${idIn(id, 'id')}/deliveries`,
} as const;

/** Every path of the native layer: the documented ones and the guesses. */
export const EQ_PATHS = { ...DOCUMENTED_PATHS, ...EQ_PATHS_GUESS } as const;

/** Documented, but outside `/api/v1`: resolved against the base URL's origin. */
export const EQ_RESET_TEST_DATA_PATH = '/api/settings/api-keys/reset-test-data';
