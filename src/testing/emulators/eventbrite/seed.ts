/**
 * Eventbrite seed builders. Input is normalized-style; each builder stores the vendor's wire objects and returns the
 * normalized entity the client will return for them. Defaults: docs/vendors/eventbrite.md, "Emulator: rules and
 * guesses". A bad argument (an unknown key, a wrong value) is the kit's own argument error: a `ConfigError`.
 */
import { ConfigError, UnsupportedCapabilityError, splitIdParts as splitId, type Attendee, type Event, type EventDate, type Money, type Order, type TicketType } from '../../framework/contract.js';
import { assertSeedKeys, parseInstant } from '../../framework/index.js';
import { currencyCode as normalizeCurrency } from './codec.js';
import type {
  BaseSeeder,
  SeedAttendeeInput,
  SeedEventDateInput,
  SeedEventInput,
  SeedOrderInput,
  SeedTicketTypeInput,
} from '../../framework/index.js';
import {
  htmlOf,
  insertAttendee,
  insertLogo,
  insertEvent,
  insertOrder,
  insertOrganization,
  insertTicketClass,
  insertVenue,
  insertWebhook,
  type EbEnv,
  type EventRow,
  type OrderRow,
  type OrgRow,
} from './state.js';
import {
  EB_PROVIDER,
  EVENT_STATUS_TO_WIRE,
  ORDER_STATUS_TO_WIRE,
  toAttendee,
  toEvent,
  toEventDate,
  toOrder,
  toTicketType,
  type OrganizationWire,
  type TicketClassWire,
  type WebhookWire,
} from './wire.js';

export interface EbSeedEventInput extends SeedEventInput {
  /** A repeating series parent (id `series:<id>`); add its dates with `s.eventDate({ eventId, start, end })`. */
  isSeries?: boolean;
  /** `online_event`. Default `false`. */
  isOnline?: boolean;
  /** `public` (listed), `unlisted` (not listed) or `private` (invite only). Default `public`. */
  visibility?: 'public' | 'unlisted' | 'private';
  /** Default `null` (the sum of the ticket capacities). */
  capacity?: number | null;
  /** A venue created with the event. Default: none. */
  venue?: { name: string; address?: string | null } | null;
  /** The organization (an id `s.organization()` returned). Default: the emulator's organization. */
  organizationId?: string;
  /** Default `en_US`. */
  locale?: string;
  /** Give the event a logo (its `logo_id`, and the `logo` object every event read carries). Default `false`. */
  logo?: boolean;
}

export interface EbSeedTicketTypeInput extends SeedTicketTypeInput {
  /** A donation class (no price). Default `false`. */
  donation?: boolean;
  minPerOrder?: number;
  maxPerOrder?: number | null;
  hidden?: boolean;
  salesStart?: string;
  salesEnd?: string;
}

export interface EbSeedWebhookInput {
  endpointUrl?: string;
  actions?: string[];
  eventId?: string | null;
  organizationId?: string;
}

/** The Eventbrite seed builders (`s` in `seed: (s) => ...`). */
export interface EventbriteSeeder extends BaseSeeder {
  event(input?: EbSeedEventInput): Event;
  /**
   * On a series parent: adds an occurrence (its own event id). On a single event: returns its one date;
   * any field then throws `UnsupportedCapabilityError` (seed a series for several dates).
   */
  eventDate(input: SeedEventDateInput): EventDate;
  ticketType(input: EbSeedTicketTypeInput): TicketType;
  /** Orders are placed on an occurrence: on a series parent, `eventDateId` (default: its first date). */
  order(input: SeedOrderInput): Order;
  attendee(input: SeedAttendeeInput): Attendee;
  /** Vendor-only: another organization the token sees (with two, the client needs `organizationId`). */
  organization(input?: { name?: string }): OrganizationWire;
  /** Vendor-only: a webhook subscription (wire shape; there is no normalized webhook). */
  webhook(input?: EbSeedWebhookInput): WebhookWire;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: EB_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

/** The keys each builder takes (anything else is a `ConfigError` naming it and the key meant). */
const SEED_KEYS = {
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
function seedInput<T>(builder: string, input: T | undefined, keys: readonly string[], optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw bad(builder, `expected an object such as { ${keys.slice(0, 3).join(', ')} }, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`);
  }
  assertSeedKeys(EB_PROVIDER, builder, input, keys);
  return input;
}

function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: EB_PROVIDER, capability, message: `eventbrite cannot hold ${capability}: ${hint}.` });
}

