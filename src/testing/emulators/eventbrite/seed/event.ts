/** `s.event()` and `s.eventDate()`: single events, series parents and their dates (occurrences). */
import type { Event, EventDate } from '../../../framework/contract.js';
import type { SeedEventDateInput, SeedEventInput } from '../../../framework/index.js';
import { currencyCode } from '../codec.js';
import { htmlOf, insertEvent, insertLogo, insertVenue, type EbEnv, type NewEvent } from '../state.js';
import { EVENT_STATUS_TO_WIRE, toEvent, toEventDate, type VenueWire } from '../wire.js';
import {
  bad,
  cannotHold,
  instantMs,
  isTimeZone,
  lookup,
  nonNegativeInt,
  nullableText,
  optionalChoice,
  optionalFlag,
  optionalText,
  SEED_KEYS,
  seedInput,
} from './check.js';
import { eventOrThrow, orgFor } from './find.js';

/** An Eventbrite event to seed: the common fields plus series, visibility, venue and organization. */
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
  venue?: {
    /** The venue's name. */
    name: string;
    /** Its address as one line, or `null`. */
    address?: string | null;
  } | null;
  /** The organization (an id `s.organization()` returned). Default: the emulator's organization. */
  organizationId?: string;
  /** Default `en_US`. */
  locale?: string;
  /** Give the event a logo (its `logo_id`, and the `logo` object every event read carries). Default `false`. */
  logo?: boolean;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const VISIBILITIES = ['public', 'unlisted', 'private'] as const;

export function seedEvent(env: EbEnv, given: EbSeedEventInput | undefined): Event {
  const input = seedInput('event', given, SEED_KEYS.event, true);
  if (input.slug !== undefined) throw cannotHold('event.slug', 'Eventbrite assigns the event URL; it has no slug');
  if (input.end === null) throw cannotHold('event.end', 'an Eventbrite event always has an end time');
  const org = orgFor(env, input.organizationId);
  const venue = venueOf(env, input);
  const at = instantMs('createdAt', input.createdAt, env.stamp);
  const row = insertEvent(env, org, eventSettings(env, input, venue, at), at);
  return toEvent(row.wire, venue);
}

/** The venue seeded with an event (`null`: none); an online event has none. */
function venueOf(env: EbEnv, input: EbSeedEventInput): VenueWire | null {
  if (input.venue === undefined || input.venue === null) return null;
  const venue = seedInput('event.venue', input.venue, SEED_KEYS.venue, false);
  const name = optionalText('venue.name', venue.name);
  if (name === undefined) throw bad('venue.name', 'required');
  if (input.isOnline === true) throw bad('venue', 'an online event has no venue');
  return insertVenue(env, name, nullableText('venue.address', venue.address) ?? null);
}

/** Every setting of a new event, checked (a wrong type or value is a `ConfigError` naming it). */
function eventSettings(env: EbEnv, input: EbSeedEventInput, venue: VenueWire | null, at: number): NewEvent {
  const statusGiven = optionalText('status', input.status) ?? 'scheduled';
  const status = lookup(EVENT_STATUS_TO_WIRE, statusGiven);
  if (status === undefined) throw bad('status', `Eventbrite events are draft, scheduled (live), started, ended or cancelled, not ${JSON.stringify(input.status)}`);
  const currency = currencyCode(input.currency ?? 'USD');
  if (currency === null) throw bad('currency', `unknown ISO-4217 code ${JSON.stringify(input.currency)}`);
  const timezone = input.timezone ?? 'America/Los_Angeles';
  if (!isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
  const startMs = instantMs('start', input.start, () => at + 30 * DAY);
  const endMs = instantMs('end', input.end, () => startMs + 3 * HOUR);
  if (endMs <= startMs) throw bad('end', 'must be after start');
  const visibility = optionalChoice('visibility', input.visibility, VISIBILITIES) ?? 'public';
  const description = nullableText('description', input.description);
  return {
    name: htmlOf(optionalText('name', input.name) ?? `Sample Event ${env.ids.peek('event') + 1}`),
    descriptionHtml: description === undefined || description === null ? null : htmlOf(description),
    summary: null,
    timezone,
    startMs,
    endMs,
    currency,
    status,
    isSeriesParent: optionalFlag('isSeries', input.isSeries) === true,
    parent: null,
    onlineEvent: optionalFlag('isOnline', input.isOnline) === true,
    // Eventbrite refuses `listed` with `invite_only` (INVITE_CONFLICT): a private event is unlisted too.
    listed: visibility === 'public',
    inviteOnly: visibility === 'private',
    shareable: visibility !== 'private',
    capacity: input.capacity === undefined || input.capacity === null ? null : nonNegativeInt('capacity', input.capacity),
    venueId: venue?.id ?? null,
    locale: optionalText('locale', input.locale) ?? 'en_US',
    logoId: optionalFlag('logo', input.logo) === true ? insertLogo(env.state.logos, env.ids).id : null,
  };
}

/**
 * On a series parent: adds an occurrence (its own event id), a week after the last one by default. On a single event:
 * returns its one date; any field then throws `UnsupportedCapabilityError` (seed a series for several dates).
 */
export function seedEventDate(env: EbEnv, given: SeedEventDateInput): EventDate {
  const input = seedInput('eventDate', given, SEED_KEYS.eventDate, false);
  const event = eventOrThrow(env, input.eventId);
  if (input.name !== undefined && input.name !== null) throw cannotHold('eventDate.name', 'Eventbrite dates have no name of their own');
  if (!event.wire.is_series_parent) {
    if (input.start !== undefined || (input.end !== undefined && input.end !== null)) {
      throw cannotHold('eventDate.start', 'a single event has one date, its own (seed a series with s.event({ isSeries: true }) for several)');
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
    orgFor(env, parent.organization_id),
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
}
