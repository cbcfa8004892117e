/** Seaty's events: read-only (`GET /events`, `GET /events/{id}`); every write is unsupported. */
import type { EventsResource, Unsupported } from '../../../client.js';
import { notSupported } from '../../../core/guard.js';
import type { EventListParams } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import { SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS } from '../endpoints.js';
import { seatyId } from '../ids.js';
import { normalizeEvent } from '../normalize.js';
import { SEATY_READERS } from '../schemas.js';
import { SEATY_LIST_FILTERS } from './filters.js';
import { pageList } from './page-list.js';

const READ_ONLY = 'the Seaty API is read-and-record; events are managed in the Seaty dashboard';

export function seatyEvents(ctx: SeatyContext): SeatyEventsResource {
  return {
    list: (params: EventListParams = {}, options) => {
      assertListParams(SEATY, 'events.list', params, SEATY_LIST_FILTERS.events);
      return pageList({
        ctx,
        resource: 'events',
        filters: {},
        params: params ?? {},
        path: SEATY_PATHS.events,
        reader: SEATY_READERS.event,
        map: normalizeEvent,
        options,
      });
    },
    get: (id, options) =>
      ctx.native.getEvent(seatyId(id, 'id'), options)._thenUnwrap((e) => normalizeEvent(e, ctx.normalize(options)), { provider: SEATY, kind: 'read' }),
    create: notSupported(SEATY, 'events.create', READ_ONLY),
    update: notSupported(SEATY, 'events.update', READ_ONLY),
    publish: notSupported(SEATY, 'events.publish', READ_ONLY),
    cancel: notSupported(SEATY, 'events.cancel', READ_ONLY),
    delete: notSupported(SEATY, 'events.delete', READ_ONLY),
  };
}

/** Seaty's events: read-only. */
export interface SeatyEventsResource extends EventsResource {
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<EventsResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<EventsResource['update']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  publish: Unsupported<EventsResource['publish']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<EventsResource['cancel']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}
