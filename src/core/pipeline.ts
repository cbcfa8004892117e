/**
 * The request pipeline: one place for auth headers, idempotency keys, timeouts, abort, the retry loop, error
 * construction, logging and hooks. Every vendor adapter sends its requests through `HttpPipeline.send`.
 *
 * It is made of parts: one attempt (`./attempt.ts`), the retry policy (`./retry.ts`) and its loop (here, on
 * p-retry, with the first attempt outside it so that a call that succeeds at once pays for no loop), and the error
 * the caller sees, built once from the last attempt and the call's facts (`./call-error.ts`).
 */
import pRetry from 'p-retry';
import { APIPromise, type WithResponse } from './api-promise.js';
import { ConfigError, TicketingError, ValidationError, isTicketingError } from './errors.js';
import { Semaphore } from './concurrency.js';
import { onceForKey, sharedMemoryStore, type IdempotencyStore } from './idempotency.js';
import { sharedLimiter, type RateLimiter, type RateLimitRequest, type RateLimitSpec, type RequestClass } from './rate-limit.js';
import { realScheduler, schedulerOfFetch, type Scheduler } from './scheduler.js';
import { fnv1a, fnv1a64, randomUuid, stableStringify } from '../internal/ids.js';
import { buildCallError, refusedBeforeSending, scrubError, type FailedAttempt } from './call-error.js';
import { runAttempt, type AttemptEnv, type CallPlan, type CallState } from './attempt.js';
import { decideRetry, provesNotProcessed, type AttemptFailure, type RetrySafety } from './retry.js';
import { createTransport } from '../internal/transport.js';
import { buildQuery, joinUrl, pathProblem, type Query } from '../internal/path.js';
import { Log, redactUrl, scrubSecrets, type Secret } from '../internal/log.js';
import { assertClientOptions, assertRequestOptions, timerDelay } from './options.js';

export type {
  AttemptContext,
  ClientOptions,
  Hooks,
  HttpErrorContext,
  HttpMethod,
  ProviderWire,
  RequestHookInfo,
  RequestOptions,
  RequestSpec,
  ResponseHookInfo,
  RetryHookInfo,
  VendorErrorDetails,
} from './request-types.js';
import type { ClientOptions, HttpMethod, ProviderWire, RequestOptions, RequestSpec } from './request-types.js';

export const DEFAULTS = {
  timeout: 30_000,
  maxRetries: 2,
  maxRetryAfterMs: 60_000,
  maxResponseBytes: 32 * 1024 * 1024,
} as const;

/** Carries a failed attempt through p-retry (which needs a thrown `Error`) to the retry decision. */
class AttemptFailedSignal extends Error {
  constructor(readonly failed: FailedAttempt) {
    super('attempt failed');
  }
}

/** Carries the call's final error out of p-retry's `shouldRetry` (a throw there ends the loop with it). */
class GiveUpSignal extends Error {
  constructor(readonly error: TicketingError) {
    super('give up');
  }
}

/** The `maxConcurrency` bound of a client: its original's when the copy keeps the same figure, else a new one. */
function boundFor(maxConcurrency: number | undefined, original: Semaphore | null): Semaphore | null {
  if (!maxConcurrency) return null;
  return original?.limit === maxConcurrency ? original : new Semaphore(maxConcurrency);
}

/** The request pipeline of one client. */
export class HttpPipeline {
  readonly log: Log;
  /** The configured credentials and the vendor's key patterns: scrubbed from every error, hook payload and log line. */
  readonly secrets: readonly Secret[];
  /** The clock and sleep of pacing and backoff. */
  readonly scheduler: Scheduler;
  private readonly env: AttemptEnv;
  /** The rate-limit bucket this client counts against (a hash of provider, origin and credential). */
  private readonly bucketId: string;
  /**
   * Who the client acts as (a 64-bit hash of provider, origin and credential): the scope of its SDK-honoured
   * idempotency keys. Never the rate-limit bucket, which for a vendor counting per IP is the same for every account.
   */
  private readonly credentialId: string;
  private readonly idempotencyStore: IdempotencyStore | null;

