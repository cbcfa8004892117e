/**
 * The Event Vault client: its config, its wire (four auth headers, the per-attempt timestamp, plain-text errors, clock
 * skew), one pipeline per event, and the resources assembled from ./resources (each written against the narrow
 * `EventVaultContext`, see ./context.ts). The vendor facts it relies on are in docs/vendors/event-vault.md.
 */
import type { APIPromise } from '../../core/api-promise.js';
import { BaseClient, checkOverrides, customRequestError, type CustomRequest, type Deleted, type TicketingClient } from '../../client.js';
import { guardMethod, guardObject, kindOf, rejected, typedError } from '../../core/guard.js';
import type { Attendee, AttendeeCreateInput, Event, TicketType } from '../../core/model.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { HttpPipeline, type ClientOptions, type ProviderWire, type RequestOptions } from '../../core/pipeline.js';
import { eventVaultCapabilities } from './capabilities.js';
import { checkEventVaultConfig, EV_CONFIG_KEYS, type EventVaultConfig } from './config.js';
import { EV_PROVIDER, type EventVaultContext } from './context.js';
import { EVENT_VAULT_BASE_URL, EventVaultNative, splitEventOption, type EventVaultRequestOptions } from './endpoints.js';
import { ClockSync, mapEventVaultError } from './errors.js';
import type { EventVaultGuestCount, EventVaultTicket } from './normalize.js';
import { EventPipelines } from './pipelines.js';
import { attendeesResource, type EventVaultAttendeesResource } from './resources/attendees.js';
import { eventVaultHelpers, type EventVaultEnsuredAttendee } from './resources/ensure.js';
import { eventDatesResource, type EventVaultEventDatesResource } from './resources/event-dates.js';
import { eventsResource, type EventVaultEventsResource } from './resources/events.js';
import { ordersResource, type EventVaultOrdersResource } from './resources/orders.js';
import { ticketTypesResource, type EventVaultTicketTypesResource } from './resources/ticket-types.js';
import { ticketsResource, type EventVaultTicketsResource } from './resources/tickets.js';
import { webhooksResource, type EventVaultWebhooksResource } from './resources/webhooks.js';

export type { EventVaultConfig };

