/**
 * The Equaticket emulator (docs/vendors/equaticket.md, "Emulator: rules and guesses"): Bearer `sk_live_`/`sk_test_` keys, separate test and live
 * data, newest-first cursor paging, the `{ error: { code, message, request_id, param, doc_url } }` envelope,
 * `X-Request-Id` on every response, idempotent replay of POSTs, field validation and the publish/cancel rules.
 */
import { EmulatorHttpError, padded, type EmulatorDefinition, type EmulatorRequest, type EmulatorResponse } from '../../framework/index.js';
import { EQ_RATE_WINDOW_GUESS, EQ_REQUEST_ID_MAX_GUESS, EQ_RETRY_AFTER_ON_429_GUESS } from './guesses.js';
import { equaticketRoutes, type EqAuth, type EquaticketOperation } from './routes.js';
import { equaticketSeeder, type EquaticketSeeder } from './seed/index.js';
import { createEqState, type EqState } from './state.js';
import { equaticketWebhooks } from './webhooks.js';
import { EQ_BASE_URL, EQ_DOC_URL, EQ_KEY_PATTERN, EQ_PROVIDER, EQ_REQUESTS_PER_MINUTE, EQ_TEST_KEY } from './wire.js';

export type { EquaticketSeeder, EqSeedOrganizationInput, EqSeedEventInput, EqSeedWebhookInput, EqSeedCheckInInput, EqSeedRefundInput } from './seed/index.js';
export type { EqAuth, EquaticketOperation } from './routes.js';
export * as equaticketWire from './wire.js';

/** Documented codes per status; other statuses fall back by class. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'validation_error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'unprocessable',
  429: 'rate_limited',
  500: 'internal_error',
};

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'The request is invalid.',
  401: 'No valid API key provided. Send Authorization: Bearer sk_live_… or sk_test_….',
  403: 'This API key does not have the scope this endpoint needs.',
  404: 'The resource was not found or is not owned by your organization.',
  409: 'The action does not fit the current state of the resource.',
  422: 'A business rule prevents this action.',
  429: 'Too many requests: the rate limit of this API key was reached. Retry after the window resets.',
  500: 'An unexpected error occurred on our side.',
};

type Req = EmulatorRequest<EqState>;

const requestIdOf = (req: Req): string => req.locals.requestId as string;

function errorResponse(req: Req, status: number, message?: string, details: Record<string, unknown> = {}): EmulatorResponse {
  const code = typeof details.code === 'string' ? details.code : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request'));
  const error: Record<string, unknown> = {
    code,
    message: message ?? MESSAGE_BY_STATUS[status] ?? `Request failed with status ${status}.`,
    request_id: requestIdOf(req),
  };
  // Documented: `param` names the failing field, on validation errors only.
  if (typeof details.param === 'string') error.param = details.param;
  error.doc_url = EQ_DOC_URL;
  return { status, body: { error } };
}

export const equaticketEmulator: EmulatorDefinition<EqState, EquaticketSeeder, EqAuth, EquaticketOperation> = {
  provider: EQ_PROVIDER,
  baseUrl: EQ_BASE_URL,
  credentials: () => ({ apiKey: EQ_TEST_KEY }),
  createState: () => createEqState(),
  seeder: (env) => equaticketSeeder(env),
  routes: equaticketRoutes,
  webhooks: equaticketWebhooks,

  authenticate(req): EqAuth {
    const header = req.headers.get('authorization');
    const match = header === null ? null : /^Bearer\s+(\S+)$/i.exec(header);
    const key = match?.[1] ?? null;
    const mode = key === null ? null : EQ_KEY_PATTERN.exec(key);
    if (key === null || mode === null) {
      throw new EmulatorHttpError(
        401,
        header === null ? 'No API key provided. Send Authorization: Bearer <key>.' : 'Invalid API key provided: it must be an sk_live_ or sk_test_ key.',
      );
    }
    return { key, livemode: mode[1] === 'live' };
  },

  errorResponse,

  rateLimitResponse(req, retryAfterSeconds) {
    const response = errorResponse(req, 429);
    return !EQ_RETRY_AFTER_ON_429_GUESS || retryAfterSeconds === undefined ? response : { ...response, headers: { 'Retry-After': String(retryAfterSeconds) } };
  },

  // Documented: a per-key limit set by the plan, 429 `rate_limited` over it. Enforced by default.
  enforceRateLimits: true,
  rateLimits: [
    {
      name: 'per key',
      limit: (state) => EQ_REQUESTS_PER_MINUTE[state.plan],
      windowMs: 60_000,
      resets: EQ_RATE_WINDOW_GUESS,
      // The public endpoint takes no key: its limit is not documented, so it is not limited here.
      matches: (req) => /^Bearer\s+\S+$/i.test(req.headers.get('authorization') ?? ''),
      key: (req) => req.headers.get('authorization') ?? '',
      response: (req, retryAfterSeconds) => equaticketEmulator.rateLimitResponse(req, retryAfterSeconds),
    },
  ],

  prepare(req) {
    // Documented: a client-sent X-Request-Id is echoed; otherwise a `req_…` id is made.
    const sent = req.headers.get('x-request-id');
    req.locals.requestId =
      sent !== null && sent !== '' && sent.length <= EQ_REQUEST_ID_MAX_GUESS ? sent : `req_${padded(req.env.ids.next('request'), 14)}`;
  },

  finalize(req, response) {
    return { ...response, headers: { ...response.headers, 'X-Request-Id': requestIdOf(req) } };
  },
};