  /**
   * @param copyOf - The pipeline of the client this one is a copy of (`withOptions`, or a vendor's second pipeline
   *   for the same client): its `maxConcurrency` bound is kept, so the copies stay within it together.
   */
  constructor(
    readonly wire: ProviderWire,
    readonly options: ClientOptions,
    copyOf?: HttpPipeline,
  ) {
    assertClientOptions(wire.provider, options, wire.configKeys);
    this.secrets = [...wire.secrets, ...(wire.secretPatterns ?? [])];
    this.log = new Log(options, this.secrets);
    // A fetch that brings its own clock (an emulator's) is waited on with it: no real sleeps in tests.
    this.scheduler = options.scheduler ?? schedulerOfFetch(options.fetch) ?? realScheduler;
    const origin = new URL(this.baseUrl).origin;
    // What the vendor counts its limit per: the credential (hashed, never kept as text) or, for a per-IP limit, the origin.
    const credential = `${wire.provider}|${origin}|${wire.secrets.join('\u0000')}`;
    this.bucketId = fnv1a(wire.rateLimitScope === 'origin' ? `${wire.provider}|${origin}` : credential);
    this.credentialId = fnv1a64(credential);
    this.idempotencyStore = options.idempotencyStore === true ? sharedMemoryStore(options.fetch) : (options.idempotencyStore ?? null);
    this.env = {
      wire,
      options,
      log: this.log,
      send: createTransport(options.fetch),
      limiter: options.rateLimiter ?? this.sharedLimiter(),
      slots: boundFor(options.maxConcurrency, copyOf?.env.slots ?? null),
      secrets: this.secrets,
      baseOrigin: new URL(this.baseUrl).origin,
      callHook: (fn) => this.callHook(fn),
    };
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
    return scrubSecrets(redactUrl(url), this.secrets);
  }

  async execute<T>(spec: RequestSpec<T>, callOptionsIn: RequestOptions | null | undefined): Promise<WithResponse<T>> {
    const plan = this.plan(spec, callOptionsIn);
    const callOptions = callOptionsIn ?? {};
    const key = callOptions.idempotencyKey;
    if (plan.write && key !== undefined && plan.idempotencyHeader === null) return this.keyedBySdk(plan, callOptions, key);
    return (await this.call(plan, callOptions)).value;
  }

  /**
   * A write the vendor does not key, with a caller's `idempotencyKey`: honoured through the client's
   * `idempotencyStore` (a repeat gets the first result back, `idempotentReplayed: true`), refused without one.
   */
  private async keyedBySdk<T>(plan: CallPlan<T>, callOptions: RequestOptions, key: string): Promise<WithResponse<T>> {
    const { spec } = plan;
    if (this.idempotencyStore === null) {
      const problem = `${this.wire.provider} does not honour idempotency keys on ${spec.method} ${spec.path}; set the client option \`idempotencyStore: true\` to have ticketkit honour them (docs/rate-limits.md), or leave the key out`;
      throw refusedBeforeSending(
        new ValidationError({ provider: this.wire.provider, message: `${problem}.`, fields: [{ field: 'idempotencyKey', message: problem }] }),
        this.wire.provider,
        { method: spec.method, url: plan.safeUrl },
        true,
        this.secrets,
      );
    }
    const scope = [this.wire.provider, this.credentialId, spec.method, plan.url, key].join('|');
    const fingerprint = `${spec.method} ${plan.url} ${fnv1a(typeof plan.body === 'string' ? plan.body : '')}`;
    const withKey = (result: WithResponse<T>): WithResponse<T> => ({ ...result, idempotencyKey: key });
    return onceForKey(
      this.idempotencyStore,
      this.wire.provider,
      scope,
      fingerprint,
      async () => {
        try {
          const { value, payload } = await this.call(plan, callOptions);
          return { ok: true as const, value: withKey(value), payload, status: value.response?.status ?? 200, requestId: value.requestId };
        } catch (error) {
          const keyed = isTicketingError(error) ? error.copyWith({ idempotencyKey: key }) : error;
          return { ok: false as const, error: keyed, mayHaveLanded: isTicketingError(error) && error.outcomeUnknown === true };
        }
      },
      (record) => {
        const response = new Response(null, { status: record.status });
        const data = (spec.parse ? spec.parse(record.payload, response) : record.payload) as T;
        return { data, response, requestId: record.requestId, attempts: [], idempotencyKey: key, idempotentReplayed: true };
      },
    );
  }

