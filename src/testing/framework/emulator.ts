/**
 * The vendor-neutral emulator runtime: turns an `EmulatorDefinition` into a stateful WHATWG `fetch`
 * with a route table, deterministic ids and clock, recorded calls, fault injection and `reset()`.
 */
import { ConfigError, type ProviderId } from '../../core/errors.js';
import { FETCH_SCHEDULER, type Scheduler } from '../../core/scheduler.js';
import { redactHeaders, redactUrl } from '../../internal/log.js';
import { abortableSleep } from '../../internal/sleep.js';
import { Faults } from './faults.js';
import { Router } from './router.js';
import { WebhookHub } from './webhooks.js';
import {
  EmulatorHttpError,
  type AnyEmulatorDefinition,
  type CallRecord,
  type Clock,
  type Emulator,
  type EmulatorEnv,
  type EmulatorOptions,
  type EmulatorRequest,
  type EmulatorResponse,
  type EmulatorRateLimit,
  type Fault,
  type IdCounters,
  type RouteDef,
} from './types.js';

/**
 * Each request first yields once to the event loop, as a real `fetch` does (its answer always arrives through
 * I/O). Without it, a long `for await` over the emulator runs as one chain of microtasks, during which V8 keeps
 * every WeakRef target alive (undici's abort-signal followers: ~5 KB per page). The real `setImmediate` is
 * captured at load, so tests that fake timers (`vi.useFakeTimers()`) do not stall the emulator.
 */
const realSetImmediate = typeof setImmediate === 'function' ? setImmediate : null;
const yieldToEventLoop = (): Promise<void> =>
  realSetImmediate ? new Promise<void>((resolve) => realSetImmediate(() => resolve())) : Promise.resolve();

/** The default clock's start: 2026-01-01T00:00:00Z. */
export const DEFAULT_CLOCK_START = Date.UTC(2026, 0, 1);
/** How far the default clock moves per write. */
export const DEFAULT_CLOCK_STEP_MS = 1000;

class Counters implements IdCounters {
  private readonly values = new Map<string, number>();
  next(kind: string): number {
    const value = (this.values.get(kind) ?? 0) + 1;
    this.values.set(kind, value);
    return value;
  }
  peek(kind: string): number {
    return this.values.get(kind) ?? 0;
  }
}

/**
 * The emulator's time: the default clock starts at `DEFAULT_CLOCK_START` and moves one step per write and with every
 * wait of its clients; a clock given as an option is only read.
 */
class EmulatorTime {
  private time = DEFAULT_CLOCK_START;
  readonly clock: Clock;
  readonly userClock: boolean;

  constructor(given: Clock | undefined) {
    this.userClock = given !== undefined;
    this.clock = given ?? (() => this.time);
  }

  /** The time of a write, after which the default clock moves on. */
  stamp(): number {
    const now = this.clock();
    if (!this.userClock) this.time += DEFAULT_CLOCK_STEP_MS;
    return now;
  }

  /** Moves the default clock forward by `ms` (or to `at`); `false` when the clock is the caller's. */
  advance(ms: number): boolean {
    if (this.userClock) return false;
    this.time += Math.max(0, ms);
    return true;
  }

  advanceTo(at: number): boolean {
    if (this.userClock) return false;
    this.time = Math.max(this.time, at);
    return true;
  }

  reset(): void {
    this.time = DEFAULT_CLOCK_START;
  }
}

/** What the emulator reads of an incoming request, once. */
interface Incoming {
  request: Request;
  url: URL;
  method: string;
  text: string;
  json: unknown;
}

async function readIncoming(input: RequestInfo | URL, init: RequestInit | undefined): Promise<Incoming> {
  await yieldToEventLoop();
  // A ready `Request` with no init (ky's writes) is used as it is rather than copied.
  const request = input instanceof Request && (init === undefined || isEmpty(init)) ? input : new Request(input, init);
  // Like a real fetch: an already-aborted request is never sent (nothing reaches the vendor, nothing is recorded).
  if (request.signal?.aborted) throw request.signal.reason;
  const text = request.body === null ? '' : await request.text();
  return { request, url: new URL(request.url), method: request.method.toUpperCase(), text, json: parseJson(text) };
}

function callRecordOf(incoming: Incoming, op: string | null): CallRecord {
  const { request, url, method, text, json } = incoming;
  return {
    op,
    method,
    url: redactUrl(request.url),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: redactHeaders(request.headers),
    body: json !== undefined ? json : text === '' ? null : text,
    status: null,
    fault: null,
  };
}

