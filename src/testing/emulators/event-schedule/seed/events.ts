/** Seed builders of events and their dates (`s.event`, `s.eventDate`). */
import type { Event, EventDate } from '../../../framework/contract.js';
import type { SeedEventDateInput } from '../../../framework/index.js';
import { creatorTimezone, defaultSchedule, firstOccurrenceDate, insertEvent, insertSchedule, liveSchedule, type EsScheduleRow } from '../state.js';
import { ES_DEFAULT_SCHEDULE, currencyCode, esId, isTimeZone, localTime, localYmd, naiveUtc, parseNaiveUtc, toEvent, toOccurrence, toSingleDate } from '../wire.js';
import { bad, eventOrThrow, flag, instantMs, oneOf, rejectPresent, seedKeys, text, type SeedContext } from './common.js';
import { talentOf } from './schedules.js';
import type { EsSeedEventInput } from './types.js';

const DAY = 24 * 60 * 60 * 1000;
const FREQUENCIES = ['daily', 'weekly', 'every_n_weeks', 'monthly_date', 'monthly_weekday', 'yearly'] as const;
const PAYMENT_METHODS = ['cash', 'stripe', 'invoiceninja', 'payment_url', 'payfast'] as const;

/** A venue schedule in `timezone`: the main one when it is there, else one made for it. */
function scheduleIn(c: SeedContext, timezone: string): EsScheduleRow {
  const main = defaultSchedule(c.state);
  if (main.wire.timezone === timezone) return main;
  const found = c.state.scheduleOrder.find((s) => !s.deleted && s.plan !== 'free' && s.wire.timezone === timezone);
  if (found) return found;
  const city = timezone.split('/').pop()!.replace(/_/g, ' ');
  return insertSchedule(c.env, c.state, c.state.defaultUserId, { name: `${city} Hall`, type: 'venue', timezone, address1: '1 Main Street', city }, 'pro', c.env.now());
}

