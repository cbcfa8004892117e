/**
 * Vendor-neutral pagination. A vendor adapter supplies `fetchPage(state)`; this module turns it into
 * a `PagePromise`: await it for one page, `for await` it for items, `.pages()` for pages, `.toArray({ limit })`.
 * Cursors are opaque strings tagged with provider, resource and a hash of the filters.
 */
import type { WithResponse } from './api-promise.js';
import { InvalidCursorError, InvalidResponseError, ValidationError, isTicketingError, type AttemptRecord, type ProviderId } from './errors.js';
import type { RequestOptions } from './pipeline.js';
import { assertRequestOptions } from './options.js';
import { base64UrlDecode, base64UrlEncode, fnv1a, stableStringify } from '../internal/ids.js';

/** One page as a vendor adapter returns it. `next` is the vendor state for the next page, or `null` at the end. */
export interface RawPage<T> {
  items: T[];
  next: unknown;
  response?: Response | null;
  requestId?: string | null;
  /** The tries it took to fetch this page (`withResponse().attempts` of the page). */
  attempts?: AttemptRecord[] | null;
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
  const payload: CursorPayload = { v: 1, p: provider, r: resource, f: fnv1a(stableStringify(filters)), s: state };
  return base64UrlEncode(JSON.stringify(payload));
}

/** Decodes a cursor, checking it belongs to this provider, resource and filter set. */
export function decodeCursor(
  cursor: string,
  provider: ProviderId,
  resource: string,
  filters: Record<string, unknown>,
): unknown {
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
  if (payload.f !== fnv1a(stableStringify(filters))) {
    throw new InvalidCursorError({
      provider,
      message: `This cursor was made for other filters of ${resource}; list again with the filters it was made with.`,
    });
  }
  return payload.s;
}

/** One page of a listing. */
export class Page<T> {
  constructor(
    readonly data: T[],
    /** Pass as `cursor` to continue after this page; `null` on the last page. */
    readonly nextCursor: string | null,
    private readonly listing: Listing<T>,
    readonly response: Response | null,
    readonly requestId: string | null,
    /** The tries it took to fetch this page. */
    readonly attempts: AttemptRecord[] = [],
  ) {}

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** Fetches the next page; throws when there is none (check `hasNextPage()` first). */
  async getNextPage(options?: RequestOptions): Promise<Page<T>> {
    if (this.nextCursor === null) {
      throw new InvalidCursorError({ provider: this.listing.spec.provider, message: 'There is no next page: check hasNextPage() first.' });
    }
    return this.listing.fetch(this.nextCursor, options);
  }
}

class Listing<T> {
  constructor(readonly spec: ListSpec<T>) {}

  /** Refuses a page size that is not a positive integer, or malformed request options, before any request. */
  checkLimit(): void {
    assertRequestOptions(this.spec.provider, this.spec.options, this.spec.optionKeys);
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

  stateOf(cursor: string | null | undefined): unknown {
    this.checkLimit();
    if (cursor === null || cursor === undefined || cursor === '') return this.spec.initialState ?? null;
    if (typeof cursor !== 'string') {
      throw new InvalidCursorError({ provider: this.spec.provider, message: 'A cursor must be a string.' });
    }
    return decodeCursor(cursor, this.spec.provider, this.spec.resource, this.spec.filters);
  }

  cursorOf(state: unknown): string {
    return encodeCursor(this.spec.provider, this.spec.resource, this.spec.filters, state);
  }

  async fetchState(state: unknown, options?: RequestOptions): Promise<Page<T>> {
    let raw: RawPage<T>;
    try {
      raw = await this.spec.fetchPage(state, this.spec.limit, { ...this.spec.options, ...options });
    } catch (error) {
      if (isTicketingError(error)) throw error;
      throw new InvalidResponseError({
        provider: this.spec.provider,
        message: `Could not read a page of ${this.spec.resource}: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
      });
    }
    if (!raw || !Array.isArray(raw.items)) {
      throw new InvalidResponseError({ provider: this.spec.provider, message: `A page of ${this.spec.resource} had no items array.` });
    }
    const next = raw.next === null || raw.next === undefined ? null : this.cursorOf(raw.next);
    return new Page(raw.items, next, this, raw.response ?? null, raw.requestId ?? null, raw.attempts ?? []);
  }

  async fetch(cursor: string | null | undefined, options?: RequestOptions): Promise<Page<T>> {
    return this.fetchState(this.stateOf(cursor), options);
  }
}

export interface ToArrayOptions {
  /** Required: the most items to collect (a guard against loading 100 000 orders into memory by accident). */
  limit: number;
}

/**
 * The result of every `list()` call. Nothing is sent until it is awaited or iterated.
 * - `await list(...)`: the first page (`data`, `nextCursor`, `hasNextPage()`, `getNextPage()`);
 * - `for await (const item of list(...))`: every item, page after page (memory: one page);
 * - `.pages()`: every page; `.toArray({ limit })`: up to `limit` items in an array.
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  private readonly listing: Listing<T>;
  private firstPage: Promise<Page<T>> | null = null;

  constructor(spec: ListSpec<T>) {
    this.listing = new Listing(spec);
  }

  private first(): Promise<Page<T>> {
    this.firstPage ??= Promise.resolve().then(() => this.listing.fetch(this.listing.spec.cursor));
    return this.firstPage;
  }

  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.first().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.first().catch(onrejected);
  }

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

  /** Every page, in order. A page that fails after its retries throws with `resumeCursor` and `itemsYielded`. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { spec } = this.listing;
    let state = this.listing.stateOf(spec.cursor);
    let itemsYielded = 0;
    let previousKey: string | null = null;
    let usedFirst = this.firstPage !== null;
    for (;;) {
      let page: Page<T>;
      try {
        if (usedFirst) {
          page = await this.first();
          usedFirst = false;
        } else {
          page = await this.listing.fetchState(state);
        }
      } catch (error) {
        if (isTicketingError(error) && !(error instanceof InvalidCursorError)) {
          error.resumeCursor = this.listing.cursorOf(state);
          error.itemsYielded = itemsYielded;
        }
        throw error;
      }
      itemsYielded += page.data.length;
      yield page;
      if (page.nextCursor === null) return;
      const nextState = this.listing.stateOf(page.nextCursor);
      const key = stableStringify(nextState);
      if (key === previousKey || key === stableStringify(state)) {
        throw Object.assign(
          new InvalidResponseError({
            provider: spec.provider,
            message: `${spec.provider} returned the same ${spec.resource} cursor twice; stopping instead of looping forever.`,
          }),
          { resumeCursor: page.nextCursor, itemsYielded },
        );
      }
      previousKey = stableStringify(state);
      state = nextState;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) {
      for (const item of page.data) yield item;
    }
  }

  /** Collects up to `limit` items (required). */
  async toArray(options: ToArrayOptions): Promise<T[]> {
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

export function paginate<T>(spec: ListSpec<T>): PagePromise<T> {
  return new PagePromise(spec);
}

/** Clamps a requested page size to a vendor's maximum (and at least 1). */
export function clampLimit(limit: number | undefined, max: number, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return Math.min(fallback, max);
  return Math.max(1, Math.min(Math.floor(limit), max));
}
