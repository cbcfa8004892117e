/**
 * The request pipeline: one place for auth headers, idempotency keys, timeouts, abort, the retry loop,
 * error mapping, logging and hooks. Every vendor adapter sends its requests through `HttpPipeline.send`.
 */
import pRetry from 'p-retry';
import { z } from 'zod';
import { APIPromise, type WithResponse } from './api-promise.js';
import {
  AbortError,
  ConfigError,
  ConnectionError,
  errorForCode,
  InvalidResponseError,
  RateLimitError,
  TicketingError,
  TimeoutError,
  ValidationError,
  codeForStatus,
  isTicketingError,
  type AttemptRecord,
  type ErrorCode,
  type FieldError,
  type ProviderId,
} from './errors.js';
import {
  decideRetry,
  isTransientFailure,
  parseRetryAfter,
  provesNotProcessed,
  type AttemptFailure,
  type RetrySafety,
} from './retry.js';
import { send as transportSend } from '../internal/transport.js';
import { abortableSleep } from '../internal/sleep.js';
import { randomUuid } from '../internal/ids.js';
import { buildQuery, joinUrl, pathProblem, type Query } from '../internal/path.js';
import { Log, redactHeaders, redactUrl, scrubSecrets, scrubValue, type Logger, type LogLevel } from '../internal/log.js';
import { assertClientOptions, assertRequestOptions, timerDelay } from './options.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestHookInfo {
  provider: ProviderId;
  method: HttpMethod;
  /** Redacted URL. */
  url: string;
  /** Redacted headers. */
  headers: Record<string, string>;
  attempt: number;
  idempotencyKey: string | null;
}
export interface ResponseHookInfo extends RequestHookInfo {
  status: number;
  requestId: string | null;
  durationMs: number;
}
export interface RetryHookInfo {
  provider: ProviderId;
  method: HttpMethod;
  url: string;
  attempt: number;
  delayMs: number;
  error: TicketingError;
}

export interface Hooks {
  onRequest?: (info: RequestHookInfo) => void;
  onResponse?: (info: ResponseHookInfo) => void;
  onRetry?: (info: RetryHookInfo) => void;
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
  idempotency?: {
    /** Generates the key of a write that the caller gave none (default: a UUID v4). */
    generateKey?: () => string;
  };
  logger?: Logger;
  /** `off | error | warn | info | debug`; default `warn`, or env `TICKETKIT_LOG`. */
  logLevel?: LogLevel;
  /** Log buyer and attendee names, emails and phones at debug level instead of masking them. */
  logPersonalData?: boolean;
  hooks?: Hooks;
  userAgent?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** The last argument of every method. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
  totalTimeout?: number;
  maxRetries?: number;
  /** A server delay above this (ms) is not waited for: the call throws `RateLimitError` at once. */
  maxRetryAfterMs?: number;
  /** The idempotency key of this write (default: a new UUID, the same on every attempt). */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  /** Include the vendor payload as `raw` on normalized entities. */
  raw?: boolean;
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
  /** The vendor's own client config keys (credentials and settings); any other key but the common options is refused. */
  configKeys?: readonly string[];
  /** The vendor's own per-call option keys (besides `RequestOptions`); any other key is refused. */
  requestOptionKeys?: readonly string[];
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
   * and a retry answers 404, the call resolves (with `parse(null)`), because the first attempt deleted it.
   */
  goneAfterRetry?: boolean;
  /** Turns the 2xx payload into the result; a thrown `ZodError` becomes an `InvalidResponseError`. */
  parse?: (payload: unknown, response: Response) => T;
}

const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CONNECT',
]);

/** Finds a Node/undici error code in an error's cause chain. */
function errorCodeOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

const failures = new WeakMap<TicketingError, AttemptFailure>();

export const DEFAULTS = {
  timeout: 30_000,
  maxRetries: 2,
  maxRetryAfterMs: 60_000,
} as const;

function isWrite(method: HttpMethod): boolean {
  return method !== 'GET';
}

/** The request pipeline of one client. */
export class HttpPipeline {
  readonly log: Log;

  constructor(
    readonly wire: ProviderWire,
    readonly options: ClientOptions,
  ) {
    assertClientOptions(wire.provider, options, wire.configKeys);
    this.log = new Log(options, wire.secrets);
  }

  private get baseUrl(): string {
    return this.options.baseUrl ?? this.wire.baseUrl;
  }

