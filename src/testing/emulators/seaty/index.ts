/**
 * The Seaty emulator (docs/vendors/seaty.md, "Emulator: rules and guesses"): Bearer `sk_live_…` keys with scopes,
 * the `data` / `links` / `meta` envelope with absolute links and `per_page` capped at 100, orders under dates with
 * tickets, payments and discounts, contacts derived from orders, the balance-payment rules (payee must have an order
 * on the event, refunds capped at what the payee paid, `Idempotency-Key` required, replay of the first result, 409
 * on reuse with another body, 403 without `write:balance_payments`) and the 60-reads-a-minute limit, enforced by default.
 * It imports only the emulator framework (the declared contract included): nothing of the adapter's.
 */
import { EmulatorHttpError, type EmulatorDefinition, type EmulatorResponse } from '../../framework/index.js';
import { errorBody, seatyRoutes, tooManyRequests, type SeatyAuth, type SeatyOperation } from './routes.js';
import { seatySeeder, type SeatySeeder } from './seed/index.js';
import { createSeatyState, type SeatyState } from './state.js';
import {
  READ_LIMIT_SCOPE_GUESS,
  READ_LIMIT_WINDOW_MS,
  SCOPE_READ,
  SCOPE_WRITE_PAYMENTS,
  SEATY_BASE_URL,
  SEATY_KEY_PATTERN,
  SEATY_MOCK_KEY,
  SEATY_PROVIDER,
  SEATY_READS_PER_MINUTE,
} from './wire.js';

export type {
  SeatySeeder,
  SeatySeedContactInput,
  SeatySeedEventDateInput,
  SeatySeedEventInput,
  SeatySeedOrderInput,
  SeatySeedTicketTypeInput,
} from './seed/index.js';
export type { SeatyAuth, SeatyOperation } from './routes.js';
export { SEATY_OPERATIONS } from './routes.js';
export type { SeatyContactView, SeatyOrderView } from './wire.js';
export * as seatyWire from './wire.js';

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: 'The request is malformed.',
  401: 'Missing or invalid API key. Send Authorization: Bearer sk_live_….',
  403: 'This API key lacks a required scope.',
  404: 'No such record in your organisation.',
  409: 'A balance payment with that idempotency key is already recorded with a different request body.',
  422: 'The request breaks a business rule.',
  500: 'An unexpected error occurred.',
};

function errorResponse(_req: unknown, status: number, message?: string, details: Record<string, unknown> = {}): EmulatorResponse {
  const code = typeof details.code === 'string' ? details.code : undefined;
  return { status, body: errorBody(status, message ?? MESSAGE_BY_STATUS[status] ?? `Request failed with status ${status}.`, code) };
}

export const seatyEmulator: EmulatorDefinition<SeatyState, SeatySeeder, SeatyAuth, SeatyOperation> = {
  provider: SEATY_PROVIDER,
  baseUrl: SEATY_BASE_URL,
  credentials: () => ({ apiKey: SEATY_MOCK_KEY }),
  createState: () => createSeatyState(),
  seeder: (env) => seatySeeder(env),
  routes: seatyRoutes,

  authenticate(req): SeatyAuth {
    const header = req.headers.get('authorization');
    const key = header === null ? null : (/^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null);
    if (key === null || !SEATY_KEY_PATTERN.test(key)) {
      throw new EmulatorHttpError(
        401,
        header === null ? 'No API key provided. Send Authorization: Bearer sk_live_….' : 'Invalid API key: Seaty keys start with sk_live_.',
      );
    }
    return { key, scopes: req.env.state.keys.get(key) ?? [SCOPE_READ, SCOPE_WRITE_PAYMENTS] };
  },

  errorResponse,

  rateLimitResponse: (_req, retryAfterSeconds) => tooManyRequests(retryAfterSeconds),

  // Documented: 60 reads a minute. Enforced by default, so a test meets the 429 a real walk would.
  enforceRateLimits: true,
  rateLimits: [
    {
      name: 'reads',
      limit: (state) => state.readLimit?.perMinute ?? SEATY_READS_PER_MINUTE,
      windowMs: READ_LIMIT_WINDOW_MS,
      matches: (req) => req.method === 'GET',
      key: () => READ_LIMIT_SCOPE_GUESS,
      response: (_req, retryAfterSeconds) => tooManyRequests(retryAfterSeconds),
    },
  ],
};
