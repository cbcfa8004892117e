/**
 * The vendor-only helpers on the client (docs/vendors/event-vault.md, "Retries and outcomes"): `guestCount`, and the
 * "ensure" variants of the writes, which read the vendor's 409 / "gone" 404 as "already done".
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import { mapResult } from '../../../core/compose.js';
import { ConflictError, InvalidResponseError, NotFoundError, ValidationError, isTicketingError, type TicketingError } from '../../../core/errors.js';
import type { Deleted } from '../../../client.js';
import type { Attendee, AttendeeCreateInput } from '../../../core/model.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertKnownKeys } from '../../../core/strict.js';
import { callOptions, eventOf, EV_PROVIDER, type EventVaultContext } from '../context.js';
import { EV_READS, EV_WRITES, type EventVaultWrite } from '../endpoints.js';
import { EV_TEXT } from '../errors.js';
import { eventVaultIds, parseTicketId, partCount } from '../ids.js';
import { eventScope, normalizeGuest, normalizeGuestCount, type EventVaultGuestCount } from '../normalize.js';
import type { EvAddGuestBodySchema, EvGuest } from '../schemas.js';
import { createdGuest, guestBody, type AddGuestFields } from './attendees.js';
import { removeGuest, revokeTicket, tolerating } from './removals.js';

/** What `ensureAttendee` resolves to: the guest, and whether this call added it. */
export interface EventVaultEnsuredAttendee {
  /** The guest as the vendor holds it (read back after a 409), or as `addGuest` created it. */
  attendee: Attendee;
  /**
   * `true` when this call added the guest; `false` when the email was already on the event (its stored card is
   * returned) — or when an earlier attempt of this same call added it before its answer was lost.
   */
  created: boolean;
}

