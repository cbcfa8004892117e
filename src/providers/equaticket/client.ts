/** The Equaticket client: config, wire (auth, errors, idempotency), and the normalized resources. */
import { z } from 'zod';
import { APIPromise } from '../../core/api-promise.js';
import {
  BaseClient,
  checkOverrides,
  guardMethods,
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
import { mapResult, readBeforeWrite } from '../../core/compose.js';
import { ConfigError, unsupported, type ProviderId } from '../../core/errors.js';
import { describeValue, InputProblem, invalidField, ownProviderOptions, parseInput } from '../../core/input.js';
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
import { assertListParams } from '../../core/strict.js';
import { toUtcInstant } from '../../core/time.js';
import { splitIdOrThrow } from '../../internal/ids.js';
import { idProblem } from '../../internal/path.js';
import { EQ_PATHS, EQUATICKET_BASE_URL, EquaticketNative, fetchListPage, type EqSingle } from './endpoints.js';
import { equaticketErrorMapper } from './errors.js';
import {
  normalizeAttendee,
  normalizeEvent,
  normalizeOrder,
  normalizeTicketType,
  synthesizeEventDate,
  type EqNormalizeContext,
} from './normalize.js';
import { EQ_DEFAULT_LIMIT, EQ_MAX_LIMIT_GUESS } from './pagination.js';
import {
  EqAttendeeSchema,
  EqEventSchema,
  EqOrderSchema,
  EqTicketTypeSchema,
  type EqEvent,
  type EqEventCreateBody,
  type EqEventUpdateBody,
  type EqTicketType,
  type EqTicketTypeUpdateBody,
} from './schemas.js';

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
  pageSize: { default: EQ_DEFAULT_LIMIT, max: EQ_MAX_LIMIT_GUESS },
  idempotencyKeys: 'all-writes',
  testMode: true,
}) as Capabilities;