  /** One logical call: its attempts, the retry loop, and the error the caller sees. */
  private async call<T>(plan: CallPlan<T>, callOptions: RequestOptions): Promise<{ value: WithResponse<T>; payload: unknown }> {
    const { spec } = plan;
    const maxRetries = callOptions.maxRetries ?? this.options.maxRetries ?? DEFAULTS.maxRetries;
    const maxRetryAfterMs = callOptions.maxRetryAfterMs ?? this.options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;
    const safety: RetrySafety = spec.safety ?? (!plan.write ? 'safe' : plan.idempotencyKey ? 'keyed' : 'unsafe');
    const { state, release } = this.callState(callOptions);
    const facts = (failed: FailedAttempt): TicketingError =>
      buildCallError(failed, {
        provider: this.wire.provider,
        attempts: state.attempts,
        request: { method: spec.method, url: plan.safeUrl },
        idempotencyKey: plan.idempotencyKey ?? callOptions.idempotencyKey ?? null,
        outcomeUnknown: plan.write ? state.mayHaveLanded : null,
        retryable: state.totalTimedOut ? false : decideRetry({ failure: failed.failure, safety, retriesMade: 0, maxRetries: 1, maxRetryAfterMs: Number.POSITIVE_INFINITY }).retry,
        maxRetryAfterMs,
        secrets: this.secrets,
      });
    const attempt = async (n: number) => {
      const result = await runAttempt(this.env, plan, state, n);
      if (!result.ok && result.sent && outcomeUnknownFor(result.failure)) state.mayHaveLanded = true;
      return result;
    };
    /** Decides after a failed attempt: waits before the next one, or throws the call's error. */
    const retryOrGiveUp = async (failed: FailedAttempt, retriesMade: number): Promise<void> => {
      const decision = decideRetry({ failure: failed.failure, safety, retriesMade, maxRetries, maxRetryAfterMs });
      const rateLimited = failed.failure.type === 'http' && failed.failure.status === 429;
      if (rateLimited && decision.retry) {
        // One shared backoff: every caller on this bucket waits out the 429, not only this call. A wait this call
        // will not make (above maxRetryAfterMs: it throws) is not imposed on the others either: such a 429 is often
        // a lockout of one route (a login), not the bucket's limit.
        await this.env.limiter.pause(plan.rate, decision.delayMs);
      }
      if (!decision.retry || state.totalTimedOut) throw new GiveUpSignal(facts(failed));
      const last = state.attempts[state.attempts.length - 1];
      if (last) last.retryDelayMs = decision.delayMs;
      if (this.options.hooks?.onRetry) {
        const error = facts(failed);
        this.callHook(() => this.options.hooks?.onRetry?.({ provider: this.wire.provider, method: spec.method, url: plan.safeUrl, attempt: state.attempts.length, delayMs: decision.delayMs, error }));
      }
      this.log.info(`retrying ${spec.method} ${plan.safeUrl} in ${decision.delayMs} ms after ${failed.seed.code}`, { attempt: state.attempts.length, status: failed.seed.status });
      try {
        // After a 429 the limiter holds the next attempt until the shared pause ends; otherwise this call backs off.
        if (!rateLimited) await this.scheduler.sleep(decision.delayMs, state.signal);
      } catch {
        // Aborted while waiting: nothing more was sent; the outcome is what the attempts so far told us.
        throw new GiveUpSignal(facts({ failure: state.totalTimedOut ? { type: 'timeout' } : { type: 'aborted' }, sent: false, seed: abortSeed(state, plan) }));
      }
    };

    try {
      // The first attempt runs outside the retry loop: a call that succeeds at once pays for no loop.
      const first = await attempt(1);
      if (first.ok) return first;
      await retryOrGiveUp(first, 0);
      return await pRetry(
        async (n) => {
          const result = await attempt(n + 1);
          if (result.ok) return result;
          throw new AttemptFailedSignal(result);
        },
        {
          retries: Math.max(0, maxRetries - 1),
          minTimeout: 0,
          maxTimeout: 0,
          factor: 1,
          shouldRetry: async ({ error, retriesConsumed }) => {
            await retryOrGiveUp((error as AttemptFailedSignal).failed, retriesConsumed + 1);
            return true;
          },
        },
      ).catch((error: unknown) => {
        // p-retry ends with the last attempt's failure when its retries are used up.
        if (error instanceof AttemptFailedSignal) throw new GiveUpSignal(facts(error.failed));
        throw error;
      });
    } catch (caught) {
      const error = caught instanceof GiveUpSignal ? caught.error : this.unexpected(caught, plan);
      this.log.info(`${spec.method} ${plan.safeUrl} failed: ${error.message}`, { code: error.code, status: error.status });
      this.callHook(() => this.options.hooks?.onError?.(error));
      throw error;
    } finally {
      release();
    }
  }

