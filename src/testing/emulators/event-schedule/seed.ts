/**
 * Event Schedule seed builders. Input is normalized-style; each builder stores the vendor's wire rows and
 * returns the normalized entity the client will return for them. Defaults are listed in the README (Vendors, Event Schedule, Emulator).
 */
import { ConfigError, UnsupportedCapabilityError, type Attendee, type Event, type EventDate, type Money, type Order, type TicketType } from '../../framework/contract.js';
import {
  assertSeedKeys,
  splitIdParts,
  type BaseSeeder,
  type SeedAttendeeInput,
  type SeedEventDateInput,
  type SeedEventInput,
  type SeedOrderInput,
  type SeedTicketTypeInput,
} from '../../framework/index.js';
import { saleSecret } from './routes.js';
import {
  addSold,
  defaultSchedule,
  firstOccurrenceDate,
  creatorTimezone,
  insertEvent,
  insertSale,
  insertSchedule,
  liveSchedule,
  liveTickets,
  newTicket,
  fanContentJson,
  feedbackJson,
  scheduleJson,
  soldOn,
  viewOf,
  type EsEnv,
  type EsPlan,
  type EsScheduleRow,
} from './state.js';
import {
  ATTENDEE_STATUS_TO_SALE,
  ES_DEFAULT_SCHEDULE,
  ES_PROVIDER,
  ES_READ_LIMIT,
  ES_WRITE_LIMIT,
  ORDER_STATUS_TO_WIRE,
  currencyCode,
  esId,
  isTimeZone,
  isYmd,
  localTime,
  localYmd,
  moneyToThousandths,
  naiveUtc,
  parseNaiveUtc,
  toAttendees,
  toEvent,
  toOccurrence,
  toOrder,
  toSingleDate,
  toTicketType,
  type EsEventRow,
  type EsFanContentRow,
  type EsFeedbackRow,
  type EsSaleRow,
  type EsScheduleWire,
  type EsTicketRow,
} from './wire.js';

export interface EsSeedEventInput extends SeedEventInput {
  /** The schedule (subdomain) the event is on. Default: the main schedule, or one in `timezone` when it differs. */
  schedule?: string;
  /** A recurring event (weekly on the start's local weekday unless `daysOfWeek` says otherwise). */
  recurring?: boolean;
  recurringFrequency?: 'daily' | 'weekly' | 'every_n_weeks' | 'monthly_date' | 'monthly_weekday' | 'yearly';
  /** Seven 0/1 digits, Sunday first. */
  daysOfWeek?: string;
  /** Default `true` (a `false` event gets it turned on by its first `s.ticketType`). */
  ticketsEnabled?: boolean;
  paymentMethod?: 'cash' | 'stripe' | 'invoiceninja' | 'payment_url' | 'payfast';
  /**
   * The event's talent (its `members`): each entry is the subdomain of a talent schedule (from `s.schedule({ type:
   * 'talent' })`), or a performer to create one for.
   */
  talent?: Array<string | EsSeedTalentInput>;
}

/** A performer: a talent schedule of the default user, listed in the `members` of the events it plays. */
export interface EsSeedTalentInput {
  name: string;
  email?: string | null;
  youtubeUrl?: string | null;
}

/** Post-event feedback (`GET /feedback`). */
export interface EsSeedFeedbackInput {
  eventId: string;
  /** The occurrence rated (default: the event's first date). */
  eventDateId?: string;
  /** 1-5, default 5. */
  rating?: number;
  comment?: string | null;
  attendeeName?: string | null;
  attendeeEmail?: string | null;
  createdAt?: string;
}

/** A fan submission (`GET /fan-content`): give the one content field of its type. */
export interface EsSeedFanContentInput {
  eventId: string;
  /** Default `comment`. */
  type?: 'comment' | 'photo' | 'video';
  comment?: string;
  photoUrl?: string;
  youtubeUrl?: string;
  submittedBy?: string;
  /** Submitted without an account (default `false`). */
  guest?: boolean;
  /** Default `true`; `false` is the moderation queue (`is_approved=0`). */
  approved?: boolean;
  eventDateId?: string;
  /** An agenda part's id (from the event's `event_parts`). */
  eventPartId?: string | null;
  createdAt?: string;
}

