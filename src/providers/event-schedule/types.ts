/** The Event Schedule client's public types: a `TicketingClient` whose unsupported methods are typed to reject. */
import type { APIPromise } from '../../core/api-promise.js';
import type {
  AttendeesResource,
  Deleted,
  EventsResource,
  OrdersResource,
  TicketingClient,
  Unsupported,
} from '../../client.js';
import type { ClientOptions, RequestOptions } from '../../core/pipeline.js';
import type { EventScheduleNative } from './endpoints.js';
import type { EventScheduleWebhooksResource } from './resources/webhooks.js';

/** Event Schedule's events: everything but `cancel`. */
export interface EventScheduleEventsResource extends EventsResource {
  /**
   * @deprecated Not supported by Event Schedule: it has no cancelled state; unpublish with `events.update`
   * (providerOptions `is_draft: true`) or delete the event. Always rejects with `UnsupportedCapabilityError`; nothing
   * is sent.
   */
  cancel: Unsupported<EventsResource['cancel']>;
}

/** Event Schedule's orders (sales): no `recordPayment`, plus `delete`. */
export interface EventScheduleOrdersResource extends OrdersResource {
  /**
   * @deprecated Not supported by Event Schedule: a manual payment is recorded with `orders.markPaid`. Always rejects
   * with `UnsupportedCapabilityError`; nothing is sent.
   */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
  /** Deletes a sale (an unpaid or paid sale is cancelled first, releasing its seats). */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

/** Event Schedule's attendees (the ticket units of sales): listed and read. */
export interface EventScheduleAttendeesResource extends AttendeesResource {
  /**
   * @deprecated Not supported by Event Schedule: attendees are the ticket units of sales; use `orders.create`. Always
   * rejects with `UnsupportedCapabilityError`; nothing is sent.
   */
  create: Unsupported<AttendeesResource['create']>;
  /**
   * @deprecated Not supported by Event Schedule: cancel or delete the sale (`orders.cancel`, `orders.delete`). Always
   * rejects with `UnsupportedCapabilityError`; nothing is sent.
   */
  delete: Unsupported<AttendeesResource['delete']>;
  /**
   * @deprecated Not supported by Event Schedule: the API has no check-in. Always rejects with
   * `UnsupportedCapabilityError`; nothing is sent.
   */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/**
 * The Event Schedule client: a `TicketingClient` whose unsupported methods are typed to reject, plus `orders.delete`.
 */
export interface EventScheduleClient extends TicketingClient {
  /** Always `'event-schedule'`: checking it narrows a `TicketingClient` to this type. */
  readonly provider: 'event-schedule';
  /** Always `null`: a Event Schedule credential does not say whether it is live or test. */
  readonly livemode: null;
  /** The schedule `events.create` uses by default, or `null`. */
  readonly schedule: string | null;
  /** Event Schedule's own API, typed. */
  readonly native: EventScheduleNative;
  /**
   * `client.events`, with the methods Event Schedule cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly events: EventScheduleEventsResource;
  /**
   * `client.orders`, with the methods Event Schedule cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly orders: EventScheduleOrdersResource;
  /**
   * `client.attendees`, with the methods Event Schedule cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly attendees: EventScheduleAttendeesResource;
  /**
   * `client.webhooks`: Event Schedule's API has no subscription endpoints (its webhooks are set up in its web app),
   * so each method rejects with `UnsupportedCapabilityError` (docs/webhooks.md).
   */
  readonly webhooks: EventScheduleWebhooksResource;
  /**
   * A copy of this Event Schedule client with some options changed, sharing its credentials and session; the original
   * is unchanged. A bad option throws `ConfigError`.
   */
  withOptions(options: ClientOptions): EventScheduleClient;
}
