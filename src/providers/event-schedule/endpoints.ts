/**
 * The Event Schedule native layer (`client.native`): every route of docs/vendors/event-schedule.md, with
 * vendor-shaped, zod-validated results and the same pipeline (auth, retries, errors, page iterators).
 *
 * Request rules ("Request rules"): booleans in queries are sent as `1`/`0`; `per_page` is 1-500 (larger is a
 * `ValidationError` before any request); collections are never sent as `null`; a sale's `tickets` is an
 * object keyed by ticket id; an event's `tickets` list replaces the stored one (and re-creates every ticket
 * type with a new id).
 */
import type { APIPromise } from '../../core/api-promise.js';
import { PermissionDeniedError } from '../../core/errors.js';
import { rejected, rejectedList, typedError } from '../../core/guard.js';
import { invalidField } from '../../core/input.js';
import { assertKnownKeys } from '../../core/strict.js';
import { paginate, type PagePromise, type RawPage } from '../../core/pagination.js';
import { HttpPipeline, type RequestOptions } from '../../core/pipeline.js';
import { seg } from '../../internal/path.js';
import { ES_ERROR_TEXT, ES_VENDOR_CODES } from './errors.js';
import { ES_RECORD_ID, ES_SUBDOMAIN, optionalRecordId, recordId, subdomainOf } from './ids.js';
import { PageDeduper, checkPerPage, initialPageState, nextPageState, pageStateOf, resolvePage } from './pagination.js';
import { ES_PARSE, type EsPage } from './parse.js';
import {
  EsMessageEnvelopeSchema,
  isHiddenRecord,
  type EsAuthResult,
  type EsCategory,
  type EsEvent,
  type EsEventBody,
  type EsFanContent,
  type EsFeedback,
  type EsGroup,
  type EsGroupBody,
  type EsMessage,
  type EsPageMeta,
  type EsRegisterBody,
  type EsSale,
  type EsSaleAction,
  type EsSaleCreateBody,
  type EsSchedule,
  type EsScheduleCreateBody,
  type EsScheduleUpdateBody,
} from './schemas.js';

/** The hosted API root. Self-hosted installs use `<APP_URL>/api`. */
export const EVENT_SCHEDULE_BASE_URL = 'https://eventschedule.com/api';

/**
 * Paths relative to the base URL (every one documented, none ends in `/`). Each id segment is checked (the generic
 * rules plus the vendor's id syntax, see ./ids.ts) and encoded: a bad id throws before anything is sent.
 */
export const ES_PATHS = {
  sendCode: '/register/send-code',
  register: '/register',
  login: '/login',
  schedules: '/schedules',
  schedule: (subdomain: string) => `/schedules/${seg(subdomain, 'subdomain', ES_SUBDOMAIN)}`,
  groups: (subdomain: string) => `/schedules/${seg(subdomain, 'subdomain', ES_SUBDOMAIN)}/groups`,
  group: (subdomain: string, groupId: string) =>
    `/schedules/${seg(subdomain, 'subdomain', ES_SUBDOMAIN)}/groups/${seg(groupId, 'groupId', ES_RECORD_ID)}`,
  events: '/events',
  event: (id: string) => `/events/${seg(id, 'id', ES_RECORD_ID)}`,
  /** `POST /events/{subdomain}`: create on a schedule. */
  eventCreate: (subdomain: string) => `/events/${seg(subdomain, 'subdomain', ES_SUBDOMAIN)}`,
  flyer: (eventId: string) => `/events/flyer/${seg(eventId, 'eventId', ES_RECORD_ID)}`,
  categories: '/categories',
  scheduleCategories: (subdomain: string) => `/categories/${seg(subdomain, 'subdomain', ES_SUBDOMAIN)}`,
  sales: '/sales',
  sale: (id: string) => `/sales/${seg(id, 'id', ES_RECORD_ID)}`,
  feedback: '/feedback',
  fanContent: '/fan-content',
} as const;

/** Image types the flyer upload accepts, checked on the client filename ("Events"). */
export const ES_FLYER_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp'] as const;
/** 10 MB (10240 KB), "Events". */
export const ES_FLYER_MAX_BYTES = 10_240 * 1024;

type QueryRecord = Record<string, string | number | boolean | undefined | null>;

