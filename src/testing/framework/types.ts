/**
 * Types of the emulator framework: what a vendor emulator plugs in (`EmulatorDefinition`) and what a
 * running emulator exposes (`Emulator`). Vendor-neutral: nothing here knows any vendor's wire format.
 */
import type { ProviderId } from '../../core/errors.js';
import type { Scheduler } from '../../core/scheduler.js';
import type { MockWebhooks, WebhookHubOptions, WebhookNotification, WebhookTarget } from './webhook-types.js';

/** Milliseconds since the epoch, like `Date.now`. */
export type Clock = () => number;

/** A normalized operation name (`'orders.list'`, `'events.create'`, ...) or a vendor-only one. */
export type OperationName = string;

/** One request the emulator received, as recorded in `calls` (live; `status` is set when it is answered). */
export interface CallRecord {
  /** The normalized operation the request was routed to, or `null` when no route matched. */
  op: OperationName | null;
  /** The HTTP method. */
  method: string;
  /** The full URL (credentials in the query are redacted). */
  url: string;
  /** The URL path, e.g. `/api/v1/orders`. */
  path: string;
  /** Query parameters (the last value wins when a key repeats). */
  query: Record<string, string>;
  /** Request headers, lower-case names, secrets redacted. */
  headers: Record<string, string>;
  /** The parsed JSON body, the text when it is not JSON, or `null` when there was none. */
  body: unknown;
  /** The HTTP status answered, or `null` when the emulator never answered (network and timeout faults). */
  status: number | null;
  /** The fault applied to this request, or `null`. */
  fault: Fault | null;
}

/**
 * A failure the emulator injects into a matching request (`mock.faults.once(...)`, `times`, `always`): a vendor 429,
 * any HTTP status, a network error, a hang until abort, or added latency.
 */
export type Fault =
  /** The vendor's own 429, with `Retry-After: <seconds>` when `retryAfterSeconds` is given. */
  | {
      /** A rate-limit answer. */
      kind: 'rate_limited';
      /** Sent as `Retry-After`, in seconds; absent, no header. */
      retryAfterSeconds?: number;
    }
  /** Any status; `body` defaults to the vendor's error shape for that status (a string body is sent as text). */
  | {
      /** An HTTP answer of your choosing. */
      kind: 'http';
      /** The status to answer. */
      status: number;
      /** The body (default: the vendor's error body for `status`). */
      body?: unknown;
      /** Extra response headers. */
      headers?: Record<string, string>;
    }
  /**
   * `fetch` rejects with `TypeError('fetch failed')`:
   * - default `phase: 'request'`: the request left but no answer came (cause without a connect code:
   *   the outcome is unknown to the client); the emulator did not process it;
   * - `phase: 'connect'`: the connection was refused (cause `{ code: 'ECONNREFUSED' }`): nothing was sent;
   * - `phase: 'response'`: the emulator processed the request, then the answer was lost (tests idempotent retries).
   */
  | {
      /** A failed `fetch`. */
      kind: 'network';
      /** When the connection fails (default `'request'`). */
      phase?: 'connect' | 'request' | 'response';
    }
  /** No answer until the request's signal aborts; then `fetch` rejects with the signal's reason. */
  | {
      /** A hang. */
      kind: 'timeout';
    }
  /** Waits `ms` (abort-aware), then answers normally. */
  | {
      /** A slow answer. */
      kind: 'latency';
      /** The delay, in milliseconds (of the emulator clock). */
      ms: number;
    };

/**
 * A fault target: one of the vendor's operation names (a typed union per vendor, also checked when the fault is
 * armed), or a predicate over the call record (status and fault still `null`).
 */
export type FaultTarget<Op extends string = OperationName> = Op | ((call: CallRecord) => boolean);

/** `mock.faults`: arms faults on the emulator's next matching requests. */
export interface FaultController<Op extends string = OperationName> {
  /** Applies `fault` to the next matching request only. */
  once(target: FaultTarget<Op>, fault: Fault): void;
  /** Applies `fault` to the next `n` matching requests. */
  times(n: number, target: FaultTarget<Op>, fault: Fault): void;
  /** Applies `fault` to every matching request until `clear()`. */
  always(target: FaultTarget<Op>, fault: Fault): void;
  /** Removes every fault. */
  clear(): void;
}

/** What a handler answers: plain data, turned into a `Response` by the framework. */
export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialized unless it is a string (sent as is) or `undefined` (no body). */
  body?: unknown;
}

/** Deterministic counters, one per kind (`ids.next('order')` → 1, 2, 3, ...). Reset by `reset()`. */
export interface IdCounters {
  next(kind: string): number;
  /** The last value handed out for `kind` (0 when none). */
  peek(kind: string): number;
}

