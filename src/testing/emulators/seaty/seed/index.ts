/**
 * Seaty seed builders (`s` in `seed: (s) => ...`). Input is normalized-style; each builder stores Seaty's wire objects
 * and returns the normalized entity exactly as the client returns it (docs/vendors/seaty.md, "Emulator: rules and
 * guesses"). One small builder per entity (`event.ts`, `event-date.ts`, `ticket-type.ts`, `order.ts`, `people.ts`);
 * here each input is checked for unknown keys (a `ConfigError` naming the key meant) before its builder runs.
 */
import { ConfigError, type Attendee, type Event, type EventDate, type TicketType } from '../../../framework/contract.js';
import type { BaseSeeder, SeedAttendeeInput } from '../../../framework/index.js';
import type { SeatyEnv } from '../state.js';
import { SEATY_PROVIDER, toContact, toEvent, toEventDate, toOrder, toTicketType, type SeatyContactView, type SeatyOrderView } from '../wire.js';
import { eventOrThrow, seedContext } from './context.js';
import { createDate } from './event-date.js';
import { createEvent } from './event.js';
import {
  API_KEY_KEYS,
  BUYER_KEYS,
  cannotHold,
  CONTACT_KEYS,
  DATE_KEYS,
  DISCOUNT_KEYS,
  EVENT_KEYS,
  LINE_KEYS,
  MONEY_KEYS,
  nestedKeys,
  ORDER_KEYS,
  READ_LIMIT_KEYS,
  seedInput,
  TICKET_TYPE_KEYS,
  type SeatySeedContactInput,
  type SeatySeedEventDateInput,
  type SeatySeedEventInput,
  type SeatySeedOrderInput,
  type SeatySeedTicketTypeInput,
} from './input.js';
import { createOrder } from './order.js';
import { createContact, enforceReadLimit, registerKey } from './people.js';
import { createCategory } from './ticket-type.js';

export type { SeatySeedContactInput, SeatySeedEventDateInput, SeatySeedEventInput, SeatySeedOrderInput, SeatySeedTicketTypeInput } from './input.js';

/** The Seaty seed builders (`s` in `seed: (s) => ...`). */
export interface SeatySeeder extends BaseSeeder {
  /** Adds a Seaty event (`SeatySeedEventInput`). */
  event(input?: SeatySeedEventInput): Event;
  /** Adds a performance to an event. */
  eventDate(input: SeatySeedEventDateInput): EventDate;
  /** Adds a ticket category to an event. */
  ticketType(input: SeatySeedTicketTypeInput): TicketType;
  /** The order as the client returns it (with Seaty's `balance`). */
  order(input: SeatySeedOrderInput): SeatyOrderView;
  /** Unsupported: Seaty's attendees are distinct people; use `s.contact`. */
  attendee(input: SeedAttendeeInput): Attendee;
  /** A distinct person (`GET /v1/attendees`): made by placing an order for them when they have none. */
  contact(input?: SeatySeedContactInput): SeatyContactView;
  /** Registers an API key with these scopes (default `['read']`) and returns it. Other well-formed keys have every scope. */
  apiKey(input?: { scopes?: string[] }): string;
  /** Turns on the documented read limit (default 60 a minute): the next read over it gets a 429 with `Retry-After`. */
  enforceReadLimit(input?: { perMinute?: number }): void;
}

export function seatySeeder(env: SeatyEnv): SeatySeeder {
  const seed = seedContext(env);
  return {
    event: (input) => toEvent(createEvent(seed, seedInput('event', input, EVENT_KEYS, true)).wire),
    eventDate: (input) => toEventDate(createDate(seed, seedInput('eventDate', input, DATE_KEYS, false))),
    ticketType: (input) => {
      seedInput('ticketType', input, TICKET_TYPE_KEYS, false);
      nestedKeys('ticketType', 'price', input.price, MONEY_KEYS);
      const category = createCategory(seed, input);
      return toTicketType(category, eventOrThrow(seed, input.eventId).wire);
    },
    order: (input) => {
      checkOrderKeys(input);
      const row = createOrder(seed, input);
      return toOrder(row.wire, env.state.events.get(row.eventId)!.wire);
    },
    attendee: (): Attendee => {
      throw cannotHold('attendee', "Seaty's attendees are distinct people, not tickets: use s.contact (read with client.contacts.list())");
    },
    contact: (input) => toContact(createContact(seed, seedInput('contact', input, CONTACT_KEYS, true))),
    apiKey: (input) => registerKey(seed, seedInput('apiKey', input, API_KEY_KEYS, true).scopes),
    enforceReadLimit: (input) => enforceReadLimit(seed, seedInput('enforceReadLimit', input, READ_LIMIT_KEYS, true).perMinute),
  };
}

/** An order's keys, nested ones included (`buyer.emial` → "did you mean buyer.email?"). */
function checkOrderKeys(input: SeatySeedOrderInput): void {
  seedInput('order', input, ORDER_KEYS, false);
  nestedKeys('order', 'buyer', input.buyer, BUYER_KEYS);
  if (input.lines !== undefined && !Array.isArray(input.lines)) {
    throw new ConfigError({ provider: SEATY_PROVIDER, message: 's.order(): lines must be an array of { ticketTypeId, quantity? }.' });
  }
  input.lines?.forEach((line, i) => nestedKeys('order', `lines[${i}]`, line, LINE_KEYS));
  nestedKeys('order', 'discount', input.discount, DISCOUNT_KEYS);
  nestedKeys('order', 'discount.amount', input.discount?.amount, MONEY_KEYS);
  nestedKeys('order', 'amountPaid', input.amountPaid, MONEY_KEYS);
}