/** The paging parameters every paginated Event Schedule route takes (docs/vendors/event-schedule.md, Paging). */
export interface EsPageParams {
  /** The first page to fetch (default 1). */
  page?: number;
  /** Page size, 1-500 (default 100); larger is a `ValidationError` before any request. */
  per_page?: number;
  /** Resume from a `nextCursor`. */
  cursor?: string | null;
}
/**
 * Filters of `listSchedules` (the schedules where the key's user is owner or admin; non-Pro ones are hidden on
 * hosted).
 */
export interface EsScheduleListParams extends EsPageParams {
  /** Only the schedule with this subdomain (exact match). */
  subdomain?: string;
  /** Only schedules whose name contains this text. */
  name?: string;
  /** Only venues, talent or curators (an unknown value lists nothing). */
  type?: 'venue' | 'talent' | 'curator';
}
/** Filters of `listEvents` (drafts, internal and unlisted events included; appointment bookings left out). */
export interface EsEventListParams extends EsPageParams {
  /** Only events attached to the schedule with this subdomain. */
  subdomain?: string;
  /** `Y-m-d`, a UTC calendar day. */
  starts_after?: string;
  /** `Y-m-d`, a UTC calendar day. */
  starts_before?: string;
  /** Only events at this venue schedule (its encoded id). */
  venue_id?: string;
  /** Only events in this category (`listCategories`). */
  category_id?: number;
  /** Only events whose name contains this text. */
  name?: string;
  /** Only one-off (`single`) or `recurring` events. */
  schedule_type?: 'single' | 'recurring';
  /** Sent as `1`/`0`. */
  tickets_enabled?: boolean;
  /** Only events with free registration on (or off). */
  rsvp_enabled?: boolean;
  /** Only events assigned to this sub-schedule (group), by encoded id. */
  group_id?: string;
}
/** Filters of `listSales` (non-deleted sales; RSVP registrations appear as zero-value paid sales). */
export interface EsSaleListParams extends EsPageParams {
  /** Only sales of this event (encoded id). */
  event_id?: string;
  /** Only sales made through this schedule (the sale's own `subdomain`, not every schedule of the event). */
  subdomain?: string;
  /** `amount_mismatch` cannot be filtered. */
  status?: 'unpaid' | 'paid' | 'cancelled' | 'refunded' | 'expired';
  /** Only sales with this buyer email (exact match). */
  email?: string;
  /** `Y-m-d`. */
  event_date?: string;
}
/** Filters of `listFeedback` (Pro schedules only). */
export interface EsFeedbackListParams extends EsPageParams {
  /** Only feedback on this event (encoded id). */
  event_id?: string;
  /** Only feedback on this schedule's events. */
  subdomain?: string;
  /** Only feedback on this occurrence date (`Y-m-d`). */
  event_date?: string;
  /** Only ratings at or above this, 1-5. */
  min_rating?: number;
  /** Only feedback given on or after this day (`Y-m-d`). */
  from?: string;
  /** Only feedback given on or before this day (`Y-m-d`). */
  to?: string;
}
/** Filters of `listFanContent` (comments, photos and videos fans posted on events). */
export interface EsFanContentListParams extends EsPageParams {
  /** Only comments, photos or videos. */
  type?: 'comment' | 'photo' | 'video';
  /** Only content on this event (encoded id). */
  event_id?: string;
  /** Only content on this schedule's events. */
  subdomain?: string;
  /** Only content on this occurrence date (`Y-m-d`). */
  event_date?: string;
  /** Default `true` on the server; sent as `1`/`0`. */
  is_approved?: boolean;
}

/** One fetched page: items plus the vendor's `meta`. */
export type EsRawPage<T> = RawPage<T> & { meta: EsPageMeta | null };

/** The query filters each paginated route documents (besides `page` and `per_page`). */
export const ES_LIST_FILTERS = {
  schedules: ['subdomain', 'name', 'type'],
  events: ['subdomain', 'starts_after', 'starts_before', 'venue_id', 'category_id', 'name', 'schedule_type', 'tickets_enabled', 'rsvp_enabled', 'group_id'],
  sales: ['event_id', 'subdomain', 'status', 'email', 'event_date'],
  feedback: ['event_id', 'subdomain', 'event_date', 'min_rating', 'from', 'to'],
  fanContent: ['type', 'event_id', 'subdomain', 'event_date', 'is_approved'],
} as const satisfies Record<string, readonly string[]>;

