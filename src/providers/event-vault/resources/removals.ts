/**
 * The two removals (`removeGuest`, `removeTicket`) as the normalized layer sends them, and the rules that read their
 * "gone" 404s (docs/vendors/event-vault.md, "Retries and outcomes").
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import { mapResult } from '../../../core/compose.js';
import { NotFoundError, isTicketingError } from '../../../core/errors.js';
import type { Deleted } from '../../../client.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { callOptions, EV_PROVIDER, type EventVaultContext, type TicketKey } from '../context.js';
import { EV_WRITES } from '../endpoints.js';
import { eventVaultIds, parseAttendeeId } from '../ids.js';

/** A removed ticket (`tickets.revoke`, `tickets.ensureRevoked`). */
export interface EventVaultRemovedTicket {
  /** The ticket's normalized id. */
  id: string;
  /** Always `true`: the ticket is gone (or was never there). */
  deleted: true;
  /** `false` when the guest held no ticket of that type (only from `ensureRevoked`). */
  existed: boolean;
}

/** A removal's vendor code for "the thing to remove is not there" (the only 404s that mean "gone"). */
export type GoneCode = 'guest_not_found' | 'ticket_not_found';

/** A result that needed no (successful) request: the facts of the error that proved it. */
function settledBy<T>(data: T, error: { requestId: string | null; attempts: WithResponse<unknown>['attempts'] }): WithResponse<T> {
  return { data, response: null, requestId: error.requestId, attempts: error.attempts, idempotencyKey: null, idempotentReplayed: false };
}

/**
 * Removals are idempotent by key (email, or (email, type)): a repeat of a removal that landed answers the vendor's
 * "gone" 404. So when an earlier attempt of this call may have landed (`outcomeUnknown: true` on the error: a timeout,
 * a dropped answer, a 5xx) and the retry answers that 404, the removal happened. Only the "gone" text counts:
 * `Client not found.` and `Event not found.` are 404s too, and prove nothing about the guest or ticket.
 * (The pipeline's `goneAfterRetry` would take any 404.)
 */
function goneOnRetry<T>(code: GoneCode, removal: APIPromise<T>, removed: T): APIPromise<T> {
  return APIPromise.from(
    removal.withResponse().catch((error: unknown): WithResponse<T> => {
      if (error instanceof NotFoundError && error.vendorCode === code && error.outcomeUnknown === true) return settledBy(removed, error);
      throw error;
    }),
  );
}

/** Runs a removal; the vendor's 404 with `vendorCode` counts as success with `existed: false`. */
export function tolerating<T extends object>(vendorCode: GoneCode, run: () => APIPromise<T>, gone: T): APIPromise<T & { existed: boolean }> {
  return APIPromise.from(
    run()
      .withResponse()
      .then(
        (result): WithResponse<T & { existed: boolean }> => ({ ...result, data: { existed: true, ...result.data } }),
        (error: unknown): WithResponse<T & { existed: boolean }> => {
          if (isTicketingError(error) && error.code === 'not_found' && error.vendorCode === vendorCode) return settledBy({ ...gone, existed: false }, error);
          throw error;
        },
      ),
  );
}

/** `removeGuest` of an attendee id; a retry that finds the guest gone after a maybe-landed attempt is success. */
export function removeGuest(ctx: EventVaultContext, id: string, options: RequestOptions | undefined): APIPromise<Deleted> {
  const { eventId, email } = parseAttendeeId(id);
  const removal = ctx.api.write(EV_WRITES.removeGuest, { userEmail: email }, eventId, callOptions(options));
  const deleted: Deleted = { id, deleted: true };
  return goneOnRetry('guest_not_found', mapResult(EV_PROVIDER, 'write', removal, () => deleted), deleted);
}

/** `removeTicket`; a retry that finds the ticket gone after a maybe-landed attempt is success. */
export function revokeTicket(ctx: EventVaultContext, ticket: TicketKey, options: RequestOptions | undefined): APIPromise<EventVaultRemovedTicket> {
  const { eventId, email, ticketType } = ticket;
  const removed: EventVaultRemovedTicket = { id: eventVaultIds.ticket(eventId, email, ticketType), deleted: true, existed: true };
  const removal = ctx.api.write(EV_WRITES.removeTicket, { userEmail: email, ticketType }, eventId, callOptions(options));
  return goneOnRetry('ticket_not_found', mapResult(EV_PROVIDER, 'write', removal, () => removed), removed);
}
