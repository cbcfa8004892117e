/**
 * The Eventbrite v3 emulator (docs/vendors/eventbrite.md, "Emulator: rules and guesses"): `Authorization: Bearer` (or `?token=`) tokens, one
 * organization found at `GET /users/me/organizations/`, events with series, ticket classes, orders and
 * attendees in the wire shapes of the real captures, continuation paging with opaque tokens, the
 * `{ status_code, error, error_description, error_detail }` envelope, the publish / cancel / delete rules, and
 * `Eventbrite-API-Waypoint-Token` on every successful write.
 */
import { EmulatorHttpError, type EmulatorDefinition, type EmulatorRequest, type EmulatorResponse } from '../../framework/index.js';
import { eventbriteRoutes, type EbAuth, type EventbriteOperation } from './routes.js';
import { eventbriteSeeder, type EventbriteSeeder } from './seed/index.js';
import { createEbState, type EbState } from './state.js';
import { eventbriteWebhooks } from './webhooks.js';
import { EB_BASE_URL, EB_ORGANIZATION_ID, EB_PROVIDER, EB_RATE_LIMIT_PER_HOUR, EB_RATE_WINDOW_GUESS, EB_TEST_TOKEN, EB_TOKEN_PATTERN_GUESS, EB_WAYPOINT_HEADER } from './wire.js';

export type { EventbriteSeeder, EbSeedEventInput, EbSeedTicketTypeInput, EbSeedWebhookInput, EbSeedCheckInInput, EbSeedRefundInput } from './seed/index.js';
export type { EbAuth, EventbriteOperation } from './routes.js';
export * as eventbriteWire from './wire.js';

/** The documented common error codes (docs/vendors/eventbrite.md, Errors) used for a bare status. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'NO_AUTH',
  403: 'NOT_AUTHORIZED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'REQUEST_CONFLICT',
  429: 'HIT_RATE_LIMIT',
  500: 'INTERNAL_ERROR',
};

const DESCRIPTION_BY_CODE: Record<string, string> = {
  BAD_REQUEST: 'The request could not be processed.',
  NO_AUTH: 'An OAuth token is required for all requests',
  NOT_AUTHORIZED: 'You do not have permission to access the resource you requested.',
  NOT_FOUND: 'The path you requested does not exist.',
  METHOD_NOT_ALLOWED: 'This method is not supported on this path.',
  REQUEST_CONFLICT: 'The request conflicts with another one.',
  HIT_RATE_LIMIT: `Hourly rate limit has been reached for this token. Default rate limits are ${EB_RATE_LIMIT_PER_HOUR.toLocaleString('en-US')} calls per hour.`,
  INTERNAL_ERROR: 'An internal error occurred.',
};

type Req = EmulatorRequest<EbState>;

function errorResponse(_req: Req, status: number, message?: string, details: Record<string, unknown> = {}): EmulatorResponse {
  const code = typeof details.code === 'string' ? details.code : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'));
  const body: Record<string, unknown> = {
    status_code: status,
    error_description: message ?? DESCRIPTION_BY_CODE[code] ?? `The request failed with status ${status}.`,
    error: code,
  };
  if (details.detail && typeof details.detail === 'object') body.error_detail = { [code]: details.detail };
  return { status, body };
}

export const eventbriteEmulator: EmulatorDefinition<EbState, EventbriteSeeder, EbAuth, EventbriteOperation> = {
  provider: EB_PROVIDER,
  baseUrl: EB_BASE_URL,
  credentials: () => ({ token: EB_TEST_TOKEN, organizationId: EB_ORGANIZATION_ID }),
  createState: (env) => createEbState(env),
  seeder: (env) => eventbriteSeeder(env),
  routes: eventbriteRoutes,
  webhooks: eventbriteWebhooks,

  authenticate(req): EbAuth {
    const header = req.headers.get('authorization');
    const query = req.query.get('token');
    let token: string | null = null;
    if (header !== null) {
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw new EmulatorHttpError(400, 'The Authorization header is malformed: send Authorization: Bearer <token>.', { code: 'INVALID_AUTH_HEADER' });
      token = match[1]!;
    } else if (query !== null) {
      token = query;
    }
    if (token === null || token === '') throw new EmulatorHttpError(401, 'An OAuth token is required for all requests', { code: 'NO_AUTH' });
    if (!EB_TOKEN_PATTERN_GUESS.test(token)) throw new EmulatorHttpError(400, 'The OAuth token you provided was invalid.', { code: 'INVALID_AUTH' });
    return { token };
  },

  errorResponse,

  rateLimitResponse(req, retryAfterSeconds) {
    const response = errorResponse(req, 429);
    return retryAfterSeconds === undefined ? response : { ...response, headers: { 'Retry-After': String(retryAfterSeconds) } };
  },

  // Documented: 2 000 calls an hour per token, 429 `HIT_RATE_LIMIT`; no rate-limit headers are documented, so its 429
  // carries none. Enforced when asked (`rateLimits: true`).
  rateLimits: [
    {
      name: 'per token',
      limit: EB_RATE_LIMIT_PER_HOUR,
      windowMs: 60 * 60_000,
      resets: EB_RATE_WINDOW_GUESS,
      matches: (req) => req.headers.get('authorization') !== null,
      key: (req) => req.headers.get('authorization') ?? '',
      response: (req) => errorResponse(req, 429),
    },
  ],

  finalize(req, response) {
    // Documented: a successful POST or DELETE returns a waypoint token to echo for read-your-writes.
    if ((req.method === 'POST' || req.method === 'DELETE') && response.status >= 200 && response.status < 300 && req.op !== null) {
      return { ...response, headers: { ...response.headers, [EB_WAYPOINT_HEADER]: `wp_${req.env.ids.next('waypoint')}` } };
    }
    return response;
  },
};
