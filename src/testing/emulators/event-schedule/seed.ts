/**
 * Event Schedule seed builders. Input is normalized-style; each builder stores the vendor's wire rows and
 * returns the normalized entity the client will return for them. Defaults are listed in the README (Vendors, Event Schedule, Emulator).
 */
import { UnsupportedCapabilityError, ValidationError } from '../../../core/errors.js';
import type { Attendee, Event, EventDate, Order, TicketType } from '../../../core/model.js';
import { normalizeCurrency, type Money } from '../../../core/money.js';
import { splitId } from '../../../internal/ids.js';
import type {
  BaseSeeder,
  SeedAttendeeInput,
  SeedEventDateInput,
  SeedEventInput,
  SeedOrderInput,
  SeedTicketTypeInput,
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
}

const DAY = 24 * 60 * 60 * 1000;

function bad(field: string, message: string): ValidationError {
  return new ValidationError({ provider: ES_PROVIDER, message: `Invalid seed ${field}: ${message}.`, fields: [{ field, message }] });
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
    const parts = splitId(id, 2);
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
    const parts = splitId(eventDateId, 2);
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
    if (normalizeCurrency(price.currency) !== event.ticket_currency_code) {
      throw bad('price.currency', `must be the event's currency ${event.ticket_currency_code} (got ${JSON.stringify(price.currency)})`);
    }
    const th = moneyToThousandths(price);
    if (th === null) throw bad('price.amount', `expected a non-negative integer in minor units, got ${price.amount}`);
    return th;
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
      rejectPresent(input, ['slug'], 'event', 'Event Schedule builds event URLs itself');
      const status = input.status ?? 'scheduled';
      if (status !== 'draft' && status !== 'scheduled') throw bad('status', `Event Schedule events are draft or scheduled (is_draft), not ${JSON.stringify(status)}`);
      const currency = normalizeCurrency(input.currency ?? 'USD');
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
        schedules: [schedule.wire.subdomain],
        groups: {},
        sold: new Map(),
        created_at: at,
        updated_at: at,
      });
      return toEvent(event, view);
    },

    eventDate(input: SeedEventDateInput): EventDate {
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
      const { event, ticket } = createTicketType(input);
      return toTicketType(ticket, event);
    },

    order(input: SeedOrderInput): Order {
      const status = ORDER_STATUS_TO_WIRE[input?.status ?? 'paid'];
      if (status === undefined) throw bad('status', `Event Schedule sales cannot be ${JSON.stringify(input.status)}`);
      return toOrder(createSale({ ...input, status }), view);
    },

    attendee(input: SeedAttendeeInput): Attendee {
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
        },
        input.plan ?? 'pro',
        env.stamp(),
      );
      return scheduleJson(row);
    },

    rateLimits(input: { reads?: number; writes?: number } = {}): void {
      state.rate.enabled = true;
      state.rate.reads = input.reads ?? ES_READ_LIMIT;
      state.rate.writes = input.writes ?? ES_WRITE_LIMIT;
    },
  };
}
