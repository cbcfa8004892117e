/**
 * The Eventbrite v3 native layer (`client.native`): every current endpoint (docs/vendors/eventbrite.md, Native
 * layer), with vendor-shaped, zod-validated results and the client's pipeline (auth, waypoint token, retries, errors,
 * continuation paging). Request bodies are wrapped by resource as the vendor expects. Deprecated endpoints are left out.
 */
import { z } from 'zod';
import { APIPromise } from '../../core/api-promise.js';
import { readBeforeWrite } from '../../core/compose.js';
import { InputProblem } from '../../core/input.js';
import { assertKnownKeys, assertListParams } from '../../core/strict.js';
import { InvalidCursorError, isTicketingError, TicketingError } from '../../core/errors.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import type { Query } from '../../internal/path.js';
import { idProblem, seg } from '../../internal/path.js';
import {
  EbAttendeeSchema,
  EbDescriptionSchema,
  EbDiscountSchema,
  EbDisplaySettingsSchema,
  EbEventSchema,
  EbFlagResultSchema,
  EbOrderSchema,
  EbOrganizationSchema,
  EbQuestionSchema,
  EbScheduleSchema,
  EbTeamSchema,
  EbTicketBuyerSettingsSchema,
  EbTicketClassSchema,
  EbTicketGroupSchema,
  EbUntypedSchema,
  EbUserSchema,
  EbWebhookSchema,
  listEnvelope,
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

export const EVENTBRITE_BASE_URL = 'https://www.eventbriteapi.com/v3';

/**
 * Guess: the API Blueprint writes `/event/{id}/canned_questions/{question_id}` (singular, no trailing slash), which
 * reads as a doc slip next to every other path; the plural form with `/` is used (docs/vendors/eventbrite.md,
 * Native layer). Takes encoded segments.
 */
const EB_CANNED_QUESTION_PATH_GUESS = (eventSegment: string, questionSegment: string) =>
  `/events/${eventSegment}/canned_questions/${questionSegment}/`;

/** Paths relative to the base URL. Every documented path ends in `/` (docs/vendors/eventbrite.md, Credentials and transport). */
export const EB_PATHS = {
  me: '/users/me/',
  userOrganizations: (userId: string) => `/users/${seg(userId, 'userId')}/organizations/`,
  userOrders: (userId: string) => `/users/${seg(userId, 'userId')}/orders/`,
  organizationEvents: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/events/`,
  organizationOrders: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/orders/`,
  organizationAttendees: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/attendees/`,
  organizationTicketClasses: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/ticket_classes/`,
  organizationTicketGroups: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/ticket_groups/`,
  organizationTicketClassGroups: (orgId: string, eventId: string, ticketClassId: string) =>
    `/organizations/${seg(orgId, 'organizationId')}/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/`,
  organizationWebhooks: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/webhooks/`,
  organizationDiscounts: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/discounts/`,
  organizationMembers: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/members/`,
  organizationRoles: (orgId: string) => `/organizations/${seg(orgId, 'organizationId')}/roles/`,
  event: (id: string) => `/events/${seg(id, 'eventId')}/`,
  eventPublish: (id: string) => `/events/${seg(id, 'eventId')}/publish/`,
  eventUnpublish: (id: string) => `/events/${seg(id, 'eventId')}/unpublish/`,
  eventCancel: (id: string) => `/events/${seg(id, 'eventId')}/cancel/`,
  eventCopy: (id: string) => `/events/${seg(id, 'eventId')}/copy/`,
  eventDescription: (id: string) => `/events/${seg(id, 'eventId')}/description/`,
  eventSchedules: (id: string) => `/events/${seg(id, 'eventId')}/schedules/`,
  displaySettings: (id: string) => `/events/${seg(id, 'eventId')}/display_settings/`,
  series: (id: string) => `/series/${seg(id, 'seriesId')}/`,
  seriesEvents: (id: string) => `/series/${seg(id, 'seriesId')}/events/`,
  venueEvents: (venueId: string) => `/venues/${seg(venueId, 'venueId')}/events/`,
  ticketClasses: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/`,
  ticketClassesForSale: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/for_sale/`,
  ticketClass: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(id, 'ticketClassId')}/`,
  ticketClassGroups: (eventId: string, ticketClassId: string) =>
    `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/`,
  ticketClassGroup: (eventId: string, ticketClassId: string, groupId: string) =>
    `/events/${seg(eventId, 'eventId')}/ticket_classes/${seg(ticketClassId, 'ticketClassId')}/ticket_groups/${seg(groupId, 'ticketGroupId')}/`,
  eventTicketGroups: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_groups/`,
  ticketGroup: (id: string) => `/ticket_groups/${seg(id, 'ticketGroupId')}/`,
  cannedQuestions: (eventId: string) => `/events/${seg(eventId, 'eventId')}/canned_questions/`,
  /** See `EB_CANNED_QUESTION_PATH_GUESS`. */
  cannedQuestion: (eventId: string, id: string) => EB_CANNED_QUESTION_PATH_GUESS(seg(eventId, 'eventId'), seg(id, 'questionId')),
  questions: (eventId: string) => `/events/${seg(eventId, 'eventId')}/questions/`,
  question: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/questions/${seg(id, 'questionId')}/`,
  eventAttendees: (eventId: string) => `/events/${seg(eventId, 'eventId')}/attendees/`,
  eventAttendee: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/attendees/${seg(id, 'attendeeId')}/`,
  eventOrders: (eventId: string) => `/events/${seg(eventId, 'eventId')}/orders/`,
  order: (id: string) => `/orders/${seg(id, 'orderId')}/`,
  transfers: (eventId: string) => `/events/${seg(eventId, 'eventId')}/transfers/`,
  teams: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/`,
  team: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/`,
  teamAttendees: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/attendees/`,
  teamCreate: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/create/`,
  teamCheckPassword: (eventId: string, id: string) => `/events/${seg(eventId, 'eventId')}/teams/${seg(id, 'teamId')}/check_password/`,
  teamSearch: (eventId: string) => `/events/${seg(eventId, 'eventId')}/teams/search/`,
  ticketBuyerSettings: (eventId: string) => `/events/${seg(eventId, 'eventId')}/ticket_buyer_settings/`,
  discount: (id: string) => `/discounts/${seg(id, 'discountId')}/`,
  webhook: (id: string) => `/webhooks/${seg(id, 'webhookId')}/`,
} as const;