function proGateError(): PermissionDeniedError {
  return new PermissionDeniedError({
    provider: 'event-schedule',
    vendorCode: ES_VENDOR_CODES.proRequired,
    message: `Event Schedule returned an empty record: ${ES_ERROR_TEXT.proGate}. The schedule needs a Pro plan for the API to show it.`,
  });
}

/** A record reader: `{}` (a record of a non-Pro schedule) is a `PermissionDeniedError`, anything else is parsed. */
function recordOf<T>(parse: (payload: unknown) => T): (payload: unknown) => T {
  return (payload) => {
    if (isHiddenRecord((payload as { data?: unknown } | null)?.data)) throw proGateError();
    return parse(payload);
  };
}

const READ = {
  group: recordOf(ES_PARSE.groupRecord),
  schedule: recordOf(ES_PARSE.scheduleRecord),
  event: recordOf(ES_PARSE.eventRecord),
  sale: recordOf(ES_PARSE.saleRecord),
};

/** The event collections a PUT replaces as a whole ("Events"). */
const EVENT_COLLECTIONS = ['tickets', 'addons', 'event_parts', 'members'] as const;

/**
 * docs/vendors/event-schedule.md, "Events", checked before any request: a collection is never `null` (the save crashes with a 500),
 * and `tickets`, `addons` and `event_parts` items never carry an `id` (the server silently drops such an
 * item, so that ticket type or agenda part would be deleted).
 */
function checkEventBody(body: unknown): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalidField('event-schedule', 'body', `expected an object, got ${JSON.stringify(body)}`);
  }
  const record = body as Record<string, unknown>;
  for (const key of EVENT_COLLECTIONS) {
    const value = record[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      throw invalidField(
        'event-schedule',
        key,
        `expected an array (omit it to keep the stored list; never send null), got ${JSON.stringify(value)}`,
      );
    }
    if (key === 'members') continue;
    value.forEach((item: unknown, index) => {
      if (item !== null && typeof item === 'object' && 'id' in item && (item as { id?: unknown }).id !== undefined) {
        throw invalidField(
          'event-schedule',
          `${key}.${index}.id`,
          'must not be sent: the server skips items that carry an id (the whole list is re-created, with new ids)',
        );
      }
    });
  }
}

/** "Sales (orders) and attendees": `tickets` is an object `{ "<ticket id or type name>": quantity >= 1 }`, never an array. */
function checkSaleBody(body: unknown): void {
  const tickets = (body as { tickets?: unknown } | null)?.tickets;
  if (tickets === null || typeof tickets !== 'object' || Array.isArray(tickets) || Object.keys(tickets).length === 0) {
    throw invalidField(
      'event-schedule',
      'tickets',
      `expected a non-empty object keyed by ticket id (or type name) → quantity, got ${JSON.stringify(tickets)}`,
    );
  }
  for (const [key, quantity] of Object.entries(tickets)) {
    if (!Number.isSafeInteger(quantity) || (quantity as number) < 1) {
      throw invalidField('event-schedule', `tickets.${key}`, `expected an integer >= 1, got ${JSON.stringify(quantity)}`);
    }
  }
}

/** The id-valued query filters of the native lists: given, each must be a valid id (an empty one would list all). */
const RECORD_ID_FILTERS = ['event_id', 'venue_id', 'group_id'] as const;
function checkIdFilters(query: Record<string, unknown>): void {
  for (const key of RECORD_ID_FILTERS) optionalRecordId(query[key], key);
  if (query.subdomain !== undefined) subdomainOf(query.subdomain, 'subdomain');
}

function toBlob(image: Blob | ArrayBuffer | Uint8Array): Blob {
  if (image instanceof Blob) return image;
  const bytes = image instanceof Uint8Array ? image : new Uint8Array(image);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Blob([copy]);
}

/** One page request of a paginated route (see `fetchEsPage`). */
export interface EsPageRequest<T> {
  /** The route's path (`ES_PATHS.sales`). */
  path: string;
  /** The page parser of the route's record kind (`ES_PARSE.salePage`). */
  parse: (payload: unknown) => EsPage<T>;
  /** The route's filters (not `page` / `per_page`). */
  query: QueryRecord;
  /** The paginator's state of the page to fetch (`EsPageState`, or `null` for the first). */
  state: unknown;
  /** The page size the listing asked for. */
  limit: number | undefined;
  options?: RequestOptions;
  /** Drops rows already yielded by the page before (rows shift while paging, "Paging"). */
  deduper?: PageDeduper<T>;
}