  /**
   * The in-memory limiter shared by every client of the process with the same provider, credential (or origin) and
   * limits (docs/rate-limits.md).
   */
  private sharedLimiter(): RateLimiter {
    const own = this.options.rateLimit;
    const vendor = this.wire.rateLimits ?? {};
    const specFor = (request: RateLimitRequest): RateLimitSpec | null =>
      own === false ? null : own ? own : 'all' in vendor ? vendor.all : (vendor[request.requestClass] ?? null);
    return sharedLimiter(this.bucketId, `${stableStringify(own ?? null)}|${stableStringify(vendor)}`, this.scheduler, this.options.fetch, specFor);
  }

  /**
   * The bucket a request is paced in: one for every request when the caller set a limit or the vendor counts every
   * request against one, else one per class. The pause bucket is the vendor's counter, whatever the caller's pace:
   * a 429 holds every client of the credential that counts against it.
   */
  private rateRequest(method: HttpMethod, path: string): RateLimitRequest {
    const requestClass: RequestClass = method === 'GET' ? 'read' : 'write';
    const vendorCountsAll = this.wire.rateLimits !== undefined && 'all' in this.wire.rateLimits;
    const pauseBucket = vendorCountsAll ? `${this.bucketId}:all` : `${this.bucketId}:${requestClass}`;
    const bucket = this.options.rateLimit ? `${this.bucketId}:all` : pauseBucket;
    return { provider: this.wire.provider, bucket, pauseBucket, requestClass, method, path };
  }

  /**
   * Everything about a call that does not change between attempts, checked before anything is sent: the URL (see
   * `assertRoutable`), the per-call options, the idempotency key and the encoded body. A problem is a
   * `ValidationError` (a bad generated key: `ConfigError`) with `outcomeUnknown: false` for a write.
   */
  private plan<T>(spec: RequestSpec<T>, callOptionsIn: RequestOptions | null | undefined): CallPlan<T> {
    const write = spec.method !== 'GET';
    let url = '';
    let safeUrl = spec.path;
    try {
      url = this.urlFor(spec.path, spec.query);
      safeUrl = this.redact(url);
      this.assertRoutable(spec.path, url);
      assertRequestOptions(this.wire.provider, callOptionsIn);
      const callOptions = callOptionsIn ?? {};
      const vendorKeyed = write && (this.wire.idempotencyMethods ?? ['POST']).includes(spec.method);
      const idempotencyHeader = spec.idempotencyHeader !== undefined ? spec.idempotencyHeader : vendorKeyed ? this.wire.idempotencyHeader : null;
      return {
        spec,
        provider: this.wire.provider,
        url,
        safeUrl,
        write,
        body: this.encode(spec),
        idempotencyHeader,
        idempotencyKey: idempotencyHeader && write ? this.keyFor(callOptions) : null,
        timeout: callOptions.timeout ?? this.options.timeout ?? DEFAULTS.timeout,
        callHeaders: callOptions.headers,
        maxResponseBytes: this.options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
        rate: this.rateRequest(spec.method, spec.path),
      };
    } catch (cause) {
      throw refusedBeforeSending(cause, this.wire.provider, { method: spec.method, url: safeUrl }, write, this.secrets);
    }
  }

