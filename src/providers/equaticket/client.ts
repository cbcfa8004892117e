/** The Equaticket client: config, wire (auth, errors, idempotency), and the normalized resources. */
import { z } from 'zod';
import { APIPromise } from '../../core/api-promise.js';
import {
  BaseClient,
  checkOverrides,
  guardResource,
  rejected,
  rejectedList,
  type AttendeesResource,
  type Capabilities,
  type Deleted,
  type EventDatesResource,
  type EventsResource,
  type OrdersResource,
  type TicketingClient,
  type TicketTypesResource,
  type Unsupported,
} from '../../client.js';
import { ConfigError, NotFoundError, unsupported } from '../../core/errors.js';
import { invalidField, parseInput } from '../../core/input.js';
import {
  EventCreateInputSchema,
  EventUpdateInputSchema,
  TicketTypeCreateInputSchema,
  TicketTypeUpdateInputSchema,
  type Attendee,
  type AttendeeListParams,
  type Event,
  type EventCreateInput,
  type EventDate,
  type EventScopedListParams,
  type EventUpdateInput,
  type Order,
  type OrderListParams,
  type OrderStatus,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
  type EventListParams,
} from '../../core/model.js';
import { normalizeCurrency } from '../../core/money.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { toUtcInstant } from '../../core/time.js';
import { splitId } from '../../internal/ids.js';
import { EQ_PATHS, EQUATICKET_BASE_URL, EquaticketNative } from './endpoints.js';
import { mapEquaticketError } from './errors.js';
import {
  normalizeAttendee,
  normalizeEvent,
  normalizeOrder,
  normalizeTicketType,
  synthesizeEventDate,
  type EqNormalizeContext,
} from './normalize.js';
import { EQ_DEFAULT_LIMIT, EQ_MAX_LIMIT } from './pagination.js';
import { EqAttendeeSchema, EqEventSchema, EqOrderSchema, EqTicketTypeSchema, type EqEventCreateBody } from './schemas.js';

export interface EquaticketConfig extends ClientOptions {
  /** `sk_live_…` (live data) or `sk_test_…` (the isolated test copy). */
  apiKey: string;
}

const PROVIDER = 'equaticket' as const;

export const equaticketCapabilities: Capabilities = Object.freeze({
  provider: PROVIDER,
  events: { list: true, get: true, create: true, update: true, publish: true, cancel: true, delete: false },
  eventDates: { list: 'synthesized', get: true },
  ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
  orders: {
    list: 'all',
    get: true,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: false,
    updatedSince: false,
    filters: ['eventId', 'eventDateId', 'status', 'buyerEmail'],
  },
  attendees: {
    list: 'all',
    get: false,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: false,
    filters: ['eventId', 'checkedIn'],
  },
  pagination: 'cursor',
  pageSize: { default: EQ_DEFAULT_LIMIT, max: EQ_MAX_LIMIT },
  idempotencyKeys: 'all-writes',
  testMode: true,
}) as Capabilities;

/** Normalized order status → the vendor's filter value (`confirmed` documented; the rest guesses, Gaps #17). */
const ORDER_STATUS_FILTER: Partial<Record<OrderStatus, string>> = {
  paid: 'confirmed',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  pending: 'pending',
  cancelled: 'cancelled',
  expired: 'expired',
};

function validateConfig(config: EquaticketConfig): void {
  const key = (config as Partial<EquaticketConfig>).apiKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new ConfigError({ provider: PROVIDER, message: 'Equaticket needs `apiKey` (an `sk_live_…` or `sk_test_…` key).' });
  }
  if (!/^sk_(live|test)_\S+$/.test(key)) {
    const shown = key.length > 8 ? `${key.slice(0, 8)}…` : 'a short value';
    throw new ConfigError({
      provider: PROVIDER,
      message: `Equaticket \`apiKey\` must start with \`sk_live_\` or \`sk_test_\` (got ${shown.replace(/^(sk_[a-z]*_?).*/, '$1…')}).`,
    });
  }
}

