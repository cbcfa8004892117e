/** A normalized listing over one Seaty list endpoint: its pages read as they are, each item mapped into the model. */
import { paginate, type PagePromise } from '../../../core/pagination.js';
import type { ListParams } from '../../../core/model.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { SEATY, type SeatyContext } from '../context.js';
import type { SeatyNormalizeContext } from '../normalize.js';
import type { SeatyReader } from '../schemas.js';

export interface SeatyPageList<W, T> {
  ctx: SeatyContext;
  /** The listing's name in cursors and errors: `'events'`, `'contacts'`. */
  resource: string;
  /** The filters that define the listing (a cursor is tied to them). */
  filters: Record<string, unknown>;
  params: ListParams;
  path: string;
  reader: SeatyReader<W>;
  map: (item: W, normalize: SeatyNormalizeContext) => T;
  options?: RequestOptions;
  /** A filter applied client-side (Seaty's lists have none): the items it refuses are left out of the page. */
  keep?: (item: T) => boolean;
}

/** The cursor state is Seaty's page state (`SeatyPageState`: the page number and the size it is counted in). */
export function pageList<W, T>(spec: SeatyPageList<W, T>): PagePromise<T> {
  const { ctx, path, reader, map, keep } = spec;
  return paginate<T>({
    provider: SEATY,
    resource: spec.resource,
    filters: spec.filters,
    limit: spec.params.limit,
    cursor: spec.params.cursor,
    options: spec.options,
    fetchPage: async (state, limit, options) => {
      const page = await ctx.readPage({ path, reader, state, limit, options });
      const normalize = ctx.normalize(options);
      const items: T[] = [];
      for (const item of page.items) {
        const mapped = map(item, normalize);
        if (keep === undefined || keep(mapped)) items.push(mapped);
      }
      // A listing filtered here holds fewer items than the vendor counts: its total is then unknown.
      return { items, next: page.next, response: page.response, requestId: page.requestId, attempts: page.attempts ?? [], total: keep === undefined ? page.total : null };
    },
  });
}
