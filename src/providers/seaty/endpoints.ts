/**
 * The Seaty native layer (`client.native`): the thirteen endpoints of vendors/seaty.md section 9, with
 * vendor-shaped, zod-validated results and the same pipeline (auth, pacing, retries, errors, paging).
 * Lists return a `PagePromise` (await it for one page, `for await` it for every record).
 */
import type { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { seg, numSeg } from '../../internal/path.js';
import { effectivePerPage, nextSeatyPage, pageStateOf, resolvePage, type SeatyPageState } from './pagination.js';
import {
  SeatyAttendeeSchema,
  SeatyDateOrderSchema,
  SeatyDateSummarySchema,
  SeatyDiscountSchema,
  SeatyEventDateDetailSchema,
  SeatyEventDateSchema,
  SeatyEventSchema,
  SeatyOrderSchema,
  SeatyOrderTicketSchema,
  SeatyPaymentSchema,
  SeatyTicketCategorySchema,
  seatyListEnvelope,
  seatySingle,
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
  type SeatyTicketCategory,
} from './schemas.js';

/** Seaty's keys are integers: the native layer takes them as numbers or strings (see `seg` for the string rules). */
function idSeg(value: string | number): string {
  return typeof value === 'number' ? numSeg(value) : seg(value);
}

/** Documented base URL (§2). */
export const SEATY_BASE_URL = 'https://developer.seaty.co.uk/v1';

/** Paths relative to the base URL (which ends in `/v1`). All documented (§9). */
export const SEATY_PATHS = {
  events: '/events',
  event: (id: string | number) => `/events/${idSeg(id)}`,
  eventDates: (eventId: string | number) => `/events/${idSeg(eventId)}/dates`,
  ticketCategories: (eventId: string | number) => `/events/${idSeg(eventId)}/ticket-categories`,
  date: (id: string | number) => `/dates/${idSeg(id)}`,
  dateOrders: (dateId: string | number) => `/dates/${idSeg(dateId)}/orders`,
  dateSummary: (dateId: string | number) => `/dates/${idSeg(dateId)}/summary`,
  order: (id: string | number) => `/orders/${idSeg(id)}`,
  orderTickets: (orderId: string | number) => `/orders/${idSeg(orderId)}/tickets`,
  orderPayments: (orderId: string | number) => `/orders/${idSeg(orderId)}/payments`,
  orderDiscounts: (orderId: string | number) => `/orders/${idSeg(orderId)}/discounts`,
  attendees: '/attendees',
  balancePayments: (eventId: string | number) => `/events/${idSeg(eventId)}/balance-payments`,
} as const;

/** Paging parameters of every native list: `limit` is `per_page` (1–100, default 100). */
export interface SeatyListQuery {
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

export class SeatyNative {
  constructor(private readonly http: HttpPipeline) {}

  /**
   * Fetches one page of a list endpoint and works out the next page (section 5.3). `state` is a cursor state
   * (`{ page, perPage }`, or a bare page number); the page size is the state's when it has one (see `resolvePage`),
   * else `limit`. The next state keeps the size the page was counted in, so a cursor resumes at the same row.
   */
  async fetchListPage<S extends z.ZodType>(
    path: string,
    schema: S,
    state: unknown,
    limit: number | undefined,
    options?: RequestOptions,
  ): Promise<SeatyRawPage<z.output<S>>> {
    const { page, perPage } = resolvePage(pageStateOf(state), limit);
    const envelope = seatyListEnvelope(schema);
    const { data, response, requestId, attempts } = await this.http
      .send({ method: 'GET', path, query: { page, per_page: perPage }, parse: (payload) => envelope.parse(payload) }, options)
      .withResponse();
    const items = data.data as Array<z.output<S>>;
    const read = { ...data, data: items };
    const next = nextSeatyPage(read, page, perPage, this.http.urlFor('/'));
    if (next.foreignNext !== null) {
      this.http.log.warn(
        `Seaty's links.next points to another host (${next.foreignNext}); not following it with the API key: asking the configured base URL for page ${next.page} instead.`,
      );
    }
    const counted = effectivePerPage(read, perPage);
    return {
      items,
      next: next.page === null ? null : { page: next.page, perPage: counted },
      response,
      requestId,
      attempts,
      page,
      perPage: counted,
      total: data.meta?.total ?? null,
    };
  }

  private list<S extends z.ZodType>(resource: string, path: string, schema: S, params: SeatyListQuery, options?: RequestOptions): PagePromise<z.output<S>> {
    return paginate<z.output<S>>({
      provider: 'seaty',
      resource: `native.${resource}`,
      filters: { path },
      limit: params?.limit,
      cursor: params?.cursor,
      options,
      fetchPage: (state, limit, opts) => this.fetchListPage(path, schema, state, limit, opts),
    });
  }

  private one<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): APIPromise<z.output<S>> {
    const single = seatySingle(schema);
    return this.http.send({ method: 'GET', path, parse: (payload) => single.parse(payload) as z.output<S> }, options);
  }

  // ---- events (§9.1) ----
  /** `GET /v1/events`: your events, most recent first. */
  listEvents(params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyEvent> {
    return this.list('events', SEATY_PATHS.events, SeatyEventSchema, params, options);
  }
  /** `GET /v1/events/{id}` (bare). 404 when the event is not in your organisation. */
  getEvent(id: string | number, options?: RequestOptions): APIPromise<SeatyEvent> {
    return this.one(SEATY_PATHS.event(id), SeatyEventSchema, options);
  }
  /** `GET /v1/events/{id}/dates`. */
  listEventDates(eventId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyEventDate> {
    return this.list('event-dates', SEATY_PATHS.eventDates(eventId), SeatyEventDateSchema, params, options);
  }
  /** `GET /v1/events/{id}/ticket-categories`. */
  listTicketCategories(
    eventId: string | number,
    params: SeatyListQuery = {},
    options?: RequestOptions,
  ): PagePromise<SeatyTicketCategory> {
    return this.list('ticket-categories', SEATY_PATHS.ticketCategories(eventId), SeatyTicketCategorySchema, params, options);
  }

  // ---- dates (§9.2) ----
  /** `GET /v1/dates/{id}` (bare, with the parent event's tag and name). */
  getDate(id: string | number, options?: RequestOptions): APIPromise<SeatyEventDateDetail> {
    return this.one(SEATY_PATHS.date(id), SeatyEventDateDetailSchema, options);
  }
  /** `GET /v1/dates/{id}/orders`: the only order list Seaty has. */
  listDateOrders(dateId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyDateOrder> {
    return this.list('date-orders', SEATY_PATHS.dateOrders(dateId), SeatyDateOrderSchema, params, options);
  }
  /** `GET /v1/dates/{id}/summary`: one rollup row (fields undocumented, Gaps #8). */
  getDateSummary(dateId: string | number, options?: RequestOptions): APIPromise<SeatyDateSummary> {
    return this.one(SEATY_PATHS.dateSummary(dateId), SeatyDateSummarySchema, options);
  }

  // ---- orders (§9.3) ----
  /** `GET /v1/orders/{id}`: the order with its money breakdown and balance. */
  getOrder(id: string | number, options?: RequestOptions): APIPromise<SeatyOrder> {
    return this.one(SEATY_PATHS.order(id), SeatyOrderSchema, options);
  }
  /** `GET /v1/orders/{id}/tickets` (only `ticket_category_id` is documented, Gaps #5). */
  listOrderTickets(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyOrderTicket> {
    return this.list('order-tickets', SEATY_PATHS.orderTickets(orderId), SeatyOrderTicketSchema, params, options);
  }
  /** `GET /v1/orders/{id}/payments`: payments and refunds (`type_id` may be any integer). */
  listOrderPayments(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyPayment> {
    return this.list('order-payments', SEATY_PATHS.orderPayments(orderId), SeatyPaymentSchema, params, options);
  }
  /** `GET /v1/orders/{id}/discounts`. */
  listOrderDiscounts(orderId: string | number, params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyDiscount> {
    return this.list('order-discounts', SEATY_PATHS.orderDiscounts(orderId), SeatyDiscountSchema, params, options);
  }

  // ---- attendees (§9.4) ----
  /** `GET /v1/attendees`: distinct people across the organisation (contacts, not tickets). */
  listAttendees(params: SeatyListQuery = {}, options?: RequestOptions): PagePromise<SeatyAttendee> {
    return this.list('attendees', SEATY_PATHS.attendees, SeatyAttendeeSchema, params, options);
  }

  // ---- balance payments (§9.5, the only write) ----
  /**
   * `POST /v1/events/{id}/balance-payments` with an `Idempotency-Key` (the `idempotencyKey` option, else a new
   * UUID) that is the same on every attempt; because of that key the call is retried after 5xx and network
   * errors. Needs the `write:balance_payments` scope. Seaty emails the payee a receipt on every success.
   * The response body is undocumented (Gaps #10): it is read as the §10.8 payment shape, and is `null` when it is
   * empty or not an object of that shape (the payment was recorded all the same: a 2xx is never turned into an error).
   */
  recordBalancePayment(eventId: string | number, body: SeatyBalancePaymentBody, options?: RequestOptions): APIPromise<SeatyPayment | null> {
    const single = seatySingle(SeatyPaymentSchema);
    return this.http.send(
      {
        method: 'POST',
        path: SEATY_PATHS.balancePayments(eventId),
        body,
        safety: 'keyed',
        idempotencyHeader: 'Idempotency-Key',
        parse: (payload) => {
          if (payload === null || payload === '') return null;
          const read = single.safeParse(payload);
          return read.success ? read.data : null;
        },
      },
      options,
    );
  }
}
