/**
 * The Eventbrite v3 client: config, wire (Bearer auth, waypoint token, error mapping), organization
 * resolution, and the normalized resources built on the native layer.
 */
import { z } from 'zod';
import { APIPromise } from '../../core/api-promise.js';
import {
  asInputError,
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
  guardCall,
} from '../../client.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../core/compose.js';
import { AbortError, ConfigError, ValidationError, unsupported } from '../../core/errors.js';
import { inputError, invalidField, ownProviderOptions, parseInput } from '../../core/input.js';
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
  type EventListParams,
  type EventScopedListParams,
  type EventUpdateInput,
  type Order,
  type OrderListParams,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
} from '../../core/model.js';
import { normalizeCurrency } from '../../core/money.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { toUtcInstant } from '../../core/time.js';
import { idProblem, type Query } from '../../internal/path.js';
import { assertListParams } from '../../core/strict.js';
import { EB_PATHS, EVENTBRITE_BASE_URL, EventbriteNative } from './endpoints.js';
import { mapEventbriteError } from './errors.js';
import {
  attendeeRefOf,
  eventbriteIds,
  eventRefOf,
  normalizeAttendee,
  normalizeEvent,
  normalizeEventDate,
  normalizeOrder,
  normalizeTicketType,
  simpleIdOf,
  ticketTypeRefOf,
  type EventRef,
} from './normalize.js';
import { EB_DEFAULT_PAGE_SIZE, EB_MAX_PAGE_SIZE } from './pagination.js';
import {
  EbAttendeeSchema,
  EbEventSchema,
  EbOrderSchema,
  EbOrganizationSchema,
  EbTicketClassSchema,
  listEnvelope,
  type EbEvent,
  type EbEventCopyBody,
  type EbEventWrite,
  type EbTicketClass,
  type EbTicketClassWrite,
} from './schemas.js';

export interface EventbriteConfig extends ClientOptions {
  /** A private token or an OAuth token; sent only as `Authorization: Bearer`. */
  token: string;
  /**
   * The organization to work in. Without it, it is resolved once per client via
   * `GET /users/me/organizations/` (the token must see exactly one organization).
   */
  organizationId?: string;
}

const PROVIDER = 'eventbrite' as const;

/** The response header of a write, echoed on the next requests for read-your-writes (docs/vendors/eventbrite.md, Credentials and transport). */
export const WAYPOINT_HEADER = 'Eventbrite-API-Waypoint-Token';
/** Documented: the waypoint token "can be dropped after about 5 min". */
export const WAYPOINT_TTL_MS = 5 * 60_000;

/** Order lists and reads expand the attendees, which give the order lines and the ticket count. */
const ORDER_EXPAND = ['attendees'] as const;
/** Event reads expand the venue (its name and address). */
const EVENT_EXPAND = ['venue'] as const;

export const eventbriteCapabilities: Capabilities = Object.freeze({
  provider: PROVIDER,
  events: { list: true, get: true, create: true, update: true, publish: true, cancel: true, delete: true },
  eventDates: { list: 'native', get: true },
  ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
  orders: {
    list: 'all',
    get: true,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: false,
    updatedSince: true,
    filters: ['eventId', 'eventDateId', 'buyerEmail', 'updatedSince'],
  },
  attendees: {
    list: 'all',
    get: true,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: true,
    filters: ['eventId', 'updatedSince'],
  },
  pagination: 'continuation',
  pageSize: { default: EB_DEFAULT_PAGE_SIZE, max: EB_MAX_PAGE_SIZE },
  idempotencyKeys: 'none',
  testMode: false,
}) as Capabilities;

/** State shared by a client and its `withOptions()` copies (same token and organization). */
interface Session {
  token: string;
  organizationId: string | null;
  organization: Promise<string> | null;
  waypoint: { token: string; at: number } | null;
}

function validateConfig(config: EventbriteConfig): { token: string; organizationId: string | null } {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ provider: PROVIDER, message: 'Eventbrite needs a config object: { token, organizationId? }.' });
  }
  const token = (config as Partial<EventbriteConfig>).token;
  if (typeof token !== 'string' || token.trim() === '') {
    throw new ConfigError({ provider: PROVIDER, message: 'Eventbrite needs `token` (a private token or an OAuth token).' });
  }
  if (/\s/.test(token)) {
    throw new ConfigError({ provider: PROVIDER, message: 'Eventbrite `token` must not contain whitespace.' });
  }
  const org = (config as { organizationId?: unknown }).organizationId;
  if (org !== undefined && org !== null) {
    if ((typeof org !== 'string' && typeof org !== 'number') || String(org).trim() === '') {
      throw new ConfigError({ provider: PROVIDER, message: 'Eventbrite `organizationId` must be a non-empty string.' });
    }
    const organizationId = String(org).trim();
    const problem = idProblem(organizationId);
    if (problem !== null) throw new ConfigError({ provider: PROVIDER, message: `Eventbrite \`organizationId\` is not a usable id: ${problem}.` });
    return { token, organizationId };
  }
  return { token, organizationId: null };
}

