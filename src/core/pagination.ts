/**
 * Vendor-neutral pagination. A vendor adapter supplies `fetchPage(state)`; this module turns it into
 * a `PagePromise`: await it for one page, `for await` it for items, `.pages()` for pages, `.toArray({ limit })`.
 * Cursors are opaque strings tagged with provider, resource and a hash of the filters.
 */
import type { WithResponse } from './api-promise.js';
import { InvalidCursorError, InvalidResponseError, ValidationError, isTicketingError, type AttemptRecord, type ProviderId } from './errors.js';
import type { RequestOptions } from './pipeline.js';
import { assertRequestOptions } from './options.js';
import { InputProblem } from './input.js';
import { assertKnownKeys } from './strict.js';
import { base64UrlDecode, base64UrlEncode, fnv1a, stableStringify } from '../internal/ids.js';

/** One page as a vendor adapter returns it. `next` is the vendor state for the next page, or `null` at the end. */
export interface RawPage<T> {
  items: T[];
  next: unknown;
  response?: Response | null;
  requestId?: string | null;
  /** The tries it took to fetch this page (`withResponse().attempts` of the page). */
  attempts?: AttemptRecord[] | null;
  /** How many items the whole listing holds, when the vendor says (`Page.total`). */
  total?: number | null;
}

export type PageFetcher<T> = (state: unknown, limit: number | undefined, options: RequestOptions) => Promise<RawPage<T>>;

export interface ListSpec<T> {
  provider: ProviderId;
  /** e.g. `'orders'`, `'native.events'`. */
  resource: string;
  /** The filters that define the listing (not the page size). */
  filters: Record<string, unknown>;
  limit?: number;
  cursor?: string | null;
  /** The vendor state of the first page (when there is no cursor). */
  initialState?: unknown;
  fetchPage: PageFetcher<T>;
  options?: RequestOptions;
  /** The vendor's own per-call option keys accepted besides `RequestOptions` (any other key is refused). */
  optionKeys?: readonly string[];
}

interface CursorPayload {
  v: 1;
  p: ProviderId;
  r: string;
  f: string;
  s: unknown;
}

export function encodeCursor(provider: ProviderId, resource: string, filters: Record<string, unknown>, state: unknown): string {
  return encodeCursorWithHash(provider, resource, fnv1a(stableStringify(filters)), state);
}

function encodeCursorWithHash(provider: ProviderId, resource: string, filterHash: string, state: unknown): string {
  const payload: CursorPayload = { v: 1, p: provider, r: resource, f: filterHash, s: state };
  return base64UrlEncode(JSON.stringify(payload));
}

/** Decodes a cursor, checking it belongs to this provider, resource and filter set. */
export function decodeCursor(
  cursor: string,
  provider: ProviderId,
  resource: string,
  filters: Record<string, unknown>,
): unknown {
  return decodeCursorWithHash(cursor, provider, resource, fnv1a(stableStringify(filters)));
}

function decodeCursorWithHash(cursor: string, provider: ProviderId, resource: string, filterHash: string): unknown {
  const text = base64UrlDecode(cursor);
  let payload: Partial<CursorPayload> | null = null;
  try {
    payload = text === null ? null : (JSON.parse(text) as Partial<CursorPayload>);
  } catch {
    payload = null;
  }
  if (!payload || payload.v !== 1 || typeof payload.p !== 'string' || typeof payload.r !== 'string') {
    throw new InvalidCursorError({ provider, message: 'This cursor is not a ticketkit cursor (it may be truncated).' });
  }
  if (payload.p !== provider) {
    throw new InvalidCursorError({
      provider,
      message: `This cursor belongs to ${payload.p}, not ${provider}.`,
    });
  }
  if (payload.r !== resource) {
    throw new InvalidCursorError({
      provider,
      message: `This cursor belongs to a ${payload.r} listing, not ${resource}.`,
    });
  }
  if (payload.f !== filterHash) {
    throw new InvalidCursorError({
      provider,
      message: `This cursor was made for other filters of ${resource}; list again with the filters it was made with.`,
    });
  }
  return payload.s;
}

/** One page of a listing. */
export class Page<T> {
  private cursor: string | null | undefined;

