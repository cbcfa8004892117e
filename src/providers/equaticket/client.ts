/**
 * The Equaticket client: its config, its wire (auth, errors, idempotency), the native layer and the normalized
 * resources (./resources, each written against `EquaticketContext`), every public method behind the one guard.
 */
import { z } from 'zod';
import { BaseClient, checkOverrides, type Capabilities, type EventDatesResource, type TicketingClient, type TicketTypesResource, type WebhooksResource } from '../../client.js';
import { WRITE_OPERATIONS, withIdempotency } from '../../core/idempotency.js';
import { ConfigError } from '../../core/errors.js';
import { guardObject } from '../../core/guard.js';
import type { Attendee, Event, EventDate, Order, TicketType } from '../../core/model.js';
import { configKeysOf, parseVendorConfig } from '../../core/options.js';
import type { ClientOptions, ProviderWire } from '../../core/pipeline.js';
import { withinWindow } from '../../core/rate-limit.js';
import { PROVIDER, type EquaticketContext } from './context.js';
import { equaticketErrorMapper } from './errors.js';
import { EquaticketNative } from './native.js';
import { TicketTypeIds, type EqNormalizeContext } from './normalize.js';
import { EQ_DEFAULT_LIMIT, EQ_MAX_LIMIT_GUESS, fetchListPage } from './pagination.js';
import { EQUATICKET_BASE_URL } from './paths.js';
import { attendeesResource, EQ_ATTENDEE_FILTERS, type EquaticketAttendeesResource } from './resources/attendees.js';
import { eventDatesResource } from './resources/event-dates.js';
import { eventsResource, type EquaticketEventsResource } from './resources/events.js';
import { EQ_ORDER_FILTERS, ordersResource, type EquaticketOrdersResource } from './resources/orders.js';
import { ticketTypesResource } from './resources/ticket-types.js';
import { webhooksResource } from './resources/webhooks.js';

/**
 * The config of `createEquaticketClient` (or `createClient({ provider: 'equaticket' })`): the API key and plan, plus
 * the common `ClientOptions`.
 */
export interface EquaticketConfig extends ClientOptions {
  /** `sk_live_…` (live data) or `sk_test_…` (the isolated test copy). */
  apiKey: string;
  /**
   * The organization's Equaticket plan, which sets the key's rate limit (60, 100, 300 or 600 requests a minute); the
   * client paces to it by default. Default `'free'`, the lowest, so an unset plan never paces above the real limit
   * (docs/vendors/equaticket.md, Rate limits). `rateLimit` overrides it.
   */
  plan?: EquaticketPlan;
}

/** Equaticket's plans, by the names its reference gives them. */
export type EquaticketPlan = 'free' | 'starter' | 'growth' | 'pro';

/** Documented: requests a minute per API key, by plan (docs/vendors/equaticket.md, Rate limits). */
export const EQUATICKET_REQUESTS_PER_MINUTE: Readonly<Record<EquaticketPlan, number>> = Object.freeze({ free: 60, starter: 100, growth: 300, pro: 600 });

/** Equaticket's own config keys (see docs/vendors/equaticket.md, "Credentials and transport"). */
const EquaticketConfigSchema = z.object({
  apiKey: z
    .string()
    .refine((key) => key.trim() !== '')
    .describe('an `sk_live_…` or `sk_test_…` API key'),
  plan: z
    .enum(['free', 'starter', 'growth', 'pro'])
    .optional()
    .describe('the organization\'s plan, one of "free", "starter", "growth", "pro" (it sets the rate limit; default "free")'),
});

/** Documented: `sk_live_` keys act on live data, `sk_test_` keys on the test copy. */
const KEY_FORM = /^sk_(live|test)_\S+$/;

/**
 * The config's key, checked before any request. A key of the wrong form is not shown in the message (it may still be
 * a secret, pasted in the wrong place): only its prefix is.
 */
function ownConfigOf(config: EquaticketConfig): { apiKey: string; plan: EquaticketPlan } {
  const { apiKey, plan } = parseVendorConfig(PROVIDER, 'Equaticket', EquaticketConfigSchema, config);
  if (!KEY_FORM.test(apiKey)) {
    const prefix = /^sk_[a-z]*_?/.exec(apiKey)?.[0];
    throw new ConfigError({
      provider: PROVIDER,
      message: `Equaticket \`apiKey\` must be an \`sk_live_…\` or \`sk_test_…\` key without whitespace (got ${prefix ? `${prefix}…` : 'another form'}).`,
    });
  }
  return { apiKey, plan: plan ?? 'free' };
}

/**
 * What Equaticket supports through ticketkit (`client.capabilities`), known before any request:
 * docs/vendors/equaticket.md.
 */
export const equaticketCapabilities: Capabilities = withIdempotency(
  {
    provider: PROVIDER,
    events: { list: true, get: true, create: true, update: true, publish: true, cancel: true, delete: false },
    eventDates: { list: 'synthesized', get: true },
    ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
    orders: {
      list: 'all',
      get: true,
      create: false,
      markPaid: false,
      refund: false,
      cancel: false,
      recordPayment: false,
      updatedSince: false,
      filters: [...EQ_ORDER_FILTERS],
    },
    attendees: { list: 'all', get: false, create: false, delete: false, checkIn: false, updatedSince: false, filters: [...EQ_ATTENDEE_FILTERS] },
    pagination: 'cursor',
    pageSize: { default: EQ_DEFAULT_LIMIT, max: EQ_MAX_LIMIT_GUESS },
    idempotencyKeys: 'all-writes',
    testMode: true,
    webhooks: { verify: true, signed: 'guessed', subscriptions: true },
  },
  // Every write carries `Idempotency-Key` (documented on POST; PATCH and DELETE are idempotent by nature).
  WRITE_OPERATIONS,
) as Capabilities;

