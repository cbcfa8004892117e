/** Seaty's event dates (performances): `GET /events/{id}/dates` and `GET /dates/{id}`. */
import type { EventDatesResource } from '../../../client.js';
import type { EventScopedListParams } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import { requiredEventId, SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS } from '../endpoints.js';
import { seatyId } from '../ids.js';
import { normalizeEventDate } from '../normalize.js';
import { SEATY_READERS } from '../schemas.js';
import { SEATY_LIST_FILTERS } from './filters.js';
import { pageList } from './page-list.js';

export function seatyEventDates(ctx: SeatyContext): EventDatesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      assertListParams(SEATY, 'eventDates.list', params, SEATY_LIST_FILTERS.eventDates);
      const eventId = requiredEventId(params, 'eventDates.list');
      return pageList({
        ctx,
        resource: 'eventDates',
        filters: { eventId },
        params,
        path: SEATY_PATHS.eventDates(eventId),
        reader: SEATY_READERS.eventDate,
        map: (d, normalize) => normalizeEventDate(d, eventId, normalize),
        options,
      });
    },
    get: (id, options) =>
      ctx.native.getDate(seatyId(id, 'id'), options)._thenUnwrap((d) => normalizeEventDate(d, null, ctx.normalize(options)), { provider: SEATY, kind: 'read' }),
  };
}
