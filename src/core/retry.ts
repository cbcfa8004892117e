/**
 * Retry policy: small pure functions. The loop itself lives in the pipeline (built on p-retry).
 */

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;

/** Full jitter: a random delay in `[0, min(0.5 s * 2^retryIndex, 8 s))`. `retryIndex` is 0 for the first retry. */
export function computeBackoff(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, retryIndex), BACKOFF_CAP_MS);
  return Math.floor(random() * ceiling);
}

type HeaderSource = Headers | Record<string, string | null | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const record = headers as Record<string, string | null | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (record[key] ?? null);
}

/**
 * The delay a server asked for, in ms, or `null` when it asked for none. Reads, in order:
 * `retry-after-ms`, `Retry-After` (seconds or HTTP-date), `RateLimit-Reset` (seconds from now),
 * `X-RateLimit-Reset` (seconds from now, or a Unix time in seconds).
 */
export function parseRetryAfter(headers: HeaderSource, now: number = Date.now()): number | null {
  const ms = header(headers, 'retry-after-ms');
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.max(0, Math.round(Number(ms)));

  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== null) {
    const trimmed = retryAfter.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Math.round(Number(trimmed) * 1000));
    // An HTTP-date names a weekday and a month. A negative number (which Date.parse would read as a year) or a date
    // already past says nothing usable: treated as absent, so the call backs off instead of hammering.
    if (/[A-Za-z]/.test(trimmed)) {
      const date = Date.parse(trimmed);
      if (!Number.isNaN(date) && date > now) return date - now;
    }
  }

  for (const name of ['ratelimit-reset', 'x-ratelimit-reset']) {
    const reset = header(headers, name);
    if (reset !== null && /^\s*\d+(\.\d+)?\s*$/.test(reset)) return resetWaitMs(Number(reset), now);
  }
  return null;
}

/**
 * The wait a rate-limit reset header names. Vendors and proxies disagree: some send seconds to wait, others a Unix
 * time in seconds or milliseconds. A value above 10^9 can only be a Unix time (as seconds to wait it would be 31
 * years), above 10^12 one in milliseconds. A Unix time already past says nothing usable: `null`, so the call backs
 * off instead of retrying at once.
 */
export function resetWaitMs(value: number, now: number): number | null {
  const epochMs = value > 1e12 ? value : value > 1e9 ? value * 1000 : null;
  if (epochMs === null) return Math.max(0, Math.round(value * 1000));
  return epochMs > now ? Math.round(epochMs - now) : null;
}

/**
 * How safe a request is to send again:
 * - `safe`: reads, and writes that are idempotent by nature (an upsert, a delete of a known key);
 * - `keyed`: a write that carries an idempotency key the vendor honours;
 * - `unsafe`: a write without a key (may only be re-sent when the failure proves it was not processed).
 */
export type RetrySafety = 'safe' | 'keyed' | 'unsafe';

export type AttemptFailure =
  | {
      type: 'http';
      status: number;
      serverDelayMs: number | null;
      transient?: boolean;
      /** `true` when the answer proves the request was not processed. */
      notProcessed?: boolean;
      /** `true` when the answer may follow a processed write although it is not a 5xx (a 302/303 after a POST). */
      maybeProcessed?: boolean;
    }
  | { type: 'network'; phase: 'connect' | 'unknown' }
  | { type: 'timeout' }
  | { type: 'aborted' }
  | { type: 'invalid_response' };

export interface RetryInput {
  failure: AttemptFailure;
  safety: RetrySafety;
  /** Retries already made for this call (0 before the first retry). */
  retriesMade: number;
  maxRetries: number;
  maxRetryAfterMs: number;
  random?: () => number;
}

export type RetryDecision =
  | { retry: true; delayMs: number; source: 'server' | 'backoff' }
  | { retry: false; reason: 'not_retryable' | 'unsafe_write' | 'exhausted' | 'server_delay_too_long' };

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** Whether a failure is of a kind that can succeed on another try (ignoring write safety and budget). */
export function isTransientFailure(failure: AttemptFailure): boolean {
  switch (failure.type) {
    case 'http':
      return failure.transient ?? RETRYABLE_STATUSES.has(failure.status);
    case 'network':
    case 'timeout':
      return true;
    default:
      return false;
  }
}

/** Whether the failure proves the vendor did not process the request. */
export function provesNotProcessed(failure: AttemptFailure): boolean {
  if (failure.type === 'network') return failure.phase === 'connect';
  if (failure.type === 'http') {
    if (failure.notProcessed !== undefined) return failure.notProcessed;
    if (failure.status === 429) return true;
    if (failure.status === 503 && failure.serverDelayMs !== null) return true;
  }
  return false;
}

export function decideRetry(input: RetryInput): RetryDecision {
  const { failure } = input;
  if (!isTransientFailure(failure)) return { retry: false, reason: 'not_retryable' };
  if (input.safety === 'unsafe' && !provesNotProcessed(failure)) return { retry: false, reason: 'unsafe_write' };

  const serverDelay = failure.type === 'http' ? failure.serverDelayMs : null;
  if (serverDelay !== null && serverDelay > input.maxRetryAfterMs) return { retry: false, reason: 'server_delay_too_long' };
  if (input.retriesMade >= input.maxRetries) return { retry: false, reason: 'exhausted' };

  if (serverDelay !== null) return { retry: true, delayMs: serverDelay, source: 'server' };
  return { retry: true, delayMs: computeBackoff(input.retriesMade, input.random), source: 'backoff' };
}
