/**
 * The Seaty client: config, wire (bearer auth, opt-in pace, errors), the normalized resources, and the
 * Seaty-only `contacts` resource. Seaty is read-and-record: everything is read-only except one write,
 * external balance payments (`orders.recordPayment`).
 */
import type { z } from 'zod';
import { APIPromise, type WithResponse } from '../../core/api-promise.js';
import {
  BaseClient,
  checkOverrides,
  guardMethods,
  guardResource,
  rejected,
  rejectedList,
  type AttendeesResource,
  type Capabilities,
  type EventDatesResource,
  type EventsResource,
  type OrdersResource,
  type TicketingClient,
  type TicketTypesResource,
  type Unsupported,
} from '../../client.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../core/compose.js';
import { ConfigError, isTicketingError, NotFoundError, unsupported, type AttemptRecord, type TicketingError } from '../../core/errors.js';
import { InputProblem, invalidField, parseInput } from '../../core/input.js';
import {
  RecordPaymentInputSchema,
  type Attendee,
  type Event,
  type EventDate,
  type EventListParams,
  type EventScopedListParams,
  type ListParams,
  type Order,
  type OrderLine,
  type OrderListParams,
  type RecordPaymentInput,
  type TicketType,
} from '../../core/model.js';
import { normalizeCurrency } from '../../core/money.js';
import { assertListParams } from '../../core/strict.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { AttemptContext, ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { toUtcInstant } from '../../core/time.js';
import { splitIdOrThrow } from '../../internal/ids.js';
import { abortableSleep } from '../../internal/sleep.js';
import { SEATY_BASE_URL, SEATY_PATHS, SeatyNative, type SeatyRawPage } from './endpoints.js';
import { mapSeatyError } from './errors.js';
import { seatyId } from './ids.js';
import {
  currencyFromSymbol,
  linesFromTickets,
  normalizeContact,
  normalizeEvent,
  normalizeEventDate,
  normalizeOrder,
  normalizeTicketCategory,
  type SeatyContact,
  type SeatyNormalizeContext,
  type SeatyNormalizedOrder,
} from './normalize.js';
import { pageOf, pageStateOf, SEATY_DEFAULT_PER_PAGE, SEATY_MAX_PER_PAGE, type SeatyPageState } from './pagination.js';
import {
  SEATY_PAYMENT_TYPE,
  SeatyAttendeeSchema,
  SeatyDateOrderSchema,
  SeatyEventDateSchema,
  SeatyEventSchema,
  SeatyOrderTicketSchema,
  SeatyTicketCategorySchema,
  type SeatyBalancePaymentBody,
  type SeatyDateOrder,
  type SeatyEventDate,
  type SeatyOrder,
  type SeatyOrderTicket,
  type SeatyPayment,
  type SeatyTicketCategory,
} from './schemas.js';

const PROVIDER = 'seaty' as const;

/** Seaty documents 60 reads a minute (docs/vendors/seaty.md, Rate limits); `rateLimit: { perMinute: 60 }` paces a client to it. */
export const SEATY_READS_PER_MINUTE = 60;

export interface SeatyConfig extends ClientOptions {
  /** The organisation's API key, `sk_live_…` (sent only in the `Authorization` header). */
  apiKey: string;
  /**
   * Opt-in client-side pace: requests of this client (and of its `withOptions` copies) start at least
   * `60 000 / perMinute` ms apart. Use `{ perMinute: 60 }` (Seaty's documented read limit) for big walks.
   */
  rateLimit?: { perMinute: number } | false | null;
}

export const seatyCapabilities: Capabilities = Object.freeze({
  provider: PROVIDER,
  events: { list: true, get: true, create: false, update: false, publish: false, cancel: false, delete: false },
  eventDates: { list: 'native', get: true },
  ticketTypes: { list: true, get: true, create: false, update: false, delete: false },
  orders: {
    list: 'scoped',
    get: true,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: true,
    updatedSince: false,
    filters: ['eventId', 'eventDateId'],
  },
  attendees: {
    list: false,
    get: false,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: false,
    filters: [],
  },
  pagination: 'page',
  pageSize: { default: SEATY_DEFAULT_PER_PAGE, max: SEATY_MAX_PER_PAGE },
  idempotencyKeys: 'some',
  testMode: false,
}) as Capabilities;

/** Spaces the start of requests `intervalMs` apart; shared by a client and its `withOptions` copies. */
export class SeatyPacer {
  private nextSlot = 0;
  constructor(readonly intervalMs: number) {}

  async wait(signal: AbortSignal): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    const reservedUntil = slot + this.intervalMs;
    this.nextSlot = reservedUntil;
    try {
      await abortableSleep(slot - now, signal);
    } catch (error) {
      // Give the slot back when nobody queued behind it.
      if (this.nextSlot === reservedUntil) this.nextSlot = slot;
      throw error;
    }
  }
}