/** The schedule an event is on: the one named, else the main one, or one in the event's time zone. */
function eventSchedule(c: SeedContext, input: EsSeedEventInput): EsScheduleRow {
  if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(input.timezone)}`);
  if (input.schedule === undefined) return input.timezone === undefined ? defaultSchedule(c.state) : scheduleIn(c, input.timezone);
  const row = typeof input.schedule === 'string' ? liveSchedule(c.state, input.schedule) : undefined;
  if (!row) throw bad('schedule', `no seeded schedule ${JSON.stringify(input.schedule)}`);
  if (input.timezone !== undefined && row.wire.timezone !== input.timezone) throw bad('timezone', `schedule ${row.wire.subdomain} is in ${row.wire.timezone}`);
  return row;
}

/** The start (whole seconds) and the duration in hours (`null`: open-ended). */
function eventTiming(input: EsSeedEventInput, at: number): { startMs: number; duration: number | null } {
  const startMs = Math.floor(instantMs('start', input.start, () => at + 30 * DAY) / 1000) * 1000;
  if (input.end === null) return { startMs, duration: null };
  if (input.end === undefined) return { startMs, duration: 2 };
  const endMs = instantMs('end', input.end, () => 0);
  if (!(endMs > startMs)) throw bad('end', 'must be after start');
  const duration = (endMs - startMs) / 3_600_000;
  if (duration > 8760) throw bad('end', 'Event Schedule events last at most 8760 hours');
  return { startMs, duration };
}

/** The recurrence: weekly on the start's local weekday unless `daysOfWeek` says otherwise. */
function recurrence(input: EsSeedEventInput, startMs: number, timezone: string): { frequency: (typeof FREQUENCIES)[number] | null; days: string | null } {
  const recurring = flag('recurring', input.recurring) === true || input.recurringFrequency !== undefined;
  const frequency = recurring ? (oneOf('recurringFrequency', input.recurringFrequency, FREQUENCIES) ?? 'weekly') : null;
  if (frequency === null) return { frequency, days: null };
  if (input.daysOfWeek !== undefined && !(typeof input.daysOfWeek === 'string' && /^[01]{7}$/.test(input.daysOfWeek))) throw bad('daysOfWeek', 'seven 0/1 digits, Sunday first');
  if (frequency !== 'weekly' && frequency !== 'every_n_weeks') return { frequency, days: '1111111' };
  const weekday = new Date(`${localYmd(startMs, timezone)}T00:00:00Z`).getUTCDay();
  return { frequency, days: input.daysOfWeek ?? '0000000'.split('').map((_, i) => (i === weekday ? '1' : '0')).join('') };
}

export function seedEvent(c: SeedContext, input: EsSeedEventInput = {}): Event {
  seedKeys('event', input, true);
  input ??= {};
  rejectPresent(input, ['slug'], 'event', 'Event Schedule builds event URLs itself');
  const status = input.status ?? 'scheduled';
  if (status !== 'draft' && status !== 'scheduled') throw bad('status', `Event Schedule events are draft or scheduled (is_draft), not ${JSON.stringify(status)}`);
  const currency = currencyCode(input.currency ?? 'USD');
  if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
  const schedule = eventSchedule(c, input);
  const at = instantMs('createdAt', input.createdAt, c.env.stamp);
  const { startMs, duration } = eventTiming(input, at);
  const { frequency, days } = recurrence(input, startMs, schedule.wire.timezone ?? ES_DEFAULT_SCHEDULE.timezone);
  const event = insertEvent(c.state, {
    id: esId('event', c.env.ids.next('event')),
    name: text('name', input.name) ?? `Sample Event ${c.env.ids.peek('event')}`,
    short_description: null,
    description: text('description', input.description, true) ?? null,
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
    schedule_type: frequency !== null ? 'recurring' : 'single',
    recurring_frequency: frequency,
    recurring_interval: frequency === 'every_n_weeks' ? 2 : null,
    days_of_week: days,
    recurring_end_type: frequency !== null ? 'never' : null,
    recurring_end_value: null,
    rsvp_enabled: false,
    rsvp_limit: null,
    tickets_enabled: flag('ticketsEnabled', input.ticketsEnabled) ?? true,
    tickets: [],
    event_parts: [],
    ticket_currency_code: currency,
    payment_method: oneOf('paymentMethod', input.paymentMethod, PAYMENT_METHODS) ?? 'cash',
    payment_instructions: null,
    schedules: [schedule.wire.subdomain, ...talentOf(c, input.talent ?? [])],
    groups: {},
    sold: new Map(),
    created_at: at,
    updated_at: at,
  });
  return toEvent(event, c.view);
}

export function seedEventDate(c: SeedContext, input: SeedEventDateInput): EventDate {
  seedKeys('eventDate', input);
  const event = eventOrThrow(c, input?.eventId);
  rejectPresent(input, ['name'], 'eventDate', 'occurrences have no name');
  if (event.schedule_type !== 'recurring') {
    rejectPresent(input, ['start', 'end'], 'eventDate', "a single event has exactly one date, the event's own start (set it with s.event({ start, end }))");
    return toSingleDate(event);
  }
  rejectPresent(input, ['end'], 'eventDate', "an occurrence lasts the event's duration");
  const tz = creatorTimezone(c.state, event);
  let ymd = firstOccurrenceDate(c.state, event)!;
  if (input.start !== undefined) {
    const ms = instantMs('start', input.start, () => 0);
    const first = localTime(parseNaiveUtc(event.starts_at)!, tz);
    const wanted = localTime(ms, tz);
    if (first.h !== wanted.h || first.mi !== wanted.mi || first.s !== wanted.s) {
      throw bad('start', `occurrences of event ${event.id} start at ${String(first.h).padStart(2, '0')}:${String(first.mi).padStart(2, '0')} local time (${tz})`);
    }
    ymd = localYmd(ms, tz);
  }
  return toOccurrence(event, ymd, c.view.timezoneOf(event));
}
