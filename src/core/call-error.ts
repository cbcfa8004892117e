/**
 * Error construction for the pipeline. An attempt that fails produces a `FailedAttempt`: how it failed (for the retry
 * policy) and an `ErrorSeed` (what the error would say). When the call gives up, `buildCallError` makes the one
 * `TicketingError` the caller sees, with everything it carries (attempts, request, key, outcome, retryability),
 * scrubbed of the client's secrets in every field.
 */
import {
  RedirectError,
  ValidationError,
  errorForCode,
  isTicketingError,
  type AttemptRecord,
  type ErrorCode,
  type FieldError,
  type ProviderId,
  type TicketingError,
} from './errors.js';
import { isTransientFailure, type AttemptFailure } from './retry.js';
import { scrubSecrets, scrubValue, type Secret } from '../internal/log.js';

/** What the error of a failed attempt would say (before the call-level facts are known). */
export interface ErrorSeed {
  code: ErrorCode;
  message: string;
  status?: number | null;
  requestId?: string | null;
  vendorCode?: string | null;
  fields?: FieldError[];
  docUrl?: string | null;
  raw?: unknown;
  cause?: unknown;
  issues?: unknown[];
  retryAfterMs?: number | null;
  /** Set for a redirect that was not followed: the target (redacted). */
  location?: string | null;
  /** An error an adapter already built (thrown by its `parse`): kept, with the call-level facts added. */
  built?: TicketingError;
}

/** One failed attempt: how it failed (for the retry policy) and what its error says. */
export interface FailedAttempt {
  failure: AttemptFailure;
  /** `false` when the request was refused or aborted before it was sent: it cannot have been processed. */
  sent: boolean;
  seed: ErrorSeed;
}

/** What the whole call knows when it gives up. */
export interface CallFacts {
  provider: ProviderId;
  attempts: AttemptRecord[];
  request: { method: string; url: string };
  idempotencyKey: string | null;
  /** For a write, whether any attempt may have been processed; `null` for a read. */
  outcomeUnknown: boolean | null;
  /** Whether the caller could send the same call again with a chance of success. */
  retryable: boolean;
  /** The cap on a server delay: a transient failure asking for more becomes a `RateLimitError`. */
  maxRetryAfterMs: number;
  secrets: readonly Secret[];
}

/** Builds the error the caller sees from the last failed attempt and the call's facts. */
export function buildCallError(failed: FailedAttempt, facts: CallFacts): TicketingError {
  const seed = delayTooLong(failed, facts.maxRetryAfterMs);
  const callFields = {
    provider: facts.provider,
    attempts: facts.attempts,
    request: facts.request,
    idempotencyKey: facts.idempotencyKey,
    outcomeUnknown: facts.outcomeUnknown,
    retryable: facts.retryable,
  };
  if (seed.built) return scrubError(seed.built.copyWith(callFields), facts.secrets);
  const init = {
    ...callFields,
    message: seed.message,
    status: seed.status ?? null,
    requestId: seed.requestId ?? null,
    vendorCode: seed.vendorCode ?? null,
    fields: seed.fields,
    docUrl: seed.docUrl ?? null,
    raw: seed.raw,
    cause: seed.cause,
    retryAfterMs: seed.retryAfterMs ?? null,
  };
  const error =
    seed.location !== undefined
      ? new RedirectError({ ...init, location: seed.location ?? null })
      : seed.code === 'invalid_response'
        ? errorForCode('invalid_response', { ...init, ...({ issues: seed.issues } as object) })
        : errorForCode(seed.code, init);
  return scrubError(error, facts.secrets);
}

/**
 * A transient failure (a 503, ...) whose server delay is above `maxRetryAfterMs` is a `RateLimitError` with
 * `retryAfterMs`: the server asked for a wait the caller did not allow, so the call throws at once.
 */
