/**
 * One attempt of a call: headers, the per-attempt deadline, the transport, same-origin redirects for reads, the
 * capped body read, and the classification of what came back. It never throws: it returns the result or a
 * `FailedAttempt` for the retry loop (src/core/pipeline.ts) to decide on.
 */
import { z } from 'zod';
import type { WithResponse } from './api-promise.js';
import type { FailedAttempt, ErrorSeed } from './call-error.js';
import { codeForStatus, isTicketingError, type AttemptRecord, type ProviderId } from './errors.js';
import { timerDelay } from './options.js';
import { parseRetryAfter, type AttemptFailure } from './retry.js';
import type { ClientOptions, HttpMethod, ProviderWire, RequestHookInfo, RequestSpec } from './request-types.js';
import { BodyTooLargeError, readBody, TransportTimeoutError, type TransportRequest } from '../internal/transport.js';
import type { Semaphore } from './concurrency.js';
import type { RateLimiter, RateLimitRequest } from './rate-limit.js';
import { redactHeaders, redactUrl, scrubSecrets, scrubValue, scrubbedExcerpt, type Log, type Secret } from '../internal/log.js';

/** Redirects followed within one attempt (same-origin reads only) before it fails. */
export const MAX_REDIRECTS = 5;
/** The most of a large body an error keeps (as text): an error never holds a whole 50 MB body alive. */
export const ERROR_EXCERPT_CHARS = 2_000;
/** Bodies up to this size are kept whole (parsed) on errors. */
const WHOLE_BODY_CHARS = 16_384;
/** A vendor's message (or a field's) longer than this is cut: an error's message stays readable and small. */
const MAX_MESSAGE_CHARS = 1_000;
/** The most field errors one error carries. */
const MAX_FIELDS = 50;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** Everything about a call that does not change between attempts. */
export interface CallPlan<T> {
  spec: RequestSpec<T>;
  provider: ProviderId;
  url: string;
  /** The URL with credentials redacted (for hooks, logs and errors). */
  safeUrl: string;
  write: boolean;
  body: BodyInit | undefined;
  idempotencyHeader: string | null;
  idempotencyKey: string | null;
  /** Per-attempt timeout (ms; `Infinity`: none). */
  timeout: number;
  callHeaders: Record<string, string> | undefined;
  maxResponseBytes: number;
  /** What the rate limiter is told about this call's requests. */
  rate: RateLimitRequest;
}

/** What an attempt shares with the call: the call's signal and why it aborted, and the attempt records. */
export interface CallState {
  /** Aborts when the caller's signal aborts or the total timeout passes; `undefined` when neither can happen. */
  signal: AbortSignal | undefined;
  totalTimedOut: boolean;
  totalTimeout: number | undefined;
  attempts: AttemptRecord[];
  /** For a write: whether any attempt so far may have been processed by the vendor. */
  mayHaveLanded: boolean;
}

/** What an attempt needs of its client. */
export interface AttemptEnv {
  wire: ProviderWire;
  options: ClientOptions;
  log: Log;
  /** The client's transport (src/internal/transport.ts). */
  send: (request: TransportRequest) => Promise<Response>;
  /** Paces requests (see src/core/rate-limit.ts). */
  limiter: RateLimiter;
  /** Bounds this client's requests in flight (`maxConcurrency`), or `null`. */
  slots: Semaphore | null;
  /** What to scrub from everything that leaves (see `HttpPipeline.secrets`). */
  secrets: readonly Secret[];
  baseOrigin: string;
  callHook(fn: () => void): void;
}

