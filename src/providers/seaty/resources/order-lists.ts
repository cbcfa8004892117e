/**
 * Seaty's order listings. Seaty lists orders only per date (`GET /dates/{id}/orders`), so `orders.list({ eventDateId })`
 * is one endpoint and `orders.list({ eventId })` walks the event's dates in order, and each date's orders page by
 * page. Reaching a date, the walk reads the first orders page of it and of the next few dates at once
 * (`SEATY_DATE_FANOUT`, through `mapConcurrent`): an event of many small dates costs one round trip per few dates
 * instead of one per date, the pace (docs/vendors/seaty.md, Rate limits) still spacing every request. Pages are
 * handed out in date order, and a cursor resumes exactly where the caller stopped. Each page is normalized with the
 * event's id and currency, read once per listing and then carried in the cursor.
 */
import { mapConcurrent } from '../../../core/concurrency.js';
import type { ListParams, Order } from '../../../core/model.js';
import { paginate, type PagePromise, type RawPage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { eventCurrency, SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS, type SeatyRawPage } from '../endpoints.js';
import { idText, normalizeOrders } from '../normalize.js';
import { pageOf, pageStateOf, resolvePage, SEATY_MAX_PER_PAGE, type SeatyPageState } from '../pagination.js';
import { SEATY_READERS, type SeatyOrder } from '../schemas.js';

export interface OrderListing {
  ctx: SeatyContext;
  /** The filters the cursor is tied to: `{ eventId, eventDateId }`. */
  filters: Record<string, unknown>;
  params: ListParams;
  options?: RequestOptions;
}

/** The state of one date's orders: `p` the page state, `e` the event's id, `c` its currency. */
interface DateOrdersState {
  p?: unknown;
  e?: string | null;
  c?: string | null;
}

/** The orders of one date. The event is `eventId` when the caller named it, else read from the date (once). */
export function dateOrders(listing: OrderListing & { eventDateId: string; eventId: string | null }): PagePromise<Order> {
  const { ctx, eventDateId } = listing;
  const path = SEATY_PATHS.dateOrders(eventDateId);
  return paginate<Order>({
    provider: SEATY,
    resource: 'orders',
    filters: listing.filters,
    limit: listing.params.limit,
    cursor: listing.params.cursor,
    options: listing.options,
    fetchPage: async (state, limit, options) => {
      const s = (state ?? {}) as DateOrdersState;
      let eventId = s.e !== undefined ? s.e : listing.eventId;
      if (eventId === null && s.e === undefined) {
        const date = await ctx.native.getDate(eventDateId, options);
        eventId = date.event_id === null || date.event_id === undefined ? null : idText(date.event_id);
      }
      const currency = s.c !== undefined ? s.c : eventId === null ? null : await eventCurrency(ctx, eventId, options);
      const page = await ctx.readPage({ path, reader: SEATY_READERS.dateOrder, state: s.p, limit, options });
      return {
        items: normalizeOrders(page.items, eventId, ctx.normalize(options, currency)),
        next: page.next === null ? null : { p: page.next, e: eventId, c: currency },
        response: page.response,
        requestId: page.requestId,
        attempts: page.attempts ?? [],
        total: page.total,
      };
    },
  });
}

/**
 * The state of the fan-out: the dates page `dp`, the date's index `di` and id `d` on it, the orders page state `op`
 * (`{ page, perPage }`: the page number and the size it is counted in; a bare page number in older cursors) and the
 * event's currency `c`, so a cursor resumes mid-walk, with or without `limit`.
 */
interface FanState {
  dp: number;
  di: number;
  d: string | null;
  op: SeatyPageState | number;
  c?: string | null;
}

/** One page of the event's dates, as the walk needs it: the date ids and the next dates page. */
interface DatesPage {
  dp: number;
  ids: string[];
  next: number | null;
}

/** Every order of an event. Memory: one page of dates plus one page of orders. */
export function eventOrders(listing: OrderListing & { eventId: string }): PagePromise<Order> {
  const { ctx, eventId } = listing;
  const dates = datesOf(ctx, eventId);
  const firstPages = firstPagesAhead(ctx);
  return paginate<Order>({
    provider: SEATY,
    resource: 'orders',
    filters: listing.filters,
    limit: listing.params.limit,
    cursor: listing.params.cursor,
    options: listing.options,
    fetchPage: async (state, limit, options): Promise<RawPage<Order>> => {
      const start = (state ?? {}) as Partial<FanState>;
      const currency = start.c !== undefined ? start.c : await eventCurrency(ctx, eventId, options);
      let s: FanState = { dp: pageOf(start.dp), di: Math.max(0, Number(start.di) || 0), d: start.d ?? null, op: start.op ?? 1 };
      for (;;) {
        const datesPage = await dates(s.dp, options);
        const di = s.d === null ? s.di : indexOr(datesPage.ids, s.d, s.di);
        if (di >= datesPage.ids.length) {
          if (datesPage.next === null) return { items: [], next: null };
          // The next dates page starts at its first date's first page, in the size this listing walks with.
          s = { dp: datesPage.next, di: 0, d: null, op: { ...pageStateOf(s.op), page: 1 } };
          continue;
        }
        const dateId = datesPage.ids[di]!;
        const page =
          pageStateOf(s.op).page === 1
            ? await firstPages(datesPage.ids, di, s.op, limit, options)
            : await ctx.readPage({ path: SEATY_PATHS.dateOrders(dateId), reader: SEATY_READERS.dateOrder, state: s.op, limit, options });
        const next = afterDatePage(datesPage, di, page, currency);
        // A date without orders is skipped here rather than handed out as an empty page.
        if (page.items.length === 0 && next !== null) {
          s = next;
          continue;
        }
        const items = normalizeOrders(page.items, eventId, ctx.normalize(options, currency));
        return { items, next, response: page.response, requestId: page.requestId, attempts: page.attempts ?? [] };
      }
    },
  });
}

/** How many dates' first orders pages a walk reads at once (docs/vendors/seaty.md, Orders of an event). */
export const SEATY_DATE_FANOUT = 4;

type FirstPageReader = (ids: string[], di: number, op: FanState['op'], limit: number | undefined, options: RequestOptions) => Promise<SeatyRawPage<SeatyOrder>>;

/**
 * The first orders page of the date at `di`, read together with those of the next dates (up to `SEATY_DATE_FANOUT`
 * in all) and kept until the walk reaches them: at most that many pages are held. A read ahead that fails fails the
 * walk when it reaches that date (the cursor then still points at it), never before, and never unhandled.
 */
function firstPagesAhead(ctx: SeatyContext): FirstPageReader {
  /** Pages read ahead, by date id, with the page size they were asked in. */
  const ahead = new Map<string, { perPage: number; page: Promise<SeatyRawPage<SeatyOrder>> }>();
  const read = (id: string, op: FanState['op'], limit: number | undefined, options: RequestOptions) =>
    ctx.readPage({ path: SEATY_PATHS.dateOrders(id), reader: SEATY_READERS.dateOrder, state: op, limit, options });
  return async (ids, di, op, limit, options) => {
    const { perPage } = resolvePage(pageStateOf(op), limit);
    const held = ahead.get(ids[di]!);
    if (held) {
      ahead.delete(ids[di]!);
      const page = await held.page;
      // The same first page when asked in the same size, or when the vendor counted it in the size asked now.
      if (held.perPage === perPage || page.perPage === perPage) return page;
      return read(ids[di]!, op, limit, options);
    }
    ahead.clear(); // pages read ahead for another position are not this walk's next pages
    const window = ids.slice(di, di + SEATY_DATE_FANOUT);
    const settled = mapConcurrent(
      window,
      (id) => read(id, op, limit, options).then((page) => ({ ok: true as const, page }), (error: unknown) => ({ ok: false as const, error })),
      { concurrency: SEATY_DATE_FANOUT },
    );
    const pageAt = (i: number) =>
      settled.then((results) => {
        const result = results[i]!;
        if (!result.ok) throw result.error;
        return result.page;
      });
    for (let i = 1; i < window.length; i++) {
      const page = pageAt(i);
      page.catch(() => {}); // a page read ahead may never be asked for
      ahead.set(window[i]!, { perPage, page });
    }
    return pageAt(0);
  };
}

/** Reads a dates page of the event, keeping the last one read (a walk reads each dates page once). */
function datesOf(ctx: SeatyContext, eventId: string): (dp: number, options: RequestOptions) => Promise<DatesPage> {
  let last: DatesPage | null = null;
  return async (dp, options) => {
    if (last?.dp !== dp) {
      // Dates are always read at the maximum page size, so `dp` alone names a dates page.
      const page = await ctx.readPage({ path: SEATY_PATHS.eventDates(eventId), reader: SEATY_READERS.eventDate, state: dp, limit: SEATY_MAX_PER_PAGE, options });
      last = { dp, ids: page.items.map((d) => idText(d.id)), next: page.next?.page ?? null };
    }
    return last;
  };
}

/** Where the date `id` is on the page (it may have moved since the cursor was made), else `fallback`. */
function indexOr(ids: string[], id: string, fallback: number): number {
  const found = ids.indexOf(id);
  return found >= 0 ? found : fallback;
}

/** The state after a page of the date at `di`: its next page, else the next date's first page, else the end. */
function afterDatePage(dates: DatesPage, di: number, page: SeatyRawPage<SeatyOrder>, currency: string | null | undefined): FanState | null {
  if (page.next !== null) return { dp: dates.dp, di, d: dates.ids[di]!, op: page.next, c: currency };
  // The next date starts at its first page, in the size this page was really counted in.
  const counted: SeatyPageState = { page: 1, perPage: page.perPage };
  if (di + 1 < dates.ids.length) return { dp: dates.dp, di: di + 1, d: dates.ids[di + 1]!, op: counted, c: currency };
  if (dates.next !== null) return { dp: dates.next, di: 0, d: null, op: counted, c: currency };
  return null;
}