  /** @internal Pages are made by a listing (`client.orders.list()`), not by users. */
  constructor(
    /** The items of this page, in the vendor's order, normalized (or vendor-shaped on `client.native`). */
    readonly data: T[],
    /** The vendor state of the next page (`null` on the last page); encoded into `nextCursor` when someone reads it. */
    private readonly nextState: unknown,
    private readonly listing: Listing<T>,
    /** The HTTP response of this page (body already read); `null` when the page was made without a request. */
    readonly response: Response | null,
    /** The vendor's request id of this page, or `null` when it sends none. */
    readonly requestId: string | null,
    /** The tries it took to fetch this page. */
    readonly attempts: AttemptRecord[] = [],
    /**
     * How many items the whole listing holds, as the vendor reported with this page (Eventbrite's `object_count`,
     * Seaty's and Event Schedule's `meta.total`, Event Vault's array), or `null` when it does not say. For progress
     * and ETAs: a listing can change while it is walked.
     */
    readonly total: number | null = null,
  ) {}

  /** Pass as `cursor` to continue after this page; `null` on the last page. */
  get nextCursor(): string | null {
    if (this.cursor === undefined) this.cursor = this.nextState === null ? null : this.listing.cursorOf(this.nextState);
    return this.cursor;
  }

  /** `true` when another page follows (then `getNextPage()` and `nextCursor` work). */
  hasNextPage(): boolean {
    return this.nextState !== null;
  }

  /** Fetches the next page; throws when there is none (check `hasNextPage()` first). */
  async getNextPage(options?: RequestOptions): Promise<Page<T>> {
    if (this.nextState === null) {
      throw new InvalidCursorError({ provider: this.listing.spec.provider, message: 'There is no next page: check hasNextPage() first.' });
    }
    return this.listing.fetchState(this.nextState, options);
  }

  /** @internal The vendor state of the next page (for the paginator's own loop, which needs no cursor string). */
  stateOfNext(): unknown {
    return this.nextState;
  }
}

class Listing<T> {
  /** The hash of the filters a cursor is tagged with, computed once per listing. */
  private filterHash: string | null = null;

  constructor(readonly spec: ListSpec<T>) {}

