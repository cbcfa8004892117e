/**
 * Seaty seed builders. Input is normalized-style; each builder stores Seaty's wire objects and returns the
 * normalized entity exactly as the client returns it (docs/vendors/seaty.md, "Emulator: rules and guesses").
 * A key a builder does not know is a `ConfigError` naming it (a typo would otherwise seed defaults silently); a
 * value Seaty cannot hold is a `ValidationError` or, for a whole feature, an `UnsupportedCapabilityError`.
 */
import {
  ConfigError,
  splitIdParts,
  UnsupportedCapabilityError,
  ValidationError,
  type Attendee,
  type Event,
  type EventDate,
  type Money,
  type TicketType,
} from '../../framework/contract.js';
import {
  assertSeedKeys,
  isoUtc,
  padded,
  parseInstant,
  sequentialUuid,
  type BaseSeeder,
  type SeedAttendeeInput,
  type SeedEventDateInput,
  type SeedEventInput,
  type SeedOrderInput,
  type SeedOrderLineInput,
  type SeedTicketTypeInput,
} from '../../framework/index.js';
import { applyPayments, insertOrderRow, newEventRow, type EventRow, type OrderRow, type SeatyEnv } from './state.js';
import {
  currencyOf,
  SCOPE_READ,
  SCOPE_WRITE_PAYMENTS,
  ONLINE_PAYMENT_TYPE_ID_GUESS,
  SEATY_PROVIDER,
  SEATY_READS_PER_MINUTE,
  toContact,
  toEvent,
  toEventDate,
  toOrder,
  toTicketType,
  type CategoryWire,
  type DateWire,
  type EventWire,
  type OrderWire,
  type PaymentWire,
  type SeatyContactView,
  type SeatyOrderView,
  type TicketWire,
} from './wire.js';

/** Seaty ids are integers; each kind starts in its own range so that mixing them up never finds a record. */
const ID_BASE = { event: 1_000, date: 500_000, category: 30_000, order: 2_000_000, ticket: 40_000_000, payment: 80_000_000, discount: 90_000_000 };

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export interface SeatySeedEventInput extends SeedEventInput {
  /** Seaty's `currency_symbol` (default `£`); any other symbol makes the client's money `null`. */
  currencySymbol?: string | null;
  visibility?: 'public' | 'unlisted' | 'private';
  /** `buying_enabled` (default `true`). */
  buyingEnabled?: boolean;
  /** Seaty's event `type` (default `null`). */
  type?: string | null;
  venueId?: number | null;
}

export interface SeatySeedEventDateInput extends SeedEventDateInput {
  soldOut?: boolean | null;
  salesSuspended?: boolean | null;
  /** Seaty's `time_type` (undocumented meaning; default 1). */
  timeType?: number;
  informationHeader?: string | null;
  information?: string | null;
}

export interface SeatySeedTicketTypeInput extends SeedTicketTypeInput {
  /** `people`: how many one ticket admits (default 1). */
  admits?: number;
  hidden?: boolean;
  minPerOrder?: number | null;
  maxPerOrder?: number | null;
  sortIndex?: number;
}

export interface SeatySeedOrderInput extends SeedOrderInput {
  allowMarketing?: boolean | null;
  notes?: string | null;
  /** A discount code applied to the order. */
  discount?: { code?: string; amount: Money };
  /** For `status: 'pending'`: what was paid so far (default nothing). */
  amountPaid?: Money;
}

export interface SeatySeedContactInput {
  email?: string;
  name?: string;
  allowMarketing?: boolean;
  /** The linked organisation member's email. */
  memberEmail?: string | null;
  /** The event of the order that makes this person a contact (default: the first event, created if none). */
  eventId?: string;
}

/** The Seaty seed builders (`s` in `seed: (s) => ...`). */
export interface SeatySeeder extends BaseSeeder {
  event(input?: SeatySeedEventInput): Event;
  eventDate(input: SeatySeedEventDateInput): EventDate;
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

function bad(field: string, message: string): ValidationError {
  return new ValidationError({ provider: SEATY_PROVIDER, message: `Invalid seed ${field}: ${message}.`, fields: [{ field, message }] });
}

function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: SEATY_PROVIDER, capability, message: `seaty cannot hold ${capability}: ${hint}.` });
}

function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
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