/** State shared by a client and its `withOptions` copies. */
interface SeatyShared {
  pacer: SeatyPacer | null;
  warned: Set<string>;
}

function pacerFor(rateLimit: SeatyConfig['rateLimit']): SeatyPacer | null {
  if (rateLimit === undefined || rateLimit === null || rateLimit === false) return null;
  const perMinute = (rateLimit as { perMinute?: unknown }).perMinute;
  if (typeof perMinute !== 'number' || !Number.isFinite(perMinute) || perMinute <= 0) {
    throw new ConfigError({
      provider: PROVIDER,
      message: `Seaty \`rateLimit.perMinute\` must be a positive number (got ${JSON.stringify(perMinute)}); Seaty allows ${SEATY_READS_PER_MINUTE} reads a minute.`,
    });
  }
  return new SeatyPacer(60_000 / perMinute);
}

function validateConfig(config: SeatyConfig): void {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ provider: PROVIDER, message: 'Seaty needs a config object: { apiKey }.' });
  }
  const key = (config as Partial<SeatyConfig>).apiKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new ConfigError({ provider: PROVIDER, message: 'Seaty needs `apiKey` (an `sk_live_…` key from Tools → Developer).' });
  }
  if (/\s/.test(key)) {
    throw new ConfigError({ provider: PROVIDER, message: 'Seaty `apiKey` contains whitespace; paste the key exactly as shown once by Seaty.' });
  }
}

type Filters = Record<string, unknown>;

