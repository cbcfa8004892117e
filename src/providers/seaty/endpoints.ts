/**
 * The Seaty native layer (`client.native`): Seaty's thirteen endpoints (docs/vendors/seaty.md, "Native layer"), with
 * vendor-shaped, zod-validated results and the same pipeline (auth, pacing, retries, errors, paging).
 * Lists return a `PagePromise` (await it for one page, `for await` it for every record). Every id is checked before
 * anything is sent (`nativeIdSeg`): Seaty's integer, or its digits as a string.
 */
import type { APIPromise } from '../../core/api-promise.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { assertListParams } from '../../core/strict.js';
import { parseInput } from '../../core/input.js';
import { nativeIdSeg } from './ids.js';
import { effectivePerPage, nextSeatyPage, pageStateOf, resolvePage, type SeatyPageState } from './pagination.js';
import {
  SEATY_READERS,
  SeatyBalancePaymentBodySchema,
  type SeatyAttendee,
  type SeatyBalancePaymentBody,
  type SeatyDateOrder,
  type SeatyDateSummary,
  type SeatyDiscount,
  type SeatyEvent,
  type SeatyEventDate,
  type SeatyEventDateDetail,
  type SeatyOrder,
  type SeatyOrderTicket,
  type SeatyPayment,
  type SeatyReader,
  type SeatyTicketCategory,
} from './schemas.js';

/** Documented base URL. */
export const SEATY_BASE_URL = 'https://developer.seaty.co.uk/v1';

/**
 * Paths relative to the base URL (which ends in `/v1`). All documented. Each id is checked (`nativeIdSeg`; a bad one
 * throws an `InputProblem` naming the argument as the native method calls it).
 */
export const SEATY_PATHS = {
  events: '/events',
  event: (id: string | number) => `/events/${nativeIdSeg(id, 'id')}`,
  eventDates: (eventId: string | number) => `/events/${nativeIdSeg(eventId, 'eventId')}/dates`,
  ticketCategories: (eventId: string | number) => `/events/${nativeIdSeg(eventId, 'eventId')}/ticket-categories`,
  date: (id: string | number) => `/dates/${nativeIdSeg(id, 'id')}`,
  dateOrders: (dateId: string | number) => `/dates/${nativeIdSeg(dateId, 'dateId')}/orders`,
  dateSummary: (dateId: string | number) => `/dates/${nativeIdSeg(dateId, 'dateId')}/summary`,
  order: (id: string | number) => `/orders/${nativeIdSeg(id, 'id')}`,
  orderTickets: (orderId: string | number) => `/orders/${nativeIdSeg(orderId, 'orderId')}/tickets`,
  orderPayments: (orderId: string | number) => `/orders/${nativeIdSeg(orderId, 'orderId')}/payments`,
  orderDiscounts: (orderId: string | number) => `/orders/${nativeIdSeg(orderId, 'orderId')}/discounts`,
  attendees: '/attendees',
  balancePayments: (eventId: string | number) => `/events/${nativeIdSeg(eventId, 'eventId')}/balance-payments`,
} as const;

/** Paging parameters of every native list: `limit` is `per_page` (1–100, default 100). */
export interface SeatyListQuery {
  /** Items per page. */
  limit?: number;
  /** A `nextCursor` from an earlier page. */
  cursor?: string | null;
}

/**
 * One page as the native layer reads it: `next` is the next page's `SeatyPageState` (or `null`), `page` the page
 * number read, `perPage` the size it was counted in (Seaty's `meta.per_page`, else the size asked for), and the
 * envelope's `meta.total`.
 */
export type SeatyRawPage<T> = RawPage<T> & { next: SeatyPageState | null; page: number; perPage: number; total: number | null };

/** What `fetchSeatyPage` reads: one page of `path`, at the cursor `state`, in pages of `limit`. */
export interface SeatyPageRequest<T> {
  path: string;
  reader: SeatyReader<T>;
  /** A cursor state (`{ page, perPage }`, or a bare page number); `null`/`undefined` for page 1. */
  state: unknown;
  limit: number | undefined;
  options?: RequestOptions;
}

