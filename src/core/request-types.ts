/**
 * The types of the request path: client and per-call options, hooks, and what a vendor adapter tells the pipeline
 * about its wire (`ProviderWire`) and about one request (`RequestSpec`). Apart from the pipeline so that its parts
 * (src/core/attempt.ts, src/core/pipeline.ts) share them without importing each other in a loop.
 */
import type { ErrorCode, FieldError, ProviderId, TicketingError } from './errors.js';
import type { Logger, LogLevel } from '../internal/log.js';
import type { RetrySafety } from './retry.js';
import type { Query } from '../internal/path.js';
import type { IdempotencyStore } from './idempotency.js';
import type { RateLimiter, RateLimitSpec, VendorRateLimits } from './rate-limit.js';
import type { Scheduler } from './scheduler.js';

/** The HTTP methods a request can use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What `hooks.onRequest` receives, before each try is sent. */
export interface RequestHookInfo {
  /** The vendor. */
  provider: ProviderId;
  /** The HTTP method. */
  method: HttpMethod;
  /** Redacted URL. */
  url: string;
  /** Redacted headers. */
  headers: Record<string, string>;
  /** 1 for the first try, 2 for the first retry, ... */
  attempt: number;
  /** The idempotency key of a write (the same on every try), or `null`. */
  idempotencyKey: string | null;
}
/** What `hooks.onResponse` receives, when an answer arrives (any status). */
export interface ResponseHookInfo extends RequestHookInfo {
  /** The HTTP status. */
  status: number;
  /** The vendor's request id, where it sends one. */
  requestId: string | null;
  /** How long the try took, in milliseconds. */
  durationMs: number;
}
/** What `hooks.onRetry` receives, before the client waits and tries again. */
export interface RetryHookInfo {
  /** The vendor. */
  provider: ProviderId;
  /** The HTTP method. */
  method: HttpMethod;
  /** Redacted URL. */
  url: string;
  /** The try that failed (1 for the first). */
  attempt: number;
  /** How long the client waits before the next try, in milliseconds. */
  delayMs: number;
  /** Why the try failed. */
  error: TicketingError;
}

/**
 * Callbacks for metrics and tracing. They run synchronously and must not throw (a throwing hook is logged and
 * ignored); what they receive is redacted.
 */
export interface Hooks {
  /** Before each try is sent. */
  onRequest?: (info: RequestHookInfo) => void;
  /** When an answer arrives, whatever its status. */
  onResponse?: (info: ResponseHookInfo) => void;
  /** Before a retry's wait. */
  onRetry?: (info: RetryHookInfo) => void;
  /** Once, with the error a call finally rejects with. */
  onError?: (error: TicketingError) => void;
}

