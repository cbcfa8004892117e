/**
 * The Eventbrite v3 native layer (`client.native`): every current endpoint (docs/vendors/eventbrite.md, Native
 * layer), with vendor-shaped, zod-validated results and the client's pipeline (auth, waypoint token, retries, errors,
 * continuation paging). Request bodies are wrapped by resource as the vendor expects. Deprecated endpoints are left out.
 * Paths: `paths.ts`; params and how they become a query: `native-params.ts`.
 */
import { z } from 'zod';
import { APIPromise } from '../../core/api-promise.js';
import { readBeforeWrite } from '../../core/compose.js';
import { InvalidCursorError, isTicketingError, type TicketingError } from '../../core/errors.js';
import { fastParser } from '../../core/fast-parse.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { assertListParams } from '../../core/strict.js';
import type { Query } from '../../internal/path.js';
import {
  checkParams,
  expandParams,
  expandQuery,
  explicitId,
  extraQueryOf,
  LIST_PARAMS,
  NOT_FILTERS,
  orgScope,
  queryOf,
  type AttendeeExpansion,
  type EbDiscountListParams,
  type EbEventAttendeesParams,
  type EbEventOrdersParams,
  type EbListParams,
  type EbOrganizationAttendeesParams,
  type EbOrganizationEventsParams,
  type EbOrganizationOrdersParams,
  type EbOrganizationTicketClassParams,
  type EbQuestionListParams,
  type EbSeriesEventsParams,
  type EbTicketClassForSaleParams,
  type EbTicketClassListParams,
  type EbTicketGroupListParams,
  type EbUserOrdersParams,
  type EbVenueEventsParams,
  type EventExpansion,
  type ExpandOption,
  type ListName,
  type OrderExpansion,
  type OrgScoped,
  type TicketClassExpansion,
  type TicketGroupExpansion,
} from './native-params.js';
import { EB_PATHS, EB_TICKET_GROUPS_KEY, EB_TRANSFERS_KEY } from './paths.js';
import {
  EbAttendeeSchema,
  EbDescriptionSchema,
  EbDiscountSchema,
  EbDisplaySettingsSchema,
  EbEventSchema,
  EbFlagResultSchema,
  EbOrderSchema,
  EbOrganizationSchema,
  EbPaginationSchema,
  EbQuestionSchema,
  EbScheduleSchema,
  EbTeamSchema,
  EbTicketBuyerSettingsSchema,
  EbTicketClassSchema,
  EbTicketGroupSchema,
  EbUntypedSchema,
  EbUserSchema,
  EbWebhookSchema,
  type EbAttendee,
  type EbDescription,
  type EbDiscount,
  type EbDiscountBody,
  type EbDisplaySettings,
  type EbDisplaySettingsBody,
  type EbEvent,
  type EbEventBody,
  type EbEventCopyBody,
  type EbFlagResult,
  type EbOrder,
  type EbOrganization,
  type EbPagination,
  type EbQuestion,
  type EbQuestionBody,
  type EbSchedule,
  type EbScheduleBody,
  type EbTeam,
  type EbTeamCreateBody,
  type EbTicketBuyerSettings,
  type EbTicketBuyerSettingsBody,
  type EbTicketClass,
  type EbTicketClassBody,
  type EbTicketGroup,
  type EbTicketGroupBody,
  type EbUntyped,
  type EbUser,
  type EbWebhook,
  type EbWebhookCreateBody,
} from './schemas.js';
import { asPageState, nextPageState, pageQuery, pageSizeFor, type EbPageState } from './pagination.js';

export { EB_PATHS, EVENTBRITE_BASE_URL, EB_TICKET_GROUPS_KEY, EB_TRANSFERS_KEY, EB_TRANSFERS_KEY_GUESS } from './paths.js';

/**
 * A page as the native layer fetched it: the items still vendor-shaped, with the pagination object Eventbrite sent.
 */
export interface EbRawPage<T> extends RawPage<T> {
  /**
   * Eventbrite's `pagination` object of this page (counts, `has_more_items`, continuation); `null` when the response
   * had none or the page was synthesized (a `BAD_PAGE` past the end).
   */
  pagination: EbPagination | null;
}

/** What `fetchPage` fetches: one page of one list endpoint. */
export interface EbPageRequest<S extends z.ZodType> {
  /** The path, relative to the base URL (its segments already encoded: `EB_PATHS`). */
  path: string;
  /** The key of the items in the response (`orders` in `{ pagination, orders: [...] }`). */
  key: string;
  /** The schema of one item. */
  schema: S;
  /** The listing's filters (without paging parameters). */
  query?: Query;
  /** The vendor state of the page (`null`: the first page; else a `next` of the page before). */
  state: unknown;
  /** The page size asked for (clamped; sent only where the endpoint takes `page_size`). */
  limit?: number;
  /** The call's request options (signal, timeout, retries...). */
  options?: RequestOptions;
  /** Whether the endpoint documents `page_size`. Default `false`. */
  pageSize?: boolean;
}