/** What every handler and seed builder of one emulator shares. */
export interface EmulatorEnv<S> {
  readonly provider: ProviderId;
  /** The vendor state (rebuilt by `reset()`). */
  readonly state: S;
  readonly ids: IdCounters;
  /** The current time (ms). Reads use it. */
  now(): number;
  /**
   * The timestamp of a write: the current time, after which the default clock moves on by one second.
   * (A user-supplied clock is only read.)
   */
  stamp(): number;
  /** The page size cap (`pageSize` option), or `null`. Vendors apply it to every page they serve. */
  readonly pageSize: number | null;
  /**
   * Announces a state change the vendor sends a webhook for (`type` in the vendor's own names; `payload` is what the
   * definition's `webhooks.request` builds the body from, copied now). Ignored while the seed builds the starting
   * state and for vendors without webhooks; deliveries go out after the current response.
   */
  notify(type: string, payload: unknown): void;
  /**
   * Whether the vendor's rate limits are enforced: the `rateLimits` option, else the definition's default. A seed
   * builder may turn them on (with a test's own figures, e.g. Seaty's `s.enforceReadLimit({ perMinute: 2 })`).
   */
  readonly rateLimits: { enforced: boolean };
}

/** A request, as a handler sees it. */
export interface EmulatorRequest<S> {
  readonly env: EmulatorEnv<S>;
  readonly method: string;
  readonly url: URL;
  readonly path: string;
  /** Path parameters of the matched route (`:id` → `params.id`), decoded. */
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** The body text (`''` when none). */
  readonly text: string;
  /** The parsed JSON body; `undefined` when the body is empty or not JSON. */
  readonly json: unknown;
  /** The matched operation, or `null`. */
  readonly op: OperationName | null;
  /** Per-request scratch space for the vendor (e.g. its request id). */
  readonly locals: Record<string, unknown>;
  /** The request's abort signal. */
  readonly signal: AbortSignal | null;
}

/** What an operation-naming function sees of a request. */
export interface OpRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, or `undefined`. */
  json: unknown;
}

export type Handler<S, A> = (req: EmulatorRequest<S>, auth: A) => EmulatorResponse | Promise<EmulatorResponse>;

export interface RouteDef<S, A> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute URL path with `:name` parameters, e.g. `/api/v1/events/:id`. */
  path: string;
  /**
   * The normalized operation name recorded in `calls` and targeted by faults, or `null`. A function names it from
   * the request when one endpoint serves several operations (e.g. a `PUT /sales/:id` whose `action` is `refund`).
   */
  op: OperationName | null | ((request: OpRequest) => OperationName | null);
  /** Every name a function `op` can return (required with one): what fault targets are checked against. */
  ops?: readonly OperationName[];
  /** `false` for endpoints that need no credential (the definition's `authenticate` is then skipped). */
  auth?: boolean;
  handler: Handler<S, A>;
}

/** Throw from a handler or a seed builder to answer with the vendor's error shape. */
export class EmulatorHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Vendor-specific extras for `errorResponse` (e.g. Equaticket `param`, a vendor code). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EmulatorHttpError';
  }
}

/**
 * One vendor's emulator. `S` = its state, `Seed` = its seed builders, `A` = what `authenticate` returns
 * for an accepted credential (e.g. the key's mode).
 */
export interface EmulatorDefinition<S, Seed, A = unknown, Op extends string = OperationName> {
  provider: ProviderId;
  /** Type-only: the vendor's operation names (the union fault targets are typed with). */
  readonly __operations?: Op;
  /** The vendor's default base URL (what the real client uses when `baseUrl` is not set). */
  baseUrl: string;
  /** The client config for `createClient` (besides `provider` and `fetch`), e.g. `{ apiKey: 'sk_test_…' }`. */
  credentials(env: { clock: Clock }): Record<string, unknown>;
  /** A fresh, empty state with the vendor's account (what exists before any seed). */
  createState(env: Omit<EmulatorEnv<never>, 'state'>): S;
  /** The seed builders over an environment. */
  seeder(env: EmulatorEnv<S>): Seed;
  routes: ReadonlyArray<RouteDef<S, A>>;
  /** Checks the credential and returns what handlers receive as `auth`; throws `EmulatorHttpError` to refuse. */
  authenticate(req: EmulatorRequest<S>): A;
  /** The vendor's error response for a status (used by `http` faults, unknown routes and `EmulatorHttpError`). */
  errorResponse(req: EmulatorRequest<S>, status: number, message?: string, details?: Record<string, unknown>): EmulatorResponse;
  /** The vendor's 429. */
  rateLimitResponse(req: EmulatorRequest<S>, retryAfterSeconds?: number): EmulatorResponse;
  /** Called first for every request (e.g. to pick a request id into `req.locals`). */
  prepare?(req: EmulatorRequest<S>): void;
  /** Called last for every answer, faults included (e.g. to add `X-Request-Id`). */
  finalize?(req: EmulatorRequest<S>, response: EmulatorResponse): EmulatorResponse;
  /** The vendor's documented rate limits, enforced on the emulator clock when asked (`rateLimits` option). */
  rateLimits?: ReadonlyArray<EmulatorRateLimit<S>>;
  /** Whether the limits are enforced unless a test says otherwise (default `false`). */
  enforceRateLimits?: boolean;
  /** The vendor's webhooks (types, request building and signing, retry policy); absent for a vendor that sends none. */
  webhooks?: EmulatorWebhooks<S>;
}

