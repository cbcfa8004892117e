/**
 * `eventDates`: a series parent's occurrences (each its own event), or the one date of a single event
 * (docs/vendors/eventbrite.md, What maps to what).
 */
import type { EventDatesResource } from '../../../client.js';
import { mapResult } from '../../../core/compose.js';
import { invalidField } from '../../../core/input.js';
import type { EventScopedListParams } from '../../../core/model.js';
import { singlePage } from '../../../core/pagination.js';
import { assertListParams } from '../../../core/strict.js';
import type { EventbriteContext } from '../context.js';
import { eventRefOf, normalizeEventDate, simpleIdOf, type EventRef } from '../normalize.js';
import { EB_PATHS } from '../paths.js';
import { EbEventSentSchema } from '../schemas.js';
import { listOf } from './list.js';

export function eventDatesResource(eb: EventbriteContext): EventDatesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      const ref = scopedEventRef(eb, params, 'eventDates.list');
      if (ref.isSeriesParent) {
        return listOf(eb, {
          resource: 'eventDates',
          path: EB_PATHS.seriesEvents(ref.remoteId),
          key: 'events',
          schema: EbEventSentSchema,
          params,
          filters: { eventId: params.eventId },
          normalize: normalizeEventDate,
          options,
        });
      }
      // A single event is its own one date.
      return singlePage({
        provider: eb.provider,
        resource: 'eventDates',
        filters: { eventId: params.eventId },
        cursor: params.cursor,
        options,
        load: async (opts) => {
          const { data, response, requestId, attempts } = await eb.native.getEvent(ref.remoteId, {}, opts).withResponse();
          return { items: [normalizeEventDate(data, eb.normalize(opts))], response, requestId, attempts };
        },
      });
    },
    get: (id, options) => {
      const remoteId = simpleIdOf(id, 'id', 'an Eventbrite event date id');
      return mapResult(eb.provider, 'read', eb.native.getEvent(remoteId, {}, options), (e) => normalizeEventDate(e, eb.normalize(options)));
    },
  };
}

/** The event a scoped list needs (`{ eventId }`): params checked for typos, the id for its shape. */
export function scopedEventRef(eb: EventbriteContext, params: EventScopedListParams | undefined, method: string): EventRef {
  assertListParams(eb.provider, method, params, ['eventId']);
  if (params?.eventId === undefined) throw invalidField(eb.provider, 'eventId', `${method} needs { eventId }`);
  return eventRefOf(params.eventId, 'eventId');
}
