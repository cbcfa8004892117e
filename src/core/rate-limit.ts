/**
 * Client-side pacing to a vendor's documented rate limit, shared by every client of the process that uses the same
 * credential (or, for a vendor that counts per IP, the same origin), and one shared backoff: when a 429 arrives, the
 * wait it implies applies to every caller on that bucket, not to each call on its own.
 *
 * The in-memory limiter is GCRA (a token bucket without a timer): each request reserves the next free slot, so
 * concurrent callers are served in order with no polling. A process fleet can share one limit through a
 * `RateLimiter` of its own (Redis, a database): see docs/rate-limits.md.
 */
import type { ProviderId } from './errors.js';
import { idOf, sharedEntry } from '../internal/process-shared.js';
import type { Scheduler } from './scheduler.js';

/** A rate limit: requests per minute or per hour (one of them), and how many may go at once after a quiet spell. */
export interface RateLimitSpec {
  /** Sustained requests per minute. */
  perMinute?: number;
  /** Sustained requests per hour (give this or `perMinute`). */
  perHour?: number;
  /** Requests allowed back to back before pacing starts (default 1: evenly spaced). */
  burst?: number;
}

/** Which bucket a request counts against: vendors may limit reads and writes apart. */
export type RequestClass = 'read' | 'write';

/**
 * A vendor's documented limits: `all` when every request counts against one limit (one bucket), else one limit per
 * request class (a class without one is not paced).
 */
export type VendorRateLimits =
  | {
      /** The one limit every request counts against. */
      all: RateLimitSpec;
    }
  | Partial<Record<RequestClass, RateLimitSpec>>;

/** What a limiter is told about a request. */
export interface RateLimitRequest {
  /** The vendor the request goes to. */
  provider: ProviderId;
  /** The bucket: a hash of the credential (or of the origin, for vendors that count per IP) and the class. */
  bucket: string;
  /**
   * The vendor's own counter the request counts against (the credential, or the origin, and the class where the
   * vendor limits reads and writes apart): what a 429 pauses, for every client of the credential whatever pace each
   * was given. Absent: `bucket`.
   */
  pauseBucket?: string;
  /** Whether it counts as a read or a write. */
  requestClass: RequestClass;
  /** The HTTP method. */
  method: string;
  /** The request path (for logs; the bucket decides the pacing). */
  path: string;
}

/**
 * A rate limiter. `acquire` resolves when the request may be sent (rejects with the signal's reason when it aborts
 * while waiting); `pause` tells it the vendor answered 429 and asked for (or implied) `ms` of quiet on the bucket.
 */
export interface RateLimiter {
  /** Resolves when the request may be sent; rejects with the signal's reason when it aborts while waiting. */
  acquire(request: RateLimitRequest, signal?: AbortSignal): Promise<void>;
  /** The vendor answered 429: no request of this bucket goes out for `ms`. */
  pause(request: RateLimitRequest, ms: number): void | Promise<void>;
}

/**
 * A vendor's documented "`limit` requests per window" as a pacing spec that never exceeds it in any window, wherever
 * the window starts (a fixed window or a rolling one): a burst of `burstShare` of the budget at once after a quiet
 * spell, the rest spread evenly. GCRA lets at most `burst + floor(T / interval)` requests through in any span `T`, so
 * `burst + rate <= limit` keeps every window within the limit, while a short run of calls (an API route that makes
 * three) is not spaced out at all. Example: 2 000 an hour gives `{ perHour: 1800, burst: 200 }`.
 */
export function withinWindow(limit: number, window: 'minute' | 'hour', burstShare = 0.1): RateLimitSpec {
  if (!(Number.isFinite(limit) && limit >= 1)) throw new RangeError(`withinWindow needs a limit of at least 1, got ${limit}`);
  const burst = Math.max(1, Math.floor(limit * burstShare));
  const rate = burst === 1 ? limit : limit - burst;
  return window === 'minute' ? { perMinute: rate, burst } : { perHour: rate, burst };
}