/** Resolves the organization id of a call (given, else the client's, looked up once). */
export type OrganizationResolver = (explicit: string | undefined, options?: RequestOptions) => Promise<string>;

type Path = string | ((options?: RequestOptions) => Promise<string>);

/** One native list: its name (for the params it accepts and its cursors), endpoint, items and params. */
interface NativeList<S extends z.ZodType> {
  resource: ListName;
  path: Path;
  key: string;
  schema: S;
  params: (EbListParams & OrgScoped & ExpandOption<string> & { extraQuery?: unknown }) | undefined;
  options: RequestOptions | undefined;
  pageSize?: boolean;
}

/** A create under the organization: the path for its id, the id given (else the client's), the result and the body. */
interface OrganizationWrite<S extends z.ZodType> {
  path: (orgId: string) => string;
  organizationId: string | undefined;
  schema: S;
  body: unknown;
}

/** A list response's pagination object (every field may be missing: see `EbPaginationSchema`). */
const parsePagination = fastParser(z.looseObject({ pagination: EbPaginationSchema.nullable().default(null) }));

/** A list response, read: its items (as the item schema reads them) and its pagination. */
interface EbListPayload<T> {
  items: T[];
  pagination: EbPagination | null;
}

/**
 * The parsers of list responses, one per (item schema, key), built once: the items go through the compiled accept
 * path (`fastParser`), so a page zod would return unchanged is used as it is, without a copy.
 */
const LIST_PAGE_PARSERS = new WeakMap<z.ZodType, Map<string, (payload: unknown) => EbListPayload<unknown>>>();

/** The parser of a `{ pagination, <key>: [...] }` response. */
function listPageParser<S extends z.ZodType>(key: string, schema: S): (payload: unknown) => EbListPayload<z.output<S>> {
  let byKey = LIST_PAGE_PARSERS.get(schema);
  if (byKey === undefined) LIST_PAGE_PARSERS.set(schema, (byKey = new Map()));
  let parse = byKey.get(key);
  if (parse === undefined) {
    const parseItems = fastParser(z.looseObject({ [key]: z.array(schema) }));
    parse = (payload) => ({ items: (parseItems(payload) as Record<string, unknown[]>)[key]!, pagination: parsePagination(payload).pagination });
    byKey.set(key, parse);
  }
  return parse as (payload: unknown) => EbListPayload<z.output<S>>;
}

/** The query of one page: the listing's filters, the page size (where sent) and the page's state. */
function pageRequestQuery(query: Query, size: number | undefined, state: EbPageState): Query {
  return { ...query, ...(size !== undefined ? { page_size: size } : {}), ...pageQuery(state) };
}

/**
 * The Eventbrite v3 native layer, `client.native`: one method per current endpoint, with vendor-shaped results
 * (snake_case, as Eventbrite sends them) validated by the `Eb*` schemas, and the client's pipeline underneath (auth,
 * retries, typed errors, continuation paging). Lists return a `PagePromise` (`for await` over items, or page by
 * page); single calls an `APIPromise` (`.withResponse()` for the raw response). Bodies are wrapped by resource as
 * Eventbrite expects. Organization-scoped calls take `organizationId`, else use the client's (see `organizationId`).
 * Coverage and the one path guess: docs/vendors/eventbrite.md, Native layer.
 */
export class EventbriteNative {
  /** @internal Built by the client (`client.native`); not constructed by users. */
  constructor(
    private readonly http: HttpPipeline,
    private readonly organization: OrganizationResolver,
  ) {}

  /**
   * The organization id this client works in: the configured one, else resolved once via `GET
   * /users/me/organizations/`.
   */
  organizationId(options?: RequestOptions): Promise<string> {
    return this.organization(undefined, options);
  }

  /**
   * Fetches one page of a list endpoint (see `EbPageRequest`). A bad continuation token becomes an
   * `InvalidCursorError`; `BAD_PAGE` after page 1 ends the list (docs/vendors/eventbrite.md, Paging).
   */
  async fetchPage<S extends z.ZodType>(request: EbPageRequest<S>): Promise<EbRawPage<z.output<S>>> {
    const { path, key, schema, query = {}, limit, options, pageSize = false } = request;
    const current = asPageState(request.state);
    // The listing's page size: the cursor's when it kept one, else `limit`; kept in the next state (on the
    // endpoints that take `page_size`: elsewhere every page has the vendor's size).
    const size = pageSizeFor(current, limit, pageSize);
    const parse = listPageParser(key, schema);
    try {
      const { data, response, requestId, attempts } = await this.http
        .send({ method: 'GET', path, query: pageRequestQuery(query, size, current), parse }, options)
        .withResponse();
      const next = nextPageState(data.pagination, data.items.length, current);
      return {
        items: data.items,
        next: next === null || !pageSize ? next : { ...next, size: size ?? null },
        pagination: data.pagination,
        total: data.pagination?.object_count ?? null,
        response,
        requestId,
        attempts,
      };
    } catch (error) {
      if (isTicketingError(error) && error.vendorCode === 'BAD_CONTINUATION_TOKEN') throw asInvalidCursor(error);
      if (isTicketingError(error) && error.vendorCode === 'BAD_PAGE' && current !== null && 'page' in current && current.page > 1) {
        return { items: [], next: null, pagination: null, response: null, requestId: error.requestId, attempts: error.attempts };
      }
      throw error;
    }
  }