/** Fetches one page of a paginated route: its rows (deduplicated), `meta`, and the paginator's next state. */
export async function fetchEsPage<T>(http: HttpPipeline, request: EsPageRequest<T>): Promise<EsRawPage<T>> {
  const requested = resolvePage(pageStateOf(request.state), request.limit);
  const { data, response, requestId, attempts } = await http
    .send(
      {
        method: 'GET',
        path: request.path,
        query: { ...request.query, page: requested.page, per_page: requested.perPage },
        parse: request.parse,
      },
      request.options,
    )
    .withResponse();
  const { rows, meta } = data;
  const items = request.deduper ? request.deduper.filter(meta?.current_page ?? requested.page, rows) : rows;
  return { items, next: nextPageState(requested, rows.length, meta), meta, total: meta?.total ?? null, response, requestId, attempts };
}

/** A native listing: its route, record kind and the filters it honours. */
interface NativeListing<T> {
  resource: string;
  path: string;
  parse: (payload: unknown) => EsPage<T>;
  filters: readonly string[];
  /** A row's identity for the deduper (default: its `id`). */
  idOf?: (row: T) => string;
}

/** A native listing's params checked: exactly the route's filters, `per_page` in range, ids valid. */
function listQuery(listing: NativeListing<unknown>, params: unknown): { query: QueryRecord; page?: number; perPage?: number; cursor?: string | null } {
  // Exactly the filters the route honours: a typo (`event_ID`) must not widen the listing.
  assertKnownKeys('event-schedule', `native ${listing.resource} list params`, params, ['page', 'per_page', 'cursor', ...listing.filters]);
  const { page, per_page: perPage, cursor, ...rest } = { ...(params as EsPageParams & Record<string, unknown>) };
  checkPerPage(perPage);
  checkIdFilters(rest);
  return { query: rest as QueryRecord, page, perPage, cursor };
}

const idOfRow = (row: unknown): string => String((row as { id: unknown }).id);

/**
 * The Event Schedule native layer, `client.native`: one method per route of the API, with vendor-shaped results (as
 * Event Schedule sends them) validated by the `Es*` schemas and the client's pipeline underneath (auth, retries,
 * typed errors, paging). Lists return a `PagePromise`; single calls an `APIPromise`. Bodies are checked before
 * anything is sent where the server would silently lose data (docs/vendors/event-schedule.md, Request rules). A
 * record of a schedule without Pro comes back empty from the vendor: that is a `PermissionDeniedError` here.
 */
export class EventScheduleNative {
  /** A pipeline for the auth routes whose debug log never prints bodies (passwords and new API keys). */
  private readonly quiet: HttpPipeline;

  /** @internal Built by the client (`client.native`); not constructed by users. */
  constructor(private readonly http: HttpPipeline) {
    const level = http.log.level === 'debug' ? 'info' : http.log.level;
    this.quiet = new HttpPipeline(http.wire, { ...http.options, logLevel: level }, http);
  }

  private list<T>(listing: NativeListing<T>, params: unknown, options?: RequestOptions): PagePromise<T> {
    let checked: ReturnType<typeof listQuery>;
    try {
      checked = listQuery(listing as NativeListing<unknown>, params);
    } catch (error) {
      return rejectedList('event-schedule', `native.${listing.resource}`, typedError('event-schedule', `native ${listing.resource} list`, 'list', error));
    }
    const { query, page, perPage, cursor } = checked;
    const deduper = new PageDeduper<T>(listing.idOf ?? idOfRow);
    const http = this.http;
    return paginate<T>({
      provider: 'event-schedule',
      resource: `native.${listing.resource}`,
      filters: { path: listing.path, ...query },
      limit: perPage,
      cursor,
      initialState: initialPageState(page),
      options,
      fetchPage: (state, limit, opts) => fetchEsPage(http, { path: listing.path, parse: listing.parse, query, state, limit, options: opts, deduper }),
    });
  }

