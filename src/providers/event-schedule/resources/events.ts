/** Event Schedule events (docs/vendors/event-schedule.md, "Events"): everything but `cancel`. */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import type { Deleted } from '../../../client.js';
import { writeThenRead, readBeforeWrite } from '../../../core/compose.js';
import { notSupported } from '../../../core/guard.js';
import { invalidField, parseInput } from '../../../core/input.js';
import { EventCreateInputSchema, EventUpdateInputSchema, type Event, type EventCreateInput, type EventListParams, type EventUpdateInput } from '../../../core/model.js';
import { normalizeCurrency } from '../../../core/money.js';
import { paginate, type RawPage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { PROVIDER } from '../config.js';
import { ScheduleZones, lookupOptions, type EventScheduleContext } from '../context.js';
import { ES_PATHS } from '../endpoints.js';
import { recordId, subdomainOf } from '../ids.js';
import { EventProviderOptionsSchema, durationHours, utcWallClock, vendorOptions } from '../inputs.js';
import { eventScheduleIds, isValidTimeZone, normalizeEvent, startOf } from '../normalize.js';
import { PageDeduper } from '../pagination.js';
import { ES_PARSE } from '../parse.js';
import type { EsEvent, EsEventBody } from '../schemas.js';
import type { EventScheduleEventsResource } from '../types.js';

/** The event a write returned, normalized; the schedule time-zone read it needs happens after the write. */
function writtenEvent(
  es: EventScheduleContext,
  what: string,
  write: APIPromise<EsEvent>,
  options: RequestOptions | undefined,
  after?: (event: Event) => void,
): Promise<WithResponse<Event>> {
  return writeThenRead({
    provider: PROVIDER,
    what,
    write,
    writtenId: (e) => eventScheduleIds.event(e.id),
    then: async (e, result) => {
      const event = normalizeEvent(e, await new ScheduleZones(es, options).of(e), es.normalize(options));
      after?.(event);
      return { ...result, data: event };
    },
  }).withResponse();
}

function warnTimezone(es: EventScheduleContext, event: Event, requested: string): void {
  if (event.timezone !== null && event.timezone !== requested) {
    es.log.warn(`Event Schedule events use their schedule's time zone (${event.timezone}), not ${requested}; the start instant is exact either way.`);
  }
}

function checkedCurrency(currency: string): string {
  const code = normalizeCurrency(currency);
  if (code === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(currency)}`);
  return code;
}

function listEvents(es: EventScheduleContext, params: EventListParams = {}, options?: RequestOptions) {
  assertListParams(PROVIDER, 'events.list', params, []);
  const deduper = new PageDeduper<EsEvent>((e) => e.id);
  let zones: ScheduleZones | null = null;
  return paginate<Event>({
    provider: PROVIDER,
    resource: 'events',
    filters: {},
    limit: params?.limit,
    cursor: params?.cursor,
    options,
    fetchPage: async (state, limit, opts): Promise<RawPage<Event>> => {
      const page = await es.fetchPage({ path: ES_PATHS.events, parse: ES_PARSE.eventPage, query: {}, state, limit, options: opts, deduper });
      // One read per schedule for the whole listing (not per page or per event).
      zones ??= new ScheduleZones(es, opts);
      const timezones = await zones.ofEach(page.items);
      const ctx = es.normalize(opts);
      const items: Event[] = new Array<Event>(page.items.length);
      for (let i = 0; i < items.length; i++) items[i] = normalizeEvent(page.items[i]!, timezones[i]!, ctx);
      return { ...page, items };
    },
  });
}

async function getEvent(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Event>> {
  const result = await es.native.getEvent(recordId(id), options).withResponse();
  const timezone = await new ScheduleZones(es, options).of(result.data);
  return { ...result, data: normalizeEvent(result.data, timezone, es.normalize(options)) };
}

async function createEvent(es: EventScheduleContext, input: EventCreateInput, options?: RequestOptions): Promise<WithResponse<Event>> {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  const { subdomain: perCall, ...vendor } = vendorOptions(input, EventProviderOptionsSchema);
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Event Schedule builds event URLs itself; a slug cannot be set');
  if (!isValidTimeZone(parsed.timezone)) throw invalidField(PROVIDER, 'timezone', `not an IANA time zone: ${JSON.stringify(parsed.timezone)}`);
  const currency = checkedCurrency(parsed.currency);
  const subdomain = perCall === undefined ? es.schedule : subdomainOf(perCall, `providerOptions.${PROVIDER}.subdomain`);
  if (!subdomain) {
    throw invalidField(
      PROVIDER,
      'schedule',
      `events.create needs a schedule: set \`schedule\` (a subdomain) in the client config or providerOptions['${PROVIDER}'].subdomain`,
    );
  }
  const body: EsEventBody & { name: string; starts_at: string } = {
    ...(vendor as EsEventBody),
    name: parsed.name,
    starts_at: utcWallClock('start', parsed.start),
    ticket_currency_code: currency,
  };
  if (parsed.end !== undefined && parsed.end !== null) body.duration = durationHours(parsed.start, parsed.end);
  if (parsed.description !== undefined && parsed.description !== null) body.description = parsed.description;
  const after = (event: Event) => warnTimezone(es, event, parsed.timezone);
  return writtenEvent(es, 'events.create', es.native.createEvent(subdomain, body, options), options, after);
}