export class EventbriteClientImpl extends BaseClient<EventbriteConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = eventbriteCapabilities;
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventbriteNative;
  readonly events: EventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EventbriteOrdersResource;
  readonly attendees: EventbriteAttendeesResource;
  private readonly session: Session;
  /** The native layer as the normalized resources use it (unguarded: its own errors are not re-labelled). */
  private readonly api: EventbriteNative;

  constructor(config: EventbriteConfig, shared?: Session) {
    const { token, organizationId } = validateConfig(config);
    const session: Session =
      shared && shared.token === token && shared.organizationId === organizationId
        ? shared
        : { token, organizationId, organization: null, waypoint: null };
    const wire: ProviderWire = {
      configKeys: ['token', 'organizationId'],
      provider: PROVIDER,
      baseUrl: EVENTBRITE_BASE_URL,
      secrets: [token],
      headers: (ctx): Record<string, string> => {
        const headers: Record<string, string> = ctx.auth ? { authorization: `Bearer ${token}` } : {};
        const waypoint = session.waypoint;
        if (waypoint && Date.now() - waypoint.at < WAYPOINT_TTL_MS) headers[WAYPOINT_HEADER.toLowerCase()] = waypoint.token;
        return headers;
      },
      mapError: mapEventbriteError,
      idempotencyHeader: null,
      onSuccess: (response) => {
        const waypoint = response.headers.get(WAYPOINT_HEADER);
        if (waypoint) session.waypoint = { token: waypoint, at: Date.now() };
      },
    };
    super(config, wire);
    this.session = session;
    this.api = new EventbriteNative(this.pipeline, (explicit, options) => this.resolveOrganization(explicit, options));
    this.native = guardMethods(PROVIDER, 'native', this.api);
    // Guarded: a throw from argument handling or normalizing becomes a rejected TicketingError, never a plain Error.
    this.events = guardResource(PROVIDER, 'events', this.eventsResource());
    this.eventDates = guardResource(PROVIDER, 'eventDates', this.eventDatesResource());
    this.ticketTypes = guardResource(PROVIDER, 'ticketTypes', this.ticketTypesResource());
    this.orders = guardResource(PROVIDER, 'orders', this.ordersResource());
    this.attendees = guardResource(PROVIDER, 'attendees', this.attendeesResource());
  }

  withOptions(options: ClientOptions): EventbriteClientImpl {
    return new EventbriteClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) }, this.session);
  }

  /** The organization id this client works in (configured, else looked up once and cached). */
  organizationId(options?: RequestOptions): Promise<string> {
    try {
      return this.resolveOrganization(undefined, options).catch((error: unknown) => {
        throw asInputError(PROVIDER, 'organizationId', error);
      });
    } catch (error) {
      return Promise.reject(asInputError(PROVIDER, 'organizationId', error));
    }
  }

  /**
   * Unpublishes an event (Eventbrite only), then reads it back. A free event must never have had orders; a paid one
   * none unless it is completed and paid out (`CANNOT_UNPUBLISH`). If the unpublish succeeded and the read-back fails,
   * the error says so (`outcomeUnknown: true`, `writtenId`).
   */
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<Event> {
    return guardCall(PROVIDER, 'unpublishEvent', () => {
      const ref = eventRefOf(id);
      return this.lifecycle('unpublishEvent', ref, this.api.unpublishEvent(ref.remoteId, options), options);
    });
  }

  /** Copies an event (Eventbrite only) with a new name and dates; returns the new event (a draft). */
  copyEvent(
    id: string,
    input: { name?: string; start?: string; end?: string; timezone?: string; summary?: string } = {},
    options?: RequestOptions,
  ): APIPromise<Event> {
    return guardCall(PROVIDER, 'copyEvent', () => {
      const ref = eventRefOf(id);
      const parsed = parseInput(PROVIDER, 'event copy', CopyInputSchema, input);
      const body: EbEventCopyBody = {};
      if (parsed.name !== undefined) body.name = parsed.name;
      if (parsed.start !== undefined) body.start_date = wireInstant('start', parsed.start);
      if (parsed.end !== undefined) body.end_date = wireInstant('end', parsed.end);
      if (parsed.timezone !== undefined) body.timezone = checkTimezone(parsed.timezone);
      if (parsed.summary !== undefined) body.summary = parsed.summary;
      return mapResult(PROVIDER, 'write', this.api.copyEvent(ref.remoteId, body, options), (e) => normalizeEvent(e, this.ctx(options)));
    });
  }

  /**
   * A lifecycle write (publish, unpublish, cancel) then the event read back with the write's waypoint token. The
   * write answers only a flag, so the read is what the caller gets; when it fails after the write succeeded, the
   * error says the write was applied (`outcomeUnknown: true`, `writtenId`: the event's id).
   */
  private lifecycle(what: string, ref: EventRef, write: APIPromise<unknown>, options: RequestOptions | undefined): APIPromise<Event> {
    return writeThenRead({
      provider: PROVIDER,
      what,
      write,
      writtenId: () => eventbriteIds.event(ref.remoteId, ref.isSeriesParent),
      then: () => this.readEvent(ref, options),
    });
  }

  private resolveOrganization(explicit: string | undefined, options?: RequestOptions): Promise<string> {
    // An explicit id was checked by the native layer before anything was sent (a blank one is refused there).
    if (explicit !== undefined) return Promise.resolve(explicit);
    if (this.session.organizationId !== null) return Promise.resolve(this.session.organizationId);
    const session = this.session;
    if (session.organization === null) {
      const lookup = this.lookupOrganization();
      session.organization = lookup;
      // A failed lookup is not cached: the next call tries again.
      lookup.catch(() => {
        if (session.organization === lookup) session.organization = null;
      });
    }
    return raceSignal(session.organization, options?.signal);
  }

  /** `GET /users/me/organizations/`: exactly one organization, else a `ConfigError` listing the ids found. */
  private async lookupOrganization(): Promise<string> {
    const envelope = listEnvelope('organizations', EbOrganizationSchema);
    const page = await this.pipeline.send({
      method: 'GET',
      path: EB_PATHS.userOrganizations('me'),
      parse: (payload) => envelope.parse(payload),
    });
    const ids = page.items.map((o) => o.id);
    const more =
      page.pagination?.has_more_items === true ||
      (page.pagination?.page_count != null && page.pagination.page_count > 1) ||
      (page.pagination?.object_count != null && page.pagination.object_count > ids.length);
    if (ids.length === 1 && !more) {
      this.pipeline.log.info(`resolved the Eventbrite organization: ${ids[0]}`);
      return ids[0]!;
    }
    const found = ids.length === 0 ? 'none' : `${ids.join(', ')}${more ? ', and more' : ''}`;
    throw new ConfigError({
      provider: PROVIDER,
      message:
        ids.length === 0
          ? 'This Eventbrite token sees no organization; pass `organizationId` in the config.'
          : `This Eventbrite token sees ${more ? 'several' : ids.length} organizations (ids found: ${found}); pass \`organizationId\` in the config to choose one.`,
    });
  }

  private ctx(options: RequestOptions | undefined): NormalizeContext {
    return { raw: options?.raw === true, warn: (message, data) => this.pipeline.log.warn(message, data) };
  }

  /** A normalized list over one native list endpoint (the path may need the organization id). */
  private listOf<S extends z.ZodType, T>(
    resource: string,
    path: string | ((options: RequestOptions) => Promise<string>),
    key: string,
    schema: S,
    query: Query,
    params: { limit?: number; cursor?: string | null },
    filters: Record<string, unknown>,
    map: (item: z.output<S>, ctx: NormalizeContext) => T,
    options: RequestOptions | undefined,
    pageSize = false,
  ): PagePromise<T> {
    return paginate<T>({
      provider: PROVIDER,
      resource,
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: async (state, limit, opts): Promise<RawPage<T>> => {
        const resolved = typeof path === 'string' ? path : await path(opts);
        const page = await this.api.fetchPage(resolved, key, schema, query, state, limit, opts, pageSize);
        const ctx = this.ctx(opts);
        return {
          next: page.next,
          response: page.response,
          requestId: page.requestId,
          attempts: page.attempts ?? [],
          items: page.items.map((item) => map(item, ctx)),
        };
      },
    });
  }

  private orgPath(build: (orgId: string) => string): (options: RequestOptions) => Promise<string> {
    return async (options) => build(await this.resolveOrganization(undefined, options));
  }

  private readEvent(ref: EventRef, options?: RequestOptions): APIPromise<Event> {
    const read = ref.isSeriesParent
      ? this.api.getSeries(ref.remoteId, { expand: EVENT_EXPAND }, options)
      : this.api.getEvent(ref.remoteId, { expand: EVENT_EXPAND }, options);
    return mapResult(PROVIDER, 'read', read, (e) => normalizeEvent(e, this.ctx(options)));
  }

  private eventsResource(): EventsResource {
    const native = this.api;
    const written = (write: APIPromise<EbEvent>, options: RequestOptions | undefined) =>
      mapResult(PROVIDER, 'write', write, (e) => normalizeEvent(e, this.ctx(options)));
    return {
      list: (params: EventListParams = {}, options) =>
        guardedList('events', () => {
          assertListParams(PROVIDER, 'events.list', params, EVENT_LIST_FILTERS);
          return this.listOf(
            'events',
            this.orgPath(EB_PATHS.organizationEvents),
            'events',
            EbEventSchema,
            // Series parents stand for their occurrences (eventDates.list); every status, drafts included.
            { show_series_parent: true, status: 'all', expand: EVENT_EXPAND.join(',') },
            params ?? {},
            {},
            (e, ctx) => normalizeEvent(e, ctx),
            options,
            true,
          );
        }),
      get: (id, options) => guarded(() => this.readEvent(eventRefOf(id), options)),
      create: (input: EventCreateInput, options) =>
        guarded(() => {
          const body = eventCreateBody(input);
          return written(native.createEvent({ event: body }, {}, options), options);
        }),
      update: (id, patch: EventUpdateInput, options) =>
        guarded(() => {
          const ref = eventRefOf(id);
          const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch ?? {});
          const body = eventPatchBody(parsed, rawProviderOptions(patch));
          const needsTimes = parsed.start !== undefined || parsed.end !== undefined || parsed.timezone !== undefined;
          const send = (event: EbEventWrite) =>
            ref.isSeriesParent
              ? native.updateSeries(ref.remoteId, { event }, options)
              : native.updateEvent(ref.remoteId, { event }, options);
          if (!needsTimes) return written(send(body), options);
          // `start`/`end` go on the wire with their timezone: read what the patch does not say. That read comes
          // before the write, so its failure means nothing was written (`outcomeUnknown: false`).
          const current = ref.isSeriesParent ? native.getSeries(ref.remoteId, {}, options) : native.getEvent(ref.remoteId, {}, options);
          return APIPromise.from(
            readBeforeWrite(current).then((event) => written(send(withTimes(body, parsed, event)), options).withResponse()),
          );
        }),
      publish: (id, options) =>
        guarded(() => {
          const ref = eventRefOf(id);
          return this.lifecycle('events.publish', ref, native.publishEvent(ref.remoteId, options), options);
        }),
      cancel: (id, options) =>
        guarded(() => {
          const ref = eventRefOf(id);
          return this.lifecycle('events.cancel', ref, native.cancelEvent(ref.remoteId, options), options);
        }),
      delete: (id, options) =>
        guarded(() => {
          const ref = eventRefOf(id);
          // No `goneAfterRetry`: Eventbrite has no idempotency keys, so a delete that may have landed is never
          // retried, and a second delete answers `ALREADY_DELETED`, not 404 (see docs/vendors/eventbrite.md, Writes).
          return mapResult(PROVIDER, 'write', native.deleteEvent(ref.remoteId, options), (): Deleted => ({ id, deleted: true }));
        }),
    };
  }

  private eventDatesResource(): EventDatesResource {
    return {
      list: (params: EventScopedListParams, options) =>
        guardedList('eventDates', () => {
          const ref = scopedEventRef(params, 'eventDates.list');
          if (ref.isSeriesParent) {
            return this.listOf(
              'eventDates',
              EB_PATHS.seriesEvents(ref.remoteId),
              'events',
              EbEventSchema,
              {},
              params,
              { eventId: params.eventId },
              (e, ctx) => normalizeEventDate(e, ctx),
              options,
            );
          }
          return paginate<EventDate>({
            provider: PROVIDER,
            resource: 'eventDates',
            filters: { eventId: params.eventId },
            cursor: params.cursor,
            options,
            fetchPage: async (_state, _limit, opts) => {
              const { data, response, requestId, attempts } = await this.api.getEvent(ref.remoteId, {}, opts).withResponse();
              return { items: [normalizeEventDate(data, this.ctx(opts))], next: null, response, requestId, attempts };
            },
          });
        }),
      get: (id, options) =>
        guarded(() => {
          const remoteId = simpleIdOf(id, 'id', 'an Eventbrite event date id');
          return mapResult(PROVIDER, 'read', this.api.getEvent(remoteId, {}, options), (e) => normalizeEventDate(e, this.ctx(options)));
        }),
    };
  }

  private ticketTypesResource(): TicketTypesResource {
    const native = this.api;
    const written = (write: APIPromise<EbTicketClass>, event: EventRef, options: RequestOptions | undefined) =>
      mapResult(PROVIDER, 'write', write, (t) => normalizeTicketType(t, event, this.ctx(options)));
    return {
      list: (params: EventScopedListParams, options) =>
        guardedList('ticketTypes', () => {
          const ref = scopedEventRef(params, 'ticketTypes.list');
          return this.listOf(
            'ticketTypes',
            EB_PATHS.ticketClasses(ref.remoteId),
            'ticket_classes',
            EbTicketClassSchema,
            {},
            params,
            { eventId: params.eventId },
            (t, ctx) => normalizeTicketType(t, ref, ctx),
            options,
          );
        }),
      get: (id, options) =>
        guarded(() => {
          const { event, ticketClassId } = ticketTypeRefOf(id);
          return mapResult(PROVIDER, 'read', native.getTicketClass(event.remoteId, ticketClassId, {}, options), (t) =>
            normalizeTicketType(t, event, this.ctx(options)),
          );
        }),
      create: (input: TicketTypeCreateInput, options) =>
        guarded(() => {
          const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
          const event = eventRefOf(parsed.eventId, 'eventId');
          const extra = ticketClassOptions(rawProviderOptions(input));
          if (parsed.quantityTotal === undefined && extra.donation !== true && extra.capacity === undefined) {
            throw invalidField(PROVIDER, 'quantityTotal', 'Eventbrite needs the quantity of a non-donation ticket class');
          }
          const body: EbTicketClassWrite = {
            name: parsed.name,
            ...(parsed.description != null ? { description: parsed.description } : {}),
            ...priceFields(parsed.price, extra.donation === true),
            ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
            ...extra,
          };
          return written(native.createTicketClass(event.remoteId, { ticket_class: body }, options), event, options);
        }),
      update: (id, patch: TicketTypeUpdateInput, options) =>
        guarded(() => {
          const { event, ticketClassId } = ticketTypeRefOf(id);
          const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch ?? {});
          const extra = ticketClassOptions(rawProviderOptions(patch));
          const body: EbTicketClassWrite = {
            ...(parsed.name !== undefined ? { name: parsed.name } : {}),
            ...(parsed.description !== undefined ? { description: parsed.description ?? '' } : {}),
            ...(parsed.price !== undefined ? priceFields(parsed.price, extra.donation === true) : {}),
            ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
            ...extra,
          };
          return written(native.updateTicketClass(event.remoteId, ticketClassId, { ticket_class: body }, options), event, options);
        }),
      delete: (id, options) =>
        guarded(() => {
          const { event, ticketClassId } = ticketTypeRefOf(id);
          return mapResult(PROVIDER, 'write', native.deleteTicketClass(event.remoteId, ticketClassId, {}, options), (): Deleted => ({ id, deleted: true }));
        }),
    };
  }

  private ordersResource(): EventbriteOrdersResource {
    const notInApi = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `orders.${what}`, 'the Eventbrite API reads orders but cannot create or change them'));
    return {
      list: (params: OrderListParams = {}, options) =>
        guardedList('orders', () => {
          const { status, ...p } = params ?? {};
          if (status !== undefined) {
            throw unsupported(PROVIDER, 'orders.list({ status })', 'Eventbrite filters orders by active/inactive, not by payment status');
          }
          assertListParams(PROVIDER, 'orders.list', p, eventbriteCapabilities.orders.filters);
          const scope = orderScope(p.eventId, p.eventDateId);
          const changedSince = p.updatedSince !== undefined ? wireInstant('updatedSince', p.updatedSince) : undefined;
          const buyerEmail = p.buyerEmail !== undefined ? emailFilter(p.buyerEmail) : undefined;
          const query: Query = { changed_since: changedSince, only_emails: buyerEmail, expand: ORDER_EXPAND.join(',') };
          return this.listOf(
            'orders',
            scope === null ? this.orgPath(EB_PATHS.organizationOrders) : EB_PATHS.eventOrders(scope),
            'orders',
            EbOrderSchema,
            query,
            p,
            { eventId: p.eventId ?? null, eventDateId: p.eventDateId ?? null, buyerEmail: buyerEmail ?? null, updatedSince: changedSince ?? null },
            (o, ctx) => normalizeOrder(o, ctx),
            options,
          );
        }),
      get: (id, options) =>
        guarded(() => {
          const remoteId = simpleIdOf(id, 'id', 'an Eventbrite order id');
          return mapResult(PROVIDER, 'read', this.api.getOrder(remoteId, { expand: ORDER_EXPAND }, options), (o) => normalizeOrder(o, this.ctx(options)));
        }),
      create: () => notInApi('create'),
      markPaid: () => notInApi('markPaid'),
      refund: () => notInApi('refund'),
      cancel: () => notInApi('cancel'),
      recordPayment: () => notInApi('recordPayment'),
    };
  }

  private attendeesResource(): EventbriteAttendeesResource {
    return {
      list: (params: AttendeeListParams = {}, options) =>
        guardedList('attendees', () => {
          const { checkedIn, ...p } = params ?? {};
          if (checkedIn !== undefined) {
            throw unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'Eventbrite filters attendees by attending/not_attending/unpaid only');
          }
          assertListParams(PROVIDER, 'attendees.list', p, eventbriteCapabilities.attendees.filters);
          const eventRemoteId = p.eventId !== undefined ? eventRefOf(p.eventId, 'eventId').remoteId : null;
          const changedSince = p.updatedSince !== undefined ? wireInstant('updatedSince', p.updatedSince) : undefined;
          return this.listOf(
            'attendees',
            eventRemoteId === null ? this.orgPath(EB_PATHS.organizationAttendees) : EB_PATHS.eventAttendees(eventRemoteId),
            'attendees',
            EbAttendeeSchema,
            { changed_since: changedSince },
            p,
            { eventId: p.eventId ?? null, updatedSince: changedSince ?? null },
            (a, ctx) => normalizeAttendee(a, ctx, eventRemoteId),
            options,
          );
        }),
      get: (id, options) =>
        guarded(() => {
          const parsed = attendeeRefOf(id);
          return mapResult(PROVIDER, 'read', this.api.getEventAttendee(parsed.eventId, parsed.attendeeId, {}, options), (a) =>
            normalizeAttendee(a, this.ctx(options), parsed.eventId),
          );
        }),
      create: () => rejected<never>(unsupported(PROVIDER, 'attendees.create', 'attendees come from Eventbrite checkout')),
      delete: () => rejected(unsupported(PROVIDER, 'attendees.delete', 'the API cannot remove an attendee')),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'the API has no check-in write; check-in happens in Eventbrite Organizer')),
    };
  }
}

