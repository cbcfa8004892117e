/**
 * The Event Schedule client: its config and wire, the native layer, and the normalized resources (each in
 * ./resources, written against `EventScheduleContext`), every method behind the one guard (src/core/guard.ts).
 * See docs/vendors/event-schedule.md.
 */
import { BaseClient, checkOverrides, type EventDatesResource, type TicketingClient, type TicketTypesResource } from '../../client.js';
import { guardObject } from '../../core/guard.js';
import type { Attendee, Event, EventDate, Order, TicketType } from '../../core/model.js';
import type { ClientOptions, RequestOptions } from '../../core/pipeline.js';
import { webhooksResource, type EventScheduleWebhooksResource } from './resources/webhooks.js';
import { PROVIDER, checkConfig, eventScheduleCapabilities, eventScheduleWire, type EventScheduleConfig } from './config.js';
import type { EventScheduleContext } from './context.js';
import { EventScheduleNative, fetchEsPage } from './endpoints.js';
import { attendeesResource } from './resources/attendees.js';
import { eventDatesResource } from './resources/event-dates.js';
import { eventsResource } from './resources/events.js';
import { ordersResource } from './resources/orders.js';
import { ticketTypesResource } from './resources/ticket-types.js';
import type {
  EventScheduleAttendeesResource,
  EventScheduleClient,
  EventScheduleEventsResource,
  EventScheduleOrdersResource,
} from './types.js';

export { eventScheduleCapabilities, normalizeBaseUrl, type EventScheduleConfig } from './config.js';
export type {
  EventScheduleAttendeesResource,
  EventScheduleClient,
  EventScheduleEventsResource,
  EventScheduleOrdersResource,
} from './types.js';

export class EventScheduleClientImpl extends BaseClient<EventScheduleConfig> implements EventScheduleClient, TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = eventScheduleCapabilities;
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventScheduleNative;
  readonly events: EventScheduleEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EventScheduleOrdersResource;
  readonly attendees: EventScheduleAttendeesResource;
  readonly webhooks: EventScheduleWebhooksResource;

  constructor(config: EventScheduleConfig, copyOf?: EventScheduleClientImpl) {
    const checked = checkConfig(config);
    super(checked, eventScheduleWire(checked.apiKey), copyOf);
    // The resources use the native layer unguarded (its own errors are not re-labelled as theirs).
    const native = new EventScheduleNative(this.pipeline);
    const pipeline = this.pipeline;
    const es: EventScheduleContext = {
      provider: PROVIDER,
      native,
      fetchPage: (request) => fetchEsPage(pipeline, request),
      normalize: (options: RequestOptions | undefined) => ({
        raw: options?.raw === true,
        warn: (message, data) => pipeline.log.warn(message, data),
      }),
      log: pipeline.log,
      schedule: checked.schedule ?? null,
    };
    // `listGroups` and `listCategories` are single reads (`APIPromise`), not paged lists.
    this.native = guardObject(PROVIDER, 'native', native, { listGroups: 'read', listCategories: 'read' });
    this.events = guardObject(PROVIDER, 'events', eventsResource(es));
    this.eventDates = guardObject(PROVIDER, 'eventDates', eventDatesResource(es));
    this.ticketTypes = guardObject(PROVIDER, 'ticketTypes', ticketTypesResource(es));
    this.orders = guardObject(PROVIDER, 'orders', ordersResource(es));
    this.attendees = guardObject(PROVIDER, 'attendees', attendeesResource(es));
    this.webhooks = guardObject(PROVIDER, 'webhooks', webhooksResource());
  }

  /** The schedule `events.create` uses by default (`config.schedule`), or `null`. */
  get schedule(): string | null {
    return this.config.schedule ?? null;
  }

  withOptions(options: ClientOptions): EventScheduleClientImpl {
    return new EventScheduleClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) }, this);
  }
}

export type { Event, EventDate, TicketType, Order, Attendee };