/** The slot interval (ms) and the burst tolerance (ms) of a spec, or `null` for a spec that does not pace. */
export function gcraParameters(spec: RateLimitSpec | null | undefined): { interval: number; tolerance: number } | null {
  if (!spec) return null;
  const perMs = spec.perMinute !== undefined ? spec.perMinute / 60_000 : spec.perHour !== undefined ? spec.perHour / 3_600_000 : 0;
  if (!(perMs > 0)) return null;
  const interval = 1 / perMs;
  const burst = Math.max(1, Math.floor(spec.burst ?? 1));
  return { interval, tolerance: (burst - 1) * interval };
}

/** No request of a pause bucket before this time (a 429's wait, shared by every caller), by pause bucket. */
export type PauseBoard = Map<string, number>;

/** How many times a waiting request looks again at a pause that grew while it slept. */
const MAX_PAUSE_CHECKS = 5;

/** The in-memory limiter of one process (the default). */
export class MemoryRateLimiter implements RateLimiter {
  /** GCRA's theoretical arrival time per bucket: when the next request would be on schedule. */
  private readonly tats = new Map<string, number>();

  /**
   * @param pauses - Where 429 pauses are kept: pass one board to several limiters (clients of one credential with
   *   different paces) so that a 429 met by one holds them all.
   */
  constructor(
    private readonly specFor: (request: RateLimitRequest) => RateLimitSpec | null,
    private readonly scheduler: Scheduler,
    private readonly pauses: PauseBoard = new Map(),
  ) {}

  private pausedUntil(request: RateLimitRequest): number {
    return this.pauses.get(request.pauseBucket ?? request.bucket) ?? 0;
  }

  /** Waits for the request's turn in its bucket (GCRA pacing, then any 429 pause). */
  async acquire(request: RateLimitRequest, signal?: AbortSignal): Promise<void> {
    const gcra = gcraParameters(this.specFor(request));
    const now = this.scheduler.now();
    let at = Math.max(now, this.pausedUntil(request));
    if (gcra) {
      const tat = this.tats.get(request.bucket) ?? 0;
      at = Math.max(at, tat - gcra.tolerance);
      this.tats.set(request.bucket, Math.max(tat, at) + gcra.interval);
    }
    if (at > now) await this.scheduler.sleep(at - now, signal);
    // A 429 met by another caller while this one slept: wait out the shared pause too.
    for (let check = 0; check < MAX_PAUSE_CHECKS; check++) {
      const later = this.scheduler.now();
      const pausedUntil = this.pausedUntil(request);
      if (pausedUntil <= later) return;
      await this.scheduler.sleep(pausedUntil - later, signal);
    }
  }

  /** Holds the request's pause bucket for `ms` after a 429. */
  pause(request: RateLimitRequest, ms: number): void {
    const key = request.pauseBucket ?? request.bucket;
    this.pauses.set(key, Math.max(this.pausedUntil(request), this.scheduler.now() + Math.max(0, ms)));
  }
}

/**
 * The limiters of the process, one per credential, pace and scheduler, so that every client built with the same
 * credential and limits shares its buckets (a `withOptions` copy included), and one pause board per credential, so
 * that a 429 holds every client of it whatever its pace. Bounded: the least recently made goes first.
 */
const sharedLimiters = new Map<string, MemoryRateLimiter>();
const sharedPauseBoards = new Map<string, PauseBoard>();

/**
 * The limiter of a credential, a pace, a scheduler and a transport: clients share it when they use the same
 * credential (`credentialKey`), the same limits (`paceKey`), the same clock and the same `fetch` (in production, the
 * global one; in tests each fake vendor is its own world, so one test's 429 does not slow the next test down).
 * Clients of the credential with other limits (or `rateLimit: false`) get a limiter of their own over the same
 * pause board.
 */
export function sharedLimiter(
  credentialKey: string,
  paceKey: string,
  scheduler: Scheduler,
  transport: object | undefined,
  specFor: (request: RateLimitRequest) => RateLimitSpec | null,
): MemoryRateLimiter {
  const worldKey = `${idOf(scheduler)}|${transport ? idOf(transport) : 0}|${credentialKey}`;
  const pauses = sharedEntry(sharedPauseBoards, worldKey, (): PauseBoard => new Map());
  return sharedEntry(sharedLimiters, `${worldKey}|${paceKey}`, () => new MemoryRateLimiter(specFor, scheduler, pauses));
}