// ---- helpers ----

/** `events.list` takes no filter: it lists every event of the organization, series parents standing for their dates. */
const EVENT_LIST_FILTERS: readonly string[] = [];

function guarded<T>(run: () => APIPromise<T>): APIPromise<T> {
  try {
    return run();
  } catch (error) {
    return rejected<T>(error);
  }
}

/** A client-level entry point: a synchronous throw, or a non-ticketkit rejection, becomes a `TicketingError`. */
function guardedList<T>(resource: string, run: () => PagePromise<T>): PagePromise<T> {
  try {
    return run();
  } catch (error) {
    // A bad argument (an `InputProblem` from id checking) is a `ValidationError` naming the field.
    return rejectedList<T>(PROVIDER, resource, asInputError(PROVIDER, `${resource}.list`, error));
  }
}

/** Waits for a shared promise, giving up (without cancelling it) when this caller's signal aborts. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const aborted = () => new AbortError({ provider: PROVIDER, message: 'The request was aborted while the Eventbrite organization was being resolved.' });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The event a scoped list needs (`{ eventId }`): params checked for typos, the id for its shape. */
function scopedEventRef(params: EventScopedListParams | undefined, method: string): EventRef {
  assertListParams(PROVIDER, method, params, ['eventId']);
  if (params?.eventId === undefined) throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  return eventRefOf(params.eventId, 'eventId');
}

