/** Seaty only: `client.contacts`, the distinct people who have ordered (`GET /attendees`). */
import { invalidField } from '../../../core/input.js';
import type { ListParams } from '../../../core/model.js';
import type { PagePromise } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS } from '../endpoints.js';
import { normalizeContact, type SeatyContact } from '../normalize.js';
import { SEATY_READERS } from '../schemas.js';
import { SEATY_LIST_FILTERS } from './filters.js';
import { pageList } from './page-list.js';

export function seatyContacts(ctx: SeatyContext): SeatyContactsResource {
  return {
    list: (params: SeatyContactListParams = {}, options) => {
      assertListParams(SEATY, 'contacts.list', params, SEATY_LIST_FILTERS.contacts);
      const p = params ?? {};
      const allow = p.allowMarketing;
      if (allow !== undefined && typeof allow !== 'boolean') {
        throw invalidField(SEATY, 'allowMarketing', `expected a boolean, got ${JSON.stringify(allow)}`);
      }
      return pageList({
        ctx,
        resource: 'contacts',
        filters: { allowMarketing: allow ?? null },
        params: p,
        path: SEATY_PATHS.attendees,
        reader: SEATY_READERS.attendee,
        map: normalizeContact,
        options,
        keep: allow === undefined ? undefined : (c) => c.allowMarketing === allow,
      });
    },
  };
}

/** The params of `client.contacts.list` (Seaty only). */
export interface SeatyContactListParams extends ListParams {
  /** Keep only contacts whose marketing consent is this value (filtered client-side). */
  allowMarketing?: boolean;
}

/** `client.contacts` (Seaty only): the distinct people who have ordered, keyed by email. */
export interface SeatyContactsResource {
  /** `GET /v1/attendees`: one row per distinct person who has ordered on any of the organisation's events. */
  list(params?: SeatyContactListParams, options?: RequestOptions): PagePromise<SeatyContact>;
}
