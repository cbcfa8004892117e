/** `client.events`: Equaticket events (everything but delete; see docs/vendors/equaticket.md, "What maps to what"). */
import { z } from 'zod';
import type { EventsResource, Unsupported } from '../../../client.js';
import { notSupported } from '../../../core/guard.js';
import { invalidField, parseInput } from '../../../core/input.js';
import { EventCreateInputSchema, EventUpdateInputSchema, type EventCreateInput, type EventListParams, type EventUpdateInput } from '../../../core/model.js';
import { normalizeCurrency } from '../../../core/money.js';
import { assertListParams } from '../../../core/strict.js';
import { toUtcInstant } from '../../../core/time.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import { normalizeEvent } from '../normalize.js';
import { EQ_PATHS } from '../paths.js';
import { parseEventPage, type EqEventCreateBody, type EqEventUpdateBody } from '../schemas.js';
import { checkId, normalizedList, normalizedOne, ownOptions, refuseUndocumented } from './shared.js';

/** Equaticket's events: everything but `delete`. */
export interface EquaticketEventsResource extends EventsResource {
  /** @deprecated Not supported by Equaticket: the API can cancel an event (`events.cancel`) but not delete it. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}

/**
 * `providerOptions.equaticket` of an event: Equaticket documents no event field beyond those the normalized input
 * already maps (title, slug, timezone, starts_at, currency), so it accepts no key: a misspelt or undocumented field is
 * a `ValidationError`, never sent. Options for other vendors are ignored, so one input can serve several vendors.
 */
const EqEventProviderOptionsSchema = z.strictObject({});

export function eventsResource(eq: EquaticketContext): EquaticketEventsResource {
  const api = eq.native;
  return {
    list: (params: EventListParams = {}, options) => {
      assertListParams(PROVIDER, 'events.list', params, []);
      const p = params ?? {};
      return normalizedList(eq, { resource: 'events', path: EQ_PATHS.events, parse: parseEventPage, params: p, filters: {}, normalize: normalizeEvent, options });
    },
    get: (id, options) => normalizedOne(eq, 'read', api.getEvent(id, options), options, normalizeEvent),
    create: (input: EventCreateInput, options) => normalizedOne(eq, 'write', api.createEvent(eventCreateBody(input), options), options, normalizeEvent),
    update: (id, patch: EventUpdateInput, options) => {
      checkId(id, 'id');
      return normalizedOne(eq, 'write', api.updateEvent(id, eventUpdateBody(patch), options), options, normalizeEvent);
    },
    publish: (id, options) => normalizedOne(eq, 'write', api.publishEvent(id, options), options, normalizeEvent),
    cancel: (id, options) => normalizedOne(eq, 'write', api.cancelEvent(id, options), options, normalizeEvent),
    delete: notSupported(PROVIDER, 'events.delete', 'the API can cancel an event (events.cancel) but not delete it'),
  };
}

function instantOrThrow(field: string, value: string): string {
  const instant = toUtcInstant(value);
  if (instant === null) throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return instant;
}

function wireCurrencyOrThrow(code: string): string {
  const currency = normalizeCurrency(code);
  if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(code)}`);
  return currency.toLowerCase();
}

function eventCreateBody(input: EventCreateInput): EqEventCreateBody {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  refuseUndocumented('events', parsed);
  const currency = wireCurrencyOrThrow(parsed.currency);
  return {
    title: parsed.name,
    ...(parsed.slug !== undefined ? { slug: parsed.slug } : {}),
    timezone: parsed.timezone,
    starts_at: instantOrThrow('start', parsed.start),
    currency,
    ...ownOptions(input, EqEventProviderOptionsSchema),
  };
}

function eventUpdateBody(patch: EventUpdateInput): EqEventUpdateBody {
  const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch);
  refuseUndocumented('events', parsed);
  const body: EqEventUpdateBody = { ...ownOptions(patch, EqEventProviderOptionsSchema) };
  if (parsed.name !== undefined) body.title = parsed.name;
  if (parsed.slug !== undefined) body.slug = parsed.slug;
  if (parsed.timezone !== undefined) body.timezone = parsed.timezone;
  if (parsed.start !== undefined) body.starts_at = instantOrThrow('start', parsed.start);
  if (parsed.currency !== undefined) body.currency = wireCurrencyOrThrow(parsed.currency);
  return body;
}
