/**
 * The Event Vault route table: the nine documented endpoints (docs/vendors/event-vault.md, "Endpoints"). Writes are
 * POST with a JSON body and answer plain text; reads are GET (inputs in the query) and answer JSON arrays, whole.
 */
import { EmulatorHttpError, json, type EmulatorRequest, type EmulatorResponse, type RouteDef } from '../../framework/index.js';
import { addGuest, guestKey, hasGuest, removeGuest, ticketKey, upsertTicket, type EvClientState, type EvEventState, type EvState } from './state.js';
import {
  EV_ADD_TICKET_REQUIRES_GUEST_GUESS,
  EV_EMPTY_INPUT_IS_MISSING_GUESS,
  EV_MISSING_INPUT_TEXT,
  EV_REMOVE_GUEST_DROPS_TICKETS_GUESS,
  EV_TEXT,
  guestWire,
  type EventVaultOperation,
  type EvGuestFields,
} from './wire.js';

/** What `authenticate` hands the handlers: the client and the event of `x-event-id`. */
export interface EvAuth {
  client: EvClientState;
  event: EvEventState;
}

type Req = EmulatorRequest<EvState>;
/** A route of one of the nine operations. */
type Route = RouteDef<EvState, EvAuth> & { op: EventVaultOperation };

const text = (body: string): EmulatorResponse => ({ status: 200, body });

/** A documented "must include" 400 for the request's operation. */
function missingInput(req: Req): EmulatorHttpError {
  return new EmulatorHttpError(400, EV_MISSING_INPUT_TEXT[req.op as EventVaultOperation] ?? EV_TEXT.missingEmailBody);
}

/** A required string input: present (the vendor documents no other check of its inputs). */
function required(value: unknown, req: Req): string {
  if (typeof value !== 'string' || (EV_EMPTY_INPUT_IS_MISSING_GUESS && value === '')) throw missingInput(req);
  return value;
}

function body(req: Req): Record<string, unknown> {
  return req.json !== null && typeof req.json === 'object' && !Array.isArray(req.json) ? (req.json as Record<string, unknown>) : {};
}

function optional(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const eventVaultRoutes: ReadonlyArray<Route> = [
  {
    method: 'POST',
    path: '/addGuest',
    op: 'attendees.create',
    handler(req, { event }) {
      const b = body(req);
      const email = required(b.userEmail, req);
      if (hasGuest(event, email)) throw new EmulatorHttpError(409, EV_TEXT.guestExists);
      const fields: EvGuestFields = {
        name: optional(b.name),
        role: optional(b.role),
        company: optional(b.company),
        phone: optional(b.phone),
        url: optional(b.url),
        country: optional(b.country),
      };
      addGuest(event, guestWire(email, fields));
      req.env.stamp();
      return text(EV_TEXT.guestAdded);
    },
  },
  {
    method: 'POST',
    path: '/removeGuest',
    op: 'attendees.delete',
    handler(req, { event }) {
      const email = required(body(req).userEmail, req);
      if (!removeGuest(event, email, EV_REMOVE_GUEST_DROPS_TICKETS_GUESS)) throw new EmulatorHttpError(404, EV_TEXT.guestNotFound);
      req.env.stamp();
      return text(EV_TEXT.guestRemoved);
    },
  },
  {
    method: 'POST',
    path: '/addTicket',
    op: 'tickets.grant',
    handler(req, { event }) {
      const b = body(req);
      const email = required(b.userEmail, req);
      const tier = required(b.ticketType, req);
      if (EV_ADD_TICKET_REQUIRES_GUEST_GUESS && !hasGuest(event, email)) throw new EmulatorHttpError(404, EV_TEXT.guestNotFound);
      upsertTicket(event, { EMAIL: email, TIER: tier, sessionId: optional(b.sessionId) ?? '' });
      req.env.stamp();
      return text(EV_TEXT.ticketCreated);
    },
  },
  {
    method: 'POST',
    path: '/removeTicket',
    op: 'tickets.revoke',
    handler(req, { event }) {
      const b = body(req);
      const email = required(b.userEmail, req);
      const tier = required(b.ticketType, req);
      if (!event.tickets.delete(ticketKey(email, tier))) throw new EmulatorHttpError(404, EV_TEXT.ticketNotFound);
      req.env.stamp();
      return text(EV_TEXT.ticketRemoved);
    },
  },
  {
    method: 'GET',
    path: '/getGuestCount',
    op: 'guests.count',
    handler: (_req, { event }) => json(200, { guestCount: event.guests.size, maxAssignedUsers: event.maxAssignedUsers }),
  },
  {
    method: 'GET',
    path: '/getGuests',
    op: 'attendees.list',
    // No pagination: always the whole list (`pageSize` does not apply to a vendor without pages).
    handler: (_req, { event }) => json(200, [...event.guests.values()]),
  },
  {
    method: 'GET',
    path: '/getGuestTickets',
    op: 'tickets.listByGuest',
    handler(req, { event }) {
      const email = required(req.query.get('userEmail'), req);
      // An unknown email is not a 404: an empty array (inferred from "empty array if none found").
      return json(200, [...event.tickets.values()].filter((t) => guestKey(t.EMAIL) === guestKey(email)));
    },
  },
  {
    method: 'GET',
    path: '/getTicketsByType',
    op: 'tickets.listByType',
    handler(req, { event }) {
      const tier = required(req.query.get('ticketType'), req);
      return json(200, [...event.tickets.values()].filter((t) => t.TIER === tier));
    },
  },
  {
    method: 'GET',
    path: '/getAllTickets',
    op: 'tickets.list',
    handler: (_req, { event }) => json(200, [...event.tickets.values()]),
  },
];