/**
 * The event whose orders to list: the date (an occurrence) first, else the event; `null` for the organization.
 * A given but empty or malformed id is a `ValidationError`, never a wider (organization-wide) listing.
 */
function orderScope(eventId: string | undefined, eventDateId: string | undefined): string | null {
  if (eventDateId !== undefined) return simpleIdOf(eventDateId, 'eventDateId', 'an Eventbrite event date id');
  // Inferred: a series parent's id lists the orders of its occurrences at `/events/{parent id}/orders/`.
  if (eventId !== undefined) return eventRefOf(eventId, 'eventId').remoteId;
  return null;
}

/** `buyerEmail` becomes `only_emails`: a blank one would be sent as no filter at all, so it is refused. */
function emailFilter(email: unknown): string {
  if (typeof email !== 'string' || email.trim() === '') {
    throw invalidField(PROVIDER, 'buyerEmail', `expected an email address, got ${typeof email === 'string' ? 'a blank string' : typeof email}`);
  }
  if (email.includes(',')) throw invalidField(PROVIDER, 'buyerEmail', 'one email address (Eventbrite reads a comma as a list separator)');
  return email.trim();
}
/** Datetimes go on the wire as `YYYY-MM-DDThh:mm:ssZ`, without fractional seconds (docs/vendors/eventbrite.md, What maps to what). */
function wireInstant(field: string, value: string): string {
  const instant = typeof value === 'string' ? toUtcInstant(value) : null;
  if (instant === null) {
    throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  }
  return instant.replace(/\.\d+Z$/, 'Z');
}

function checkTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw invalidField(PROVIDER, 'timezone', `expected an IANA time zone such as "Europe/Madrid", got ${JSON.stringify(zone)}`);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function checkCurrency(field: string, code: string): string {
  const currency = normalizeCurrency(code);
  if (currency === null) throw invalidField(PROVIDER, field, `unknown ISO-4217 code ${JSON.stringify(code)}`);
  return currency;
}

const CopyInputSchema = z.strictObject({
  name: z.string().min(1).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  timezone: z.string().optional(),
  summary: z.string().max(140).optional(),
});

/** Vendor-only event fields (`providerOptions.eventbrite`), as documented for create/update. */
const EventOptionsSchema = z.strictObject({
  summary: z.string().max(140).optional(),
  organizer_id: z.string().optional(),
  hide_start_date: z.boolean().optional(),
  hide_end_date: z.boolean().optional(),
  venue_id: z.string().optional(),
  online_event: z.boolean().optional(),
  listed: z.boolean().optional(),
  logo_id: z.string().optional(),
  category_id: z.string().optional(),
  subcategory_id: z.string().optional(),
  format_id: z.string().optional(),
  shareable: z.boolean().optional(),
  invite_only: z.boolean().optional(),
  password: z.string().optional(),
  capacity: z.number().int().nonnegative().optional(),
  show_remaining: z.boolean().optional(),
  is_reserved_seating: z.boolean().optional(),
  show_pick_a_seat: z.boolean().optional(),
  show_seatmap_thumbnail: z.boolean().optional(),
  show_colors_in_seatmap_thumbnail: z.boolean().optional(),
  source: z.string().optional(),
  is_series: z.boolean().optional(),
  locale: z.string().optional(),
});