export class EquaticketClientImpl extends BaseClient<EquaticketConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = equaticketCapabilities;
  readonly livemode: boolean;
  readonly native: EquaticketNative;
  readonly events: EquaticketEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EquaticketOrdersResource;
  readonly attendees: EquaticketAttendeesResource;
  private livemodeWarned = false;

  constructor(config: EquaticketConfig) {
    validateConfig(config);
    const livemode = config.apiKey.startsWith('sk_live_');
    const wire: ProviderWire = {
      configKeys: ['apiKey'],
      provider: PROVIDER,
      baseUrl: EQUATICKET_BASE_URL,
      secrets: [config.apiKey],
      headers: (ctx): Record<string, string> => (ctx.auth ? { authorization: `Bearer ${config.apiKey}` } : {}),
      mapError: mapEquaticketError,
      idempotencyHeader: 'Idempotency-Key',
      // DESIGN: every write to a vendor with keys carries one. The reference documents the header on POST; its
      // guess (Gaps #22) is that PATCH and DELETE ignore it, which is harmless: both are idempotent by nature, so
      // retrying them with the same key is safe either way.
      idempotencyMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
      requestIdHeaders: ['x-request-id'],
      onSuccess: (_response, { json }) => this.checkLivemode(json),
    };
    super(config, wire);
    this.livemode = livemode;
    this.native = new EquaticketNative(this.pipeline);
    this.events = guardResource(PROVIDER, 'events', this.eventsResource());
    this.eventDates = guardResource(PROVIDER, 'eventDates', this.eventDatesResource());
    this.ticketTypes = guardResource(PROVIDER, 'ticketTypes', this.ticketTypesResource());
    this.orders = guardResource(PROVIDER, 'orders', this.ordersResource());
    this.attendees = guardResource(PROVIDER, 'attendees', this.attendeesResource());
  }

  withOptions(options: ClientOptions): EquaticketClientImpl {
    return new EquaticketClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) });
  }

  private checkLivemode(json: unknown): void {
    if (this.livemodeWarned || json === null || typeof json !== 'object') return;
    const livemode = (json as { livemode?: unknown }).livemode;
    if (typeof livemode === 'boolean' && livemode !== this.livemode) {
      this.livemodeWarned = true;
      this.pipeline.log.warn(
        `Equaticket answered with livemode=${livemode} but the key is a ${this.livemode ? 'live' : 'test'} key; check which key this client uses.`,
      );
    }
  }

  private ctx(options: RequestOptions | undefined, livemode: boolean | null = null): EqNormalizeContext {
    return {
      raw: options?.raw === true,
      livemode,
      warn: (message, data) => this.pipeline.log.warn(message, data),
    };
  }

  /** A normalized list over one Equaticket list endpoint. */
  private listOf<S extends z.ZodType, T>(
    resource: string,
    path: string,
    schema: S,
    query: Record<string, string | number | boolean | undefined>,
    params: { limit?: number; cursor?: string | null },
    filters: Record<string, unknown>,
    map: (item: z.output<S>, ctx: EqNormalizeContext) => T,
    options?: RequestOptions,
  ): PagePromise<T> {
    return paginate<T>({
      provider: PROVIDER,
      resource,
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: async (state, limit, opts): Promise<RawPage<T>> => {
        const page = await this.native.fetchListPage(path, schema, query, state, limit, opts);
        const ctx = this.ctx(opts, page.livemode);
        return { ...page, items: page.items.map((item) => map(item, ctx)) };
      },
    });
  }

  private eventsResource(): EquaticketEventsResource {
    const native = this.native;
    return {
      list: (params: EventListParams = {}, options) =>
        this.listOf('events', EQ_PATHS.events, EqEventSchema, {}, params, {}, (e, ctx) => normalizeEvent(e, ctx), options),
      get: (id, options) => mapSingle(native.getEvent(id, options), (e) => normalizeEvent(e.object, this.ctx(options))),
      create: (input: EventCreateInput, options) => {
        let body: EqEventCreateBody;
        try {
          body = eventCreateBody(input);
        } catch (error) {
          return rejected(error);
        }
        return mapSingle(native.createEvent(body, options), (e) => normalizeEvent(e.object, this.ctx(options)));
      },
      update: (id, patch: EventUpdateInput, options) => {
        let body: Partial<EqEventCreateBody>;
        try {
          body = eventUpdateBody(patch);
        } catch (error) {
          return rejected(error);
        }
        return mapSingle(native.updateEvent(id, body, options), (e) => normalizeEvent(e.object, this.ctx(options)));
      },
      publish: (id, options) => mapSingle(native.publishEvent(id, options), (e) => normalizeEvent(e.object, this.ctx(options))),
      cancel: (id, options) => mapSingle(native.cancelEvent(id, options), (e) => normalizeEvent(e.object, this.ctx(options))),
      delete: () => rejected(unsupported(PROVIDER, 'events.delete', 'the API can cancel an event (events.cancel) but not delete it')),
    };
  }

  private eventDatesResource(): EventDatesResource {
    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = params?.eventId;
        if (typeof eventId !== 'string' || eventId === '') {
          return rejectedList(PROVIDER, 'eventDates', invalidField(PROVIDER, 'eventId', 'eventDates.list needs { eventId }'));
        }
        return paginate<EventDate>({
          provider: PROVIDER,
          resource: 'eventDates',
          filters: { eventId },
          cursor: params.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => {
            const { data, response, requestId, attempts } = await this.native.getEvent(eventId, opts).withResponse();
            return { items: [synthesizeEventDate(data.object, this.ctx(opts))], next: null, response, requestId, attempts };
          },
        });
      },
      get: (id, options) => mapSingle(this.native.getEvent(id, options), (e) => synthesizeEventDate(e.object, this.ctx(options))),
    };
  }

  private ticketTypesResource(): TicketTypesResource {
    const native = this.native;
    const parseTicketTypeId = (id: string) => {
      const parts = typeof id === 'string' ? splitId(id, 2) : null;
      if (!parts) {
        throw new NotFoundError({
          provider: PROVIDER,
          message: `Not an Equaticket ticket type id: ${JSON.stringify(id)} (use the id a list or create returned).`,
        });
      }
      return { eventId: parts[0]!, ticketTypeId: parts[1]! };
    };
    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = params?.eventId;
        if (typeof eventId !== 'string' || eventId === '') {
          return rejectedList(PROVIDER, 'ticketTypes', invalidField(PROVIDER, 'eventId', 'ticketTypes.list needs { eventId }'));
        }
        return this.listOf(
          'ticketTypes',
          EQ_PATHS.ticketTypes(eventId),
          EqTicketTypeSchema,
          {},
          params,
          { eventId },
          (t, ctx) => normalizeTicketType(t, eventId, ctx),
          options,
        );
      },
      get: (id, options) => {
        try {
          const { eventId, ticketTypeId } = parseTicketTypeId(id);
          return mapSingle(native.getTicketType(eventId, ticketTypeId, options), (t) =>
            normalizeTicketType(t.object, eventId, this.ctx(options)),
          );
        } catch (error) {
          return rejected(error);
        }
      },
      create: (input: TicketTypeCreateInput, options) =>
        APIPromise.from(
          (async () => {
            const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
            refuseUndocumented('ticket types', { description: parsed.description });
            let currency = parsed.price?.currency ?? null;
            if (currency === null) {
              // A free ticket still needs the event's currency on the wire.
              const event = await native.getEvent(parsed.eventId, options);
              currency = normalizeCurrency(event.object.currency);
              if (currency === null) throw invalidField(PROVIDER, 'price', 'the event has no currency; pass a Money price');
            }
            const body = {
              name: parsed.name,
              price: parsed.price?.amount ?? 0,
              currency: currency.toLowerCase(),
              ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
              ...providerOptions(parsed.providerOptions),
            };
            assertPrice(body.price);
            const result = await native.createTicketType(parsed.eventId, body, options).withResponse();
            return { ...result, data: normalizeTicketType(result.data.object, parsed.eventId, this.ctx(options)) };
          })(),
        ),
      update: (id, patch: TicketTypeUpdateInput, options) => {
        try {
          const { eventId, ticketTypeId } = parseTicketTypeId(id);
          const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch);
          const body: Record<string, unknown> = { ...providerOptions(parsed.providerOptions) };
          if (parsed.name !== undefined) body.name = parsed.name;
          if (parsed.price) {
            assertPrice(parsed.price.amount);
            body.price = parsed.price.amount;
            body.currency = parsed.price.currency.toLowerCase();
          } else if (parsed.price === null) {
            body.price = 0;
          }
          if (parsed.quantityTotal !== undefined) body.quantity_total = parsed.quantityTotal;
          refuseUndocumented('ticket types', { description: parsed.description });
          return mapSingle(native.updateTicketType(eventId, ticketTypeId, body, options), (t) =>
            normalizeTicketType(t.object, eventId, this.ctx(options)),
          );
        } catch (error) {
          return rejected(error);
        }
      },
      delete: (id, options) => {
        try {
          const { eventId, ticketTypeId } = parseTicketTypeId(id);
          return mapSingle(native.deleteTicketType(eventId, ticketTypeId, options), (): Deleted => ({ id, deleted: true }));
        } catch (error) {
          return rejected(error);
        }
      },
    };
  }

  private ordersResource(): EquaticketOrdersResource {
    const notInApi = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `orders.${what}`, 'the public API cannot do it (refunds and sales happen in the dashboard and checkout)'));
    return {
      list: (params: OrderListParams = {}, options) => {
        if (params.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'orders', unsupported(PROVIDER, 'orders.list({ updatedSince })', 'Equaticket has no updated-since filter; use webhooks or page newest-first'));
        }
        let status: string | undefined;
        if (params.status !== undefined) {
          status = ORDER_STATUS_FILTER[params.status];
          if (status === undefined) {
            return rejectedList(PROVIDER, 'orders', invalidField(PROVIDER, 'status', `Equaticket cannot filter orders by ${JSON.stringify(params.status)}`));
          }
        }
        const eventId = params.eventId ?? params.eventDateId;
        const query = { status, buyer_email: params.buyerEmail };
        return this.listOf(
          'orders',
          eventId ? EQ_PATHS.eventOrders(eventId) : EQ_PATHS.orders,
          EqOrderSchema,
          query,
          params,
          { eventId: eventId ?? null, status: status ?? null, buyerEmail: params.buyerEmail ?? null },
          (o, ctx) => normalizeOrder(o, ctx),
          options,
        );
      },
      get: (id, options) => mapSingle(this.native.getOrder(id, options), (o) => normalizeOrder(o.object, this.ctx(options, o.livemode))),
      create: () => notInApi('create'),
      markPaid: () => notInApi('markPaid'),
      refund: () => notInApi('refund'),
      cancel: () => notInApi('cancel'),
      recordPayment: () => notInApi('recordPayment'),
    };
  }

  private attendeesResource(): EquaticketAttendeesResource {
    return {
      list: (params: AttendeeListParams = {}, options) => {
        if (params.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })'));
        }
        const query = { checked_in: params.checkedIn };
        return this.listOf(
          'attendees',
          params.eventId ? EQ_PATHS.eventAttendees(params.eventId) : EQ_PATHS.attendees,
          EqAttendeeSchema,
          query,
          params,
          { eventId: params.eventId ?? null, checkedIn: params.checkedIn ?? null },
          (a, ctx) => normalizeAttendee(a, ctx),
          options,
        );
      },
      get: () => rejected<never>(unsupported(PROVIDER, 'attendees.get', 'attendees can only be listed (attendees.list)')),
      create: () => rejected<never>(unsupported(PROVIDER, 'attendees.create', 'tickets are created by Equaticket checkout')),
      delete: () => rejected(unsupported(PROVIDER, 'attendees.delete', 'tickets are refunded in the dashboard')),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'check-in happens in the check-in web app')),
    };
  }
}