  /** A native list: its params checked (unknown keys, blank filters) before anything is sent, then paged. */
  private list<S extends z.ZodType>(spec: NativeList<S>): PagePromise<z.output<S>> {
    const { resource, path, key, schema, params, options, pageSize = false } = spec;
    assertListParams('eventbrite', `native.${resource}`, params, LIST_PARAMS[resource]);
    const query = { ...queryOf(params, NOT_FILTERS), ...extraQueryOf(params?.extraQuery), ...expandQuery(params) };
    return paginate<z.output<S>>({
      provider: 'eventbrite',
      resource: `native.${resource}`,
      filters: { path: typeof path === 'string' ? path : `org:${params?.organizationId ?? ''}`, ...query },
      limit: params?.limit,
      cursor: params?.cursor,
      options,
      fetchPage: async (state, limit, opts) => {
        const resolved = typeof path === 'string' ? path : await path(opts);
        return this.fetchPage({ path: resolved, key, schema, query, state, limit, options: opts, pageSize });
      },
    });
  }

  /** The path of an organization-scoped call; an explicit `organizationId` is checked now, before anything is sent. */
  private orgPath(build: (orgId: string) => string, explicit: string | undefined): (options?: RequestOptions) => Promise<string> {
    const orgId = explicitId(explicit, 'organizationId');
    return async (options) => build(await this.organization(orgId, options));
  }

