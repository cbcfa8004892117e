/** What the Seaty seed builders share: the emulator's state and clock, the event tags in use, and lookups by id. */
import type { Money } from '../../../framework/contract.js';
import { newEventRow, type EventRow, type SeatyEnv, type SeatyState } from '../state.js';
import { currencyOf, type EventWire } from '../wire.js';
import { bad, nonNegativeInt } from './input.js';

/** Seaty ids are integers; each kind starts in its own range so that mixing them up never finds a record. */
export const ID_BASE = { event: 1_000, date: 500_000, category: 30_000, order: 2_000_000, ticket: 40_000_000, payment: 80_000_000, discount: 90_000_000 };

export interface SeedContext {
  env: SeatyEnv;
  state: SeatyState;
  /** Event tags in use (a tag names one event's public page). */
  tags: Set<string>;
  /** Buyers made up so far (for default names and emails), and keys registered. */
  counters: { buyers: number; keys: number };
}

export function seedContext(env: SeatyEnv): SeedContext {
  return { env, state: env.state, tags: new Set(), counters: { buyers: 0, keys: 0 } };
}

/** The seeded event an `eventId` names (the id `s.event` returned). */
export function eventOrThrow(seed: SeedContext, eventId: unknown): EventRow {
  if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
  const row = /^\d+$/.test(eventId) ? seed.state.events.get(Number(eventId)) : undefined;
  if (!row) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
  return row;
}

/** A Money in the event's currency, as pence. */
export function penceOf(field: string, event: EventWire, value: Money): number {
  if (value === null || typeof value !== 'object') throw bad(field, `expected { amount, currency }, got ${JSON.stringify(value)}`);
  const amount = nonNegativeInt(`${field}.amount`, value.amount);
  const currency = currencyOf(event.currency_symbol);
  if (currency !== null && String(value.currency).toUpperCase() !== currency) {
    throw bad(`${field}.currency`, `Seaty amounts are pence of the event's currency ${currency} (got ${JSON.stringify(value.currency)})`);
  }
  return amount;
}

/** Stores an event with its (empty) dates and categories. */
export function insertEvent(seed: SeedContext, wire: EventWire): EventRow {
  const row = newEventRow(wire);
  seed.state.events.set(wire.id, row);
  seed.state.eventsNewestFirst.insert(wire);
  return row;
}