function mapSingle<A, B>(promise: APIPromise<A>, map: (value: A) => B): APIPromise<B> {
  return APIPromise.from(promise.withResponse().then((r) => ({ ...r, data: map(r.data) })));
}

/**
 * `providerOptions.equaticket`: extra wire fields sent as they are (Equaticket documents none beyond the mapped ones,
 * so this is an escape hatch for fields it adds later). Options for other vendors are ignored, so one input can
 * serve several vendors.
 */
const EqProviderOptionsSchema = z.record(z.string(), z.json());

function providerOptions(options: Record<string, unknown> | undefined): Record<string, unknown> {
  const own = options?.[PROVIDER];
  if (own === undefined) return {};
  const parsed = EqProviderOptionsSchema.safeParse(own);
  if (!parsed.success) {
    throw invalidField(PROVIDER, `providerOptions.${PROVIDER}`, 'expected an object of JSON values (extra Equaticket wire fields)');
  }
  return parsed.data;
}

function assertPrice(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw invalidField(PROVIDER, 'price.amount', `expected a non-negative integer in minor units, got ${amount}`);
  }
}

function instantOrThrow(field: string, value: string): string {
  const instant = toUtcInstant(value);
  if (instant === null) throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return instant;
}

/**
 * Fields Equaticket cannot hold (no end time or description on events, no description on ticket types): refused with
 * a `ValidationError` naming the field, before any request, rather than silently dropped (`null` is accepted: it
 * means "none", which is what Equaticket has).
 */
