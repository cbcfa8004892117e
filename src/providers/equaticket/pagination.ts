/**
 * Equaticket cursor paging (documented; docs/vendors/equaticket.md, Paging): `limit` + `cursor` in; `livemode`,
 * `data`, `has_more`, `next_cursor` out. One function fetches a page for both the native and the normalized lists.
 */
import { clampLimit, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import type { Query } from '../../internal/path.js';
import type { EqListPage, EqPageParser } from './schemas.js';

/** Default page size (the only value the docs show). */
export const EQ_DEFAULT_LIMIT = 50;
/** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the maximum page size is not documented; 100 is the most plausible. */
export const EQ_MAX_LIMIT_GUESS = 100;

/** The vendor state for the next page: the `next_cursor`, unless the page says it was the last. */
export function nextEquaticketState(page: EqListPage<unknown>): string | null {
  if (page.has_more === false) return null;
  return page.next_cursor ?? null;
}

/** What one page request needs. */
export interface EqPageRequest<T> {
  /** The list endpoint's path (already segment-encoded). */
  path: string;
  /** The page parser of the endpoint's items (schemas.ts). */
  parse: EqPageParser<T>;
  /** The endpoint's own filters. */
  query?: Query;
  /** The vendor cursor of this page, `null` for the first. */
  cursor: unknown;
  /** The page size asked for (clamped to what Equaticket takes; its default when absent). */
  limit: number | undefined;
  options?: RequestOptions;
  /** `false` for the public endpoint, which is sent without the key. */
  auth?: boolean;
}

/** One page: its items as parsed (not copied), the next cursor, and the envelope's `livemode`. */
export interface EqPage<T> extends RawPage<T> {
  next: string | null;
  livemode: boolean | null;
}

/** Fetches and parses one page of a list endpoint. */
export async function fetchListPage<T>(http: HttpPipeline, request: EqPageRequest<T>): Promise<EqPage<T>> {
  const { data, response, requestId, attempts } = await http
    .send(
      {
        method: 'GET',
        path: request.path,
        auth: request.auth ?? true,
        query: { ...request.query, limit: clampLimit(request.limit, EQ_MAX_LIMIT_GUESS, EQ_DEFAULT_LIMIT), cursor: request.cursor as string | null },
        parse: request.parse,
      },
      request.options,
    )
    .withResponse();
  return { items: data.data, next: nextEquaticketState(data), response, requestId, attempts, livemode: data.livemode ?? null };
}