/** Vendor-only ticket class fields (`providerOptions.eventbrite`), as documented for create/update. */
const TicketClassOptionsSchema = z.strictObject({
  capacity: z.number().int().nonnegative().nullable().optional(),
  donation: z.boolean().optional(),
  include_fee: z.boolean().optional(),
  split_fee: z.boolean().optional(),
  hide_description: z.boolean().optional(),
  sales_channels: z.array(z.enum(['online', 'atd'])).optional(),
  sales_start: z.string().optional(),
  sales_end: z.string().optional(),
  sales_start_after: z.string().optional(),
  minimum_quantity: z.number().int().nonnegative().optional(),
  maximum_quantity: z.number().int().nonnegative().optional(),
  auto_hide: z.boolean().optional(),
  auto_hide_before: z.string().optional(),
  auto_hide_after: z.string().optional(),
  hidden: z.boolean().optional(),
  order_confirmation_message: z.string().optional(),
  delivery_methods: z.array(z.enum(['electronic', 'will_call', 'standard_shipping', 'third_party_shipping'])).optional(),
  sorting: z.number().int().optional(),
  has_pdf_ticket: z.boolean().optional(),
  inventory_tier_id: z.string().optional(),
  image_id: z.string().nullable().optional(),
});

/**
 * Validates `providerOptions.eventbrite` (a plain object without prototype keys, see `ownProviderOptions`) against the
 * documented fields: each bad or unknown key is named as `providerOptions.eventbrite.<key>`, with the closest
 * documented field when one is near (`venu_id` → "did you mean venue_id?").
 */