  /** Sends one logical call (with its retries) and returns an `APIPromise` of the parsed result. */
  send<T>(spec: RequestSpec<T>, callOptions: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(() => this.execute(spec, callOptions));
  }

  /** The URL a spec resolves to (redaction-free; for internal use). */
  urlFor(path: string, query?: Query): string {
    return joinUrl(this.baseUrl, path) + buildQuery(query, this.wire.booleanStyle ?? 'word');
  }

  redact(url: string): string {
    return scrubSecrets(redactUrl(url), this.wire.secrets);
  }

  async execute<T>(spec: RequestSpec<T>, callOptionsIn: RequestOptions | null | undefined): Promise<WithResponse<T>> {
    const url = this.urlFor(spec.path, spec.query);
    const safeUrl = this.redact(url);
    const write = isWrite(spec.method);
    const vendorKeyed = write && (this.wire.idempotencyMethods ?? ['POST']).includes(spec.method);
    const idempotencyHeader =
      spec.idempotencyHeader !== undefined ? spec.idempotencyHeader : vendorKeyed ? this.wire.idempotencyHeader : null;
    let callOptions: RequestOptions;
    let idempotencyKey: string | null;
    let body: BodyInit | undefined;
    try {
      // Bad per-call options, a bad generated key or a body that cannot be encoded: refused before anything is sent.
      this.assertRoutable(spec.path, url);
      assertRequestOptions(this.wire.provider, callOptionsIn, this.wire.requestOptionKeys);
      callOptions = callOptionsIn ?? {};
      idempotencyKey = idempotencyHeader && write ? this.keyFor(callOptions) : null;
      body = this.encode(spec);
    } catch (cause) {
      const error = isTicketingError(cause)
        ? cause
        : new ValidationError({ provider: this.wire.provider, message: `Could not prepare ${spec.method} ${safeUrl}: ${String(cause)}`, cause });
      error.request = { method: spec.method, url: safeUrl };
      if (write) error.outcomeUnknown = false;
      throw error;
    }
    const maxRetries = callOptions.maxRetries ?? this.options.maxRetries ?? DEFAULTS.maxRetries;
    const maxRetryAfterMs = callOptions.maxRetryAfterMs ?? this.options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;
    const timeout = callOptions.timeout ?? this.options.timeout ?? DEFAULTS.timeout;
    const totalTimeout = callOptions.totalTimeout ?? this.options.totalTimeout;
    const safety: RetrySafety = spec.safety ?? (!write ? 'safe' : idempotencyKey ? 'keyed' : 'unsafe');
    const attempts: AttemptRecord[] = [];
    const provider = this.wire.provider;

    // The whole-call deadline and the user's signal, merged; listeners removed when the call settles.
    const callController = new AbortController();
    const cleanups: Array<() => void> = [];
    const userSignal = callOptions.signal;
    let totalTimedOut = false;
    if (userSignal) {
      if (userSignal.aborted) callController.abort(userSignal.reason);
      else {
        const onAbort = () => callController.abort(userSignal.reason);
        userSignal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => userSignal.removeEventListener('abort', onAbort));
      }
    }
    const totalDelay = timerDelay(totalTimeout);
    if (totalDelay !== null) {
      const timer = setTimeout(() => {
        totalTimedOut = true;
        callController.abort(new Error('total timeout'));
      }, totalDelay);
      cleanups.push(() => clearTimeout(timer));
    }

    // Outcome truth over all attempts: once any attempt of a write may have been processed, the call's error says
    // so, whatever later attempts answered (a 404, a 400, a refused connection).
    let mayHaveLanded = false;
    const decorate = (error: TicketingError, failure: AttemptFailure | null, sent = true): TicketingError => {
      error.attempts = attempts;
      error.request = { method: spec.method, url: safeUrl };
      error.idempotencyKey = idempotencyKey;
      if (write) {
        if (sent && failure && outcomeUnknownFor(failure)) mayHaveLanded = true;
        error.outcomeUnknown = mayHaveLanded;
      }
      return error;
    };

    let lastFailure: AttemptFailure | null = null;

