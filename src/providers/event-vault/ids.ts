/**
 * Event Vault ids and id-like inputs (docs/vendors/event-vault.md, "Ids and their rules"). Nothing here goes into a
 * URL path: an event id travels in the `x-event-id` header, a guest's email and a ticket type in the JSON body or
 * the query string. Each is still checked before anything is sent, so that a blank, over-long, control-character or
 * non-string id is a `ValidationError` instead of a request the vendor answers with the wrong event or guest.
 *
 * Normalized ids (the format of `framework/contract.ts`): an event is its `x-event-id`; a guest is (event, email); a
 * ticket type is (event, type); a ticket is (event, email, type). They contain the guest's email: personal data.
 */
import { InputProblem } from '../../core/input.js';
import { composeId, splitIdOrThrow } from '../../internal/ids.js';
import { idProblem } from '../../internal/path.js';

/** A documented or derived syntax an id must have. */
export interface IdPattern {
  test(text: string): boolean;
  description: string;
}

/**
 * Event ids travel in the `x-event-id` header (documented). A header value cannot hold control characters, and
 * `fetch` trims its blanks and refuses characters above U+00FF: an id outside visible ASCII (inner spaces allowed)
 * would reach the vendor changed or fail inside `fetch`, after the call had started.
 */
export const EV_HEADER_VALUE: IdPattern = {
  test: (text) => /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(text),
  description: 'visible ASCII characters without leading or trailing blanks (it is sent in an HTTP header)',
};

/**
 * A guest's key is their email address (documented: "used as the unique identifier"). The vendor documents no
 * further syntax, so only the shape every address has is required: text, `@`, a domain without `@`, and no blanks
 * (emails are sent exactly as given; see docs/vendors/event-vault.md, "Ids and their rules").
 */
export const EV_EMAIL: IdPattern = {
  test: (text) => /^[^\s]+@[^\s@]+$/.test(text),
  description: 'an email address (name@domain, without blanks)',
};

/** Checks one id-like value (see `idProblem`), and `pattern` when given; throws an `InputProblem` naming `field`. */
export function checkedId(value: unknown, field: string, pattern?: IdPattern): string {
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
  if (pattern && !pattern.test(value as string)) throw new InputProblem(field, `expected ${pattern.description}`, value);
  return value as string;
}

/** An event id (`x-event-id`). */
export function eventIdOf(value: unknown, field = 'eventId'): string {
  return checkedId(value, field, EV_HEADER_VALUE);
}

/** A guest's email, used as their key. */
export function emailOf(value: unknown, field = 'email'): string {
  return checkedId(value, field, EV_EMAIL);
}

/** A ticket type (`ENTRY`, `VIP`, ...): free text chosen in the console. */
export function ticketTypeOf(value: unknown, field = 'ticketType'): string {
  return checkedId(value, field);
}

/** A session id, or `null` for general admission (`undefined`, `null` or the vendor's `""`). */
export function sessionIdOf(value: unknown, field = 'sessionId'): string | null {
  if (value === undefined || value === null || value === '') return null;
  return checkedId(value, field);
}

export interface GuestKey {
  eventId: string;
  email: string;
}

/** Splits and checks an attendee id `(event, email)`. */
export function parseAttendeeId(id: unknown, field = 'id'): GuestKey {
  const [eventId, email] = splitIdOrThrow(id, 2, field, 'an Event Vault attendee id') as [string, string];
  return { eventId: partOf(eventId, field, 'event', EV_HEADER_VALUE), email: partOf(email, field, 'email', EV_EMAIL) };
}

/** Splits and checks a ticket type id `(event, type)`. */
export function parseTicketTypeId(id: unknown, field = 'id'): { eventId: string; ticketType: string } {
  const [eventId, ticketType] = splitIdOrThrow(id, 2, field, 'an Event Vault ticket type id') as [string, string];
  return { eventId: partOf(eventId, field, 'event', EV_HEADER_VALUE), ticketType };
}

/** Splits and checks a ticket id `(event, email, type)`. */
export function parseTicketId(id: unknown, field = 'id'): GuestKey & { ticketType: string } {
  const [eventId, email, ticketType] = splitIdOrThrow(id, 3, field, 'an Event Vault ticket id') as [string, string, string];
  return {
    eventId: partOf(eventId, field, 'event', EV_HEADER_VALUE),
    email: partOf(email, field, 'email', EV_EMAIL),
    ticketType,
  };
}

/** The number of parts of a normalized id (to tell an attendee id from a ticket id). */
export function partCount(id: string): number {
  return id.split(':').length;
}

function partOf(part: string, field: string, name: string, pattern: IdPattern): string {
  if (!pattern.test(part)) throw new InputProblem(field, `the ${name} part of this id must be ${pattern.description}`, part);
  return part;
}

/** Normalized ids, built from the vendor's keys (see the module comment). */
export const eventVaultIds = {
  /** An event's normalized id: its Event Vault id. */
  event: (eventId: string) => eventId,
  /** A guest's normalized id, from the event id and the email. */
  attendee: (eventId: string, email: string) => composeId(eventId, email),
  /** A ticket type's normalized id, from the event id and the type (`ENTRY`). */
  ticketType: (eventId: string, ticketType: string) => composeId(eventId, ticketType),
  /** A ticket's normalized id, from the event id, the email and the type. */
  ticket: (eventId: string, email: string, ticketType: string) => composeId(eventId, email, ticketType),
};
