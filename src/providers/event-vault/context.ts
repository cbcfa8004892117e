/**
 * What the Event Vault resources need of the client (and nothing more): the native layer, the configured event, and
 * the normalize context of a call. Plus the argument checks several resources share: the event a call works on, the
 * guest and the ticket a reference names, and the per-call options of a normalized call.
 */
import { ValidationError } from '../../core/errors.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { assertRequestOptions } from '../../core/options.js';
import type { RequestOptions } from '../../core/pipeline.js';
import { assertKnownKeys } from '../../core/strict.js';
import type { EventVaultNative } from './endpoints.js';
import { emailOf, eventIdOf, parseAttendeeId, ticketTypeOf, type GuestKey } from './ids.js';

export const EV_PROVIDER = 'event-vault' as const;

/** The narrow view of the client the resources are written against. */
export interface EventVaultContext {
  /** The native layer, unguarded (its errors reach the resource as they are; the resource is guarded). */
  readonly api: EventVaultNative;
  /** The configured event (the default `x-event-id`). */
  readonly eventId: string;
  /** The normalize context of one call: `raw` from its options, warnings to the client's log. */
  normalizeContext(options: RequestOptions | undefined): NormalizeContext;
}

/** A guest's ticket of one type. */
export type TicketKey = GuestKey & { ticketType: string };

/**
 * The per-call options of a normalized call: the common `RequestOptions` only. The native layer's `eventId` option is
 * refused here (the event of a normalized call belongs in its params or its id).
 */
export function callOptions(options: RequestOptions | undefined): RequestOptions | undefined {
  assertRequestOptions(EV_PROVIDER, options);
  return options;
}

/** A checked event id, or the configured event when none is given. */
export function eventOf(ctx: EventVaultContext, eventId: unknown): string {
  return eventId === undefined ? ctx.eventId : eventIdOf(eventId);
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError({ provider: EV_PROVIDER, message: `Invalid ${field}: ${message}.`, fields: [{ field, message }] });
}

/** The guest a ticket call is about: `attendeeId`, or `email` (+ `eventId`). */
export function guestOf(ctx: EventVaultContext, ref: { attendeeId?: unknown; email?: unknown; eventId?: unknown }): GuestKey {
  if (ref.attendeeId !== undefined) {
    if (ref.email !== undefined) throw invalid('email', 'give either attendeeId or email, not both');
    const guest = parseAttendeeId(ref.attendeeId, 'attendeeId');
    if (ref.eventId !== undefined && eventIdOf(ref.eventId) !== guest.eventId) {
      throw invalid('eventId', 'the attendee id belongs to another event');
    }
    return guest;
  }
  if (ref.email === undefined) {
    throw new ValidationError({
      provider: EV_PROVIDER,
      message: 'Invalid attendeeId: give the guest as attendeeId (or email, with an optional eventId).',
      fields: [{ field: 'attendeeId', message: 'required (or email)' }],
    });
  }
  return { eventId: eventOf(ctx, ref.eventId), email: emailOf(ref.email) };
}

/** The ticket a reference names, checked: an object of `allowed` keys naming the guest and a ticket type. */
export function ticketOf(ctx: EventVaultContext, ref: unknown, allowed: readonly string[], what: string): TicketKey {
  if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) {
    throw new ValidationError({
      provider: EV_PROVIDER,
      message: `Invalid ${what} input: expected an object such as { attendeeId, ticketType }.`,
      fields: [{ field: '(input)', message: 'expected an object' }],
    });
  }
  assertKnownKeys(EV_PROVIDER, `${what} input`, ref, allowed);
  const fields = ref as { attendeeId?: unknown; email?: unknown; eventId?: unknown; ticketType?: unknown };
  return { ...guestOf(ctx, fields), ticketType: ticketTypeOf(fields.ticketType) };
}