export class SeatyClientImpl extends BaseClient<SeatyConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = seatyCapabilities;
  /** Seaty documents no test mode (only `sk_live_` keys): `null`. */
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: SeatyNative;
  readonly events: SeatyEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: SeatyTicketTypesResource;
  readonly orders: SeatyOrdersResource;
  /** Unsupported: Seaty's attendees are distinct people (see `contacts`); every method rejects. */
  readonly attendees: SeatyAttendeesResource;
  /** Seaty only: the distinct people who have ordered (`GET /v1/attendees`). */
  readonly contacts: SeatyContactsResource;
  private readonly shared: SeatyShared;
  /** The native layer as the normalized resources use it (unguarded: its own errors are not re-labelled). */
  private readonly api: SeatyNative;

  constructor(config: SeatyConfig, shared?: SeatyShared) {
    validateConfig(config);
    const state: SeatyShared = shared ?? { pacer: pacerFor(config.rateLimit), warned: new Set() };
    const wire: ProviderWire = {
      configKeys: ['apiKey', 'rateLimit'],
      requestOptionKeys: ['lines'],
      provider: PROVIDER,
      baseUrl: SEATY_BASE_URL,
      secrets: [config.apiKey],
      headers: (ctx: AttemptContext): Record<string, string> => (ctx.auth ? { authorization: `Bearer ${config.apiKey}` } : {}),
      mapError: mapSeatyError,
      // Seaty has no vendor-wide idempotency; the balance-payment endpoint sets its own header.
      idempotencyHeader: null,
      requestIdHeaders: ['x-request-id', 'request-id'],
      beforeAttempt: (_ctx, signal) => (state.pacer ? state.pacer.wait(signal) : Promise.resolve()),
    };
    super(config, wire);
    this.shared = state;
    this.api = new SeatyNative(this.pipeline);
    this.native = guardMethods(PROVIDER, 'native', this.api);
    // Guarded: a throw from argument handling or normalizing becomes a rejected TicketingError, never a plain Error.
    this.events = guardResource(PROVIDER, 'events', this.eventsResource());
    this.eventDates = guardResource(PROVIDER, 'eventDates', this.eventDatesResource());
    this.ticketTypes = guardResource(PROVIDER, 'ticketTypes', this.ticketTypesResource());
    this.orders = guardResource(PROVIDER, 'orders', this.ordersResource());
    this.attendees = guardResource(PROVIDER, 'attendees', this.attendeesResource());
    this.contacts = guardResource(PROVIDER, 'contacts', this.contactsResource());
  }

  /** A copy with overrides. The pace is shared with this client unless `rateLimit` is overridden. */
  withOptions(options: Partial<SeatyConfig>): SeatyClientImpl {
    const overrides = checkOverrides(PROVIDER, options) as Partial<SeatyConfig>;
    const config = { ...this.config, ...overrides } as SeatyConfig;
    const shared: SeatyShared =
      'rateLimit' in overrides ? { pacer: pacerFor(overrides.rateLimit), warned: this.shared.warned } : this.shared;
    return new SeatyClientImpl(config, shared);
  }

  /** Logs a data warning once per client (a whole listing of `$` events warns once, not per item). */
  private warnOnce(message: string, data?: Record<string, unknown>): void {
    if (this.shared.warned.has(message)) return;
    if (this.shared.warned.size < 500) this.shared.warned.add(message);
    this.pipeline.log.warn(message, data);
  }

  private ctx(options: RequestOptions | undefined, currency: string | null = null): SeatyNormalizeContext {
    return { raw: options?.raw === true, currency, warn: (m, d) => this.warnOnce(m, d) };
  }

  /** The ISO currency of an event, from its `currency_symbol` (one request). */
  private async eventCurrency(eventId: string | number, options?: RequestOptions): Promise<string | null> {
    const event = await this.api.getEvent(eventId, options);
    return currencyFromSymbol(event.currency_symbol, (m) => this.warnOnce(m), `event ${event.id}`);
  }

  /** A normalized list over one Seaty list endpoint (state: the page number and size, `SeatyPageState`). */
  private pageList<S extends z.ZodType, T>(
    resource: string,
    filters: Filters,
    params: ListParams,
    path: string,
    schema: S,
    map: (item: z.output<S>, ctx: SeatyNormalizeContext) => T,
    options?: RequestOptions,
    filter?: (item: T) => boolean,
  ): PagePromise<T> {
    return paginate<T>({
      provider: PROVIDER,
      resource,
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: async (state, limit, opts): Promise<RawPage<T>> => {
        const page = await this.api.fetchListPage(path, schema, state, limit, opts);
        const ctx = this.ctx(opts);
        const items = page.items.map((item) => map(item, ctx));
        return {
          items: filter ? items.filter(filter) : items,
          next: page.next,
          response: page.response,
          requestId: page.requestId,
          attempts: page.attempts ?? [],
        };
      },
    });
  }

  // ---------------------------------------------------------------- events

  private eventsResource(): SeatyEventsResource {
    const readOnly = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `events.${what}`, 'the Seaty API is read-and-record; events are managed in the Seaty dashboard'));
    return {
      list: (params: EventListParams = {}, options) => {
        assertListParams(PROVIDER, 'events.list', params, SEATY_LIST_FILTERS.events);
        return this.pageList('events', {}, params ?? {}, SEATY_PATHS.events, SeatyEventSchema, (e, ctx) => normalizeEvent(e, ctx), options);
      },
      get: (id, options) => {
        const eventId = seatyId(id, 'id');
        return mapResult(PROVIDER, 'read', this.api.getEvent(eventId, options), (e) => normalizeEvent(e, this.ctx(options)));
      },
      create: () => readOnly('create'),
      update: () => readOnly('update'),
      publish: () => readOnly('publish'),
      cancel: () => readOnly('cancel'),
      delete: () => readOnly('delete'),
    };
  }

  // ---------------------------------------------------------------- event dates

  private eventDatesResource(): EventDatesResource {
    return {
      list: (params: EventScopedListParams, options) => {
        assertListParams(PROVIDER, 'eventDates.list', params, SEATY_LIST_FILTERS.eventDates);
        const eventId = requiredEventId(params, 'eventDates.list');
        return this.pageList(
          'eventDates',
          { eventId },
          params,
          SEATY_PATHS.eventDates(eventId),
          SeatyEventDateSchema,
          (d, ctx) => normalizeEventDate(d, eventId, ctx),
          options,
        );
      },
      get: (id, options) => {
        const dateId = seatyId(id, 'id');
        return mapResult(PROVIDER, 'read', this.api.getDate(dateId, options), (d) => normalizeEventDate(d, null, this.ctx(options)));
      },
    };
  }

  // ---------------------------------------------------------------- ticket types

  private ticketTypesResource(): SeatyTicketTypesResource {
    const readOnly = (what: string) =>
      rejected<never>(
        unsupported(PROVIDER, `ticketTypes.${what}`, 'the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard'),
      );
    return {
      list: (params: EventScopedListParams, options) => {
        assertListParams(PROVIDER, 'ticketTypes.list', params, SEATY_LIST_FILTERS.ticketTypes);
        const eventId = requiredEventId(params, 'ticketTypes.list');
        const path = SEATY_PATHS.ticketCategories(eventId);
        return paginate<TicketType>({
          provider: PROVIDER,
          resource: 'ticketTypes',
          filters: { eventId },
          limit: params.limit,
          cursor: params.cursor,
          options,
          fetchPage: async (state, limit, opts) => {
            // `p`: the page state (`{ page, perPage }`; a bare number in older cursors); `c`: the event's currency.
            const s = (state ?? {}) as { p?: unknown; c?: string | null };
            // The currency is the event's: read once, then carried in the cursor.
            const currency = s.c !== undefined ? s.c : await this.eventCurrency(eventId, opts);
            const page = await this.api.fetchListPage(path, SeatyTicketCategorySchema, s.p, limit, opts);
            const ctx = this.ctx(opts, currency);
            return {
              items: page.items.map((c) => normalizeTicketCategory(c, eventId, ctx)),
              next: page.next === null ? null : { p: page.next, c: currency },
              response: page.response,
              requestId: page.requestId,
              attempts: page.attempts ?? [],
            };
          },
        });
      },
      get: (id, options) => {
        const [eventId, categoryId] = ticketTypeIdParts(id);
        return APIPromise.from(
          (async (): Promise<WithResponse<TicketType>> => {
            const currency = await this.eventCurrency(eventId, options);
            const path = SEATY_PATHS.ticketCategories(eventId);
            // Seaty has no single-category endpoint: walk the event's categories.
            for (let page: SeatyPageState | null = { page: 1 }; page !== null; ) {
              const result: SeatyRawPage<SeatyTicketCategory> = await this.api.fetchListPage(path, SeatyTicketCategorySchema, page, SEATY_MAX_PER_PAGE, options);
              const found = result.items.find((c) => String(c.id) === categoryId);
              if (found) {
                return withData(result, normalizeTicketCategory(found, eventId, this.ctx(options, currency)));
              }
              page = result.next;
            }
            throw new NotFoundError({
              provider: PROVIDER,
              status: 404,
              vendorCode: 'not_found',
              message: `Seaty event ${eventId} has no ticket category ${categoryId}.`,
            });
          })(),
        );
      },
      create: () => readOnly('create'),
      update: () => readOnly('update'),
      delete: () => readOnly('delete'),
    };
  }

  // ---------------------------------------------------------------- orders

  /** Every record of a list endpoint (for the small lists behind one order: tickets, categories). */
  private async all<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<Array<z.output<S>>> {
    const out: Array<z.output<S>> = [];
    for (let page: SeatyPageState | null = { page: 1 }; page !== null; ) {
      const result: SeatyRawPage<z.output<S>> = await this.api.fetchListPage(path, schema, page, SEATY_MAX_PER_PAGE, options);
      out.push(...result.items);
      page = result.next;
    }
    return out;
  }

  /**
   * One order, normalized with its event and currency: `GET /orders/{id}`, then its date (for the event id)
   * and the event (for the currency). With `lines`, also its tickets joined with the event's ticket categories;
   * without, `lines` is `null`, exactly as in a list (Seaty's order lists carry no tickets).
   */
  private async loadOrder(
    orderId: string,
    options: SeatyOrderGetOptions | undefined,
    known?: { eventId: string; currency: string | null },
  ): Promise<WithResponse<SeatyNormalizedOrder>> {
    const result = await this.api.getOrder(orderId, options).withResponse();
    const order = result.data;
    let eventId: string | null = known?.eventId ?? null;
    if (eventId === null && order.event_date_id !== null && order.event_date_id !== undefined) {
      const date = await this.api.getDate(order.event_date_id, options);
      eventId = date.event_id === null || date.event_id === undefined ? null : String(date.event_id);
    }
    const currency = known ? known.currency : eventId === null ? null : await this.eventCurrency(eventId, options);
    let lines: OrderLine[] | null = null;
    if (options?.lines === true && eventId !== null) {
      const tickets: SeatyOrderTicket[] = await this.all(SEATY_PATHS.orderTickets(order.id), SeatyOrderTicketSchema, options);
      const categories: SeatyTicketCategory[] = tickets.length
        ? await this.all(SEATY_PATHS.ticketCategories(eventId), SeatyTicketCategorySchema, options)
        : [];
      lines = linesFromTickets(tickets, categories, eventId, currency);
    }
    const { lines: _lines, ...requestOptions } = options ?? {};
    return { ...result, data: normalizeOrder(order, eventId, lines, this.ctx(requestOptions, currency)) };
  }

  /** Orders of one date (state: `{ p: page state, e: eventId, c: currency }`). */
  private dateOrders(
    eventDateId: string,
    knownEventId: string | null,
    filters: Filters,
    params: ListParams,
    options?: RequestOptions,
  ): PagePromise<SeatyNormalizedOrder> {
    return paginate<SeatyNormalizedOrder>({
      provider: PROVIDER,
      resource: 'orders',
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: async (state, limit, opts) => {
        const s = (state ?? {}) as { p?: unknown; e?: string | null; c?: string | null };
        let eventId = s.e !== undefined ? s.e : knownEventId;
        if (eventId === null && s.e === undefined) {
          const date = await this.api.getDate(eventDateId, opts);
          eventId = date.event_id === null || date.event_id === undefined ? null : String(date.event_id);
        }
        const currency = s.c !== undefined ? s.c : eventId === null ? null : await this.eventCurrency(eventId, opts);
        const page = await this.api.fetchListPage(SEATY_PATHS.dateOrders(eventDateId), SeatyDateOrderSchema, s.p, limit, opts);
        const ctx = this.ctx(opts, currency);
        return {
          items: page.items.map((o) => normalizeOrder(o, eventId, null, ctx)),
          next: page.next === null ? null : { p: page.next, e: eventId, c: currency },
          response: page.response,
          requestId: page.requestId,
          attempts: page.attempts ?? [],
        };
      },
    });
  }

  /**
   * Every order of an event: the event's dates, one at a time, and each date's orders page by page. The
   * cursor state `{ dp, di, d, op, c }` is the dates page, the date's index and id on it, the orders page state
   * (`{ page, perPage }`: the page number and the size it is counted in) and the event's currency, so a cursor
   * resumes mid-fan-out, with or without `limit`. Memory: one page of dates plus one page of orders.
   */
  private fanOutOrders(eventId: string, filters: Filters, params: ListParams, options?: RequestOptions): PagePromise<SeatyNormalizedOrder> {
    interface FanState {
      dp: number;
      di: number;
      d: string | null;
      /** The orders page: `{ page, perPage }` (a bare page number in older cursors). */
      op: SeatyPageState | number;
      c?: string | null;
    }
    let datesPage: { dp: number; ids: string[]; next: number | null } | null = null;
    const loadDates = async (dp: number, opts: RequestOptions) => {
      if (datesPage?.dp !== dp) {
        // Dates are always read at the maximum page size, so `dp` alone names a dates page.
        const page = await this.api.fetchListPage(SEATY_PATHS.eventDates(eventId), SeatyEventDateSchema, dp, SEATY_MAX_PER_PAGE, opts);
        datesPage = { dp, ids: page.items.map((d) => String(d.id)), next: page.next?.page ?? null };
      }
      return datesPage;
    };
    return paginate<SeatyNormalizedOrder>({
      provider: PROVIDER,
      resource: 'orders',
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: async (state, limit, opts): Promise<RawPage<SeatyNormalizedOrder>> => {
        const start = (state ?? {}) as Partial<FanState>;
        let s: FanState = { dp: pageOf(start.dp), di: Math.max(0, Number(start.di) || 0), d: start.d ?? null, op: start.op ?? 1 };
        const currency = start.c !== undefined ? start.c : await this.eventCurrency(eventId, opts);
        const ctx = this.ctx(opts, currency);
        for (;;) {
          const dates = await loadDates(s.dp, opts);
          let di = s.di;
          if (s.d !== null) {
            const found = dates.ids.indexOf(s.d);
            if (found >= 0) di = found;
          }
          if (di >= dates.ids.length) {
            if (dates.next === null) return { items: [], next: null };
            // The next dates page starts at its first date's first page, in the size this listing walks with.
            s = { dp: dates.next, di: 0, d: null, op: { ...pageStateOf(s.op), page: 1 } };
            continue;
          }
          const dateId = dates.ids[di]!;
          const page = await this.api.fetchListPage(SEATY_PATHS.dateOrders(dateId), SeatyDateOrderSchema, s.op, limit, opts);
          // The next date starts at its first page, in the size this page was really counted in.
          const counted: SeatyPageState = { page: 1, perPage: page.perPage };
          let next: FanState | null;
          if (page.next !== null) next = { dp: s.dp, di, d: dateId, op: page.next, c: currency };
          else if (di + 1 < dates.ids.length) next = { dp: s.dp, di: di + 1, d: dates.ids[di + 1]!, op: counted, c: currency };
          else if (dates.next !== null) next = { dp: dates.next, di: 0, d: null, op: counted, c: currency };
          else next = null;
          // A date without orders is skipped here rather than handed out as an empty page.
          if (page.items.length === 0 && next !== null) {
            s = next;
            continue;
          }
          return {
            items: page.items.map((o) => normalizeOrder(o, eventId, null, ctx)),
            next,
            response: page.response,
            requestId: page.requestId,
            attempts: page.attempts ?? [],
          };
        }
      },
    });
  }

  private ordersResource(): SeatyOrdersResource {
    const notInApi = (what: string) =>
      rejected<never>(
        unsupported(PROVIDER, `orders.${what}`, 'the Seaty API is read-and-record: orders are created and refunded in Seaty; only external balance payments can be recorded (orders.recordPayment)'),
      );
    return {
      list: (params: OrderListParams = {}, options) => {
        const p = params ?? {};
        // Normalized filters Seaty cannot honour are named as such (not as typos): its lists have no filters.
        for (const filter of ['updatedSince', 'status', 'buyerEmail'] as const) {
          if (p[filter] !== undefined) {
            return rejectedList<never>(PROVIDER, 'orders', unsupported(PROVIDER, `orders.list({ ${filter} })`, 'Seaty lists have no filters (only eventId or eventDateId)'));
          }
        }
        assertListParams(PROVIDER, 'orders.list', p, seatyCapabilities.orders.filters);
        if (p.eventDateId !== undefined) {
          const eventDateId = seatyId(p.eventDateId, 'eventDateId');
          const eventId = p.eventId === undefined ? null : seatyId(p.eventId, 'eventId');
          return this.dateOrders(eventDateId, eventId, { eventId, eventDateId }, p, options);
        }
        if (p.eventId !== undefined) {
          const eventId = seatyId(p.eventId, 'eventId');
          return this.fanOutOrders(eventId, { eventId, eventDateId: null }, p, options);
        }
        return rejectedList<SeatyNormalizedOrder>(
          PROVIDER,
          'orders',
          unsupported(
            PROVIDER,
            'orders.list.unscoped',
            "Seaty has no organisation-wide order list: pass { eventId } (walks the event's dates) or { eventDateId } (one date)",
          ),
        );
      },
      get: (id, options?: SeatyOrderGetOptions) => APIPromise.from(this.loadOrder(seatyId(id, 'id'), options)),
      create: () => notInApi('create'),
      markPaid: () => notInApi('markPaid'),
      refund: () => notInApi('refund'),
      cancel: () => notInApi('cancel'),
      recordPayment: (input: RecordPaymentInput, options?: SeatyOrderGetOptions) => {
        const { eventId, body } = balancePaymentBody(input);
        return this.recordPayment(eventId, body, options);
      },
    };
  }

  /**
   * Reads the event (its currency; and a missing event fails here, before anything is recorded: `outcomeUnknown:
   * false`), records the payment, then reads back the payee's order on the event (Seaty records a balance payment
   * against a payee and an event, not an order): the order the answer names, else the payee's first order found
   * walking the event's dates. When a read after the payment fails, the error keeps that read's class and says the
   * payment WAS recorded: `outcomeUnknown: true`, `writtenId` (the payment's id when Seaty's answer carries one) and
   * the idempotency key, with which a second call records nothing twice.
   */
  private recordPayment(eventId: string, body: SeatyBalancePaymentBody, options?: SeatyOrderGetOptions): APIPromise<SeatyNormalizedOrder> {
    const { lines: _lines, ...writeOptions } = options ?? {};
    const readOptions: SeatyOrderGetOptions = { ...options, idempotencyKey: undefined };
    return APIPromise.from(
      (async (): Promise<WithResponse<SeatyNormalizedOrder>> => {
        const currency = await readBeforeWrite(this.eventCurrency(eventId, readOptions));
        let readBackFailed = false;
        try {
          return await writeThenRead({
            provider: PROVIDER,
            what: 'orders.recordPayment',
            write: this.api.recordBalancePayment(eventId, body, writeOptions),
            writtenId: (payment: SeatyPayment | null) => (payment?.id === null || payment?.id === undefined ? null : String(payment.id)),
            then: async (payment, posted) => {
              try {
                const order = await this.payeeOrderAfterPayment(eventId, body.payee_email, payment, currency, readOptions);
                return { ...posted, data: order.data };
              } catch (error) {
                readBackFailed = true;
                throw error;
              }
            },
          }).withResponse();
        } catch (error) {
          throw readBackFailed && isTicketingError(error) ? paymentRecordedError(error) : error;
        }
      })(),
    );
  }

  /** The payee's order on the event, read back after a recorded payment. */
  private async payeeOrderAfterPayment(
    eventId: string,
    payeeEmail: string,
    payment: SeatyPayment | null,
    currency: string | null,
    options: SeatyOrderGetOptions,
  ): Promise<WithResponse<SeatyNormalizedOrder>> {
    const named = payment?.order_id;
    const orderId = named === null || named === undefined ? await this.findPayeeOrder(eventId, payeeEmail, options) : String(named);
    if (orderId === null) {
      throw new NotFoundError({
        provider: PROVIDER,
        message: `ticketkit found no order of the payee on event ${eventId} to return.`,
      });
    }
    return this.loadOrder(orderId, options, { eventId, currency });
  }

  /** The id of the payee's first order on the event (dates in Seaty's order), or `null`. */
  private async findPayeeOrder(eventId: string, email: string, options: SeatyOrderGetOptions): Promise<string | null> {
    const wanted = email.trim().toLowerCase();
    for (let dp: SeatyPageState | null = { page: 1 }; dp !== null; ) {
      const dates: SeatyRawPage<SeatyEventDate> = await this.api.fetchListPage(SEATY_PATHS.eventDates(eventId), SeatyEventDateSchema, dp, SEATY_MAX_PER_PAGE, options);
      for (const date of dates.items) {
        for (let op: SeatyPageState | null = { page: 1 }; op !== null; ) {
          const orders: SeatyRawPage<SeatyDateOrder> = await this.api.fetchListPage(SEATY_PATHS.dateOrders(date.id), SeatyDateOrderSchema, op, SEATY_MAX_PER_PAGE, options);
          const found = orders.items.find((o: SeatyOrder) => (o.email ?? '').trim().toLowerCase() === wanted);
          if (found) return String(found.id);
          op = orders.next;
        }
      }
      dp = dates.next;
    }
    return null;
  }

  // ---------------------------------------------------------------- attendees and contacts

  private attendeesResource(): SeatyAttendeesResource {
    const hint =
      "Seaty's attendees are distinct people, not tickets: use client.contacts.list() (Seaty only); per-ticket rows are at client.native.listOrderTickets(orderId), whose fields Seaty does not document";
    return {
      list: () => rejectedList<never>(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list', hint)),
      get: () => rejected<never>(unsupported(PROVIDER, 'attendees.get', hint)),
      create: () => rejected<never>(unsupported(PROVIDER, 'attendees.create', 'the Seaty API is read-and-record')),
      delete: () => rejected(unsupported(PROVIDER, 'attendees.delete', 'the Seaty API is read-and-record')),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'the Seaty API has no check-in write')),
    };
  }

  private contactsResource(): SeatyContactsResource {
    return {
      list: (params: SeatyContactListParams = {}, options) => {
        assertListParams(PROVIDER, 'contacts.list', params, SEATY_LIST_FILTERS.contacts);
        const p = params ?? {};
        if (p.allowMarketing !== undefined && typeof p.allowMarketing !== 'boolean') {
          return rejectedList<SeatyContact>(PROVIDER, 'contacts', invalidField(PROVIDER, 'allowMarketing', `expected a boolean, got ${JSON.stringify(p.allowMarketing)}`));
        }
        const allow = p.allowMarketing;
        return this.pageList(
          'contacts',
          { allowMarketing: allow ?? null },
          p,
          SEATY_PATHS.attendees,
          SeatyAttendeeSchema,
          (a, ctx) => normalizeContact(a, ctx),
          options,
          allow === undefined ? undefined : (c) => c.allowMarketing === allow,
        );
      },
    };
  }
}

