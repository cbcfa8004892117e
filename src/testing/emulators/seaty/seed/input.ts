/**
 * What the Seaty seed builders take (normalized-style input plus Seaty's own fields), and how an input is checked: a
 * key a builder does not know is a `ConfigError` naming it (a typo would otherwise seed defaults silently), and so is a
 * value Seaty cannot hold as given (the testing kit's own argument is wrong); a whole feature Seaty lacks is an
 * `UnsupportedCapabilityError`.
 */
import { ConfigError, UnsupportedCapabilityError, type Money } from '../../../framework/contract.js';
import {
  assertSeedKeys,
  parseInstant,
  type SeedEventDateInput,
  type SeedEventInput,
  type SeedOrderInput,
  type SeedOrderLineInput,
  type SeedTicketTypeInput,
} from '../../../framework/index.js';
import { SEATY_PROVIDER } from '../wire.js';

/** A Seaty event to seed: the common fields plus Seaty's own. */
export interface SeatySeedEventInput extends SeedEventInput {
  /** Seaty's `currency_symbol` (default `£`); any other symbol makes the client's money `null`. */
  currencySymbol?: string | null;
  /** Who can find the event: listed `public`, `unlisted` (by link) or `private` (default `public`). */
  visibility?: 'public' | 'unlisted' | 'private';
  /** `buying_enabled` (default `true`). */
  buyingEnabled?: boolean;
  /** Seaty's event `type` (default `null`). */
  type?: string | null;
  /** Seaty's numeric venue id, or `null` (default). */
  venueId?: number | null;
}

/** A Seaty performance (event date) to seed, with Seaty's own flags. */
export interface SeatySeedEventDateInput extends SeedEventDateInput {
  /** Seaty's `sold_out` flag (default `false`). */
  soldOut?: boolean | null;
  /** Seaty's `sales_suspended` flag: sales paused for this date. */
  salesSuspended?: boolean | null;
  /** Seaty's `time_type` (undocumented meaning; default 1). */
  timeType?: number;
  /** Heading of the buyer information text. */
  informationHeader?: string | null;
  /** Buyer information text shown for this date. */
  information?: string | null;
}

/** A Seaty ticket category to seed, with Seaty's own fields. */
export interface SeatySeedTicketTypeInput extends SeedTicketTypeInput {
  /** `people`: how many one ticket admits (default 1). */
  admits?: number;
  /** Hidden from buyers (default `false`). */
  hidden?: boolean;
  /** Fewest per order, or `null` for no minimum. */
  minPerOrder?: number | null;
  /** Most per order, or `null` for no maximum. */
  maxPerOrder?: number | null;
  /** Position among the event's categories. */
  sortIndex?: number;
}

/** A Seaty order to seed, with Seaty's own fields (money as in the model). */
export interface SeatySeedOrderInput extends SeedOrderInput {
  /** The buyer's marketing consent, or `null`. */
  allowMarketing?: boolean | null;
  /** The order's notes, or `null`. */
  notes?: string | null;
  /** A discount code applied to the order. */
  discount?: {
    /** The code the buyer entered. */
    code?: string;
    /** The discount taken off the tickets' subtotal. */
    amount: Money;
  };
  /** For `status: 'pending'`: what was paid so far (default nothing). */
  amountPaid?: Money;
}

/** A distinct person to seed (`s.contact`), who appears in `GET /v1/attendees`. */
export interface SeatySeedContactInput {
  /** Their email (default: a generated one). */
  email?: string;
  /** Their name. */
  name?: string;
  /** Marketing consent. */
  allowMarketing?: boolean;
  /** The linked organisation member's email. */
  memberEmail?: string | null;
  /** The event of the order that makes this person a contact (default: the first event, created if none). */
  eventId?: string;
}

/** A seed value Seaty cannot hold as given: a `ConfigError` naming the field (the testing kit's own argument). */
export function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: SEATY_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

/** A feature Seaty does not have at all. */
export function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: SEATY_PROVIDER, capability, message: `seaty cannot hold ${capability}: ${hint}.` });
}

