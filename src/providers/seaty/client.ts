/**
 * The Seaty client: config, wire (bearer auth, read pace, errors, key scrubbing), and the resources assembled from
 * `resources/*.ts` over a narrow `SeatyContext`. Seaty is read-and-record: everything is read-only except one write,
 * external balance payments (`orders.recordPayment`). See docs/vendors/seaty.md.
 */
import { z } from 'zod';
import { BaseClient, checkOverrides, type Capabilities, type EventDatesResource, type TicketingClient } from '../../client.js';
import { withIdempotency } from '../../core/idempotency.js';
import { guardObject } from '../../core/guard.js';
import type { Event, EventDate, Order, TicketType } from '../../core/model.js';
import { configKeysOf, parseVendorConfig } from '../../core/options.js';
import type { AttemptContext, ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { withinWindow } from '../../core/rate-limit.js';
import { SEATY, type SeatyContext } from './context.js';
import { fetchSeatyPage, SEATY_BASE_URL, SeatyNative } from './endpoints.js';
import { mapSeatyError, SEATY_KEY_PATTERN } from './errors.js';
import type { SeatyContact, SeatyNormalizeContext } from './normalize.js';
import { SEATY_DEFAULT_PER_PAGE, SEATY_MAX_PER_PAGE } from './pagination.js';
import { seatyAttendees, type SeatyAttendeesResource } from './resources/attendees.js';
import { seatyContacts, type SeatyContactsResource } from './resources/contacts.js';
import { seatyEventDates } from './resources/event-dates.js';
import { seatyEvents, type SeatyEventsResource } from './resources/events.js';
import { SEATY_LIST_FILTERS } from './resources/filters.js';
import { seatyOrders, type SeatyOrdersResource } from './resources/orders.js';
import { seatyTicketTypes, type SeatyTicketTypesResource } from './resources/ticket-types.js';
import { webhooksResource, type SeatyWebhooksResource } from './resources/webhooks.js';

/** Documented: reads a minute (docs/vendors/seaty.md, Rate limits). The client paces its reads to it by default. */
export const SEATY_READS_PER_MINUTE = 60;

/** Seaty's own config keys; each says what it must be, for the `ConfigError` of a bad one. */
const SeatyConfigSchema = z.object({
  apiKey: z
    .string()
    .regex(/^\S+$/)
    .describe("the organisation's API key (`sk_live_…` from Tools → Developer), exactly as Seaty showed it: not blank, no whitespace"),
});

/** The config of `createSeatyClient`: the organisation's API key, plus the common `ClientOptions`. */
export interface SeatyConfig extends ClientOptions {
  /** The organisation's API key, `sk_live_…` (sent only in the `Authorization` header). */
  apiKey: string;
}

/** What Seaty supports through ticketkit (`client.capabilities`), known before any request: docs/vendors/seaty.md. */
export const seatyCapabilities: Capabilities = withIdempotency(
  {
    provider: SEATY,
    events: { list: true, get: true, create: false, update: false, publish: false, cancel: false, delete: false },
    eventDates: { list: 'native', get: true },
    ticketTypes: { list: true, get: true, create: false, update: false, delete: false },
    orders: {
      list: 'scoped',
      get: true,
      create: false,
      markPaid: false,
      refund: false,
      cancel: false,
      recordPayment: true,
      updatedSince: false,
      filters: [...SEATY_LIST_FILTERS.orders],
    },
    attendees: {
      list: false,
      get: false,
      create: false,
      delete: false,
      checkIn: false,
      updatedSince: false,
      filters: [],
    },
    pagination: 'page',
    pageSize: { default: SEATY_DEFAULT_PER_PAGE, max: SEATY_MAX_PER_PAGE },
    idempotencyKeys: 'some',
    testMode: false,
    webhooks: { verify: false, signed: false, subscriptions: false },
  },
  // Seaty keys its one write, balance payments.
  ['orders.recordPayment'],
) as Capabilities;

/** State shared by a client and its `withOptions` copies. */
interface SeatyShared {
  warned: Set<string>;
  /** The payment id each idempotency key recorded (bounded: the oldest go first), to tell a replay. */
  payments: Map<string, string>;
}

/** How many idempotency keys a client remembers the payment of. */
const REMEMBERED_PAYMENTS = 1_000;

/** The wire: the key only as a bearer header (and scrubbed wherever it, or anything shaped like a Seaty key, shows). */
function seatyWire(config: SeatyConfig): ProviderWire {
  return {
    // Reads are paced to the documented limit by default, shared by every client of the key; the write limit is not
    // documented, so writes (balance payments, rare) are not paced.
    rateLimits: { read: withinWindow(SEATY_READS_PER_MINUTE, 'minute') },
    provider: SEATY,
    configKeys: configKeysOf(SeatyConfigSchema),
    baseUrl: SEATY_BASE_URL,
    secrets: [config.apiKey],
    secretPatterns: [SEATY_KEY_PATTERN],
    headers: (ctx: AttemptContext): Record<string, string> => (ctx.auth ? { authorization: `Bearer ${config.apiKey}` } : {}),
    mapError: mapSeatyError,
    // Seaty has no vendor-wide idempotency; the balance-payment endpoint sets its own header.
    idempotencyHeader: null,
    requestIdHeaders: ['x-request-id', 'request-id'],
  };
}

export class SeatyClientImpl extends BaseClient<SeatyConfig> implements TicketingClient {
  readonly provider = SEATY;
  readonly capabilities = seatyCapabilities;
  /** Seaty documents no test mode (only `sk_live_` keys): `null`. */
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: SeatyNative;
  readonly events: SeatyEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: SeatyTicketTypesResource;
  readonly orders: SeatyOrdersResource;
  /** Unsupported: Seaty's attendees are distinct people (see `contacts`); every method rejects. */
  readonly attendees: SeatyAttendeesResource;
  /** Seaty only: the distinct people who have ordered (`GET /v1/attendees`). */
  readonly contacts: SeatyContactsResource;
  readonly webhooks: SeatyWebhooksResource;
  private readonly shared: SeatyShared;

  constructor(config: SeatyConfig, shared?: SeatyShared, copyOf?: SeatyClientImpl) {
    parseVendorConfig(SEATY, 'Seaty', SeatyConfigSchema, config);
    const state: SeatyShared = shared ?? { warned: new Set(), payments: new Map() };
    super(config, seatyWire(config), copyOf);
    this.shared = state;
    const ctx = this.context(new SeatyNative(this.pipeline));
    // The one guard (src/core/guard.ts): a throw from argument handling becomes a rejected TicketingError.
    this.native = guardObject(SEATY, 'native', ctx.native);
    this.events = guardObject(SEATY, 'events', seatyEvents(ctx));
    this.eventDates = guardObject(SEATY, 'eventDates', seatyEventDates(ctx));
    this.ticketTypes = guardObject(SEATY, 'ticketTypes', seatyTicketTypes(ctx));
    this.orders = guardObject(SEATY, 'orders', seatyOrders(ctx));
    this.attendees = guardObject(SEATY, 'attendees', seatyAttendees());
    this.contacts = guardObject(SEATY, 'contacts', seatyContacts(ctx));
    this.webhooks = guardObject(SEATY, 'webhooks', webhooksResource());
  }

  /** A copy with overrides. It shares this client's rate limit (the same key) unless `rateLimit` is overridden. */
  withOptions(options: Partial<SeatyConfig>): SeatyClientImpl {
    const overrides = checkOverrides(SEATY, options) as Partial<SeatyConfig>;
    return new SeatyClientImpl({ ...this.config, ...overrides } as SeatyConfig, this.shared, this);
  }

  /** What the resources see of this client (`SeatyContext`). */
  private context(native: SeatyNative): SeatyContext {
    const { pipeline, shared } = this;
    const warn = (message: string, data?: Record<string, unknown>): void => {
      if (shared.warned.has(message)) return;
      if (shared.warned.size < 500) shared.warned.add(message);
      pipeline.log.warn(message, data);
    };
    return {
      provider: SEATY,
      native,
      readPage: (request) => fetchSeatyPage(pipeline, request),
      warn,
      normalize: (options: RequestOptions | undefined, currency: string | null = null): SeatyNormalizeContext => ({
        raw: options?.raw === true,
        currency,
        warn,
      }),
      replayedPayment: (key, paymentId) => {
        if (key === null || paymentId === null) return false;
        if (shared.payments.get(key) === paymentId) return true;
        shared.payments.set(key, paymentId);
        if (shared.payments.size > REMEMBERED_PAYMENTS) shared.payments.delete(shared.payments.keys().next().value!);
        return false;
      },
    };
  }
}

/** The Seaty client: a `TicketingClient` whose unsupported methods are typed to reject, plus `contacts`. */
export interface SeatyClient extends TicketingClient {
  /** Always `'seaty'`: checking it narrows a `TicketingClient` to this type. */
  readonly provider: 'seaty';
  /** Always `null`: a Seaty credential does not say whether it is live or test. */
  readonly livemode: null;
  /** Seaty's own API, typed. */
  readonly native: SeatyNative;
  /** `client.events`, with the methods Seaty cannot do typed to reject (each marked `@deprecated` with the reason). */
  readonly events: SeatyEventsResource;
  /**
   * `client.ticketTypes`, with the methods Seaty cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly ticketTypes: SeatyTicketTypesResource;
  /** `client.orders`, with the methods Seaty cannot do typed to reject (each marked `@deprecated` with the reason). */
  readonly orders: SeatyOrdersResource;
  /**
   * `client.attendees`, with the methods Seaty cannot do typed to reject (each marked `@deprecated` with the reason).
   */
  readonly attendees: SeatyAttendeesResource;
  /** Distinct people who have ordered on any of the organisation's events. */
  readonly contacts: SeatyContactsResource;
  /**
   * `client.webhooks`: Seaty sends no webhooks, so each method rejects with `UnsupportedCapabilityError`
   * (docs/webhooks.md).
   */
  readonly webhooks: SeatyWebhooksResource;
  /**
   * A copy of this Seaty client with some options changed, sharing its credentials and session; the original is
   * unchanged. A bad option throws `ConfigError`.
   */
  withOptions(options: Partial<SeatyConfig>): SeatyClient;
}

export type { SeatyAttendeesResource, SeatyContactsResource, SeatyEventsResource, SeatyOrdersResource, SeatyTicketTypesResource };
export type { SeatyContactListParams } from './resources/contacts.js';
export type { SeatyOrderGetOptions } from './resources/order-get.js';
export type { Event, EventDate, TicketType, Order, SeatyContact };
