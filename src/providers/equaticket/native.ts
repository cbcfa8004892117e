/**
 * The Equaticket native layer (`client.native`): every endpoint of docs/vendors/equaticket.md, with vendor-shaped,
 * validated results and the same pipeline (auth, retries, idempotency keys, errors). The client guards it as a whole
 * (`guardObject`), so a bad argument rejects the returned promise with a `ValidationError`.
 */
import { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { InputProblem, invalidField, parseInput } from '../../core/input.js';
import { paginate, type PagePromise } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { assertListParams, schemaKeysAt } from '../../core/strict.js';
import { idProblem, type Query } from '../../internal/path.js';
import { fetchListPage } from './pagination.js';
import { EQ_PATHS, EQ_RESET_TEST_DATA_PATH } from './paths.js';
import {
  EqEventBodySchema,
  EqTicketTypeBodySchema,
  EqWebhookBodySchema,
  parseAttendeePage,
  parseEventPage,
  parseOrderPage,
  parseSingleEvent,
  parseSingleOrder,
  parseSingleTicketType,
  parseSingleWebhook,
  parseTicketTypePage,
  parseWebhookDeliveryPage,
  parseWebhookPage,
  type EqAttendee,
  type EqEvent,
  type EqEventCreateBody,
  type EqEventUpdateBody,
  type EqOrder,
  type EqPageParser,
  type EqSingle,
  type EqTicketType,
  type EqTicketTypeCreateBody,
  type EqTicketTypeUpdateBody,
  type EqWebhook,
  type EqWebhookCreateBody,
  type EqWebhookDelivery,
} from './schemas.js';

const PROVIDER = 'equaticket' as const;

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

/** One native listing. */
interface NativeList<T> {
  /** For cursors: `native.<resource>`. */
  resource: string;
  path: string;
  parse: EqPageParser<T>;
  query: Query;
  page: EqListQuery;
  options: RequestOptions | undefined;
  auth?: boolean;
}

function listing<T>(http: HttpPipeline, spec: NativeList<T>): PagePromise<T> {
  const { path, parse, query, auth } = spec;
  return paginate<T>({
    provider: PROVIDER,
    resource: `native.${spec.resource}`,
    filters: { path, ...query },
    limit: spec.page.limit,
    cursor: spec.page.cursor,
    options: spec.options,
    fetchPage: (cursor, limit, options) => fetchListPage(http, { path, parse, query, cursor, limit, options, auth }),
  });
}

/** One request answered by a single object (bare or wrapped). */
function single<T>(
  http: HttpPipeline,
  request: { method: 'GET' | 'POST' | 'PATCH'; path: string; parse: (payload: unknown) => EqSingle<T>; body?: unknown },
  options: RequestOptions | undefined,
): APIPromise<EqSingle<T>> {
  return http.send({ method: request.method, path: request.path, body: request.body, parse: request.parse }, options);
}

/**
 * A DELETE. It carries an Idempotency-Key and deleting is idempotent, so when an earlier attempt may have landed
 * (a dropped answer, a timeout) and the retry answers 404, the call resolves: that attempt deleted it (see
 * docs/vendors/equaticket.md, "Writes, idempotency and outcomes").
 */
function removal(http: HttpPipeline, path: string, options: RequestOptions | undefined): APIPromise<null> {
  return http.send({ method: 'DELETE', path, goneAfterRetry: true, parse: () => null }, options);
}

/**
 * Equaticket's own API, vendor-shaped. Every argument is checked before anything is sent (ids by the path rules,
 * bodies and list params against the vendor's fields). Ids in results are as Equaticket sends them (a string, or a
 * number if it sends one); single-object methods resolve to `{ object, livemode }`.
 */
export class EquaticketNative {
  /** @internal Built by the client (`client.native`); not constructed by users. */
  constructor(private readonly http: HttpPipeline) {}

  // ---- events ----
  listEvents(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    const { query, page } = listQuery('listEvents', params, NoFilters);
    return listing(this.http, { resource: 'events', path: EQ_PATHS.events, parse: parseEventPage, query, page, options });
  }
  getEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.event(id), parse: parseSingleEvent }, options);
  }
  createEvent(body: EqEventCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    const checked = parseInput(PROVIDER, 'native.createEvent body', EqEventBodySchema, body);
    return single(this.http, { method: 'POST', path: EQ_PATHS.events, parse: parseSingleEvent, body: checked }, options);
  }
  /** Guess (docs/vendors/equaticket.md, "Guesses of the adapter"): PATCH with a partial body of the create fields. */
  updateEvent(id: string, body: EqEventUpdateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    const path = EQ_PATHS.event(id);
    const checked = parseInput(PROVIDER, 'native.updateEvent body', EqEventBodySchema, body);
    return single(this.http, { method: 'PATCH', path, parse: parseSingleEvent, body: checked }, options);
  }
  publishEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'POST', path: EQ_PATHS.publish(id), parse: parseSingleEvent }, options);
  }
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'POST', path: EQ_PATHS.cancel(id), parse: parseSingleEvent }, options);
  }

  // ---- ticket types ----
  listTicketTypes(eventId: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqTicketType> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const { query, page } = listQuery('listTicketTypes', params, NoFilters);
    return listing(this.http, { resource: 'ticket-types', path, parse: parseTicketTypePage, query, page, options });
  }
  getTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.ticketType(eventId, id), parse: parseSingleTicketType }, options);
  }
  createTicketType(eventId: string, body: EqTicketTypeCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const checked = parseInput(PROVIDER, 'native.createTicketType body', EqTicketTypeBodySchema, body);
    return single(this.http, { method: 'POST', path, parse: parseSingleTicketType, body: checked }, options);
  }
  updateTicketType(eventId: string, id: string, body: EqTicketTypeUpdateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketType(eventId, id);
    const checked = parseInput(PROVIDER, 'native.updateTicketType body', EqTicketTypeBodySchema, body);
    return single(this.http, { method: 'PATCH', path, parse: parseSingleTicketType, body: checked }, options);
  }
  deleteTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<null> {
    return removal(this.http, EQ_PATHS.ticketType(eventId, id), options);
  }

  // ---- orders ----
  listOrders(params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const { query, page } = listQuery('listOrders', params, OrderFilters);
    return listing(this.http, { resource: 'orders', path: EQ_PATHS.orders, parse: parseOrderPage, query, page, options });
  }
  listEventOrders(eventId: string, params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const path = EQ_PATHS.eventOrders(eventId);
    const { query, page } = listQuery('listEventOrders', params, OrderFilters);
    return listing(this.http, { resource: 'orders', path, parse: parseOrderPage, query, page, options });
  }
  getOrder(id: string, options?: RequestOptions): APIPromise<EqSingle<EqOrder>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.order(id), parse: parseSingleOrder }, options);
  }

  // ---- attendees (tickets) ----
  listAttendees(params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const { query, page } = listQuery('listAttendees', params, AttendeeFilters);
    return listing(this.http, { resource: 'attendees', path: EQ_PATHS.attendees, parse: parseAttendeePage, query, page, options });
  }
  listEventAttendees(eventId: string, params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const path = EQ_PATHS.eventAttendees(eventId);
    const { query, page } = listQuery('listEventAttendees', params, AttendeeFilters);
    return listing(this.http, { resource: 'attendees', path, parse: parseAttendeePage, query, page, options });
  }

  // ---- webhooks (every path and field a guess) ----
  listWebhooks(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhook> {
    const { query, page } = listQuery('listWebhooks', params, NoFilters);
    return listing(this.http, { resource: 'webhooks', path: EQ_PATHS.webhooks, parse: parseWebhookPage, query, page, options });
  }
  createWebhook(body: EqWebhookCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const checked = parseInput(PROVIDER, 'native.createWebhook body', EqWebhookBodySchema, body);
    return single(this.http, { method: 'POST', path: EQ_PATHS.webhooks, parse: parseSingleWebhook, body: checked }, options);
  }
  updateWebhook(id: string, body: Partial<EqWebhookCreateBody>, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const path = EQ_PATHS.webhook(id);
    const checked = parseInput(PROVIDER, 'native.updateWebhook body', EqWebhookBodySchema, body);
    return single(this.http, { method: 'PATCH', path, parse: parseSingleWebhook, body: checked }, options);
  }
  deleteWebhook(id: string, options?: RequestOptions): APIPromise<null> {
    return removal(this.http, EQ_PATHS.webhook(id), options);
  }
  listWebhookDeliveries(id: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhookDelivery> {
    const path = EQ_PATHS.webhookDeliveries(id);
    const { query, page } = listQuery('listWebhookDeliveries', params, NoFilters);
    return listing(this.http, { resource: 'webhook-deliveries', path, parse: parseWebhookDeliveryPage, query, page, options });
  }

  // ---- public and settings ----
  /** Published events of an organization; sent without the API key (the endpoint needs none). */
  listPublicEvents(orgSlug: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    const problem = idProblem(orgSlug);
    if (problem !== null) throw new InputProblem('orgSlug', problem, orgSlug);
    const { query, page } = listQuery('listPublicEvents', params, NoFilters);
    const publicQuery = { ...query, org_slug: orgSlug };
    return listing(this.http, { resource: 'public-events', path: EQ_PATHS.publicEvents, parse: parseEventPage, query: publicQuery, page, options, auth: false });
  }

  /** Resets test-mode data (documented; its auth and response are not). Use an `sk_test_` key. */
  resetTestData(options?: RequestOptions): APIPromise<unknown> {
    const origin = new URL(this.http.urlFor('/')).origin;
    return this.http.send({ method: 'POST', path: `${origin}${EQ_RESET_TEST_DATA_PATH}` }, options);
  }
}