/** The answer an injected fault gives (a thrown network error, a held request, a vendor error), or `null` to serve. */
async function faultAnswer<S>(
  fault: Fault,
  ctx: { definition: AnyEmulatorDefinition; req: EmulatorRequest<S>; route: RouteDef<S, unknown> | null; pendingSignals: Set<AbortSignal> },
): Promise<EmulatorResponse | null> {
  const { definition, req, route } = ctx;
  switch (fault.kind) {
    case 'network':
      if (fault.phase === 'response') await serve(definition, req, route);
      throw networkError(fault);
    case 'timeout':
      throw await untilAborted(req.signal, ctx.pendingSignals);
    case 'latency':
      await abortableSleep(fault.ms, req.signal);
      return null;
    case 'rate_limited':
      return definition.rateLimitResponse(req as EmulatorRequest<never>, fault.retryAfterSeconds);
    case 'http':
      return fault.body === undefined
        ? definition.errorResponse(req as EmulatorRequest<never>, fault.status)
        : { status: fault.status, body: fault.body, headers: fault.headers };
  }
}

/** What the emulator's fetch works with. */
interface FetchContext<S> {
  definition: AnyEmulatorDefinition;
  router: Router<RouteDef<S, unknown>>;
  faults: Faults;
  calls: CallRecord[];
  limits: RateWindows;
  pendingSignals: Set<AbortSignal>;
  env: () => EmulatorEnv<S>;
}

/** The emulator's WHATWG fetch: routes a request, records it, applies faults and limits, and serves it. */
function emulatorFetch<S>(ctx: FetchContext<S>): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const { definition, router, faults, calls, limits, pendingSignals } = ctx;
  return async (input, init) => {
    const incoming = await readIncoming(input, init);
    const env = ctx.env(); // read after the request arrives: a reset() meanwhile serves it from the new state
    const { url, method, json } = incoming;
    const match = router.match(method, url.pathname);
    const routeOp = match?.route.op ?? null;
    const op = typeof routeOp === 'function' ? routeOp({ method, params: match?.params ?? {}, query: url.searchParams, json }) : routeOp;
    const call = callRecordOf(incoming, op);
    calls.push(call);
    const req: EmulatorRequest<S> = {
      env,
      method,
      url,
      path: url.pathname,
      params: match?.params ?? {},
      query: url.searchParams,
      headers: incoming.request.headers,
      text: incoming.text,
      json,
      op,
      locals: {},
      signal: incoming.request.signal ?? null,
    };
    definition.prepare?.(req);
    const finalized = (response: EmulatorResponse): Response => {
      const final = definition.finalize ? definition.finalize(req, response) : response;
      call.status = final.status;
      return toResponse(final);
    };

    const fault = faults.take(call);
    if (fault) call.fault = fault;
    // The vendor's documented rate limits, when enforced (a fault wins: it replaces the answer).
    if (!fault && env.rateLimits.enforced && definition.rateLimits && match) {
      const over = limits.check(definition.rateLimits, req, env.now());
      if (over !== null) return finalized(over);
    }
    const route = match?.route ?? null;
    const response = (fault && (await faultAnswer(fault, { definition, req, route, pendingSignals }))) ?? (await serve(definition, req, route));
    const answered = finalized(response);
    // Aborted while the vendor was working: it did the work (recorded above), but the caller's fetch rejects.
    if (req.signal?.aborted) throw req.signal.reason;
    return answered;
  };
}