  private one<T>(method: 'GET' | 'POST' | 'PUT', path: string, parse: (payload: unknown) => T, body: unknown, options?: RequestOptions): APIPromise<T> {
    return this.http.send({ method, path, body, parse }, options);
  }

  private message(method: 'DELETE' | 'POST', path: string, body: unknown, options?: RequestOptions, auth = true): APIPromise<EsMessage> {
    const pipeline = auth ? this.http : this.quiet;
    return pipeline.send({ method, path, body, auth, parse: (payload) => EsMessageEnvelopeSchema.parse(payload) }, options);
  }

  // ---- auth ("Authentication"; sent without X-API-Key) ----

  /** Hosted only: emails a 6-digit code for `register` (400 on self-hosted installs). */
  sendRegistrationCode(body: { email: string }, options?: RequestOptions): APIPromise<EsMessage> {
    return this.message('POST', ES_PATHS.sendCode, body, options, false);
  }

  /** Creates an account and returns its API key (201). Hosted installs need `verification_code`. */
  register(body: EsRegisterBody, options?: RequestOptions): APIPromise<EsAuthResult> {
    return this.quiet.send(
      { method: 'POST', path: ES_PATHS.register, body, auth: false, parse: ES_PARSE.authResult },
      options,
    );
  }

  /**
   * Returns an API key for an email and password. **Warning** (docs/vendors/event-schedule.md, "Authentication"): the docs say
   * login replaces the key each time, but the server answers **409** (`ConflictError`) while the account has
   * an unexpired key, and 403 for accounts with two-factor authentication. A key is issued only when the
   * account has none or it expired. Rotation happens only in the web UI.
   */
  login(body: { email: string; password: string }, options?: RequestOptions): APIPromise<EsAuthResult> {
    return this.quiet.send(
      { method: 'POST', path: ES_PATHS.login, body, auth: false, parse: ES_PARSE.authResult },
      options,
    );
  }

  // ---- schedules ("Endpoints") ----

  /**
   * `GET /schedules`: the schedules (venues, talent, curators) the key's user owns or administers, each with its
   * groups.
   */
  listSchedules(params: EsScheduleListParams = {}, options?: RequestOptions): PagePromise<EsSchedule> {
    return this.list({ resource: 'schedules', path: ES_PATHS.schedules, parse: ES_PARSE.schedulePage, filters: ES_LIST_FILTERS.schedules }, params, options);
  }
  /** `GET /schedules/{subdomain}`: one schedule. */
  getSchedule(subdomain: string, options?: RequestOptions): APIPromise<EsSchedule> {
    return this.one('GET', ES_PATHS.schedule(subdomain), READ.schedule, undefined, options);
  }
  /**
   * Creates a schedule (no Pro gate). On hosted, a new schedule is not Pro, so the vendor answers
   * `{ "data": {} }`: this resolves to `null` (created, but hidden from the API until upgraded).
   */
  createSchedule(body: EsScheduleCreateBody, options?: RequestOptions): APIPromise<EsSchedule | null> {
    return this.http.send(
      {
        method: 'POST',
        path: ES_PATHS.schedules,
        body,
        parse: (payload) => {
          const data = (payload as { data?: unknown } | null)?.data;
          return isHiddenRecord(data) ? null : ES_PARSE.scheduleRecord(payload);
        },
      },
      options,
    );
  }
  /** Partial update (`type` and `subdomain` cannot change). */
  updateSchedule(subdomain: string, body: EsScheduleUpdateBody, options?: RequestOptions): APIPromise<EsSchedule> {
    return this.one('PUT', ES_PATHS.schedule(subdomain), READ.schedule, body, options);
  }
  /** Soft delete, owner only; removes the schedule from every endpoint (and more: see "Endpoints"). */
  deleteSchedule(subdomain: string, options?: RequestOptions): APIPromise<EsMessage> {
    return this.message('DELETE', ES_PATHS.schedule(subdomain), undefined, options);
  }

  // ---- sub-schedules / groups ("Endpoints"; not paginated) ----