/** Guess: the transfers list key is not documented anywhere (docs/vendors/eventbrite.md, Native layer). */
export const EB_TRANSFERS_KEY_GUESS = 'transfers';
/** The transfers list key ticketkit reads (`EB_TRANSFERS_KEY_GUESS`; exported under this name since 0.1). */
export const EB_TRANSFERS_KEY = EB_TRANSFERS_KEY_GUESS;
/** Inferred (docs/vendors/eventbrite.md, Native layer): the key of an event's ticket-group list is named only for the organization list. */
export const EB_TICKET_GROUPS_KEY = 'ticket_groups';

// ---- expansions (docs/vendors/eventbrite.md, Expansions), as typed options ----

export type EventExpansion =
  | 'logo'
  | 'venue'
  | 'organizer'
  | 'format'
  | 'category'
  | 'subcategory'
  | 'bookmark_info'
  | 'refund_policy'
  | 'ticket_availability'
  | 'external_ticketing'
  | 'music_properties'
  | 'publish_settings'
  | 'basic_inventory_info'
  | 'event_sales_status'
  | 'checkout_settings'
  | 'listing_properties'
  | 'has_digital_content'
  | 'ticket_classes'
  | 'series_dates';
export type OrderExpansion =
  | 'event'
  | 'attendees'
  | 'merchandise'
  | 'concierge'
  | 'refund_requests'
  | 'survey'
  | 'survey_responses'
  | 'answers'
  | 'ticket_buyer_settings'
  | 'contact_list_preferences';
export type AttendeeExpansion =
  | 'event'
  | 'order'
  | 'promotional_code'
  | 'assigned_number'
  | 'answers'
  | 'survey'
  | 'survey_responses'
  | 'assigned_unit'
  | 'contact_list_preferences';
export type TicketClassExpansion = 'event' | 'image';
export type TicketGroupExpansion = 'tickets';

/** The object types whose expansions Eventbrite documents (the `_type` an `expand.<type>=` parameter names). */
export const EB_EXPANDABLE_TYPES = ['event', 'order', 'attendee', 'ticket_class', 'ticket_group'] as const;
export type EbExpandableType = (typeof EB_EXPANDABLE_TYPES)[number];