  /**
   * The call's signal (the caller's signal and the total timeout, merged) — created only when one is given, so that a
   * plain call pays for no controller — and the function that removes its listeners when the call settles.
   */
  private callState(callOptions: RequestOptions): { state: CallState; release: () => void } {
    const totalTimeout = callOptions.totalTimeout ?? this.options.totalTimeout;
    const state: CallState = { signal: undefined, totalTimedOut: false, totalTimeout, attempts: [], mayHaveLanded: false };
    const userSignal = callOptions.signal ?? undefined;
    const totalDelay = timerDelay(totalTimeout);
    if (totalDelay === null) {
      state.signal = userSignal;
      return { state, release: () => {} };
    }
    const controller = new AbortController();
    state.signal = controller.signal;
    const timer = setTimeout(() => {
      state.totalTimedOut = true;
      controller.abort(new Error('total timeout'));
    }, totalDelay);
    let unlink = () => {};
    if (userSignal) {
      if (userSignal.aborted) controller.abort(userSignal.reason);
      else {
        const onAbort = () => controller.abort(userSignal.reason);
        userSignal.addEventListener('abort', onAbort, { once: true });
        unlink = () => userSignal.removeEventListener('abort', onAbort);
      }
    }
    return {
      state,
      release: () => {
        clearTimeout(timer);
        unlink();
      },
    };
  }

  /** A failure no part of the pipeline expected (a bug): still a `TicketingError`, with the secrets scrubbed. */
  private unexpected<T>(caught: unknown, plan: CallPlan<T>): TicketingError {
    const error = new TicketingError({
      provider: this.wire.provider,
      code: 'server',
      message: `Unexpected failure of ${plan.spec.method} ${plan.safeUrl}: ${caught instanceof Error ? caught.message : String(caught)}`,
      cause: caught,
    });
    return scrubError(error, this.secrets);
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

  private callHook(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log.warn(`a hook threw: ${String(error)}`);
    }
  }
}

/** The seed of the error for a call aborted (or out of total time) while waiting to retry. */
function abortSeed<T>(state: CallState, plan: CallPlan<T>): FailedAttempt['seed'] {
  return state.totalTimedOut
    ? { code: 'timeout', message: `The call to ${plan.safeUrl} did not finish within its total timeout of ${state.totalTimeout} ms.` }
    : { code: 'aborted', message: `The request to ${plan.safeUrl} was aborted.` };
}

/** For a write: whether the vendor may have processed it, given how an attempt that was sent failed. */
export function outcomeUnknownFor(failure: AttemptFailure): boolean {
  switch (failure.type) {
    case 'network':
      return failure.phase !== 'connect';
    case 'timeout':
    case 'aborted':
      return true;
    case 'invalid_response':
      // A 2xx whose body cannot be read: the vendor accepted the write; what it produced is unknown.
      return true;
    case 'http':
      if (failure.maybeProcessed) return true;
      if (provesNotProcessed(failure)) return false;
      return failure.status >= 500;
  }
}

function encodeBody(spec: RequestSpec<unknown>): BodyInit | undefined {
  if (spec.body === undefined) return undefined;
  const type = spec.bodyType ?? 'json';
  if (type === 'json') return JSON.stringify(spec.body);
  if (type === 'text') return String(spec.body);
  return spec.body as BodyInit;
}

export { parseJsonLoose } from './attempt.js';