  /** Refuses a page size that is not a positive integer, or malformed request options, before any request. */
  checkLimit(): void {
    assertRequestOptions(this.spec.provider, this.spec.options, [...LIST_OPTION_KEYS, ...(this.spec.optionKeys ?? [])]);
    const { limit } = this.spec;
    if (limit === undefined || limit === null) return;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw new ValidationError({
        provider: this.spec.provider,
        message: `Invalid limit for ${this.spec.resource}: expected a positive integer page size, got ${JSON.stringify(limit)}.`,
        fields: [{ field: 'limit', message: 'expected a positive integer' }],
      });
    }
  }

  private hash(): string {
    this.filterHash ??= fnv1a(stableStringify(this.spec.filters));
    return this.filterHash;
  }

  stateOf(cursor: string | null | undefined): unknown {
    this.checkLimit();
    if (cursor === null || cursor === undefined || cursor === '') return this.spec.initialState ?? null;
    if (typeof cursor !== 'string') {
      throw new InvalidCursorError({ provider: this.spec.provider, message: 'A cursor must be a string.' });
    }
    return decodeCursorWithHash(cursor, this.spec.provider, this.spec.resource, this.hash());
  }

  cursorOf(state: unknown): string {
    return encodeCursorWithHash(this.spec.provider, this.spec.resource, this.hash(), state);
  }

  /** The listing's own options without the paginator's keys, computed once (a page walk reads them every page). */
  private baseOptions: RequestOptions | null = null;

  /** The options of one page's request: the listing's own, then the call's, without the paginator's own keys. */
  private requestOptions(options: RequestOptions | undefined): RequestOptions {
    if (this.baseOptions === null) {
      const base: RequestOptions & { prefetch?: unknown } = { ...this.spec.options };
      delete base.prefetch;
      this.baseOptions = base;
    }
    return options ? { ...this.baseOptions, ...options } : this.baseOptions;
  }

  async fetchState(state: unknown, options?: RequestOptions): Promise<Page<T>> {
    let raw: RawPage<T>;
    try {
      raw = await this.spec.fetchPage(state, this.spec.limit, this.requestOptions(options));
    } catch (error) {
      if (isTicketingError(error)) throw error;
      if (error instanceof InputProblem) throw error.toValidationError(this.spec.provider, `${this.spec.resource}.list`);
      throw new InvalidResponseError({
        provider: this.spec.provider,
        message: `Could not read a page of ${this.spec.resource}: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
    if (!raw || !Array.isArray(raw.items)) {
      throw new InvalidResponseError({ provider: this.spec.provider, message: `A page of ${this.spec.resource} had no items array.` });
    }
    const next = raw.next === undefined ? null : raw.next;
    return new Page(raw.items, next, this, raw.response ?? null, raw.requestId ?? null, raw.attempts ?? [], totalOf(raw.total));
  }

  async fetch(cursor: string | null | undefined, options?: RequestOptions): Promise<Page<T>> {
    return this.fetchState(this.stateOf(cursor), options);
  }
}

/** Per-call options only listings take (stripped before a page's request). */
const LIST_OPTION_KEYS = ['prefetch'] as const;

const TO_ARRAY_KEYS = ['limit'] as const;

/** Options of `PagePromise.toArray()`. */
export interface ToArrayOptions {
  /** Required: the most items to collect (a guard against loading 100 000 orders into memory by accident). */
  limit: number;
}

/**
 * The result of every `list()` call. Nothing is sent until it is awaited or iterated.
 * - `await list(...)`: the first page (`data`, `nextCursor`, `hasNextPage()`, `getNextPage()`);
 * - `for await (const item of list(...))`: every item, page after page (memory: one page; two with `prefetch: 1`);
 * - `.pages()`: every page; `.toArray({ limit })`: up to `limit` items in an array.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  private readonly listing: Listing<T>;
  private firstPage: Promise<Page<T>> | null = null;

  /** @internal Made by a resource's `list()`, not by users. */
  constructor(spec: ListSpec<T>) {
    this.listing = new Listing(spec);
  }

  private first(): Promise<Page<T>> {
    this.firstPage ??= Promise.resolve().then(() => this.listing.fetch(this.listing.spec.cursor));
    return this.firstPage;
  }

  /** Awaiting gives the first page (the request is sent then, not when `list()` is called). */
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.first().then(onfulfilled, onrejected);
  }

  /** As `Promise.catch`, on the first page's request. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.first().catch(onrejected);
  }

  /** As `Promise.finally`, on the first page's request. */
  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.first().finally(onfinally);
  }

  /** The first page plus its raw response. */
  async withResponse(): Promise<WithResponse<Page<T>>> {
    const page = await this.first();
    return {
      data: page,
      response: page.response,
      requestId: page.requestId,
      attempts: page.attempts,
      idempotencyKey: null,
      idempotentReplayed: false,
    };
  }

  /**
   * Every page, in order. A page that fails after its retries throws with `resumeCursor` and `itemsYielded`. With
   * the per-call option `prefetch: 1`, the next page's request starts while the caller handles the current one (one
   * page ahead at most, same order and results; cancelled when the loop ends early).
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { spec } = this.listing;
    let state = this.listing.stateOf(spec.cursor);
    const prefetch = prefetchDepth(spec);
    let itemsYielded = 0;
    let previousKey: string | null = null;
    let usedFirst = this.firstPage !== null;
    let ahead: Prefetched<T> | null = null;
    const fail = (error: unknown, at: unknown): never => {
      if (isTicketingError(error) && !(error instanceof InvalidCursorError)) {
        error.resumeCursor = this.listing.cursorOf(at);
        error.itemsYielded = itemsYielded;
      }
      throw error;
    };
    try {
      for (;;) {
        let page: Page<T>;
        try {
          if (usedFirst) {
            page = await this.first();
            usedFirst = false;
          } else if (ahead !== null) {
            page = await ahead.page;
            ahead = null;
          } else {
            page = await this.listing.fetchState(state);
          }
        } catch (error) {
          return fail(error, state);
        }
        const nextState = page.stateOfNext();
        // A cursor that repeats (the vendor sent the same state back) would loop forever: this page is still
        // yielded, then the walk stops.
        let repeats = false;
        if (nextState !== null) {
          const key = stableStringify(nextState);
          const current = stableStringify(state);
          repeats = key === previousKey || key === current;
          previousKey = current;
          if (prefetch && !repeats) ahead = this.prefetchPage(nextState);
        }
        itemsYielded += page.data.length;
        yield page;
        if (nextState === null) return;
        if (repeats) {
          throw Object.assign(
            new InvalidResponseError({
              provider: spec.provider,
              message: `${spec.provider} returned the same ${spec.resource} cursor twice; stopping instead of looping forever.`,
            }),
            { resumeCursor: page.nextCursor, itemsYielded },
          );
        }
        state = nextState;
      }
    } finally {
      // The loop ended early (break, throw in the caller's body): cancel the page fetched ahead, quietly.
      ahead?.cancel();
    }
  }

  private prefetchPage(state: unknown): Prefetched<T> {
    const controller = new AbortController();
    const callerSignal = this.listing.spec.options?.signal;
    const signal = callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal;
    const page = this.listing.fetchState(state, { signal });
    page.catch(() => {});
    return { page, cancel: () => controller.abort(new Error('prefetch cancelled: the loop ended')) };
  }

  /**
   * Every item, page after page. A plain iterator over the current page's items (not a generator nested in another):
   * the per-item cost of a long walk is one resolved promise.
   */
  [Symbol.asyncIterator](): AsyncIterator<T, void, undefined> {
    const pages = this.pages();
    let items: T[] = [];
    let index = 0;
    let done = false;
    return {
      next: async (): Promise<IteratorResult<T, void>> => {
        while (index >= items.length) {
          if (done) return { done: true, value: undefined };
          const page = await pages.next();
          if (page.done) {
            done = true;
            return { done: true, value: undefined };
          }
          items = page.value.data;
          index = 0;
        }
        return { done: false, value: items[index++]! };
      },
      // `break` (or a throw in the loop body): end the page walk, which cancels a page fetched ahead.
      return: async (): Promise<IteratorResult<T, void>> => {
        done = true;
        items = [];
        await pages.return(undefined);
        return { done: true, value: undefined };
      },
    };
  }

  /** Collects up to `limit` items (required). */
  async toArray(options: ToArrayOptions): Promise<T[]> {
    assertKnownKeys(this.listing.spec.provider, 'toArray options', options, TO_ARRAY_KEYS);
    const limit = options?.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
      throw new ValidationError({
        provider: this.listing.spec.provider,
        message: `toArray needs { limit }: a non-negative integer (got ${JSON.stringify(limit)}).`,
        fields: [{ field: 'limit', message: 'required non-negative integer' }],
      });
    }
    const out: T[] = [];
    if (limit === 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}

interface Prefetched<T> {
  page: Promise<Page<T>>;
  cancel(): void;
}

/** The `prefetch` per-call option of a listing: 0 (default) or 1 (one page ahead). */
function prefetchDepth<T>(spec: ListSpec<T>): 0 | 1 {
  const value = (spec.options as { prefetch?: unknown } | undefined)?.prefetch;
  if (value === undefined || value === 0 || value === false) return 0;
  if (value === 1 || value === true) return 1;
  throw new ValidationError({
    provider: spec.provider,
    message: `Invalid prefetch for ${spec.resource}: expected 0 or 1 (pages fetched ahead), got ${JSON.stringify(value)}.`,
    fields: [{ field: 'prefetch', message: 'expected 0 or 1' }],
  });
}

export function paginate<T>(spec: ListSpec<T>): PagePromise<T> {
  return new PagePromise(spec);
}

/** Clamps a requested page size to a vendor's maximum (and at least 1). */
export function clampLimit(limit: number | undefined, max: number, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return Math.min(fallback, max);
  return Math.max(1, Math.min(Math.floor(limit), max));
}

/** What a one-page listing loads: its items, with the response facts of the request that fetched them. */
export interface SinglePageResult<T> {
  items: T[];
  response?: Response | null;
  requestId?: string | null;
  attempts?: AttemptRecord[] | null;
}

/**
 * A listing that is one page (an endpoint without paging, such as an event's dates on a vendor with one date per
 * event): `load` fetches it with the call's options; it has no next page, and its cursor resumes nothing.
 */
export function singlePage<T>(spec: Omit<ListSpec<T>, 'fetchPage' | 'initialState'> & { load: (options: RequestOptions) => Promise<SinglePageResult<T>> }): PagePromise<T> {
  const { load, ...rest } = spec;
  return paginate<T>({ ...rest, fetchPage: async (_state, _limit, options) => ({ ...(await load(options)), next: null }) });
}

/** A vendor's count of a listing's items: a non-negative safe integer, else unknown. */
function totalOf(total: number | null | undefined): number | null {
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : null;
}