/** `expand` (v1: `expand=a,b`, nesting with dots, e.g. `event.venue`) and `expandByType` (v2: `expand.<_type>=a,b`). */
export interface ExpandOption<E extends string> {
  expand?: ReadonlyArray<E | `${E}.${string}`>;
  expandByType?: Readonly<Partial<Record<EbExpandableType, ReadonlyArray<string>>>>;
}
const EXPAND_KEYS = ['expand', 'expandByType'] as const;

/** The query of an `ExpandOption`; a misspelt object type in `expandByType` would be ignored by Eventbrite, so it is refused. */
function expandQuery(option: ExpandOption<string> | undefined): Query {
  const query: Query = {};
  if (option?.expand !== undefined) {
    if (!Array.isArray(option.expand) || option.expand.some((e) => typeof e !== 'string' || e.trim() === '')) {
      throw new InputProblem('expand', 'expected an array of expansion names');
    }
    if (option.expand.length > 0) query.expand = option.expand.join(',');
  }
  if (option?.expandByType !== undefined) {
    assertKnownKeys('eventbrite', 'expandByType', option.expandByType, EB_EXPANDABLE_TYPES);
    for (const [type, list] of Object.entries(option.expandByType)) {
      if (!Array.isArray(list) || list.some((e) => typeof e !== 'string' || e.trim() === '')) {
        throw new InputProblem(`expandByType.${type}`, 'expected an array of expansion names');
      }
      if (list.length > 0) query[`expand.${type}`] = list.join(',');
    }
  }
  return query;
}

/** Lists are comma-joined in queries ([TYPES]). */
function csv(value: ReadonlyArray<string | number> | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value.join(',');
}

// ---- list parameters ----

export interface EbListParams {
  /** Page size; sent as `page_size` only where the endpoint documents it. */
  limit?: number;
  cursor?: string | null;
}
/** The organization a call is scoped to; defaults to the client's (given or resolved once). */
export interface OrgScoped {
  organizationId?: string;
}
export type EbEventStatusFilter = 'all' | 'draft' | 'live' | 'canceled' | 'started' | 'ended' | 'completed';
export type EbTimeFilter = 'all' | 'past' | 'current_future';

export interface EbOrganizationEventsParams extends EbListParams, OrgScoped, ExpandOption<EventExpansion> {
  name_filter?: string;
  currency_filter?: string;
  order_by?: 'start_asc' | 'start_desc' | 'created_asc' | 'created_desc' | 'name_asc' | 'name_desc';
  show_series_parent?: boolean;
  status?: EbEventStatusFilter | ReadonlyArray<EbEventStatusFilter>;
  event_group_id?: string;
  time_filter?: EbTimeFilter;
  venue_filter?: ReadonlyArray<string>;
  series_filter?: ReadonlyArray<'allevents' | 'children' | 'parents' | 'nonseries' | 'allseries'>;
  collection_id?: string;
  collection_ids_to_exclude?: ReadonlyArray<string>;
  organizer_filter?: ReadonlyArray<string>;
  inventory_type_filter?: ReadonlyArray<'limited' | 'reserved' | 'externally_ticketed'>;
  event_ids?: ReadonlyArray<string>;
  event_ids_to_exclude?: ReadonlyArray<string>;
}
export interface EbSeriesEventsParams extends EbListParams, ExpandOption<EventExpansion> {
  time_filter?: EbTimeFilter;
  order_by?: string;
  'start_date.range_start'?: string;
  'start_date.range_end'?: string;
}
/**
 * Eventbrite documents no filter for a venue's events. A filter it accepts without documenting goes in `extraQuery`
 * (sent as is), so a misspelt documented key is still refused rather than silently ignored.
 */
