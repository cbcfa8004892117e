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

/** A page as the native layer fetched it (items still vendor-shaped). */
export interface EbRawPage<T> extends RawPage<T> {
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

export class EventbriteNative {
  /** @internal Built by the client (`client.native`); not constructed by users. */
  constructor(
    private readonly http: HttpPipeline,
    private readonly organization: OrganizationResolver,
  ) {}

  /** The organization id this client works in: the configured one, else resolved once via `GET /users/me/organizations/`. */
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
  getMe(options?: RequestOptions): APIPromise<EbUser> {
    return this.send('GET', EB_PATHS.me, EbUserSchema, {}, options);
  }
  listOrganizations(params: EbListParams & { userId?: string } = {}, options?: RequestOptions): PagePromise<EbOrganization> {
    return this.list({ resource: 'organizations', path: EB_PATHS.userOrganizations(params.userId === undefined ? 'me' : params.userId), key: 'organizations', schema: EbOrganizationSchema, params, options });
  }
  listOrganizationMembers(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'members', path: this.orgPath(EB_PATHS.organizationMembers, params.organizationId), key: 'members', schema: EbUntypedSchema, params, options });
  }
  listOrganizationRoles(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'roles', path: this.orgPath(EB_PATHS.organizationRoles, params.organizationId), key: 'roles', schema: EbUntypedSchema, params, options });
  }

  // ---- events (7.1) ----
  listEvents(params: EbOrganizationEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'events', path: this.orgPath(EB_PATHS.organizationEvents, params.organizationId), key: 'events', schema: EbEventSchema, params, options, pageSize: true });
  }
  createEvent(body: EbEventBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.createInOrganization({ path: EB_PATHS.organizationEvents, organizationId: orgScope('createEvent', params), schema: EbEventSchema, body }, options);
  }
  /** A series parent cannot be read here: use `getSeries`. */
  getEvent(id: string, params: ExpandOption<EventExpansion> = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('GET', EB_PATHS.event(id), EbEventSchema, { query: expandParams('getEvent', params) }, options);
  }
  /** Not for series parents: use `updateSeries`. */
  updateEvent(id: string, body: EbEventBody, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.event(id), EbEventSchema, { body }, options);
  }
  getEventDescription(id: string, options?: RequestOptions): APIPromise<EbDescription> {
    return this.send('GET', EB_PATHS.eventDescription(id), EbDescriptionSchema, {}, options);
  }

  // ---- lifecycle (7.2) ----
  publishEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventPublish(id), EbFlagResultSchema, {}, options);
  }
  unpublishEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventUnpublish(id), EbFlagResultSchema, {}, options);
  }
  /** Answers `{ "canceled": true }` (one "l"). */
  cancelEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('POST', EB_PATHS.eventCancel(id), EbFlagResultSchema, {}, options);
  }
  /** The copy body is flat, not wrapped. */
  copyEvent(id: string, body: EbEventCopyBody = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.eventCopy(id), EbEventSchema, { body }, options);
  }
  deleteEvent(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.event(id), EbFlagResultSchema, {}, options);
  }

  // ---- series, schedules, venues (7.14) ----
  getSeries(id: string, params: ExpandOption<EventExpansion> = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('GET', EB_PATHS.series(id), EbEventSchema, { query: expandParams('getSeries', params) }, options);
  }
  updateSeries(id: string, body: EbEventBody, options?: RequestOptions): APIPromise<EbEvent> {
    return this.send('POST', EB_PATHS.series(id), EbEventSchema, { body }, options);
  }
  listSeriesEvents(seriesId: string, params: EbSeriesEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'series-events', path: EB_PATHS.seriesEvents(seriesId), key: 'events', schema: EbEventSchema, params, options });
  }
  createSchedule(eventId: string, body: EbScheduleBody, options?: RequestOptions): APIPromise<EbSchedule> {
    return this.send('POST', EB_PATHS.eventSchedules(eventId), EbScheduleSchema, { body }, options);
  }
  listVenueEvents(venueId: string, params: EbVenueEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list({ resource: 'venue-events', path: EB_PATHS.venueEvents(venueId), key: 'events', schema: EbEventSchema, params, options });
  }

  // ---- display settings (7.3) ----
  getDisplaySettings(eventId: string, options?: RequestOptions): APIPromise<EbDisplaySettings> {
    return this.send('GET', EB_PATHS.displaySettings(eventId), EbDisplaySettingsSchema, {}, options);
  }
  updateDisplaySettings(eventId: string, body: EbDisplaySettingsBody, options?: RequestOptions): APIPromise<EbDisplaySettings> {
    return this.send('POST', EB_PATHS.displaySettings(eventId), EbDisplaySettingsSchema, { body }, options);
  }

  // ---- ticket classes (7.4, 7.12) ----
  listTicketClasses(eventId: string, params: EbTicketClassListParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list({ resource: 'ticket-classes', path: EB_PATHS.ticketClasses(eventId), key: 'ticket_classes', schema: EbTicketClassSchema, params, options });
  }
  listTicketClassesForSale(eventId: string, params: EbTicketClassForSaleParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list({ resource: 'ticket-classes-for-sale', path: EB_PATHS.ticketClassesForSale(eventId), key: 'ticket_classes', schema: EbTicketClassSchema, params, options });
  }
  getTicketClass(
    eventId: string,
    id: string,
    params: ExpandOption<TicketClassExpansion> = {},
    options?: RequestOptions,
  ): APIPromise<EbTicketClass> {
    return this.send('GET', EB_PATHS.ticketClass(eventId, id), EbTicketClassSchema, { query: expandParams('getTicketClass', params) }, options);
  }
  createTicketClass(eventId: string, body: EbTicketClassBody, options?: RequestOptions): APIPromise<EbTicketClass> {
    return this.send('POST', EB_PATHS.ticketClasses(eventId), EbTicketClassSchema, { body }, options);
  }
  updateTicketClass(eventId: string, id: string, body: EbTicketClassBody, options?: RequestOptions): APIPromise<EbTicketClass> {
    return this.send('POST', EB_PATHS.ticketClass(eventId, id), EbTicketClassSchema, { body }, options);
  }
  deleteTicketClass(
    eventId: string,
    id: string,
    params: { break_dependency?: boolean } = {},
    options?: RequestOptions,
  ): APIPromise<EbFlagResult> {
    checkParams('deleteTicketClass', params, ['break_dependency']);
    return this.send('DELETE', EB_PATHS.ticketClass(eventId, id), EbFlagResultSchema, { query: queryOf(params, []) }, options);
  }
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
  listCannedQuestions(eventId: string, params: EbQuestionListParams = {}, options?: RequestOptions): PagePromise<EbQuestion> {
    return this.list({ resource: 'canned-questions', path: EB_PATHS.cannedQuestions(eventId), key: 'questions', schema: EbQuestionSchema, params, options });
  }
  createCannedQuestion(eventId: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.cannedQuestions(eventId), unwrapQuestion, { body }, options);
  }
  getCannedQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('GET', EB_PATHS.cannedQuestion(eventId, id), unwrapQuestion, {}, options);
  }
  updateCannedQuestion(eventId: string, id: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.cannedQuestion(eventId, id), unwrapQuestion, { body }, options);
  }
  deleteCannedQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.cannedQuestion(eventId, id), EbFlagResultSchema, {}, options);
  }
  listQuestions(eventId: string, params: EbQuestionListParams = {}, options?: RequestOptions): PagePromise<EbQuestion> {
    return this.list({ resource: 'questions', path: EB_PATHS.questions(eventId), key: 'questions', schema: EbQuestionSchema, params, options });
  }
  createQuestion(eventId: string, body: EbQuestionBody, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('POST', EB_PATHS.questions(eventId), unwrapQuestion, { body }, options);
  }
  getQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbQuestion> {
    return this.send('GET', EB_PATHS.question(eventId, id), unwrapQuestion, {}, options);
  }
  deleteQuestion(eventId: string, id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.question(eventId, id), EbFlagResultSchema, {}, options);
  }

  // ---- attendees (7.6) ----
  listEventAttendees(eventId: string, params: EbEventAttendeesParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'event-attendees', path: EB_PATHS.eventAttendees(eventId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }
  getEventAttendee(
    eventId: string,
    id: string,
    params: ExpandOption<AttendeeExpansion> = {},
    options?: RequestOptions,
  ): APIPromise<EbAttendee> {
    return this.send('GET', EB_PATHS.eventAttendee(eventId, id), EbAttendeeSchema, { query: expandParams('getEventAttendee', params) }, options);
  }
  listOrganizationAttendees(params: EbOrganizationAttendeesParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'organization-attendees', path: this.orgPath(EB_PATHS.organizationAttendees, params.organizationId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }

  // ---- orders (7.7) ----
  listEventOrders(eventId: string, params: EbEventOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'event-orders', path: EB_PATHS.eventOrders(eventId), key: 'orders', schema: EbOrderSchema, params, options });
  }
  getOrder(id: string, params: ExpandOption<OrderExpansion> = {}, options?: RequestOptions): APIPromise<EbOrder> {
    return this.send('GET', EB_PATHS.order(id), EbOrderSchema, { query: expandParams('getOrder', params) }, options);
  }
  listOrganizationOrders(params: EbOrganizationOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'organization-orders', path: this.orgPath(EB_PATHS.organizationOrders, params.organizationId), key: 'orders', schema: EbOrderSchema, params, options });
  }
  listUserOrders(params: EbUserOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list({ resource: 'user-orders', path: EB_PATHS.userOrders(params.userId === undefined ? 'me' : params.userId), key: 'orders', schema: EbOrderSchema, params, options });
  }

  // ---- transfers (7.8): shape undocumented, untyped ----
  listTransfers(eventId: string, params: EbListParams & { changed_since?: string } = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'transfers', path: EB_PATHS.transfers(eventId), key: EB_TRANSFERS_KEY, schema: EbUntypedSchema, params, options });
  }

  // ---- teams (7.9) ----
  listTeams(eventId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbTeam> {
    return this.list({ resource: 'teams', path: EB_PATHS.teams(eventId), key: 'teams', schema: EbTeamSchema, params, options });
  }
  getTeam(eventId: string, id: string, options?: RequestOptions): APIPromise<EbTeam> {
    return this.send('GET', EB_PATHS.team(eventId, id), EbTeamSchema, {}, options);
  }
  listTeamAttendees(eventId: string, teamId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list({ resource: 'team-attendees', path: EB_PATHS.teamAttendees(eventId, teamId), key: 'attendees', schema: EbAttendeeSchema, params, options });
  }
  /** Answers `{ name, id, token, spots_left }`. */
  createTeam(eventId: string, body: EbTeamCreateBody, options?: RequestOptions): APIPromise<EbUntyped> {
    return this.send('POST', EB_PATHS.teamCreate(eventId), EbUntypedSchema, { body }, options);
  }
  /** Answers `{ token }`. */
  checkTeamPassword(eventId: string, teamId: string, body: { password: string }, options?: RequestOptions): APIPromise<EbUntyped> {
    return this.send('POST', EB_PATHS.teamCheckPassword(eventId, teamId), EbUntypedSchema, { body }, options);
  }
  searchTeams(eventId: string, params: EbListParams & { term: string }, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list({ resource: 'team-search', path: EB_PATHS.teamSearch(eventId), key: 'teams', schema: EbUntypedSchema, params, options });
  }

  // ---- ticket groups (7.10) ----
  listEventTicketGroups(eventId: string, params: EbTicketGroupListParams = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'event-ticket-groups', path: EB_PATHS.eventTicketGroups(eventId), key: EB_TICKET_GROUPS_KEY, schema: EbTicketGroupSchema, params, options });
  }
  listTicketClassTicketGroups(
    eventId: string,
    ticketClassId: string,
    params: EbTicketGroupListParams = {},
    options?: RequestOptions,
  ): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'ticket-class-ticket-groups', path: EB_PATHS.ticketClassGroups(eventId, ticketClassId), key: EB_TICKET_GROUPS_KEY, schema: EbTicketGroupSchema, params, options });
  }
  /** Response body undocumented. */
  addTicketClassToGroup(eventId: string, ticketClassId: string, groupId: string, options?: RequestOptions): APIPromise<unknown> {
    return this.http.send({ method: 'POST', path: EB_PATHS.ticketClassGroup(eventId, ticketClassId, groupId) }, options);
  }
  /** Response body undocumented. */
  removeTicketClassFromGroup(eventId: string, ticketClassId: string, groupId: string, options?: RequestOptions): APIPromise<unknown> {
    return this.http.send({ method: 'DELETE', path: EB_PATHS.ticketClassGroup(eventId, ticketClassId, groupId) }, options);
  }
  getTicketGroup(id: string, params: ExpandOption<TicketGroupExpansion> = {}, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.send('GET', EB_PATHS.ticketGroup(id), EbTicketGroupSchema, { query: expandParams('getTicketGroup', params) }, options);
  }
  updateTicketGroup(id: string, body: EbTicketGroupBody, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.send('POST', EB_PATHS.ticketGroup(id), EbTicketGroupSchema, { body }, options);
  }
  deleteTicketGroup(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.ticketGroup(id), EbFlagResultSchema, {}, options);
  }
  createTicketGroup(body: EbTicketGroupBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbTicketGroup> {
    return this.createInOrganization({ path: EB_PATHS.organizationTicketGroups, organizationId: orgScope('createTicketGroup', params), schema: EbTicketGroupSchema, body }, options);
  }
  listOrganizationTicketGroups(params: EbTicketGroupListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list({ resource: 'organization-ticket-groups', path: this.orgPath(EB_PATHS.organizationTicketGroups, params.organizationId), key: 'ticket_groups', schema: EbTicketGroupSchema, params, options });
  }
  /** Replaces the groups of a ticket class (an empty list removes it from every group). Answers 204. */
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
  getTicketBuyerSettings(eventId: string, options?: RequestOptions): APIPromise<EbTicketBuyerSettings> {
    return this.send('GET', EB_PATHS.ticketBuyerSettings(eventId), EbTicketBuyerSettingsSchema, {}, options);
  }
  updateTicketBuyerSettings(eventId: string, body: EbTicketBuyerSettingsBody, options?: RequestOptions): APIPromise<EbTicketBuyerSettings> {
    return this.send('POST', EB_PATHS.ticketBuyerSettings(eventId), EbTicketBuyerSettingsSchema, { body }, options);
  }

  // ---- cross-event discounts (the replacements named in 7.13) ----
  listDiscounts(params: EbDiscountListParams = {}, options?: RequestOptions): PagePromise<EbDiscount> {
    return this.list({ resource: 'discounts', path: this.orgPath(EB_PATHS.organizationDiscounts, params.organizationId), key: 'discounts', schema: EbDiscountSchema, params, options });
  }
  createDiscount(body: EbDiscountBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.createInOrganization({ path: EB_PATHS.organizationDiscounts, organizationId: orgScope('createDiscount', params), schema: EbDiscountSchema, body }, options);
  }
  getDiscount(id: string, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.send('GET', EB_PATHS.discount(id), EbDiscountSchema, {}, options);
  }
  updateDiscount(id: string, body: EbDiscountBody, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.send('POST', EB_PATHS.discount(id), EbDiscountSchema, { body }, options);
  }
  deleteDiscount(id: string, options?: RequestOptions): APIPromise<EbFlagResult> {
    return this.send('DELETE', EB_PATHS.discount(id), EbFlagResultSchema, {}, options);
  }

  // ---- webhooks ----
  listWebhooks(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbWebhook> {
    return this.list({ resource: 'webhooks', path: this.orgPath(EB_PATHS.organizationWebhooks, params.organizationId), key: 'webhooks', schema: EbWebhookSchema, params, options });
  }
  /** The webhook body is flat, not wrapped. */
  createWebhook(body: EbWebhookCreateBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbWebhook> {
    return this.createInOrganization({ path: EB_PATHS.organizationWebhooks, organizationId: orgScope('createWebhook', params), schema: EbWebhookSchema, body }, options);
  }
  /** The response fields are undocumented. */
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

