/**
 * The native layer's parameters (docs/vendors/eventbrite.md, Native layer and Expansions): the typed params of each
 * list, the keys each list accepts, and how params become a query. A misspelt key, a blank filter or an empty list
 * is an `InputProblem` (a `ValidationError` naming the key): Eventbrite would ignore it and list everything.
 */
import { InputProblem } from '../../core/input.js';
import { assertKnownKeys } from '../../core/strict.js';
import { idProblem, type Query } from '../../internal/path.js';

// ---- expansions (docs/vendors/eventbrite.md, Expansions), as typed options ----

/** A value Eventbrite accepts in `expand` when reading an event, to inline related objects. */
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
/** A value Eventbrite accepts in `expand` when reading an order, to inline related objects. */
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
/** A value Eventbrite accepts in `expand` when reading an attendee, to inline related objects. */
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
/** A value Eventbrite accepts in `expand` when reading a ticket class, to inline related objects. */
export type TicketClassExpansion = 'event' | 'image';
/** A value Eventbrite accepts in `expand` when reading a ticket group, to inline related objects. */
export type TicketGroupExpansion = 'tickets';

/** The object types whose expansions Eventbrite documents (the `_type` an `expand.<type>=` parameter names). */
export const EB_EXPANDABLE_TYPES = ['event', 'order', 'attendee', 'ticket_class', 'ticket_group'] as const;
/** An object type whose expansions Eventbrite documents (the `_type` an `expand.<type>=` parameter names). */
export type EbExpandableType = (typeof EB_EXPANDABLE_TYPES)[number];

/** `expand` (v1: `expand=a,b`, nesting with dots, e.g. `event.venue`) and `expandByType` (v2: `expand.<_type>=a,b`). */
export interface ExpandOption<E extends string> {
  /**
   * Related objects to inline, sent as `expand=a,b`; nest with a dot (`event.venue`). Values per object in
   * docs/vendors/eventbrite.md, Expansions.
   */
  expand?: ReadonlyArray<E | `${E}.${string}`>;
  /**
   * Expansions per object type, sent as `expand.<type>=a,b` (e.g. `{ attendee: ['answers'] }` on an order read). An
   * unknown type is refused.
   */
  expandByType?: Readonly<Partial<Record<EbExpandableType, ReadonlyArray<string>>>>;
}
/** The params keys that carry expansions (`ExpandOption`). */
export const EXPAND_KEYS = ['expand', 'expandByType'] as const;