export interface EbVenueEventsParams extends EbListParams, ExpandOption<EventExpansion> {
  extraQuery?: Readonly<Record<string, string | number | boolean>>;
}
export interface EbTicketClassListParams extends EbListParams, ExpandOption<TicketClassExpansion> {
  pos?: 'online' | 'at_the_door';
  category?: 'all' | 'admission' | 'add_on' | 'donation';
  include_holds?: boolean;
}
export interface EbTicketClassForSaleParams extends EbListParams {
  pos?: 'online' | 'at_the_door';
  code?: string;
  hold_id?: string;
}
export interface EbOrganizationTicketClassParams extends EbListParams, OrgScoped {
  name_filter?: string;
  event_id?: string;
  event_ids?: ReadonlyArray<string>;
  status?: EbEventStatusFilter | ReadonlyArray<EbEventStatusFilter>;
  from_cost_filter?: string;
  to_cost_filter?: string;
  sales_period_start_after?: string;
  sales_period_end_before?: string;
  visibility?: 'ALL' | 'HIDDEN' | 'VISIBLE';
  order_by?: 'cost_asc' | 'cost_desc' | 'event_start_date_asc' | 'type_asc' | 'type_desc';
  time_filter?: EbTimeFilter;
  series_filter?: 'all' | 'children' | 'none' | 'parents';
}
export interface EbQuestionListParams extends EbListParams {
  as_owner?: boolean;
  include_all?: boolean;
}
export interface EbEventAttendeesParams extends EbListParams, ExpandOption<AttendeeExpansion> {
  status?: 'attending' | 'not_attending' | 'unpaid';
  changed_since?: string;
  last_item_seen?: number | string;
  attendee_ids?: ReadonlyArray<string>;
}
export interface EbOrganizationAttendeesParams extends EbListParams, OrgScoped, ExpandOption<AttendeeExpansion> {
  status?: 'attending' | 'not_attending';
  changed_since?: string;
}
export interface EbEventOrdersParams extends EbListParams, ExpandOption<OrderExpansion> {
  status?: 'active' | 'inactive' | 'all' | 'all_not_deleted' | 'both';
  changed_since?: string;
  last_item_seen?: number | string;
  only_emails?: ReadonlyArray<string>;
  exclude_emails?: ReadonlyArray<string>;
  refund_request_statuses?: ReadonlyArray<'completed' | 'pending' | 'outside_policy' | 'disputed' | 'denied'>;
}
export interface EbOrganizationOrdersParams extends EbListParams, OrgScoped, ExpandOption<OrderExpansion> {
  status?: string;
  changed_since?: string;
  only_emails?: ReadonlyArray<string>;
  exclude_emails?: ReadonlyArray<string>;
}
export interface EbUserOrdersParams extends EbListParams, ExpandOption<OrderExpansion> {
  userId?: string;
  changed_since?: string;
  time_filter?: EbTimeFilter;
}
export interface EbTicketGroupListParams extends EbListParams, ExpandOption<TicketGroupExpansion> {
  status?: 'live' | 'archived' | 'deleted' | 'all';
}
/** `scope` is the one documented filter; undocumented ones go in `extraQuery` (sent as is). */
export interface EbDiscountListParams extends EbListParams, OrgScoped {
  scope?: 'event' | 'multi_events' | 'user';
  extraQuery?: Readonly<Record<string, string | number | boolean>>;
}

/** The keys of a native list's params besides `limit` and `cursor` (each must be a key of that params type). */
const keysOf = <P>(keys: ReadonlyArray<Exclude<keyof P & string, 'limit' | 'cursor'>>): readonly string[] => keys;

/**
 * What each native list accepts besides `limit` and `cursor`: the filters the reference documents for its endpoint,
 * the scope (`organizationId`, `userId`) and expansions. Anything else is a `ValidationError` naming the key (a typo
 * such as `statuss` would otherwise be sent, ignored by Eventbrite, and list everything).
 */
