/**
 * The Equaticket native layer (`client.native`): every endpoint of docs/vendors/equaticket.md, with vendor-shaped,
 * zod-validated results and the same pipeline (auth, retries, idempotency keys, errors).
 */
import { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { InputProblem, invalidField, parseInput } from '../../core/input.js';
import { paginate, clampLimit, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { assertListParams, schemaKeysAt } from '../../core/strict.js';
import { idProblem, seg } from '../../internal/path.js';
import {
  EqAttendeeSchema,
  EqEventBodySchema,
  EqTicketTypeBodySchema,
  EqWebhookBodySchema,
  EqEventSchema,
  EqOrderSchema,
  EqTicketTypeSchema,
  EqWebhookDeliverySchema,
  EqWebhookSchema,
  listEnvelope,
  singleObject,
  type EqAttendee,
  type EqEvent,
  type EqEventCreateBody,
  type EqEventUpdateBody,
  type EqOrder,
  type EqTicketType,
  type EqTicketTypeCreateBody,
  type EqTicketTypeUpdateBody,
  type EqWebhook,
  type EqWebhookCreateBody,
  type EqWebhookDelivery,
} from './schemas.js';
import { EQ_DEFAULT_LIMIT, EQ_MAX_LIMIT_GUESS, toRawPage } from './pagination.js';

const PROVIDER = 'equaticket' as const;

export const EQUATICKET_BASE_URL = 'https://app.equaticket.com/api/v1';

/**
 * One id in a path, validated by the generic rules of `seg` (a string, not blank, not `.`/`..`, no control
 * characters, bounded) and encoded; `field` names the argument in the `ValidationError`. Equaticket shows ids only in
 * webhook payloads (UUIDs), never in a REST body, so no id is refused for its form (see docs/vendors/equaticket.md,
 * Ids): a form check would refuse a real id the day the vendor uses another; a wrong id gets the vendor's 404.
 */
const idIn = (value: string, field: string): string => seg(value, field);

/** Paths the vendor documents (relative to the base URL). */
const DOCUMENTED_PATHS = {
  events: '/events',
  publish: (id: string) => `/events/${idIn(id, 'id')}/publish`,
  /** POST is documented; GET (the list) is a guess at the same path. */
  ticketTypes: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/ticket-types`,
  orders: '/orders',
  eventOrders: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/orders`,
  attendees: '/attendees',
  eventAttendees: (eventId: string) => `/events/${idIn(eventId, 'eventId')}/attendees`,
  publicEvents: '/public/events',
} as const;

/**
 * Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): the vendor documents that these operations exist (by
 * their scopes) but not their URLs. Each is the most plausible path, by analogy with the documented ones.
 */
export const EQ_PATHS_GUESS = {
  /** `GET` and `PATCH /events/{id}`. */
  event: (id: string) => `/events/${idIn(id, 'id')}`,
  /** By analogy with `/publish`. */
  cancel: (id: string) => `/events/${idIn(id, 'id')}/cancel`,
  ticketType: (eventId: string, id: string) => `/events/${idIn(eventId, 'eventId')}/ticket-types/${idIn(id, 'id')}`,
  order: (id: string) => `/orders/${idIn(id, 'id')}`,
  webhooks: '/webhooks',
  webhook: (id: string) => `/webhooks/${idIn(id, 'id')}`,
  webhookDeliveries: (id: string) => `/webhooks/${idIn(id, 'id')}/deliveries`,
} as const;

/** Every path of the native layer: the documented ones and the guesses. */
export const EQ_PATHS = { ...DOCUMENTED_PATHS, ...EQ_PATHS_GUESS } as const;

/** Documented, but outside `/api/v1`: resolved against the base URL's origin. */
export const EQ_RESET_TEST_DATA_PATH = '/api/settings/api-keys/reset-test-data';

export interface EqListQuery {
  limit?: number;
  cursor?: string | null;
}
export interface EqOrderListQuery extends EqListQuery {
  status?: string;
  buyer_email?: string;
}
export interface EqAttendeeListQuery extends EqListQuery {
  checked_in?: boolean;
}

/** A single object plus the `livemode` of its envelope when it was wrapped. */
export interface EqSingle<T> {
  object: T;
  livemode: boolean | null;
}

export type Query = Record<string, string | number | boolean | undefined>;

/**
 * The filters of one native list: its params checked against exactly the keys the endpoint takes (a typo such as
 * `buyerEmail` is a `ValidationError` naming the key meant, never a wider listing) and typed by `schema`.
 */
function listQuery(method: string, params: unknown, schema: z.ZodType<Query>): { query: Query; page: EqListQuery } {
  const keys = schemaKeysAt(schema, []) ?? [];
  assertListParams(PROVIDER, `native.${method}`, params, keys);
  const { limit, cursor, ...filters } = (params ?? {}) as EqListQuery & Record<string, unknown>;
  const query = parseInput(PROVIDER, `native.${method} params`, schema, filters);
  // A blank filter value would reach the vendor as `?status=` and may be read as "no filter": refused.
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim() === '') throw invalidField(PROVIDER, key, 'expected a non-blank value (leave the key out for no filter)');
  }
  return { query, page: { limit, cursor } };
}

