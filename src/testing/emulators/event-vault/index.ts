/**
 * The Event Vault emulator (docs/vendors/event-vault.md, "Emulator: rules and guesses"): clients with a registered
 * key own events; guests and tickets per event; all four auth headers checked (missing → the exact 400 text), the
 * 5-minute `x-timestamp` window against the emulator clock (→ 408), duplicate guest → 409, `addTicket` upsert,
 * removes → 404 texts, plain-text write replies and whole-array JSON reads. No pagination: `pageSize` has nothing to
 * cap. It imports only the framework (and its declared contract): nothing of the adapter.
 */
import { EmulatorHttpError, type EmulatorDefinition, type EmulatorRequest, type EmulatorResponse } from '../../framework/index.js';
import { eventVaultRoutes, type EvAuth } from './routes.js';
import { eventVaultSeeder, type EventVaultSeeder } from './seed/index.js';
import { createEvState, type EvState } from './state.js';
import {
  EV_API_KEY,
  EV_AUTH_CHECK_ORDER_GUESS,
  EV_BASE_URL,
  EV_CLIENT_ID,
  EV_EVENT_ID,
  EV_MISSING_INPUT_TEXT,
  EV_OTHER_ERROR_TEXT_GUESS,
  EV_PROVIDER,
  EV_RATE_LIMIT_TEXT_GUESS,
  EV_SENDS_DATE_HEADER_GUESS,
  EV_SERVER_ERROR_TEXT,
  EV_TEXT,
  EV_TEXT_CONTENT_TYPE_GUESS,
  EV_UNROUTED_TEXT_GUESS,
  EV_WINDOW_INCLUSIVE_GUESS,
  EV_WINDOW_MS,
  type EventVaultOperation,
} from './wire.js';

export type { EventVaultSeeder, EvSeedAttendeeInput, EvSeedTicketInput, EvSeedTicketSpec } from './seed/index.js';
export type { EventVaultOperation } from './wire.js';
export type { EvAuth } from './routes.js';
export * as eventVaultWire from './wire.js';

type Req = EmulatorRequest<EvState>;

/** The operation of a routed request (every route names one of the nine). */
function opOf(req: Req): EventVaultOperation | null {
  return req.op as EventVaultOperation | null;
}

/** The vendor's body for a status when nothing more specific was given (faults, unknown routes). */
function defaultText(req: Req, status: number): string {
  const op = opOf(req);
  switch (status) {
    case 400:
      return (op && EV_MISSING_INPUT_TEXT[op]) ?? EV_TEXT.missingHeaders;
    case 403:
      return EV_TEXT.invalidApiKey;
    case 404:
      if (op === null) return EV_UNROUTED_TEXT_GUESS(req.method, req.path);
      if (op === 'attendees.delete') return EV_TEXT.guestNotFound;
      if (op === 'tickets.revoke') return EV_TEXT.ticketNotFound;
      return EV_TEXT.eventNotFound;
    case 408:
      return EV_TEXT.timestampWindow;
    case 409:
      return EV_TEXT.guestExists;
    case 429:
      return EV_RATE_LIMIT_TEXT_GUESS;
    case 500:
      return op ? EV_SERVER_ERROR_TEXT[op] : EV_OTHER_ERROR_TEXT_GUESS.server;
    default:
      return status >= 500 ? EV_OTHER_ERROR_TEXT_GUESS.unavailable : EV_OTHER_ERROR_TEXT_GUESS.client;
  }
}

/** Error bodies are plain text (the exact strings of the reference). */
function errorResponse(req: Req, status: number, message?: string): EmulatorResponse {
  return { status, body: message ?? defaultText(req, status) };
}

function authenticate(req: Req): EvAuth {
  const apiKey = req.headers.get('x-api-key');
  const clientId = req.headers.get('x-client-id');
  const eventId = req.headers.get('x-event-id');
  const timestamp = req.headers.get('x-timestamp');
  const client = clientId === null ? undefined : req.env.state.clients.get(clientId);
  for (const check of EV_AUTH_CHECK_ORDER_GUESS) {
    switch (check) {
      case 'headers':
        if (!apiKey || !clientId || !eventId || !timestamp) throw new EmulatorHttpError(400, EV_TEXT.missingHeaders);
        break;
      case 'client':
        if (!client) throw new EmulatorHttpError(404, EV_TEXT.clientNotFound);
        break;
      case 'key':
        if (client!.apiKey !== apiKey) throw new EmulatorHttpError(403, EV_TEXT.invalidApiKey);
        break;
      case 'timestamp': {
        // Milliseconds (documented): a value in seconds reads as a time in 1970 and fails.
        const sent = /^\d+$/.test(timestamp!.trim()) ? Number(timestamp) : Number.NaN;
        const skew = Math.abs(req.env.now() - sent);
        const inside = EV_WINDOW_INCLUSIVE_GUESS ? skew <= EV_WINDOW_MS : skew < EV_WINDOW_MS;
        if (!inside) throw new EmulatorHttpError(408, EV_TEXT.timestampWindow);
        break;
      }
      case 'event':
        if (!client!.events.has(eventId!)) throw new EmulatorHttpError(404, EV_TEXT.eventNotFound);
        break;
    }
  }
  return { client: client!, event: client!.events.get(eventId!)! };
}

export const eventVaultEmulator: EmulatorDefinition<EvState, EventVaultSeeder, EvAuth, EventVaultOperation> = {
  provider: EV_PROVIDER,
  baseUrl: EV_BASE_URL,
  // `clock`: the client's x-timestamp follows the emulator clock, so the 5-minute window holds in tests.
  credentials: ({ clock }) => ({ apiKey: EV_API_KEY, clientId: EV_CLIENT_ID, eventId: EV_EVENT_ID, clock }),
  createState: (env) => createEvState(env.ids),
  seeder: (env) => eventVaultSeeder(env),
  routes: eventVaultRoutes,
  authenticate,
  errorResponse,
  rateLimitResponse(req, retryAfterSeconds) {
    const response = errorResponse(req, 429);
    return retryAfterSeconds === undefined ? response : { ...response, headers: { 'Retry-After': String(retryAfterSeconds) } };
  },
  // No `rateLimits`: Event Vault documents none, so `rateLimits: true` enforces nothing here (a `rate_limited` fault
  // still answers the guessed 429).
  finalize(req, response) {
    const headers = { ...response.headers };
    // Plain-text bodies (every write reply and every error) carry the guessed content type.
    if (typeof response.body === 'string' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = EV_TEXT_CONTENT_TYPE_GUESS;
    }
    if (EV_SENDS_DATE_HEADER_GUESS) headers.Date = new Date(req.env.now()).toUTCString();
    return { ...response, headers };
  },
};
