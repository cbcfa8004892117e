/**
 * Event Vault has no pagination (docs/vendors/event-vault.md, "Paging"): every read returns the whole array.
 * ticketkit fetches it once per listing and slices it client-side; a cursor holds the offset into that array.
 *
 * Memory: the listing keeps the array as the vendor sent it (parsed JSON, nothing copied) and validates and
 * normalizes only the items of the page being read, so a walk over 100 000 guests holds the parsed array plus one
 * page, never a second, normalized copy of everything. The array is let go once the last page has been read.
 */
import { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { AbortError, InvalidCursorError, InvalidResponseError, type AttemptRecord } from '../../core/errors.js';
import type { ListParams } from '../../core/model.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { fastParser } from '../../core/fast-parse.js';
import { clampLimit, paginate, type PageFetcher, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/pipeline.js';
import { EV_PROVIDER, type EventVaultContext } from './context.js';
import type { EventScope } from './normalize.js';

/** Page size when `limit` is not given (an SDK choice: the vendor returns everything at once). */
export const EV_DEFAULT_PAGE_SIZE = 100;
/** Largest slice (an SDK choice, not a vendor limit). */
export const EV_MAX_PAGE_SIZE = 1000;

/** A listing over one whole-array read. `E` is what is sliced (a wire item, or a group), `T` what a page holds. */
export interface SlicedListSpec<E, T> {
  ctx: EventVaultContext;
  resource: string;
  /** The filters that define the listing (what its cursors are tagged with). */
  filters: Record<string, unknown>;
  params: ListParams;
  options: RequestOptions | undefined;
  /** The read, as `GET /path` for messages. */
  source: string;
  /** The one request of the listing: the vendor's array, as it came. */
  load(options: RequestOptions): APIPromise<unknown[]>;
  /**
   * What the listing slices, made once from the array (default: the array itself). It validates what it needs to
   * look at (a filter, a grouping); a throw of `ItemProblem` names the item.
   */
  prepare?(items: unknown[]): E[];
  /** The items `start` to `end` (excluded) of one page: each validated and normalized (an invalid one throws `ItemProblem`). */
  page(items: readonly E[], start: number, end: number, ctx: NormalizeContext): T[];
}

/** An item of the vendor's array that does not match its schema (`index` into the array). */
export class ItemProblem extends Error {
  constructor(
    readonly index: number,
    readonly issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  ) {
    super(
      issues
        .slice(0, 3)
        .map((i) => `[${index}]${i.path.map((p) => `.${String(p)}`).join('')}: ${i.message}`)
        .join('; '),
    );
  }
}

/** Validates one item of a vendor array: returns it as it is (the accept path of `fastParser`), or throws `ItemProblem`. */
export type ItemParser<W> = (value: unknown, index: number) => W;

/** An `ItemParser` for `schema`, built once per schema (module level). */
export function itemParser<S extends z.ZodType>(schema: S): ItemParser<z.output<S>> {
  const parse = fastParser(schema);
  return (value, index) => {
    try {
      return parse(value);
    } catch (error) {
      throw new ItemProblem(index, error instanceof z.ZodError ? error.issues.slice(0, 20) : [{ path: [], message: String(error) }]);
    }
  };
}

/**
 * The `page` of a listing whose items are wire objects: items `start` to `end` (excluded), each validated by `parse`
 * and normalized in `scope` (built once per listing; the loop allocates only the page and its entities).
 */
export function pageReader<W, T>(
  parse: ItemParser<W>,
  normalize: (item: W, scope: EventScope, ctx: NormalizeContext) => T,
  scope: EventScope,
): SlicedListSpec<unknown, T>['page'] {
  return (items, start, end, ctx) => {
    const out = new Array<T>(end - start);
    for (let i = start; i < end; i++) out[i - start] = normalize(parse(items[i], i), scope, ctx);
    return out;
  };
}

/** Every item of `items`, validated: the array itself when every item is accepted as it is (the common case). */
export function validItems<W>(items: unknown[], parse: ItemParser<W>): W[] {
  let changed: unknown[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = parse(items[i], i);
    if (item !== items[i]) (changed ??= items.slice())[i] = item;
  }
  return (changed ?? items) as W[];
}

/** The array of one listing, with the facts of the request that read it (every page carries them). */
interface Snapshot<E> {
  items: E[];
  response: Response | null;
  requestId: string | null;
  attempts: AttemptRecord[];
}

/** A listing over one whole-array read, sliced client-side (one request per `list()` call). */
export function slicedList<E, T>(spec: SlicedListSpec<E, T>): PagePromise<T> {
  return paginate<T>({
    provider: EV_PROVIDER,
    resource: spec.resource,
    filters: spec.filters,
    limit: spec.params.limit,
    cursor: spec.params.cursor,
    options: spec.options,
    fetchPage: slicedPages(spec),
  });
}

/**
 * The page fetcher: the array is fetched at most once while pages remain to be read (a failed fetch is forgotten, so
 * the next page retries it) and let go after the last page; an earlier page's `getNextPage()` after that reads it
 * again. Every page honours the call's `signal` as a page of a paged vendor does: once it is aborted, the next page
 * is an `AbortError` instead of another slice of the array in memory.
 */
function slicedPages<E, T>(spec: SlicedListSpec<E, T>): PageFetcher<T> {
  let snapshot: Promise<Snapshot<E>> | null = null;
  return async (state, limit, options) => {
    const offset = offsetOf(state);
    throwIfAborted(options.signal);
    if (snapshot === null) {
      const started = loadSnapshot(spec, options);
      snapshot = started;
      started.catch(() => {
        if (snapshot === started) snapshot = null;
      });
    }
    const loading = snapshot;
    const whole = await loading;
    // The signal may have been aborted while the array was loading for an earlier page of this listing.
    throwIfAborted(options.signal);
    const size = clampLimit(limit, EV_MAX_PAGE_SIZE, EV_DEFAULT_PAGE_SIZE);
    const end = Math.min(offset + size, whole.items.length);
    const page: RawPage<T> = {
      items: readPage(spec, whole, offset, end, options),
      next: end < whole.items.length ? end : null,
      response: whole.response,
      requestId: whole.requestId,
      attempts: whole.attempts,
      total: whole.items.length,
    };
    if (page.next === null && snapshot === loading) snapshot = null;
    return page;
  };
}

async function loadSnapshot<E, T>(spec: SlicedListSpec<E, T>, options: RequestOptions): Promise<Snapshot<E>> {
  const { data, response, requestId, attempts } = await spec.load(options).withResponse();
  const facts = { response, requestId, attempts };
  try {
    return { items: spec.prepare ? spec.prepare(data) : (data as E[]), ...facts };
  } catch (error) {
    throw invalidItem(spec, facts, error);
  }
}

function readPage<E, T>(spec: SlicedListSpec<E, T>, whole: Snapshot<E>, offset: number, end: number, options: RequestOptions): T[] {
  try {
    return offset >= end ? [] : spec.page(whole.items, offset, end, spec.ctx.normalizeContext(options));
  } catch (error) {
    throw invalidItem(spec, whole, error);
  }
}

/** An item the page could not read: an `InvalidResponseError` naming the item, with the facts of the array's request. */
function invalidItem<E, T>(spec: SlicedListSpec<E, T>, facts: Omit<Snapshot<unknown>, 'items'>, error: unknown): unknown {
  if (!(error instanceof ItemProblem)) return error;
  return new InvalidResponseError({
    provider: EV_PROVIDER,
    status: facts.response?.status ?? null,
    requestId: facts.requestId,
    attempts: facts.attempts,
    message: `event-vault answered ${spec.source} with an item ticketkit could not read: ${error.message}`,
    issues: error.issues.map((issue) => ({ ...issue, path: [error.index, ...issue.path] })),
  });
}

function offsetOf(state: unknown): number {
  if (state === null || state === undefined) return 0;
  if (typeof state === 'number' && Number.isSafeInteger(state) && state >= 0) return state;
  throw new InvalidCursorError({ provider: EV_PROVIDER, message: 'This Event Vault cursor does not hold a valid offset.' });
}

function throwIfAborted(signal: AbortSignal | null | undefined): void {
  if (!signal?.aborted) return;
  throw new AbortError({
    provider: EV_PROVIDER,
    message: 'The Event Vault listing was aborted: no further page is read from the list already fetched.',
    cause: signal.reason,
  });
}