  private send<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: S,
    init: { query?: Query; body?: unknown } = {},
    options?: RequestOptions,
  ): APIPromise<z.output<S>> {
    return this.http.send({ method, path, query: init.query, body: init.body, parse: (payload) => schema.parse(payload) }, options);
  }

  /**
   * A create under the organization (`POST /organizations/{id}/<what>/`), its id resolved first: that lookup is a read
   * before the write, so its failure means nothing was written (`outcomeUnknown: false`).
   */
  private createInOrganization<S extends z.ZodType>(write: OrganizationWrite<S>, options?: RequestOptions): APIPromise<z.output<S>> {
    const { path, organizationId, schema, body } = write;
    return APIPromise.from(
      this.resolveFor('POST', organizationId, options).then((orgId) => this.send('POST', path(orgId), schema, { body }, options).withResponse()),
    );
  }

  /** The organization of a call (an explicit id checked first); a write's lookup is a read before the write. */
  private resolveFor(method: 'GET' | 'POST' | 'DELETE', explicit: string | undefined, options?: RequestOptions): Promise<string> {
    const lookup = this.organization(explicitId(explicit, 'organizationId'), options);
    return method === 'GET' ? lookup : readBeforeWrite(lookup);
  }

  // ---- users and organizations ----
  /** `GET /users/me/`: the user the token belongs to. */
  getMe(options?: RequestOptions): APIPromise<EbUser> {
    return this.send('GET', EB_PATHS.me, EbUserSchema, {}, options);
  }
  /** `GET /users/{userId}/organizations/`: the organizations a user belongs to (`userId` defaults to `me`). */
  listOrganizations(params: EbListParams & { userId?: string } = {}, options?: RequestOptions): PagePromise<EbOrganization> {
    return this.list({ resource: 'organizations', path: EB_PATHS.userOrganizations(params.userId === undefined ? 'me' : params.userId), key: 'organizations', schema: EbOrganizationSchema, params, options });
  }
  /** `GET /organizations/{id}/members/`: the organization's members (untyped: the member shape is undocumented). */
  listOrganizationMembers(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'members', path: this.orgPath(EB_PATHS.organizationMembers, params.organizationId), key: 'members', schema: EbUntypedSchema, params, options });
  }
  /** `GET /organizations/{id}/roles/`: the organization's roles (untyped: the role shape is undocumented). */
  listOrganizationRoles(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'roles', path: this.orgPath(EB_PATHS.organizationRoles, params.organizationId), key: 'roles', schema: EbUntypedSchema, params, options });
  }

  // ---- events (7.1) ----
  /**
   * `GET /organizations/{id}/events/`: the organization's events, filtered by status, time and name
   * (`EbOrganizationEventsParams`).
   */
  listEvents(params: EbOrganizationEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'events', path: this.orgPath(EB_PATHS.organizationEvents, params.organizationId), key: 'events', schema: EbEventSchema, params, options, pageSize: true });
  }
  /**
   * `POST /organizations/{id}/events/`: creates a draft event (body wrapped as `{ event: ... }`); publish it with
   * `publishEvent`.
   */
  createEvent(body: EbEventBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.createInOrganization({ path: EB_PATHS.organizationEvents, organizationId: orgScope('createEvent', params), schema: EbEventSchema, body }, options);
  }
  /**
   * `GET /events/{id}/`: one event, with optional expansions. A series parent cannot be read here: use `getSeries`.
   */
  getEvent(id: string, params: ExpandOption<EventExpansion> = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('GET', EB_PATHS.event(id), EbEventSchema, { query: expandParams('getEvent', params) }, options);
  }
  /**
   * `POST /events/{id}/`: updates the fields given (body wrapped as `{ event: ... }`). Not for series parents: use
   * `updateSeries`.
   */
  updateEvent(id: string, body: EbEventBody, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.event(id), EbEventSchema, { body }, options);
  }
  /** `GET /events/{id}/description/`: the event's full description, as HTML. */
  getEventDescription(id: string, options?: RequestOptions): APIPromise<EbDescription> {
    return this.send('GET', EB_PATHS.eventDescription(id), EbDescriptionSchema, {}, options);
  }

  // ---- lifecycle (7.2) ----
  /**
   * `POST /events/{id}/publish/`: makes a draft event live; answers `{ published: true }`. Eventbrite refuses unless
   * the event has a name, description, organizer, a ticket and valid payment options; publishing a series parent
   * publishes every occurrence.
   */
  publishEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventPublish(id), EbFlagResultSchema, {}, options);
  }
  /**
   * `POST /events/{id}/unpublish/`: takes a live event back to draft; answers `{ unpublished: true }`. Refused
   * (`CANNOT_UNPUBLISH`) once it has orders, except a paid event that is completed and paid out.
   */
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventUnpublish(id), EbFlagResultSchema, {}, options);
  }
  /**
   * `POST /events/{id}/cancel/`: cancels the event; refused while it has pending or completed orders (refund them
   * first). Answers `{ "canceled": true }` (one "l").
   */
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventCancel(id), EbFlagResultSchema, {}, options);
  }
  /**
   * `POST /events/{id}/copy/`: a new draft event copied from this one, with the overrides given. The copy body is
   * flat, not wrapped.
   */
  copyEvent(id: string, body: EbEventCopyBody = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.eventCopy(id), EbEventSchema, { body }, options);
  }
  /**
   * `DELETE /events/{id}/`: deletes the event; answers `{ deleted: true }`. Refused (`CANNOT_DELETE`) while it has
   * pending or completed orders.
   */
  deleteEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.event(id), EbFlagResultSchema, {}, options);
  }

  // ---- series, schedules, venues (7.14) ----
  /** `GET /series/{id}/`: a series parent event, with optional expansions. */
  getSeries(id: string, params: ExpandOption<EventExpansion> = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('GET', EB_PATHS.series(id), EbEventSchema, { query: expandParams('getSeries', params) }, options);
  }
  /** `POST /series/{id}/`: updates a series parent (body wrapped as `{ event: ... }`). */
  updateSeries(id: string, body: EbEventBody, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.series(id), EbEventSchema, { body }, options);
  }
  /** `GET /series/{id}/events/`: the occurrences of a series. */
  listSeriesEvents(seriesId: string, params: EbSeriesEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'series-events', path: EB_PATHS.seriesEvents(seriesId), key: 'events', schema: EbEventSchema, params, options });
  }
  /** `POST /events/{id}/schedules/`: adds occurrences to a series from a recurrence rule (`EbScheduleBody`). */
  createSchedule(eventId: string, body: EbScheduleBody, options?: RequestOptions): APIPromise<EbSchedule> {
    return this.send('POST', EB_PATHS.eventSchedules(eventId), EbScheduleSchema, { body }, options);
  }
  /** `GET /venues/{id}/events/`: the events at a venue. Filters are undocumented: pass them in `extraQuery`. */
  listVenueEvents(venueId: string, params: EbVenueEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'venue-events', path: EB_PATHS.venueEvents(venueId), key: 'events', schema: EbEventSchema, params, options });
  }

  // ---- display settings (7.3) ----
  /** `GET /events/{id}/display_settings/`: what the event page shows (start time, remaining tickets, map...). */
  getDisplaySettings(eventId: string, options?: RequestOptions): APIPromise<EbDisplaySettings> {
    return this.send('GET', EB_PATHS.displaySettings(eventId), EbDisplaySettingsSchema, {}, options);
  }
  /**
   * `POST /events/{id}/display_settings/`: changes the display settings given (body wrapped as `{ display_settings:
   * ... }`).
   */
  updateDisplaySettings(eventId: string, body: EbDisplaySettingsBody, options?: RequestOptions): APIPromise<EbDisplaySettings> {
    return this.send('POST', EB_PATHS.displaySettings(eventId), EbDisplaySettingsSchema, { body }, options);
  }

  // ---- ticket classes (7.4, 7.12) ----
  /** `GET /events/{id}/ticket_classes/`: the event's ticket classes (its ticket types). */
  listTicketClasses(eventId: string, params: EbTicketClassListParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list({ resource: 'ticket-classes', path: EB_PATHS.ticketClasses(eventId), key: 'ticket_classes', schema: EbTicketClassSchema, params, options });
  }
  /**
   * `GET /events/{id}/ticket_classes/for_sale/`: the ticket classes a buyer can buy now, as the checkout sees them.
   */
  listTicketClassesForSale(eventId: string, params: EbTicketClassForSaleParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list({ resource: 'ticket-classes-for-sale', path: EB_PATHS.ticketClassesForSale(eventId), key: 'ticket_classes', schema: EbTicketClassSchema, params, options });
  }
  /** `GET /events/{eventId}/ticket_classes/{id}/`: one ticket class, with optional expansions. */
  getTicketClass(
    eventId: string,
    id: string,
    params: ExpandOption<TicketClassExpansion> = {},
    options?: RequestOptions,
  ): APIPromise<EbTicketClass> {
    return this.send('GET', EB_PATHS.ticketClass(eventId, id), EbTicketClassSchema, { query: expandParams('getTicketClass', params) }, options);
  }
  /** `POST /events/{id}/ticket_classes/`: creates a ticket class (body wrapped as `{ ticket_class: ... }`). */
  createTicketClass(eventId: string, body: EbTicketClassBody, options?: RequestOptions): APIPromise<EbTicketClass> {
    return this.send('POST', EB_PATHS.ticketClasses(eventId), EbTicketClassSchema, { body }, options);
  }
  /**
   * `POST /events/{eventId}/ticket_classes/{id}/`: updates the fields given (body wrapped as `{ ticket_class: ...
   * }`).
   */
  updateTicketClass(eventId: string, id: string, body: EbTicketClassBody, options?: RequestOptions): APIPromise<EbTicketClass> {
    return this.send('POST', EB_PATHS.ticketClass(eventId, id), EbTicketClassSchema, { body }, options);
  }
  /**
   * `DELETE /events/{eventId}/ticket_classes/{id}/`: deletes a ticket class. With `break_dependency: true` it is
   * deleted even when another class's sales wait on it (those then go on sale at once).
   */
  deleteTicketClass(
    eventId: string,
    id: string,
    params: { break_dependency?: boolean } = {},
    options?: RequestOptions,
  ): APIPromise<EbFlagResult> {
    checkParams('deleteTicketClass', params, ['break_dependency']);
    return this.send('DELETE', EB_PATHS.ticketClass(eventId, id), EbFlagResultSchema, { query: queryOf(params, []) }, options);
  }
  /**
   * `GET /organizations/{id}/ticket_classes/`: ticket classes across the organization's events (the list key is
   * inferred: docs/vendors/eventbrite.md, Native layer).
   */
  listOrganizationTicketClasses(params: EbOrganizationTicketClassParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list({
      resource: 'organization-ticket-classes',
      path: this.orgPath(EB_PATHS.organizationTicketClasses, params.organizationId),
      // Inferred: the key is not documented (docs/vendors/eventbrite.md, Native layer).
      key: 'ticket_classes',
      schema: EbTicketClassSchema,
      params,
      options,
      pageSize: true,
    });
  }

  // ---- questions (7.5) ----
  /** `GET /events/{id}/canned_questions/`: the event's built-in checkout questions (name, email, address...). */
  listCannedQuestions(eventId: string, params: EbQuestionListParams = {}, options?: RequestOptions): PagePromise<EbQuestion> {
    return this.list({ resource: 'canned-questions', path: EB_PATHS.cannedQuestions(eventId), key: 'questions', schema: EbQuestionSchema, params, options });
  }
  /**
   * `POST /events/{id}/canned_questions/`: enables a canned question on the event (body wrapped as `{ question: ...
   * }`).
   */
  createCannedQuestion(eventId: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.cannedQuestions(eventId), unwrapQuestion, { body }, options);
  }
  /**
   * One canned question. Its path is a guess (`EB_CANNED_QUESTION_PATH_GUESS`: docs/vendors/eventbrite.md, Native
   * layer).
   */
  getCannedQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('GET', EB_PATHS.cannedQuestion(eventId, id), unwrapQuestion, {}, options);
  }
  /** Updates a canned question (body wrapped as `{ question: ... }`). Same path guess as `getCannedQuestion`. */
  updateCannedQuestion(eventId: string, id: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.cannedQuestion(eventId, id), unwrapQuestion, { body }, options);
  }
  /** Removes a canned question from the event. Same path guess as `getCannedQuestion`. */
  deleteCannedQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.cannedQuestion(eventId, id), EbFlagResultSchema, {}, options);
  }
  /** `GET /events/{id}/questions/`: the event's custom checkout questions. */
  listQuestions(eventId: string, params: EbQuestionListParams = {}, options?: RequestOptions): PagePromise<EbQuestion> {
    return this.list({ resource: 'questions', path: EB_PATHS.questions(eventId), key: 'questions', schema: EbQuestionSchema, params, options });
  }
  /** `POST /events/{id}/questions/`: adds a custom checkout question (body wrapped as `{ question: ... }`). */
  createQuestion(eventId: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.questions(eventId), unwrapQuestion, { body }, options);
  }
  /** `GET /events/{eventId}/questions/{id}/`: one custom question. */
  getQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('GET', EB_PATHS.question(eventId, id), unwrapQuestion, {}, options);
  }
  /** `DELETE /events/{eventId}/questions/{id}/`: removes a custom question. */
  deleteQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.question(eventId, id), EbFlagResultSchema, {}, options);
  }

  // ---- attendees (7.6) ----
  /**
   * `GET /events/{id}/attendees/`: the event's attendees (one per ticket), filtered by status and `changed_since`.
   */
  listEventAttendees(eventId: string, params: EbEventAttendeesParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'event-attendees', path: EB_PATHS.eventAttendees(eventId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }
  /** `GET /events/{eventId}/attendees/{id}/`: one attendee, with optional expansions. */
  getEventAttendee(
    eventId: string,
    id: string,
    params: ExpandOption<AttendeeExpansion> = {},
    options?: RequestOptions,
  ): APIPromise<EbAttendee> {
    return this.send('GET', EB_PATHS.eventAttendee(eventId, id), EbAttendeeSchema, { query: expandParams('getEventAttendee', params) }, options);
  }
  /** `GET /organizations/{id}/attendees/`: attendees across the organization's events. */
  listOrganizationAttendees(params: EbOrganizationAttendeesParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'organization-attendees', path: this.orgPath(EB_PATHS.organizationAttendees, params.organizationId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }

  // ---- orders (7.7) ----
  /** `GET /events/{id}/orders/`: the event's orders, filtered by status and `changed_since`. */
  listEventOrders(eventId: string, params: EbEventOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'event-orders', path: EB_PATHS.eventOrders(eventId), key: 'orders', schema: EbOrderSchema, params, options });
  }
  /** `GET /orders/{id}/`: one order, with optional expansions (`attendees`, `event`...). */
  getOrder(id: string, params: ExpandOption<OrderExpansion> = {}, options?: RequestOptions): APIPromise<EbOrder> {
    return this.send('GET', EB_PATHS.order(id), EbOrderSchema, { query: expandParams('getOrder', params) }, options);
  }
  /** `GET /organizations/{id}/orders/`: orders across the organization's events. */
  listOrganizationOrders(params: EbOrganizationOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'organization-orders', path: this.orgPath(EB_PATHS.organizationOrders, params.organizationId), key: 'orders', schema: EbOrderSchema, params, options });
  }
  /** `GET /users/{userId}/orders/`: the orders a user placed as a buyer (`userId` defaults to `me`). */
  listUserOrders(params: EbUserOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'user-orders', path: EB_PATHS.userOrders(params.userId === undefined ? 'me' : params.userId), key: 'orders', schema: EbOrderSchema, params, options });
  }

  // ---- transfers (7.8): shape undocumented, untyped ----
  /**
   * `GET /events/{id}/transfers/`: ticket transfers of the event, untyped (their shape is undocumented; the list key
   * is `EB_TRANSFERS_KEY_GUESS`).
   */
  listTransfers(eventId: string, params: EbListParams & { changed_since?: string } = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'transfers', path: EB_PATHS.transfers(eventId), key: EB_TRANSFERS_KEY, schema: EbUntypedSchema, params, options });
  }

  // ---- teams (7.9) ----
  /** `GET /events/{id}/teams/`: the event's teams (groups of attendees registering together). */
  listTeams(eventId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbTeam> {
    return this.list({ resource: 'teams', path: EB_PATHS.teams(eventId), key: 'teams', schema: EbTeamSchema, params, options });
  }
  /** `GET /events/{eventId}/teams/{id}/`: one team. */
  getTeam(eventId: string, id: string, options?: RequestOptions): APIPromise<EbTeam> {
    return this.send('GET', EB_PATHS.team(eventId, id), EbTeamSchema, {}, options);
  }
  /** `GET /events/{eventId}/teams/{id}/attendees/`: the attendees in a team. */
  listTeamAttendees(eventId: string, teamId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'team-attendees', path: EB_PATHS.teamAttendees(eventId, teamId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }
  /**
   * `POST /events/{id}/teams/create/`: creates a team (flat body). Answers `{ name, id, token, spots_left }`,
   * untyped.
   */
  createTeam(eventId: string, body: EbTeamCreateBody, options?: RequestOptions): APIPromise<EbUntyped> {
    return this.send('POST', EB_PATHS.teamCreate(eventId), EbUntypedSchema, { body }, options);
  }
  /**
   * `POST /events/{eventId}/teams/{id}/check_password/`: checks a team's join password. Answers `{ token }`, untyped.
   */
  checkTeamPassword(eventId: string, teamId: string, body: { password: string }, options?: RequestOptions): APIPromise<EbUntyped> {
    return this.send('POST', EB_PATHS.teamCheckPassword(eventId, teamId), EbUntypedSchema, { body }, options);
  }
  /** `GET /events/{id}/teams/search/`: the event's teams whose name matches `term` (untyped). */
  searchTeams(eventId: string, params: EbListParams & { term: string }, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'team-search', path: EB_PATHS.teamSearch(eventId), key: 'teams', schema: EbUntypedSchema, params, options });
  }

  // ---- ticket groups (7.10) ----
  /**
   * `GET /events/{id}/ticket_groups/`: the ticket groups the event's ticket classes belong to (the list key is
   * inferred: `EB_TICKET_GROUPS_KEY`).
   */
  listEventTicketGroups(eventId: string, params: EbTicketGroupListParams = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'event-ticket-groups', path: EB_PATHS.eventTicketGroups(eventId), key: EB_TICKET_GROUPS_KEY, schema: EbTicketGroupSchema, params, options });
  }
  /**
   * `GET /events/{eventId}/ticket_classes/{ticketClassId}/ticket_groups/`: the groups one ticket class belongs to.
   */
  listTicketClassTicketGroups(
    eventId: string,
    ticketClassId: string,
    params: EbTicketGroupListParams = {},
    options?: RequestOptions,
  ): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'ticket-class-ticket-groups', path: EB_PATHS.ticketClassGroups(eventId, ticketClassId), key: EB_TICKET_GROUPS_KEY, schema: EbTicketGroupSchema, params, options });
  }
  /**
   * `POST .../ticket_classes/{ticketClassId}/ticket_groups/{groupId}/`: adds a ticket class to a group. The response
   * body is undocumented, returned as parsed JSON.
   */
  addTicketClassToGroup(eventId: string, ticketClassId: string, groupId: string, options?: RequestOptions): APIPromise<unknown> {
    return this.http.send({ method: 'POST', path: EB_PATHS.ticketClassGroup(eventId, ticketClassId, groupId) }, options);
  }
  /**
   * `DELETE .../ticket_classes/{ticketClassId}/ticket_groups/{groupId}/`: removes a ticket class from a group. The
   * response body is undocumented, returned as parsed JSON.
   */
  removeTicketClassFromGroup(eventId: string, ticketClassId: string, groupId: string, options?: RequestOptions): APIPromise<unknown> {
    return this.http.send({ method: 'DELETE', path: EB_PATHS.ticketClassGroup(eventId, ticketClassId, groupId) }, options);
  }
  /** `GET /ticket_groups/{id}/`: one ticket group, with optional expansions. */
  getTicketGroup(id: string, params: ExpandOption<TicketGroupExpansion> = {}, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.send('GET', EB_PATHS.ticketGroup(id), EbTicketGroupSchema, { query: expandParams('getTicketGroup', params) }, options);
  }
  /** `POST /ticket_groups/{id}/`: updates a ticket group (body wrapped as `{ ticket_group: ... }`). */
  updateTicketGroup(id: string, body: EbTicketGroupBody, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.send('POST', EB_PATHS.ticketGroup(id), EbTicketGroupSchema, { body }, options);
  }
  /** `DELETE /ticket_groups/{id}/`: deletes a ticket group (its ticket classes stay). */
  deleteTicketGroup(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.ticketGroup(id), EbFlagResultSchema, {}, options);
  }
  /** `POST /organizations/{id}/ticket_groups/`: creates a ticket group (body wrapped as `{ ticket_group: ... }`). */
  createTicketGroup(body: EbTicketGroupBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.createInOrganization({ path: EB_PATHS.organizationTicketGroups, organizationId: orgScope('createTicketGroup', params), schema: EbTicketGroupSchema, body }, options);
  }
  /** `GET /organizations/{id}/ticket_groups/`: the organization's ticket groups. */
  listOrganizationTicketGroups(params: EbTicketGroupListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'organization-ticket-groups', path: this.orgPath(EB_PATHS.organizationTicketGroups, params.organizationId), key: 'ticket_groups', schema: EbTicketGroupSchema, params, options });
  }
  /**
   * `POST /organizations/{id}/events/{eventId}/ticket_classes/{ticketClassId}/ticket_groups/`: replaces the groups of
   * a ticket class (an empty list removes it from every group). Answers 204: resolves to `null`.
   */
  setTicketClassTicketGroups(
    eventId: string,
    ticketClassId: string,
    body: { ticket_group_ids: string[] },
    params: OrgScoped = {},
    options?: RequestOptions,
  ): APIPromise<null> {
    return APIPromise.from(
      (async () => {
        const orgId = await this.resolveFor('POST', orgScope('setTicketClassTicketGroups', params), options);
        return this.http
          .send({ method: 'POST', path: EB_PATHS.organizationTicketClassGroups(orgId, eventId, ticketClassId), body, parse: () => null }, options)
          .withResponse();
      })(),
    );
  }

  // ---- ticket buyer settings (7.11) ----
  /**
   * `GET /events/{id}/ticket_buyer_settings/`: the checkout settings (confirmation message, instructions, refund
   * requests, redirect URL...).
   */
  getTicketBuyerSettings(eventId: string, options?: RequestOptions): APIPromise<EbTicketBuyerSettings> {
    return this.send('GET', EB_PATHS.ticketBuyerSettings(eventId), EbTicketBuyerSettingsSchema, {}, options);
  }
  /**
   * `POST /events/{id}/ticket_buyer_settings/`: changes the checkout settings given (body wrapped as `{
   * ticket_buyer_settings: ... }`).
   */
  updateTicketBuyerSettings(eventId: string, body: EbTicketBuyerSettingsBody, options?: RequestOptions): APIPromise<EbTicketBuyerSettings> {
    return this.send('POST', EB_PATHS.ticketBuyerSettings(eventId), EbTicketBuyerSettingsSchema, { body }, options);
  }

  // ---- cross-event discounts (the replacements named in 7.13) ----
  /**
   * `GET /organizations/{id}/discounts/`: the organization's discounts and access codes. Filters are mostly
   * undocumented: pass extra ones in `extraQuery`.
   */
  listDiscounts(params: EbDiscountListParams = {}, options?: RequestOptions): PagePromise<EbDiscount> {
    return this.list({ resource: 'discounts', path: this.orgPath(EB_PATHS.organizationDiscounts, params.organizationId), key: 'discounts', schema: EbDiscountSchema, params, options });
  }
  /**
   * `POST /organizations/{id}/discounts/`: creates a discount or access code (body wrapped as `{ discount: ... }`).
   */
  createDiscount(body: EbDiscountBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.createInOrganization({ path: EB_PATHS.organizationDiscounts, organizationId: orgScope('createDiscount', params), schema: EbDiscountSchema, body }, options);
  }
  /** `GET /discounts/{id}/`: one discount. */
  getDiscount(id: string, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.send('GET', EB_PATHS.discount(id), EbDiscountSchema, {}, options);
  }
  /** `POST /discounts/{id}/`: updates a discount (body wrapped as `{ discount: ... }`). */
  updateDiscount(id: string, body: EbDiscountBody, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.send('POST', EB_PATHS.discount(id), EbDiscountSchema, { body }, options);
  }
  /** `DELETE /discounts/{id}/`: deletes a discount. */
  deleteDiscount(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.discount(id), EbFlagResultSchema, {}, options);
  }

  // ---- webhooks ----
  /** `GET /organizations/{id}/webhooks/`: the organization's webhook subscriptions. */
  listWebhooks(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbWebhook> {
    return this.list({ resource: 'webhooks', path: this.orgPath(EB_PATHS.organizationWebhooks, params.organizationId), key: 'webhooks', schema: EbWebhookSchema, params, options });
  }
  /**
   * `POST /organizations/{id}/webhooks/`: subscribes an endpoint to actions (flat body, not wrapped). The normalized
   * form is `client.webhooks.create` (docs/vendors/eventbrite.md, Webhook subscriptions).
   */
  createWebhook(body: EbWebhookCreateBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbWebhook> {
    return this.createInOrganization({ path: EB_PATHS.organizationWebhooks, organizationId: orgScope('createWebhook', params), schema: EbWebhookSchema, body }, options);
  }
  /** `DELETE /webhooks/{id}/`: removes a subscription. The response fields are undocumented, returned untyped. */
  deleteWebhook(id: string, options?: RequestOptions): APIPromise<EbUntyped> {
    return this.send('DELETE', EB_PATHS.webhook(id), EbUntypedSchema, {}, options);
  }
}

/** Canned-question single reads answer `{ "question": {...} }`; custom ones the bare object. Both are accepted. */
const unwrapQuestion = z.preprocess(
  (payload) =>
    payload && typeof payload === 'object' && 'question' in payload && !('id' in payload)
      ? (payload as { question: unknown }).question
      : payload,
  EbQuestionSchema,
);

function asInvalidCursor(error: TicketingError): InvalidCursorError {
  const cursorError = new InvalidCursorError({
    provider: 'eventbrite',
    status: error.status,
    requestId: error.requestId,
    vendorCode: error.vendorCode,
    message: `Eventbrite rejected the continuation token of this cursor (${error.vendorCode}); list again without a cursor.`,
    raw: error.raw,
    cause: error,
  });
  cursorError.attempts = error.attempts;
  cursorError.request = error.request;
  return cursorError;
}