  /** `GET /schedules/{subdomain}/groups`: the schedule's sub-schedules (groups), all at once (not paginated). */
  listGroups(subdomain: string, options?: RequestOptions): APIPromise<EsGroup[]> {
    return this.http.send(
      { method: 'GET', path: ES_PATHS.groups(subdomain), parse: ES_PARSE.groups },
      options,
    );
  }
  /** The slug is generated from the name: read it from the result. */
  createGroup(subdomain: string, body: EsGroupBody & { name: string }, options?: RequestOptions): APIPromise<EsGroup> {
    return this.one('POST', ES_PATHS.groups(subdomain), READ.group, body, options);
  }
  /** Renaming regenerates the slug. */
  updateGroup(subdomain: string, groupId: string, body: EsGroupBody, options?: RequestOptions): APIPromise<EsGroup> {
    return this.one('PUT', ES_PATHS.group(subdomain, groupId), READ.group, body, options);
  }
  /** `DELETE /schedules/{subdomain}/groups/{groupId}`: deletes a sub-schedule. */
  deleteGroup(subdomain: string, groupId: string, options?: RequestOptions): APIPromise<EsMessage> {
    return this.message('DELETE', ES_PATHS.group(subdomain, groupId), undefined, options);
  }

  // ---- events ("Events") ----

  /** Newest `starts_at` first. Drafts, internal and unlisted events are included. */
  listEvents(params: EsEventListParams = {}, options?: RequestOptions): PagePromise<EsEvent> {
    return this.list({ resource: 'events', path: ES_PATHS.events, parse: ES_PARSE.eventPage, filters: ES_LIST_FILTERS.events }, params, options);
  }
  /** `GET /events/{id}`: one event, with its tickets, add-ons and parts. */
  getEvent(id: string, options?: RequestOptions): APIPromise<EsEvent> {
    return this.one('GET', ES_PATHS.event(id), READ.event, undefined, options);
  }
  /**
   * Creates an event on the schedule `subdomain` (owner/admin, Pro; extra throttle of 30 per minute).
   * `starts_at` is UTC `Y-m-d H:i:s`; `duration` is in hours.
   */
  createEvent(subdomain: string, body: EsEventBody & { name: string; starts_at: string }, options?: RequestOptions): APIPromise<EsEvent> {
    try {
      checkEventBody(body);
    } catch (error) {
      return rejected(error);
    }
    return this.one('POST', ES_PATHS.eventCreate(subdomain), READ.event, body, options);
  }
  /**
   * Partial update. A collection that is sent **replaces** the stored one: sending `tickets` re-creates every
   * ticket type with a **new id** and zero sold (so it restores capacity on an event with sales); omit a
   * collection to keep it, and never send `null` for one. A `null` collection, or a `tickets` / `addons` /
   * `event_parts` item carrying an `id`, is a `ValidationError` before any request.
   */
  updateEvent(id: string, body: EsEventBody, options?: RequestOptions): APIPromise<EsEvent> {
    try {
      checkEventBody(body);
    } catch (error) {
      return rejected(error);
    }
    return this.one('PUT', ES_PATHS.event(id), READ.event, body, options);
  }
  /** Hard delete; the event's sales are deleted with it. */
  deleteEvent(id: string, options?: RequestOptions): APIPromise<EsMessage> {
    return this.message('DELETE', ES_PATHS.event(id), undefined, options);
  }
  /**
   * Uploads the flyer as `multipart/form-data` (one field `flyer_image`). The filename must end in jpg, jpeg,
   * png, gif or webp and the image must be at most 10 MB: both are checked before any request.
   */
  uploadFlyer(eventId: string, image: Blob | ArrayBuffer | Uint8Array, filename: string, options?: RequestOptions): APIPromise<EsEvent> {
    const extension = typeof filename === 'string' ? /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() : undefined;
    if (!extension || !(ES_FLYER_EXTENSIONS as readonly string[]).includes(extension)) {
      return rejected(invalidField('event-schedule', 'filename', `must end in .${ES_FLYER_EXTENSIONS.join(', .')} (got ${JSON.stringify(filename)})`));
    }
    const blob = toBlob(image);
    if (blob.size > ES_FLYER_MAX_BYTES) {
      return rejected(invalidField('event-schedule', 'flyer_image', `at most 10 MB, got ${blob.size} bytes`));
    }
    const form = new FormData();
    form.append('flyer_image', blob, filename);
    return this.http.send(
      { method: 'POST', path: ES_PATHS.flyer(eventId), body: form, bodyType: 'form', parse: READ.event },
      options,
    );
  }

