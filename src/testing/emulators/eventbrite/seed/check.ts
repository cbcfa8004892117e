/**
 * Checks of the seed builders' arguments. A bad argument (an unknown key, a value of the wrong type or out of range) is
 * the kit's own argument error, a `ConfigError` naming the field; a value the model allows but Eventbrite cannot hold
 * is an `UnsupportedCapabilityError` (docs/vendors/eventbrite.md, "Emulator: rules and guesses").
 */
import { ConfigError, UnsupportedCapabilityError } from '../../../framework/contract.js';
import { assertSeedKeys, parseInstant } from '../../../framework/index.js';
import { EB_PROVIDER } from '../wire.js';

export function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: EB_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

export function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: EB_PROVIDER, capability, message: `eventbrite cannot hold ${capability}: ${hint}.` });
}

/** The keys each builder takes (anything else is a `ConfigError` naming it and the key meant). */
export const SEED_KEYS = {
  event: ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt', 'isSeries', 'isOnline', 'visibility', 'capacity', 'venue', 'organizationId', 'locale', 'logo'],
  venue: ['name', 'address'],
  eventDate: ['eventId', 'name', 'start', 'end'],
  ticketType: ['eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt', 'donation', 'minPerOrder', 'maxPerOrder', 'hidden', 'salesStart', 'salesEnd'],
  price: ['amount', 'currency'],
  order: ['eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt'],
  buyer: ['name', 'email', 'phone'],
  line: ['ticketTypeId', 'quantity'],
  attendee: ['eventId', 'orderId', 'ticketTypeId', 'name', 'email', 'phone', 'company', 'jobTitle', 'status', 'checkedIn', 'createdAt'],
  organization: ['name'],
  webhook: ['endpointUrl', 'actions', 'eventId', 'organizationId'],
} as const;

/** A builder's argument: an object (or nothing, where `optional`) with only the keys the builder takes. */
export function seedInput<T>(builder: string, input: T | undefined, keys: readonly string[], optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw bad(builder, `expected an object such as { ${keys.slice(0, 3).join(', ')} }, got ${describe(input)}`);
  }
  assertSeedKeys(EB_PROVIDER, builder, input, keys);
  return input;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

/** A string field: `undefined` when left out, else a string (anything else is a `ConfigError`). */
export function optionalText(field: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw bad(field, `expected a string, got ${describe(value)}`);
}

/** A string field that may also be `null`. */
export function nullableText(field: string, value: unknown): string | null | undefined {
  return value === null ? null : optionalText(field, value);
}

/** A boolean field: `undefined` when left out. */
export function optionalFlag(field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw bad(field, `expected true or false, got ${describe(value)}`);
}

/** A field with a fixed set of values: `undefined` when left out. */
export function optionalChoice<T extends string>(field: string, value: unknown, choices: readonly T[]): T | undefined {
  if (value === undefined || (typeof value === 'string' && (choices as readonly string[]).includes(value))) return value as T | undefined;
  throw bad(field, `expected one of ${choices.join(', ')}, got ${describe(value)}`);
}

/** An instant in ms (whole seconds, as Eventbrite datetimes are), or `fallback()` when left out. */
export function instantMs(field: string, value: unknown, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = typeof value === 'string' ? parseInstant(value) : null;
  if (ms === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return Math.floor(ms / 1000) * 1000;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function nonNegativeInt(field: string, value: unknown): number {
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) throw bad(field, `expected a non-negative integer, got ${JSON.stringify(value)}`);
  return value;
}

/** `table[key]` when `key` is one of the table's own keys (never an `Object.prototype` member such as `toString`). */
export function lookup<T>(table: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