/** Normalized order status → the vendor's filter value (`confirmed` documented; the rest guesses, docs/vendors/equaticket.md). */
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
  /** Equaticket's own API, every method guarded (a bad argument rejects with a `ValidationError`). */
  readonly native: EquaticketNative;
  /** The same API unguarded, for the normalized resources (themselves guarded). */
  private readonly api: EquaticketNative;
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
      mapError: equaticketErrorMapper([config.apiKey]),
      idempotencyHeader: 'Idempotency-Key',
      // Every write to a vendor with keys carries one. Equaticket documents the header on POST; whether PATCH and
      // DELETE honour it is not documented, and harmless either way: both are idempotent by nature, so retrying them
      // with the same key is safe (see docs/vendors/equaticket.md, "Writes, idempotency and outcomes").
      idempotencyMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
      requestIdHeaders: ['x-request-id'],
      onSuccess: (_response, { json }) => this.checkLivemode(json),
    };
    super(config, wire);
    this.livemode = livemode;
    this.api = new EquaticketNative(this.pipeline);
    this.native = guardMethods(PROVIDER, 'native', this.api);
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
        const page = await fetchListPage(this.pipeline, path, schema, query, state, limit, opts);
        const ctx = this.ctx(opts, page.livemode);
        return { ...page, items: page.items.map((item) => map(item, ctx)) };
      },
    });
  }

  private eventsResource(): EquaticketEventsResource {
    const api = this.api;
    const event = (options: RequestOptions | undefined) => (e: EqSingle<EqEvent>) => normalizeEvent(e.object, this.ctx(options, e.livemode));
    return {
      list: (params: EventListParams = {}, options) => {
        assertListParams(PROVIDER, 'events.list', params, []);
        return this.listOf('events', EQ_PATHS.events, EqEventSchema, {}, params ?? {}, {}, (e, ctx) => normalizeEvent(e, ctx), options);
      },
      get: (id, options) => mapResult(PROVIDER, 'read', api.getEvent(id, options), event(options)),
      create: (input: EventCreateInput, options) => mapResult(PROVIDER, 'write', api.createEvent(eventCreateBody(input), options), event(options)),
      update: (id, patch: EventUpdateInput, options) => {
        checkId(id, 'id');
        return mapResult(PROVIDER, 'write', api.updateEvent(id, eventUpdateBody(patch), options), event(options));
      },
      publish: (id, options) => mapResult(PROVIDER, 'write', api.publishEvent(id, options), event(options)),
      cancel: (id, options) => mapResult(PROVIDER, 'write', api.cancelEvent(id, options), event(options)),
      delete: () => rejected(unsupported(PROVIDER, 'events.delete', 'the API can cancel an event (events.cancel) but not delete it')),
    };
  }

  private eventDatesResource(): EventDatesResource {
    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = requiredEventId('eventDates.list', params);
        return paginate<EventDate>({
          provider: PROVIDER,
          resource: 'eventDates',
          filters: { eventId },
          cursor: params.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => {
            const { data, response, requestId, attempts } = await this.api.getEvent(eventId, opts).withResponse();
            return { items: [synthesizeEventDate(data.object, this.ctx(opts, data.livemode))], next: null, response, requestId, attempts };
          },
        });
      },
      get: (id, options) =>
        mapResult(PROVIDER, 'read', this.api.getEvent(id, options), (e) => synthesizeEventDate(e.object, this.ctx(options, e.livemode))),
    };
  }

  private ticketTypesResource(): TicketTypesResource {
    const api = this.api;
    const ticketType = (eventId: string, options: RequestOptions | undefined) => (t: EqSingle<EqTicketType>) =>
      normalizeTicketType(t.object, eventId, this.ctx(options, t.livemode));
    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = requiredEventId('ticketTypes.list', params);
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
        const { eventId, ticketTypeId } = parseTicketTypeId(id);
        return mapResult(PROVIDER, 'read', api.getTicketType(eventId, ticketTypeId, options), ticketType(eventId, options));
      },
      create: (input: TicketTypeCreateInput, options) => {
        const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
        refuseUndocumented('ticket types', { description: parsed.description });
        const extra = ownOptions(input, EqTicketTypeProviderOptionsSchema);
        checkId(parsed.eventId, 'eventId');
        const price = parsed.price?.amount ?? 0;
        assertPrice(price);
        const write = (currency: string) =>
          mapResult(
            PROVIDER,
            'write',
            api.createTicketType(
              parsed.eventId,
              {
                name: parsed.name,
                price,
                currency: currency.toLowerCase(),
                ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
                ...extra,
              },
              options,
            ),
            ticketType(parsed.eventId, options),
          );
        if (parsed.price) return write(parsed.price.currency);
        // A free ticket still needs the event's currency on the wire: read the event first. Its failure means the
        // write was never sent (`outcomeUnknown: false`).
        return APIPromise.from(
          (async () => {
            const event = await readBeforeWrite(api.getEvent(parsed.eventId, options));
            const currency = normalizeCurrency(event.object.currency);
            if (currency === null) {
              throw invalidField(PROVIDER, 'price', 'the event has no currency; pass a Money price').copyWith({ outcomeUnknown: false });
            }
            return write(currency).withResponse();
          })(),
        );
      },
      update: (id, patch: TicketTypeUpdateInput, options) => {
        const { eventId, ticketTypeId } = parseTicketTypeId(id);
        const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch);
        refuseUndocumented('ticket types', { description: parsed.description });
        const body: EqTicketTypeUpdateBody = { ...ownOptions(patch, EqTicketTypeProviderOptionsSchema) };
        if (parsed.name !== undefined) body.name = parsed.name;
        if (parsed.price) {
          assertPrice(parsed.price.amount);
          body.price = parsed.price.amount;
          body.currency = parsed.price.currency.toLowerCase();
        } else if (parsed.price === null) {
          body.price = 0;
        }
        if (parsed.quantityTotal !== undefined) body.quantity_total = parsed.quantityTotal;
        return mapResult(PROVIDER, 'write', api.updateTicketType(eventId, ticketTypeId, body, options), ticketType(eventId, options));
      },
      delete: (id, options) => {
        const { eventId, ticketTypeId } = parseTicketTypeId(id);
        return mapResult(PROVIDER, 'write', api.deleteTicketType(eventId, ticketTypeId, options), (): Deleted => ({ id, deleted: true }));
      },
    };
  }

  private ordersResource(): EquaticketOrdersResource {
    const notInApi = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `orders.${what}`, 'the public API cannot do it (refunds and sales happen in the dashboard and checkout)'));
    return {
      list: (params: OrderListParams = {}, options) => {
        if (params?.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'orders', unsupported(PROVIDER, 'orders.list({ updatedSince })', 'Equaticket has no updated-since filter; use webhooks or page newest-first'));
        }
        assertListParams(PROVIDER, 'orders.list', params, equaticketCapabilities.orders.filters);
        const p = params ?? {};
        let status: string | undefined;
        if (p.status !== undefined) {
          status = typeof p.status === 'string' ? ORDER_STATUS_FILTER[p.status] : undefined;
          if (status === undefined) {
            throw invalidField(PROVIDER, 'status', `Equaticket cannot filter orders by ${JSON.stringify(p.status)}`);
          }
        }
        const eventId = orderScope(p);
        const buyerEmail = p.buyerEmail === undefined ? undefined : nonBlankFilter('buyerEmail', p.buyerEmail);
        return this.listOf(
          'orders',
          eventId === null ? EQ_PATHS.orders : EQ_PATHS.eventOrders(eventId),
          EqOrderSchema,
          { status, buyer_email: buyerEmail },
          p,
          { eventId, status: status ?? null, buyerEmail: buyerEmail ?? null },
          (o, ctx) => normalizeOrder(o, ctx),
          options,
        );
      },
      get: (id, options) => mapResult(PROVIDER, 'read', this.api.getOrder(id, options), (o) => normalizeOrder(o.object, this.ctx(options, o.livemode))),
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
        if (params?.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })'));
        }
        assertListParams(PROVIDER, 'attendees.list', params, equaticketCapabilities.attendees.filters);
        const p = params ?? {};
        if (p.eventId !== undefined) checkId(p.eventId, 'eventId');
        if (p.checkedIn !== undefined && typeof p.checkedIn !== 'boolean') {
          throw invalidField(PROVIDER, 'checkedIn', `expected true or false, got ${describeValue(p.checkedIn)}`);
        }
        return this.listOf(
          'attendees',
          p.eventId === undefined ? EQ_PATHS.attendees : EQ_PATHS.eventAttendees(p.eventId),
          EqAttendeeSchema,
          { checked_in: p.checkedIn },
          p,
          { eventId: p.eventId ?? null, checkedIn: p.checkedIn ?? null },
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

/** An id argument, checked by the path rules (`idProblem`) before anything is sent; throws `InputProblem`. */
function checkId(value: unknown, field: string): asserts value is string {
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
}

/** The `eventId` a scoped list needs (`eventDates.list`, `ticketTypes.list`), checked; nothing else is accepted. */
function requiredEventId(method: string, params: EventScopedListParams | undefined): string {
  assertListParams(PROVIDER, method, params, ['eventId']);
  if (params === undefined || params === null || params.eventId === undefined) {
    throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  }
  checkId(params.eventId, 'eventId');
  return params.eventId;
}

/**
 * The event an order listing is scoped to, or `null` for the whole organization. `eventDateId` is the event's id
 * (Equaticket events have one date). A given but empty or blank id is a `ValidationError`, never a wider listing.
 */
function orderScope(params: OrderListParams): string | null {
  if (params.eventId !== undefined) checkId(params.eventId, 'eventId');
  if (params.eventDateId !== undefined) checkId(params.eventDateId, 'eventDateId');
  if (params.eventId !== undefined && params.eventDateId !== undefined && params.eventId !== params.eventDateId) {
    throw invalidField(PROVIDER, 'eventDateId', `an Equaticket event date's id is its event's id, so it cannot differ from eventId (${JSON.stringify(params.eventId)})`);
  }
  return params.eventId ?? params.eventDateId ?? null;
}

/** A string filter value: blank would reach the vendor as `?buyer_email=`, which may mean "no filter". */
function nonBlankFilter(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidField(PROVIDER, field, `expected a non-blank string (leave the key out for no filter), got ${describeValue(value)}`);
  }
  return value;
}