  // ---- categories ("Endpoints"; not paginated) ----

  /** The global built-in list, or a schedule's effective list (use it for `category_id`). */
  listCategories(subdomain?: string, options?: RequestOptions): APIPromise<EsCategory[]> {
    return this.http.send(
      {
        method: 'GET',
        path: subdomain === undefined ? ES_PATHS.categories : ES_PATHS.scheduleCategories(subdomain),
        parse: ES_PARSE.categories,
      },
      options,
    );
  }

  // ---- sales ("Sales (orders) and attendees") ----

  /** Newest first. */
  listSales(params: EsSaleListParams = {}, options?: RequestOptions): PagePromise<EsSale> {
    return this.list({ resource: 'sales', path: ES_PATHS.sales, parse: ES_PARSE.salePage, filters: ES_LIST_FILTERS.sales }, params, options);
  }
  /** `GET /sales/{id}`: one sale. */
  getSale(id: string, options?: RequestOptions): APIPromise<EsSale> {
    return this.one('GET', ES_PATHS.sale(id), READ.sale, undefined, options);
  }
  /**
   * Creates a sale (no Pro gate): `tickets` is an object keyed by ticket id or type name → quantity. The sale
   * starts `unpaid` (a zero total is `paid` at once); `event_date` is required for recurring events. Never
   * retried after a 5xx or a dropped response (Event Schedule has no idempotency keys).
   */
  createSale(body: EsSaleCreateBody, options?: RequestOptions): APIPromise<EsSale> {
    try {
      recordId((body as Partial<EsSaleCreateBody> | null)?.event_id, 'event_id');
      checkSaleBody(body);
    } catch (error) {
      return rejected(error);
    }
    return this.one('POST', ES_PATHS.sales, READ.sale, body, options);
  }
  /**
   * Applies a status action: `mark_paid` (from unpaid), `refund` (from paid; bookkeeping only), `cancel`
   * (from unpaid or paid). Any other transition is a 422 `ValidationError` carrying the vendor's message.
   */
  updateSale(id: string, body: { action: EsSaleAction }, options?: RequestOptions): APIPromise<EsSale> {
    return this.one('PUT', ES_PATHS.sale(id), READ.sale, body, options);
  }
  /** `updateSale` with `mark_paid`: an unpaid sale becomes paid. */
  markSalePaid(id: string, options?: RequestOptions): APIPromise<EsSale> {
    return this.updateSale(id, { action: 'mark_paid' }, options);
  }
  /** `updateSale` with `refund`: a paid sale becomes refunded. Bookkeeping only: no money moves. */
  refundSale(id: string, options?: RequestOptions): APIPromise<EsSale> {
    return this.updateSale(id, { action: 'refund' }, options);
  }
  /** `updateSale` with `cancel`: an unpaid or paid sale becomes cancelled and its seats are released. */
  cancelSale(id: string, options?: RequestOptions): APIPromise<EsSale> {
    return this.updateSale(id, { action: 'cancel' }, options);
  }
  /** Cancels an unpaid/paid sale first (seats released), then deletes it. */
  deleteSale(id: string, options?: RequestOptions): APIPromise<EsMessage> {
    return this.message('DELETE', ES_PATHS.sale(id), undefined, options);
  }

  // ---- feedback and fan content ("Endpoints"; read-only) ----

  /** `GET /feedback`: ratings and comments attendees left on events (Pro schedules only; read-only). */
  listFeedback(params: EsFeedbackListParams = {}, options?: RequestOptions): PagePromise<EsFeedback> {
    return this.list({ resource: 'feedback', path: ES_PATHS.feedback, parse: ES_PARSE.feedbackPage, filters: ES_LIST_FILTERS.feedback }, params, options);
  }
  /**
   * `GET /fan-content`: comments, photos and videos fans posted (read-only; approved ones unless `is_approved:
   * false`).
   */
  listFanContent(params: EsFanContentListParams = {}, options?: RequestOptions): PagePromise<EsFanContent> {
    // Fan-content ids are unique only per `type`.
    return this.list(
      { resource: 'fan-content', path: ES_PATHS.fanContent, parse: ES_PARSE.fanContentPage, filters: ES_LIST_FILTERS.fanContent, idOf: (row) => `${row.type}:${row.id}` },
      params,
      options,
    );
  }
}
