/** `s.event()`: a Seaty event (its times live on its dates, so it takes none). */
import { isoUtc } from '../../../framework/index.js';
import type { EventRow } from '../state.js';
import type { EventWire } from '../wire.js';
import { ID_BASE, insertEvent, type SeedContext } from './context.js';
import { bad, instantMs, isTimeZone, nonNegativeInt, rejectPresent, text, type SeatySeedEventInput } from './input.js';

const VISIBILITIES = ['public', 'unlisted', 'private'] as const;

export function createEvent(seed: SeedContext, input: SeatySeedEventInput = {}): EventRow {
  rejectPresent(input, ['start', 'end'], 'event', 'Seaty events have no times of their own; their dates do (s.eventDate({ eventId, start }))');
  const status = input.status ?? 'scheduled';
  if (status !== 'scheduled' && status !== 'draft') {
    throw bad('status', `a Seaty event's status follows ticketing_enabled: 'scheduled' or 'draft', not ${JSON.stringify(status)}`);
  }
  if (input.currency !== undefined && String(input.currency).toUpperCase() !== 'GBP') {
    throw bad('currency', 'Seaty gives only a currency symbol and ticketkit maps only £ (GBP); set currencySymbol to test another symbol');
  }
  const timezone = input.timezone ?? 'Europe/London';
  if (typeof timezone !== 'string' || !isTimeZone(timezone)) throw bad('timezone', `not an IANA time zone: ${JSON.stringify(timezone)}`);
  const visibility = input.visibility ?? 'public';
  if (!VISIBILITIES.includes(visibility)) throw bad('visibility', `expected one of ${VISIBILITIES.join(', ')}, got ${JSON.stringify(visibility)}`);
  if (input.buyingEnabled !== undefined && typeof input.buyingEnabled !== 'boolean') throw bad('buyingEnabled', `expected a boolean, got ${JSON.stringify(input.buyingEnabled)}`);
  const n = seed.env.ids.next('event');
  const name = input.name === undefined || input.name === null ? `Sample Event ${n}` : (text('name', input.name, false) as string);
  const wire: EventWire = {
    id: ID_BASE.event + n,
    tag: eventTag(seed, input.slug, name),
    name,
    organisation_id: seed.state.organisationId,
    type: input.type === undefined ? null : text('type', input.type),
    description: input.description === undefined ? null : text('description', input.description),
    date_created: isoUtc(instantMs('createdAt', input.createdAt, seed.env.stamp)),
    time_zone_id: timezone,
    venue_id: input.venueId === undefined || input.venueId === null ? null : nonNegativeInt('venueId', input.venueId),
    tour_id: null,
    currency_symbol: input.currencySymbol === undefined ? '£' : text('currencySymbol', input.currencySymbol),
    unlisted: visibility === 'unlisted',
    private: visibility === 'private',
    ticketing_enabled: status === 'scheduled',
    buying_enabled: input.buyingEnabled ?? true,
  };
  return insertEvent(seed, wire);
}

/** The event's tag (`seaty.co.uk/<tag>`): the given slug, unique, else one made from the name. */
function eventTag(seed: SeedContext, slug: unknown, name: string): string {
  let tag: string;
  if (slug !== undefined) {
    if (typeof slug !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw bad('slug', 'lowercase letters, digits and dashes');
    if (seed.tags.has(slug)) throw bad('slug', `another event already uses ${JSON.stringify(slug)}`);
    tag = slug;
  } else {
    const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'event';
    tag = base;
    for (let i = 2; seed.tags.has(tag); i++) tag = `${base}-${i}`;
  }
  seed.tags.add(tag);
  return tag;
}
