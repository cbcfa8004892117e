/**
 * The client surface shared by every vendor: the resources, capabilities, `withOptions()` and `request()`.
 */
import { APIPromise } from './core/api-promise.js';
import { ConfigError, ValidationError, type ProviderId } from './core/errors.js';
import { PagePromise } from './core/pagination.js';
import {
  HttpPipeline,
  type ClientOptions,
  type HttpMethod,
  type ProviderWire,
  type RequestOptions,
} from './core/pipeline.js';
import type { Query } from './internal/path.js';
import type { IdempotencySupport, WriteOperation } from './core/idempotency.js';
import { rejected } from './core/guard.js';
import type {
  Attendee,
  AttendeeCreateInput,
  AttendeeListParams,
  Event,
  EventCreateInput,
  EventDate,
  EventListParams,
  EventScopedListParams,
  EventUpdateInput,
  Order,
  OrderCreateInput,
  OrderListParams,
  RecordPaymentInput,
  TicketType,
  TicketTypeCreateInput,
  TicketTypeUpdateInput,
  WebhookListParams,
  WebhookSubscription,
  WebhookSubscriptionCreateInput,
} from './core/model.js';

/** What a delete returns. */
export interface Deleted {
  id: string;
  deleted: true;
}

export interface EventsResource {
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event>;
  get(id: string, options?: RequestOptions): APIPromise<Event>;
  create(input: EventCreateInput, options?: RequestOptions): APIPromise<Event>;
  update(id: string, patch: EventUpdateInput, options?: RequestOptions): APIPromise<Event>;
  publish(id: string, options?: RequestOptions): APIPromise<Event>;
  cancel(id: string, options?: RequestOptions): APIPromise<Event>;
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

export interface EventDatesResource {
  list(params: EventScopedListParams, options?: RequestOptions): PagePromise<EventDate>;
  get(id: string, options?: RequestOptions): APIPromise<EventDate>;
}

export interface TicketTypesResource {
  list(params: EventScopedListParams, options?: RequestOptions): PagePromise<TicketType>;
  get(id: string, options?: RequestOptions): APIPromise<TicketType>;
  create(input: TicketTypeCreateInput, options?: RequestOptions): APIPromise<TicketType>;
  update(id: string, patch: TicketTypeUpdateInput, options?: RequestOptions): APIPromise<TicketType>;
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

export interface OrdersResource {
  list(params?: OrderListParams, options?: RequestOptions): PagePromise<Order>;
  get(id: string, options?: RequestOptions): APIPromise<Order>;
  create(input: OrderCreateInput, options?: RequestOptions): APIPromise<Order>;
  markPaid(id: string, options?: RequestOptions): APIPromise<Order>;
  refund(id: string, options?: RequestOptions): APIPromise<Order>;
  cancel(id: string, options?: RequestOptions): APIPromise<Order>;
  recordPayment(input: RecordPaymentInput, options?: RequestOptions): APIPromise<Order>;
}

export interface AttendeesResource {
  list(params?: AttendeeListParams, options?: RequestOptions): PagePromise<Attendee>;
  get(id: string, options?: RequestOptions): APIPromise<Attendee>;
  create(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<Attendee>;
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
  checkIn(id: string, options?: RequestOptions): APIPromise<Attendee>;
}

/**
 * Webhook subscriptions held by the vendor (Equaticket, Eventbrite); vendors whose webhooks are configured elsewhere
 * or that send none reject with `UnsupportedCapabilityError`. `create` returns the signing secret where the vendor
 * shows it once (Equaticket).
 */
export interface WebhooksResource {
  list(params?: WebhookListParams, options?: RequestOptions): PagePromise<WebhookSubscription>;
  create(input: WebhookSubscriptionCreateInput, options?: RequestOptions): APIPromise<WebhookSubscription>;
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

/** Static description of what a vendor supports through ticketkit. */
export interface Capabilities {
  provider: ProviderId;
  events: { list: boolean; get: boolean; create: boolean; update: boolean; publish: boolean; cancel: boolean; delete: boolean };
  eventDates: { list: 'native' | 'synthesized' | 'derived' | false; get: boolean };
  ticketTypes: { list: boolean; get: boolean; create: boolean; update: boolean; delete: boolean };
  orders: {
    /** `'all'`: an unscoped list exists; `'scoped'`: only with `eventId` (or `eventDateId`). */
    list: 'all' | 'scoped' | false;
    get: boolean;
    create: boolean;
    markPaid: boolean;
    refund: boolean;
    cancel: boolean;
    recordPayment: boolean;
    updatedSince: boolean;
    filters: string[];
  };
  attendees: {
    list: 'all' | 'scoped' | false;
    get: boolean;
    create: boolean;
    delete: boolean;
    checkIn: boolean;
    updatedSince: boolean;
    filters: string[];
  };
  /** How lists page: the vendor's own strategy, or `'client'` when the SDK slices a whole array. */
  pagination: 'cursor' | 'continuation' | 'page' | 'client';
  /** Page size bounds the vendor accepts. */
  pageSize: { default: number; max: number };
  /** Which writes carry an idempotency key the vendor honours (the summary of `idempotency`). */
  idempotencyKeys: 'all-writes' | 'some' | 'none';
  /**
   * Per write, who honours a caller's `idempotencyKey`: `'vendor'` (sent to the vendor, which replays the first
   * result), `'sdk'` (the vendor has no keys: ticketkit honours it with the client's `idempotencyStore`, and refuses it
   * with a `ValidationError` without one), or `'unsupported'` (the vendor cannot do the write). docs/rate-limits.md.
   */
  idempotency: Readonly<Record<WriteOperation, IdempotencySupport>>;
  testMode: boolean;
  /** What the vendor's webhooks give (docs/webhooks.md). */
  webhooks: WebhookCapabilities;
}

/** `Capabilities.webhooks`: what `ticketkit/webhooks` and `client.webhooks` can do for a vendor. */
export interface WebhookCapabilities {
  /** `verifyWebhook` accepts this vendor's deliveries (`false`: the vendor documents no webhooks). */
  verify: boolean;
  /**
   * Whether deliveries carry a signature that `verifyWebhook` checks: `true` (documented scheme), `'guessed'` (the
   * vendor signs but does not document how: ticketkit's default is a guess, configurable), `false` (unsigned: keep
   * the receiving URL secret).
   */
  signed: boolean | 'guessed';
  /** `client.webhooks` (list, create, delete subscriptions) works: the vendor has subscription endpoints. */
  subscriptions: boolean;
}

/** Input of `client.request()`: any vendor request, with the client's auth, retries and error mapping. */
export interface CustomRequest {
  method: HttpMethod;
  /** Relative to the base URL, or absolute. */
  path: string;
  query?: Query;
  body?: unknown;
  bodyType?: 'json' | 'text' | 'form';
  responseType?: 'json' | 'text';
}

/**
 * The type of a method a vendor cannot do: it stays on the vendor's client (so the client is a `TicketingClient`),
 * and calling it returns a promise that rejects with `UnsupportedCapabilityError`; nothing is sent. Vendor client
 * types mark each such method `@deprecated` with the reason, so editors strike it through.
 */
export type Unsupported<F> = F extends (...args: infer A) => PagePromise<unknown>
  ? (...args: A) => PagePromise<never>
  : F extends (...args: infer A) => APIPromise<unknown>
    ? (...args: A) => APIPromise<never>
    : never;

/** The generic client: every resource exists; what a vendor cannot do throws `UnsupportedCapabilityError`. */
export interface TicketingClient {
  readonly provider: ProviderId;
  /** The base URL requests go to: the `baseUrl` option, else the vendor's default (e.g. `https://www.eventbriteapi.com/v3`). */
  readonly baseUrl: string;
  readonly capabilities: Capabilities;
  /** `true`/`false` where the credential says (Equaticket key prefix), else `null`. */
  readonly livemode: boolean | null;
  readonly events: EventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: OrdersResource;
  readonly attendees: AttendeesResource;
  readonly webhooks: WebhooksResource;
  readonly native: unknown;
  withOptions(options: ClientOptions): TicketingClient;
  request<T = unknown>(request: CustomRequest, options?: RequestOptions): APIPromise<T>;
}

/** Shared plumbing of the vendor clients. */
export abstract class BaseClient<Config extends ClientOptions> {
  abstract readonly provider: ProviderId;
  readonly pipeline: HttpPipeline;

