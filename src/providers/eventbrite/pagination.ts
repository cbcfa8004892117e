/**
 * Eventbrite paging (docs/vendors/eventbrite.md, Paging): follow `continuation` when the last response had one,
 * else ask for `page=page_number+1`; stop as described there.
 */
import { clampLimit } from '../../core/pagination.js';
import type { EbPagination } from './schemas.js';

/** Default page size ("about 50", documented; it varies by endpoint). */
export const EB_DEFAULT_PAGE_SIZE = 50;
/**
 * Guess: Eventbrite documents `page_size` on some endpoints but not its maximum. 100 is the cautious
 * choice (asking for more than the vendor allows would fail the call). See docs/vendors/eventbrite.md, Paging.
 */
export const EB_MAX_PAGE_SIZE_GUESS = 100;
/** The page size cap ticketkit applies (`EB_MAX_PAGE_SIZE_GUESS`; exported under this name since 0.1). */
export const EB_MAX_PAGE_SIZE = EB_MAX_PAGE_SIZE_GUESS;

/**
 * The vendor state of the next page: a continuation token, or a page number, with `size`: the `page_size` the listing
 * was made with (`null`: none was sent). Eventbrite counts both in that size (a real token is base64 of
 * `{"page": 2}`), so a cursor resumes with the same `page_size` whatever `limit` the resuming call passes.
 * `size` is absent in cursors made before it was kept (then the resuming call's `limit` applies). `null` is the first page.
 */
export type EbPageState = ({ continuation: string } | { page: number }) & { size?: number | null } | null;

/** The query parameters that ask for a page state. */
export function pageQuery(state: EbPageState): { continuation?: string; page?: number } {
  if (state === null) return {};
  if ('continuation' in state) return { continuation: state.continuation };
  return { page: state.page };
}

/** Reads a cursor state back (it round-trips through JSON); anything else means the first page. */
export function asPageState(state: unknown): EbPageState {
  if (state && typeof state === 'object') {
    const s = state as { continuation?: unknown; page?: unknown; size?: unknown };
    const size =
      s.size === null ? { size: null } : typeof s.size === 'number' && Number.isInteger(s.size) && s.size >= 1 ? { size: s.size } : {};
    if (typeof s.continuation === 'string' && s.continuation !== '') return { continuation: s.continuation, ...size };
    if (typeof s.page === 'number' && Number.isInteger(s.page) && s.page >= 1) return { page: s.page, ...size };
  }
  return null;
}

/**
 * The `page_size` to send for a page (`undefined`: none), on an endpoint that takes one (`pageSize`). A cursor's
 * kept size wins over `limit` (the token and the page number are counted in it); the first page uses `limit`.
 */
export function pageSizeFor(state: EbPageState, limit: number | undefined, pageSize: boolean): number | undefined {
  if (!pageSize) return undefined;
  if (state !== null && state.size !== undefined) return state.size ?? undefined;
  return limit === undefined ? undefined : clampLimit(limit, EB_MAX_PAGE_SIZE, EB_DEFAULT_PAGE_SIZE);
}

/**
 * The state of the page after this one, or `null` when this was the last:
 * 1. `has_more_items` when it is a boolean;
 * 2. else `page_number >= page_count` when both are present;
 * 3. else an empty page.
 * A response without a pagination object is a single page.
 * To move on: the `continuation` token when there is one, else `page_number + 1`.
 * (A token that repeats is caught by the core paginator, which refuses to loop.)
 */
export function nextPageState(pagination: EbPagination | null, itemCount: number, current: EbPageState): EbPageState {
  const p = pagination;
  // No pagination object at all: the endpoint is not paged (asking for page 2 could repeat page 1 forever).
  if (p === null) return null;
  const hasMore = p.has_more_items;
  if (hasMore === false) return null;
  if (hasMore === null) {
    if (p.page_count !== null && p.page_number !== null) {
      if (p.page_number >= p.page_count) return null;
    } else if (itemCount === 0) {
      return null;
    }
  }
  if (p.continuation) return { continuation: p.continuation };
  const currentPage = current !== null && 'page' in current ? current.page : 1;
  return { page: (p.page_number ?? currentPage) + 1 };
}