/** Builds a running emulator from a vendor definition. */
export function createEmulator<D extends AnyEmulatorDefinition>(
  definition: D,
  options: EmulatorOptions<SeedOf<D>> = {},
): Emulator<SeedOf<D>> {
  type S = StateOf<D>;
  const router = new Router<RouteDef<S, unknown>>(definition.routes);
  const faults = new Faults(definition.provider, operationsOf(definition.routes));
  const calls: CallRecord[] = [];
  const pageSize = normalizePageSize(definition.provider, options.pageSize);
  /** Signals of requests held by a timeout fault, kept reachable until they abort (see `untilAborted`). */
  const pendingSignals = new Set<AbortSignal>();
  const time = new EmulatorTime(options.clock);
  const { clock } = time;

  let env!: EmulatorEnv<S>;
  let seeder!: SeedOf<D>;
  const webhooks = new WebhookHub<S>(
    definition.provider,
    definition.webhooks,
    () => env,
    { now: () => clock(), advanceTo: (at) => time.advanceTo(at) },
    definition.baseUrl,
    options.webhooks,
  );
  const enforceLimits = options.rateLimits ?? definition.enforceRateLimits ?? false;
  const limits = new RateWindows();

  const build = (): void => {
    time.reset();
    const base = {
      provider: definition.provider,
      ids: new Counters(),
      pageSize,
      notify: (type: string, payload: unknown) => webhooks.notify(type, payload),
      rateLimits: { enforced: enforceLimits },
      now: () => clock(),
      stamp: () => time.stamp(),
    };
    env = { ...base, state: definition.createState(base) as S };
    limits.clear();
    seeder = definition.seeder(env) as SeedOf<D>;
    // The starting state is not news: the seed announces nothing; what changes after it (requests, mid-test seeds) does.
    webhooks.muted = true;
    options.seed?.(seeder);
    webhooks.muted = false;
  };
  build();

  const fetch = emulatorFetch<S>({ definition, router, faults, calls, limits, pendingSignals, env: () => env });

  /** Time for the clients of this emulator: waiting advances the emulator clock instead of sleeping. */
  const scheduler: Scheduler = {
    now: () => clock(),
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      if (ms > 0 && time.advance(ms)) webhooks.kick();
      await yieldToEventLoop();
      signal?.throwIfAborted();
    },
  };

  // Any client over this fetch (a user's own, not only the mock client) waits on the emulator clock.
  Object.defineProperty(fetch, FETCH_SCHEDULER, { value: scheduler });

  return {
    provider: definition.provider,
    baseUrl: definition.baseUrl,
    scheduler,
    advance(ms: number) {
      if (!time.advance(ms)) throw new ConfigError({ provider: definition.provider, message: 'advance() needs the default clock: a clock given as an option is only read.' });
      webhooks.kick();
    },
    fetch: fetch as typeof globalThis.fetch,
    calls,
    faults,
    clock,
    credentials: definition.credentials({ clock }),
    get seed() {
      return seeder;
    },
    webhooks,
    reset() {
      calls.length = 0;
      faults.clear();
      webhooks.reset();
      build();
    },
  };
}

type StateOf<D> = D extends { createState(...args: never[]): infer S } ? S : never;
export type SeedOf<D> = D extends { seeder(...args: never[]): infer Seed } ? Seed : never;

/** Runs auth and the route handler; an `EmulatorHttpError` (or any throw) becomes the vendor's error shape. */
async function serve<S>(
  definition: AnyEmulatorDefinition,
  req: EmulatorRequest<S>,
  route: RouteDef<S, unknown> | null,
): Promise<EmulatorResponse> {
  try {
    if (route === null) return definition.errorResponse(req, 404, `No such endpoint: ${req.method} ${req.path}`);
    const auth: unknown = route.auth === false ? null : definition.authenticate(req);
    return await route.handler(req, auth);
  } catch (error) {
    if (error instanceof EmulatorHttpError) return definition.errorResponse(req, error.status, error.message, error.details);
    return definition.errorResponse(req, 500, `Emulator failure: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Builds a WHATWG `Response`: strings as text, other bodies as JSON, no body for 204/304. */
export function toResponse(response: EmulatorResponse): Response {
  const headers = new Headers(response.headers);
  const noBody = response.status === 204 || response.status === 304 || response.body === undefined;
  let body: string | null = null;
  if (!noBody) {
    if (typeof response.body === 'string') {
      body = response.body;
      if (!headers.has('content-type')) headers.set('content-type', 'text/plain; charset=utf-8');
    } else {
      body = JSON.stringify(response.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
  }
  return new Response(body, { status: response.status, headers });
}

function isEmpty(init: RequestInit): boolean {
  for (const key in init) if ((init as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function networkError(fault: Extract<Fault, { kind: 'network' }>): TypeError {
  const cause =
    fault.phase === 'connect'
      ? Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
      : new Error('other side closed');
  return new TypeError('fetch failed', { cause });
}

/**
 * Resolves with the signal's reason when it aborts. A `Request`'s signal follows the caller's signal through a weak
 * link, so while we wait the signal is held in `pending`: without it, a garbage collection could drop the signal
 * with its listener, and the abort (a client timeout) would never reach this request.
 */
function untilAborted(signal: AbortSignal | null, pending: Set<AbortSignal>): Promise<unknown> {
  return new Promise((resolve) => {
    if (!signal) return; // never answers
    if (signal.aborted) return resolve(signal.reason);
    pending.add(signal);
    signal.addEventListener(
      'abort',
      () => {
        pending.delete(signal);
        resolve(signal.reason);
      },
      { once: true },
    );
  });
}

/** Every operation name the routes serve: their fixed `op`s and the declared `ops` of function ones. */
function operationsOf(routes: ReadonlyArray<RouteDef<unknown, unknown>>): Set<string> {
  const names = new Set<string>();
  for (const route of routes) {
    if (typeof route.op === 'string') names.add(route.op);
    else if (typeof route.op === 'function') {
      if (!route.ops || route.ops.length === 0) {
        throw new Error(`Emulator route ${route.method} ${route.path} names its operation with a function but declares no \`ops\`.`);
      }
      for (const name of route.ops) names.add(name);
    }
  }
  return names;
}