export interface EsSeedScheduleInput {
  name?: string;
  type?: 'venue' | 'talent' | 'curator';
  timezone?: string;
  /** `free` schedules are hidden from the API (403 on single records), as on hosted Event Schedule. Default `pro`. */
  plan?: EsPlan;
  address1?: string | null;
  city?: string | null;
  email?: string | null;
  /** Talent schedules: the YouTube channel shown in the `members` of its events. */
  youtubeUrl?: string | null;
}

/** The Event Schedule seed builders (`s` in `seed: (s) => ...`). */
export interface EventScheduleSeeder extends BaseSeeder {
  event(input?: EsSeedEventInput): Event;
  /**
   * A single event has one date (its own start, under the event's id); a recurring event's occurrence is
   * addressed by its local date (`start` picks the day; default the first occurrence). The API lists only the
   * first occurrence and the dates that have sales.
   */
  eventDate(input: SeedEventDateInput): EventDate;
  ticketType(input: SeedTicketTypeInput): TicketType;
  order(input: SeedOrderInput): Order;
  /** One ticket unit of a sale: a new one-ticket sale, or one more unit on `orderId`. */
  attendee(input: SeedAttendeeInput): Attendee;
  /** Vendor-only: another schedule the default user owns (wire shape). */
  schedule(input?: EsSeedScheduleInput): EsScheduleWire;
  /**
   * Vendor-only, opt-in: enforce the per-IP read/write buckets (300 / 30 per 60 s window by default) and the
   * create-event throttle (30 per schedule per minute, Laravel's 429 with `Retry-After`).
   */
  rateLimits(input?: { reads?: number; writes?: number }): void;
  /** Vendor-only: a post-event rating (wire shape, as `GET /feedback` lists it). */
  feedback(input: EsSeedFeedbackInput): Record<string, unknown>;
  /** Vendor-only: a fan comment, photo or video (wire shape, as `GET /fan-content` lists it). */
  fanContent(input: EsSeedFanContentInput): Record<string, unknown>;
}

/** The keys each builder accepts (anything else is a `ConfigError` naming it). */
const SEED_KEYS = {
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

/** Refuses unknown keys of a builder's argument (a `ConfigError`), and an argument that is not an object. */
function seedKeys(builder: keyof typeof SEED_KEYS, input: unknown, optional = false): void {
  if (input === undefined && optional) return;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError({ provider: ES_PROVIDER, message: `s.${builder}() takes an object, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}.` });
  }
  assertSeedKeys(ES_PROVIDER, builder, input, SEED_KEYS[builder]);
}

const DAY = 24 * 60 * 60 * 1000;

/** A seed argument the emulator cannot hold as given: the kit's own argument error (a `ConfigError`). */
function bad(field: string, message: string): ConfigError {
  return new ConfigError({ provider: ES_PROVIDER, message: `Invalid seed ${field}: ${message}.` });
}

function cannotHold(capability: string, hint: string): UnsupportedCapabilityError {
  return new UnsupportedCapabilityError({ provider: ES_PROVIDER, capability, message: `event-schedule cannot hold ${capability}: ${hint}.` });
}

function instantMs(field: string, value: string | undefined, fallback: () => number): number {
  if (value === undefined) return fallback();
  const ms = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw bad(field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return ms;
}

function rejectPresent(input: object, fields: string[], capability: string, hint: string): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) throw cannotHold(`${capability}.${field}`, hint);
  }
}