/** The Event Vault client: a `TicketingClient` whose unsupported methods are typed to reject, plus `tickets`. */
export interface EventVaultClient extends TicketingClient {
  /** Always `'event-vault'`: checking it narrows a `TicketingClient` to this type. */
  readonly provider: 'event-vault';
  /** Always `null`: a Event Vault credential does not say whether it is live or test. */
  readonly livemode: null;
  /** The configured event (the default `x-event-id`). */
  readonly eventId: string;
  /** The offset (ms) added to `clock()` for `x-timestamp`, learned from a 408's `Date` header. */
  readonly clockOffsetMs: number;
  /** Event Vault's own API, typed; its methods take the per-call option `eventId`. */
  readonly native: EventVaultNative;
  /**
   * `client.events`, with the methods Event Vault cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly events: EventVaultEventsResource;
  /** `client.eventDates`, with the methods Event Vault cannot do typed to reject. */
  readonly eventDates: EventVaultEventDatesResource;
  /**
   * `client.ticketTypes`, with the methods Event Vault cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly ticketTypes: EventVaultTicketTypesResource;
  /**
   * `client.orders`, with the methods Event Vault cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly orders: EventVaultOrdersResource;
  /**
   * `client.attendees`, with the methods Event Vault cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly attendees: EventVaultAttendeesResource;
  /** The tickets guests hold (vendor-only). */
  readonly tickets: EventVaultTicketsResource;
  /**
   * `client.webhooks`: Event Vault sends no webhooks, so each method rejects with `UnsupportedCapabilityError`
   * (docs/webhooks.md).
   */
  readonly webhooks: EventVaultWebhooksResource;
  /** `getGuestCount` of the configured event (or `params.eventId`). */
  guestCount(params?: { eventId?: string }, options?: RequestOptions): APIPromise<EventVaultGuestCount>;
  /** `addGuest` that treats the duplicate-guest 409 as success and returns the guest the vendor holds. */
  ensureAttendee(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  /** `removeGuest` that treats the vendor's "not registered" 404 as success (`existed: false`). */
  ensureAttendeeDeleted(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  /** `ensureAttendee` under the name the vendor's docs suggest. */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  /**
   * Removes a guest (attendee id) or a ticket (ticket id); the vendor's "already gone" 404 is success (`existed:
   * false`).
   */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  /**
   * A copy of this Event Vault client with some options changed (also `eventId`, to work on another event, and
   * `clock`), sharing its credentials; the original is unchanged. A bad option throws `ConfigError`.
   */
  withOptions(options: ClientOptions & { eventId?: string; clock?: () => number }): EventVaultClient;
  /**
   * Any Event Vault request with this client's headers, retries and error mapping; `options.eventId` picks the event.
   */
  request<T = unknown>(request: CustomRequest, options?: EventVaultRequestOptions): APIPromise<T>;
}

export class EventVaultClientImpl extends BaseClient<EventVaultConfig> implements EventVaultClient {
  readonly provider = EV_PROVIDER;
  readonly capabilities = eventVaultCapabilities;
  readonly livemode = null;
  readonly eventId: string;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventVaultNative;
  readonly events: EventVaultEventsResource;
  readonly eventDates: EventVaultEventDatesResource;
  readonly ticketTypes: EventVaultTicketTypesResource;
  readonly orders: EventVaultOrdersResource;
  readonly attendees: EventVaultAttendeesResource;
  readonly tickets: EventVaultTicketsResource;
  readonly webhooks: EventVaultWebhooksResource;
  readonly guestCount: EventVaultClient['guestCount'];
  readonly ensureAttendee: EventVaultClient['ensureAttendee'];
  readonly ensureAttendeeDeleted: EventVaultClient['ensureAttendeeDeleted'];
  readonly ensureGuest: EventVaultClient['ensureGuest'];
  readonly ensureRemoved: EventVaultClient['ensureRemoved'];
  private readonly clockSync: ClockSync;
  /** The pipelines of other events than the configured one (bounded, see ./pipelines.ts). */
  private readonly otherEvents: EventPipelines;
  /** The two normalize contexts (without and with `raw`), made once. */
  private readonly normalizeContexts: readonly [NormalizeContext, NormalizeContext];

  /** @param clockSync internal: shared by `withOptions()` copies so a learned clock offset carries over. */
  constructor(config: EventVaultConfig, clockSync?: ClockSync, copyOf?: EventVaultClientImpl) {
    checkEventVaultConfig(config);
    const clock = clockSync ?? new ClockSync(config.clock ?? (() => Date.now()));
    super(config, eventVaultWire(config, config.eventId, clock, () => this.onOffsetLearned()), copyOf);
    this.clockSync = clock;
    this.eventId = config.eventId;
    this.otherEvents = new EventPipelines((eventId) => new HttpPipeline(eventVaultWire(this.config, eventId, clock, () => this.onOffsetLearned()), this.config, this.pipeline));
    const warn: NormalizeContext['warn'] = (message, data) => this.pipeline.log.warn(message, data);
    this.normalizeContexts = [{ raw: false, warn }, { raw: true, warn }];
    // The resources see the unguarded native layer (its errors are not re-labelled); the user sees it guarded.
    const api = new EventVaultNative((eventId) => this.pipelineFor(eventId));
    const ctx: EventVaultContext = { api, eventId: this.eventId, normalizeContext: (options) => this.normalizeContexts[options?.raw === true ? 1 : 0] };
    this.native = guardObject(EV_PROVIDER, 'native', api);
    this.events = guardObject(EV_PROVIDER, 'events', eventsResource(ctx));
    this.eventDates = guardObject(EV_PROVIDER, 'eventDates', eventDatesResource());
    this.ticketTypes = guardObject(EV_PROVIDER, 'ticketTypes', ticketTypesResource(ctx));
    this.orders = guardObject(EV_PROVIDER, 'orders', ordersResource());
    this.attendees = guardObject(EV_PROVIDER, 'attendees', attendeesResource(ctx));
    this.tickets = guardObject(EV_PROVIDER, 'tickets', ticketsResource(ctx));
    this.webhooks = guardObject(EV_PROVIDER, 'webhooks', webhooksResource());
    const helpers = eventVaultHelpers(ctx);
    this.guestCount = guardMethod(EV_PROVIDER, 'guestCount', 'read', helpers.guestCount);
    this.ensureAttendee = guardMethod(EV_PROVIDER, 'ensureAttendee', 'write', helpers.ensureAttendee);
    this.ensureAttendeeDeleted = guardMethod(EV_PROVIDER, 'ensureAttendeeDeleted', 'write', helpers.ensureAttendeeDeleted);
    this.ensureGuest = guardMethod(EV_PROVIDER, 'ensureGuest', 'write', helpers.ensureGuest);
    this.ensureRemoved = guardMethod(EV_PROVIDER, 'ensureRemoved', 'write', helpers.ensureRemoved);
  }

  /** The offset (ms) added to `clock()` for `x-timestamp`, learned from a 408's `Date` header (0 until then). */
  get clockOffsetMs(): number {
    return this.clockSync.offsetMs;
  }

  /** A copy with other options (`eventId` too). The learned clock offset is kept unless `clock` changes. */
  withOptions(options: ClientOptions & { eventId?: string; clock?: () => number }): EventVaultClientImpl {
    const overrides = checkOverrides(EV_PROVIDER, options) as ClientOptions & { eventId?: string; clock?: () => number };
    const config = { ...this.config, ...overrides };
    return new EventVaultClientImpl(config, overrides.clock === undefined ? this.clockSync : undefined, this);
  }

  /** Any Event Vault request with this client's headers, retries and error mapping (`options.eventId` honoured). */
  override request<T = unknown>(request: CustomRequest, options?: EventVaultRequestOptions): APIPromise<T> {
    try {
      const { eventId, options: rest } = splitEventOption(options);
      // The shared checks of the argument (a ValidationError, nothing sent) for the configured event.
      if (eventId === undefined) return super.request<T>(request, rest);
      const problem = customRequestError(EV_PROVIDER, request);
      if (problem !== null) throw problem;
      const { method, path, query, body, bodyType, responseType } = request;
      return this.pipelineFor(eventId).send<T>({ method, path, query, body, bodyType, responseType }, rest);
    } catch (error) {
      return rejected(typedError(EV_PROVIDER, 'request', kindOf('request'), error));
    }
  }

  /** The pipeline whose `x-event-id` is `eventId` (a checked id; the configured event when `undefined`). */
  private pipelineFor(eventId: string | undefined): HttpPipeline {
    return eventId === undefined || eventId === this.eventId ? this.pipeline : this.otherEvents.get(eventId);
  }

  private onOffsetLearned(): void {
    this.pipeline.log.warn(
      `Event Vault rejected x-timestamp (408): this host's clock is off by about ${Math.round(this.clockSync.offsetMs / 1000)} s; later requests are corrected by the server's Date header. Fix the system clock (NTP).`,
    );
  }
}

/** The wire of one event: all four headers on every attempt, `x-timestamp` read from the clock at send time. */
function eventVaultWire(config: EventVaultConfig, eventId: string, clock: ClockSync, onOffsetLearned: () => void): ProviderWire {
  const secrets = [config.apiKey];
  return {
    provider: EV_PROVIDER,
    configKeys: EV_CONFIG_KEYS,
    baseUrl: EVENT_VAULT_BASE_URL,
    secrets,
    headers: () => ({
      'x-api-key': config.apiKey,
      'x-client-id': config.clientId,
      'x-event-id': eventId,
      'x-timestamp': clock.timestamp(),
    }),
    mapError: (ctx) => {
      const before = clock.offsetMs;
      const details = mapEventVaultError(ctx, clock, secrets);
      if (clock.offsetMs !== before) {
        try {
          onOffsetLearned();
        } catch {
          // logging must not break error mapping
        }
      }
      return details;
    },
    idempotencyHeader: null,
    // No `rateLimits`: Event Vault documents none (docs/vendors/event-vault.md, Rate limits), so nothing is paced by
    // default; a 429 is still retried and its wait shared. `rateLimit` sets a pace.
  };
}

export type { Event, Attendee, TicketType, EventVaultTicket, EventVaultGuestCount };