function refuseUndocumented(what: 'events' | 'ticket types', input: { end?: unknown; description?: unknown }): void {
  if (input.end !== undefined && input.end !== null) {
    throw invalidField(PROVIDER, 'end', `Equaticket events have no end time in the API (only starts_at); got ${JSON.stringify(input.end)}`);
  }
  if (input.description !== undefined && input.description !== null) {
    throw invalidField(PROVIDER, 'description', `Equaticket ${what} have no description in the API`);
  }
}

function eventCreateBody(input: EventCreateInput): EqEventCreateBody {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  refuseUndocumented('events', parsed);
  const currency = normalizeCurrency(parsed.currency);
  if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(parsed.currency)}`);
  return {
    title: parsed.name,
    ...(parsed.slug !== undefined ? { slug: parsed.slug } : {}),
    timezone: parsed.timezone,
    starts_at: instantOrThrow('start', parsed.start),
    currency: currency.toLowerCase(),
    ...providerOptions(parsed.providerOptions),
  };
}

function eventUpdateBody(patch: EventUpdateInput): Partial<EqEventCreateBody> {
  const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch);
  refuseUndocumented('events', parsed);
  const body: Partial<EqEventCreateBody> = { ...providerOptions(parsed.providerOptions) };
  if (parsed.name !== undefined) body.title = parsed.name;
  if (parsed.slug !== undefined) body.slug = parsed.slug;
  if (parsed.timezone !== undefined) body.timezone = parsed.timezone;
  if (parsed.start !== undefined) body.starts_at = instantOrThrow('start', parsed.start);
  if (parsed.currency !== undefined) {
    const currency = normalizeCurrency(parsed.currency);
    if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(parsed.currency)}`);
    body.currency = currency.toLowerCase();
  }
  return body;
}

