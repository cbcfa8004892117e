/**
 * The Eventbrite v3 client: config, wire (Bearer auth, waypoint token, error mapping), the organization it works in,
 * and the normalized resources (`resources/*.ts`) assembled over the native layer (docs/vendors/eventbrite.md, Code
 * layout).
 */
import { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { BaseClient, checkOverrides, type EventDatesResource, type EventsResource, type TicketingClient, type TicketTypesResource, type WebhooksResource } from '../../client.js';
import { guardMethod, guardObject } from '../../core/guard.js';
import type { Attendee, Event, EventDate, Order, TicketType } from '../../core/model.js';
import { configKeysOf, parseVendorConfig } from '../../core/options.js';
import type { ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { withinWindow } from '../../core/rate-limit.js';
import { idProblem } from '../../internal/path.js';
import { eventbriteCapabilities } from './capabilities.js';
import { eventbriteContext, PROVIDER, type EventbriteContext } from './context.js';
import { EventbriteNative } from './endpoints.js';
import { EB_RATE_LIMIT_PER_HOUR, mapEventbriteError } from './errors.js';
import { lookupOrganization, resolveOrganization, type EventbriteSession } from './organization.js';
import { EVENTBRITE_BASE_URL } from './paths.js';
import { attendeesResource, type EventbriteAttendeesResource } from './resources/attendees.js';
import type { EventCopyInput } from './resources/event-bodies.js';
import { eventDatesResource } from './resources/event-dates.js';
import { copyEvent, eventsResource, unpublishEvent } from './resources/events.js';
import { ordersResource, type EventbriteOrdersResource } from './resources/orders.js';
import { ticketTypesResource } from './resources/ticket-types.js';
import { webhooksResource } from './resources/webhooks.js';

export { eventbriteCapabilities } from './capabilities.js';
export type { EventbriteAttendeesResource } from './resources/attendees.js';
export type { EventbriteOrdersResource } from './resources/orders.js';

/**
 * The config of `createEventbriteClient`: the token and, optionally, the organization, plus the common
 * `ClientOptions`.
 */
export interface EventbriteConfig extends ClientOptions {
  /** A private token or an OAuth token; sent only as `Authorization: Bearer`. */
  token: string;
  /**
   * The organization to work in. Without it, it is resolved once per client via
   * `GET /users/me/organizations/` (the token must see exactly one organization).
   */
  organizationId?: string;
}

/**
 * The response header of a write, echoed on the next requests for read-your-writes (docs/vendors/eventbrite.md,
 * Credentials and transport).
 */
export const WAYPOINT_HEADER = 'Eventbrite-API-Waypoint-Token';
/** Documented: the waypoint token "can be dropped after about 5 min". */
export const WAYPOINT_TTL_MS = 5 * 60_000;

/** Eventbrite's own config keys (the common client options are checked by the pipeline). */
const EventbriteConfigSchema = z.object({
  token: z.string().regex(/^\S+$/).describe('a private token or an OAuth token, without whitespace'),
  organizationId: z
    .union([z.string(), z.number().transform(String)])
    .transform((id) => id.trim())
    .refine((id) => id !== '' && idProblem(id) === null)
    .nullish()
    .describe('the organization to work in: a non-empty id (a string such as "698566935713")'),
});

/** The wire of a session: Bearer auth, the waypoint token echoed while fresh, Eventbrite's error envelope. */
function eventbriteWire(session: EventbriteSession): ProviderWire {
  return {
    // One hourly budget per token over every call (the daily cap some third parties quote is unconfirmed).
    rateLimits: { all: withinWindow(EB_RATE_LIMIT_PER_HOUR, 'hour') },
    configKeys: configKeysOf(EventbriteConfigSchema),
    provider: PROVIDER,
    baseUrl: EVENTBRITE_BASE_URL,
    secrets: [session.token],
    headers: (ctx): Record<string, string> => {
      const headers: Record<string, string> = ctx.auth ? { authorization: `Bearer ${session.token}` } : {};
      const waypoint = session.waypoint;
      if (waypoint && Date.now() - waypoint.at < WAYPOINT_TTL_MS) headers[WAYPOINT_HEADER.toLowerCase()] = waypoint.token;
      return headers;
    },
    mapError: mapEventbriteError,
    idempotencyHeader: null,
    onSuccess: (response) => {
      const waypoint = response.headers.get(WAYPOINT_HEADER);
      if (waypoint) session.waypoint = { token: waypoint, at: Date.now() };
    },
  };
}

// The Eventbrite-only methods, through the one guard (a bad argument rejects with a `ValidationError`).
const guardedOrganizationId = guardMethod(PROVIDER, 'organizationId', 'read', (eb: EventbriteContext, options?: RequestOptions) =>
  eb.native.organizationId(options),
);
const guardedUnpublishEvent = guardMethod(PROVIDER, 'unpublishEvent', 'write', unpublishEvent);
const guardedCopyEvent = guardMethod(PROVIDER, 'copyEvent', 'write', copyEvent);

export class EventbriteClientImpl extends BaseClient<EventbriteConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = eventbriteCapabilities;
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventbriteNative;
  readonly events: EventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EventbriteOrdersResource;
  readonly attendees: EventbriteAttendeesResource;
  /** The organization's webhooks (organization webhooks endpoints). */
  readonly webhooks: WebhooksResource;
  private readonly session: EventbriteSession;
  /** What the resources and the Eventbrite-only methods use of this client. */
  private readonly eb: EventbriteContext;

  constructor(config: EventbriteConfig, shared?: EventbriteSession, copyOf?: EventbriteClientImpl) {
    const parsed = parseVendorConfig(PROVIDER, 'Eventbrite', EventbriteConfigSchema, config);
    const token = parsed.token;
    const organizationId = parsed.organizationId ?? null;
    const session: EventbriteSession =
      shared && shared.token === token && shared.organizationId === organizationId
        ? shared
        : { token, organizationId, organization: null, waypoint: null };
    super(config, eventbriteWire(session), copyOf);
    this.session = session;
    const api: EventbriteNative = new EventbriteNative(this.pipeline, (explicit, options) => resolveOrganization(session, lookup, explicit, options));
    const lookup = () => lookupOrganization(api, this.pipeline.log);
    const eb = (this.eb = eventbriteContext(api, this.pipeline.log));
    // Guarded: a throw from argument handling or normalizing becomes a rejected TicketingError, never a plain Error.
    this.native = guardObject(PROVIDER, 'native', api, { fetchPage: 'read' });
    this.events = guardObject(PROVIDER, 'events', eventsResource(eb));
    this.eventDates = guardObject(PROVIDER, 'eventDates', eventDatesResource(eb));
    this.ticketTypes = guardObject(PROVIDER, 'ticketTypes', ticketTypesResource(eb));
    this.orders = guardObject(PROVIDER, 'orders', ordersResource(eb));
    this.attendees = guardObject(PROVIDER, 'attendees', attendeesResource(eb));
    this.webhooks = guardObject(PROVIDER, 'webhooks', webhooksResource(eb));
  }

  /** The organization id this client works in (configured, else looked up once and cached). */
  organizationId(options?: RequestOptions): Promise<string> {
    return guardedOrganizationId(this.eb, options);
  }

  /**
   * Unpublishes an event (Eventbrite only), then reads it back. A free event must never have had orders; a paid one
   * none unless it is completed and paid out (`CANNOT_UNPUBLISH`). If the unpublish succeeded and the read-back fails,
   * the error says so (`outcomeUnknown: true`, `writtenId`).
   */
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<Event> {
    return guardedUnpublishEvent(this.eb, id, options);
  }

  /** Copies an event (Eventbrite only) with a new name and dates; returns the new event (a draft). */
  copyEvent(id: string, input?: EventCopyInput, options?: RequestOptions): APIPromise<Event> {
    return guardedCopyEvent(this.eb, id, input, options);
  }

  withOptions(options: ClientOptions): EventbriteClientImpl {
    return new EventbriteClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) }, this.session, this);
  }
}