/** One documented rate limit of a vendor, as its emulator enforces it. */
export interface EmulatorRateLimit<S> {
  /** For messages and docs: `'reads'`, `'writes'`, `'per key'`. */
  name: string;
  /** Requests allowed in a window (a function: a figure a seed builder may change, e.g. a test's lower limit). */
  limit: number | ((state: S) => number);
  windowMs: number;
  /**
   * How the window moves: `'rolling'` (default) counts the requests of the last `windowMs`; `'fixed'` counts them per
   * clock-aligned window (a minute from :00, an hour from :00) and resets at its end; `'after-idle'` is a
   * counter that each counted request keeps alive for another `windowMs` (a cache entry with a TTL), so it resets
   * only after `windowMs` without a counted request (Event Schedule's per-IP buckets).
   */
  resets?: 'rolling' | 'fixed' | 'after-idle';
  /** Which requests count against it. */
  matches(req: EmulatorRequest<S>): boolean;
  /** What it is counted per (the key, the organisation, the IP). */
  key(req: EmulatorRequest<S>): string;
  /** The vendor's 429 for it. */
  response(req: EmulatorRequest<S>, retryAfterSeconds: number): EmulatorResponse;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEmulatorDefinition = EmulatorDefinition<any, any, any>;

export interface EmulatorOptions<Seed> {
  /** Enforce the vendor's documented rate limits (default: the vendor's emulator decides; Seaty and Equaticket do). */
  rateLimits?: boolean;
  /** Runs on a fresh state at creation and again on every `reset()`. */
  seed?: (s: Seed) => void;
  /** Caps every page the emulator serves, whatever the client asks for. */
  pageSize?: number;
  /** Replaces the default clock (which starts at 2026-01-01T00:00:00Z and moves one second per write). */
  clock?: Clock;
  /** How webhook deliveries reach URLs, and the base URL they point at (the mock-server sets both). */
  webhooks?: WebhookHubOptions;
}

/** A running emulator. */
export interface Emulator<Seed> {
  readonly provider: ProviderId;
  /** Time for its clients: a wait (pacing, backoff, a 429's Retry-After) advances the emulator clock, no real sleep. */
  readonly scheduler: Scheduler;
  /** Moves the default clock on by `ms` (a `ConfigError` when the clock was given as an option). */
  advance(ms: number): void;
  /** The vendor's default base URL. */
  readonly baseUrl: string;
  /** A WHATWG `fetch` served by the emulator. */
  readonly fetch: typeof globalThis.fetch;
  /** Every request, in order (live, read-only). */
  readonly calls: ReadonlyArray<CallRecord>;
  readonly faults: FaultController;
  /** The emulator's clock. */
  readonly clock: Clock;
  /** The client config that reaches this emulator (with `fetch`). */
  readonly credentials: Record<string, unknown>;
  /** The seed builders, for adding data mid-test (not replayed by `reset()`). */
  readonly seed: Seed;
  /** Webhook subscriptions, deliveries, delivery faults and waiting. */
  readonly webhooks: MockWebhooks;
  /** Restores the seeded state, id counters and clock; clears calls, faults and idempotency records. */
  reset(): void;
}

/** What a vendor plugs in to send webhooks (`EmulatorDefinition.webhooks`). */
export interface EmulatorWebhooks<S> {
  /** Every event type the vendor sends (its own names). */
  types: readonly string[];
  /** Whether deliveries are signed with a per-subscription secret. */
  signed: boolean;
  /** The secret of a mock subscription that gave none (deterministic per subscription number). */
  defaultSecret?(n: number): string;
  /** The id of the n-th mock subscription, in the vendor's id format (default `sub_<n>`). */
  subscriptionId?(n: number): string;
  /** The vendor's own subscriptions that receive this notification (their filters applied). */
  stored?(env: EmulatorEnv<S>, notification: WebhookNotification): WebhookTarget[];
  /** Builds one attempt's request: the exact body bytes and the headers (signature included). */
  request(
    notification: WebhookNotification,
    target: WebhookTarget,
    context: { env: EmulatorEnv<S>; now: number; apiBaseUrl: string },
  ): Promise<{ headers: Record<string, string>; body: string }>;
  /**
   * After `failures` failed attempts (the last answered `status`, `null` when unreachable): ms until the next, or
   * `null` to give up.
   */
  retryDelayMs(failures: number, status: number | null): number | null;
  /**
   * The vendor's reaction to an answer (Eventbrite: a 410 removes the subscription). `'unsubscribe'` ends the
   * subscription whatever made it: the kit removes a `mock.webhooks` one; a vendor-made one is the vendor's to remove.
   */
  onAnswer?(env: EmulatorEnv<S>, target: WebhookTarget, status: number | null): 'unsubscribe' | void;
}