async function updateEvent(es: EventScheduleContext, id: string, patch: EventUpdateInput, options?: RequestOptions): Promise<WithResponse<Event>> {
  recordId(id);
  const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch);
  const { subdomain, ...vendor } = vendorOptions(patch, EventProviderOptionsSchema);
  if (subdomain !== undefined) throw invalidField(PROVIDER, `providerOptions.${PROVIDER}.subdomain`, 'an event cannot move to another schedule');
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Event Schedule builds event URLs itself; a slug cannot be set');
  if (parsed.timezone !== undefined && !isValidTimeZone(parsed.timezone)) {
    throw invalidField(PROVIDER, 'timezone', `not an IANA time zone: ${JSON.stringify(parsed.timezone)}`);
  }
  const body: EsEventBody = { ...(vendor as EsEventBody) };
  if (parsed.name !== undefined) body.name = parsed.name;
  if (parsed.description !== undefined) body.description = parsed.description;
  if (parsed.currency !== undefined) body.ticket_currency_code = checkedCurrency(parsed.currency);
  if (parsed.start !== undefined) body.starts_at = utcWallClock('start', parsed.start);
  if (parsed.end === null) body.duration = 0;
  else if (parsed.end !== undefined) {
    let start = parsed.start;
    if (start === undefined) {
      // `duration` is relative to the start: read the stored one (its failure means nothing was written).
      const current = startOf(await readBeforeWrite(es.native.getEvent(id, lookupOptions(options))));
      if (current === null) throw invalidField(PROVIDER, 'end', 'the event has no start; pass start with end');
      start = current;
    }
    body.duration = durationHours(start, parsed.end);
  }
  const requested = parsed.timezone;
  const after = requested === undefined ? undefined : (event: Event) => warnTimezone(es, event, requested);
  return writtenEvent(es, 'events.update', es.native.updateEvent(id, body, options), options, after);
}

async function deleteEvent(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Deleted>> {
  const result = await es.native.deleteEvent(recordId(id), options).withResponse();
  return { ...result, data: { id, deleted: true } };
}

/** The events resource (unguarded: the client wraps it in the one guard). */
export function eventsResource(es: EventScheduleContext): EventScheduleEventsResource {
  return {
    list: (params, options) => listEvents(es, params ?? {}, options),
    get: (id, options) => APIPromise.from(getEvent(es, id, options)),
    create: (input, options) => APIPromise.from(createEvent(es, input, options)),
    update: (id, patch, options) => APIPromise.from(updateEvent(es, id, patch, options)),
    publish: (id, options) => APIPromise.from(writtenEvent(es, 'events.publish', es.native.updateEvent(recordId(id), { is_draft: false }, options), options)),
    cancel: notSupported(
      PROVIDER,
      'events.cancel',
      'Event Schedule has no cancelled state; unpublish with events.update (providerOptions is_draft: true) or delete the event (its sales are deleted too)',
    ),
    delete: (id, options) => APIPromise.from(deleteEvent(es, id, options)),
  };
}