  protected constructor(
    readonly config: Readonly<Config>,
    wire: ProviderWire,
  ) {
    this.pipeline = new HttpPipeline(wire, config);
  }

  /** The base URL requests go to: the `baseUrl` option, else the vendor's default. */
  get baseUrl(): string {
    return this.pipeline.options.baseUrl ?? this.pipeline.wire.baseUrl;
  }

  /** Sends any vendor request with this client's auth, retries, idempotency and error mapping. */
  request<T = unknown>(request: CustomRequest, options?: RequestOptions): APIPromise<T> {
    const method = (request as Partial<CustomRequest> | null | undefined)?.method;
    const path = (request as Partial<CustomRequest> | null | undefined)?.path;
    if (typeof method !== 'string' || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || typeof path !== 'string' || path === '') {
      return rejected(
        new ValidationError({
          provider: this.provider,
          message: `client.request needs { method: GET|POST|PUT|PATCH|DELETE, path }, got method ${JSON.stringify(method ?? null)} and path ${JSON.stringify(path ?? null)}.`,
          fields: [{ field: typeof method !== 'string' ? 'method' : 'path', message: 'required' }],
        }),
      );
    }
    return this.pipeline.send<T>(
      {
        method: request.method,
        path: request.path,
        query: request.query,
        body: request.body,
        bodyType: request.bodyType,
        responseType: request.responseType,
      },
      options,
    );
  }
}

export { rejected, rejectedList } from './core/guard.js';

/**
 * The overrides given to `withOptions()`: `undefined` means none; anything but a plain object (`null`, a number,
 * a string, an array) is a `ConfigError`, thrown before a copy is made.
 */
export function checkOverrides<O extends object>(provider: ProviderId, options: O | null | undefined): O | Record<string, never> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const got = options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
    throw new ConfigError({
      provider,
      message: `withOptions() needs an object of options to override (e.g. { maxRetries: 5 }), got ${got}.`,
    });
  }
  try {
    // A copy, read once: a getter that throws is a config error too (never a plain Error).
    return { ...options };
  } catch (cause) {
    throw new ConfigError({ provider, message: `withOptions() could not read its options: ${cause instanceof Error ? cause.message : String(cause)}.`, cause });
  }
}
