/**
 * The declared contract between the emulators and the adapters: the only module under `src/testing/emulators/**`
 * may import besides the framework. It holds what both sides must agree on by definition, never an implementation
 * they could share a bug through:
 * - the normalized model's types (what seed builders return is exactly what the client returns),
 * - the public error classes the kit throws,
 * - the normalized id format, written here on its own. `test/testing/id-contract.test.ts` checks it against the
 *   adapters' implementation from both sides.
 *
 * Normalized id format: the vendor key when it routes `get` by itself; else the parts needed to route it joined with
 * `:`, each part percent-encoded (`encodeURIComponent`) unless it holds only the URI "unreserved" marks
 * (`A-Z a-z 0-9 _ . ! ~ * ' ( ) -`).
 */
export type {
  Attendee,
  AttendeeStatus,
  Event,
  EventDate,
  EventStatus,
  Order,
  OrderLine,
  OrderStatus,
  TicketType,
} from '../../core/model.js';
export type { Money } from '../../core/money.js';
export type { ProviderId } from '../../core/errors.js';
export { ConfigError, UnsupportedCapabilityError, ValidationError } from '../../core/errors.js';

const PLAIN_PART = /^[A-Za-z0-9_.!~*'()-]*$/;

/** Joins id parts into a normalized id (see the format above). */
export function joinIdParts(...parts: Array<string | number>): string {
  return parts.map((part) => (PLAIN_PART.test(String(part)) ? String(part) : encodeURIComponent(String(part)))).join(':');
}

/** Splits a normalized id into exactly `count` decoded parts, or `null` when it is not of that shape. */
export function splitIdParts(id: string, count: number): string[] | null {
  const parts = id.split(':');
  if (parts.length !== count || parts.includes('')) return null;
  try {
    return parts.map(decodeURIComponent);
  } catch {
    return null;
  }
}
