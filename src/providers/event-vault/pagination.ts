/**
 * Event Vault has no pagination (docs/vendors/event-vault.md, "Paging"): every read returns the whole array.
 * ticketkit fetches it once per listing and slices it client-side; a cursor holds the offset into that array.
 */
import { clampLimit, type PageFetcher } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/pipeline.js';
import { AbortError, InvalidCursorError, type AttemptRecord } from '../../core/errors.js';

/** Page size when `limit` is not given (an SDK choice: the vendor returns everything at once). */
export const EV_DEFAULT_PAGE_SIZE = 100;
/** Largest slice (an SDK choice, not a vendor limit). */
export const EV_MAX_PAGE_SIZE = 1000;

export interface WholeArray<T> {
  items: T[];
  response: Response | null;
  requestId: string | null;
  /** The tries of the one request that read the array (every page sliced from it carries them, with its response). */
  attempts?: AttemptRecord[];
}

/**
 * A page fetcher over a whole array fetched at most once per listing (one request per `list()` call,
 * however many pages are read from it). A failed fetch is forgotten, so the next page retries it.
 *
 * Every page honours the call's `signal` as a page of a paged vendor does (its request would be refused): once the
 * signal is aborted, the next page is an `AbortError` instead of another slice of the array already in memory.
 */
export function clientSidePages<T>(load: (options: RequestOptions) => Promise<WholeArray<T>>): PageFetcher<T> {
  let snapshot: Promise<WholeArray<T>> | null = null;
  return async (state, limit, options) => {
    const offset = offsetOf(state);
    throwIfAborted(options.signal);
    if (snapshot === null) {
      const loading = load(options);
      snapshot = loading;
      loading.catch(() => {
        if (snapshot === loading) snapshot = null;
      });
    }
    const whole = await snapshot;
    // The signal may have been aborted while the array was loading for an earlier page of this listing.
    throwIfAborted(options.signal);
    const size = clampLimit(limit, EV_MAX_PAGE_SIZE, EV_DEFAULT_PAGE_SIZE);
    const items = whole.items.slice(offset, offset + size);
    const end = offset + items.length;
    return {
      items,
      next: end < whole.items.length ? end : null,
      response: whole.response,
      requestId: whole.requestId,
      attempts: whole.attempts ?? [],
    };
  };
}

function offsetOf(state: unknown): number {
  if (state === null || state === undefined) return 0;
  if (typeof state === 'number' && Number.isSafeInteger(state) && state >= 0) return state;
  throw new InvalidCursorError({ provider: 'event-vault', message: 'This Event Vault cursor does not hold a valid offset.' });
}

function throwIfAborted(signal: AbortSignal | null | undefined): void {
  if (!signal?.aborted) return;
  throw new AbortError({
    provider: 'event-vault',
    message: 'The Event Vault listing was aborted: no further page is read from the list already fetched.',
    cause: signal.reason,
  });
}
