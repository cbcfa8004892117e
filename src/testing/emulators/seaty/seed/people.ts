/** `s.contact()`, `s.apiKey()` and `s.enforceReadLimit()`: the people, keys and limits a test may need. */
import { padded } from '../../../framework/index.js';
import type { EventRow } from '../state.js';
import { SCOPE_READ, SCOPE_WRITE_PAYMENTS, SEATY_READS_PER_MINUTE, type AttendeeWire } from '../wire.js';
import { eventOrThrow, type SeedContext } from './context.js';
import { createEvent } from './event.js';
import { bad, text, type SeatySeedContactInput } from './input.js';
import { createOrder } from './order.js';

/** A distinct person: made by placing an order for them when they have none. */
export function createContact(seed: SeedContext, input: SeatySeedContactInput): AttendeeWire {
  const { state } = seed;
  const email = input.email === undefined ? `contact${padded(seed.env.ids.peek('order') + 1, 4)}@example.com` : (text('email', input.email, false) as string);
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw bad('email', `not an email address: ${JSON.stringify(email)}`);
  if (input.name !== undefined) text('name', input.name, false);
  if (input.allowMarketing !== undefined && typeof input.allowMarketing !== 'boolean') throw bad('allowMarketing', `expected a boolean, got ${JSON.stringify(input.allowMarketing)}`);
  const person = email.trim().toLowerCase();
  if (input.memberEmail !== undefined) {
    const member = text('memberEmail', input.memberEmail);
    if (member === null) state.members.delete(person);
    else state.members.set(person, member);
  }
  if (!state.contacts.has(person)) {
    const event = input.eventId !== undefined ? eventOrThrow(seed, input.eventId) : firstEvent(seed);
    createOrder(seed, {
      eventId: String(event.wire.id),
      buyer: { email, ...(input.name !== undefined ? { name: input.name } : {}) },
      allowMarketing: input.allowMarketing ?? false,
    });
  }
  const contact = state.contacts.get(person)!;
  if (input.name !== undefined) contact.attendee_name = input.name;
  if (input.allowMarketing !== undefined) contact.allow_marketing = input.allowMarketing;
  if (input.memberEmail !== undefined) contact.member_email = input.memberEmail;
  return contact;
}

/** The first event seeded (made when there is none). */
function firstEvent(seed: SeedContext): EventRow {
  const oldest = seed.state.eventsNewestFirst.items.at(-1);
  return oldest ? seed.state.events.get(oldest.id)! : createEvent(seed);
}

/** Registers an API key with these scopes (default `['read']`) and returns it. */
export function registerKey(seed: SeedContext, scopes: unknown): string {
  if (scopes !== undefined && !Array.isArray(scopes)) throw bad('scopes', 'expected an array of scope names');
  const granted = (scopes as string[] | undefined) ?? [SCOPE_READ];
  for (const scope of granted) {
    if (scope !== SCOPE_READ && scope !== SCOPE_WRITE_PAYMENTS) throw bad('scopes', `unknown scope ${JSON.stringify(scope)}`);
  }
  const n = ++seed.counters.keys;
  const key = `sk_live_seeded${padded(n, 26)}.signature${padded(n, 13)}`;
  seed.state.keys.set(key, [...granted]);
  return key;
}

/**
 * Enforces the read limit (on by default; this turns it on for a mock made with `rateLimits: false`), at the documented
 * 60 a minute or a test's own lower figure.
 */
export function enforceReadLimit(seed: SeedContext, perMinute: unknown): void {
  const limit = perMinute ?? SEATY_READS_PER_MINUTE;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) throw bad('perMinute', 'a positive integer');
  seed.state.readLimit = { perMinute: limit };
  seed.env.rateLimits.enforced = true;
}