function instantMs(field: string, value: string | undefined, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = typeof value === 'string' ? parseInstant(value) : null;
  if (ms === null) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  // Eventbrite datetimes are whole seconds (`YYYY-MM-DDThh:mm:ssZ`).
  return Math.floor(ms / 1000) * 1000;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function nonNegativeInt(field: string, value: unknown): number {
  if (!(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)) throw bad(field, `expected a non-negative integer, got ${JSON.stringify(value)}`);
  return value;
}

export function eventbriteSeeder(env: EbEnv): EventbriteSeeder {
  const state = env.state;

  /** A normalized event id (`<id>` or `series:<id>`) → its row. */
  const eventOrThrow = (eventId: unknown, field = 'eventId'): EventRow => {
    if (typeof eventId !== 'string' || eventId === '') throw bad(field, 'required (the id s.event returned)');
    const series = splitId(eventId, 2);
    const single = splitId(eventId, 1);
    const remote = series && series[0] === 'series' ? series[1]! : single ? single[0]! : null;
    const row = remote === null ? undefined : state.events.get(remote);
    if (!row || row.deleted || row.wire.is_series_parent !== (series !== null && series[0] === 'series')) {
      throw bad(field, `no seeded event ${JSON.stringify(eventId)}`);
    }
    return row;
  };

  /** The occurrence an order goes on. */
  const occurrenceOf = (event: EventRow, eventDateId: string | undefined): EventRow => {
    if (event.wire.is_series_parent) {
      if (eventDateId === undefined) {
        const first = event.children.find((c) => !c.deleted);
        if (!first) throw bad('eventDateId', 'a series needs a date (s.eventDate) before it can hold orders');
        return first;
      }
      const child = event.children.find((c) => c.wire.id === eventDateId && !c.deleted);
      if (!child) throw bad('eventDateId', `no date ${JSON.stringify(eventDateId)} in series ${event.wire.id}`);
      return child;
    }
    if (eventDateId !== undefined && eventDateId !== event.wire.id) {
      throw bad('eventDateId', `a single event has one date, whose id is the event's (${event.wire.id})`);
    }
    return event;
  };

  const priceOf = (event: EventRow, price: Money | null | undefined, donation: boolean): number | null => {
    if (donation) {
      if (price) throw bad('price', 'a donation ticket has no fixed price');
      return null;
    }
    if (price === undefined) return 2500;
    if (price === null) return null;
    seedInput('ticketType.price', price, SEED_KEYS.price, false);
    if (price.amount === 0) return null;
    if (!Number.isSafeInteger(price.amount) || price.amount < 0) throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
    if (normalizeCurrency(price.currency) !== event.wire.currency) {
      throw bad('price.currency', `must be the event's currency ${event.wire.currency} (got ${JSON.stringify(price.currency)})`);
    }
    return price.amount;
  };

  const createTicketClass = (input: EbSeedTicketTypeInput): { wire: TicketClassWire; event: EventRow } => {
    const event = eventOrThrow(input?.eventId);
    if (input.quantityTotal === null) throw cannotHold('ticketType.quantityTotal', 'an Eventbrite ticket class always has a quantity_total');
    const quantityTotal = input.quantityTotal === undefined ? 100 : nonNegativeInt('quantityTotal', input.quantityTotal);
    const quantitySold = input.quantitySold === undefined ? 0 : nonNegativeInt('quantitySold', input.quantitySold);
    const donation = input.donation === true;
    const existing = event.ticketClasses.length;
    const at = instantMs('createdAt', input.createdAt, env.stamp);
    const wire = insertTicketClass(env, event, {
      name: input.name ?? (existing === 0 ? 'General Admission' : `Ticket ${existing + 1}`),
      description: input.description ?? null,
      cost: priceOf(event, input.price, donation),
      donation,
      quantityTotal,
      quantitySold,
      minimumQuantity: input.minPerOrder === undefined ? 1 : nonNegativeInt('minPerOrder', input.minPerOrder),
      maximumQuantity: input.maxPerOrder === undefined || input.maxPerOrder === null ? null : nonNegativeInt('maxPerOrder', input.maxPerOrder),
      hidden: input.hidden ?? false,
      salesStartMs: instantMs('salesStart', input.salesStart, () => at),
      salesEndMs: instantMs('salesEnd', input.salesEnd, () => Date.parse(event.wire.start.utc) - HOUR),
      salesChannels: ['online', 'atd'],
    });
    return { wire, event };
  };

  const ticketClassOrThrow = (occurrence: EventRow, id: string): TicketClassWire => {
    const parts = splitId(id, 2);
    let found = parts && parts[0] === occurrence.wire.id ? state.ticketClasses.get(parts[1]!) : undefined;
    // A series parent's ticket type (`series:<parent>:<class>`) sells as the occurrence's class made from it.
    const rule = typeof id === 'string' ? splitId(id, 3) : null;
    if (!found && rule && rule[0] === 'series' && rule[1] === occurrence.wire.series_id) {
      const copy = occurrence.ticketClasses.find((tc) => state.ticketClasses.get(tc.id)?.rule === rule[2]);
      found = copy ? state.ticketClasses.get(copy.id) : undefined;
    }
    if (!found || found.event !== occurrence) {
      throw bad('ticketTypeId', `no ticket type ${JSON.stringify(id)} on event ${occurrence.wire.id} (an order's tickets belong to its date's event)`);
    }
    return found.wire;
  };

  const orgFor = (id: string | undefined): OrgRow => {
    if (id === undefined) return state.organizationList[0]!;
    const org = state.organizations.get(id);
    if (!org) throw bad('organizationId', `no organization ${JSON.stringify(id)} (use an id s.organization returned)`);
    return org;
  };

  const orderStatus = (status: SeedOrderInput['status']) => {
    if (status === undefined) return 'placed' as const;
    const wire = ORDER_STATUS_TO_WIRE[status];
    if (wire === undefined) throw cannotHold(`order.status ${status}`, 'Eventbrite orders are placed, pending, abandoned, refunded or deleted');
    return wire;
  };

  let buyers = 0;
  const createOrder = (
    input: SeedOrderInput,
    attendee?: { name?: string; email?: string; phone?: string | null; company?: string | null; jobTitle?: string | null },
    checkedIn?: boolean,
  ): OrderRow => {
    const event = eventOrThrow(input?.eventId);
    const occurrence = occurrenceOf(event, input.eventDateId);
    const status = orderStatus(input.status);
    if (input.buyer !== undefined) seedInput('order.buyer', input.buyer, SEED_KEYS.buyer, false);
    if (input.lines !== undefined && !Array.isArray(input.lines)) throw bad('lines', 'expected an array of { ticketTypeId, quantity? }');
    for (const line of input.lines ?? []) seedInput('order.lines[]', line, SEED_KEYS.line, false);
    if (input.buyer?.phone !== undefined && input.buyer.phone !== null) {
      throw cannotHold('order.buyer.phone', 'Eventbrite orders carry the buyer name and email only');
    }
    const lines = (input.lines ?? [{ ticketTypeId: '' }]).map((line) => {
      const quantity = line.quantity ?? 1;
      if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad('lines.quantity', `expected a positive integer, got ${quantity}`);
      const ticketClass =
        input.lines === undefined
          ? (occurrence.ticketClasses[0] ?? createTicketClass({ eventId: occurrence.wire.id }).wire)
          : ticketClassOrThrow(occurrence, line.ticketTypeId);
      return { ticketClass, quantity };
    });
    if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
    const n = ++buyers;
    return insertOrder(
      env,
      occurrence,
      {
        buyerName: input.buyer?.name ?? attendee?.name ?? `Buyer ${n}`,
        buyerEmail: input.buyer?.email ?? attendee?.email ?? `buyer${n}@example.com`,
        status,
        lines,
        attendee,
        checkedIn,
      },
      instantMs('createdAt', input.createdAt, env.stamp),
    );
  };

  return {
    event(given?: EbSeedEventInput): Event {
      const input = seedInput('event', given, SEED_KEYS.event, true);
      if (input.venue !== undefined && input.venue !== null) seedInput('event.venue', input.venue, SEED_KEYS.venue, false);
      if (input.slug !== undefined) throw cannotHold('event.slug', 'Eventbrite assigns the event URL; it has no slug');
      const status = EVENT_STATUS_TO_WIRE[input.status ?? 'scheduled'];
      if (status === undefined) throw bad('status', `Eventbrite events are draft, scheduled (live), started, ended or cancelled, not ${JSON.stringify(input.status)}`);
      const currency = normalizeCurrency(input.currency ?? 'USD');
      if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
      const timezone = input.timezone ?? 'America/Los_Angeles';
      if (!isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
      if (input.end === null) throw cannotHold('event.end', 'an Eventbrite event always has an end time');
      const org = orgFor(input.organizationId);
      const at = instantMs('createdAt', input.createdAt, env.stamp);
      const startMs = instantMs('start', input.start, () => at + 30 * DAY);
      const endMs = instantMs('end', input.end, () => startMs + 3 * HOUR);
      if (endMs <= startMs) throw bad('end', 'must be after start');
      if (input.logo !== undefined && typeof input.logo !== 'boolean') throw bad('logo', 'expected true or false');
      const visibility = input.visibility ?? 'public';
      const venue = input.venue ? insertVenue(env, input.venue.name, input.venue.address ?? null) : null;
      if (venue && input.isOnline === true) throw bad('venue', 'an online event has no venue');
      const name = input.name ?? `Sample Event ${env.ids.peek('event') + 1}`;
      const row = insertEvent(
        env,
        org,
        {
          name: htmlOf(name),
          descriptionHtml: input.description === undefined || input.description === null ? null : htmlOf(input.description),
          summary: null,
          timezone,
          startMs,
          endMs,
          currency,
          status,
          isSeriesParent: input.isSeries === true,
          parent: null,
          onlineEvent: input.isOnline === true,
          // Eventbrite refuses `listed` with `invite_only` (INVITE_CONFLICT): a private event is unlisted too.
          listed: visibility === 'public',
          inviteOnly: visibility === 'private',
          shareable: visibility !== 'private',
          capacity: input.capacity === undefined || input.capacity === null ? null : nonNegativeInt('capacity', input.capacity),
          venueId: venue?.id ?? null,
          locale: input.locale ?? 'en_US',
          logoId: input.logo === true ? insertLogo(state.logos, env.ids).id : null,
        },
        at,
      );
      return toEvent(row.wire, venue);
    },

    eventDate(given: SeedEventDateInput): EventDate {
      const input = seedInput('eventDate', given, SEED_KEYS.eventDate, false);
      const event = eventOrThrow(input?.eventId);
      if (input.name !== undefined && input.name !== null) throw cannotHold('eventDate.name', 'Eventbrite dates have no name of their own');
      if (!event.wire.is_series_parent) {
        if (input.start !== undefined || (input.end !== undefined && input.end !== null)) {
          throw cannotHold('eventDate.start', "a single event has one date, its own (seed a series with s.event({ isSeries: true }) for several)");
        }
        return toEventDate(event.wire);
      }
      const parent = event.wire;
      const duration = Date.parse(parent.end.utc) - Date.parse(parent.start.utc);
      const last = event.children[event.children.length - 1];
      const at = env.stamp();
      const startMs = instantMs('start', input.start, () => (last ? Date.parse(last.wire.start.utc) + 7 * DAY : Date.parse(parent.start.utc)));
      const endMs = input.end === undefined || input.end === null ? startMs + duration : instantMs('end', input.end, () => startMs + duration);
      if (endMs <= startMs) throw bad('end', 'must be after start');
      const child = insertEvent(
        env,
        orgFor(parent.organization_id),
        {
          name: parent.name.html,
          descriptionHtml: parent.description.html,
          summary: parent.summary,
          timezone: parent.start.timezone,
          startMs,
          endMs,
          currency: parent.currency,
          status: parent.status,
          isSeriesParent: false,
          parent: event,
          onlineEvent: parent.online_event,
          listed: parent.listed,
          inviteOnly: parent.invite_only,
          shareable: parent.shareable,
          capacity: parent.capacity,
          venueId: parent.venue_id,
          locale: parent.locale,
          logoId: parent.logo_id,
        },
        at,
      );
      return toEventDate(child.wire);
    },

    ticketType(given: EbSeedTicketTypeInput): TicketType {
      const input = seedInput('ticketType', given, SEED_KEYS.ticketType, false);
      const { wire, event } = createTicketClass(input);
      return toTicketType(wire, event.wire);
    },

    order(given: SeedOrderInput): Order {
      const input = seedInput('order', given, SEED_KEYS.order, false);
      const row = createOrder(input);
      return toOrder(row.wire, row.attendees);
    },

    attendee(given: SeedAttendeeInput): Attendee {
      const input = seedInput('attendee', given, SEED_KEYS.attendee, false);
      const event = eventOrThrow(input?.eventId);
      const status = input.status ?? 'attending';
      const orderStatusFor = { attending: 'paid', cancelled: 'cancelled', refunded: 'refunded' } as const;
      if (!(status in orderStatusFor)) throw cannotHold(`attendee.status ${status}`, 'Eventbrite attendees are attending, cancelled or refunded');
      if (input.checkedIn === true && status !== 'attending') throw bad('checkedIn', 'only an attending attendee can be checked in');
      const person = { name: input.name, email: input.email, phone: input.phone, company: input.company, jobTitle: input.jobTitle };
      if (input.orderId !== undefined) {
        const order = state.orders.get(splitId(input.orderId, 1)?.[0] ?? '');
        if (!order || (order.event !== event && !event.children.includes(order.event))) {
          throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} under event ${input.eventId}`);
        }
        const implied = order.wire.status === 'refunded' ? 'refunded' : order.wire.status === 'deleted' || order.wire.status === 'abandoned' ? 'cancelled' : 'attending';
        if (input.status !== undefined && input.status !== implied) {
          throw bad('status', `an attendee's status follows its order (${order.wire.status}: ${implied})`);
        }
        if (input.checkedIn === true && implied !== 'attending') throw bad('checkedIn', 'only an attending attendee can be checked in');
        const ticketClass =
          input.ticketTypeId !== undefined
            ? ticketClassOrThrow(order.event, input.ticketTypeId)
            : (state.ticketClasses.get(order.attendees[0]?.ticket_class_id ?? '')?.wire ??
              order.event.ticketClasses[0] ??
              createTicketClass({ eventId: order.event.wire.id }).wire);
        const wire = insertAttendee(env, order, ticketClass, person, input.checkedIn === true, instantMs('createdAt', input.createdAt, env.stamp));
        return toAttendee(wire);
      }
      const order = createOrder(
        {
          eventId: input.eventId,
          status: orderStatusFor[status as keyof typeof orderStatusFor],
          ...(input.ticketTypeId !== undefined ? { lines: [{ ticketTypeId: input.ticketTypeId, quantity: 1 }] } : {}),
          createdAt: input.createdAt,
        },
        person,
        input.checkedIn === true,
      );
      return toAttendee(order.attendees[0]!);
    },

    organization(given?: { name?: string }): OrganizationWire {
      const input = seedInput('organization', given, SEED_KEYS.organization, true);
      return insertOrganization(env, input.name ?? `Organization ${state.organizationList.length + 1}`).wire;
    },

    webhook(given?: EbSeedWebhookInput): WebhookWire {
      const input = seedInput('webhook', given, SEED_KEYS.webhook, true);
      const eventId = input.eventId ?? null;
      if (eventId !== null && !state.events.has(eventId)) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
      return insertWebhook(
        env,
        orgFor(input.organizationId),
        input.endpointUrl ?? 'https://example.com/webhooks/eventbrite',
        input.actions ?? ['order.placed', 'event.published', 'event.unpublished'],
        eventId,
        env.stamp(),
      );
    },
  };
}