// ---------------------------------------------------------------- helpers

function withData<B>(result: { response?: Response | null; requestId?: string | null; attempts?: AttemptRecord[] | null }, data: B): WithResponse<B> {
  return {
    data,
    response: result.response ?? null,
    requestId: result.requestId ?? null,
    attempts: result.attempts ?? [],
    idempotencyKey: null,
    idempotentReplayed: false,
  };
}

/**
 * The filters each normalized list honours, besides `limit` and `cursor` (anything else is a `ValidationError`
 * naming the key, so a typo never widens a listing). `orders` is `seatyCapabilities.orders.filters`.
 */
export const SEATY_LIST_FILTERS = {
  events: [] as string[],
  eventDates: ['eventId'],
  ticketTypes: ['eventId'],
  contacts: ['allowMarketing'],
} as const;

/** The `eventId` an event-scoped list needs: a Seaty id (its absence, or a blank one, never lists more). */
function requiredEventId(params: Partial<EventScopedListParams> | undefined, method: string): string {
  const eventId = params?.eventId;
  if (eventId === undefined) throw new InputProblem('eventId', `${method} needs { eventId }: the Seaty event whose records to list`);
  return seatyId(eventId, 'eventId');
}

/** A ticket type id is `<eventId>:<categoryId>` (Seaty reads categories only through their event): both Seaty ids. */
function ticketTypeIdParts(id: unknown): [string, string] {
  const [eventId, categoryId] = splitIdOrThrow(id, 2, 'id', 'a Seaty ticket type id (<eventId>:<categoryId>)');
  return [seatyId(eventId, 'id'), seatyId(categoryId, 'id')];
}