/** The query of an `ExpandOption`; a misspelt object type in `expandByType` would be ignored by Eventbrite, so it is refused. */
export function expandQuery(option: ExpandOption<string> | undefined): Query {
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

/** The paging parameters every native Eventbrite list takes. */
export interface EbListParams {
  /** Page size; sent as `page_size` only where the endpoint documents it. */
  limit?: number;
  /**
   * Where to resume: a `Page.cursor` from an earlier listing of the same endpoint and filters; `null` or absent
   * starts at the first page.
   */
  cursor?: string | null;
}
/** The organization a call is scoped to; defaults to the client's (given or resolved once). */
export interface OrgScoped {
  /**
   * The organization id; absent: the client's `organizationId`, else the user's first organization (looked up once).
   */
  organizationId?: string;
}
/** An event status Eventbrite filters on (`completed` is in the API Blueprint only). */
export type EbEventStatusFilter = 'all' | 'draft' | 'live' | 'canceled' | 'started' | 'ended' | 'completed';
/** Which events by date: all, past only, or current and future. */
export type EbTimeFilter = 'all' | 'past' | 'current_future';

/** The query parameters of a native Eventbrite list (organization events). */
export interface EbOrganizationEventsParams extends EbListParams, OrgScoped, ExpandOption<EventExpansion> {
  /** Only events whose name matches this text. */
  name_filter?: string;
  /** Only events in this currency (ISO 4217 code). */
  currency_filter?: string;
  /** Sort order, by start date, creation date or name. */
  order_by?: 'start_asc' | 'start_desc' | 'created_asc' | 'created_desc' | 'name_asc' | 'name_desc';
  /** `true` lists a series' parent event instead of its occurrences (default `false`). */
  show_series_parent?: boolean;
  /** Only events in these statuses (comma-joined when a list). */
  status?: EbEventStatusFilter | ReadonlyArray<EbEventStatusFilter>;
  /** Only events in this event group. */
  event_group_id?: string;
  /** Past, current and future, or all events. */
  time_filter?: EbTimeFilter;
  /** Only events at these venue ids. */
  venue_filter?: ReadonlyArray<string>;
  /**
   * Which series events to list: all, occurrences (`children`), parents, non-series events or all series events (API
   * Blueprint only).
   */
  series_filter?: ReadonlyArray<'allevents' | 'children' | 'parents' | 'nonseries' | 'allseries'>;
  /** Only events in this collection (API Blueprint only). */
  collection_id?: string;
  /** Leave out events in these collections (API Blueprint only). */
  collection_ids_to_exclude?: ReadonlyArray<string>;
  /** Only events of these organizer ids (API Blueprint only). */
  organizer_filter?: ReadonlyArray<string>;
  /**
   * Only events with these inventory types: limited capacity, reserved seating, or ticketed outside Eventbrite (API
   * Blueprint only).
   */
  inventory_type_filter?: ReadonlyArray<'limited' | 'reserved' | 'externally_ticketed'>;
  /** Only these event ids (API Blueprint only). */
  event_ids?: ReadonlyArray<string>;
  /** Leave out these event ids (API Blueprint only). */
  event_ids_to_exclude?: ReadonlyArray<string>;
}
/** The query parameters of a native Eventbrite list (series events). */
export interface EbSeriesEventsParams extends EbListParams, ExpandOption<EventExpansion> {
  /** Past, current and future, or all occurrences. */
  time_filter?: EbTimeFilter;
  /** Sort order, as Eventbrite names it (undocumented values are passed through). */
  order_by?: string;
  /** Only occurrences starting at or after this time (ISO 8601). */
  'start_date.range_start'?: string;
  /** Only occurrences starting at or before this time (ISO 8601). */
  'start_date.range_end'?: string;
}
/**
 * Eventbrite documents no filter for a venue's events. A filter it accepts without documenting goes in `extraQuery`
 * (sent as is), so a misspelt documented key is still refused rather than silently ignored.
 */
export interface EbVenueEventsParams extends EbListParams, ExpandOption<EventExpansion> {
  /** Filters Eventbrite accepts without documenting them, sent as given (keys are not checked). */
  extraQuery?: Readonly<Record<string, string | number | boolean>>;
}
/** The query parameters of a native Eventbrite list (ticket class list). */
export interface EbTicketClassListParams extends EbListParams, ExpandOption<TicketClassExpansion> {
  /** Point of sale: classes sold `online` or `at_the_door`. */
  pos?: 'online' | 'at_the_door';
  /** Only admission tickets, add-ons or donations (default all; API Blueprint only). */
  category?: 'all' | 'admission' | 'add_on' | 'donation';
  /** Include held inventory (API Blueprint only). */
  include_holds?: boolean;
}
/** The query parameters of a native Eventbrite list (ticket class for sale). */
export interface EbTicketClassForSaleParams extends EbListParams {
  /** Point of sale the buyer uses (default `online`). */
  pos?: 'online' | 'at_the_door';
  /** A promo code: the classes as a buyer who entered it sees them. */
  code?: string;
  /** A hold id (API Blueprint only): the classes as a checkout for that hold sees them. */
  hold_id?: string;
}
/** The query parameters of a native Eventbrite list (organization ticket class). */
export interface EbOrganizationTicketClassParams extends EbListParams, OrgScoped {
  /** Only ticket classes whose name matches this text. */
  name_filter?: string;
  /** Only ticket classes of this event. */
  event_id?: string;
  /** Only ticket classes of these events. */
  event_ids?: ReadonlyArray<string>;
  /** Only ticket classes of events in these statuses. */
  status?: EbEventStatusFilter | ReadonlyArray<EbEventStatusFilter>;
  /** Only ticket classes costing at least this much (a decimal string in the event currency). */
  from_cost_filter?: string;
  /** Only ticket classes costing at most this much (a decimal string in the event currency). */
  to_cost_filter?: string;
  /** Only ticket classes whose sales start after this time (ISO 8601). */
  sales_period_start_after?: string;
  /** Only ticket classes whose sales end before this time (ISO 8601). */
  sales_period_end_before?: string;
  /** Only hidden or only visible ticket classes (default `ALL`). */
  visibility?: 'ALL' | 'HIDDEN' | 'VISIBLE';
  /** Sort order: by cost, event start date or ticket type. */
  order_by?: 'cost_asc' | 'cost_desc' | 'event_start_date_asc' | 'type_asc' | 'type_desc';
  /** Only classes of past, or current and future, events. */
  time_filter?: EbTimeFilter;
  /** Which series events' classes to list (Eventbrite's default is `children`, the occurrences). */
  series_filter?: 'all' | 'children' | 'none' | 'parents';
}
/** The query parameters of a native Eventbrite list (question list). */
export interface EbQuestionListParams extends EbListParams {
  /** Eventbrite's `as_owner` flag: list the questions as the event's owner. */
  as_owner?: boolean;
  /** Eventbrite's `include_all` flag (API Blueprint only, on canned questions; its effect is not described). */
  include_all?: boolean;
}
/** The query parameters of a native Eventbrite list (event attendees). */
export interface EbEventAttendeesParams extends EbListParams, ExpandOption<AttendeeExpansion> {
  /**
   * `attending` (attending or checked in), `not_attending` (not attending or deleted) or `unpaid` (the order is
   * unpaid).
   */
  status?: 'attending' | 'not_attending' | 'unpaid';
  /** Only attendees changed at or after this time (ISO 8601): the way to sync incrementally. */
  changed_since?: string;
  /** With `changed_since`: the last attendee id already seen, to resume a sync without repeats. */
  last_item_seen?: number | string;
  /** Only these attendee ids. */
  attendee_ids?: ReadonlyArray<string>;
}
/** The query parameters of a native Eventbrite list (organization attendees). */
export interface EbOrganizationAttendeesParams extends EbListParams, OrgScoped, ExpandOption<AttendeeExpansion> {
  /** `attending` (attending or checked in) or `not_attending` (not attending or deleted). */
  status?: 'attending' | 'not_attending';
  /** Only attendees changed at or after this time (ISO 8601). */
  changed_since?: string;
}
/** The query parameters of a native Eventbrite list (event orders). */
export interface EbEventOrdersParams extends EbListParams, ExpandOption<OrderExpansion> {
  /**
   * `active`, `inactive`, `all` or `all_not_deleted`. The API Blueprint lists
   * `both` instead of `all`; prefer `all` (docs/vendors/eventbrite.md, Native layer).
   */
  status?: 'active' | 'inactive' | 'all' | 'all_not_deleted' | 'both';
  /** Only orders changed at or after this time (ISO 8601): the way to sync incrementally. */
  changed_since?: string;
  /** With `changed_since`: the last order id already seen, to resume a sync without repeats. */
  last_item_seen?: number | string;
  /** Only orders placed with these buyer emails. */
  only_emails?: ReadonlyArray<string>;
  /** Leave out orders placed with these buyer emails. */
  exclude_emails?: ReadonlyArray<string>;
  /** Only orders with a refund request in one of these statuses. */
  refund_request_statuses?: ReadonlyArray<'completed' | 'pending' | 'outside_policy' | 'disputed' | 'denied'>;
}
/** The query parameters of a native Eventbrite list (organization orders). */
export interface EbOrganizationOrdersParams extends EbListParams, OrgScoped, ExpandOption<OrderExpansion> {
  /** Order status filter, as for event orders (`active`, `inactive`, `all`...). */
  status?: string;
  /** Only orders changed at or after this time (ISO 8601). */
  changed_since?: string;
  /** Only orders placed with these buyer emails. */
  only_emails?: ReadonlyArray<string>;
  /** Leave out orders placed with these buyer emails. */
  exclude_emails?: ReadonlyArray<string>;
}
/** The query parameters of a native Eventbrite list (user orders). */
export interface EbUserOrdersParams extends EbListParams, ExpandOption<OrderExpansion> {
  /** The buyer whose orders to list; default `me` (the token's user). */
  userId?: string;
  /** Only orders changed at or after this time (ISO 8601). */
  changed_since?: string;
  /** Only orders for past, or current and future, events. */
  time_filter?: EbTimeFilter;
}
/** The query parameters of a native Eventbrite list (ticket group list). */
export interface EbTicketGroupListParams extends EbListParams, ExpandOption<TicketGroupExpansion> {
  /** Only live, archived or deleted groups, or all. */
  status?: 'live' | 'archived' | 'deleted' | 'all';
}
/** `scope` is the one documented filter; undocumented ones go in `extraQuery` (sent as is). */
export interface EbDiscountListParams extends EbListParams, OrgScoped {
  /** Which discounts: those for one event, for several events, or a user's. */
  scope?: 'event' | 'multi_events' | 'user';
  /** Filters Eventbrite accepts without documenting them, sent as given (keys are not checked). */
  extraQuery?: Readonly<Record<string, string | number | boolean>>;
}

/** The keys of a native list's params besides `limit` and `cursor` (each must be a key of that params type). */
const keysOf = <P>(keys: ReadonlyArray<Exclude<keyof P & string, 'limit' | 'cursor'>>): readonly string[] => keys;

/**
 * What each native list accepts besides `limit` and `cursor`: the filters the reference documents for its endpoint,
 * the scope (`organizationId`, `userId`) and expansions. Anything else is a `ValidationError` naming the key (a typo
 * such as `statuss` would otherwise be sent, ignored by Eventbrite, and list everything).
 */
export const LIST_PARAMS = {
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
/** The name of a native list, as the params checks and cursors know it (a key of `LIST_PARAMS`). */
export type ListName = keyof typeof LIST_PARAMS;

/**
 * The query of a params object (its keys already checked). A blank string, `null`, an empty list or a list with a
 * blank entry would reach Eventbrite as "no filter" and widen the listing, so each is a `ValidationError` naming the key.
 */
export function queryOf(params: object | undefined, skip: ReadonlyArray<string>): Query {
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
export function extraQueryOf(extra: unknown): Query {
  if (extra === undefined) return {};
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw new InputProblem('extraQuery', 'expected an object of query parameters');
  const query: Query = {};
  for (const [key, value] of Object.entries(extra)) query[key] = filterValue(`extraQuery.${key}`, value);
  return query;
}

/** Params that are not query filters: scope, expansions, paging and the `extraQuery` bag. */
export const NOT_FILTERS = ['limit', 'cursor', 'organizationId', 'expand', 'expandByType', 'userId', 'extraQuery'] as const;

/** An explicit `organizationId` / `userId`: checked now, so a blank one never silently means "the default". */
export function explicitId(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  const problem = idProblem(value);
  if (problem !== null) throw new InputProblem(field, problem, value);
  return value as string;
}

/** The query of a single read's `{ expand, expandByType }` (any other key refused). */
export function expandParams(method: string, params: ExpandOption<string> | undefined): Query {
  checkParams(method, params, EXPAND_KEYS);
  return expandQuery(params);
}

/** The `organizationId` of a write's `{ organizationId }` params (any other key refused). */
export function orgScope(method: string, params: OrgScoped | undefined): string | undefined {
  checkParams(method, params, ['organizationId']);
  return params?.organizationId;
}

/** Checks a non-list params object (`{ expand }`, `{ organizationId }`, `{ break_dependency }`) for unknown keys. */
export function checkParams(method: string, params: unknown, allowed: readonly string[]): void {
  if (params === undefined) return;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new InputProblem('params', `expected an object such as { ${allowed.join(', ')} }`);
  assertKnownKeys('eventbrite', `native.${method} params`, params, allowed);
}