const LIST_PARAMS = {
  organizations: keysOf<EbListParams & { userId?: string }>(['userId']),
  members: keysOf<OrgScoped>(['organizationId']),
  roles: keysOf<OrgScoped>(['organizationId']),
  events: keysOf<EbOrganizationEventsParams>([
    'organizationId', ...EXPAND_KEYS, 'name_filter', 'currency_filter', 'order_by', 'show_series_parent', 'status', 'event_group_id',
    'time_filter', 'venue_filter', 'series_filter', 'collection_id', 'collection_ids_to_exclude', 'organizer_filter',
    'inventory_type_filter', 'event_ids', 'event_ids_to_exclude',
  ]),
  'series-events': keysOf<EbSeriesEventsParams>([...EXPAND_KEYS, 'time_filter', 'order_by', 'start_date.range_start', 'start_date.range_end']),
  'venue-events': keysOf<EbVenueEventsParams>([...EXPAND_KEYS, 'extraQuery']),
  'ticket-classes': keysOf<EbTicketClassListParams>([...EXPAND_KEYS, 'pos', 'category', 'include_holds']),
  'ticket-classes-for-sale': keysOf<EbTicketClassForSaleParams>(['pos', 'code', 'hold_id']),
  'organization-ticket-classes': keysOf<EbOrganizationTicketClassParams>([
    'organizationId', 'name_filter', 'event_id', 'event_ids', 'status', 'from_cost_filter', 'to_cost_filter',
    'sales_period_start_after', 'sales_period_end_before', 'visibility', 'order_by', 'time_filter', 'series_filter',
  ]),
  'canned-questions': keysOf<EbQuestionListParams>(['as_owner', 'include_all']),
  questions: keysOf<EbQuestionListParams>(['as_owner', 'include_all']),
  'event-attendees': keysOf<EbEventAttendeesParams>([...EXPAND_KEYS, 'status', 'changed_since', 'last_item_seen', 'attendee_ids']),
  'organization-attendees': keysOf<EbOrganizationAttendeesParams>(['organizationId', ...EXPAND_KEYS, 'status', 'changed_since']),
  'event-orders': keysOf<EbEventOrdersParams>([
    ...EXPAND_KEYS, 'status', 'changed_since', 'last_item_seen', 'only_emails', 'exclude_emails', 'refund_request_statuses',
  ]),
  'organization-orders': keysOf<EbOrganizationOrdersParams>(['organizationId', ...EXPAND_KEYS, 'status', 'changed_since', 'only_emails', 'exclude_emails']),
  'user-orders': keysOf<EbUserOrdersParams>(['userId', ...EXPAND_KEYS, 'changed_since', 'time_filter']),
  transfers: keysOf<EbListParams & { changed_since?: string }>(['changed_since']),
  teams: keysOf<EbListParams>([]),
  'team-attendees': keysOf<EbListParams>([]),
  'team-search': keysOf<EbListParams & { term: string }>(['term']),
  'event-ticket-groups': keysOf<EbTicketGroupListParams>([...EXPAND_KEYS, 'status']),
  'ticket-class-ticket-groups': keysOf<EbTicketGroupListParams>([...EXPAND_KEYS, 'status']),
  'organization-ticket-groups': keysOf<EbTicketGroupListParams & OrgScoped>(['organizationId', ...EXPAND_KEYS, 'status']),
  discounts: keysOf<EbDiscountListParams>(['organizationId', 'scope', 'extraQuery']),
  webhooks: keysOf<OrgScoped>(['organizationId']),
} as const;
type ListName = keyof typeof LIST_PARAMS;

/** A page as the native layer fetched it (items still vendor-shaped). */
export interface EbRawPage<T> extends RawPage<T> {
  pagination: EbPagination | null;
}

/** Resolves the organization id of a call (given, else the client's, looked up once). */
export type OrganizationResolver = (explicit: string | undefined, options?: RequestOptions) => Promise<string>;

type Path = string | ((options?: RequestOptions) => Promise<string>);

/**
 * The query of a params object (its keys already checked). A blank string, `null`, an empty list or a list with a
 * blank entry would reach Eventbrite as "no filter" and widen the listing, so each is a `ValidationError` naming the key.
 */
function queryOf(params: object | undefined, skip: ReadonlyArray<string>): Query {
  const query: Query = {};
  if (!params) return query;
  for (const [key, value] of Object.entries(params)) {
    if (skip.includes(key) || value === undefined) continue;
    query[key] = filterValue(key, value);
  }
  return query;
}

function filterValue(key: string, value: unknown): string | number | boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputProblem(key, `expected a finite number, got ${value}`, value);
    return value;
  }
  if (typeof value === 'string') {
    if (value.trim() === '') throw new InputProblem(key, 'a blank filter would be sent as no filter; leave the key out instead', value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputProblem(key, 'an empty list would be sent as no filter; leave the key out instead', value);
    for (const item of value) {
      if ((typeof item !== 'string' && typeof item !== 'number') || String(item).trim() === '') {
        throw new InputProblem(key, 'expected a list of non-blank strings or numbers', value);
      }
    }
    return csv(value as Array<string | number>)!;
  }
  throw new InputProblem(key, `expected a string, number, boolean or list, got ${value === null ? 'null' : typeof value}`, value);
}