/** Equaticket's events: everything but `delete`. */
export interface EquaticketEventsResource extends EventsResource {
  /** @deprecated Not supported by Equaticket: the API can cancel an event (`events.cancel`) but not delete it. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}

/** Equaticket's orders: read-only. */
export interface EquaticketOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Equaticket: sales happen in its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Equaticket: payments happen in its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Equaticket: refunds happen in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Equaticket: orders are cancelled in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Equaticket: it has no external payments. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

/** Equaticket's attendees (tickets): listed only. */
export interface EquaticketAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Equaticket: attendees can only be listed (`attendees.list`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<AttendeesResource['get']>;
  /** @deprecated Not supported by Equaticket: tickets are created by its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Equaticket: tickets are refunded in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Equaticket: check-in happens in its check-in web app. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The Equaticket client: a `TicketingClient` whose unsupported methods are typed to reject. */
export interface EquaticketClient extends TicketingClient {
  readonly provider: 'equaticket';
  /** `true` for an `sk_live_` key, `false` for an `sk_test_` key. */
  readonly livemode: boolean;
  /** Equaticket's own API, typed. */
  readonly native: EquaticketNative;
  readonly events: EquaticketEventsResource;
  readonly orders: EquaticketOrdersResource;
  readonly attendees: EquaticketAttendeesResource;
  withOptions(options: ClientOptions): EquaticketClient;
}

export type { Event, EventDate, TicketType, Order, Attendee };
