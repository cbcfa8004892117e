/**
 * What every Event Schedule seed builder shares: the emulator it writes to, the checks of its argument (an unknown
 * key or a bad value is a `ConfigError`, the testing kit's own argument error; a value the vendor cannot hold is an
 * `UnsupportedCapabilityError`), and the lookups of seeded rows.
 */
import { ConfigError, UnsupportedCapabilityError } from '../../../framework/contract.js';
import { assertSeedKeys, splitIdParts } from '../../../framework/index.js';
import { firstOccurrenceDate, liveTickets, viewOf, type EsEnv, type EsState } from '../state.js';
import { ES_PROVIDER, isYmd, type EsEventRow, type EsTicketRow, type ViewContext } from '../wire.js';

/** The emulator a seeder writes to. */
export interface SeedContext {
  env: EsEnv;
  state: EsState;
  view: ViewContext;
  /** Buyers numbered for default names and emails. */
  buyers: number;
}

export function seedContext(env: EsEnv): SeedContext {
  return { env, state: env.state, view: viewOf(env.state), buyers: 0 };
}

/** The keys each builder accepts (anything else is a `ConfigError` naming it). */
export const SEED_KEYS = {
  event: ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt', 'schedule', 'recurring', 'recurringFrequency', 'daysOfWeek', 'ticketsEnabled', 'paymentMethod', 'talent'],
  talent: ['name', 'email', 'youtubeUrl'],
  eventDate: ['eventId', 'name', 'start', 'end'],
  ticketType: ['eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt'],
  price: ['amount', 'currency'],
  order: ['eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt'],
  buyer: ['name', 'email', 'phone'],
  line: ['ticketTypeId', 'quantity'],
  attendee: ['eventId', 'orderId', 'ticketTypeId', 'name', 'email', 'phone', 'company', 'jobTitle', 'status', 'checkedIn', 'createdAt'],
  schedule: ['name', 'type', 'timezone', 'plan', 'address1', 'city', 'email', 'youtubeUrl'],
  rateLimits: ['reads', 'writes'],
  feedback: ['eventId', 'eventDateId', 'rating', 'comment', 'attendeeName', 'attendeeEmail', 'createdAt'],
  fanContent: ['eventId', 'type', 'comment', 'photoUrl', 'youtubeUrl', 'submittedBy', 'guest', 'approved', 'eventDateId', 'eventPartId', 'createdAt'],
} as const;

function described(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : String(value);
}

/** Refuses an argument that is not an object, and its unknown keys (a `ConfigError`). */
export function seedKeys(builder: keyof typeof SEED_KEYS, input: unknown, optional = false): void {
  if (input === undefined && optional) return;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError({ provider: ES_PROVIDER, message: `s.${builder}() takes an object, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.` });
  }
  assertSeedKeys(ES_PROVIDER, builder, input, SEED_KEYS[builder]);
}

/** A seed argument the emulator cannot hold as given: the kit's own argument error (a `ConfigError`). */
export function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: ES_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

export function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: ES_PROVIDER, capability, message: `event-schedule cannot hold ${capability}: ${hint}.` });
}

/** A text value: absent stays absent (`undefined`); with `nullable`, `null` is kept. */
export function text(field: string, value: unknown, nullable = false): string | null | undefined {
  if (value === undefined || (nullable && value === null) || typeof value === 'string') return value as string | null | undefined;
  throw bad(field, `expected a string${nullable ? ' or null' : ''}, got ${described(value)}`);
}

export function flag(field: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw bad(field, `expected true or false, got ${described(value)}`);
}

/** One of `options` (own keys of a table, or the listed values), or absent. */
export function oneOf<T extends string>(field: string, value: unknown, options: readonly T[]): T | undefined {
  if (value === undefined || (typeof value === 'string' && (options as readonly string[]).includes(value))) return value as T | undefined;
  throw bad(field, `expected one of ${options.join(', ')}, got ${described(value)}`);
}

/** An entry of a status table (never an inherited key such as `toString`). */
export function tableValue<V>(table: Partial<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** An integer of at least `min`, or absent. */
export function count(field: string, value: unknown, min: number): number | undefined {
  if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= min)) return value as number | undefined;
  throw bad(field, `expected an integer of at least ${min}, got ${described(value)}`);
}

/** An instant with `Z` or an offset, in ms (`fallback` when absent). */
export function instantMs(field: string, value: unknown, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = typeof value === 'string' && /(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${described(value)}`);
  return ms;
}

/** Refuses fields the vendor has no place for (an `UnsupportedCapabilityError`). */
export function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) throw cannotHold(`${capability}.${field}`, hint);
  }
}

export function eventOrThrow(c: SeedContext, eventId: unknown): EsEventRow {
  if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
  const event = c.state.events.get(eventId);
  if (!event) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
  return event;
}

export function ticketOrThrow(event: EsEventRow, id: unknown, field = 'ticketTypeId'): EsTicketRow {
  const parts = typeof id === 'string' ? splitIdParts(id, 2) : null;
  const ticket = parts && parts[0] === event.id ? liveTickets(event).find((t) => t.id === parts[1]) : undefined;
  if (!ticket) throw bad(field, `no ticket type ${described(id)} on event ${event.id}`);
  return ticket;
}

/** The occurrence date of a sale (or a rating): a single event's own date, a recurring event's given or first one. */
export function saleDate(c: SeedContext, event: EsEventRow, eventDateId: unknown): string {
  const first = firstOccurrenceDate(c.state, event)!;
  if (eventDateId === undefined) return first;
  if (event.schedule_type !== 'recurring') {
    if (eventDateId !== event.id) throw bad('eventDateId', `a single event has one date, whose id is the event's (${event.id})`);
    return first;
  }
  const parts = typeof eventDateId === 'string' ? splitIdParts(eventDateId, 2) : null;
  if (!parts || parts[0] !== event.id || !isYmd(parts[1])) throw bad('eventDateId', `not an occurrence of event ${event.id}: ${described(eventDateId)}`);
  return parts[1]!;
}