export function eventScheduleSeeder(env: EsEnv): EventScheduleSeeder {
  const state = env.state;
  const view = viewOf(state);

  const eventOrThrow = (eventId: unknown): EsEventRow => {
    if (typeof eventId !== 'string' || eventId === '') throw bad('eventId', 'required (the id s.event returned)');
    const event = state.events.get(eventId);
    if (!event) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
    return event;
  };

  const ticketOrThrow = (event: EsEventRow, id: string, field = 'ticketTypeId'): EsTicketRow => {
    const parts = splitIdParts(id, 2);
    const ticket = parts && parts[0] === event.id ? liveTickets(event).find((t) => t.id === parts[1]) : undefined;
    if (!ticket) throw bad(field, `no ticket type ${JSON.stringify(id)} on event ${event.id}`);
    return ticket;
  };

  const scheduleIn = (timezone: string): EsScheduleRow => {
    const main = defaultSchedule(state);
    if (main.wire.timezone === timezone) return main;
    const found = state.scheduleOrder.find((s) => !s.deleted && s.plan !== 'free' && s.wire.timezone === timezone);
    if (found) return found;
    const city = timezone.split('/').pop()!.replace(/_/g, ' ');
    return insertSchedule(env, state, state.defaultUserId, { name: `${city} Hall`, type: 'venue', timezone, address1: '1 Main Street', city }, 'pro', env.now());
  };

  /** The occurrence date of a new sale: a single event's own date, a recurring event's given or first one. */
  const saleDate = (event: EsEventRow, eventDateId: string | undefined): string => {
    const first = firstOccurrenceDate(state, event)!;
    if (eventDateId === undefined) return first;
    if (event.schedule_type !== 'recurring') {
      if (eventDateId !== event.id) throw bad('eventDateId', `a single event has one date, whose id is the event's (${event.id})`);
      return first;
    }
    const parts = splitIdParts(eventDateId, 2);
    if (!parts || parts[0] !== event.id || !isYmd(parts[1])) throw bad('eventDateId', `not an occurrence of event ${event.id}: ${JSON.stringify(eventDateId)}`);
    return parts[1]!;
  };

  const createTicketType = (input: SeedTicketTypeInput): { event: EsEventRow; ticket: EsTicketRow } => {
    const event = eventOrThrow(input?.eventId);
    rejectPresent(input, ['createdAt'], 'ticketType', 'Event Schedule ticket types have no timestamps');
    const price = priceOf(event, input.price);
    const quantity = input.quantityTotal === undefined ? 100 : input.quantityTotal === null ? 0 : input.quantityTotal;
    if (!Number.isSafeInteger(quantity) || quantity < 0) throw bad('quantityTotal', `expected a non-negative integer or null, got ${input.quantityTotal}`);
    const sold = input.quantitySold ?? 0;
    if (!Number.isSafeInteger(sold) || sold < 0 || (quantity > 0 && sold > quantity)) throw bad('quantitySold', `expected 0..quantityTotal, got ${input.quantitySold}`);
    const existing = event.tickets.filter((t) => !t.retired).length;
    const ticket = newTicket(env, {
      type: input.name ?? (existing === 0 ? 'General Admission' : `Ticket type ${existing + 1}`),
      price,
      quantity,
      description: input.description ?? null,
      sales_start_at: null,
      sales_end_at: null,
      extra: {},
    });
    event.tickets.push(ticket);
    event.tickets_enabled = true;
    if (sold > 0) addSold(event, ticket.id, firstOccurrenceDate(state, event)!, sold);
    return { event, ticket };
  };

  const priceOf = (event: EsEventRow, price: Money | null | undefined): number => {
    if (price === undefined) return 25_000;
    if (price === null) return 0;
    if (currencyCode(price.currency) !== event.ticket_currency_code) {
      throw bad('price.currency', `must be the event's currency ${event.ticket_currency_code} (got ${JSON.stringify(price.currency)})`);
    }
    const th = moneyToThousandths(price);
    if (th === null) throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
    return th;
  };

  /** The subdomains of an event's talent schedules (created for performers given by name). */
  const talentOf = (talent: Array<string | EsSeedTalentInput>): string[] => {
    if (!Array.isArray(talent)) throw bad('talent', 'expected an array of talent schedule subdomains or performers');
    return talent.map((entry, i) => {
      if (typeof entry === 'string') {
        const row = liveSchedule(state, entry);
        if (!row || row.wire.type !== 'talent') throw bad(`talent.${i}`, `no seeded talent schedule ${JSON.stringify(entry)} (create one with s.schedule({ type: 'talent' }))`);
        return row.wire.subdomain;
      }
      seedKeys('talent', entry);
      if (typeof entry.name !== 'string' || entry.name.trim() === '') throw bad(`talent.${i}.name`, 'a performer needs a name');
      const row = insertSchedule(
        env,
        state,
        state.defaultUserId,
        { name: entry.name, type: 'talent', email: entry.email ?? null, youtube_url: entry.youtubeUrl ?? null, timezone: ES_DEFAULT_SCHEDULE.timezone },
        'pro',
        env.now(),
      );
      return row.wire.subdomain;
    });
  };

  let buyers = 0;
  const createSale = (input: Omit<SeedOrderInput, 'status'> & { status: EsSaleRow['status'] }): EsSaleRow => {
    const event = eventOrThrow(input.eventId);
    const date = saleDate(event, input.eventDateId);
    const lines = (input.lines ?? [{ ticketTypeId: '' }]).map((line, i) => {
      const quantity = line.quantity ?? 1;
      if (!Number.isSafeInteger(quantity) || quantity < 1) throw bad(`lines.${i}.quantity`, `expected a positive integer, got ${quantity}`);
      const ticket =
        input.lines === undefined
          ? ([...event.tickets].filter((t) => !t.retired).sort((a, b) => a.seq - b.seq)[0] ?? createTicketType({ eventId: event.id }).ticket)
          : ticketOrThrow(event, line.ticketTypeId, `lines.${i}.ticketTypeId`);
      return { ticket, quantity };
    });
    if (lines.length === 0) throw bad('lines', 'an order needs at least one line');
    const holds = input.status === 'unpaid' || input.status === 'paid' || input.status === 'amount_mismatch';
    if (holds) {
      for (const { ticket, quantity } of lines) {
        if (ticket.quantity > 0 && soldOn(event, ticket.id, date) + quantity > ticket.quantity) {
          throw bad('lines', `ticket type ${ticket.type} has ${ticket.quantity - soldOn(event, ticket.id, date)} left on ${date}`);
        }
      }
      for (const { ticket, quantity } of lines) addSold(event, ticket.id, date, quantity);
    }
    const at = instantMs('createdAt', input.createdAt, env.stamp);
    const n = env.ids.next('sale');
    const b = ++buyers;
    const merged = new Map<string, number>();
    for (const { ticket, quantity } of lines) merged.set(ticket.id, (merged.get(ticket.id) ?? 0) + quantity);
    return insertSale(state, {
      id: esId('sale', n),
      event_id: event.id,
      subdomain: event.schedules[0]!,
      user_id: state.defaultUserId,
      name: input.buyer?.name ?? `Buyer ${b}`,
      email: input.buyer?.email ?? `buyer${b}@example.com`,
      phone: input.buyer?.phone ?? null,
      event_date: date,
      status: input.status,
      payment_method: event.payment_method,
      payment_amount: lines.reduce((sum, l) => sum + l.ticket.price * l.quantity, 0),
      transaction_reference: null,
      secret: saleSecret(n),
      tickets: [...merged].map(([ticket_id, quantity]) => ({ ticket_id, quantity })),
      created_at: at,
      updated_at: at,
      deleted: false,
    });
  };

  return {
    event(input: EsSeedEventInput = {}): Event {
      seedKeys('event', input, true);
      input ??= {};
      rejectPresent(input, ['slug'], 'event', 'Event Schedule builds event URLs itself');
      const status = input.status ?? 'scheduled';
      if (status !== 'draft' && status !== 'scheduled') throw bad('status', `Event Schedule events are draft or scheduled (is_draft), not ${JSON.stringify(status)}`);
      const currency = currencyCode(input.currency ?? 'USD');
      if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
      if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(input.timezone)}`);
      let schedule: EsScheduleRow;
      if (input.schedule !== undefined) {
        const row = liveSchedule(state, input.schedule);
        if (!row) throw bad('schedule', `no seeded schedule ${JSON.stringify(input.schedule)}`);
        if (input.timezone !== undefined && row.wire.timezone !== input.timezone) throw bad('timezone', `schedule ${row.wire.subdomain} is in ${row.wire.timezone}`);
        schedule = row;
      } else {
        schedule = input.timezone === undefined ? defaultSchedule(state) : scheduleIn(input.timezone);
      }
      const at = instantMs('createdAt', input.createdAt, env.stamp);
      // `starts_at` has whole seconds.
      const startMs = Math.floor(instantMs('start', input.start, () => at + 30 * DAY) / 1000) * 1000;
      let duration: number | null = 2;
      if (input.end === null) duration = null;
      else if (input.end !== undefined) {
        const endMs = instantMs('end', input.end, () => 0);
        if (!(endMs > startMs)) throw bad('end', 'must be after start');
        duration = (endMs - startMs) / 3_600_000;
        if (duration > 8760) throw bad('end', 'Event Schedule events last at most 8760 hours');
      }
      const recurring = input.recurring === true || input.recurringFrequency !== undefined;
      const frequency = recurring ? (input.recurringFrequency ?? 'weekly') : null;
      let days: string | null = null;
      if (recurring) {
        if (input.daysOfWeek !== undefined && !/^[01]{7}$/.test(input.daysOfWeek)) throw bad('daysOfWeek', 'seven 0/1 digits, Sunday first');
        const weekday = new Date(`${localYmd(startMs, schedule.wire.timezone ?? ES_DEFAULT_SCHEDULE.timezone)}T00:00:00Z`).getUTCDay();
        days = frequency === 'weekly' || frequency === 'every_n_weeks' ? (input.daysOfWeek ?? '0000000'.split('').map((_, i) => (i === weekday ? '1' : '0')).join('')) : '1111111';
      }
      const event = insertEvent(state, {
        id: esId('event', env.ids.next('event')),
        name: input.name ?? `Sample Event ${env.ids.peek('event')}`,
        short_description: null,
        description: input.description ?? null,
        starts_at: naiveUtc(startMs),
        duration,
        category_id: null,
        is_private: false,
        is_draft: status === 'draft',
        is_internal: false,
        event_password: null,
        event_url: null,
        registration_url: null,
        flyer_image_url: null,
        schedule_type: recurring ? 'recurring' : 'single',
        recurring_frequency: frequency,
        recurring_interval: frequency === 'every_n_weeks' ? 2 : null,
        days_of_week: days,
        recurring_end_type: recurring ? 'never' : null,
        recurring_end_value: null,
        rsvp_enabled: false,
        rsvp_limit: null,
        tickets_enabled: input.ticketsEnabled ?? true,
        tickets: [],
        event_parts: [],
        ticket_currency_code: currency,
        payment_method: input.paymentMethod ?? 'cash',
        payment_instructions: null,
        schedules: [schedule.wire.subdomain, ...talentOf(input.talent ?? [])],
        groups: {},
        sold: new Map(),
        created_at: at,
        updated_at: at,
      });
      return toEvent(event, view);
    },

    eventDate(input: SeedEventDateInput): EventDate {
      seedKeys('eventDate', input);
      const event = eventOrThrow(input?.eventId);
      rejectPresent(input, ['name'], 'eventDate', 'occurrences have no name');
      if (event.schedule_type !== 'recurring') {
        rejectPresent(input, ['start', 'end'], 'eventDate', "a single event has exactly one date, the event's own start (set it with s.event({ start, end }))");
        return toSingleDate(event);
      }
      rejectPresent(input, ['end'], 'eventDate', "an occurrence lasts the event's duration");
      const tz = creatorTimezone(state, event);
      let ymd = firstOccurrenceDate(state, event)!;
      if (input.start !== undefined) {
        const ms = instantMs('start', input.start, () => 0);
        const first = localTime(parseNaiveUtc(event.starts_at)!, tz);
        const wanted = localTime(ms, tz);
        if (first.h !== wanted.h || first.mi !== wanted.mi || first.s !== wanted.s) {
          throw bad('start', `occurrences of event ${event.id} start at ${String(first.h).padStart(2, '0')}:${String(first.mi).padStart(2, '0')} local time (${tz})`);
        }
        ymd = localYmd(ms, tz);
      }
      return toOccurrence(event, ymd, view.timezoneOf(event));
    },

    ticketType(input: SeedTicketTypeInput): TicketType {
      seedKeys('ticketType', input);
      if (input.price) assertSeedKeys(ES_PROVIDER, 'ticketType', input.price, SEED_KEYS.price);
      const { event, ticket } = createTicketType(input);
      return toTicketType(ticket, event);
    },

    order(input: SeedOrderInput): Order {
      seedKeys('order', input);
      if (input.buyer !== undefined) assertSeedKeys(ES_PROVIDER, 'order', input.buyer, SEED_KEYS.buyer);
      for (const line of input.lines ?? []) assertSeedKeys(ES_PROVIDER, 'order', line, SEED_KEYS.line);
      const status = ORDER_STATUS_TO_WIRE[input?.status ?? 'paid'];
      if (status === undefined) throw bad('status', `Event Schedule sales cannot be ${JSON.stringify(input.status)}`);
      return toOrder(createSale({ ...input, status }), view);
    },

    attendee(input: SeedAttendeeInput): Attendee {
      seedKeys('attendee', input);
      const event = eventOrThrow(input?.eventId);
      rejectPresent(input, ['company', 'jobTitle'], 'attendee', 'sales carry only the buyer name, email and phone');
      if (input.checkedIn === true) throw cannotHold('attendee.checkedIn', 'the API exposes no check-in state');
      const status = ATTENDEE_STATUS_TO_SALE[input.status ?? 'attending'];
      if (status === undefined) throw bad('status', `Event Schedule attendees cannot be ${JSON.stringify(input.status)}`);
      if (input.orderId === undefined) {
        const sale = createSale({
          eventId: event.id,
          status,
          buyer: { name: input.name, email: input.email, phone: input.phone },
          ...(input.ticketTypeId !== undefined ? { lines: [{ ticketTypeId: input.ticketTypeId, quantity: 1 }] } : {}),
          createdAt: input.createdAt,
        });
        return toAttendees(sale)[0]!;
      }
      const sale = state.sales.get(input.orderId);
      if (!sale || sale.event_id !== event.id) throw bad('orderId', `no seeded order ${JSON.stringify(input.orderId)} on event ${event.id}`);
      for (const [field, value] of [['name', sale.name], ['email', sale.email], ['phone', sale.phone]] as const) {
        if (input[field] !== undefined && input[field] !== value) throw bad(field, `an attendee carries its sale's buyer ${field} (${JSON.stringify(value)})`);
      }
      if (input.status !== undefined && status !== sale.status) throw bad('status', `an attendee has its sale's status (${sale.status})`);
      const ticket = input.ticketTypeId !== undefined ? ticketOrThrow(event, input.ticketTypeId) : event.tickets.find((t) => t.id === sale.tickets[0]!.ticket_id)!;
      const index = sale.tickets.findIndex((l) => l.ticket_id === ticket.id);
      // Units are numbered across the sale's lines: only the last line can grow without renumbering others.
      if (index >= 0 && index !== sale.tickets.length - 1) throw bad('ticketTypeId', 'add the unit to the last line of the sale (or seed a new sale)');
      if (sale.status === 'unpaid' || sale.status === 'paid') {
        if (ticket.quantity > 0 && soldOn(event, ticket.id, sale.event_date) + 1 > ticket.quantity) throw bad('ticketTypeId', `ticket type ${ticket.type} is sold out`);
        addSold(event, ticket.id, sale.event_date, 1);
      }
      if (index >= 0) sale.tickets[index]!.quantity += 1;
      else sale.tickets.push({ ticket_id: ticket.id, quantity: 1 });
      sale.payment_amount += ticket.price;
      sale.updated_at = instantMs('createdAt', input.createdAt, env.stamp);
      const units = toAttendees(sale);
      return units[units.length - 1]!;
    },

    schedule(input: EsSeedScheduleInput = {}): EsScheduleWire {
      seedKeys('schedule', input, true);
      input ??= {};
      if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(input.timezone)}`);
      const row = insertSchedule(
        env,
        state,
        state.defaultUserId,
        {
          name: input.name ?? `Schedule ${state.scheduleOrder.length + 1}`,
          type: input.type ?? 'venue',
          timezone: input.timezone ?? ES_DEFAULT_SCHEDULE.timezone,
          address1: input.address1 ?? null,
          city: input.city ?? null,
          email: input.email ?? null,
          youtube_url: input.youtubeUrl ?? null,
        },
        input.plan ?? 'pro',
        env.stamp(),
      );
      return scheduleJson(row);
    },

    rateLimits(input: { reads?: number; writes?: number } = {}): void {
      seedKeys('rateLimits', input, true);
      input ??= {};
      state.rate.enabled = true;
      state.rate.reads = input.reads ?? ES_READ_LIMIT;
      state.rate.writes = input.writes ?? ES_WRITE_LIMIT;
    },

    feedback(input: EsSeedFeedbackInput): Record<string, unknown> {
      seedKeys('feedback', input);
      const event = eventOrThrow(input.eventId);
      const rating = input.rating ?? 5;
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw bad('rating', `expected an integer from 1 to 5, got ${rating}`);
      const row: EsFeedbackRow = {
        id: esId('feedback', env.ids.next('feedback')),
        event_id: event.id,
        event_date: saleDate(event, input.eventDateId),
        rating,
        comment: input.comment ?? null,
        attendee_name: input.attendeeName ?? null,
        attendee_email: input.attendeeEmail ?? null,
        created_at: instantMs('createdAt', input.createdAt, env.stamp),
      };
      state.feedback.push(row);
      return feedbackJson(state, row);
    },

    fanContent(input: EsSeedFanContentInput): Record<string, unknown> {
      seedKeys('fanContent', input);
      const event = eventOrThrow(input.eventId);
      const type = input.type ?? 'comment';
      const given = { comment: input.comment, photo: input.photoUrl, video: input.youtubeUrl } as const;
      const field = { comment: 'comment', photo: 'photoUrl', video: 'youtubeUrl' } as const;
      if (!(type in given)) throw bad('type', `expected comment, photo or video, got ${JSON.stringify(type)}`);
      for (const other of Object.keys(given) as Array<keyof typeof given>) {
        if (other !== type && given[other] !== undefined) throw bad(field[other], `a ${type} carries no ${field[other]}`);
      }
      const n = env.ids.next(`fan-${type}`);
      if (input.eventPartId != null && !event.event_parts.some((p) => p.id === input.eventPartId)) {
        throw bad('eventPartId', `no agenda part ${JSON.stringify(input.eventPartId)} on event ${event.id}`);
      }
      const row: EsFanContentRow = {
        // Ids are unique only per type (each type is numbered on its own).
        id: esId('fan', n),
        type,
        event_id: event.id,
        event_part_id: input.eventPartId ?? null,
        event_date: saleDate(event, input.eventDateId),
        submitted_by: input.submittedBy ?? `Fan ${n}`,
        is_guest_submission: input.guest ?? false,
        is_approved: input.approved ?? true,
        content: given[type] ?? (type === 'comment' ? 'Great show!' : type === 'photo' ? `https://eventschedule.com/storage/fan/${n}.jpg` : `https://www.youtube.com/watch?v=fan${n}`),
        created_at: instantMs('createdAt', input.createdAt, env.stamp),
      };
      state.fanContent.push(row);
      return fanContentJson(state, row);
    },
  };
}