const NoFilters = z.strictObject({});
const OrderFilters = z.strictObject({ status: z.string().optional(), buyer_email: z.string().optional() });
const AttendeeFilters = z.strictObject({ checked_in: z.boolean().optional() });

/**
 * Fetches one page of a list endpoint: the native lists and the normalized layer (which maps the items) both page
 * through it. Not part of `client.native`.
 */
export async function fetchListPage<S extends z.ZodType>(
  http: HttpPipeline,
  path: string,
  schema: S,
  query: Query,
  state: unknown,
  limit: number | undefined,
  options?: RequestOptions,
  auth = true,
): Promise<RawPage<z.output<S>> & { livemode: boolean | null }> {
  const envelope = listEnvelope(schema);
  const { data, response, requestId, attempts } = await http
    .send(
      {
        method: 'GET',
        path,
        auth,
        query: { ...query, limit: clampLimit(limit, EQ_MAX_LIMIT_GUESS, EQ_DEFAULT_LIMIT), cursor: state as string | null },
        parse: (payload) => envelope.parse(payload),
      },
      options,
    )
    .withResponse();
  return { ...toRawPage(data, (x: z.output<S>) => x, { response, requestId }), attempts, livemode: data.livemode ?? null };
}

/**
 * Equaticket's own API, vendor-shaped. Every argument is checked before anything is sent (ids by the path rules,
 * bodies and list params against the vendor's fields); `client.native` wraps this class with `guardMethods`, so a
 * bad argument rejects the returned promise with a `ValidationError` and never throws synchronously.
 */
export class EquaticketNative {
  constructor(private readonly http: HttpPipeline) {}

  private list<S extends z.ZodType>(
    resource: string,
    path: string,
    schema: S,
    query: Query,
    params: EqListQuery,
    options?: RequestOptions,
    auth = true,
  ): PagePromise<z.output<S>> {
    return paginate<z.output<S>>({
      provider: PROVIDER,
      resource: `native.${resource}`,
      filters: { path, ...query },
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: (state, limit, opts) => fetchListPage(this.http, path, schema, query, state, limit, opts, auth),
    });
  }