/** `extraQuery`: undocumented filters, sent as given (the caller named them on purpose). */
function extraQueryOf(extra: unknown): Query {
  if (extra === undefined) return {};
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw new InputProblem('extraQuery', 'expected an object of query parameters');
  const query: Query = {};
  for (const [key, value] of Object.entries(extra)) query[key] = filterValue(`extraQuery.${key}`, value);
  return query;
}

/** Params that are not query filters: scope, expansions, paging and the `extraQuery` bag. */
const NOT_FILTERS = ['limit', 'cursor', 'organizationId', 'expand', 'expandByType', 'userId', 'extraQuery'] as const;

/** An explicit `organizationId` / `userId`: checked now, so a blank one never silently means "the default". */
function explicitId(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
  return value as string;
}

/** The query of a single read's `{ expand, expandByType }` (any other key refused). */
function expandParams(method: string, params: ExpandOption<string> | undefined): Query {
  checkParams(method, params, EXPAND_KEYS);
  return expandQuery(params);
}

/** The `organizationId` of a write's `{ organizationId }` params (any other key refused). */
function orgScope(method: string, params: OrgScoped | undefined): string | undefined {
  checkParams(method, params, ['organizationId']);
  return params?.organizationId;
}

/** Checks a non-list params object (`{ expand }`, `{ organizationId }`, `{ break_dependency }`) for unknown keys. */
function checkParams(method: string, params: unknown, allowed: readonly string[]): void {
  if (params === undefined) return;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new InputProblem('params', `expected an object such as { ${allowed.join(', ')} }`);
  assertKnownKeys('eventbrite', `native.${method} params`, params, allowed);
}

export class EventbriteNative {
  constructor(
    private readonly http: HttpPipeline,
    private readonly organization: OrganizationResolver,
  ) {}

  /** The organization id this client works in: the configured one, else resolved once via `GET /users/me/organizations/`. */
  organizationId(options?: RequestOptions): Promise<string> {
    return this.organization(undefined, options);
  }

  /**
   * Fetches one page of a list endpoint. `pageSize` says whether the endpoint documents `page_size`.
   * A bad continuation token becomes an `InvalidCursorError`; `BAD_PAGE` after page 1 ends the list (docs/vendors/eventbrite.md, Paging).
   */
  async fetchPage<S extends z.ZodType>(
    path: string,
    key: string,
    schema: S,
    query: Query,
    state: unknown,
    limit: number | undefined,
    options: RequestOptions | undefined,
    pageSize: boolean,
  ): Promise<EbRawPage<z.output<S>>> {
    const current = asPageState(state);
    const envelope = listEnvelope(key, schema);
    // The listing's page size: the cursor's when it kept one, else `limit`; kept in the next state (on the
    // endpoints that take `page_size`: elsewhere every page has the vendor's size).
    const size = pageSizeFor(current, limit, pageSize);
    const keep = (next: EbPageState): EbPageState => (next === null || !pageSize ? next : { ...next, size: size ?? null });
    try {
      const { data, response, requestId, attempts } = await this.http
        .send(
          {
            method: 'GET',
            path,
            query: {
              ...query,
              ...(size !== undefined ? { page_size: size } : {}),
              ...pageQuery(current),
            },
            parse: (payload) => envelope.parse(payload),
          },
          options,
        )
        .withResponse();
      return {
        items: data.items,
        next: keep(nextPageState(data.pagination, data.items.length, current)),
        pagination: data.pagination,
        response,
        requestId,
        attempts,
      };
    } catch (error) {
      if (isTicketingError(error) && error.vendorCode === 'BAD_CONTINUATION_TOKEN') {
        throw asInvalidCursor(error);
      }
      if (isTicketingError(error) && error.vendorCode === 'BAD_PAGE' && current !== null && 'page' in current && current.page > 1) {
        return { items: [], next: null, pagination: null, response: null, requestId: error.requestId, attempts: error.attempts };
      }
      throw error;
    }
  }