/**
 * Fetches one page of a list endpoint and works out the next page: the native lists and the normalized layer both page
 * through it (it is not part of `client.native`). The page size is the state's when it has one (see `resolvePage`),
 * else `limit`; the next state keeps the size the page was counted in, so a cursor resumes at the same row.
 */
export async function fetchSeatyPage<T>(http: HttpPipeline, request: SeatyPageRequest<T>): Promise<SeatyRawPage<T>> {
  const { page, perPage } = resolvePage(pageStateOf(request.state), request.limit);
  const { reader } = request;
  const { data, response, requestId, attempts } = await http
    .send({ method: 'GET', path: request.path, query: { page, per_page: perPage }, parse: (payload) => reader.list(payload) }, request.options)
    .withResponse();
  const next = nextSeatyPage(data, page, perPage, http.urlFor('/'));
  if (next.foreignNext !== null) {
    http.log.warn(
      `Seaty's links.next points to another host (${next.foreignNext}); not following it with the API key: asking the configured base URL for page ${next.page} instead.`,
    );
  }
  const counted = effectivePerPage(data, perPage);
  return {
    items: data.data,
    next: next.page === null ? null : { page: next.page, perPage: counted },
    response,
    requestId,
    attempts,
    page,
    perPage: counted,
    total: data.meta?.total ?? null,
  };
}

/** What one native list reads. `path` is called after the params are checked (a bad id is named after a typo). */
interface NativeList<T> {
  method: string;
  resource: string;
  path: () => string;
  reader: SeatyReader<T>;
  params: SeatyListQuery;
  options?: RequestOptions;
}

/**
 * Seaty's own API, vendor-shaped. Every id is checked before anything is sent; `client.native` wraps this class with
 * the one guard (src/core/guard.ts), so a bad argument rejects the returned promise and never throws synchronously.
 */
export class SeatyNative {
  /** @internal Built by the client (`client.native`); not constructed by users. */
  constructor(private readonly http: HttpPipeline) {}

  /** One native list: `method` names it in errors; its params are paging only (Seaty's lists have no filters). */
  private list<T>(spec: NativeList<T>): PagePromise<T> {
    assertListParams('seaty', `native.${spec.method}`, spec.params, []);
    const path = spec.path();
    const { reader } = spec;
    return paginate<T>({
      provider: 'seaty',
      resource: `native.${spec.resource}`,
      filters: { path },
      limit: spec.params?.limit,
      cursor: spec.params?.cursor,
      options: spec.options,
      fetchPage: (state, limit, options) => fetchSeatyPage(this.http, { path, reader, state, limit, options }),
    });
  }

  private one<T>(path: string, reader: SeatyReader<T>, options?: RequestOptions): APIPromise<T> {
    return this.http.send({ method: 'GET', path, parse: (payload) => reader.single(payload) }, options);
  }

