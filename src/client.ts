/**
 * The client surface shared by every vendor: the resources, capabilities, `withOptions()` and `request()`.
 */
import { APIPromise } from './core/api-promise.js';
import { ConfigError, isTicketingError, ValidationError, type ProviderId } from './core/errors.js';
import { PagePromise } from './core/pagination.js';
import {
  HttpPipeline,
  type ClientOptions,
  type HttpMethod,
  type ProviderWire,
  type RequestOptions,
} from './core/pipeline.js';
import type { Query } from './internal/path.js';
import { InputProblem } from './core/input.js';
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
  /** Which writes carry an idempotency key the vendor honours. */
  idempotencyKeys: 'all-writes' | 'some' | 'none';
  testMode: boolean;
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
  readonly capabilities: Capabilities;
  /** `true`/`false` where the credential says (Equaticket key prefix), else `null`. */
  readonly livemode: boolean | null;
  readonly events: EventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: OrdersResource;
  readonly attendees: AttendeesResource;
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

/** A rejected `APIPromise` (nothing is sent). */
export function rejected<T>(error: unknown): APIPromise<T> {
  return new APIPromise<T>(() => Promise.reject(error));
}

/** A `PagePromise` that rejects with `error` when awaited or iterated (nothing is sent). */
export function rejectedList<T>(provider: ProviderId, resource: string, error: unknown): PagePromise<T> {
  return new PagePromise<T>({
    provider,
    resource,
    filters: {},
    fetchPage: () => Promise.reject(error),
  });
}

/** Turns anything thrown by argument handling into a `ValidationError` (a plain `Error` never escapes). */
export function asInputError(provider: ProviderId, method: string, error: unknown): unknown {
  if (isTicketingError(error)) return error;
  if (error instanceof InputProblem) return error.toValidationError(provider, method);
  return new ValidationError({
    provider,
    message: `Invalid arguments to ${method}: ${error instanceof Error ? error.message : String(error)}.`,
    cause: error,
  });
}

/**
 * Wraps every method of a resource so that a synchronous throw (bad arguments) becomes a rejected promise of the
 * right kind (`PagePromise` for `list`), and a non-ticketkit error from a method's own async work is wrapped.
 */
export function guardResource<T extends object>(provider: ProviderId, name: string, resource: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    if (typeof value !== 'function') {
      guarded[key] = value;
      continue;
    }
    const method = `${name}.${key}`;
    guarded[key] = (...args: unknown[]) => {
      try {
        const result = (value as (...a: unknown[]) => unknown).apply(resource, args);
        if (result instanceof APIPromise) {
          return APIPromise.from(
            result.withResponse().catch((error: unknown) => {
              throw asInputError(provider, method, error);
            }),
          );
        }
        return result;
      } catch (error) {
        const wrapped = asInputError(provider, method, error);
        return key === 'list' ? rejectedList(provider, name, wrapped) : rejected(wrapped);
      }
    };
  }
  return guarded as T;
}

/**
 * Like `guardResource`, for a class instance whose methods live on its prototype (a vendor's native layer): returns
 * an object that inherits from `target` (its fields and `instanceof` unchanged) and whose every method turns a
 * synchronous throw into a rejected promise (a `PagePromise` for the methods `isList` names) and wraps a non-ticketkit
 * rejection as `asInputError` does. Methods run with `this` bound to `target`, so internal calls are unaffected.
 */
/** Runs one vendor-only call so that anything it throws, now or later, is a `TicketingError` (see `asInputError`). */
export function guardCall<T>(provider: ProviderId, method: string, run: () => APIPromise<T>): APIPromise<T> {
  try {
    return APIPromise.from(
      run()
        .withResponse()
        .catch((error: unknown) => {
          throw asInputError(provider, method, error);
        }),
    );
  } catch (error) {
    return rejected<T>(asInputError(provider, method, error));
  }
}

export function guardMethods<T extends object>(
  provider: ProviderId,
  name: string,
  target: T,
  isList: (method: string) => boolean = (method) => /^(list|search)/.test(method),
): T {
  const guarded = Object.create(target) as Record<string, unknown>;
  const seen = new Set<string>(['constructor']);
  for (let proto = Object.getPrototypeOf(target) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const value = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
      if (typeof value !== 'function') continue;
      const method = `${name}.${key}`;
      const list = isList(key);
      guarded[key] = (...args: unknown[]) => {
        try {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (result instanceof PagePromise) return result;
          if (result instanceof APIPromise) {
            return APIPromise.from(
              result.withResponse().catch((error: unknown) => {
                throw asInputError(provider, method, error);
              }),
            );
          }
          if (result instanceof Promise) {
            return result.catch((error: unknown) => {
              throw asInputError(provider, method, error);
            });
          }
          return result;
        } catch (error) {
          const wrapped = asInputError(provider, method, error);
          return list ? rejectedList(provider, name, wrapped) : rejected(wrapped);
        }
      };
    }
  }
  return guarded as T;
}

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