function equaticketWire(apiKey: string, plan: EquaticketPlan, onJson: (json: unknown) => void): ProviderWire {
  return {
    // One limit per key over every request, set by the plan (docs/vendors/equaticket.md, Rate limits).
    rateLimits: { all: withinWindow(EQUATICKET_REQUESTS_PER_MINUTE[plan], 'minute') },
    configKeys: configKeysOf(EquaticketConfigSchema),
    provider: PROVIDER,
    baseUrl: EQUATICKET_BASE_URL,
    secrets: [apiKey],
    headers: (ctx): Record<string, string> => (ctx.auth ? { authorization: `Bearer ${apiKey}` } : {}),
    mapError: equaticketErrorMapper([apiKey]),
    idempotencyHeader: 'Idempotency-Key',
    // Every write to a vendor with keys carries one. Equaticket documents the header on POST; whether PATCH and
    // DELETE honour it is not documented, and harmless either way: both are idempotent by nature, so retrying them
    // with the same key is safe (see docs/vendors/equaticket.md, "Writes, idempotency and outcomes").
    idempotencyMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
    requestIdHeaders: ['x-request-id'],
    onSuccess: (_response, { json }) => onJson(json),
  };
}

export class EquaticketClientImpl extends BaseClient<EquaticketConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = equaticketCapabilities;
  readonly livemode: boolean;
  /** Equaticket's own API, every method guarded (a bad argument rejects with a `ValidationError`). */
  readonly native: EquaticketNative;
  readonly events: EquaticketEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EquaticketOrdersResource;
  readonly attendees: EquaticketAttendeesResource;
  /** Webhook subscriptions at the guessed `/webhooks` paths. */
  readonly webhooks: WebhooksResource;
  private livemodeWarned = false;

  constructor(config: EquaticketConfig, copyOf?: EquaticketClientImpl) {
    const { apiKey, plan } = ownConfigOf(config);
    super(config, equaticketWire(apiKey, plan, (json) => this.checkLivemode(json)), copyOf);
    this.livemode = apiKey.startsWith('sk_live_');
    const api = new EquaticketNative(this.pipeline);
    const eq = this.context(api);
    this.native = guardObject(PROVIDER, 'native', api);
    this.events = guardObject(PROVIDER, 'events', eventsResource(eq));
    this.eventDates = guardObject(PROVIDER, 'eventDates', eventDatesResource(eq));
    this.ticketTypes = guardObject(PROVIDER, 'ticketTypes', ticketTypesResource(eq));
    this.orders = guardObject(PROVIDER, 'orders', ordersResource(eq));
    this.attendees = guardObject(PROVIDER, 'attendees', attendeesResource(eq));
    this.webhooks = guardObject(PROVIDER, 'webhooks', webhooksResource(eq));
  }

  withOptions(options: ClientOptions): EquaticketClientImpl {
    return new EquaticketClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) }, this);
  }

  /** What the resources see of this client (`EquaticketContext`). */
  private context(api: EquaticketNative): EquaticketContext {
    const pipeline = this.pipeline;
    const warn = (message: string, data?: Record<string, unknown>): void => pipeline.log.warn(message, data);
    return {
      provider: PROVIDER,
      native: api,
      listPage: (request) => fetchListPage(pipeline, request),
      normalizeContext: (options, livemode): EqNormalizeContext => ({ raw: options?.raw === true, livemode, warn, ticketTypeIds: new TicketTypeIds() }),
    };
  }

  /**
   * A response whose `livemode` disagrees with the key's is logged once (see docs/vendors/equaticket.md, "Credentials
   * and transport").
   */
  private checkLivemode(json: unknown): void {
    if (this.livemodeWarned || json === null || typeof json !== 'object') return;
    const livemode = (json as { livemode?: unknown }).livemode;
    if (typeof livemode === 'boolean' && livemode !== this.livemode) {
      this.livemodeWarned = true;
      this.pipeline.log.warn(
        `Equaticket answered with livemode=${livemode} but the key is a ${this.livemode ? 'live' : 'test'} key; check which key this client uses.`,
      );
    }
  }
}

/** The Equaticket client: a `TicketingClient` whose unsupported methods are typed to reject. */
export interface EquaticketClient extends TicketingClient {
  /** Always `'equaticket'`: checking it narrows a `TicketingClient` to this type. */
  readonly provider: 'equaticket';
  /** `true` for an `sk_live_` key, `false` for an `sk_test_` key. */
  readonly livemode: boolean;
  /** Equaticket's own API, typed; a bad argument rejects with a `ValidationError` (nothing is sent). */
  readonly native: EquaticketNative;
  /**
   * `client.events`, with the methods Equaticket cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly events: EquaticketEventsResource;
  /**
   * `client.orders`, with the methods Equaticket cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly orders: EquaticketOrdersResource;
  /**
   * `client.attendees`, with the methods Equaticket cannot do typed to reject (each marked `@deprecated` with the
   * reason).
   */
  readonly attendees: EquaticketAttendeesResource;
  /**
   * A copy of this Equaticket client with some options changed, sharing its credentials and session; the original is
   * unchanged. A bad option throws `ConfigError`.
   */
  withOptions(options: ClientOptions): EquaticketClient;
}

export type { EquaticketEventsResource, EquaticketOrdersResource, EquaticketAttendeesResource };
export type { Event, EventDate, TicketType, Order, Attendee };
