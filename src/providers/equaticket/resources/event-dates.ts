/** `client.eventDates`: one date per Equaticket event, synthesized from the event (its id is the event's id). */
import type { EventDatesResource } from '../../../client.js';
import type { EventScopedListParams } from '../../../core/model.js';
import { singlePage } from '../../../core/pagination.js';
import type { EquaticketContext } from '../context.js';
import { synthesizeEventDate } from '../normalize.js';
import { normalizedOne, requiredEventId } from './shared.js';

export function eventDatesResource(eq: EquaticketContext): EventDatesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      const eventId = requiredEventId('eventDates.list', params);
      return singlePage({
        provider: eq.provider,
        resource: 'eventDates',
        filters: { eventId },
        cursor: params.cursor,
        options,
        load: async (opts) => {
          const { data, response, requestId, attempts } = await eq.native.getEvent(eventId, opts).withResponse();
          return { items: [synthesizeEventDate(data.object, eq.normalizeContext(opts, data.livemode))], response, requestId, attempts };
        },
      });
    },
    get: (id, options) => normalizedOne(eq, 'read', eq.native.getEvent(id, options), options, synthesizeEventDate),
  };
}
