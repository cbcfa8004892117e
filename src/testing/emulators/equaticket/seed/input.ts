/**
 * The arguments of the seed builders: a mistake in a seed is a mistake in the test's setup, so an unknown key, an
 * argument that is not an object or a bad value is a `ConfigError` naming it; a value Equaticket cannot hold at all
 * is an `UnsupportedCapabilityError` (see docs/vendors/equaticket.md, "Emulator: rules and guesses").
 */
import { ConfigError, UnsupportedCapabilityError } from '../../../framework/contract.js';
import { assertSeedKeys, type SeedOrderInput } from '../../../framework/index.js';
import type { ModeStore } from '../state.js';
import { findEvent, type EqEnv } from '../store-ops.js';
import { isoInstant } from '../validate.js';
import { EQ_PROVIDER, type EqEventWire } from '../wire.js';

/** What every builder works with: the emulator's env, and the seeder's own count of default buyers. */
export interface SeedScope {
  env: EqEnv;
  buyers: number;
}

/** A bad seed value (a `ConfigError` naming the field). */
export function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: EQ_PROVIDER, message: `Invalid seed ${field}: ${message}.`, fields: [{ field, message }] });
}

function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: EQ_PROVIDER, capability, message: `equaticket cannot hold ${capability}: ${hint}.` });
}

/** Refuses the fields Equaticket has no place for (`UnsupportedCapabilityError`), when given a value. */
export function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) throw cannotHold(`${capability}.${field}`, hint);
  }
}

/** An instant given as ISO-8601 (with `Z` or an offset) in ms, or `fallback()` when absent. */
export function instantMs(field: string, value: string | undefined, fallback: () => number): number {
  if (value === undefined) return fallback();
  const iso = isoInstant(value);
  if (iso === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return Date.parse(iso);
}

/** Checks an optional instant without taking a stamp (before anything is stored; the stamp is taken later). */
export function checkInstant(field: string, value: string | undefined): void {
  instantMs(field, value, () => 0);
}

/** A count: a non-negative integer, or `null` where `nullable`. */
export function countOrThrow(field: string, value: unknown, nullable = false): void {
  if (value === undefined || (nullable && value === null)) return;
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) {
    throw bad(field, `expected a non-negative integer${nullable ? ' or null' : ''}, got ${JSON.stringify(value)}`);
  }
}

/** An optional string value. */
export function textOrThrow(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') throw bad(field, `expected a string, got ${JSON.stringify(value)}`);
}

/** An optional boolean value (a string such as `'yes'` is refused, never read as `false`). */
export function flagOrThrow(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') throw bad(field, `expected true or false, got ${JSON.stringify(value)}`);
}

/** The keys each builder takes (the framework's seed inputs plus Equaticket's own). */
const SEED_KEYS = {
  event: ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt', 'livemode'],
  eventDate: ['eventId', 'name', 'start', 'end'],
  ticketType: ['eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt'],
  order: ['eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt'],
  orderBuyer: ['name', 'email', 'phone'],
  orderLine: ['ticketTypeId', 'quantity'],
  price: ['amount', 'currency'],
  attendee: ['eventId', 'orderId', 'ticketTypeId', 'name', 'email', 'phone', 'company', 'jobTitle', 'status', 'checkedIn', 'createdAt'],
  webhook: ['url', 'events', 'active', 'livemode'],
  organization: ['plan'],
  refundOrder: ['orderId', 'tickets'],
  checkIn: ['attendeeId'],
} as const;

/**
 * The argument of `s.<builder>()`: an object (or nothing, where the builder takes defaults) with known keys only.
 * Anything else is a `ConfigError` naming the builder (and, for a misspelt key, the key meant).
 */
export function seedInput<T extends object>(builder: keyof typeof SEED_KEYS, input: T | undefined, optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError({
      provider: EQ_PROVIDER,
      message: `s.${builder}() needs an object${optional ? ' (or nothing)' : ''}, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.`,
    });
  }
  assertSeedKeys(EQ_PROVIDER, builder, input, SEED_KEYS[builder]);
  return input;
}

/** `s.order()`'s argument, its buyer and lines included. */
export function orderInput(input: SeedOrderInput | undefined): SeedOrderInput {
  const order = seedInput('order', input, false);
  if (order.buyer !== undefined) {
    seedInput('orderBuyer', order.buyer, false);
    for (const field of ['name', 'email', 'phone'] as const) textOrThrow(`buyer.${field}`, order.buyer[field] ?? undefined);
  }
  if (order.lines !== undefined) {
    if (!Array.isArray(order.lines)) throw new ConfigError({ provider: EQ_PROVIDER, message: 's.order({ lines }) needs an array of { ticketTypeId, quantity }.' });
    for (const line of order.lines) seedInput('orderLine', line, false);
  }
  return order;
}

/** The seeded event an `eventId` names (in either mode), or a `ConfigError`. */
export function eventOrThrow(scope: SeedScope, eventId: unknown): { store: ModeStore; event: EqEventWire } {
  if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
  const found = findEvent(scope.env, eventId);
  if (!found) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
  return found;
}