  /** A native list: its params checked (unknown keys, blank filters) before anything is sent, then paged. */
  private list<S extends z.ZodType>(
    resource: ListName,
    path: Path,
    key: string,
    schema: S,
    params: (EbListParams & OrgScoped & ExpandOption<string> & { extraQuery?: unknown }) | undefined,
    options: RequestOptions | undefined,
    pageSize = false,
  ): PagePromise<z.output<S>> {
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
        return this.fetchPage(resolved, key, schema, query, state, limit, opts, pageSize);
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
   * `send` on a path that needs the organization id, resolved first. For a write, that lookup is a read before the
   * write: its failure means nothing was written (`outcomeUnknown: false`).
   */
  private sendOrg<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    build: (orgId: string) => string,
    explicit: string | undefined,
    schema: S,
    init: { query?: Query; body?: unknown } = {},
    options?: RequestOptions,
  ): APIPromise<z.output<S>> {
    return APIPromise.from(
      this.resolveFor(method, explicit, options).then((orgId) => this.send(method, build(orgId), schema, init, options).withResponse()),
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
    return this.list('organizations', EB_PATHS.userOrganizations(params.userId === undefined ? 'me' : params.userId), 'organizations', EbOrganizationSchema, params, options);
  }
  listOrganizationMembers(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list('members', this.orgPath(EB_PATHS.organizationMembers, params.organizationId), 'members', EbUntypedSchema, params, options);
  }
  listOrganizationRoles(params: EbListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list('roles', this.orgPath(EB_PATHS.organizationRoles, params.organizationId), 'roles', EbUntypedSchema, params, options);
  }

  // ---- events (7.1) ----
  listEvents(params: EbOrganizationEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list('events', this.orgPath(EB_PATHS.organizationEvents, params.organizationId), 'events', EbEventSchema, params, options, true);
  }
  createEvent(body: EbEventBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbEvent> {
    return this.sendOrg('POST', EB_PATHS.organizationEvents, orgScope('createEvent', params), EbEventSchema, { body }, options);
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
    return this.list('series-events', EB_PATHS.seriesEvents(seriesId), 'events', EbEventSchema, params, options);
  }
  createSchedule(eventId: string, body: EbScheduleBody, options?: RequestOptions): APIPromise<EbSchedule> {
    return this.send('POST', EB_PATHS.eventSchedules(eventId), EbScheduleSchema, { body }, options);
  }
  listVenueEvents(venueId: string, params: EbVenueEventsParams = {}, options?: RequestOptions): PagePromise<EbEvent> {
    return this.list('venue-events', EB_PATHS.venueEvents(venueId), 'events', EbEventSchema, params, options);
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
    return this.list('ticket-classes', EB_PATHS.ticketClasses(eventId), 'ticket_classes', EbTicketClassSchema, params, options);
  }
  listTicketClassesForSale(eventId: string, params: EbTicketClassForSaleParams = {}, options?: RequestOptions): PagePromise<EbTicketClass> {
    return this.list('ticket-classes-for-sale', EB_PATHS.ticketClassesForSale(eventId), 'ticket_classes', EbTicketClassSchema, params, options);
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
    return this.list(
      'organization-ticket-classes',
      this.orgPath(EB_PATHS.organizationTicketClasses, params.organizationId),
      // Inferred: the key is not documented (docs/vendors/eventbrite.md, Native layer).
      'ticket_classes',
      EbTicketClassSchema,
      params,
      options,
      true,
    );
  }

  // ---- questions (7.5) ----
  listCannedQuestions(eventId: string, params: EbQuestionListParams = {}, options?: RequestOptions): PagePromise<EbQuestion> {
    return this.list('canned-questions', EB_PATHS.cannedQuestions(eventId), 'questions', EbQuestionSchema, params, options);
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
    return this.list('questions', EB_PATHS.questions(eventId), 'questions', EbQuestionSchema, params, options);
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
    return this.list('event-attendees', EB_PATHS.eventAttendees(eventId), 'attendees', EbAttendeeSchema, params, options);
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
    return this.list(
      'organization-attendees',
      this.orgPath(EB_PATHS.organizationAttendees, params.organizationId),
      'attendees',
      EbAttendeeSchema,
      params,
      options,
    );
  }

  // ---- orders (7.7) ----
  listEventOrders(eventId: string, params: EbEventOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list('event-orders', EB_PATHS.eventOrders(eventId), 'orders', EbOrderSchema, params, options);
  }
  getOrder(id: string, params: ExpandOption<OrderExpansion> = {}, options?: RequestOptions): APIPromise<EbOrder> {
    return this.send('GET', EB_PATHS.order(id), EbOrderSchema, { query: expandParams('getOrder', params) }, options);
  }
  listOrganizationOrders(params: EbOrganizationOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list('organization-orders', this.orgPath(EB_PATHS.organizationOrders, params.organizationId), 'orders', EbOrderSchema, params, options);
  }
  listUserOrders(params: EbUserOrdersParams = {}, options?: RequestOptions): PagePromise<EbOrder> {
    return this.list('user-orders', EB_PATHS.userOrders(params.userId === undefined ? 'me' : params.userId), 'orders', EbOrderSchema, params, options);
  }

  // ---- transfers (7.8): shape undocumented, untyped ----
  listTransfers(eventId: string, params: EbListParams & { changed_since?: string } = {}, options?: RequestOptions): PagePromise<EbUntyped> {
    return this.list('transfers', EB_PATHS.transfers(eventId), EB_TRANSFERS_KEY, EbUntypedSchema, params, options);
  }

  // ---- teams (7.9) ----
  listTeams(eventId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbTeam> {
    return this.list('teams', EB_PATHS.teams(eventId), 'teams', EbTeamSchema, params, options);
  }
  getTeam(eventId: string, id: string, options?: RequestOptions): APIPromise<EbTeam> {
    return this.send('GET', EB_PATHS.team(eventId, id), EbTeamSchema, {}, options);
  }
  listTeamAttendees(eventId: string, teamId: string, params: EbListParams = {}, options?: RequestOptions): PagePromise<EbAttendee> {
    return this.list('team-attendees', EB_PATHS.teamAttendees(eventId, teamId), 'attendees', EbAttendeeSchema, params, options);
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
    return this.list('team-search', EB_PATHS.teamSearch(eventId), 'teams', EbUntypedSchema, params, options);
  }

  // ---- ticket groups (7.10) ----
  listEventTicketGroups(eventId: string, params: EbTicketGroupListParams = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list('event-ticket-groups', EB_PATHS.eventTicketGroups(eventId), EB_TICKET_GROUPS_KEY, EbTicketGroupSchema, params, options);
  }
  listTicketClassTicketGroups(
    eventId: string,
    ticketClassId: string,
    params: EbTicketGroupListParams = {},
    options?: RequestOptions,
  ): PagePromise<EbTicketGroup> {
    return this.list(
      'ticket-class-ticket-groups',
      EB_PATHS.ticketClassGroups(eventId, ticketClassId),
      EB_TICKET_GROUPS_KEY,
      EbTicketGroupSchema,
      params,
      options,
    );
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
    return this.sendOrg('POST', EB_PATHS.organizationTicketGroups, orgScope('createTicketGroup', params), EbTicketGroupSchema, { body }, options);
  }
  listOrganizationTicketGroups(params: EbTicketGroupListParams & OrgScoped = {}, options?: RequestOptions): PagePromise<EbTicketGroup> {
    return this.list(
      'organization-ticket-groups',
      this.orgPath(EB_PATHS.organizationTicketGroups, params.organizationId),
      'ticket_groups',
      EbTicketGroupSchema,
      params,
      options,
    );
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
    return this.list('discounts', this.orgPath(EB_PATHS.organizationDiscounts, params.organizationId), 'discounts', EbDiscountSchema, params, options);
  }
  createDiscount(body: EbDiscountBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbDiscount> {
    return this.sendOrg('POST', EB_PATHS.organizationDiscounts, orgScope('createDiscount', params), EbDiscountSchema, { body }, options);
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
    return this.list('webhooks', this.orgPath(EB_PATHS.organizationWebhooks, params.organizationId), 'webhooks', EbWebhookSchema, params, options);
  }
  /** The webhook body is flat, not wrapped. */
  createWebhook(body: EbWebhookCreateBody, params: OrgScoped = {}, options?: RequestOptions): APIPromise<EbWebhook> {
    return this.sendOrg('POST', EB_PATHS.organizationWebhooks, orgScope('createWebhook', params), EbWebhookSchema, { body }, options);
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
