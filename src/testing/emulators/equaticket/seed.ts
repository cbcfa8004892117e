/**
 * Equaticket seed builders. Input is normalized-style; each builder stores the vendor's wire object and
 * returns the normalized entity the client will return for it. Defaults are listed in the README, "Testing your code", Seed builders.
 * An unknown key or an argument that is not an object is a `ConfigError` (a mistake in the test); a value Equaticket
 * cannot hold is a `ValidationError` or an `UnsupportedCapabilityError`.
 */
import { ConfigError, UnsupportedCapabilityError, ValidationError, type Attendee, type Event, type EventDate, type Money, type Order, type TicketType } from '../../framework/contract.js';
import { assertSeedKeys, isoUtc, splitIdParts } from '../../framework/index.js';
import type {
  BaseSeeder,
  SeedAttendeeInput,
  SeedEventDateInput,
  SeedEventInput,
  SeedOrderInput,
  SeedTicketTypeInput,
} from '../../framework/index.js';
import type { ModeStore } from './state.js';
import {
  findEvent,
  insertEvent,
  insertOrder,
  insertTicket,
  insertTicketType,
  insertWebhook,
  slugTaken,
  storeFor,
  ticketTypesOf,
  uniqueSlug,
  type EqEnv,
} from './store-ops.js';
import { isoInstant, isTimeZone, wireCurrency } from './validate.js';
import {
  EQ_PROVIDER,
  EQ_WEBHOOK_TYPES,
  EVENT_STATUS_TO_WIRE,
  ORDER_STATUS_TO_WIRE,
  TICKET_STATUS_TO_WIRE,
  toAttendee,
  toEvent,
  toEventDate,
  toOrder,
  toTicketType,
  type EqEventWire,
  type EqTicketTypeWire,
  type EqWebhookWire,
} from './wire.js';

export interface EqSeedEventInput extends SeedEventInput {
  /** Put the event (and everything seeded under it) in live mode: visible to `sk_live_` keys only. Default `false`. */
  livemode?: boolean;
}

export interface EqSeedWebhookInput {
  url?: string;
  events?: string[];
  active?: boolean;
  livemode?: boolean;
}

/** The Equaticket seed builders (`s` in `seed: (s) => ...`). */
export interface EquaticketSeeder extends BaseSeeder {
  event(input?: EqSeedEventInput): Event;
  /**
   * Equaticket events have one date, the event's own `starts_at`: this returns it (as `eventDates.get` will).
   * Any other field throws `UnsupportedCapabilityError`.
   */
  eventDate(input: SeedEventDateInput): EventDate;
  ticketType(input: SeedTicketTypeInput): TicketType;
  order(input: SeedOrderInput): Order;
  attendee(input: SeedAttendeeInput): Attendee;
  /** Vendor-only: a webhook subscription (wire shape; there is no normalized webhook). */
  webhook(input?: EqSeedWebhookInput): EqWebhookWire;
}

const DAY = 24 * 60 * 60 * 1000;

function bad(field: string, message: string): ValidationError {
  return new ValidationError({
    provider: EQ_PROVIDER,
    message: `Invalid seed ${field}: ${message}.`,
    fields: [{ field, message }],
  });
}

function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: EQ_PROVIDER, capability, message: `equaticket cannot hold ${capability}: ${hint}.` });
}

function instantMs(field: string, value: string | undefined, fallback: () => number): number {
  if (value === undefined) return fallback();
  const iso = isoInstant(value);
  if (iso === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return Date.parse(iso);
}

function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) throw cannotHold(`${capability}.${field}`, hint);
  }
}

/** The keys each builder takes (the framework's seed inputs plus Equaticket's own). */
const SEED_KEYS = {
  event: ['name', 'description', 'slug', 'status', 'timezone', 'start', 'end', 'currency', 'createdAt', 'livemode'],
  eventDate: ['eventId', 'name', 'start', 'end'],
  ticketType: ['eventId', 'name', 'description', 'price', 'quantityTotal', 'quantitySold', 'createdAt'],
  order: ['eventId', 'eventDateId', 'status', 'buyer', 'lines', 'createdAt'],
  orderBuyer: ['name', 'email', 'phone'],
  orderLine: ['ticketTypeId', 'quantity'],
  attendee: ['eventId', 'orderId', 'ticketTypeId', 'name', 'email', 'phone', 'company', 'jobTitle', 'status', 'checkedIn', 'createdAt'],
  webhook: ['url', 'events', 'active', 'livemode'],
} as const;

/**
 * The argument of `s.<builder>()`: an object (or nothing, where the builder takes defaults) with known keys only.
 * Anything else is a `ConfigError` naming the builder (and, for a misspelt key, the key meant).
 */
