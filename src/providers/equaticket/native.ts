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

/** The paging parameters every native Equaticket list takes (cursor paging: docs/vendors/equaticket.md, Paging). */
export interface EqListQuery {
  /** Items per page (Equaticket's `limit`). */
  limit?: number;
  /** Where to resume: a `Page.nextCursor` of the same listing; `null` or absent starts at the first page. */
  cursor?: string | null;
}
/** The filters of the native order lists. */
export interface EqOrderListQuery extends EqListQuery {
  /** Only orders in this Equaticket status (`confirmed`, `refunded`, `partially_refunded`...). */
  status?: string;
  /** Only orders placed with this buyer email. */
  buyer_email?: string;
}
/** The filters of the native attendee (ticket) lists. */
export interface EqAttendeeListQuery extends EqListQuery {
  /** Only tickets scanned at the door (`true`) or not yet (`false`). */
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
  /** `GET /events`: the account's events. */
  listEvents(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    const { query, page } = listQuery('listEvents', params, NoFilters);
    return listing(this.http, { resource: 'events', path: EQ_PATHS.events, parse: parseEventPage, query, page, options });
  }
  /** `GET /events/{id}` (path a guess: docs/vendors/equaticket.md, Guesses of the adapter): one event. */
  getEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.event(id), parse: parseSingleEvent }, options);
  }
  /** `POST /events`: creates an event (not public until `publishEvent`). */
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
  /** `POST /events/{id}/publish`: makes the event public. */
  publishEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'POST', path: EQ_PATHS.publish(id), parse: parseSingleEvent }, options);
  }
  /** `POST /events/{id}/cancel` (path a guess, by analogy with `/publish`): cancels the event. */
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return single(this.http, { method: 'POST', path: EQ_PATHS.cancel(id), parse: parseSingleEvent }, options);
  }

  // ---- ticket types ----
  /**
   * `GET /events/{eventId}/ticket-types` (the POST is documented; the GET at that path is a guess): the event's
   * ticket types.
   */
  listTicketTypes(eventId: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqTicketType> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const { query, page } = listQuery('listTicketTypes', params, NoFilters);
    return listing(this.http, { resource: 'ticket-types', path, parse: parseTicketTypePage, query, page, options });
  }
  /** `GET /events/{eventId}/ticket-types/{id}` (path a guess): one ticket type. */
  getTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.ticketType(eventId, id), parse: parseSingleTicketType }, options);
  }
  /** `POST /events/{eventId}/ticket-types`: adds a ticket type to the event. */
  createTicketType(eventId: string, body: EqTicketTypeCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketTypes(eventId);
    const checked = parseInput(PROVIDER, 'native.createTicketType body', EqTicketTypeBodySchema, body);
    return single(this.http, { method: 'POST', path, parse: parseSingleTicketType, body: checked }, options);
  }
  /** `PATCH /events/{eventId}/ticket-types/{id}` (path a guess): changes the fields given. */
  updateTicketType(eventId: string, id: string, body: EqTicketTypeUpdateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    const path = EQ_PATHS.ticketType(eventId, id);
    const checked = parseInput(PROVIDER, 'native.updateTicketType body', EqTicketTypeBodySchema, body);
    return single(this.http, { method: 'PATCH', path, parse: parseSingleTicketType, body: checked }, options);
  }
  /**
   * `DELETE /events/{eventId}/ticket-types/{id}` (path a guess): removes a ticket type; resolves to `null`. A retry
   * that finds it gone counts as deleted.
   */
  deleteTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<null> {
    return removal(this.http, EQ_PATHS.ticketType(eventId, id), options);
  }

  // ---- orders ----
  /** `GET /orders`: orders across the account's events. */
  listOrders(params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const { query, page } = listQuery('listOrders', params, OrderFilters);
    return listing(this.http, { resource: 'orders', path: EQ_PATHS.orders, parse: parseOrderPage, query, page, options });
  }
  /** `GET /events/{eventId}/orders`: one event's orders. */
  listEventOrders(eventId: string, params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const path = EQ_PATHS.eventOrders(eventId);
    const { query, page } = listQuery('listEventOrders', params, OrderFilters);
    return listing(this.http, { resource: 'orders', path, parse: parseOrderPage, query, page, options });
  }
  /** `GET /orders/{id}` (path a guess): one order. */
  getOrder(id: string, options?: RequestOptions): APIPromise<EqSingle<EqOrder>> {
    return single(this.http, { method: 'GET', path: EQ_PATHS.order(id), parse: parseSingleOrder }, options);
  }

  // ---- attendees (tickets) ----
  /** `GET /attendees`: tickets (one per admitted person) across the account's events. */
  listAttendees(params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const { query, page } = listQuery('listAttendees', params, AttendeeFilters);
    return listing(this.http, { resource: 'attendees', path: EQ_PATHS.attendees, parse: parseAttendeePage, query, page, options });
  }
  /** `GET /events/{eventId}/attendees`: one event's tickets. */
  listEventAttendees(eventId: string, params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const path = EQ_PATHS.eventAttendees(eventId);
    const { query, page } = listQuery('listEventAttendees', params, AttendeeFilters);
    return listing(this.http, { resource: 'attendees', path, parse: parseAttendeePage, query, page, options });
  }

  // ---- webhooks (every path and field a guess) ----
  /** `GET /webhooks` (a guess): the account's webhook subscriptions. */
  listWebhooks(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhook> {
    const { query, page } = listQuery('listWebhooks', params, NoFilters);
    return listing(this.http, { resource: 'webhooks', path: EQ_PATHS.webhooks, parse: parseWebhookPage, query, page, options });
  }
  /** `POST /webhooks` (a guess): subscribes an HTTPS URL to event types; the answer carries the signing secret once. */
  createWebhook(body: EqWebhookCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const checked = parseInput(PROVIDER, 'native.createWebhook body', EqWebhookBodySchema, body);
    return single(this.http, { method: 'POST', path: EQ_PATHS.webhooks, parse: parseSingleWebhook, body: checked }, options);
  }
  /** `PATCH /webhooks/{id}` (a guess): changes the URL, event types or `active`. */
  updateWebhook(id: string, body: Partial<EqWebhookCreateBody>, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    const path = EQ_PATHS.webhook(id);
    const checked = parseInput(PROVIDER, 'native.updateWebhook body', EqWebhookBodySchema, body);
    return single(this.http, { method: 'PATCH', path, parse: parseSingleWebhook, body: checked }, options);
  }
  /** `DELETE /webhooks/{id}` (a guess): removes a subscription; resolves to `null`. */
  deleteWebhook(id: string, options?: RequestOptions): APIPromise<null> {
    return removal(this.http, EQ_PATHS.webhook(id), options);
  }
  /** `GET /webhooks/{id}/deliveries` (a guess): the subscription's recent delivery attempts. */
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
