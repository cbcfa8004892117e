/**
 * `events`: an organization's events, series parents standing for their dates (docs/vendors/eventbrite.md, What maps
 * to what), and the Eventbrite-only `unpublishEvent` and `copyEvent`.
 */
import { APIPromise } from '../../../core/api-promise.js';
import type { Deleted, EventsResource } from '../../../client.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../../core/compose.js';
import { parseInput } from '../../../core/input.js';
import { EventUpdateInputSchema, type Event, type EventListParams, type EventUpdateInput } from '../../../core/model.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import type { EventbriteContext } from '../context.js';
import { rawProviderOptions } from '../inputs.js';
import { eventbriteIds, eventRefOf, normalizeEvent, type EventRef } from '../normalize.js';
import { EB_PATHS } from '../paths.js';
import { EbEventSentSchema, type EbEvent, type EbEventWrite } from '../schemas.js';
import { eventCopyBody, eventCreateBody, eventPatchBody, patchesTimes, withTimes, type EventCopyInput } from './event-bodies.js';
import { listOf, organizationPath } from './list.js';

/** Event reads expand the venue (its name and address). */
export const EVENT_EXPAND = ['venue'] as const;

/** `events.list` takes no filter: it lists every event of the organization, series parents standing for their dates. */
const EVENT_LIST_FILTERS: readonly string[] = [];

export function eventsResource(eb: EventbriteContext): EventsResource {
  const { native } = eb;
  return {
    list: (params: EventListParams = {}, options) => {
      assertListParams(eb.provider, 'events.list', params, EVENT_LIST_FILTERS);
      return listOf(eb, {
        resource: 'events',
        path: organizationPath(eb, EB_PATHS.organizationEvents),
        key: 'events',
        schema: EbEventSentSchema,
        // Series parents stand for their occurrences (eventDates.list); every status, drafts included.
        query: { show_series_parent: true, status: 'all', expand: EVENT_EXPAND.join(',') },
        params: params ?? {},
        filters: {},
        normalize: normalizeEvent,
        options,
        pageSize: true,
      });
    },
    get: (id, options) => readEvent(eb, eventRefOf(id), options),
    create: (input, options) => written(eb, native.createEvent({ event: eventCreateBody(input) }, {}, options), options),
    update: (id, patch: EventUpdateInput, options) => updateEvent(eb, eventRefOf(id), patch, options),
    publish: (id, options) => {
      const ref = eventRefOf(id);
      return lifecycle(eb, 'events.publish', ref, native.publishEvent(ref.remoteId, options), options);
    },
    cancel: (id, options) => {
      const ref = eventRefOf(id);
      return lifecycle(eb, 'events.cancel', ref, native.cancelEvent(ref.remoteId, options), options);
    },
    delete: (id, options) => {
      const ref = eventRefOf(id);
      // No `goneAfterRetry`: Eventbrite has no idempotency keys, so a delete that may have landed is never
      // retried, and a second delete answers `ALREADY_DELETED`, not 404 (see docs/vendors/eventbrite.md, Writes).
      return mapResult(eb.provider, 'write', native.deleteEvent(ref.remoteId, options), (): Deleted => ({ id, deleted: true }));
    },
  };
}

/**
 * Unpublishes an event (Eventbrite only), then reads it back. If the unpublish succeeded and the read-back fails, the
 * error says so (`outcomeUnknown: true`, `writtenId`).
 */
export function unpublishEvent(eb: EventbriteContext, id: string, options?: RequestOptions): APIPromise<Event> {
  const ref = eventRefOf(id);
  return lifecycle(eb, 'unpublishEvent', ref, eb.native.unpublishEvent(ref.remoteId, options), options);
}

/** Copies an event (Eventbrite only) with a new name and dates; returns the new event (a draft). */
export function copyEvent(eb: EventbriteContext, id: string, input: EventCopyInput = {}, options?: RequestOptions): APIPromise<Event> {
  const ref = eventRefOf(id);
  return written(eb, eb.native.copyEvent(ref.remoteId, eventCopyBody(input), options), options);
}

/** An event read at `/events/{id}/`, or a series parent at `/series/{id}/`, with its venue. */
export function readEvent(eb: EventbriteContext, ref: EventRef, options?: RequestOptions): APIPromise<Event> {
  const read = ref.isSeriesParent
    ? eb.native.getSeries(ref.remoteId, { expand: EVENT_EXPAND }, options)
    : eb.native.getEvent(ref.remoteId, { expand: EVENT_EXPAND }, options);
  return mapResult(eb.provider, 'read', read, (e) => normalizeEvent(e, eb.normalize(options)));
}

function written(eb: EventbriteContext, write: APIPromise<EbEvent>, options: RequestOptions | undefined): APIPromise<Event> {
  return mapResult(eb.provider, 'write', write, (e) => normalizeEvent(e, eb.normalize(options)));
}

/**
 * An update. `start`/`end` go on the wire with their timezone: what the patch does not say is read first. That read
 * comes before the write, so its failure means nothing was written (`outcomeUnknown: false`).
 */
function updateEvent(eb: EventbriteContext, ref: EventRef, patch: EventUpdateInput, options: RequestOptions | undefined): APIPromise<Event> {
  const { native } = eb;
  const parsed = parseInput(eb.provider, 'event patch', EventUpdateInputSchema, patch ?? {});
  const body = eventPatchBody(parsed, rawProviderOptions(patch));
  const send = (event: EbEventWrite) =>
    ref.isSeriesParent ? native.updateSeries(ref.remoteId, { event }, options) : native.updateEvent(ref.remoteId, { event }, options);
  if (!patchesTimes(parsed)) return written(eb, send(body), options);
  const current = ref.isSeriesParent ? native.getSeries(ref.remoteId, {}, options) : native.getEvent(ref.remoteId, {}, options);
  return APIPromise.from(readBeforeWrite(current).then((event) => written(eb, send(withTimes(body, parsed, event)), options).withResponse()));
}

/**
 * A lifecycle write (publish, unpublish, cancel) then the event read back with the write's waypoint token. The write
 * answers only a flag, so the read is what the caller gets; when it fails after the write succeeded, the error says
 * the write was applied (`outcomeUnknown: true`, `writtenId`: the event's id).
 */
function lifecycle(eb: EventbriteContext, what: string, ref: EventRef, write: APIPromise<unknown>, options: RequestOptions | undefined): APIPromise<Event> {
  return writeThenRead({
    provider: eb.provider,
    what,
    write,
    writtenId: () => eventbriteIds.event(ref.remoteId, ref.isSeriesParent),
    then: () => readEvent(eb, ref, options),
  });
}