function seedInput<T extends object>(builder: keyof typeof SEED_KEYS, input: T | undefined, optional: boolean): T {
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

function orderInput(input: SeedOrderInput | undefined): SeedOrderInput {
  const order = seedInput('order', input, false);
  if (order.buyer !== undefined) seedInput('orderBuyer', order.buyer, false);
  if (order.lines !== undefined) {
    if (!Array.isArray(order.lines)) throw new ConfigError({ provider: EQ_PROVIDER, message: 's.order({ lines }) needs an array of { ticketTypeId, quantity }.' });
    for (const line of order.lines) seedInput('orderLine', line, false);
  }
  return order;
}

export function equaticketSeeder(env: EqEnv): EquaticketSeeder {
  const eventOrThrow = (eventId: unknown): { store: ModeStore; event: EqEventWire } => {
    if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
    const found = findEvent(env, eventId);
    if (!found) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
    return found;
  };

  const ticketTypeOrThrow = (store: ModeStore, event: EqEventWire, id: string): EqTicketTypeWire => {
    const parts = typeof id === 'string' ? splitIdParts(id, 2) : null;
    const type = parts && parts[0] === event.id ? store.ticketTypes.get(parts[1]!) : null;
    if (!type || type.event_id !== event.id) throw bad('ticketTypeId', `no ticket type ${JSON.stringify(id)} under event ${event.id}`);
    return type;
  };

  const priceOf = (event: EqEventWire, price: Money | null | undefined): number => {
    if (price === undefined) return 2500;
    if (price === null) return 0;
    if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
      throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
    }
    if (wireCurrency(price.currency?.toLowerCase()) !== event.currency) {
      throw bad('price.currency', `must be the event's currency ${event.currency.toUpperCase()} (got ${JSON.stringify(price.currency)})`);
    }
    return price.amount;
  };

  const createTicketType = (input: SeedTicketTypeInput): EqTicketTypeWire => {
    const { store, event } = eventOrThrow(input?.eventId);
    rejectPresent(input, ['description'], 'ticketType', 'Equaticket ticket types have only name, price, currency and quantity_total');
    if (input.quantityTotal !== undefined && input.quantityTotal !== null && !(Number.isSafeInteger(input.quantityTotal) && input.quantityTotal >= 0)) {
      throw bad('quantityTotal', `expected a non-negative integer, got ${input.quantityTotal}`);
    }
    if (input.quantitySold !== undefined && !(Number.isSafeInteger(input.quantitySold) && input.quantitySold >= 0)) {
      throw bad('quantitySold', `expected a non-negative integer, got ${input.quantitySold}`);
    }
    const existing = store.ticketTypes.of(event.id).length;
    return insertTicketType(
      env,
      store,
      event,
      {
        name: input.name ?? (existing === 0 ? 'General Admission' : `Ticket type ${existing + 1}`),
        price: priceOf(event, input.price),
        currency: event.currency,
        quantity_total: input.quantityTotal === undefined ? 100 : input.quantityTotal,
        quantity_sold: input.quantitySold ?? 0,
      },
      instantMs('createdAt', input.createdAt, env.stamp),
    );
  };

  const orderStatus = (status: SeedOrderInput['status']): string => {
    if (status === undefined) return 'confirmed';
    const wire = ORDER_STATUS_TO_WIRE[status];
    if (wire === undefined) throw bad('status', `Equaticket orders cannot be ${JSON.stringify(status)}`);
    return wire;
  };

  let buyers = 0;
  const createOrder = (input: SeedOrderInput) => {
    const { store, event } = eventOrThrow(input?.eventId);
    if (input.eventDateId !== undefined && input.eventDateId !== event.id) {
      throw bad('eventDateId', `Equaticket events have one date, whose id is the event's (${event.id})`);
    }
    const status = orderStatus(input.status);
    const lines = (input.lines ?? [{ ticketTypeId: '' }]).map((line) => {
      const quantity = line.quantity ?? 1;
      if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${quantity}`);
      let type: EqTicketTypeWire;
      if (input.lines === undefined) type = ticketTypesOf(store, event.id)[0] ?? createTicketType({ eventId: event.id });
      else type = ticketTypeOrThrow(store, event, line.ticketTypeId);
      return { type, quantity };
    });
    if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
    const n = ++buyers;
    const phone = input.buyer?.phone;
    return insertOrder(
      env,
      store,
      event,
      {
        buyer_name: input.buyer?.name ?? `Buyer ${n}`,
        buyer_email: input.buyer?.email ?? `buyer${n}@example.com`,
        ...(phone !== undefined && phone !== null ? { buyer_phone: phone } : {}),
        status,
        lines,
      },
      instantMs('createdAt', input.createdAt, env.stamp),
    );
  };

  return {
    event(given?: EqSeedEventInput): Event {
      const input = seedInput('event', given, true);
      rejectPresent(input, ['end', 'description'], 'event', 'Equaticket events have no end time or description in the API');
      const store = storeFor(env, input.livemode === true);
      const status = EVENT_STATUS_TO_WIRE[input.status ?? 'scheduled'];
      if (status === undefined) throw bad('status', `Equaticket events are draft, scheduled (published) or cancelled, not ${JSON.stringify(input.status)}`);
      const currency = wireCurrency((input.currency ?? 'USD').toLowerCase());
      if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
      const timezone = input.timezone ?? 'America/New_York';
      if (!isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
      if (input.slug !== undefined && slugTaken(store, input.slug)) throw bad('slug', `another event already uses ${JSON.stringify(input.slug)}`);
      const at = instantMs('createdAt', input.createdAt, env.stamp);
      const name = input.name ?? `Sample Event ${env.ids.peek('event') + 1}`;
      const start = isoUtc(instantMs('start', input.start, () => at + 30 * DAY));
      const wire = insertEvent(
        env,
        store,
        { title: name, slug: input.slug ?? uniqueSlug(store, name), timezone, starts_at: start, currency, status },
        at,
      );
      return toEvent(wire);
    },

    eventDate(given: SeedEventDateInput): EventDate {
      const input = seedInput('eventDate', given, false);
      const { event } = eventOrThrow(input.eventId);
      rejectPresent(input, ['name', 'start', 'end'], 'eventDate', "an event has exactly one date, the event's own start (set it with s.event({ start }))");
      return toEventDate(event);
    },

    ticketType(input: SeedTicketTypeInput): TicketType {
      return toTicketType(createTicketType(seedInput('ticketType', input, false)));
    },

    order(input: SeedOrderInput): Order {
      return toOrder(createOrder(orderInput(input)).order);
    },

    attendee(given: SeedAttendeeInput): Attendee {
      const input = seedInput('attendee', given, false);
      const { store, event } = eventOrThrow(input.eventId);
      rejectPresent(input, ['phone', 'company', 'jobTitle'], 'attendee', "Equaticket tickets carry only the buyer's name and email");
      const status = TICKET_STATUS_TO_WIRE[input.status ?? 'attending'];
      if (status === undefined) throw bad('status', `Equaticket tickets cannot be ${JSON.stringify(input.status)}`);
      if (input.checkedIn === true && (status !== 'valid' || event.status !== 'published')) {
        throw bad('checkedIn', 'only a valid ticket of a published event can be checked in');
      }
      let ticket;
      if (input.orderId !== undefined) {
        const order = store.orders.get(input.orderId);
        if (!order || order.event_id !== event.id) throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} under event ${event.id}`);
        for (const [field, value] of [['name', order.buyer_name], ['email', order.buyer_email]] as const) {
          if (input[field] !== undefined && input[field] !== value) {
            throw bad(field, `an Equaticket ticket carries its order's buyer ${field} (${JSON.stringify(value)})`);
          }
        }
        const type =
          input.ticketTypeId !== undefined
            ? ticketTypeOrThrow(store, event, input.ticketTypeId)
            : store.ticketTypes.get(order.tickets[0]!.ticket_type_id) ?? ticketTypesOf(store, event.id)[0] ?? createTicketType({ eventId: event.id });
        const at = instantMs('createdAt', input.createdAt, env.stamp);
        const line = order.tickets.find((l) => l.ticket_type_id === type.id);
        if (line) line.quantity += 1;
        else order.tickets.push({ ticket_type_id: type.id, ticket_type_name: type.name, quantity: 1, price: type.price });
        order.ticket_count += 1;
        order.total_amount += type.price;
        order.updated_at = isoUtc(at);
        ticket = insertTicket(env, store, order, type, status, at);
      } else {
        const orderStatusValue = { valid: 'paid', refunded: 'refunded', voided: 'cancelled' } as const;
        const { tickets } = createOrder({
          eventId: event.id,
          status: orderStatusValue[status],
          buyer: { name: input.name, email: input.email },
          ...(input.ticketTypeId !== undefined ? { lines: [{ ticketTypeId: input.ticketTypeId, quantity: 1 }] } : {}),
          createdAt: input.createdAt,
        });
        ticket = tickets[0]!;
      }
      if (input.checkedIn === true) ticket.checked_in = true;
      return toAttendee(ticket);
    },

    webhook(given?: EqSeedWebhookInput): EqWebhookWire {
      const input = seedInput('webhook', given, true);
      const events = input.events ?? [...EQ_WEBHOOK_TYPES];
      const url = input.url ?? 'https://example.com/webhooks/equaticket';
      if (!url.startsWith('https://')) throw bad('url', 'Equaticket webhooks need an HTTPS URL');
      return insertWebhook(env, storeFor(env, input.livemode === true), url, events, input.active ?? true, env.stamp());
    },
  };
}