    const runAttempt = async (attemptNumber: number): Promise<WithResponse<T>> => {
      const started = Date.now();
      const record: AttemptRecord = {
        attempt: attemptNumber,
        status: null,
        error: null,
        requestId: null,
        durationMs: 0,
        retryDelayMs: null,
      };
      attempts.push(record);
      const fail = (error: TicketingError, failure: AttemptFailure, sent = true): never => {
        record.error = error.code;
        record.durationMs = Date.now() - started;
        lastFailure = failure;
        failures.set(error, failure);
        throw decorate(error, failure, sent);
      };

      // Aborted before this attempt was sent: what we know of the outcome is what earlier attempts told us.
      const abortBeforeSend = (): never =>
        fail(this.abortError(totalTimedOut, totalTimeout, safeUrl), totalTimedOut ? { type: 'timeout' } : { type: 'aborted' }, false);
      if (callController.signal.aborted) abortBeforeSend();

      if (this.wire.beforeAttempt) {
        try {
          await this.wire.beforeAttempt(
            { attempt: attemptNumber, method: spec.method, path: spec.path, auth: spec.auth !== false },
            callController.signal,
          );
        } catch {
          abortBeforeSend();
        }
      }

      const headers = this.buildHeaders(spec, callOptions, attemptNumber, idempotencyHeader, idempotencyKey);
      const info: RequestHookInfo = {
        provider,
        method: spec.method,
        url: safeUrl,
        // Secret header names are redacted, and the configured secrets wherever they appear (a key in a custom header).
        headers: scrubValue(redactHeaders(headers), this.wire.secrets) as Record<string, string>,
        attempt: attemptNumber,
        idempotencyKey,
      };
      this.callHook(() => this.options.hooks?.onRequest?.(info));
      if (this.log.enabled('debug')) {
        this.log.debug(`→ ${spec.method} ${safeUrl}`, {
          attempt: attemptNumber,
          headers: info.headers,
          ...(spec.body !== undefined && spec.bodyType !== 'form' ? { body: spec.body } : {}),
        });
      }

      // Per-attempt signal: the call's signal plus this attempt's timeout.
      const attemptController = new AbortController();
      let attemptTimedOut = false;
      const onCallAbort = () => attemptController.abort(callController.signal.reason);
      callController.signal.addEventListener('abort', onCallAbort, { once: true });
      // `Infinity` (or more than a timer can hold) means no per-attempt limit.
      const attemptDelay = timerDelay(timeout);
      const timer =
        attemptDelay === null
          ? undefined
          : setTimeout(() => {
              attemptTimedOut = true;
              attemptController.abort(new Error('attempt timeout'));
            }, attemptDelay);

      let response: Response;
      let text: string;
      try {
        response = await transportSend({
          url,
          method: spec.method,
          headers,
          body,
          signal: attemptController.signal,
          fetch: this.options.fetch,
        });
        text = await response.text();
      } catch (cause) {
        if (attemptTimedOut) {
          return fail(
            new TimeoutError({ provider, message: `${provider} did not answer ${spec.method} ${safeUrl} within ${timeout} ms.`, cause: this.safeCause(cause) }),
            { type: 'timeout' },
          );
        }
        if (callController.signal.aborted) {
          return fail(this.abortError(totalTimedOut, totalTimeout, safeUrl), totalTimedOut ? { type: 'timeout' } : { type: 'aborted' });
        }
        const code = errorCodeOf(cause);
        const phase = code !== null && CONNECT_ERROR_CODES.has(code) ? 'connect' : 'unknown';
        return fail(
          new ConnectionError({
            provider,
            message: `Could not reach ${provider} (${spec.method} ${safeUrl})${code ? `: ${code}` : ''}.`,
            cause: this.safeCause(cause),
          }),
          { type: 'network', phase },
        );
      } finally {
        clearTimeout(timer);
        callController.signal.removeEventListener('abort', onCallAbort);
      }

      const requestId = this.requestIdOf(response.headers);
      record.status = response.status;
      record.requestId = requestId;
      record.durationMs = Date.now() - started;
      this.callHook(() =>
        this.options.hooks?.onResponse?.({ ...info, status: response.status, requestId, durationMs: record.durationMs }),
      );
      const json = parseJsonLoose(text);
      if (this.log.enabled('debug')) {
        this.log.debug(`← ${response.status} ${spec.method} ${safeUrl}`, {
          requestId,
          durationMs: record.durationMs,
          body: json === undefined ? text.slice(0, 2000) : json,
        });
      }

      if (!response.ok && response.status === 404 && spec.goneAfterRetry && mayHaveLanded) {
        // A retried delete whose earlier attempt may have landed: "not found" now means it did.
        const data = (spec.parse ? spec.parse(null, response) : null) as T;
        return { data, response, requestId, attempts, idempotencyKey, idempotentReplayed: false };
      }
      if (!response.ok) {
        const error = this.httpError(response, text, json, spec.method, safeUrl, requestId);
        const details = httpErrorDetails.get(error);
        const serverDelayMs = details?.retryAfterMs ?? parseRetryAfter(response.headers);
        if (serverDelayMs !== null) error.retryAfterMs = serverDelayMs;
        return fail(error, {
          type: 'http',
          status: response.status,
          serverDelayMs,
          transient: details?.transient,
          notProcessed: details?.notProcessed,
        });
      }

      let data: T;
      try {
        const payload = (spec.responseType ?? 'json') === 'text' ? text : (json ?? null);
        if ((spec.responseType ?? 'json') === 'json' && json === undefined && text.trim() !== '') {
          throw new InvalidResponseError({
            provider,
            status: response.status,
            requestId,
            message: `${provider} answered ${spec.method} ${safeUrl} with a body that is not JSON.`,
            raw: scrubSecrets(text.slice(0, 2000), this.wire.secrets),
          });
        }
        this.wire.onSuccess?.(response, { method: spec.method, json: payload });
        data = spec.parse ? spec.parse(payload, response) : (payload as T);
      } catch (cause) {
        const error = isTicketingError(cause)
          ? cause
          : new InvalidResponseError({
              provider,
              status: response.status,
              requestId,
              message: `${provider} answered ${spec.method} ${safeUrl} with a payload ticketkit could not read: ${describeParseError(cause)}`,
              issues: cause instanceof z.ZodError ? cause.issues : [String(cause)],
              raw: scrubValue(json === undefined ? text.slice(0, 2000) : json, this.wire.secrets),
              cause: cause instanceof z.ZodError ? undefined : this.safeCause(cause),
            });
        return fail(error, { type: 'invalid_response' });
      }
      return {
        data,
        response,
        requestId,
        attempts,
        idempotencyKey,
        idempotentReplayed: response.headers.get('idempotent-replayed')?.toLowerCase() === 'true',
      };
    };

