/**
 * Seaty's ticket categories as ticket types: read-only, read through their event (`GET /events/{id}/ticket-categories`;
 * Seaty has no single-category endpoint, so `get` walks them). A ticket type id is `<eventId>:<categoryId>`, and the
 * price is in the event's currency (read once per listing, then carried in the cursor).
 */
import type { TicketTypesResource, Unsupported } from '../../../client.js';
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import { NotFoundError } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import type { EventScopedListParams, TicketType } from '../../../core/model.js';
import { paginate } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { splitIdOrThrow } from '../../../internal/ids.js';
import { eventCurrency, requiredEventId, SEATY, withData, type SeatyContext } from '../context.js';
import { SEATY_PATHS, type SeatyRawPage } from '../endpoints.js';
import { seatyId } from '../ids.js';
import { idText, normalizeTicketCategory } from '../normalize.js';
import { SEATY_MAX_PER_PAGE, type SeatyPageState } from '../pagination.js';
import { SEATY_READERS, type SeatyTicketCategory } from '../schemas.js';
import { SEATY_LIST_FILTERS } from './filters.js';

const READ_ONLY = 'the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard';

export function seatyTicketTypes(ctx: SeatyContext): SeatyTicketTypesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      assertListParams(SEATY, 'ticketTypes.list', params, SEATY_LIST_FILTERS.ticketTypes);
      return listCategories(ctx, requiredEventId(params, 'ticketTypes.list'), params, options);
    },
    get: (id, options) => {
      const [eventId, categoryId] = ticketTypeIdParts(id);
      return APIPromise.from(findCategory(ctx, eventId, categoryId, options));
    },
    create: notSupported(SEATY, 'ticketTypes.create', READ_ONLY),
    update: notSupported(SEATY, 'ticketTypes.update', READ_ONLY),
    delete: notSupported(SEATY, 'ticketTypes.delete', READ_ONLY),
  };
}

/** The cursor state: `p` the page state (`{ page, perPage }`; a bare number in older cursors), `c` the event's currency. */
interface CategoriesState {
  p?: unknown;
  c?: string | null;
}

function listCategories(ctx: SeatyContext, eventId: string, params: EventScopedListParams, options?: RequestOptions) {
  const path = SEATY_PATHS.ticketCategories(eventId);
  return paginate<TicketType>({
    provider: SEATY,
    resource: 'ticketTypes',
    filters: { eventId },
    limit: params.limit,
    cursor: params.cursor,
    options,
    fetchPage: async (state, limit, opts) => {
      const s = (state ?? {}) as CategoriesState;
      const currency = s.c !== undefined ? s.c : await eventCurrency(ctx, eventId, opts);
      const page = await ctx.readPage({ path, reader: SEATY_READERS.ticketCategory, state: s.p, limit, options: opts });
      const normalize = ctx.normalize(opts, currency);
      return {
        items: page.items.map((c) => normalizeTicketCategory(c, eventId, normalize)),
        next: page.next === null ? null : { p: page.next, c: currency },
        response: page.response,
        requestId: page.requestId,
        attempts: page.attempts ?? [],
        total: page.total,
      };
    },
  });
}

/** One category, found by walking its event's categories (after reading the event's currency). */
async function findCategory(ctx: SeatyContext, eventId: string, categoryId: string, options?: RequestOptions): Promise<WithResponse<TicketType>> {
  const currency = await eventCurrency(ctx, eventId, options);
  const path = SEATY_PATHS.ticketCategories(eventId);
  for (let state: SeatyPageState | null = { page: 1 }; state !== null; ) {
    const page: SeatyRawPage<SeatyTicketCategory> = await ctx.readPage({ path, reader: SEATY_READERS.ticketCategory, state, limit: SEATY_MAX_PER_PAGE, options });
    const found = page.items.find((c) => idText(c.id) === categoryId);
    if (found) return withData(page, normalizeTicketCategory(found, eventId, ctx.normalize(options, currency)));
    state = page.next;
  }
  throw new NotFoundError({
    provider: SEATY,
    status: 404,
    vendorCode: 'not_found',
    message: `Seaty event ${eventId} has no ticket category ${categoryId}.`,
  });
}

/** A ticket type id is `<eventId>:<categoryId>` (Seaty reads categories only through their event): both Seaty ids. */
function ticketTypeIdParts(id: unknown): [string, string] {
  const [eventId, categoryId] = splitIdOrThrow(id, 2, 'id', 'a Seaty ticket type id (<eventId>:<categoryId>)');
  return [seatyId(eventId, 'id'), seatyId(categoryId, 'id')];
}

/** Seaty's ticket categories: read-only. */
export interface SeatyTicketTypesResource extends TicketTypesResource {
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<TicketTypesResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<TicketTypesResource['update']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<TicketTypesResource['delete']>;
}