export type AttemptResult<T> =
  | { ok: true; value: WithResponse<T>; /** The vendor's payload before `parse` (kept by an idempotency store). */ payload: unknown }
  | ({ ok: false } & FailedAttempt);

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
export function errorCodeOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Runs attempt number `attempt` of a call. */
export async function runAttempt<T>(env: AttemptEnv, plan: CallPlan<T>, call: CallState, attempt: number): Promise<AttemptResult<T>> {
  const started = Date.now();
  const record: AttemptRecord = { attempt, status: null, error: null, requestId: null, durationMs: 0, retryDelayMs: null };
  call.attempts.push(record);
  const failed = (failure: AttemptFailure, seed: ErrorSeed, sent = true): AttemptResult<T> => {
    record.error = seed.built?.code ?? seed.code;
    record.durationMs = Date.now() - started;
    return { ok: false, failure, sent, seed };
  };
  const aborted = (sent: boolean): AttemptResult<T> =>
    call.totalTimedOut
      ? failed({ type: 'timeout' }, totalTimeoutSeed(plan, call), sent)
      : failed({ type: 'aborted' }, { code: 'aborted', message: `The request to ${plan.safeUrl} was aborted.` }, sent);

  if (call.signal?.aborted) return aborted(false);
  const ctx = { attempt, method: plan.spec.method, path: plan.spec.path, auth: plan.spec.auth !== false };
  try {
    await env.limiter.acquire(plan.rate, call.signal);
    if (env.wire.beforeAttempt) await env.wire.beforeAttempt(ctx, call.signal ?? NEVER_ABORTED);
  } catch (cause) {
    if (call.signal?.aborted) return aborted(false);
    return failed({ type: 'network', phase: 'connect' }, { code: 'network', message: `The rate limiter failed before ${plan.spec.method} ${plan.safeUrl} was sent: ${cause instanceof Error ? cause.message : String(cause)}`, cause }, false);
  }
  let release: (() => void) | null = null;
  if (env.slots) {
    try {
      release = await env.slots.acquire(call.signal);
    } catch {
      return aborted(false);
    }
  }
  try {
    return await sendAttempt(env, plan, call, attempt, record, started, failed, aborted);
  } finally {
    release?.();
  }
}

type Failed<T> = (failure: AttemptFailure, seed: ErrorSeed, sent?: boolean) => AttemptResult<T>;

/** The rest of an attempt, once the limiter and the concurrency bound let it go. */
async function sendAttempt<T>(
  env: AttemptEnv,
  plan: CallPlan<T>,
  call: CallState,
  attempt: number,
  record: AttemptRecord,
  started: number,
  failed: Failed<T>,
  aborted: (sent: boolean) => AttemptResult<T>,
): Promise<AttemptResult<T>> {
  const headers = buildHeaders(env, plan, attempt);
  const info = announceRequest(env, plan, headers, attempt);
  const exchanged = await exchange(env, plan, call, headers, started, failed, aborted);
  if ('ok' in exchanged) return exchanged;
  const { response, text } = exchanged;

  const requestId = requestIdOf(env, response.headers);
  record.status = response.status;
  record.requestId = requestId;
  record.durationMs = Date.now() - started;
  if (info) env.callHook(() => env.options.hooks?.onResponse?.({ ...info, status: response.status, requestId, durationMs: record.durationMs }));
  const json = parseJsonLoose(text);
  if (env.log.enabled('debug')) {
    env.log.debug(`← ${response.status} ${plan.spec.method} ${plan.safeUrl}`, {
      requestId,
      durationMs: record.durationMs,
      body: json === undefined ? scrubbedExcerpt(text, ERROR_EXCERPT_CHARS, env.secrets) : json,
    });
  }

  if (isRedirect(response.status)) return failed(...redirectFailure(env, plan, response, text, requestId));
  if (!response.ok) {
    if (response.status === 404 && call.mayHaveLanded && goneMeansDone(plan.spec.goneAfterRetry, text, json)) {
      // A retried delete whose earlier attempt may have landed: "not found" now means it did.
      const data = (plan.spec.parse ? plan.spec.parse(null, response) : null) as T;
      return { ok: true, payload: null, value: { data, response, requestId, attempts: call.attempts, idempotencyKey: plan.idempotencyKey, idempotentReplayed: false } };
    }
    return failed(...httpFailure(env, plan, response, text, json, requestId));
  }
  return readSuccess(env, plan, call, response, text, json, requestId, failed);
}

/** The request hooks and the debug line, with a redacted view of the request only when someone will see it. */
function announceRequest<T>(env: AttemptEnv, plan: CallPlan<T>, headers: Record<string, string>, attempt: number): RequestHookInfo | null {
  const wantsInfo = env.options.hooks?.onRequest !== undefined || env.options.hooks?.onResponse !== undefined || env.log.enabled('debug');
  if (!wantsInfo) return null;
  const info = requestInfo(env, plan, headers, attempt);
  env.callHook(() => env.options.hooks?.onRequest?.(info));
  if (env.log.enabled('debug')) {
    env.log.debug(`→ ${plan.spec.method} ${plan.safeUrl}`, {
      attempt,
      headers: info.headers,
      ...(plan.spec.body !== undefined && plan.spec.bodyType !== 'form' ? { body: plan.spec.body } : {}),
    });
  }
  return info;
}

