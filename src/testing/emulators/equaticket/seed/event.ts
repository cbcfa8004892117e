/** `s.event()` and `s.eventDate()`: an Equaticket event, and its one date (the event's own start). */
import type { Event, EventDate } from '../../../framework/contract.js';
import { isoUtc, type SeedEventDateInput, type SeedEventInput } from '../../../framework/index.js';
import { insertEvent, slugTaken, storeFor, uniqueSlug } from '../store-ops.js';
import { isTimeZone, wireCurrency } from '../validate.js';
import { EVENT_STATUS_TO_WIRE, toEvent, toEventDate } from '../wire.js';
import { bad, eventOrThrow, flagOrThrow, instantMs, rejectPresent, seedInput, textOrThrow, type SeedScope } from './input.js';

export interface EqSeedEventInput extends SeedEventInput {
  /** Put the event (and everything seeded under it) in live mode: visible to `sk_live_` keys only. Default `false`. */
  livemode?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

export function seedEvent(scope: SeedScope, given: EqSeedEventInput | undefined): Event {
  const { env } = scope;
  const input = seedInput('event', given, true);
  rejectPresent(input, ['end', 'description'], 'event', 'Equaticket events have no end time or description in the API');
  for (const field of ['name', 'slug', 'currency', 'timezone'] as const) textOrThrow(field, input[field]);
  flagOrThrow('livemode', input.livemode);
  const store = storeFor(env, input.livemode === true);
  const status = Object.hasOwn(EVENT_STATUS_TO_WIRE, input.status ?? 'scheduled') ? EVENT_STATUS_TO_WIRE[input.status ?? 'scheduled'] : undefined;
  if (status === undefined) throw bad('status', `Equaticket events are draft, scheduled (published) or cancelled, not ${JSON.stringify(input.status)}`);
  const currency = wireCurrency((input.currency ?? 'USD').toLowerCase());
  if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
  const timezone = input.timezone ?? 'America/New_York';
  if (!isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
  if (input.slug !== undefined && slugTaken(store, input.slug)) throw bad('slug', `another event already uses ${JSON.stringify(input.slug)}`);
  const at = instantMs('createdAt', input.createdAt, env.stamp);
  const name = input.name ?? `Sample Event ${env.ids.peek('event') + 1}`;
  const start = isoUtc(instantMs('start', input.start, () => at + 30 * DAY));
  const wire = insertEvent(env, store, { title: name, slug: input.slug ?? uniqueSlug(store, name), timezone, starts_at: start, currency, status }, at);
  return toEvent(wire);
}

export function seedEventDate(scope: SeedScope, given: SeedEventDateInput): EventDate {
  const input = seedInput('eventDate', given, false);
  const { event } = eventOrThrow(scope, input.eventId);
  rejectPresent(input, ['name', 'start', 'end'], 'eventDate', "an event has exactly one date, the event's own start (set it with s.event({ start }))");
  return toEventDate(event);
}
