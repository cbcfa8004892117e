/**
 * `exportItems(client, options)`: the export under `ticketkit export`, for a backend's own job system. It walks one
 * listing page by page (the SDK's own paging, retries and cursors), turns items into rows (the normalized model, a
 * `fields` projection of it, or the vendor payload) and keeps the state to resume from after any row.
 */
import type { TicketingClient } from '../client.js';
import type { Attendee, Event, Order, TicketType } from '../core/model.js';
import { AbortError, UnsupportedCapabilityError, ValidationError, type ProviderId } from '../core/errors.js';
import type { Page, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/pipeline.js';
import { PROVIDER_REGISTRY } from '../core/providers.js';
import { closestKey } from '../core/strict.js';
import { isRealDay } from '../core/time.js';
import { EXPORT_RESOURCES, pickPaths, selectablePaths, type ExportResource } from './fields.js';

/** What to export and how: the resource, its scope and filters, the fields kept, and where to resume. */
export interface ExportOptions {
  /** What to export: `events`, `orders`, `attendees` or `ticket-types`. */
  resource: ExportResource;
  /** The event whose orders, attendees or ticket types to export (required for `ticket-types`). */
  eventId?: string;
  /**
   * Only items updated at or after this instant (ISO-8601: `2026-03-01` or `2026-03-01T12:00:00Z`), filtered by the
   * vendor. Orders and attendees only, on vendors with `capabilities.<resource>.updatedSince`.
   */
  since?: string;
  /** The most rows this run yields. */
  limit?: number;
  /**
   * Dotted paths to keep (`['id', 'buyer.email', 'total']`); nesting is kept. Checked against the normalized model
   * (an unknown name is a `ValidationError` naming the closest one) unless `raw` is set, where they pick from the
   * vendor payload as they are.
   */
  fields?: readonly string[];
  /** Rows are the vendor payloads (`item.raw`) instead of the normalized model. */
  raw?: boolean;
  /** Resume: an `ExportCheckpoint.cursor` (or a listing's `nextCursor`, or an error's `resumeCursor`). */
  cursor?: string | null;
  /** Resume: rows of the page at `cursor` already taken (`ExportCheckpoint.skip`). */
  skip?: number;
  /** Items per request (default: the vendor's maximum, `client.capabilities.pageSize.max`). */
  pageSize?: number;
  /** Fetch the next page while the current one is handled (default `true`; memory: two pages). */
  prefetch?: boolean;
  /** Cancels the page request in flight (and any retry wait); the walk then throws the `AbortError`. */
  signal?: AbortSignal;
}

/** Where an export stands: pass `cursor` and `skip` back as options to continue with nothing lost or repeated. */
export interface ExportCheckpoint {
  /** The tagged cursor of the page to continue from; `null` for the listing's first page. */
  cursor: string | null;
  /** Rows of that page already taken (at the end of the listing: all of them, so a resume yields nothing). */
  skip: number;
  /** Rows taken so far in this run. */
  rows: number;
  /** Pages fetched so far in this run. */
  pages: number;
  /** `true` once the listing ended or `limit` rows were taken. */
  done: boolean;
}

/** One page of rows, and where the export stands once they are written. */
export interface ExportPage<Row = ExportRow> {
  /** The rows of one page, in order. */
  rows: Row[];
  /** The state after these rows: save it once they are written, resume from it after a stop. */
  after: ExportCheckpoint;
  /** How many items the whole listing holds, as the vendor reported with this page (`Page.total`), or `null`. */
  total: number | null;
}

/**
 * A running export. Iterate it for rows (`for await (const row of run)`) or call `pages()` for pages of rows (one
 * write per page). Nothing is sent until it is iterated; memory is one page (two with prefetch).
 */
export interface ExportRun<Row = ExportRow> extends AsyncIterable<Row> {
  /** The rows a page at a time, each with the checkpoint to save once it is written. */
  pages(): AsyncGenerator<ExportPage<Row>, void, undefined>;
  /**
   * Where the export stands. Iterating rows: after the last row the loop received. Iterating `pages()`: after the
   * last page the loop finished with (asked for the next one); save `page.after` to commit a page explicitly.
   */
  readonly checkpoint: ExportCheckpoint;
  /** The vendor exported from. */
  readonly provider: ProviderId;
  /** The resource exported. */
  readonly resource: ExportResource;
}

function invalid(provider: ProviderId, field: string, message: string): ValidationError {
  return new ValidationError({ provider, message: `Invalid export option ${field}: ${message}.`, fields: [{ field, message }] });
}

function positiveInteger(provider: ProviderId, field: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw invalid(provider, field, `expected an integer of at least ${min}, got ${JSON.stringify(value)}`);
  }
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * `since` as the ISO-8601 UTC instant the vendors take. `Date.parse` refuses an hour, minute or offset out of range
 * but rolls `2026-02-30` over to March 2 and `T24:00` to the next day, which would silently drop rows from an export:
 * those are refused here.
 */
export function parseSince(provider: ProviderId, since: string): string {
  const exists = ISO_DATE.test(since) && isRealDay(since) && !/T24:/.test(since);
  const time = exists ? Date.parse(since) : Number.NaN;
  if (Number.isNaN(time)) throw invalid(provider, 'since', `expected an ISO-8601 date or instant such as 2026-03-01 or 2026-03-01T12:00:00Z, got ${JSON.stringify(since)}`);
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** Checks `fields` against the model (unless `raw`): an unknown name is a `ValidationError` naming the closest one. */
export function checkFields(provider: ProviderId, resource: ExportResource, fields: readonly string[], raw: boolean): string[] {
  if (!Array.isArray(fields) || fields.length === 0) throw invalid(provider, 'fields', 'expected a non-empty list of field names');
  const known = selectablePaths(resource);
  const out: string[] = [];
  for (const field of fields) {
    if (typeof field !== 'string' || field.trim() === '') throw invalid(provider, 'fields', `expected field names, got ${JSON.stringify(field)}`);
    const name = field.trim();
    if (!raw && !known.includes(name)) {
      const guess = closestKey(name, known);
      throw invalid(
        provider,
        'fields',
        `${resource} have no field ${JSON.stringify(name)}${guess !== null ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}; the fields are ${known.join(', ')}`,
      );
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** What listing an export walks; every option is checked here, before any request. */
function listingOf(client: TicketingClient, options: ExportOptions): (cursor: string | null, request: RequestOptions) => PagePromise<unknown> {
  const provider = client.provider;
  const name = PROVIDER_REGISTRY[provider].name;
  const { resource, eventId } = options;
  if (eventId !== undefined && (typeof eventId !== 'string' || eventId.trim() === '')) throw invalid(provider, 'eventId', 'expected a non-empty id');
  const since = options.since === undefined ? undefined : parseSince(provider, options.since);
  const pageSize = positiveInteger(provider, 'pageSize', options.pageSize, 1) ?? client.capabilities.pageSize.max;
  // The page size asked of the vendor: its largest page, or fewer when the export wants fewer rows than that.
  const limit = options.limit === undefined ? pageSize : Math.min(pageSize, options.limit);
  switch (resource) {
    case 'events':
      if (eventId !== undefined) throw invalid(provider, 'eventId', 'events are exported all at once; eventId filters orders, attendees and ticket types');
      if (since !== undefined) throw invalid(provider, 'since', 'events cannot be filtered by update time; since filters orders and attendees');
      return (cursor, request) => client.events.list({ limit, cursor }, request);
    case 'ticket-types':
      if (eventId === undefined) throw invalid(provider, 'eventId', 'ticket types are listed per event: pass eventId');
      if (since !== undefined) throw invalid(provider, 'since', 'ticket types cannot be filtered by update time; since filters orders and attendees');
      return (cursor, request) => client.ticketTypes.list({ eventId, limit, cursor }, request);
    case 'orders':
    case 'attendees': {
      const capability = client.capabilities[resource];
      if (capability.list === false) {
        throw new UnsupportedCapabilityError({ provider, capability: `${resource}.list`, message: `${name} has no ${resource} to export (capabilities.${resource}.list is false).` });
      }
      // A `'scoped'` list without eventId is the adapter's to refuse (some vendors have a configured default event).
      if (since !== undefined && !capability.updatedSince) {
        throw new UnsupportedCapabilityError({
          provider,
          capability: `${resource}.list.updatedSince`,
          message: `${name} cannot filter ${resource} by update time (capabilities.${resource}.updatedSince is false): export without since.`,
        });
      }
      const params = { ...(eventId !== undefined ? { eventId } : {}), ...(since !== undefined ? { updatedSince: since } : {}) };
      return resource === 'orders'
        ? (cursor, request) => client.orders.list({ ...params, limit, cursor }, request)
        : (cursor, request) => client.attendees.list({ ...params, limit, cursor }, request);
    }
    default:
      throw invalid(provider, 'resource', `expected one of ${EXPORT_RESOURCES.join(', ')}, got ${JSON.stringify(resource)}`);
  }
}

/** The normalized item of each resource: the row type of an export without `fields` or `raw`. */
export interface ExportModels {
  /** An `events` export yields `Event`s. */
  events: Event;
  /** An `orders` export yields `Order`s. */
  orders: Order;
  /** An `attendees` export yields `Attendee`s. */
  attendees: Attendee;
  /** A `ticket-types` export yields `TicketType`s. */
  'ticket-types': TicketType;
}

/** A row of a `fields` projection or a vendor payload (`raw`). */
export type ExportRow = Record<string, unknown>;

/**
 * Exports one resource of a vendor: an async iterable of rows (or `pages()` of rows) plus the checkpoint to resume
 * from. Options are checked at once (a `ValidationError` or `UnsupportedCapabilityError`, nothing sent); a page that
 * fails after the client's retries throws its `TicketingError`, and `checkpoint` still says where to resume.
 *
 * ```ts
 * const run = exportItems(client, { resource: 'orders', eventId, fields: ['id', 'buyer.email', 'total'] });
 * for await (const page of run.pages()) {
 *   await sink.write(ndjson.rows(page.rows, written));
 *   await job.save(page.after); // exportItems(client, { ...options, cursor: after.cursor, skip: after.skip }) resumes
 * }
 * ```
 */
export function exportItems<R extends ExportResource>(
  client: TicketingClient,
  options: ExportOptions & { resource: R; fields?: undefined; raw?: false },
): ExportRun<ExportModels[R]>;
export function exportItems(client: TicketingClient, options: ExportOptions): ExportRun<ExportRow>;
export function exportItems<Row>(client: TicketingClient, options: ExportOptions): ExportRun<Row> {
  const { provider, raw, fields, limit, skip, startCursor } = checkedOptions(client, options);
  const list = listingOf(client, options);
  const request: RequestOptions = {
    ...(raw ? { raw: true } : {}),
    ...(options.prefetch === false ? {} : { prefetch: 1 as const }),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const toRow = (item: unknown): unknown => {
    const source = raw ? ((item as { raw?: unknown }).raw ?? null) : item;
    return fields === null ? source : pickPaths(source, fields);
  };

  const checkpoint: ExportCheckpoint = { cursor: startCursor, skip, rows: 0, pages: 0, done: false };
  let started = false;

  async function* pages(): AsyncGenerator<ExportPage<Row>, void, undefined> {
    if (started) throw new ValidationError({ provider, message: 'An export run can be iterated once; call exportItems again to start over.' });
    started = true;
    if (limit !== undefined && checkpoint.rows >= limit) {
      checkpoint.done = true;
      return;
    }
    let pageStart = startCursor;
    let toSkip = skip;
    for await (const page of list(startCursor, request).pages() as AsyncIterable<Page<unknown>>) {
      // A page fetched ahead is not handed out once the export is aborted: it resumes from here instead.
      if (options.signal?.aborted) {
        throw Object.assign(new AbortError({ provider, message: 'The export was aborted.', cause: options.signal.reason }), { resumeCursor: pageStart, itemsYielded: checkpoint.rows });
      }
      const items = page.data;
      const from = Math.min(toSkip, items.length);
      let to = items.length;
      const room = limit === undefined ? Number.POSITIVE_INFINITY : limit - checkpoint.rows;
      if (to - from > room) to = from + room;
      const rows = new Array<Row>(to - from);
      for (let i = from; i < to; i++) rows[i - from] = toRow(items[i]) as Row;
      const rowsSoFar = checkpoint.rows + rows.length;
      const limitReached = limit !== undefined && rowsSoFar >= limit;
      const atEnd = page.nextCursor === null;
      // Within a page, and at the very end, the position is this page's cursor and the rows taken of it: a null
      // cursor only ever means the first page, so a finished export resumed yields nothing instead of starting over.
      const after: ExportCheckpoint =
        to < items.length || atEnd
          ? { cursor: pageStart, skip: to, rows: rowsSoFar, pages: checkpoint.pages + 1, done: limitReached || (atEnd && to === items.length) }
          : { cursor: page.nextCursor, skip: 0, rows: rowsSoFar, pages: checkpoint.pages + 1, done: limitReached };
      yield { rows, after, total: page.total };
      Object.assign(checkpoint, after);
      if (after.done) return;
      pageStart = page.nextCursor;
      toSkip = 0;
    }
    checkpoint.done = true;
  }

  return {
    provider,
    resource: options.resource,
    get checkpoint() {
      return { ...checkpoint };
    },
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) {
        const base = { ...checkpoint };
        const last = page.rows.length - 1;
        for (let i = 0; i <= last; i++) {
          // The row is taken once handed out: a loop that breaks after it resumes after it.
          if (i === last) Object.assign(checkpoint, page.after);
          else Object.assign(checkpoint, { rows: base.rows + i + 1, skip: base.skip + i + 1, pages: page.after.pages });
          yield page.rows[i]!;
        }
      }
    },
  };
}

/** The options of `exportItems`, checked before anything is sent: a bad one is a `ValidationError` naming it. */
function checkedOptions(client: TicketingClient, options: ExportOptions) {
  if (client === null || typeof client !== 'object' || typeof client.provider !== 'string') {
    throw new ValidationError({ message: 'exportItems needs a ticketkit client (createClient(...)).' });
  }
  const provider = client.provider;
  if (options === null || typeof options !== 'object') throw invalid(provider, 'options', 'expected { resource, ... }');
  for (const key of Object.keys(options)) {
    if (!EXPORT_OPTION_KEYS.has(key)) {
      const guess = closestKey(key, EXPORT_OPTION_KEYS);
      throw invalid(provider, key, `unknown option${guess !== null ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`);
    }
  }
  if (!(EXPORT_RESOURCES as readonly string[]).includes(options.resource)) {
    throw invalid(provider, 'resource', `expected one of ${EXPORT_RESOURCES.join(', ')}, got ${JSON.stringify(options.resource)}`);
  }
  const raw = options.raw === true;
  const fields = options.fields === undefined ? null : checkFields(provider, options.resource, options.fields, raw);
  const limit = positiveInteger(provider, 'limit', options.limit, 1);
  const skip = positiveInteger(provider, 'skip', options.skip, 0) ?? 0;
  if (options.cursor !== undefined && options.cursor !== null && typeof options.cursor !== 'string') throw invalid(provider, 'cursor', 'expected a cursor string or null');
  return { provider, raw, fields, limit, skip, startCursor: options.cursor ?? null };
}

const EXPORT_OPTION_KEYS: ReadonlySet<string> = new Set(['resource', 'eventId', 'since', 'limit', 'fields', 'raw', 'cursor', 'skip', 'pageSize', 'prefetch', 'signal']);