/**
 * Sends the request and reads its body within the attempt's deadline; a failure on the way is the attempt's result.
 * With a call signal (the caller's, or a total timeout), one signal carries both to fetch. Without one — the common
 * case — no signal is made at all: the transport bounds the request with ky's own timeout and the body read with a
 * timer. (A signal handed to fetch costs heap per request on Node 20: signals that follow another are kept alive by it.)
 */
async function exchange<T>(
  env: AttemptEnv,
  plan: CallPlan<T>,
  call: CallState,
  headers: Record<string, string>,
  started: number,
  failed: Failed<T>,
  aborted: (sent: boolean) => AttemptResult<T>,
): Promise<{ response: Response; text: string } | AttemptResult<T>> {
  const deadline = timerDelay(plan.timeout);
  const deadlineAt = deadline === null ? null : started + deadline;
  const linked = call.signal && deadline !== null ? linkDeadline(call.signal, deadline) : null;
  const signal = linked?.signal ?? call.signal;
  const remaining = () => (deadlineAt === null ? null : Math.max(0, deadlineAt - Date.now()));
  try {
    const response = await sendFollowingRedirects(env, plan, headers, signal, signal ? null : remaining);
    const text = isRedirect(response.status) ? '' : await readBody(response, plan.maxResponseBytes, signal, signal ? null : remaining());
    return { response, text };
  } catch (cause) {
    if (linked?.timedOut() || cause instanceof TransportTimeoutError) {
      return failed({ type: 'timeout' }, { code: 'timeout', message: `${plan.provider} did not answer ${plan.spec.method} ${plan.safeUrl} within ${plan.timeout} ms.`, cause });
    }
    if (call.signal?.aborted) return aborted(true);
    if (cause instanceof BodyTooLargeError) {
      return failed({ type: 'invalid_response' }, { code: 'invalid_response', message: `${plan.provider} answered ${plan.spec.method} ${plan.safeUrl} with ${cause.message} (maxResponseBytes); the body was not read.`, issues: [cause.message] });
    }
    const code = errorCodeOf(cause);
    const phase = code !== null && CONNECT_ERROR_CODES.has(code) ? 'connect' : 'unknown';
    return failed({ type: 'network', phase }, { code: 'network', message: `Could not reach ${plan.provider} (${plan.spec.method} ${plan.safeUrl})${code ? `: ${code}` : ''}.`, cause });
  } finally {
    linked?.dispose();
  }
}

/** A signal that aborts when `parent` does or when `deadline` ms pass; `dispose` removes the timer and the listener. */
function linkDeadline(parent: AbortSignal, deadline: number): { signal: AbortSignal; timedOut: () => boolean; dispose: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('attempt timeout'));
  }, deadline);
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}

/** A 2xx: its body parsed with the request's own parser; anything unreadable is an `invalid_response` failure. */
function readSuccess<T>(
  env: AttemptEnv,
  plan: CallPlan<T>,
  call: CallState,
  response: Response,
  text: string,
  json: unknown,
  requestId: string | null,
  failed: Failed<T>,
): AttemptResult<T> {
  try {
    const responseType = plan.spec.responseType ?? 'json';
    if (responseType === 'json' && json === undefined && text.trim() !== '') {
      return failed({ type: 'invalid_response' }, {
        code: 'invalid_response',
        status: response.status,
        requestId,
        message: `${plan.provider} answered ${plan.spec.method} ${plan.safeUrl} with a body that is not JSON.`,
        raw: excerpt(text, undefined, env.secrets),
      });
    }
    const payload = responseType === 'text' ? text : (json ?? null);
    env.wire.onSuccess?.(response, { method: plan.spec.method, json: payload });
    const data = plan.spec.parse ? plan.spec.parse(payload, response) : (payload as T);
    return {
      ok: true,
      payload,
      value: {
        data,
        response,
        requestId,
        attempts: call.attempts,
        idempotencyKey: plan.idempotencyKey,
        idempotentReplayed: response.headers.get('idempotent-replayed')?.toLowerCase() === 'true',
      },
    };
  } catch (cause) {
    if (isTicketingError(cause)) return failed({ type: 'invalid_response' }, { code: cause.code, message: cause.message, built: cause });
    return failed({ type: 'invalid_response' }, {
      code: 'invalid_response',
      status: response.status,
      requestId,
      message: `${plan.provider} answered ${plan.spec.method} ${plan.safeUrl} with a payload ticketkit could not read: ${describeParseError(cause)}`,
      issues: cause instanceof z.ZodError ? cause.issues.slice(0, 20) : [String(cause)],
      raw: excerpt(text, json, env.secrets),
      cause: cause instanceof z.ZodError ? undefined : cause,
    });
  }
}