function vendorOptions<S extends z.ZodType>(schema: S, what: string, options: Record<string, unknown> | undefined): z.output<S> {
  const own = ownProviderOptions(PROVIDER, options);
  const result = schema.safeParse(own);
  if (result.success) return result.data;
  const prefix = 'providerOptions.eventbrite';
  const fields = inputError(PROVIDER, what, schema, own, result.error).fields.map((f) => ({
    field: f.field === '(input)' ? prefix : `${prefix}.${f.field}`,
    message: f.message,
  }));
  throw new ValidationError({
    provider: PROVIDER,
    message: `Invalid ${prefix} of ${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`,
    fields,
  });
}

/**
 * The caller's own `providerOptions` object (before zod copied it): a `__proto__` key written as JSON is an own key
 * there, and would be lost (or set a prototype) in the parsed copy, so the checks run on the original.
 */
function rawProviderOptions(input: unknown): Record<string, unknown> | undefined {
  const options = input !== null && typeof input === 'object' ? (input as { providerOptions?: unknown }).providerOptions : undefined;
  return options === undefined ? undefined : (options as Record<string, unknown>);
}

function ticketClassOptions(options: Record<string, unknown> | undefined): z.output<typeof TicketClassOptionsSchema> {
  const parsed = vendorOptions(TicketClassOptionsSchema, 'a ticket type', options);
  for (const key of ['sales_start', 'sales_end', 'auto_hide_before', 'auto_hide_after'] as const) {
    const value = parsed[key];
    if (value !== undefined) parsed[key] = wireInstant(`providerOptions.eventbrite.${key}`, value);
  }
  return parsed;
}

