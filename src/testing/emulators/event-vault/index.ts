/**
 * The Event Vault emulator (vendors/eventvault.md): clients with a registered key own events; guests and
 * tickets per event; all four auth headers checked (missing → the exact 400 text), the 5-minute `x-timestamp`
 * window against the emulator clock (→ 408), duplicate guest → 409, `addTicket` upsert, removes → 404 texts,
 * plain-text write replies and whole-array JSON reads. No pagination: `pageSize` has nothing to cap.
 */
import { EmulatorHttpError, type EmulatorDefinition, type EmulatorRequest, type EmulatorResponse } from '../../framework/index.js';
import { eventVaultRoutes, type EvAuth } from './routes.js';
import { eventVaultSeeder, type EventVaultSeeder } from './seed.js';
import { createEvState, type EvState } from './state.js';
import {
  EV_API_KEY,
  EV_AUTH_CHECK_ORDER,
  EV_BASE_URL,
  EV_CLIENT_ID,
  EV_EVENT_ID,
  EV_MISSING_INPUT_TEXT,
  EV_PROVIDER,
  EV_RATE_LIMIT_TEXT,
  EV_SENDS_DATE_HEADER,
  EV_SERVER_ERROR_TEXT,
  EV_TEXT,
  EV_WINDOW_INCLUSIVE,
  EV_WINDOW_MS,
} from './wire.js';

export type { EventVaultSeeder, EvSeedAttendeeInput, EvSeedTicketInput, EvSeedTicketSpec } from './seed.js';
export type { EvAuth } from './routes.js';
export * as eventVaultWire from './wire.js';

type Req = EmulatorRequest<EvState>;

/** The vendor's body for a status when nothing more specific was given (faults, unknown routes). */
function defaultText(req: Req, status: number): string {
  switch (status) {
    case 400:
      return EV_MISSING_INPUT_TEXT[req.op ?? ''] ?? EV_TEXT.missingHeaders;
    case 403:
      return EV_TEXT.invalidApiKey;
    case 404:
      if (req.op === null) return `Cannot ${req.method} ${req.path}`; // what an unrouted path gets from the server framework
      if (req.op === 'attendees.delete') return EV_TEXT.guestNotFound;
      if (req.op === 'tickets.revoke') return EV_TEXT.ticketNotFound;
      return EV_TEXT.eventNotFound;
    case 408:
      return EV_TEXT.timestampWindow;
    case 409:
      return EV_TEXT.guestExists;
    case 429:
      return EV_RATE_LIMIT_TEXT;
    case 500:
      return EV_SERVER_ERROR_TEXT[req.op ?? ''] ?? 'Internal Server Error';
    default:
      return status >= 500 ? 'Service Unavailable' : 'Bad Request';
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
  for (const check of EV_AUTH_CHECK_ORDER) {
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
        // Milliseconds (documented); a value in seconds reads as 1970 and fails (Gaps #7).
        const sent = /^\d+$/.test(timestamp!.trim()) ? Number(timestamp) : Number.NaN;
        const skew = Math.abs(req.env.now() - sent);
        const inside = EV_WINDOW_INCLUSIVE ? skew <= EV_WINDOW_MS : skew < EV_WINDOW_MS;
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

export const eventVaultEmulator: EmulatorDefinition<EvState, EventVaultSeeder, EvAuth> = {
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
  finalize(req, response) {
    if (!EV_SENDS_DATE_HEADER) return response;
    return { ...response, headers: { ...response.headers, Date: new Date(req.env.now()).toUTCString() } };
  },
};