const NEVER_ABORTED = new AbortController().signal;

function goneMeansDone(rule: RequestSpec<unknown>['goneAfterRetry'], text: string, json: unknown): boolean {
  if (rule === undefined || rule === false) return false;
  return rule === true || rule({ text, json });
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/**
 * Sends the request; a redirect is followed only for a read, only to the configured origin (the credential stays
 * there) and at most `MAX_REDIRECTS` times. Anything else comes back as the 3xx response for `redirectFailure`.
 */
async function sendFollowingRedirects<T>(
  env: AttemptEnv,
  plan: CallPlan<T>,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  remaining: (() => number | null) | null,
): Promise<Response> {
  let url = plan.url;
  for (let hop = 0; ; hop++) {
    const response = await env.send({ url, method: plan.spec.method, headers, body: plan.body, signal, timeoutMs: remaining?.() ?? null });
    if (!isRedirect(response.status) || plan.write || hop >= MAX_REDIRECTS) return response;
    const target = redirectTarget(response, url);
    if (target === null || target.origin !== env.baseOrigin) return response;
    void response.body?.cancel().catch(() => {});
    url = target.toString();
  }
}

function redirectTarget(response: Response, from: string): URL | null {
  const location = response.headers.get('location');
  if (!location) return null;
  try {
    return new URL(location, from);
  } catch {
    return null;
  }
}

/**
 * A redirect that was not followed. For a write, 301/307/308 mean "send it elsewhere" (not processed); 302/303 are
 * also what a server answers after processing a form (post/redirect/get), so the outcome is unknown.
 */
function redirectFailure<T>(env: AttemptEnv, plan: CallPlan<T>, response: Response, text: string, requestId: string | null): [AttemptFailure, ErrorSeed] {
  const target = redirectTarget(response, plan.url);
  // The vendor's own reading of the redirect (Event Schedule: a trailing slash), when its error mapping has one.
  let vendorMessage = '';
  try {
    const details = env.wire.mapError({ status: response.status, headers: response.headers, text, json: undefined, method: plan.spec.method, url: plan.safeUrl });
    if (details.message && !details.message.includes(`answered ${response.status}`)) vendorMessage = ` ${details.message}`;
  } catch {
    vendorMessage = '';
  }
  const location = target ? redactUrl(target.toString()) : null;
  const why = !target
    ? 'without a Location'
    : plan.write
      ? 'for a write (ticketkit never re-sends a write to another URL)'
      : target.origin !== env.baseOrigin
        ? `to another origin (${target.origin}), which would receive the credential`
        : `more than ${MAX_REDIRECTS} times`;
  const processedMaybe = plan.write && (response.status === 302 || response.status === 303);
  return [
    { type: 'http', status: response.status, serverDelayMs: null, transient: false, notProcessed: !processedMaybe, maybeProcessed: processedMaybe },
    {
      code: 'invalid_response',
      status: response.status,
      requestId,
      location,
      message: `${plan.provider} redirected ${plan.spec.method} ${plan.safeUrl} (${response.status}) ${why}${location ? `: ${location}` : ''}. ticketkit did not follow it.${vendorMessage}`,
    },
  ];
}

function httpFailure<T>(env: AttemptEnv, plan: CallPlan<T>, response: Response, text: string, json: unknown, requestId: string | null): [AttemptFailure, ErrorSeed] {
  let details;
  try {
    details = env.wire.mapError({ status: response.status, headers: response.headers, text, json, method: plan.spec.method, url: plan.safeUrl });
  } catch {
    details = { message: `${plan.provider} answered ${response.status}.` };
  }
  const serverDelayMs = details.retryAfterMs ?? parseRetryAfter(response.headers);
  return [
    { type: 'http', status: response.status, serverDelayMs, transient: details.transient, notProcessed: details.notProcessed },
    {
      code: details.code ?? codeForStatus(response.status),
      // Scrubbed before it is cut: a key that straddles the cut would otherwise leave its start behind.
      message: truncate(scrubSecrets(details.message, env.secrets), MAX_MESSAGE_CHARS),
      status: response.status,
      requestId: details.requestId ?? requestId,
      vendorCode: details.vendorCode ?? null,
      fields: details.fields
        ?.slice(0, MAX_FIELDS)
        .map((f) => ({ field: truncate(scrubSecrets(f.field, env.secrets), 200), message: truncate(scrubSecrets(f.message, env.secrets), MAX_MESSAGE_CHARS) })),
      docUrl: details.docUrl ?? null,
      raw: excerpt(text, json, env.secrets),
      retryAfterMs: serverDelayMs,
    },
  ];
}

function totalTimeoutSeed<T>(plan: CallPlan<T>, call: CallState): ErrorSeed {
  return { code: 'timeout', message: `The call to ${plan.safeUrl} did not finish within its total timeout of ${call.totalTimeout} ms.` };
}

/**
 * The body an error keeps: the parsed JSON (or text) when small, else the start of the text, scrubbed before it is
 * cut (see `scrubbedExcerpt`).
 */
export function excerpt(text: string, json: unknown, secrets: readonly Secret[]): unknown {
  if (text.length <= WHOLE_BODY_CHARS) return json === undefined ? scrubbedExcerpt(text, ERROR_EXCERPT_CHARS * 2, secrets) : json;
  return `${scrubbedExcerpt(text, ERROR_EXCERPT_CHARS, secrets)}… (${text.length} characters in all)`;
}

function buildHeaders<T>(env: AttemptEnv, plan: CallPlan<T>, attempt: number): Record<string, string> {
  const { spec } = plan;
  const headers: Record<string, string> = {
    accept: spec.responseType === 'text' ? 'text/plain, application/json' : 'application/json',
    'user-agent': env.options.userAgent ?? 'ticketkit/0.1 (+node)',
  };
  if (spec.body !== undefined && (spec.bodyType ?? 'json') === 'json') headers['content-type'] = 'application/json';
  if (spec.body !== undefined && spec.bodyType === 'text') headers['content-type'] = 'text/plain; charset=utf-8';
  assignLower(headers, env.options.headers);
  assignLower(headers, plan.callHeaders);
  assignLower(headers, env.wire.headers({ attempt, method: spec.method, path: spec.path, auth: spec.auth !== false }));
  if (plan.idempotencyHeader && plan.idempotencyKey) headers[plan.idempotencyHeader.toLowerCase()] = plan.idempotencyKey;
  return headers;
}

function assignLower(target: Record<string, string>, source: Record<string, string> | undefined): void {
  if (source) for (const key of Object.keys(source)) target[key.toLowerCase()] = String(source[key]);
}

function requestInfo<T>(env: AttemptEnv, plan: CallPlan<T>, headers: Record<string, string>, attempt: number): RequestHookInfo {
  return {
    provider: plan.provider,
    method: plan.spec.method as HttpMethod,
    url: plan.safeUrl,
    // Secret header names are redacted, and the configured secrets wherever they appear (a key in a custom header).
    headers: scrubValue(redactHeaders(headers), env.secrets) as Record<string, string>,
    attempt,
    idempotencyKey: plan.idempotencyKey,
  };
}

/** The vendor's request id from the response headers, scrubbed (a vendor may echo anything, a key included). */
function requestIdOf(env: AttemptEnv, headers: Headers): string | null {
  for (const name of env.wire.requestIdHeaders ?? ['x-request-id', 'request-id']) {
    const value = headers.get(name);
    if (value) return scrubSecrets(value, env.secrets).slice(0, 200);
  }
  return null;
}

/** `JSON.parse` that returns `undefined` for a body that is not JSON (empty, plain text, HTML). */
export function parseJsonLoose(text: string): unknown {
  // Find the first non-blank character without copying a large body (JSON.parse skips blanks itself).
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  if (i === text.length) return undefined;
  const first = text[i];
  if (first !== '{' && first !== '[' && first !== '"' && !/^(-?\d|true\s*$|false\s*$|null\s*$)/.test(text.slice(i, i + 8))) return undefined;
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

