/**
 * Vendor-only: the access tickets guests hold, keyed by (event, email, type) (docs/vendors/event-vault.md, "What maps
 * to what"). `addTicket` is an upsert; the removals read the vendor's "gone" 404 (see ./removals.ts).
 */
import type { APIPromise } from '../../../core/api-promise.js';
import { mapResult } from '../../../core/compose.js';
import type { ListParams } from '../../../core/model.js';
import type { PagePromise } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { callOptions, eventOf, guestOf, ticketOf, EV_PROVIDER, type EventVaultContext } from '../context.js';
import { EV_READS, EV_WRITES } from '../endpoints.js';
import { eventVaultIds, sessionIdOf, ticketTypeOf } from '../ids.js';
import { pageReader, slicedList, validItems } from '../listing.js';
import { eventScope, normalizeTicket, type EventVaultTicket } from '../normalize.js';
import type { EvTicket } from '../schemas.js';
import { revokeTicket, tolerating, type EventVaultRemovedTicket } from './removals.js';
import { parseTicket } from './ticket-types.js';

/** The filters `tickets.list` honours. */
export const EV_TICKET_FILTERS = ['eventId', 'attendeeId', 'email', 'ticketType'] as const;
/** The keys of a ticket reference (`tickets.revoke`, `tickets.ensureRevoked`). */
const TICKET_REF_KEYS = ['attendeeId', 'email', 'eventId', 'ticketType'] as const;
/** The keys of `tickets.grant` input. */
const GRANT_KEYS = [...TICKET_REF_KEYS, 'sessionId'] as const;

/** A guest's ticket, named by the guest (`attendeeId`, or `email` + optional `eventId`) and the type. */
export interface EventVaultTicketRef {
  /** The guest's normalized id (from `attendees.list/get/create`). */
  attendeeId?: string;
  /** Or the guest's email (with `eventId`, default the configured event). */
  email?: string;
  /** With `email`: the event (default: the configured one). */
  eventId?: string;
  /** The ticket type, e.g. `ENTRY`, `VIP`. */
  ticketType: string;
}

/** The input of `tickets.grant`: the guest, the ticket type and the session it admits to. */
export interface EventVaultGrantTicketInput extends EventVaultTicketRef {
  /** The session the ticket admits to; omit (or `null`) for general admission. */
  sessionId?: string | null;
}

/** The filters of `tickets.list` (one read fetches the whole array; paging is client-side). */
export interface EventVaultTicketListParams extends ListParams {
  /** Default: the configured event (or the attendee's). */
  eventId?: string;
  /** One guest's tickets. */
  attendeeId?: string;
  /** One guest's tickets, by email. */
  email?: string;
  /** Tickets of one type. */
  ticketType?: string;
}

/** `client.tickets` (Event Vault only): the access tickets guests hold, keyed by (event, email, type). */
export interface EventVaultTicketsResource {
  /** Tickets of the event, of one guest, or of one type: the whole array fetched once, sliced client-side. */
  list(params?: EventVaultTicketListParams, options?: RequestOptions): PagePromise<EventVaultTicket>;
  /** `addTicket`: gives the guest a ticket of that type, replacing the one they held (an upsert). */
  grant(input: EventVaultGrantTicketInput, options?: RequestOptions): APIPromise<EventVaultTicket>;
  /**
   * `removeTicket`: `NotFoundError` (`ticket_not_found`) when the guest holds no ticket of that type. When an earlier
   * attempt of this call may have removed it and the retry answers `ticket_not_found`, it resolves as removed.
   */
  revoke(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
  /** `removeTicket` that treats the vendor's `ticket_not_found` 404 as success (`existed: false`). */
  ensureRevoked(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
}

/** The listing of `tickets.list`: which read, and the type to keep (`null`: every ticket the read returns). */
function ticketListing(ctx: EventVaultContext, params: EventVaultTicketListParams, options: RequestOptions | undefined): PagePromise<EventVaultTicket> {
  const byGuest = params.attendeeId !== undefined || params.email !== undefined;
  const { eventId, email } = byGuest ? guestOf(ctx, params) : { eventId: eventOf(ctx, params.eventId), email: null };
  const type = params.ticketType === undefined ? null : ticketTypeOf(params.ticketType);
  const scope = eventScope(eventId);
  return slicedList<unknown, EventVaultTicket>({
    ctx,
    resource: 'tickets',
    filters: { eventId, email, ticketType: type },
    params,
    options,
    source: email !== null ? 'GET /getGuestTickets' : type !== null ? 'GET /getTicketsByType' : 'GET /getAllTickets',
    load: (opts) => {
      if (email !== null) return ctx.api.readArray(EV_READS.getGuestTickets, eventId, { userEmail: email }, opts);
      if (type !== null) return ctx.api.readArray(EV_READS.getTicketsByType, eventId, { ticketType: type }, opts);
      return ctx.api.readArray(EV_READS.getAllTickets, eventId, undefined, opts);
    },
    // A type filter looks at every ticket's type: all are validated once, then the kept ones are sliced.
    prepare: type === null ? undefined : (items) => validItems(items, parseTicket).filter((t: EvTicket) => t.TIER === type),
    page: pageReader(parseTicket, normalizeTicket, scope),
  });
}

export function ticketsResource(ctx: EventVaultContext): EventVaultTicketsResource {
  return {
    list: (params: EventVaultTicketListParams = {}, options) => {
      assertListParams(EV_PROVIDER, 'tickets.list', params, EV_TICKET_FILTERS);
      return ticketListing(ctx, params ?? {}, options);
    },
    grant: (input: EventVaultGrantTicketInput, options) => {
      const opts = callOptions(options);
      const { eventId, email, ticketType } = ticketOf(ctx, input, GRANT_KEYS, 'tickets.grant');
      const sessionId = sessionIdOf(input.sessionId);
      const body = { userEmail: email, ticketType, ...(sessionId !== null ? { sessionId } : {}) };
      return mapResult(EV_PROVIDER, 'write', ctx.api.write(EV_WRITES.addTicket, body, eventId, opts), (reply) => {
        const ticket = normalizeTicket({ EMAIL: email, TIER: ticketType, sessionId: sessionId ?? '' }, eventScope(eventId), { ...ctx.normalizeContext(opts), raw: false });
        return opts?.raw ? { ...ticket, raw: reply } : ticket;
      });
    },
    revoke: (input, options) => revokeTicket(ctx, ticketOf(ctx, input, TICKET_REF_KEYS, 'tickets.revoke'), options),
    ensureRevoked: (input, options) => {
      const ticket = ticketOf(ctx, input, TICKET_REF_KEYS, 'tickets.ensureRevoked');
      const id = eventVaultIds.ticket(ticket.eventId, ticket.email, ticket.ticketType);
      return tolerating('ticket_not_found', () => revokeTicket(ctx, ticket, options), { id, deleted: true, existed: false });
    },
  };
}
