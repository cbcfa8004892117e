/**
 * The Equaticket native layer (`client.native`): every endpoint of vendors/equaticket.md section 5, with
 * vendor-shaped, zod-validated results and the same pipeline (auth, retries, idempotency keys, errors).
 */
import type { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { paginate, clampLimit, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { rejected, rejectedList } from '../../client.js';
import { InputProblem, invalidField } from '../../core/input.js';
import { seg } from '../../internal/path.js';
import {
  EqAttendeeSchema,
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
import { EQ_DEFAULT_LIMIT, EQ_MAX_LIMIT, toRawPage } from './pagination.js';

export const EQUATICKET_BASE_URL = 'https://app.equaticket.com/api/v1';

/**
 * One path segment holding an id: a non-empty string (or a number). Anything else is a `ValidationError` before any
 * request, instead of a call to `/events/` (the list) or `/events/undefined`.
 */
function idSeg(value: unknown): string {
  try {
    return seg(value as string);
  } catch (error) {
    throw error instanceof InputProblem ? error.toValidationError('equaticket') : error;
  }
}

/**
 * Paths relative to the base URL. Those the vendor did not publish are guesses (reference Gaps #1 and #11),
 * each kept here, in one place.
 */
export const EQ_PATHS = {
  events: '/events', // documented
  /** Guess (Gaps #11): `GET/PATCH /events/{id}`. */
  event: (id: string) => `/events/${idSeg(id)}`,
  publish: (id: string) => `/events/${idSeg(id)}/publish`, // documented
  /** Guess (Gaps #11): by analogy with `/publish`. */
  cancel: (id: string) => `/events/${idSeg(id)}/cancel`,
  /** List is a guess (Gaps #11); POST is documented. */
  ticketTypes: (eventId: string) => `/events/${idSeg(eventId)}/ticket-types`,
  /** Guess (Gaps #11). */
  ticketType: (eventId: string, id: string) => `/events/${idSeg(eventId)}/ticket-types/${idSeg(id)}`,
  orders: '/orders', // documented
  eventOrders: (eventId: string) => `/events/${idSeg(eventId)}/orders`, // documented
  /** Guess (Gaps #11). */
  order: (id: string) => `/orders/${idSeg(id)}`,
  attendees: '/attendees', // documented
  eventAttendees: (eventId: string) => `/events/${idSeg(eventId)}/attendees`, // documented
  /** Guess (Gaps #1). */
  webhooks: '/webhooks',
  /** Guess (Gaps #1). */
  webhook: (id: string) => `/webhooks/${idSeg(id)}`,
  /** Guess (Gaps #1). */
  webhookDeliveries: (id: string) => `/webhooks/${idSeg(id)}/deliveries`,
  publicEvents: '/public/events', // documented
} as const;

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

export class EquaticketNative {
  constructor(private readonly http: HttpPipeline) {
    // A bad argument (an empty id, ...) rejects the returned promise with a TicketingError, never throws synchronously.
    const proto = EquaticketNative.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = proto[name];
      if (name === 'constructor' || name === 'fetchListPage' || typeof method !== 'function') continue;
      (this as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        try {
          return (method as (...a: unknown[]) => unknown).apply(this, args);
        } catch (error) {
          return name.startsWith('list') ? rejectedList('equaticket', `native.${name}`, error) : rejected(error);
        }
      };
    }
  }

  /** Fetches one page of a list endpoint (the normalized layer maps its items). */
  async fetchListPage<S extends z.ZodType>(
    path: string,
    schema: S,
    query: Record<string, string | number | boolean | undefined>,
    state: unknown,
    limit: number | undefined,
    options?: RequestOptions,
    auth = true,
  ): Promise<RawPage<z.output<S>> & { livemode: boolean | null }> {
    const envelope = listEnvelope(schema);
    const { data, response, requestId, attempts } = await this.http
      .send(
        {
          method: 'GET',
          path,
          auth,
          query: { ...query, limit: clampLimit(limit, EQ_MAX_LIMIT, EQ_DEFAULT_LIMIT), cursor: state as string | null },
          parse: (payload) => envelope.parse(payload),
        },
        options,
      )
      .withResponse();
    return { ...toRawPage(data, (x: z.output<S>) => x, { response, requestId }), attempts, livemode: data.livemode ?? null };
  }

  private list<S extends z.ZodType>(
    resource: string,
    path: string,
    schema: S,
    query: Record<string, string | number | boolean | undefined>,
    params: EqListQuery,
    options?: RequestOptions,
    auth = true,
  ): PagePromise<z.output<S>> {
    return paginate<z.output<S>>({
      provider: 'equaticket',
      resource: `native.${resource}`,
      filters: { path, ...query },
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: (state, limit, opts) => this.fetchListPage(path, schema, query, state, limit, opts, auth),
    });
  }

  private one<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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

  // ---- events ----
  listEvents(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    return this.list('events', EQ_PATHS.events, EqEventSchema, {}, params, options);
  }
  getEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('GET', EQ_PATHS.event(id), EqEventSchema, undefined, options);
  }
  createEvent(body: EqEventCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('POST', EQ_PATHS.events, EqEventSchema, body, options);
  }
  /** Guess (Gaps #12): PATCH with a partial body of the create fields. */
  updateEvent(id: string, body: EqEventUpdateBody, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('PATCH', EQ_PATHS.event(id), EqEventSchema, body, options);
  }
  publishEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('POST', EQ_PATHS.publish(id), EqEventSchema, undefined, options);
  }
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EqSingle<EqEvent>> {
    return this.one('POST', EQ_PATHS.cancel(id), EqEventSchema, undefined, options);
  }

  // ---- ticket types ----
  listTicketTypes(eventId: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqTicketType> {
    return this.list('ticket-types', EQ_PATHS.ticketTypes(eventId), EqTicketTypeSchema, {}, params, options);
  }
  getTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    return this.one('GET', EQ_PATHS.ticketType(eventId, id), EqTicketTypeSchema, undefined, options);
  }
  createTicketType(eventId: string, body: EqTicketTypeCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqTicketType>> {
    return this.one('POST', EQ_PATHS.ticketTypes(eventId), EqTicketTypeSchema, body, options);
  }
  updateTicketType(
    eventId: string,
    id: string,
    body: EqTicketTypeUpdateBody,
    options?: RequestOptions,
  ): APIPromise<EqSingle<EqTicketType>> {
    return this.one('PATCH', EQ_PATHS.ticketType(eventId, id), EqTicketTypeSchema, body, options);
  }
  deleteTicketType(eventId: string, id: string, options?: RequestOptions): APIPromise<null> {
    return this.http.send({ method: 'DELETE', path: EQ_PATHS.ticketType(eventId, id), parse: () => null }, options);
  }

  // ---- orders ----
  listOrders(params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const { limit, cursor, ...filters } = params;
    return this.list('orders', EQ_PATHS.orders, EqOrderSchema, filters, { limit, cursor }, options);
  }
  listEventOrders(eventId: string, params: EqOrderListQuery = {}, options?: RequestOptions): PagePromise<EqOrder> {
    const { limit, cursor, ...filters } = params;
    return this.list('orders', EQ_PATHS.eventOrders(eventId), EqOrderSchema, filters, { limit, cursor }, options);
  }
  getOrder(id: string, options?: RequestOptions): APIPromise<EqSingle<EqOrder>> {
    return this.one('GET', EQ_PATHS.order(id), EqOrderSchema, undefined, options);
  }

  // ---- attendees (tickets) ----
  listAttendees(params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const { limit, cursor, ...filters } = params;
    return this.list('attendees', EQ_PATHS.attendees, EqAttendeeSchema, filters, { limit, cursor }, options);
  }
  listEventAttendees(eventId: string, params: EqAttendeeListQuery = {}, options?: RequestOptions): PagePromise<EqAttendee> {
    const { limit, cursor, ...filters } = params;
    return this.list('attendees', EQ_PATHS.eventAttendees(eventId), EqAttendeeSchema, filters, { limit, cursor }, options);
  }

  // ---- webhooks (every path a guess, Gaps #1) ----
  listWebhooks(params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhook> {
    return this.list('webhooks', EQ_PATHS.webhooks, EqWebhookSchema, {}, params, options);
  }
  createWebhook(body: EqWebhookCreateBody, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    return this.one('POST', EQ_PATHS.webhooks, EqWebhookSchema, body, options);
  }
  updateWebhook(id: string, body: Partial<EqWebhookCreateBody>, options?: RequestOptions): APIPromise<EqSingle<EqWebhook>> {
    return this.one('PATCH', EQ_PATHS.webhook(id), EqWebhookSchema, body, options);
  }
  deleteWebhook(id: string, options?: RequestOptions): APIPromise<null> {
    return this.http.send({ method: 'DELETE', path: EQ_PATHS.webhook(id), parse: () => null }, options);
  }
  listWebhookDeliveries(id: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqWebhookDelivery> {
    return this.list('webhook-deliveries', EQ_PATHS.webhookDeliveries(id), EqWebhookDeliverySchema, {}, params, options);
  }

  // ---- public and settings ----
  /** Published events of an organization; sent without the API key (the endpoint needs none). */
  listPublicEvents(orgSlug: string, params: EqListQuery = {}, options?: RequestOptions): PagePromise<EqEvent> {
    return this.list('public-events', EQ_PATHS.publicEvents, EqEventSchema, { org_slug: orgSlug }, params, options, false);
  }

  /** Resets test-mode data (documented; auth and response undocumented, Gaps #23). Use an `sk_test_` key. */
  resetTestData(options?: RequestOptions): APIPromise<unknown> {
    const origin = new URL(this.http.urlFor('/')).origin;
    return this.http.send({ method: 'POST', path: `${origin}${EQ_RESET_TEST_DATA_PATH}` }, options);
  }
}
