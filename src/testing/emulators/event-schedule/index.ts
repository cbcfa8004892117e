/**
 * The Event Schedule emulator (docs/vendors/event-schedule.md): `X-API-Key` auth with the middleware's order of
 * checks (missing → 401, bucket full → 429, locked → 423, unknown → 401, expired → 401), one Pro venue
 * schedule `main`, events with inline tickets, sales with stock per occurrence date and the sale state
 * machine, page/per_page with the 7-field `meta`, `{ error, errors }` bodies (framework `{ message }` for
 * unknown routes and crashes), the Pro gate, and the read/write rate limits when asked (`rateLimits: true` or
 * `s.rateLimits()`).
 */
import { EmulatorHttpError, type EmulatorDefinition, type EmulatorRateLimit, type EmulatorRequest, type EmulatorResponse } from '../../framework/index.js';
import { eventScheduleRoutes, redirectTrailingSlash, type EsAuth, type EventScheduleOperation } from './routes.js';
import { eventScheduleSeeder, type EventScheduleSeeder } from './seed/index.js';
import { createEsState, defaultSchedule, type EsState } from './state.js';
import { eventScheduleWebhooks } from './webhooks.js';
import {
  ES_BASE_URL,
  ES_KEY_PATTERN,
  ES_LOCK_AFTER_FAILURES,
  ES_LOCK_MS,
  ES_PROVIDER,
  ES_RATE_SCOPE,
  ES_RATE_WINDOW_MS,
  ES_TEST_KEY,
  ES_TEXT,
} from './wire.js';

export type { EventScheduleSeeder, EsSeedEventInput, EsSeedScheduleInput } from './seed/index.js';
export type { EsAuth, EventScheduleOperation } from './routes.js';
export * as eventScheduleWire from './wire.js';

type Req = EmulatorRequest<EsState>;

/** The default `error` text per status when a fault or a caller gives none. */
const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'Bad request',
  401: ES_TEXT.keyInvalid,
  403: ES_TEXT.unauthorized,
  404: 'Not found',
  409: 'Conflict',
  422: ES_TEXT.validation,
  423: ES_TEXT.keyLocked,
  429: ES_TEXT.rateLimited,
  500: ES_TEXT.serverError,
};

function errorResponse(req: Req, status: number, message?: string, details: Record<string, unknown> = {}): EmulatorResponse {
  if (typeof details.location === 'string' || (message?.startsWith('No such endpoint') && req.path.length > 1 && req.path.endsWith('/'))) {
    const location = typeof details.location === 'string' ? details.location : `${req.url.origin}${req.path.replace(/\/+$/, '')}${req.url.search}`;
    return {
      status: 301,
      headers: { location, 'content-type': 'text/html; charset=UTF-8' },
      body: `Redirecting to ${location}`,
    };
  }
  const headers = (details.headers ?? undefined) as Record<string, string> | undefined;
  // Framework-level failures (unknown route, crash) answer Laravel's `{ message }` ("Responses and errors").
  if (message?.startsWith('No such endpoint')) {
    return { status, body: { message: `The route ${req.path.replace(/^\//, '')} could not be found.` } };
  }
  if (message?.startsWith('Emulator failure') || details.framework === true) {
    return { status, ...(headers ? { headers } : {}), body: { message: status >= 500 ? 'Server Error' : (message ?? 'Error') } };
  }
  const body: Record<string, unknown> = { error: message ?? MESSAGE_BY_STATUS[status] ?? (status >= 500 ? ES_TEXT.serverError : 'Error') };
  if (details.errors !== undefined) body.errors = details.errors;
  return { status, body };
}

export const eventScheduleEmulator: EmulatorDefinition<EsState, EventScheduleSeeder, EsAuth, EventScheduleOperation> = {
  provider: ES_PROVIDER,
  baseUrl: ES_BASE_URL,
  // `schedule` is the default schedule's subdomain, so events.create works out of the box.
  credentials: () => ({ apiKey: ES_TEST_KEY, schedule: 'main' }),
  createState: (env) => createEsState(env),
  seeder: (env) => eventScheduleSeeder(env),
  routes: eventScheduleRoutes,
  webhooks: eventScheduleWebhooks,

  authenticate(req): EsAuth {
    const state = req.env.state;
    redirectTrailingSlash(req);
    const now = req.env.now();
    const key = req.headers.get('x-api-key');
    if (key === null || key === '') throw new EmulatorHttpError(401, ES_TEXT.keyRequired);
    // The per-IP buckets (`rateLimits` below) are checked by the framework before this, so a full bucket answers 429
    // even for a bad key.
    const failures = state.failures.get(key);
    if (failures && failures.count >= ES_LOCK_AFTER_FAILURES && now - failures.last < ES_LOCK_MS) {
      throw new EmulatorHttpError(423, ES_TEXT.keyLocked);
    }
    const issuedTo = state.keys.get(key);
    let user = issuedTo === undefined ? undefined : state.users.get(issuedTo);
    // Any other well-formed key is the default account's (so a user's own client over mock.fetch works).
    if (user === undefined && ES_KEY_PATTERN.test(key)) user = state.users.get(state.defaultUserId);
    if (user === undefined) {
      state.failures.set(key, { count: (failures?.count ?? 0) + 1, last: now });
      throw new EmulatorHttpError(401, ES_TEXT.keyInvalid);
    }
    if (issuedTo !== undefined && user.keyExpiresAt !== null && user.keyExpiresAt <= now) throw new EmulatorHttpError(401, ES_TEXT.keyExpired);
    return { user };
  },

  errorResponse,

  rateLimitResponse(req, retryAfterSeconds) {
    // The middleware's 429 carries no Retry-After; the create-event throttle (Laravel) does.
    const response = errorResponse(req, 429, ES_TEXT.rateLimited);
    return retryAfterSeconds === undefined ? response : { ...response, headers: { 'Retry-After': String(retryAfterSeconds) } };
  },

  // "Rate limits": the auth middleware's per-IP buckets, reads (GET) and writes apart, each a counter that every counted
  // request keeps alive for another 60 s. Off unless asked (`createMockClient({ rateLimits: true })` or `s.rateLimits()`,
  // which may also lower the figures). One difference: the middleware counts only requests whose key it accepts.
  rateLimits: [
    { name: 'reads', limit: (state) => state.rate.reads, ...middlewareBucket((req) => req.method === 'GET') },
    { name: 'writes', limit: (state) => state.rate.writes, ...middlewareBucket((req) => req.method !== 'GET') },
  ],
};

/** One of the middleware's per-IP buckets: every request with a key on an authenticated route; no Retry-After on its 429. */
function middlewareBucket(matches: (req: Req) => boolean): Pick<EmulatorRateLimit<EsState>, 'windowMs' | 'resets' | 'matches' | 'key' | 'response'> {
  return {
    windowMs: ES_RATE_WINDOW_MS,
    resets: 'after-idle',
    matches: (req) => matches(req) && !UNAUTHENTICATED_OPS.has(String(req.op)) && Boolean(req.headers.get('x-api-key')),
    key: () => ES_RATE_SCOPE,
    response: (req) => errorResponse(req, 429, ES_TEXT.rateLimited),
  };
}

/** The routes outside the auth middleware (they have their own limits, in their handlers). */
const UNAUTHENTICATED_OPS = new Set(['auth.sendCode', 'auth.register', 'auth.login']);

/** The subdomain of the schedule every emulator starts with. */
export function defaultScheduleOf(state: EsState): string {
  return defaultSchedule(state).wire.subdomain;
}