/** The error of a read after a recorded payment: the read's class, saying plainly that the payment was recorded. */
function paymentRecordedError(error: TicketingError): TicketingError {
  const cause = error.cause instanceof Error ? error.cause.message : error.message;
  const key = error.idempotencyKey;
  const payment = error.writtenId === null || error.writtenId === undefined ? '' : ` (payment ${error.writtenId})`;
  return error.copyWith({
    message:
      `The balance payment WAS recorded${payment}, but reading the payee's order back failed: ${cause} ` +
      (key
        ? `Do not record it again with a new key: call recordPayment again with the same input and { idempotencyKey: '${key}' } ` +
          '(Seaty never records a payment twice under one key), or read the order with orders.list({ eventId }).'
        : 'Do not record it again: read the order with orders.list({ eventId }).'),
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates `recordPayment` input and builds the balance-payment body; throws `ValidationError` before any request. */
export function balancePaymentBody(input: RecordPaymentInput): { eventId: string; body: SeatyBalancePaymentBody } {
  const parsed = parseInput(PROVIDER, 'balance payment', RecordPaymentInputSchema, input);
  let eventId: string;
  try {
    eventId = seatyId(parsed.eventId, 'eventId');
  } catch (problem) {
    throw problem instanceof InputProblem ? problem.toValidationError(PROVIDER, 'orders.recordPayment') : problem;
  }
  const currency = normalizeCurrency(parsed.amount.currency);
  if (currency !== 'GBP') {
    throw invalidField(
      PROVIDER,
      'amount.currency',
      `Seaty balance payments are in the event's currency, pence of GBP; got ${JSON.stringify(parsed.amount.currency)}`,
    );
  }
  if (!Number.isSafeInteger(parsed.amount.amount) || parsed.amount.amount <= 0) {
    throw invalidField(
      PROVIDER,
      'amount.amount',
      `expected a positive integer of pence (a refund is { isRefund: true } with a positive amount), got ${parsed.amount.amount}`,
    );
  }
  let paidOn: string | undefined;
  if (parsed.paidOn !== undefined) {
    if (ISO_DATE.test(parsed.paidOn) && !Number.isNaN(Date.parse(`${parsed.paidOn}T00:00:00Z`))) paidOn = parsed.paidOn;
    else {
      const instant = toUtcInstant(parsed.paidOn);
      if (instant === null) {
        throw invalidField(PROVIDER, 'paidOn', `expected an ISO date (YYYY-MM-DD) or instant, got ${JSON.stringify(parsed.paidOn)}`);
      }
      paidOn = instant.slice(0, 10);
    }
  }
  const body: SeatyBalancePaymentBody = {
    payee_email: parsed.payeeEmail,
    amount: parsed.amount.amount,
    type_id: SEATY_PAYMENT_TYPE[parsed.method],
    ...(parsed.isRefund !== undefined ? { is_refund: parsed.isRefund } : {}),
    ...(parsed.notes !== undefined ? { notes: parsed.notes } : {}),
    ...(paidOn !== undefined ? { date_payment_made: paidOn } : {}),
  };
  return { eventId, body };
}

/** Seaty's orders: every normalized order also carries `balance` (docs/vendors/seaty.md, Money). */
export interface SeatyOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  list(params?: OrderListParams, options?: RequestOptions): PagePromise<SeatyNormalizedOrder>;
  get(id: string, options?: SeatyOrderGetOptions): APIPromise<SeatyNormalizedOrder>;
  recordPayment(input: RecordPaymentInput, options?: SeatyOrderGetOptions): APIPromise<SeatyNormalizedOrder>;
}

/** `orders.get` / `orders.recordPayment` options on Seaty. */
export interface SeatyOrderGetOptions extends RequestOptions {
  /**
   * Also read the order's tickets and the event's ticket categories to fill `lines` (two more requests,
   * or more for big orders). Default `false`: `lines` is `null`, as in lists.
   */
  lines?: boolean;
}

export interface SeatyContactListParams extends ListParams {
  /** Keep only contacts whose marketing consent is this value (filtered client-side). */
  allowMarketing?: boolean;
}

export interface SeatyContactsResource {
  /** `GET /v1/attendees`: one row per distinct person who has ordered on any of the organisation's events. */
  list(params?: SeatyContactListParams, options?: RequestOptions): PagePromise<SeatyContact>;
}

/** Seaty's events: read-only. */
export interface SeatyEventsResource extends EventsResource {
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<EventsResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<EventsResource['update']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  publish: Unsupported<EventsResource['publish']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<EventsResource['cancel']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; events are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}

/** Seaty's ticket categories: read-only. */
export interface SeatyTicketTypesResource extends TicketTypesResource {
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<TicketTypesResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<TicketTypesResource['update']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record; ticket categories are managed in the Seaty dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<TicketTypesResource['delete']>;
}

/** Seaty has no attendee endpoint: distinct buyers are `client.contacts`. */
export interface SeatyAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Seaty: it has no attendee list; distinct people who ordered are `client.contacts`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<AttendeesResource['list']>;
  /** @deprecated Not supported by Seaty: it has no attendee list; distinct people who ordered are `client.contacts`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<AttendeesResource['get']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Seaty: the Seaty API is read-and-record. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Seaty: the API has no check-in write. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The Seaty client: a `TicketingClient` whose unsupported methods are typed to reject, plus `contacts`. */
export interface SeatyClient extends TicketingClient {
  readonly provider: 'seaty';
  readonly livemode: null;
  /** Seaty's own API, typed. */
  readonly native: SeatyNative;
  readonly events: SeatyEventsResource;
  readonly ticketTypes: SeatyTicketTypesResource;
  readonly orders: SeatyOrdersResource;
  readonly attendees: SeatyAttendeesResource;
  /** Distinct people who have ordered on any of the organisation's events. */
  readonly contacts: SeatyContactsResource;
  withOptions(options: Partial<SeatyConfig>): SeatyClient;
}

export type { Event, EventDate, TicketType, Order, SeatyContact, SeatyNormalizedOrder };