    try {
      return await pRetry(runAttempt, {
        retries: maxRetries,
        minTimeout: 0,
        maxTimeout: 0,
        factor: 1,
        shouldRetry: async ({ error, retriesConsumed }) => {
          if (!isTicketingError(error)) return false;
          const failure = failures.get(error);
          if (!failure) return false;
          const decision = decideRetry({ failure, safety, retriesMade: retriesConsumed, maxRetries, maxRetryAfterMs });
          // Not retried (including a server delay above maxRetryAfterMs): the error already carries retryAfterMs.
          if (!decision.retry) return false;
          const last = attempts[attempts.length - 1];
          if (last) last.retryDelayMs = decision.delayMs;
          this.callHook(() =>
            this.options.hooks?.onRetry?.({
              provider,
              method: spec.method,
              url: safeUrl,
              attempt: attempts.length,
              delayMs: decision.delayMs,
              error,
            }),
          );
          this.log.info(`retrying ${spec.method} ${safeUrl} in ${decision.delayMs} ms after ${error.code}`, {
            attempt: attempts.length,
            status: error.status,
          });
          try {
            await abortableSleep(decision.delayMs, callController.signal);
          } catch {
            // Aborted while waiting: nothing more was sent; what we know is what the attempts so far told us.
            const abort = decorate(this.abortError(totalTimedOut, totalTimeout, safeUrl), lastFailure, false);
            throw abort;
          }
          return true;
        },
      });
    } catch (cause) {
      let error = isTicketingError(cause)
        ? cause
        : decorate(
            new TicketingError({ provider, code: 'server', message: `Unexpected failure: ${String(cause)}`, cause }),
            lastFailure,
          );
      error = this.delayTooLong(error, maxRetryAfterMs);
      if (error.retryable && lastFailure && !decideRetryable(lastFailure, safety)) error.retryable = false;
      this.log.info(`${spec.method} ${safeUrl} failed: ${error.message}`, { code: error.code, status: error.status });
      this.callHook(() => this.options.hooks?.onError?.(error));
      throw error;
    } finally {
      for (const cleanup of cleanups) cleanup();
    }
  }

  /**
   * A transient failure (a 503, ...) whose server delay is above `maxRetryAfterMs` becomes a `RateLimitError` with
   * `retryAfterMs` (DESIGN: a server delay above the cap throws `RateLimitError` at once), keeping everything else.
   */
  private delayTooLong(error: TicketingError, maxRetryAfterMs: number): TicketingError {
    const failure = failures.get(error);
    if (error instanceof RateLimitError || failure?.type !== 'http' || failure.serverDelayMs === null) return error;
    if (failure.serverDelayMs <= maxRetryAfterMs || !isTransientFailure(failure)) return error;
    const converted = new RateLimitError({
      provider: error.provider,
      status: error.status,
      requestId: error.requestId,
      vendorCode: error.vendorCode,
      retryAfterMs: failure.serverDelayMs,
      idempotencyKey: error.idempotencyKey,
      outcomeUnknown: error.outcomeUnknown,
      attempts: error.attempts,
      request: error.request,
      raw: error.raw,
      docUrl: error.docUrl,
      message: `${error.message} The server asked to wait ${failure.serverDelayMs} ms, more than maxRetryAfterMs (${maxRetryAfterMs} ms).`,
      cause: error,
    });
    failures.set(converted, failure);
    return converted;
  }

  /**
   * Refuses a request whose URL would not reach the endpoint it spells (a `.`/`..` segment that URL parsing would
   * remove, a backslash, a fragment) or that leaves the configured origin (an absolute path to another host would
   * receive the credential). Nothing is sent.
   */
  private assertRoutable(path: string, url: string): void {
    const problem = pathProblem(path);
    if (problem !== null) {
      throw new ValidationError({
        provider: this.wire.provider,
        message: `Refusing to send ${this.redact(url)}: ${problem}, so the request would reach another endpoint.`,
        fields: [{ field: 'path', message: problem }],
      });
    }
    if (/^https?:\/\//i.test(path) && new URL(path).origin !== new URL(this.baseUrl).origin) {
      throw new ValidationError({
        provider: this.wire.provider,
        message: `Refusing to send a request to ${this.redact(path)}: it is not on the configured origin ${new URL(this.baseUrl).origin}, and would receive the credential.`,
        fields: [{ field: 'path', message: 'another origin' }],
      });
    }
  }

  /** The idempotency key of a write: the caller's, else the configured generator's, else a UUID v4. */
  private keyFor(callOptions: RequestOptions): string {
    if (callOptions.idempotencyKey !== undefined) return callOptions.idempotencyKey;
    const generate = this.options.idempotency?.generateKey;
    if (!generate) return randomUuid();
    const key: unknown = generate();
    if (typeof key !== 'string' || key.trim() === '') {
      throw new ConfigError({
        provider: this.wire.provider,
        message: `idempotency.generateKey must return a non-empty string (got ${typeof key === 'string' ? '""' : typeof key}).`,
      });
    }
    return key;
  }

  /** The request body as sent, or a `ValidationError` when it cannot be encoded (a BigInt, a cycle). */
  private encode(spec: RequestSpec<unknown>): BodyInit | undefined {
    try {
      return encodeBody(spec);
    } catch (cause) {
      throw new ValidationError({
        provider: this.wire.provider,
        message: `The body of ${spec.method} ${spec.path} cannot be encoded as ${spec.bodyType ?? 'json'}: ${cause instanceof Error ? cause.message : String(cause)}.`,
        fields: [{ field: 'body', message: 'cannot be encoded' }],
        cause,
      });
    }
  }

  private buildHeaders(
    spec: RequestSpec<unknown>,
    callOptions: RequestOptions,
    attempt: number,
    idempotencyHeader: string | null,
    idempotencyKey: string | null,
  ): Record<string, string> {
    const headers: Record<string, string> = {
      accept: spec.responseType === 'text' ? 'text/plain, application/json' : 'application/json',
      'user-agent': this.options.userAgent ?? 'ticketkit/0.1 (+node)',
    };
    if (spec.body !== undefined && (spec.bodyType ?? 'json') === 'json') headers['content-type'] = 'application/json';
    if (spec.body !== undefined && spec.bodyType === 'text') headers['content-type'] = 'text/plain; charset=utf-8';
    Object.assign(headers, lower(this.options.headers), lower(callOptions.headers));
    Object.assign(headers, lower(this.wire.headers({ attempt, method: spec.method, path: spec.path, auth: spec.auth !== false })));
    if (idempotencyHeader && idempotencyKey) headers[idempotencyHeader.toLowerCase()] = idempotencyKey;
    return headers;
  }

  private requestIdOf(headers: Headers): string | null {
    for (const name of this.wire.requestIdHeaders ?? ['x-request-id', 'request-id']) {
      const value = headers.get(name);
      if (value) return value;
    }
    return null;
  }

  private httpError(
    response: Response,
    text: string,
    json: unknown,
    method: HttpMethod,
    safeUrl: string,
    requestId: string | null,
  ): TicketingError {
    let details: VendorErrorDetails;
    try {
      details = this.wire.mapError({ status: response.status, headers: response.headers, text, json, method, url: safeUrl });
    } catch {
      details = { message: `${this.wire.provider} answered ${response.status}.` };
    }
    const code = details.code ?? codeForStatus(response.status);
    const error = errorForCode(code, {
      provider: this.wire.provider,
      status: response.status,
      message: scrubSecrets(details.message, this.wire.secrets),
      requestId: details.requestId ?? requestId,
      vendorCode: details.vendorCode === null || details.vendorCode === undefined ? null : scrubSecrets(details.vendorCode, this.wire.secrets),
      // A vendor may echo the key it was sent (a 400 naming the bad header): every field is scrubbed.
      fields: details.fields?.map((f) => ({ field: scrubSecrets(f.field, this.wire.secrets), message: scrubSecrets(f.message, this.wire.secrets) })),
      docUrl: details.docUrl ?? null,
      retryable: false,
      raw: scrubValue(json === undefined ? text.slice(0, 4000) : json, this.wire.secrets),
    });
    error.retryable = decideRetryable(
      { type: 'http', status: response.status, serverDelayMs: null, transient: details.transient },
      'safe',
    );
    httpErrorDetails.set(error, details);
    return error;
  }

  private abortError(totalTimedOut: boolean, totalTimeout: number | undefined, safeUrl: string): TicketingError {
    if (totalTimedOut) {
      return new TimeoutError({
        provider: this.wire.provider,
        retryable: false,
        message: `The call to ${safeUrl} did not finish within its total timeout of ${totalTimeout} ms.`,
      });
    }
    return new AbortError({ provider: this.wire.provider, message: `The request to ${safeUrl} was aborted.` });
  }

  /** A cause safe to keep on an error: secrets scrubbed from its message. */
  private safeCause(cause: unknown): unknown {
    if (cause instanceof Error) {
      const copy = new Error(scrubSecrets(cause.message, this.wire.secrets));
      copy.name = cause.name;
      const code = errorCodeOf(cause);
      if (code) (copy as Error & { code?: string }).code = code;
      return copy;
    }
    return typeof cause === 'string' ? scrubSecrets(cause, this.wire.secrets) : cause;
  }

  private callHook(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log.warn(`a hook threw: ${String(error)}`);
    }
  }
}