  private one<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    schema: S,
    body: unknown,
    options?: RequestOptions,
  ): APIPromise<EqSingle<z.output<S>>> {
    const single = singleObject(schema);
    return this.http.send(
      { method, path, body, parse: (payload) => single.parse(payload) as EqSingle<z.output<S>> },
      options,
    );
  }

  /**
   * A DELETE. It carries an Idempotency-Key and deleting is idempotent, so when an earlier attempt may have landed
   * (a dropped answer, a timeout) and the retry answers 404, the call resolves: that attempt deleted it (see
   * docs/vendors/equaticket.md, "Writes, idempotency and outcomes").
   */
  private remove(path: string, options?: RequestOptions): APIPromise<null> {
    return this.http.send({ method: 'DELETE', path, goneAfterRetry: true, parse: () => null }, options);
  }

  // ---- events ----
  listEvents(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    const { query, page } = listQuery('listEvents', params, NoFilters);
    return this.list('events', EQ_PATHS.events, EqEventSchema, query, page, options);
  }
  getEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('GET', EQ_PATHS.event(id), EqEventSchema, undefined, options);
  }
  createEvent(body: EqEventCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    const checked = parseInput(PROVIDER, 'native.createEvent body', EqEventBodySchema, body);
    return this.one('POST', EQ_PATHS.events, EqEventSchema, checked, options);
  }
  /** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): PATCH with a partial body of the create fields. */
  updateEvent(id: string, body: EqEventUpdateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    const path = EQ_PATHS.event(id);
    const checked = parseInput(PROVIDER, 'native.updateEvent body', EqEventBodySchema, body);
    return this.one('PATCH', path, EqEventSchema, checked, options);
  }
  publishEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('POST', EQ_PATHS.publish(id), EqEventSchema, undefined, options);
  }
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('POST', EQ_PATHS.cancel(id), EqEventSchema, undefined, options);
  }

  // ---- ticket types ----
  listTicketTypes(eventId: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqTicketType> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const { query, page } = listQuery('listTicketTypes', params, NoFilters);
    return this.list('ticket-types', path, EqTicketTypeSchema, query, page, options);
  }
  getTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    return this.one('GET', EQ_PATHS.ticketType(eventId, id), EqTicketTypeSchema, undefined, options);
  }
  createTicketType(eventId: string, body: EqTicketTypeCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const checked = parseInput(PROVIDER, 'native.createTicketType body', EqTicketTypeBodySchema, body);
    return this.one('POST', path, EqTicketTypeSchema, checked, options);
  }
  updateTicketType(
    eventId: string,
    id: string,
    body: EqTicketTypeUpdateBody,
    options?: RequestOptions,
  ): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketType(eventId, id);
    const checked = parseInput(PROVIDER, 'native.updateTicketType body', EqTicketTypeBodySchema, body);
    return this.one('PATCH', path, EqTicketTypeSchema, checked, options);
  }
  deleteTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<null> {
    return this.remove(EQ_PATHS.ticketType(eventId, id), options);
  }

  // ---- orders ----
  listOrders(params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const { query, page } = listQuery('listOrders', params, OrderFilters);
    return this.list('orders', EQ_PATHS.orders, EqOrderSchema, query, page, options);
  }
  listEventOrders(eventId: string, params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const path = EQ_PATHS.eventOrders(eventId);
    const { query, page } = listQuery('listEventOrders', params, OrderFilters);
    return this.list('orders', path, EqOrderSchema, query, page, options);
  }
  getOrder(id: string, options?: RequestOptions): APIPromise<EqSingle<EqOrder>> {
    return this.one('GET', EQ_PATHS.order(id), EqOrderSchema, undefined, options);
  }

  // ---- attendees (tickets) ----
  listAttendees(params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const { query, page } = listQuery('listAttendees', params, AttendeeFilters);
    return this.list('attendees', EQ_PATHS.attendees, EqAttendeeSchema, query, page, options);
  }
  listEventAttendees(eventId: string, params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const path = EQ_PATHS.eventAttendees(eventId);
    const { query, page } = listQuery('listEventAttendees', params, AttendeeFilters);
    return this.list('attendees', path, EqAttendeeSchema, query, page, options);
  }

  // ---- webhooks (every path and field a guess) ----
  listWebhooks(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhook> {
    const { query, page } = listQuery('listWebhooks', params, NoFilters);
    return this.list('webhooks', EQ_PATHS.webhooks, EqWebhookSchema, query, page, options);
  }
  createWebhook(body: EqWebhookCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const checked = parseInput(PROVIDER, 'native.createWebhook body', EqWebhookBodySchema, body);
    return this.one('POST', EQ_PATHS.webhooks, EqWebhookSchema, checked, options);
  }
  updateWebhook(id: string, body: Partial<EqWebhookCreateBody>, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const path = EQ_PATHS.webhook(id);
    const checked = parseInput(PROVIDER, 'native.updateWebhook body', EqWebhookBodySchema, body);
    return this.one('PATCH', path, EqWebhookSchema, checked, options);
  }
  deleteWebhook(id: string, options?: RequestOptions): APIPromise<null> {
    return this.remove(EQ_PATHS.webhook(id), options);
  }
  listWebhookDeliveries(id: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhookDelivery> {
    const path = EQ_PATHS.webhookDeliveries(id);
    const { query, page } = listQuery('listWebhookDeliveries', params, NoFilters);
    return this.list('webhook-deliveries', path, EqWebhookDeliverySchema, query, page, options);
  }

  // ---- public and settings ----
  /** Published events of an organization; sent without the API key (the endpoint needs none). */
  listPublicEvents(orgSlug: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    const problem = idProblem(orgSlug);
    if (problem !== null) throw new InputProblem('orgSlug', problem, orgSlug);
    const { query, page } = listQuery('listPublicEvents', params, NoFilters);
    return this.list('public-events', EQ_PATHS.publicEvents, EqEventSchema, { ...query, org_slug: orgSlug }, page, options, false);
  }

  /** Resets test-mode data (documented; its auth and response are not). Use an `sk_test_` key. */
  resetTestData(options?: RequestOptions): APIPromise<unknown> {
    const origin = new URL(this.http.urlFor('/')).origin;
    return this.http.send({ method: 'POST', path: `${origin}${EQ_RESET_TEST_DATA_PATH}` }, options);
  }
}
