/** A normalized listing over one Eventbrite list endpoint: the shared part of every resource's `list`. */
import type { z } from 'zod';
import type { NormalizeContext } from '../../../core/normalize.js';
import { paginate, type PagePromise, type RawPage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import type { Query } from '../../../internal/path.js';
import type { EventbriteContext } from '../context.js';

/** Everything one normalized listing is made of. */
export interface NormalizedList<S extends z.ZodType, T> {
  /** The resource, for cursors and messages (`'orders'`). */
  resource: string;
  /** The endpoint's path, or how to find it (an organization's path needs the organization id: `organizationPath`). */
  path: string | ((options: RequestOptions) => Promise<string>);
  /** The key of the items in the response (`orders`). */
  key: string;
  /** One item as Eventbrite sends it (an `Eb…SentSchema`: no defaults, no transforms, so pages pass the accept path). */
  schema: S;
  /** The endpoint's query (filters, expansions), without paging parameters. */
  query?: Query;
  /** The caller's `limit` and `cursor`. */
  params: { limit?: number; cursor?: string | null };
  /** The filters a cursor is bound to. */
  filters: Record<string, unknown>;
  /** One item → the model. */
  normalize: (item: z.output<S>, ctx: NormalizeContext) => T;
  options: RequestOptions | undefined;
  /** Whether the endpoint takes `page_size`. Default `false`. */
  pageSize?: boolean;
}

export function listOf<S extends z.ZodType, T>(eb: EventbriteContext, list: NormalizedList<S, T>): PagePromise<T> {
  const { path, key, schema, query, normalize, pageSize } = list;
  return paginate<T>({
    provider: eb.provider,
    resource: list.resource,
    filters: list.filters,
    limit: list.params.limit,
    cursor: list.params.cursor,
    options: list.options,
    fetchPage: async (state, limit, options): Promise<RawPage<T>> => {
      const resolved = typeof path === 'string' ? path : await path(options);
      const page = await eb.native.fetchPage({ path: resolved, key, schema, query, state, limit, options, pageSize });
      const ctx = eb.normalize(options);
      const wire = page.items;
      const items = new Array<T>(wire.length);
      for (let i = 0; i < wire.length; i++) items[i] = normalize(wire[i]!, ctx);
      return { items, next: page.next, response: page.response, requestId: page.requestId, attempts: page.attempts ?? [], total: page.total };
    },
  });
}

/** The path of an organization-scoped listing: `build` over the client's organization id (given, or looked up once). */
export function organizationPath(eb: EventbriteContext, build: (orgId: string) => string): (options: RequestOptions) => Promise<string> {
  return async (options) => build(await eb.native.organizationId(options));
}