/** The client-level vendor helpers (each guarded by the client). */
export interface EventVaultHelpers {
  guestCount(params?: { eventId?: string }, options?: RequestOptions): APIPromise<EventVaultGuestCount>;
  ensureAttendee(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  ensureAttendeeDeleted(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  /** `ensureAttendee` under the name the vendor's docs suggest. */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  /**
   * Removes a guest (attendee id) or a ticket (ticket id); the vendor's "already gone" 404 is success (`existed:
   * false`).
   */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
}

/**
 * `addGuest` as `ensureAttendee` sends it: retried after a failure that may have landed, because a repeat that finds
 * the guest answers 409, which `ensureAttendee` reads as "the guest is there".
 */
const ENSURE_GUEST: EventVaultWrite<typeof EvAddGuestBodySchema> = { ...EV_WRITES.addGuest, safety: 'safe' };

/**
 * `addGuest` that treats the duplicate-guest 409 as success: it then returns the guest as the vendor holds it, read
 * back with `getGuests`. It never reports a guest it cannot show: when the read-back fails, or does not list the
 * email, it throws (the read's error, or a `NotFoundError`), with `outcomeUnknown` `true` only if an attempt of this
 * call may have added the guest.
 */
function ensureAttendee(ctx: EventVaultContext, input: AttendeeCreateInput, options: RequestOptions | undefined): APIPromise<EventVaultEnsuredAttendee> {
  const opts = callOptions(options);
  const { eventId, body } = guestBody(ctx, input);
  return APIPromise.from(
    (async (): Promise<WithResponse<EventVaultEnsuredAttendee>> => {
      let conflict: ConflictError;
      try {
        const added = await ctx.api.write(ENSURE_GUEST, body, eventId, opts).withResponse();
        return { ...added, data: { attendee: createdGuest(ctx, eventId, body, added.data, opts), created: true } };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        conflict = error;
      }
      return storedAfterConflict(ctx, eventId, body, conflict, opts);
    })(),
  );
}

/** After `addGuest`'s 409: the guest the vendor holds, or an error that says why it cannot be shown. */
async function storedAfterConflict(
  ctx: EventVaultContext,
  eventId: string,
  body: AddGuestFields,
  conflict: ConflictError,
  options: RequestOptions | undefined,
): Promise<WithResponse<EventVaultEnsuredAttendee>> {
  const email = body.userEmail;
  const id = eventVaultIds.attendee(eventId, email);
  // Our write landed only if an attempt before the 409 may have been processed: the pipeline says so on the 409.
  const outcomeUnknown = conflict.outcomeUnknown === true;
  const conflicted = `addGuest answered 409 (${EV_TEXT.guestExists}) for ${id}`;
  let guests: WithResponse<EvGuest[]>;
  try {
    guests = await ctx.api.read(EV_READS.getGuests, eventId, undefined, options).withResponse();
  } catch (cause) {
    const base: TicketingError = isTicketingError(cause) ? cause : new InvalidResponseError({ provider: EV_PROVIDER, message: String(cause), cause });
    throw base.copyWith({ message: `${conflicted}, but reading the guest back failed: ${base.message}`, outcomeUnknown, attempts: [...conflict.attempts, ...base.attempts], cause });
  }
  const attempts = [...conflict.attempts, ...guests.attempts];
  const stored = guests.data.find((g) => g.email === email);
  if (!stored) {
    const other = guests.data.find((g) => g.email.toLowerCase() === email.toLowerCase());
    const hint = other ? ` It lists ${other.email}, which differs only in letter case: the vendor may compare emails without case.` : '';
    throw new NotFoundError({
      provider: EV_PROVIDER,
      vendorCode: 'guest_not_found',
      requestId: guests.requestId,
      outcomeUnknown,
      attempts,
      message: `${conflicted}, but the event's guest list does not hold that email, so ticketkit cannot return the guest the vendor holds.${hint} List the guests to reconcile.`,
    });
  }
  return { ...guests, attempts, data: { attendee: normalizeGuest(stored, eventScope(eventId), ctx.normalizeContext(options)), created: false } };
}

/** The id given to `ensureRemoved` is neither an attendee id nor a ticket id. */
function invalidRemovalId(id: string): ValidationError {
  const message = `${JSON.stringify(id.slice(0, 80))} is not an Event Vault attendee id (event:email) or ticket id (event:email:type)`;
  return new ValidationError({ provider: EV_PROVIDER, message: `Invalid id: ${message}.`, fields: [{ field: 'id', message }] });
}

/** Removes a guest (an attendee id) or a ticket (a ticket id), treating the vendor's "already gone" 404 as success. */
function ensureRemoved(ctx: EventVaultContext, id: string, options: RequestOptions | undefined): APIPromise<Deleted & { existed: boolean }> {
  if (typeof id === 'string' && partCount(id) === 3) {
    const ticket = parseTicketId(id);
    const revoked = tolerating('ticket_not_found', () => revokeTicket(ctx, ticket, options), { id, deleted: true, existed: false });
    // The id as given (an equivalent spelling of its parts stays the caller's).
    return mapResult(EV_PROVIDER, 'write', revoked, (r) => ({ id, deleted: true as const, existed: r.existed }));
  }
  if (typeof id === 'string' && partCount(id) !== 2) throw invalidRemovalId(id);
  return tolerating('guest_not_found', () => removeGuest(ctx, id, options), { id, deleted: true as const });
}

export function eventVaultHelpers(ctx: EventVaultContext): EventVaultHelpers {
  return {
    guestCount: (params = {}, options) => {
      assertKnownKeys(EV_PROVIDER, 'guestCount params', params, ['eventId']);
      const eventId = eventOf(ctx, params?.eventId);
      const opts = callOptions(options);
      const count = ctx.api.read(EV_READS.getGuestCount, eventId, undefined, opts);
      return mapResult(EV_PROVIDER, 'read', count, (c) => normalizeGuestCount(c, eventId, ctx.normalizeContext(opts)));
    },
    ensureAttendee: (input, options) => ensureAttendee(ctx, input, options),
    ensureAttendeeDeleted: (id, options) => tolerating('guest_not_found', () => removeGuest(ctx, id, options), { id, deleted: true as const }),
    ensureGuest: (input, options) => ensureAttendee(ctx, input, options),
    ensureRemoved: (id, options) => ensureRemoved(ctx, id, options),
  };
}