function instantMs(field: string, value: unknown, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = typeof value === 'string' && isRealDay(value.trim()) ? parseInstant(value) : null;
  if (ms === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return ms;
}

/**
 * A builder's input: `undefined` (when the builder has defaults for everything), else an object with only the keys
 * the builder knows. Anything else is a `ConfigError`, never a `TypeError` from reading it.
 */
function seedInput<T extends object>(builder: string, input: T | undefined, allowed: readonly string[], optional: boolean): T {
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
function nestedKeys(builder: string, path: string, value: unknown, allowed: readonly string[]): void {
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

const EVENT_KEYS = keysOf<SeatySeedEventInput>()([
  'name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt',
  'currencySymbol', 'visibility', 'buyingEnabled', 'type', 'venueId',
]);
const DATE_KEYS = keysOf<SeatySeedEventDateInput>()([
  'eventId', 'name', 'start', 'end', 'soldOut', 'salesSuspended', 'timeType', 'informationHeader', 'information',
]);
const TICKET_TYPE_KEYS = keysOf<SeatySeedTicketTypeInput>()([
  'eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt',
  'admits', 'hidden', 'minPerOrder', 'maxPerOrder', 'sortIndex',
]);
const ORDER_KEYS = keysOf<SeatySeedOrderInput>()([
  'eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt', 'allowMarketing', 'notes', 'discount', 'amountPaid',
]);
const BUYER_KEYS = keysOf<NonNullable<SeatySeedOrderInput['buyer']>>()(['name', 'email', 'phone']);
const LINE_KEYS = keysOf<SeedOrderLineInput>()(['ticketTypeId', 'quantity']);
const DISCOUNT_KEYS = keysOf<NonNullable<SeatySeedOrderInput['discount']>>()(['code', 'amount']);
const MONEY_KEYS = keysOf<Money>()(['amount', 'currency']);
const CONTACT_KEYS = keysOf<SeatySeedContactInput>()(['email', 'name', 'allowMarketing', 'memberEmail', 'eventId']);
const API_KEY_KEYS = ['scopes'] as const;
const READ_LIMIT_KEYS = ['perMinute'] as const;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'event';
}

function nonNegativeInt(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw bad(field, `expected a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function seatySeeder(env: SeatyEnv): SeatySeeder {
  const state = env.state;

  const eventOrThrow = (eventId: unknown): EventRow => {
    if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
    const row = /^\d+$/.test(eventId) ? state.events.get(Number(eventId)) : undefined;
    if (!row) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
    return row;
  };

  /** A Money in the event's currency, as pence. */
  const penceOf = (field: string, event: EventWire, value: Money): number => {
    const amount = nonNegativeInt(`${field}.amount`, value?.amount);
    const currency = currencyOf(event.currency_symbol);
    if (currency !== null && String(value.currency).toUpperCase() !== currency) {
      throw bad(`${field}.currency`, `Seaty amounts are pence of the event's currency ${currency} (got ${JSON.stringify(value.currency)})`);
    }
    return amount;
  };

  const tags = new Set<string>();

  const createEvent = (input: SeatySeedEventInput = {}): EventRow => {
    rejectPresent(input, ['start', 'end'], 'event', 'Seaty events have no times of their own; their dates do (s.eventDate({ eventId, start }))');
    const status = input.status ?? 'scheduled';
    if (status !== 'scheduled' && status !== 'draft') {
      throw bad('status', `a Seaty event's status follows ticketing_enabled: 'scheduled' or 'draft', not ${JSON.stringify(status)}`);
    }
    if (input.currency !== undefined && String(input.currency).toUpperCase() !== 'GBP') {
      throw bad('currency', 'Seaty gives only a currency symbol and ticketkit maps only £ (GBP); set currencySymbol to test another symbol');
    }
    const timezone = input.timezone ?? 'Europe/London';
    if (!isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
    const n = env.ids.next('event');
    const name = input.name ?? `Sample Event ${n}`;
    let tag = input.slug;
    if (tag !== undefined) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(tag)) throw bad('slug', 'lowercase letters, digits and dashes');
      if (tags.has(tag)) throw bad('slug', `another event already uses ${JSON.stringify(tag)}`);
    } else {
      const base = slugify(name);
      tag = base;
      for (let i = 2; tags.has(tag); i++) tag = `${base}-${i}`;
    }
    tags.add(tag);
    const at = instantMs('createdAt', input.createdAt, env.stamp);
    const visibility = input.visibility ?? 'public';
    const wire: EventWire = {
      id: ID_BASE.event + n,
      tag,
      name,
      organisation_id: state.organisationId,
      type: input.type ?? null,
      description: input.description ?? null,
      date_created: isoUtc(at),
      time_zone_id: timezone,
      venue_id: input.venueId ?? null,
      tour_id: null,
      currency_symbol: input.currencySymbol === undefined ? '£' : input.currencySymbol,
      unlisted: visibility === 'unlisted',
      private: visibility === 'private',
      ticketing_enabled: status === 'scheduled',
      buying_enabled: input.buyingEnabled ?? true,
    };
    const row = newEventRow(wire);
    state.events.set(wire.id, row);
    state.eventsNewestFirst.insert(wire);
    return row;
  };

  const createDate = (input: SeatySeedEventDateInput): DateWire => {
    const event = eventOrThrow(input?.eventId);
    const existing = event.dates.length;
    const created = Date.parse(event.wire.date_created ?? isoUtc(env.now()));
    const start = instantMs('start', input.start, () => created + 30 * DAY + existing * DAY);
    let end: string | null;
    if (input.end === null) end = null;
    else {
      const endMs = instantMs('end', input.end ?? undefined, () => start + 3 * HOUR);
      if (endMs < start) throw bad('end', 'must not be before start');
      end = isoUtc(endMs);
    }
    env.stamp();
    const n = env.ids.next('date');
    const wire: DateWire = {
      id: ID_BASE.date + n,
      event_id: event.wire.id,
      date: isoUtc(start),
      end_date: end,
      time_type: input.timeType ?? 1,
      name: input.name ?? null,
      sold_out: input.soldOut === undefined ? false : input.soldOut,
      suspend: input.salesSuspended === undefined ? false : input.salesSuspended,
      information_header: input.informationHeader ?? null,
      information: input.information ?? null,
    };
    event.dates.insert(wire);
    state.dates.set(wire.id, wire);
    return wire;
  };

  const createCategory = (input: SeatySeedTicketTypeInput): CategoryWire => {
    const event = eventOrThrow(input?.eventId);
    rejectPresent(input, ['quantityTotal', 'createdAt'], 'ticketType', 'Seaty ticket categories have no capacity or creation time');
    if (input.quantitySold !== undefined) throw cannotHold('ticketType.quantitySold', 'sales are counted from orders (s.order)');
    const existing = event.categories.length;
    const price = input.price === undefined ? 1500 : input.price === null ? 0 : penceOf('price', event.wire, input.price);
    env.stamp();
    const n = env.ids.next('category');
    const wire: CategoryWire = {
      id: ID_BASE.category + n,
      name: input.name ?? (existing === 0 ? 'Adult' : `Ticket type ${existing + 1}`),
      description: input.description ?? null,
      price,
      people: input.admits === undefined ? 1 : nonNegativeInt('admits', input.admits),
      sort_index: input.sortIndex ?? existing + 1,
      limit: input.maxPerOrder === undefined || input.maxPerOrder === null ? null : nonNegativeInt('maxPerOrder', input.maxPerOrder),
      minimum_per_order: input.minPerOrder === undefined || input.minPerOrder === null ? null : nonNegativeInt('minPerOrder', input.minPerOrder),
      hidden: input.hidden ?? false,
    };
    event.categories.insert(wire);
    return wire;
  };

  const categoryOrThrow = (event: EventRow, id: string): CategoryWire => {
    const parts = splitIdParts(id, 2);
    const found = parts && parts[0] === String(event.wire.id) ? event.categories.items.find((c) => String(c.id) === parts[1]) : undefined;
    if (!found) throw bad('lines.ticketTypeId', `no ticket type ${JSON.stringify(id)} under event ${event.wire.id}`);
    return found;
  };

  let buyers = 0;
  const createOrder = (input: SeatySeedOrderInput): OrderRow => {
    const event = eventOrThrow(input?.eventId);
    if (input.buyer?.phone !== undefined && input.buyer.phone !== null) throw cannotHold('order.buyer.phone', 'Seaty orders carry no phone number');
    let date: DateWire;
    if (input.eventDateId !== undefined) {
      const found = /^\d+$/.test(input.eventDateId) ? state.dates.get(Number(input.eventDateId)) : undefined;
      if (!found || found.event_id !== event.wire.id) throw bad('eventDateId', `no date ${JSON.stringify(input.eventDateId)} under event ${event.wire.id}`);
      date = found;
    } else {
      date = event.dates.items[0] ?? createDate({ eventId: String(event.wire.id) });
    }
    const lines = (input.lines ?? [null]).map((line) => {
      const quantity = line?.quantity ?? 1;
      if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${quantity}`);
      const category = line === null ? (event.categories.items[0] ?? createCategory({ eventId: String(event.wire.id) })) : categoryOrThrow(event, line.ticketTypeId);
      return { category, quantity };
    });
    if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
    const subtotal = lines.reduce((sum, l) => sum + l.category.price * l.quantity, 0);
    const discount = input.discount ? penceOf('discount.amount', event.wire, input.discount.amount) : 0;
    if (discount > subtotal) throw bad('discount.amount', `cannot exceed the tickets subtotal (${subtotal} pence)`);
    const total = subtotal - discount;
    const status = input.status ?? 'paid';
    const at = instantMs('createdAt', input.createdAt, env.stamp);
    const paidSoFar = input.amountPaid ? penceOf('amountPaid', event.wire, input.amountPaid) : 0;
    if (input.amountPaid && status !== 'pending') throw bad('amountPaid', "only a 'pending' order takes amountPaid (the other statuses set it)");
    const needsMoney = (why: string) => {
      if (total <= 0) throw bad('status', `a free order is always settled, so it cannot be ${why}`);
    };
    if (status === 'pending') {
      needsMoney("'pending'");
      if (paidSoFar >= total) throw bad('amountPaid', `a pending order owes money: pay less than the total (${total} pence)`);
    } else if (status === 'partially_refunded') {
      needsMoney("'partially_refunded'");
      if (total < 2) throw bad('status', 'a partial refund needs a total of at least 2 pence');
    } else if (status === 'refunded') {
      needsMoney("'refunded'");
    } else if (status !== 'paid') {
      throw bad('status', `Seaty orders have no status; it follows from the money: paid, pending, partially_refunded or refunded, not ${JSON.stringify(status)}`);
    }
    const n = env.ids.next('order');
    const buyerNo = ++buyers;
    const ticketCount = lines.reduce((sum, l) => sum + l.quantity, 0);
    const wire: OrderWire = {
      id: ID_BASE.order + n,
      order_guid: sequentialUuid(5, n),
      date: isoUtc(at),
      email: input.buyer?.email ?? `buyer${buyerNo}@example.com`,
      attendee_name: input.buyer?.name ?? `Buyer ${buyerNo}`,
      event_date_id: date.id,
      allow_marketing: input.allowMarketing === undefined ? false : input.allowMarketing,
      ticket_count: ticketCount,
      tickets_subtotal: subtotal,
      discount_total: discount,
      total,
      amount_paid: 0,
      amount_refunded: 0,
      balance: total,
      notes: input.notes ?? null,
      event_name: event.wire.name,
      date_of_event: date.date,
    };
    const row: OrderRow = { wire, eventId: event.wire.id, tickets: [], payments: [], discounts: [] };
    for (const { category, quantity } of lines) {
      for (let i = 0; i < quantity; i++) {
        const ticket: TicketWire = {
          id: ID_BASE.ticket + env.ids.next('ticket'),
          order_id: wire.id,
          ticket_category_id: category.id,
          price: category.price,
          paid: false,
          checked_in: false,
          date_checked_in: null,
          seat: null,
        };
        row.tickets.push(ticket);
      }
    }
    if (input.discount) {
      const d = env.ids.next('discount');
      row.discounts.push({ id: ID_BASE.discount + d, code: input.discount.code ?? `CODE${padded(d, 3)}`, name: null, amount: discount });
    }
    const pay = (amount: number, isRefund: boolean) => {
      const p = env.ids.next('payment');
      const payment: PaymentWire = {
        id: ID_BASE.payment + p,
        guid: sequentialUuid(7, p),
        event_id: event.wire.id,
        payee_email: wire.email!,
        amount,
        type_id: ONLINE_PAYMENT_TYPE_ID_GUESS,
        is_refund: isRefund,
        date_payment_made: `${wire.date.slice(0, 10)}T00:00:00Z`,
        notes: '',
      };
      row.payments.push(payment);
    };
    if (status === 'pending' && paidSoFar > 0) pay(paidSoFar, false);
    if ((status === 'paid' || status === 'partially_refunded' || status === 'refunded') && total > 0) pay(total, false);
    if (status === 'partially_refunded') pay(Math.floor(total / 2), true);
    if (status === 'refunded') pay(total, true);
    applyPayments(row);
    insertOrderRow(state, row);
    return row;
  };

  const firstEvent = (): EventRow => state.eventsNewestFirst.items.at(-1) ? state.events.get(state.eventsNewestFirst.items.at(-1)!.id)! : createEvent();

  let keys = 0;

  return {
    event: (input?: SeatySeedEventInput) => toEvent(createEvent(seedInput('event', input, EVENT_KEYS, true)).wire),
    eventDate: (input: SeatySeedEventDateInput) => toEventDate(createDate(seedInput('eventDate', input, DATE_KEYS, false))),
    ticketType: (input: SeatySeedTicketTypeInput) => {
      seedInput('ticketType', input, TICKET_TYPE_KEYS, false);
      nestedKeys('ticketType', 'price', input.price, MONEY_KEYS);
      const category = createCategory(input);
      return toTicketType(category, eventOrThrow(input.eventId).wire);
    },
    order: (input: SeatySeedOrderInput) => {
      seedInput('order', input, ORDER_KEYS, false);
      nestedKeys('order', 'buyer', input.buyer, BUYER_KEYS);
      if (input.lines !== undefined && !Array.isArray(input.lines)) {
        throw new ConfigError({ provider: SEATY_PROVIDER, message: 's.order(): lines must be an array of { ticketTypeId, quantity? }.' });
      }
      input.lines?.forEach((line, i) => nestedKeys('order', `lines[${i}]`, line, LINE_KEYS));
      nestedKeys('order', 'discount', input.discount, DISCOUNT_KEYS);
      nestedKeys('order', 'discount.amount', input.discount?.amount, MONEY_KEYS);
      nestedKeys('order', 'amountPaid', input.amountPaid, MONEY_KEYS);
      const row = createOrder(input);
      return toOrder(row.wire, state.events.get(row.eventId)!.wire);
    },
    attendee: (): Attendee => {
      throw cannotHold('attendee', "Seaty's attendees are distinct people, not tickets: use s.contact (read with client.contacts.list())");
    },
    contact: (given?: SeatySeedContactInput) => {
      const input = seedInput('contact', given, CONTACT_KEYS, true);
      const email = input.email ?? `contact${padded(env.ids.peek('order') + 1, 4)}@example.com`;
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw bad('email', `not an email address: ${JSON.stringify(email)}`);
      const person = email.trim().toLowerCase();
      if (input.memberEmail !== undefined) {
        if (input.memberEmail === null) state.members.delete(person);
        else state.members.set(person, input.memberEmail);
      }
      if (!state.contacts.has(person)) {
        const event = input.eventId !== undefined ? eventOrThrow(input.eventId) : firstEvent();
        createOrder({
          eventId: String(event.wire.id),
          buyer: { email, ...(input.name !== undefined ? { name: input.name } : {}) },
          allowMarketing: input.allowMarketing ?? false,
        });
      }
      const contact = state.contacts.get(person)!;
      if (input.name !== undefined) contact.attendee_name = input.name;
      if (input.allowMarketing !== undefined) contact.allow_marketing = input.allowMarketing;
      if (input.memberEmail !== undefined) contact.member_email = input.memberEmail;
      return toContact(contact);
    },
    apiKey: (given?: { scopes?: string[] }) => {
      const input = seedInput('apiKey', given, API_KEY_KEYS, true);
      if (input.scopes !== undefined && !Array.isArray(input.scopes)) throw bad('scopes', 'expected an array of scope names');
      const scopes = input.scopes ?? [SCOPE_READ];
      for (const scope of scopes) {
        if (scope !== SCOPE_READ && scope !== SCOPE_WRITE_PAYMENTS) throw bad('scopes', `unknown scope ${JSON.stringify(scope)}`);
      }
      const key = `sk_live_seeded${padded(++keys, 26)}.signature${padded(keys, 13)}`;
      state.keys.set(key, [...scopes]);
      return key;
    },
    enforceReadLimit: (given?: { perMinute?: number }) => {
      const input = seedInput('enforceReadLimit', given, READ_LIMIT_KEYS, true);
      const perMinute = input.perMinute ?? SEATY_READS_PER_MINUTE;
      if (!Number.isSafeInteger(perMinute) || perMinute < 1) throw bad('perMinute', 'a positive integer');
      state.readLimit = { perMinute };
      state.reads = [];
    },
  };
}