/** A normalized ticket type id: `<eventId>:<ticketTypeId>`, both parts valid ids (`E:..` is refused). */
function parseTicketTypeId(id: string): { eventId: string; ticketTypeId: string } {
  const [eventId, ticketTypeId] = splitIdOrThrow(id, 2, 'id', 'an Equaticket ticket type id') as [string, string];
  return { eventId, ticketTypeId };
}

/**
 * `providerOptions.equaticket`: Equaticket documents no event or ticket type field beyond those the normalized input
 * already maps (title, slug, timezone, starts_at, currency; name, price, currency, quantity_total), so it accepts no
 * key: a misspelt or undocumented field is a `ValidationError`, never sent. Options for other vendors are ignored,
 * so one input can serve several vendors.
 */
const EqEventProviderOptionsSchema = z.strictObject({});
const EqTicketTypeProviderOptionsSchema = z.strictObject({});

/**
 * This vendor's `providerOptions` entry of an input that already parsed, read from the input as given: parsing
 * copies objects, and a copy loses a `__proto__` key that should be refused, not silently dropped.
 */
function ownOptions<S extends z.ZodType>(input: unknown, schema: S): z.output<S> {
  return ownProviderOptions(PROVIDER, (input as { providerOptions?: Partial<Record<ProviderId, unknown>> }).providerOptions, schema);
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

function wireCurrencyOrThrow(code: string): string {
  const currency = normalizeCurrency(code);
  if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(code)}`);
  return currency.toLowerCase();
}

function eventCreateBody(input: EventCreateInput): EqEventCreateBody {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  refuseUndocumented('events', parsed);
  const currency = wireCurrencyOrThrow(parsed.currency);
  return {
    title: parsed.name,
    ...(parsed.slug !== undefined ? { slug: parsed.slug } : {}),
    timezone: parsed.timezone,
    starts_at: instantOrThrow('start', parsed.start),
    currency,
    ...ownOptions(input, EqEventProviderOptionsSchema),
  };
}

function eventUpdateBody(patch: EventUpdateInput): EqEventUpdateBody {
  const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch);
  refuseUndocumented('events', parsed);
  const body: EqEventUpdateBody = { ...ownOptions(patch, EqEventProviderOptionsSchema) };
  if (parsed.name !== undefined) body.title = parsed.name;
  if (parsed.slug !== undefined) body.slug = parsed.slug;
  if (parsed.timezone !== undefined) body.timezone = parsed.timezone;
  if (parsed.start !== undefined) body.starts_at = instantOrThrow('start', parsed.start);
  if (parsed.currency !== undefined) body.currency = wireCurrencyOrThrow(parsed.currency);
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
  /** Equaticket's own API, typed; a bad argument rejects with a `ValidationError` (nothing is sent). */
  readonly native: EquaticketNative;
  readonly events: EquaticketEventsResource;
  readonly orders: EquaticketOrdersResource;
  readonly attendees: EquaticketAttendeesResource;
  withOptions(options: ClientOptions): EquaticketClient;
}

export type { Event, EventDate, TicketType, Order, Attendee };