function normalizePageSize(provider: ProviderId, pageSize: unknown): number | null {
  if (pageSize === undefined) return null;
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1) {
    throw new ConfigError({ provider, message: `pageSize must be a positive integer (got ${JSON.stringify(pageSize)}).` });
  }
  return pageSize;
}

/** JSON answer helper. */
export function json(status: number, body: unknown, headers?: Record<string, string>): EmulatorResponse {
  return { status, body, ...(headers ? { headers } : {}) };
}

/** Empty answer helper (e.g. 204). */
export function empty(status = 204, headers?: Record<string, string>): EmulatorResponse {
  return { status, headers: headers ?? {} };
}

/**
 * The vendor's rate limits as the emulator enforces them, per limit and counter key, on the emulator clock: a rolling
 * window (requests in the last `windowMs`), a clock-aligned one, or a counter kept alive `windowMs` after each counted
 * request. Over a
 * limit, the request gets the vendor's 429 with the seconds until a request would pass, and is not counted.
 */
class RateWindows {
  private readonly rolling = new Map<string, number[]>();
  private readonly idle = new Map<string, { count: number; expiresAt: number }>();

  clear(): void {
    this.rolling.clear();
    this.idle.clear();
  }

  check<S>(limits: ReadonlyArray<EmulatorRateLimit<S>>, req: EmulatorRequest<S>, now: number): EmulatorResponse | null {
    const admit: Array<() => void> = [];
    for (const limit of limits) {
      if (!limit.matches(req)) continue;
      const key = `${limit.name}|${limit.key(req)}`;
      const max = typeof limit.limit === 'function' ? limit.limit(req.env.state) : limit.limit;
      const wait = limit.resets === 'after-idle' ? this.idleWait : limit.resets === 'fixed' ? this.fixedWait : this.rollingWait;
      const waitMs = wait.call(this, key, max, limit.windowMs, now, admit);
      if (waitMs !== null) return limit.response(req, Math.max(1, Math.ceil(waitMs / 1000)));
    }
    for (const count of admit) count();
    return null;
  }

  /** A rolling window: the wait until its oldest counted request leaves it, or `null` (the request will count). */
  private rollingWait(key: string, max: number, windowMs: number, now: number, admit: Array<() => void>): number | null {
    const times = (this.rolling.get(key) ?? []).filter((t) => t > now - windowMs);
    this.rolling.set(key, times);
    if (times.length >= max) return times[0]! + windowMs - now;
    admit.push(() => times.push(now));
    return null;
  }

  /** A clock-aligned window: the wait until it ends, or `null` (the request will count). */
  private fixedWait(key: string, max: number, windowMs: number, now: number, admit: Array<() => void>): number | null {
    const start = Math.floor(now / windowMs) * windowMs;
    const entry = this.idle.get(key);
    const live = entry !== undefined && entry.expiresAt === start + windowMs ? entry : { count: 0, expiresAt: start + windowMs };
    if (live.count >= max) return live.expiresAt - now;
    admit.push(() => this.idle.set(key, { count: live.count + 1, expiresAt: live.expiresAt }));
    return null;
  }

  /** A counter whose TTL each counted request renews: the wait until it expires, or `null` (the request will count). */
  private idleWait(key: string, max: number, windowMs: number, now: number, admit: Array<() => void>): number | null {
    const entry = this.idle.get(key);
    const live = entry !== undefined && entry.expiresAt > now ? entry : { count: 0, expiresAt: 0 };
    if (live.count >= max) return live.expiresAt - now;
    admit.push(() => this.idle.set(key, { count: live.count + 1, expiresAt: now + windowMs }));
    return null;
  }
}
