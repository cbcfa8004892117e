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
import { queryProblem, type Query } from './internal/path.js';
import { assertKnownKeys } from './core/strict.js';
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
  /** The normalized id of what was deleted. */
  id: string;
  /** Always `true`: a delete that fails throws instead. */
  deleted: true;
}

/**
 * `client.events`: the events of the account. A method the vendor cannot do rejects with
 * `UnsupportedCapabilityError` and sends nothing (`client.capabilities.events` says which up front).
 */
export interface EventsResource {
  /**
   * Lists events: `await` it for the first page, or `for await` over it for every event, page after page.
   *
   * @example
   * ```ts
   * for await (const event of client.events.list()) console.log(event.name, event.start);
   * ```
   */
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event>;
  /** Reads one event by its normalized id. Throws `NotFoundError` when the vendor has no such event. */
  get(id: string, options?: RequestOptions): APIPromise<Event>;
  /**
   * Creates an event (as a draft where the vendor has drafts) and returns it. Bad input: `ValidationError`, nothing
   * sent.
   */
  create(input: EventCreateInput, options?: RequestOptions): APIPromise<Event>;
  /** Changes the given fields of an event and returns it as it now is. */
  update(id: string, patch: EventUpdateInput, options?: RequestOptions): APIPromise<Event>;
  /** Makes a draft event public (on sale) and returns it. */
  publish(id: string, options?: RequestOptions): APIPromise<Event>;
  /** Cancels an event and returns it; the vendor's rules apply (some refuse while orders exist: `ConflictError`). */
  cancel(id: string, options?: RequestOptions): APIPromise<Event>;
  /** Deletes an event. */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

/** `client.eventDates`: the occurrences of an event (one, synthesized from the event, on vendors without dates). */
export interface EventDatesResource {
  /** Lists the occurrences of one event (`eventId` required). */
  list(params: EventScopedListParams, options?: RequestOptions): PagePromise<EventDate>;
  /** Reads one occurrence by its normalized id. Throws `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<EventDate>;
}

/** `client.ticketTypes`: the kinds of ticket an event sells. */
export interface TicketTypesResource {
  /** Lists the ticket types of one event (`eventId` required). */
  list(params: EventScopedListParams, options?: RequestOptions): PagePromise<TicketType>;
  /** Reads one ticket type by its normalized id. Throws `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<TicketType>;
  /** Creates a ticket type on an event and returns it. */
  create(input: TicketTypeCreateInput, options?: RequestOptions): APIPromise<TicketType>;
  /** Changes the given fields of a ticket type and returns it as it now is. */
  update(id: string, patch: TicketTypeUpdateInput, options?: RequestOptions): APIPromise<TicketType>;
  /** Deletes a ticket type (vendors refuse while tickets of it are sold: `ConflictError`). */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

/**
 * `client.orders`: purchases. The writes exist only where the vendor's API has them (`client.capabilities.orders`);
 * a write to a vendor without idempotency keys is never retried once it may have been processed (the error then has
 * `outcomeUnknown: true`, see docs/request-safety.md).
 */
export interface OrdersResource {
  /**
   * Lists orders, filtered by `params`. `await` gives one page; `for await` walks every order with one page in
   * memory; `.toArray({ limit })` collects. A filter the vendor cannot apply is an `UnsupportedCapabilityError`.
   *
   * @example
   * ```ts
   * for await (const order of client.orders.list({ eventId })) {
   *   console.log(order.reference, order.status, order.total);
   * }
   * ```
   */
  list(params?: OrderListParams, options?: RequestOptions): PagePromise<Order>;
  /** Reads one order by its normalized id. Throws `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<Order>;
  /** Places an order (Event Schedule: a sale, created unpaid) and returns it. */
  create(input: OrderCreateInput, options?: RequestOptions): APIPromise<Order>;
  /** Marks an unpaid order paid (money taken outside the vendor) and returns it. */
  markPaid(id: string, options?: RequestOptions): APIPromise<Order>;
  /** Refunds a paid order and returns it. */
  refund(id: string, options?: RequestOptions): APIPromise<Order>;
  /** Cancels an order and returns it. */
  cancel(id: string, options?: RequestOptions): APIPromise<Order>;
  /**
   * Records a payment or refund taken outside the vendor against an order (Seaty balance payments) and returns the
   * order.
   */
  recordPayment(input: RecordPaymentInput, options?: RequestOptions): APIPromise<Order>;
}

/** `client.attendees`: the people tickets admit. */
export interface AttendeesResource {
  /** Lists attendees, filtered by `params` (a filter the vendor cannot apply is an `UnsupportedCapabilityError`). */
  list(params?: AttendeeListParams, options?: RequestOptions): PagePromise<Attendee>;
  /** Reads one attendee by its normalized id. Throws `NotFoundError` when there is none. */
  get(id: string, options?: RequestOptions): APIPromise<Attendee>;
  /** Adds an attendee (Event Vault: a guest) and returns it; a duplicate is a `ConflictError`. */
  create(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<Attendee>;
  /** Removes an attendee. */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
  /** Checks an attendee in at the door and returns it. */
  checkIn(id: string, options?: RequestOptions): APIPromise<Attendee>;
}

/**
 * Webhook subscriptions held by the vendor (Equaticket, Eventbrite); vendors whose webhooks are configured elsewhere
 * or that send none reject with `UnsupportedCapabilityError`. `create` returns the signing secret where the vendor
 * shows it once (Equaticket).
 */
export interface WebhooksResource {
  /** Lists the account's subscriptions (Eventbrite: the organization's). */
  list(params?: WebhookListParams, options?: RequestOptions): PagePromise<WebhookSubscription>;
  /** Subscribes a URL to event types and returns the subscription (with its secret where the vendor shows it once). */
  create(input: WebhookSubscriptionCreateInput, options?: RequestOptions): APIPromise<WebhookSubscription>;
  /** Removes a subscription by its id. */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

/** Static description of what a vendor supports through ticketkit. */
export interface Capabilities {
  /** The vendor described. */
  provider: ProviderId;
  /** Which `client.events` methods work (`false`: the method rejects with `UnsupportedCapabilityError`). */
  events: {
    /** `events.list` works. */
    list: boolean;
    /** `events.get` works. */
    get: boolean;
    /** `events.create` works. */
    create: boolean;
    /** `events.update` works. */
    update: boolean;
    /** `events.publish` works (the vendor has drafts that go live). */
    publish: boolean;
    /** `events.cancel` works. */
    cancel: boolean;
    /** `events.delete` works. */
    delete: boolean;
  };
  /**
   * Where occurrences come from: the vendor's own (`'native'`), one made from the event (`'synthesized'`), or worked
   * out from other records (`'derived'`).
   */
  eventDates: {
    /** How `eventDates.list` gets occurrences (`false`: it does not work). */
    list: 'native' | 'synthesized' | 'derived' | false;
    /** `eventDates.get` works. */
    get: boolean;
  };
  /** Which `client.ticketTypes` methods work. */
  ticketTypes: {
    /** `ticketTypes.list` works. */
    list: boolean;
    /** `ticketTypes.get` works. */
    get: boolean;
    /** `ticketTypes.create` works. */
    create: boolean;
    /** `ticketTypes.update` works. */
    update: boolean;
    /** `ticketTypes.delete` works. */
    delete: boolean;
  };
  /** Which `client.orders` methods and filters work. */
  orders: {
    /** `'all'`: an unscoped list exists; `'scoped'`: only with `eventId` (or `eventDateId`). */
    list: 'all' | 'scoped' | false;
    /** `orders.get` works. */
    get: boolean;
    /** `orders.create` works (the vendor takes orders through its API). */
    create: boolean;
    /** `orders.markPaid` works (the vendor has unpaid orders). */
    markPaid: boolean;
    /** `orders.refund` works. */
    refund: boolean;
    /** `orders.cancel` works. */
    cancel: boolean;
    /** `orders.recordPayment` works (payments taken outside the vendor can be recorded). */
    recordPayment: boolean;
    /** `orders.list` accepts `updatedSince`, for incremental syncs. */
    updatedSince: boolean;
    /** The `orders.list` filters the vendor applies; any other is an `UnsupportedCapabilityError`. */
    filters: string[];
  };
  /** Which `client.attendees` methods and filters work. */
  attendees: {
    /** `'all'`: an unscoped list exists; `'scoped'`: only with `eventId`. */
    list: 'all' | 'scoped' | false;
    /** `attendees.get` works. */
    get: boolean;
    /** `attendees.create` works. */
    create: boolean;
    /** `attendees.delete` works. */
    delete: boolean;
    /** `attendees.checkIn` works. */
    checkIn: boolean;
    /** `attendees.list` accepts `updatedSince`, for incremental syncs. */
    updatedSince: boolean;
    /** The `attendees.list` filters the vendor applies. */
    filters: string[];
  };
  /** How lists page: the vendor's own strategy, or `'client'` when the SDK slices a whole array. */
  pagination: 'cursor' | 'continuation' | 'page' | 'client';
  /** Page size bounds the vendor accepts. */
  pageSize: {
    /** Items per page when no `limit` is given. */
    default: number;
    /** The largest `limit` the vendor honours (a larger one is clamped to it). */
    max: number;
  };
  /** Which writes carry an idempotency key the vendor honours (the summary of `idempotency`). */
  idempotencyKeys: 'all-writes' | 'some' | 'none';
  /**
   * Per write, who honours a caller's `idempotencyKey`: `'vendor'` (sent to the vendor, which replays the first
   * result), `'sdk'` (the vendor has no keys: ticketkit honours it with the client's `idempotencyStore`, and refuses it
   * with a `ValidationError` without one), or `'unsupported'` (the vendor cannot do the write). docs/rate-limits.md.
   */
  idempotency: Readonly<Record<WriteOperation, IdempotencySupport>>;
  /** `true` when the vendor has a test mode that orders report (`Order.testMode`). */
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
  /** The HTTP method. */
  method: HttpMethod;
  /** Relative to the base URL, or absolute on the same origin. */
  path: string;
  /** Query parameters, encoded for you (arrays repeat the key). */
  query?: Query;
  /** The body, sent as `bodyType` says. */
  body?: unknown;
  /** How the body is encoded (default `'json'`). */
  bodyType?: 'json' | 'text' | 'form';
  /** How the answer is read (default `'json'`). */
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
  /** The vendor this client talks to. */
  readonly provider: ProviderId;
  /**
   * The base URL requests go to: the `baseUrl` option, else the vendor's default (e.g.
   * `https://www.eventbriteapi.com/v3`).
   */
  readonly baseUrl: string;
  /** What this vendor supports, known before any request. */
  readonly capabilities: Capabilities;
  /** `true`/`false` where the credential says (Equaticket key prefix), else `null`. */
  readonly livemode: boolean | null;
  /** Events. */
  readonly events: EventsResource;
  /** Occurrences of events. */
  readonly eventDates: EventDatesResource;
  /** Ticket types. */
  readonly ticketTypes: TicketTypesResource;
  /** Orders. */
  readonly orders: OrdersResource;
  /** Attendees. */
  readonly attendees: AttendeesResource;
  /** Webhook subscriptions the vendor holds (list, create, delete); unsupported where the vendor has none to manage. */
  readonly webhooks: WebhooksResource;
  /** The vendor's own API, typed, through the same pipeline (typed on each vendor's client type). */
  readonly native: unknown;
  /**
   * A copy of the client with some options changed (`{ maxRetries: 5 }`); the original is unchanged. A bad option
   * throws `ConfigError`.
   */
  withOptions(options: ClientOptions): TicketingClient;
  /**
   * Sends any request to the vendor with this client's auth, retries, idempotency and error mapping: for an endpoint
   * ticketkit does not wrap. Rejects with a `TicketingError` like every other call.
   *
   * @example
   * ```ts
   * const me = await client.request<{ id: string }>({ method: 'GET', path: '/users/me/' });
   * ```
   */
  request<T = unknown>(request: CustomRequest, options?: RequestOptions): APIPromise<T>;
}

const CUSTOM_REQUEST_KEYS = ['method', 'path', 'query', 'body', 'bodyType', 'responseType'] as const;

/**
 * What is wrong with a `client.request()` argument, as the `ValidationError` to reject with (nothing is sent), or
 * `null`: not an object, an unknown key (`querry`), a method or path missing, a query value that cannot be written,
 * or a `bodyType` / `responseType` the pipeline does not know.
 */
export function customRequestError(provider: ProviderId, request: unknown): ValidationError | null {
  const fail = (field: string, message: string) => new ValidationError({ provider, message: `Invalid client.request argument: ${field}: ${message}.`, fields: [{ field, message }] });
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return fail('request', 'expected { method: GET|POST|PUT|PATCH|DELETE, path, query?, body?, bodyType?, responseType? }');
  }
  try {
    assertKnownKeys(provider, 'client.request argument', request, CUSTOM_REQUEST_KEYS);
  } catch (error) {
    return error as ValidationError;
  }
  const { method, path, query, bodyType, responseType } = request as Partial<CustomRequest>;
  if (typeof method !== 'string' || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || typeof path !== 'string' || path === '') {
    return new ValidationError({
      provider,
      message: `client.request needs { method: GET|POST|PUT|PATCH|DELETE, path }, got method ${JSON.stringify(method ?? null)} and path ${JSON.stringify(path ?? null)}.`,
      fields: [{ field: typeof method !== 'string' ? 'method' : 'path', message: 'required' }],
    });
  }
  const badQuery = queryProblem(query);
  if (badQuery !== null) return fail(badQuery.field, badQuery.message);
  if (bodyType !== undefined && !['json', 'text', 'form'].includes(bodyType)) return fail('bodyType', `expected json, text or form, got ${JSON.stringify(bodyType)}`);
  if (responseType !== undefined && !['json', 'text'].includes(responseType)) return fail('responseType', `expected json or text, got ${JSON.stringify(responseType)}`);
  return null;
}

/** Shared plumbing of the vendor clients. */
export abstract class BaseClient<Config extends ClientOptions> {
  abstract readonly provider: ProviderId;
  readonly pipeline: HttpPipeline;

  /** @param copyOf - The client this one is a `withOptions` copy of: what they share (the `maxConcurrency` bound). */
  protected constructor(
    readonly config: Readonly<Config>,
    wire: ProviderWire,
    copyOf?: BaseClient<Config>,
  ) {
    this.pipeline = new HttpPipeline(wire, config, copyOf?.pipeline);
  }

  /** The base URL requests go to: the `baseUrl` option, else the vendor's default. */
  get baseUrl(): string {
    return this.pipeline.options.baseUrl ?? this.pipeline.wire.baseUrl;
  }

  /** Sends any vendor request with this client's auth, retries, idempotency and error mapping. */
  request<T = unknown>(request: CustomRequest, options?: RequestOptions): APIPromise<T> {
    const problem = customRequestError(this.provider, request);
    if (problem !== null) return rejected(problem);
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