const httpErrorDetails = new WeakMap<TicketingError, VendorErrorDetails>();

function decideRetryable(failure: AttemptFailure, safety: RetrySafety): boolean {
  return decideRetry({ failure, safety, retriesMade: 0, maxRetries: 1, maxRetryAfterMs: Number.POSITIVE_INFINITY }).retry;
}

/** For a write: whether the vendor may have processed it, given how the last attempt failed. */
export function outcomeUnknownFor(failure: AttemptFailure): boolean {
  switch (failure.type) {
    case 'network':
      return failure.phase !== 'connect';
    case 'timeout':
      return true;
    case 'aborted':
      return true;
    case 'invalid_response':
      // A 2xx whose body cannot be read: the vendor accepted the write; what it produced is unknown.
      return true;
    case 'http':
      if (provesNotProcessed(failure)) return false;
      return failure.status >= 500;
  }
}

function lower(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

function encodeBody(spec: RequestSpec<unknown>): BodyInit | undefined {
  if (spec.body === undefined) return undefined;
  const type = spec.bodyType ?? 'json';
  if (type === 'json') return JSON.stringify(spec.body);
  if (type === 'text') return String(spec.body);
  return spec.body as BodyInit;
}

/** `JSON.parse` that returns `undefined` for a body that is not JSON (empty, plain text, HTML). */
export function parseJsonLoose(text: string): unknown {
  // Find the first non-blank character without copying a large body (JSON.parse skips blanks itself).
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  if (i === text.length) return undefined;
  const first = text[i];
  if (first !== '{' && first !== '[' && first !== '"' && !/^(-?\d|true\s*$|false\s*$|null\s*$)/.test(text.slice(i))) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeParseError(cause: unknown): string {
  if (cause instanceof z.ZodError) {
    return cause.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  }
  return cause instanceof Error ? cause.message : String(cause);
}