/** The Eventbrite client: a `TicketingClient` whose unsupported methods are typed to reject, plus Eventbrite extras. */
export interface EventbriteClient extends TicketingClient {
  /** Always `'eventbrite'`: checking it narrows a `TicketingClient` to this type. */
  readonly provider: 'eventbrite';
  /** Always `null`: a Eventbrite credential does not say whether it is live or test. */
  readonly livemode: null;
  /** Eventbrite's own API, typed. */
  readonly native: EventbriteNative;
  /**
   * `client.orders`, with the methods Eventbrite cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly orders: EventbriteOrdersResource;
  /**
   * `client.attendees`, with the methods Eventbrite cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly attendees: EventbriteAttendeesResource;
  /** The organization id this client works in (configured, else looked up once and cached). */
  organizationId(options?: RequestOptions): Promise<string>;
  /**
   * Takes a live event back to draft (Eventbrite only), then reads it back. If the unpublish landed and the read
   * fails, the error says so (`outcomeUnknown: true`, `writtenId`).
   */
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<Event>;
  /** Copies an event (Eventbrite only) with a new name and dates; resolves to the new event, a draft. */
  copyEvent(id: string, input?: EventCopyInput, options?: RequestOptions): APIPromise<Event>;
  /**
   * A copy of this Eventbrite client with some options changed, sharing its credentials and session; the original is
   * unchanged. A bad option throws `ConfigError`.
   */
  withOptions(options: ClientOptions): EventbriteClient;
}

export type { Event, EventDate, TicketType, Order, Attendee };