/** A free class is `free: true` without a cost; a paid one carries `cost` in the JSON object form. */
function priceFields(price: { amount: number; currency: string } | null, donation: boolean): EbTicketClassWrite {
  if (donation) return price && price.amount > 0 ? invalidPrice('a donation ticket class has no fixed price') : {};
  if (price === null || price.amount === 0) return { free: true };
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    return invalidPrice(`expected a non-negative integer in minor units, got ${price.amount}`);
  }
  return { free: false, cost: { currency: checkCurrency('price.currency', price.currency), value: price.amount } };
}

function invalidPrice(message: string): never {
  throw invalidField(PROVIDER, 'price', message);
}

function eventCreateBody(input: EventCreateInput): EbEventWrite {
  const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Eventbrite events have no slug (the URL is assigned by Eventbrite)');
  if (parsed.end === undefined || parsed.end === null) {
    throw invalidField(PROVIDER, 'end', 'Eventbrite needs an end time to create an event');
  }
  const timezone = checkTimezone(parsed.timezone);
  const start = wireInstant('start', parsed.start);
  const end = wireInstant('end', parsed.end);
  if (Date.parse(end) <= Date.parse(start)) throw invalidField(PROVIDER, 'end', 'must be after start');
  const extra = vendorOptions(EventOptionsSchema, 'an event', rawProviderOptions(input));
  return {
    name: { html: escapeHtml(parsed.name) },
    ...(parsed.description != null ? { description: { html: escapeHtml(parsed.description) } } : {}),
    start: { timezone, utc: start },
    end: { timezone, utc: end },
    currency: checkCurrency('currency', parsed.currency),
    ...extra,
  };
}

function eventPatchBody(parsed: z.output<typeof EventUpdateInputSchema>, providerOptions: Record<string, unknown> | undefined): EbEventWrite {
  if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Eventbrite events have no slug');
  const body: EbEventWrite = { ...vendorOptions(EventOptionsSchema, 'an event patch', providerOptions) };
  if (parsed.name !== undefined) body.name = { html: escapeHtml(parsed.name) };
  if (parsed.description !== undefined) body.description = { html: parsed.description === null ? '' : escapeHtml(parsed.description) };
  if (parsed.currency !== undefined) body.currency = checkCurrency('currency', parsed.currency);
  if (parsed.timezone !== undefined) checkTimezone(parsed.timezone);
  if (parsed.start !== undefined) wireInstant('start', parsed.start);
  if (parsed.end !== undefined && parsed.end !== null) wireInstant('end', parsed.end);
  if (parsed.end === null) throw invalidField(PROVIDER, 'end', 'an Eventbrite event always has an end time');
  return body;
}

/** Adds `start` and `end` (each with the timezone, which must be the same for both) to an update body. */
function withTimes(body: EbEventWrite, patch: z.output<typeof EventUpdateInputSchema>, current: EbEvent): EbEventWrite {
  const timezone = patch.timezone ?? current.start?.timezone ?? current.end?.timezone ?? null;
  if (timezone === null) throw invalidField(PROVIDER, 'timezone', 'the event has no timezone on record; pass one');
  const start = patch.start !== undefined ? wireInstant('start', patch.start) : current.start?.utc ?? null;
  const end = patch.end != null ? wireInstant('end', patch.end) : current.end?.utc ?? null;
  if (start !== null && end !== null && Date.parse(end) <= Date.parse(start)) throw invalidField(PROVIDER, 'end', 'must be after start');
  return {
    ...body,
    ...(start !== null ? { start: { timezone, utc: start } } : {}),
    ...(end !== null ? { end: { timezone, utc: end } } : {}),
  };
}

/** Eventbrite with the methods its API cannot do removed at compile time. */
/** Eventbrite's orders: read-only. */
export interface EventbriteOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot create them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot change them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Eventbrite: refunds happen in Eventbrite. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot change them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Eventbrite: it has no external payments. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

/** Eventbrite's attendees: listed and read. */
export interface EventbriteAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Eventbrite: attendees come from its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Eventbrite: the API cannot remove an attendee. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Eventbrite: the API has no check-in write (check-in happens in Eventbrite Organizer). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The Eventbrite client: a `TicketingClient` whose unsupported methods are typed to reject, plus Eventbrite extras. */
export interface EventbriteClient extends TicketingClient {
  readonly provider: 'eventbrite';
  readonly livemode: null;
  /** Eventbrite's own API, typed. */
  readonly native: EventbriteNative;
  readonly orders: EventbriteOrdersResource;
  readonly attendees: EventbriteAttendeesResource;
  /** The organization id this client works in (configured, else looked up once and cached). */
  organizationId(options?: RequestOptions): Promise<string>;
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<Event>;
  copyEvent(
    id: string,
    input?: { name?: string; start?: string; end?: string; timezone?: string; summary?: string },
    options?: RequestOptions,
  ): APIPromise<Event>;
  withOptions(options: ClientOptions): EventbriteClient;
}

export type { Event, EventDate, TicketType, Order, Attendee };