function delayTooLong(failed: FailedAttempt, maxRetryAfterMs: number): ErrorSeed {
  const { failure, seed } = failed;
  if (seed.code === 'rate_limited' || failure.type !== 'http' || failure.serverDelayMs === null) return seed;
  if (failure.serverDelayMs <= maxRetryAfterMs || !isTransientFailure(failure)) return seed;
  return {
    ...seed,
    built: undefined,
    code: 'rate_limited',
    retryAfterMs: failure.serverDelayMs,
    message: `${seed.message} The server asked to wait ${failure.serverDelayMs} ms, more than maxRetryAfterMs (${maxRetryAfterMs} ms).`,
  };
}

/**
 * A copy of `error` with the secrets removed from every field a caller, a hook or a logger can read: message, stack,
 * fields, raw, vendor code, request URL, issues, and the cause's message.
 */
export function scrubError<E extends TicketingError>(error: E, secrets: readonly Secret[]): E {
  const scrub = (text: string) => scrubSecrets(text, secrets);
  const fields = (error as { fields?: FieldError[] }).fields;
  const issues = (error as { issues?: unknown[] }).issues;
  const copy = error.copyWith({
    message: scrub(error.message),
    vendorCode: error.vendorCode === null ? null : scrub(error.vendorCode),
    requestId: error.requestId === null ? null : scrub(error.requestId),
    docUrl: error.docUrl === null ? null : scrub(error.docUrl),
    raw: scrubValue(error.raw, secrets),
    request: error.request ? { method: error.request.method, url: scrub(error.request.url) } : error.request,
    ...(fields ? { fields: fields.map((f) => ({ field: scrub(f.field), message: scrub(f.message) })) } : {}),
    cause: scrubCause(error.cause, secrets),
  });
  // Fields a subclass adds (a redirect's `location`, where a vendor may echo the key): every other own string too.
  for (const [key, value] of Object.entries(copy)) {
    if (typeof value === 'string') Object.defineProperty(copy, key, { value: scrub(value), enumerable: true, writable: true, configurable: true });
  }
  if (issues) Object.defineProperty(copy, 'issues', { value: scrubValue(issues, secrets), enumerable: true, writable: false, configurable: true });
  if (typeof copy.stack === 'string') Object.defineProperty(copy, 'stack', { value: scrub(copy.stack), writable: true, configurable: true });
  return copy;
}

/**
 * The cause an error may keep: a ticketkit error scrubbed, and any other `Error` rebuilt down to its name, message,
 * stack and code, all scrubbed. Transport errors carry more (ky's errors hold the `Request`, credential headers
 * included; undici's carry sockets): none of it is kept.
 */
function scrubCause(cause: unknown, secrets: readonly Secret[], depth = 0): unknown {
  if (cause === undefined || cause === null || depth > 5) return undefined;
  if (isTicketingError(cause)) return scrubError(cause, secrets);
  if (cause instanceof Error) {
    const copy = new Error(scrubSecrets(cause.message, secrets));
    copy.name = cause.name;
    copy.stack = scrubSecrets(String(cause.stack ?? ''), secrets);
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') (copy as Error & { code?: string }).code = code;
    const inner = (cause as { cause?: unknown }).cause;
    if (inner !== undefined) Object.defineProperty(copy, 'cause', { value: scrubCause(inner, secrets, depth + 1), enumerable: false, configurable: true, writable: true });
    return copy;
  }
  return typeof cause === 'string' ? scrubSecrets(cause, secrets) : scrubValue(cause, secrets);
}

/** An error for something that is wrong before anything is sent (a bad option, an unencodable body). */
export function refusedBeforeSending(error: unknown, provider: ProviderId, request: { method: string; url: string }, write: boolean, secrets: readonly Secret[]): TicketingError {
  const base = isTicketingError(error)
    ? error
    : new ValidationError({ provider, message: `Could not prepare ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`, cause: error });
  return scrubError(base.copyWith({ request, ...(write ? { outcomeUnknown: false } : {}) }), secrets);
}