  // ---- events ----
  /** `GET /v1/events`: your events, most recent first. */
  listEvents(params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyEvent> {
    const path = () => SEATY_PATHS.events;
    return this.list({ method: 'listEvents', resource: 'events', path, reader: SEATY_READERS.event, params, options });
  }
  /** `GET /v1/events/{id}` (bare). 404 when the event is not in your organisation. */
  getEvent(id: string | number, options?: RequestOptions): APIPromise<SeatyEvent> {
    return this.one(SEATY_PATHS.event(id), SEATY_READERS.event, options);
  }
  /** `GET /v1/events/{id}/dates`. */
  listEventDates(eventId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyEventDate> {
    const path = () => SEATY_PATHS.eventDates(eventId);
    return this.list({ method: 'listEventDates', resource: 'event-dates', path, reader: SEATY_READERS.eventDate, params, options });
  }
  /** `GET /v1/events/{id}/ticket-categories`. */
  listTicketCategories(
    eventId: string | number,
    params: SeatyListQuery = {},
    options?: RequestOptions,
  ): PagePromise<SeatyTicketCategory> {
    const path = () => SEATY_PATHS.ticketCategories(eventId);
    return this.list({ method: 'listTicketCategories', resource: 'ticket-categories', path, reader: SEATY_READERS.ticketCategory, params, options });
  }

  // ---- dates ----
  /** `GET /v1/dates/{id}` (bare, with the parent event's tag and name). */
  getDate(id: string | number, options?: RequestOptions): APIPromise<SeatyEventDateDetail> {
    return this.one(SEATY_PATHS.date(id), SEATY_READERS.eventDateDetail, options);
  }
  /** `GET /v1/dates/{id}/orders`: the only order list Seaty has. */
  listDateOrders(dateId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyDateOrder> {
    const path = () => SEATY_PATHS.dateOrders(dateId);
    return this.list({ method: 'listDateOrders', resource: 'date-orders', path, reader: SEATY_READERS.dateOrder, params, options });
  }
  /** `GET /v1/dates/{id}/summary`: one rollup row (its fields are undocumented: docs/vendors/seaty.md, Guesses). */
  getDateSummary(dateId: string | number, options?: RequestOptions): APIPromise<SeatyDateSummary> {
    return this.one(SEATY_PATHS.dateSummary(dateId), SEATY_READERS.dateSummary, options);
  }

  // ---- orders ----
  /** `GET /v1/orders/{id}`: the order with its money breakdown and balance. */
  getOrder(id: string | number, options?: RequestOptions): APIPromise<SeatyOrder> {
    return this.one(SEATY_PATHS.order(id), SEATY_READERS.order, options);
  }
  /** `GET /v1/orders/{id}/tickets` (only `ticket_category_id` is documented: docs/vendors/seaty.md, Guesses). */
  listOrderTickets(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyOrderTicket> {
    const path = () => SEATY_PATHS.orderTickets(orderId);
    return this.list({ method: 'listOrderTickets', resource: 'order-tickets', path, reader: SEATY_READERS.orderTicket, params, options });
  }
  /** `GET /v1/orders/{id}/payments`: payments and refunds (`type_id` may be any integer). */
  listOrderPayments(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyPayment> {
    const path = () => SEATY_PATHS.orderPayments(orderId);
    return this.list({ method: 'listOrderPayments', resource: 'order-payments', path, reader: SEATY_READERS.payment, params, options });
  }
  /** `GET /v1/orders/{id}/discounts`. */
  listOrderDiscounts(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyDiscount> {
    const path = () => SEATY_PATHS.orderDiscounts(orderId);
    return this.list({ method: 'listOrderDiscounts', resource: 'order-discounts', path, reader: SEATY_READERS.discount, params, options });
  }

  // ---- attendees ----
  /** `GET /v1/attendees`: distinct people across the organisation (contacts, not tickets). */
  listAttendees(params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyAttendee> {
    const path = () => SEATY_PATHS.attendees;
    return this.list({ method: 'listAttendees', resource: 'attendees', path, reader: SEATY_READERS.attendee, params, options });
  }

  // ---- balance payments (the only write) ----
  /**
   * `POST /v1/events/{id}/balance-payments` with an `Idempotency-Key` (the `idempotencyKey` option, else a new
   * UUID) that is the same on every attempt; because of that key the call is retried after 5xx and network
   * errors. Needs the `write:balance_payments` scope. Seaty emails the payee a receipt on every success.
   * The body is checked first (`SeatyBalancePaymentBodySchema`: a misspelt or extra field is a `ValidationError`,
   * nothing is sent).
   *
   * The success body is undocumented (docs/vendors/seaty.md, Guesses): a JSON answer is read as the payment the
   * `balance.payment_recorded` webhook carries, and is `null` when it is empty or JSON of another shape (a 2xx is
   * Seaty's word that the payment was recorded). A 2xx whose body is not JSON at all (an HTML page from a proxy, a
   * cut-off answer) is an `InvalidResponseError` with `outcomeUnknown: true`: whether Seaty recorded it is unknown.
   */
  recordBalancePayment(eventId: string | number, body: SeatyBalancePaymentBody, options?: RequestOptions): APIPromise<SeatyPayment | null> {
    const path = SEATY_PATHS.balancePayments(eventId);
    const checked = parseInput('seaty', 'balance payment body', SeatyBalancePaymentBodySchema, body);
    return this.http.send(
      {
        method: 'POST',
        path,
        body: checked,
        safety: 'keyed',
        idempotencyHeader: 'Idempotency-Key',
        parse: (payload) => {
          if (payload === null || payload === '') return null;
          try {
            return SEATY_READERS.payment.single(payload);
          } catch {
            return null;
          }
        },
      },
      options,
    );
  }
}