/** Refuses the fields of `input` Seaty has no place for (when given, and not `null`). */
export function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) throw cannotHold(`${capability}.${field}`, hint);
  }
}

/** A calendar day that exists (`Date.parse` rolls `2026-02-30` over into March). */
function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO-8601 instant with `Z` or an offset, as epoch ms; `fallback()` when not given. */
export function instantMs(field: string, value: unknown, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = typeof value === 'string' && isRealDay(value.trim()) ? parseInstant(value) : null;
  if (ms === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return ms;
}

export function nonNegativeInt(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw bad(field, `expected a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** `true`, `false` or `null` where the input may be any of them; anything else names the field. */
export function flag(field: string, value: unknown): boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  throw bad(field, `expected true, false or null, got ${JSON.stringify(value)}`);
}

/** A string (or `null` where allowed); anything else names the field. */
export function text(field: string, value: unknown, nullable = true): string | null {
  if (typeof value === 'string' || (nullable && value === null)) return value as string | null;
  throw bad(field, `expected a string${nullable ? ' or null' : ''}, got ${JSON.stringify(value)}`);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/**
 * A builder's input: `undefined` (when the builder has defaults for everything), else an object with only the keys
 * the builder knows. Anything else is a `ConfigError`, never a `TypeError` from reading it.
 */
export function seedInput<T extends object>(builder: string, input: T | undefined, allowed: readonly string[], optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError({
      provider: SEATY_PROVIDER,
      message: `s.${builder}() takes an object${optional ? ' (or nothing)' : ''}, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.`,
    });
  }
  assertSeedKeys(SEATY_PROVIDER, builder, input, allowed);
  return input;
}

/** The keys of a nested input object (`buyer`, a line, `discount`, a Money), checked as `<path>.<key>`. */
export function nestedKeys(builder: string, path: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError({ provider: SEATY_PROVIDER, message: `s.${builder}(): ${path} must be an object.` });
  }
  const prefixed = Object.fromEntries(Object.keys(value).map((key) => [`${path}.${key}`, true]));
  assertSeedKeys(SEATY_PROVIDER, builder, prefixed, allowed.map((key) => `${path}.${key}`));
}

/**
 * Every key of `T`, checked at compile time: a key added to a builder's input type and not listed here is a type
 * error, so the run-time check never refuses a key the type allows.
 */
function keysOf<T>() {
  return <const K extends ReadonlyArray<keyof T & string>>(
    keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): readonly string[] => keys;
}

export const EVENT_KEYS = keysOf<SeatySeedEventInput>()([
  'name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt',
  'currencySymbol', 'visibility', 'buyingEnabled', 'type', 'venueId',
]);
export const DATE_KEYS = keysOf<SeatySeedEventDateInput>()([
  'eventId', 'name', 'start', 'end', 'soldOut', 'salesSuspended', 'timeType', 'informationHeader', 'information',
]);
export const TICKET_TYPE_KEYS = keysOf<SeatySeedTicketTypeInput>()([
  'eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt',
  'admits', 'hidden', 'minPerOrder', 'maxPerOrder', 'sortIndex',
]);
export const ORDER_KEYS = keysOf<SeatySeedOrderInput>()([
  'eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt', 'allowMarketing', 'notes', 'discount', 'amountPaid',
]);
export const BUYER_KEYS = keysOf<NonNullable<SeatySeedOrderInput['buyer']>>()(['name', 'email', 'phone']);
export const LINE_KEYS = keysOf<SeedOrderLineInput>()(['ticketTypeId', 'quantity']);
export const DISCOUNT_KEYS = keysOf<NonNullable<SeatySeedOrderInput['discount']>>()(['code', 'amount']);
export const MONEY_KEYS = keysOf<Money>()(['amount', 'currency']);
export const CONTACT_KEYS = keysOf<SeatySeedContactInput>()(['email', 'name', 'allowMarketing', 'memberEmail', 'eventId']);
export const API_KEY_KEYS = ['scopes'] as const;
export const READ_LIMIT_KEYS = ['perMinute'] as const;