/** Options common to every client; all optional, all overridable per call where it makes sense. */
export interface ClientOptions {
  /** The vendor's API root; defaults to the vendor's documented base URL. */
  baseUrl?: string;
  /** A WHATWG `fetch` (the emulators' `mock.fetch`, an undici dispatcher wrapper, ...). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeout?: number;
  /** Optional cap in ms on the whole call, retries and backoff included. */
  totalTimeout?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** A server delay above this (ms) is not waited for: the call throws at once (default 60 000). */
  maxRetryAfterMs?: number;
  /**
   * The largest response body read (bytes; default 32 MiB, `Infinity` for no limit). A larger one is an
   * `InvalidResponseError` and is not read into memory.
   */
  maxResponseBytes?: number;
  /** How writes get their idempotency key when the caller gives none. */
  idempotency?: {
    /** Generates the key of a write that the caller gave none (default: a UUID v4). */
    generateKey?: () => string;
  };
  /**
   * Client-side pacing. Default: the vendor's documented limit (docs/rate-limits.md), shared by every client of the
   * process with the same credential. An object replaces it (`{ perMinute: 100, burst: 10 }`); `false` turns pacing
   * off (a 429's wait is still shared by the callers of the credential); `null` is the default.
   */
  rateLimit?: RateLimitSpec | false | null;
  /** A limiter of your own (a fleet sharing one limit through Redis, ...): replaces the in-memory one. */
  rateLimiter?: RateLimiter;
  /**
   * The most requests in flight at once (default: no bound), for this client and its `withOptions` copies together
   * (a copy given another figure gets a bound of its own). A client built on its own has its own bound.
   */
  maxConcurrency?: number;
  /**
   * Honours `idempotencyKey` on writes the vendor does not key, by recording outcomes under the key: `true` for the
   * process's in-memory store (shared by every client of the credential, `withOptions` copies included), or a store
   * of your own. Records are scoped by the credential. Without it such a key is refused (docs/rate-limits.md,
   * "Idempotency keys on every vendor").
   */
  idempotencyStore?: IdempotencyStore | true;
  /**
   * The clock and sleep that pacing and backoff use (default: real time). The testing kit passes its emulator's
   * clock, so rate-limit waits advance it instead of sleeping.
   */
  scheduler?: Scheduler;
  /** Where log lines go (default: the console, prefixed `[ticketkit]`); pino and winston loggers fit. */
  logger?: Logger;
  /** `off | error | warn | info | debug`; default `warn`, or env `TICKETKIT_LOG`. */
  logLevel?: LogLevel;
  /** Log buyer and attendee names, emails and phones at debug level instead of masking them. */
  logPersonalData?: boolean;
  /** Callbacks on each request, response, retry and final error (metrics, tracing). */
  hooks?: Hooks;
  /** The `User-Agent` header (default `ticketkit/<version> (+node)`). */
  userAgent?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** The last argument of every method. */
export interface RequestOptions {
  /** Aborts the call (its current try and any wait): it then rejects with `AbortError`. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call (overrides the client's). */
  timeout?: number;
  /** Cap in ms on this whole call, retries and backoff included (overrides the client's). */
  totalTimeout?: number;
  /** Retries after the first attempt for this call (overrides the client's; `0` for none). */
  maxRetries?: number;
  /** A server delay above this (ms) is not waited for: the call throws `RateLimitError` at once. */
  maxRetryAfterMs?: number;
  /** The idempotency key of this write (default: a new UUID, the same on every attempt). */
  idempotencyKey?: string;
  /** Extra headers on this call's requests, over the client's `headers` (auth and idempotency headers still win). */
  headers?: Record<string, string>;
  /** Include the vendor payload as `raw` on normalized entities. */
  raw?: boolean;
  /**
   * Lists only: `1` starts the next page's request while the caller handles the current page (one page ahead at
   * most; same order and results; cancelled when the loop ends early). Default `0`.
   */
  prefetch?: 0 | 1;
}

export interface HttpErrorContext {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or `undefined` when the body is not JSON. */
  json: unknown;
  method: HttpMethod;
  url: string;
}

/** What an adapter's error mapping says about a non-2xx response. */
export interface VendorErrorDetails {
  /** The error class to use; defaults to the one the HTTP status means. */
  code?: ErrorCode;
  message: string;
  vendorCode?: string | null;
  requestId?: string | null;
  fields?: FieldError[];
  docUrl?: string | null;
  /** A delay the vendor documents but does not send (overrides headers). */
  retryAfterMs?: number | null;
  /** Override whether this failure can succeed on another try. */
  transient?: boolean;
  /** `true` when the response proves the request was rejected before being processed. */
  notProcessed?: boolean;
}

export interface AttemptContext {
  attempt: number;
  method: HttpMethod;
  path: string;
  /** `false` for the rare endpoint that must be called without credentials. */
  auth: boolean;
}

/** What a vendor adapter tells the pipeline about its wire. */
export interface ProviderWire {
  provider: ProviderId;
  baseUrl: string;
  /** Strings that must never appear in logs or errors (API keys, tokens). */
  secrets: string[];
  /**
   * Patterns of the vendor's credential format (global regular expressions), scrubbed like `secrets`: they also catch
   * a key the vendor echoed cut short, or another key of the same account.
   */
  secretPatterns?: RegExp[];
  /**
   * The vendor's own client config keys (credentials and settings); any other key but the common options is refused.
   */
  configKeys?: readonly string[];
  /** Headers for one attempt (auth; Event Vault's per-attempt timestamp). */
  headers(ctx: AttemptContext): Record<string, string>;
  /** Maps a non-2xx response to error details. Must not throw. */
  mapError(ctx: HttpErrorContext): VendorErrorDetails;
  /** The header a write's idempotency key goes in, or `null` when the vendor has none. */
  idempotencyHeader: string | null;
  /** The methods the vendor honours that header on (default: POST only). */
  idempotencyMethods?: HttpMethod[];
  /** Response headers that carry a request id, in order of preference. */
  requestIdHeaders?: string[];
  /** How booleans are written in query strings. */
  booleanStyle?: 'word' | 'digit';
  /**
   * Awaited before each attempt is sent (a client-side pace shared by every request of a client).
   * Must reject with the signal's reason when the signal aborts.
   */
  beforeAttempt?(ctx: AttemptContext, signal: AbortSignal): Promise<void>;
  /** Called with every 2xx response (waypoint tokens, livemode checks). */
  onSuccess?(response: Response, ctx: { method: HttpMethod; json: unknown }): void;
  /**
   * The vendor's documented rate limits (the default of the `rateLimit` option): `{ all }` for one limit over every
   * request, or one per request class.
   */
  rateLimits?: VendorRateLimits;
  /** What the vendor counts a limit per: the credential (default), or the origin (a per-IP limit). */
  rateLimitScope?: 'credential' | 'origin';
}

export interface RequestSpec<T> {
  method: HttpMethod;
  /** Relative to the base URL (already segment-encoded), or an absolute URL. */
  path: string;
  query?: Query;
  body?: unknown;
  /** `json` (default when a body is given), `text` (sent as is), or `form` (FormData, sent as is). */
  bodyType?: 'json' | 'text' | 'form';
  /** Defaults: GET `safe`; a write `keyed` when the vendor has an idempotency header, else `unsafe`. */
  safety?: RetrySafety;
  /** Send an idempotency key in this header (overrides the vendor default; `null` for none). */
  idempotencyHeader?: string | null;
  /** `json` (default) or `text`: how a 2xx body is read. */
  responseType?: 'json' | 'text';
  /** `false` to send no credentials (public endpoints). */
  auth?: boolean;
  /**
   * For a delete: when an earlier attempt may have been processed (a timeout, a dropped answer, a 5xx after sending)
   * and a retry answers 404, the call resolves (with `parse(null)`), because the first attempt deleted it. A function
   * decides from the 404's body, for a vendor whose 404 also means other things (an unknown event, say).
   */
  goneAfterRetry?: boolean | ((notFound: { text: string; json: unknown }) => boolean);
  /** Turns the 2xx payload into the result; a thrown `ZodError` becomes an `InvalidResponseError`. */
  parse?: (payload: unknown, response: Response) => T;
}

