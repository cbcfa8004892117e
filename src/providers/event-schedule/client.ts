/** The Event Schedule client: config, wire (auth, errors, paging), and the normalized resources. */
import { z } from 'zod';
import { APIPromise, type WithResponse } from '../../core/api-promise.js';
import {
  asInputError,
  BaseClient,
  checkOverrides,
  guardMethods,
  guardResource,
  rejected,
  rejectedList,
  type AttendeesResource,
  type Capabilities,
  type Deleted,
  type EventDatesResource,
  type EventsResource,
  type OrdersResource,
  type TicketingClient,
  type TicketTypesResource,
  type Unsupported,
} from '../../client.js';
import {
  ConfigError,
  ConnectionError,
  InvalidResponseError,
  isTicketingError,
  NotFoundError,
  PermissionDeniedError,
  ServerError,
  TimeoutError,
  unsupported,
} from '../../core/errors.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../core/compose.js';
import { invalidField, ownProviderOptions, parseInput } from '../../core/input.js';
import { assertListParams } from '../../core/strict.js';
import {
  EventCreateInputSchema,
  EventUpdateInputSchema,
  OrderCreateInputSchema,
  TicketTypeCreateInputSchema,
  TicketTypeUpdateInputSchema,
  type Attendee,
  type AttendeeListParams,
  type Event,
  type EventCreateInput,
  type EventDate,
  type EventListParams,
  type EventScopedListParams,
  type EventUpdateInput,
  type Order,
  type OrderCreateInput,
  type OrderListParams,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
} from '../../core/model.js';
import { fromMinorUnits, normalizeCurrency, type Money } from '../../core/money.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { paginate, type RawPage } from '../../core/pagination.js';
import type { ClientOptions, ProviderWire, RequestOptions } from '../../core/pipeline.js';
import { toUtcInstant } from '../../core/time.js';
import { ES_PATHS, EVENT_SCHEDULE_BASE_URL, EventScheduleNative } from './endpoints.js';
import { mapEventScheduleError } from './errors.js';
import { ES_SUBDOMAIN, attendeeParts, eventDateParts, optionalRecordId, recordId, subdomainOf, ticketTypeParts } from './ids.js';
import {
  ORDER_STATUS_FILTER,
  eventCurrency,
  eventScheduleIds,
  isValidTimeZone,
  localDateOf,
  normalizeEvent,
  normalizeOrder,
  normalizeTicketType,
  occurrenceEventDate,
  saleAttendees,
  singleEventDate,
  startOf,
  timezoneSubdomain,
  toEsDateTime,
} from './normalize.js';
import { ES_DEFAULT_PER_PAGE, ES_MAX_PER_PAGE, PageDeduper } from './pagination.js';
import {
  EsEventSchema,
  EsSaleSchema,
  type EsEvent,
  type EsEventBody,
  type EsSale,
  type EsSaleAction,
  type EsSaleCreateBody,
  type EsTicket,
  type EsTicketInput,
} from './schemas.js';

export interface EventScheduleConfig extends ClientOptions {
  /** The `X-API-Key` of a user who is owner or admin of the schedules you work with. */
  apiKey: string;
  /**
   * The API root: `https://eventschedule.com/api` (default), or `<APP_URL>/api` for a self-hosted install.
   * A bare origin (`https://events.example.org`) gets `/api` appended; a trailing slash is removed.
   */
  baseUrl?: string;
  /** The schedule (its `subdomain`) that `events.create` uses unless a call names another. */
  schedule?: string;
}

const PROVIDER = 'event-schedule' as const;

export const eventScheduleCapabilities: Capabilities = Object.freeze({
  provider: PROVIDER,
  events: { list: true, get: true, create: true, update: true, publish: true, cancel: false, delete: true },
  eventDates: { list: 'derived', get: true },
  ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
  orders: {
    list: 'all',
    get: true,
    create: true,
    markPaid: true,
    refund: true,
    cancel: true,
    recordPayment: false,
    updatedSince: false,
    filters: ['eventId', 'eventDateId', 'status', 'buyerEmail'],
  },
  attendees: {
    list: 'all',
    get: true,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: false,
    filters: ['eventId'],
  },
  pagination: 'page',
  pageSize: { default: ES_DEFAULT_PER_PAGE, max: ES_MAX_PER_PAGE },
  idempotencyKeys: 'none',
  testMode: false,
}) as Capabilities;

/** Normalizes a configured base URL: no trailing slash; a bare origin gets the `/api` prefix. */
export function normalizeBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new ConfigError({ provider: PROVIDER, message: `Event Schedule \`baseUrl\` must be an absolute URL, got ${JSON.stringify(baseUrl)}.` });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError({ provider: PROVIDER, message: `Event Schedule \`baseUrl\` must be an http(s) URL, got ${JSON.stringify(baseUrl)}.` });
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.origin}${path === '' ? '/api' : path}`;
}

function validateConfig(config: EventScheduleConfig): EventScheduleConfig {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Schedule needs a config object with `apiKey`.' });
  }
  const key = (config as Partial<EventScheduleConfig>).apiKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Schedule needs `apiKey` (Settings → API in the web UI, or `native.register`).' });
  }
  if (/\s/.test(key)) {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Schedule `apiKey` must not contain whitespace.' });
  }
  const schedule = (config as Partial<EventScheduleConfig>).schedule;
  if (schedule !== undefined && (typeof schedule !== 'string' || !ES_SUBDOMAIN.test(schedule))) {
    throw new ConfigError({
      provider: PROVIDER,
      message: `Event Schedule \`schedule\` must be a schedule subdomain (letters, digits and inner hyphens), got ${JSON.stringify(schedule)}.`,
    });
  }
  return config.baseUrl === undefined ? { ...config } : { ...config, baseUrl: normalizeBaseUrl(config.baseUrl) };
}

/** A `tickets[]` item of an event write (TicketInput; never an `id`: the server would skip the item). */
const TicketInputSchema = z.strictObject({
  type: z.string().min(1).max(255),
  quantity: z.number().int().nonnegative().optional(),
  price: z.number().nonnegative().optional(),
  description: z.string().max(1000).optional(),
  sales_start_at: z.string().optional(),
  sales_end_at: z.string().optional(),
  volume_discount: z
    .strictObject({ min_quantity: z.number().int().min(2), type: z.enum(['percentage', 'fixed']), value: z.number().positive() })
    .optional(),
  is_pass: z.boolean().optional(),
  pass_usage_type: z.enum(['per_occurrence', 'total']).optional(),
  pass_max_uses: z.number().int().positive().nullable().optional(),
  pass_valid_days: z.number().int().positive().nullable().optional(),
  pass_scope: z.enum(['this_event', 'sub_schedule', 'specific_events']).optional(),
  pass_allow_booking: z.boolean().optional(),
  pass_admits_per_event: z.number().int().min(1).optional(),
});

/**
 * Vendor-only fields of `events.create` / `events.update` (`providerOptions['event-schedule']`), exactly the
 * documented create/update fields (docs/vendors/event-schedule.md, "Events"): a typo is named, never dropped.
 */
const EventProviderOptionsSchema = z.strictObject({
  /** The schedule to create on (overrides the config's `schedule`). Create only. */
  subdomain: z.string().min(1).optional(),
  short_description: z.string().max(500).nullable().optional(),
  event_url: z.string().max(255).nullable().optional(),
  registration_url: z.string().max(2048).nullable().optional(),
  event_password: z.string().max(255).nullable().optional(),
  is_draft: z.boolean().optional(),
  is_private: z.boolean().optional(),
  is_internal: z.boolean().optional(),
  rsvp_enabled: z.boolean().optional(),
  rsvp_limit: z.number().int().positive().nullable().optional(),
  category_id: z.number().int().nullable().optional(),
  category: z.string().max(255).nullable().optional(),
  schedule: z.string().max(255).nullable().optional(),
  schedule_type: z.enum(['single', 'recurring']).optional(),
  recurring_frequency: z.enum(['daily', 'weekly', 'every_n_weeks', 'monthly_date', 'monthly_weekday', 'yearly']).optional(),
  days_of_week: z.string().regex(/^[01]{7}$/, 'seven 0/1 digits, Sunday first').optional(),
  recurring_interval: z.number().int().min(2).optional(),
  recurring_end_type: z.enum(['never', 'on_date', 'after_events']).optional(),
  recurring_end_value: z.string().nullable().optional(),
  tickets_enabled: z.boolean().optional(),
  payment_method: z.enum(['cash', 'stripe', 'invoiceninja', 'payment_url', 'payfast', 'manual']).optional(),
  payment_instructions: z.string().max(5000).nullable().optional(),
  tickets: z.array(TicketInputSchema).optional(),
  addons: z
    .array(
      z.strictObject({
        type: z.string().min(1).max(255),
        quantity: z.number().int().nonnegative().optional(),
        price: z.number().nonnegative().optional(),
        description: z.string().max(1000).optional(),
        url: z.string().max(2000).optional(),
      }),
    )
    .optional(),
  event_parts: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(255),
        description: z.string().max(1000).optional(),
        start_time: z.string().max(10).optional(),
        end_time: z.string().max(10).optional(),
      }),
    )
    .optional(),
  venue_id: z.string().nullable().optional(),
  venue_name: z.string().max(255).optional(),
  venue_address1: z.string().max(255).optional(),
  members: z.array(z.strictObject({ name: z.string().optional(), email: z.string().optional() })).optional(),
});

/** Vendor-only ticket fields (`providerOptions['event-schedule']` on ticket type writes). */
const TicketProviderOptionsSchema = z.strictObject({
  sales_start_at: z.string().nullable().optional(),
  sales_end_at: z.string().nullable().optional(),
  volume_discount: z
    .strictObject({ min_quantity: z.number().int().min(2), type: z.enum(['percentage', 'fixed']), value: z.number().positive() })
    .nullable()
    .optional(),
});

/** Vendor-only sale fields (`providerOptions['event-schedule']` on `orders.create`). */
const SaleProviderOptionsSchema = z.strictObject({
  /** The occurrence date `Y-m-d` (instead of `eventDateId`). */
  event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a Y-m-d date').optional(),
  /** Encoded add-on id → quantity. */
  addons: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

/**
 * This vendor's `providerOptions` entry of a write input, read from the input as given (the model's parse has
 * checked its shape, but a parsed copy no longer shows a `__proto__` key), checked by `schema`.
 */
function vendorOptions<S extends z.ZodType>(input: unknown, schema: S): z.output<S> {
  const providerOptions = (input as { providerOptions?: Partial<Record<typeof PROVIDER, unknown>> } | null)?.providerOptions;
  return ownProviderOptions(PROVIDER, providerOptions, schema);
}

/** Runs `work` (which may throw synchronously for bad input) as an `APIPromise`. */
function run<T>(work: () => Promise<WithResponse<T>>): APIPromise<T> {
  return APIPromise.from(Promise.resolve().then(work));
}

/**
 * Runs a normalized write. Whatever fails before its request is sent (bad input, a read the write needs) says
 * `outcomeUnknown: false`; failures after it keep what `writeThenRead` / `mapResult` / the pipeline decided.
 */
function runWrite<T>(method: string, work: () => Promise<WithResponse<T>>): APIPromise<T> {
  return APIPromise.from(
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => {
        const typed = asInputError(PROVIDER, method, error);
        throw isTicketingError(typed) && typed.outcomeUnknown === null ? typed.copyWith({ outcomeUnknown: false }) : typed;
      }),
  );
}

/** Call options for a secondary lookup: no `raw` or idempotency key. */
function lookupOptions(options: RequestOptions | undefined): RequestOptions | undefined {
  if (!options) return undefined;
  const { raw: _raw, idempotencyKey: _key, ...rest } = options;
  return rest;
}

function decimalNumber(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A stored ticket as a `tickets[]` input item for a PUT (never with its `id`, "Events"). */
function ticketInputOf(t: EsTicket): EsTicketInput {
  const input: EsTicketInput = { type: t.type ?? '' };
  if (typeof t.quantity === 'number') input.quantity = t.quantity;
  const price = decimalNumber(t.price);
  if (price !== undefined) input.price = price;
  if (t.description) input.description = t.description;
  const salesStart = t.sales_start_at ? toEsDateTime(t.sales_start_at) ?? t.sales_start_at : null;
  const salesEnd = t.sales_end_at ? toEsDateTime(t.sales_end_at) ?? t.sales_end_at : null;
  if (salesStart) input.sales_start_at = salesStart;
  if (salesEnd) input.sales_end_at = salesEnd;
  if (t.volume_discount) input.volume_discount = t.volume_discount;
  if (t.is_pass) {
    input.is_pass = true;
    for (const key of ['pass_usage_type', 'pass_max_uses', 'pass_valid_days', 'pass_scope', 'pass_allow_booking', 'pass_admits_per_event'] as const) {
      const value = t[key];
      if (value !== null && value !== undefined) input[key] = value;
    }
  }
  return input;
}

function majorUnits(price: Money, field: string): number {
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    throw invalidField(PROVIDER, `${field}.amount`, `expected a non-negative integer in minor units, got ${price.amount}`);
  }
  const text = fromMinorUnits(price.amount, price.currency);
  if (text === null) throw invalidField(PROVIDER, `${field}.currency`, `unknown ISO-4217 code ${JSON.stringify(price.currency)}`);
  return Number(text);
}

function utcWallClock(field: string, value: string): string {
  const text = toEsDateTime(value);
  if (text === null) throw invalidField(PROVIDER, field, `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(value)}`);
  return text;
}

/** Hours between two instants, for `duration` (0-8760, decimals allowed). */
function durationHours(start: string, end: string): number {
  const ms = Date.parse(toUtcInstant(end) ?? '') - Date.parse(toUtcInstant(start) ?? '');
  if (!Number.isFinite(ms)) throw invalidField(PROVIDER, 'end', `expected an ISO-8601 instant with Z or an offset, got ${JSON.stringify(end)}`);
  if (ms <= 0) throw invalidField(PROVIDER, 'end', 'must be after start');
  const hours = ms / 3_600_000;
  if (hours > 8760) throw invalidField(PROVIDER, 'end', 'Event Schedule events last at most 8760 hours (duration)');
  return hours;
}

function ticketSalesTimes(options: z.output<typeof TicketProviderOptionsSchema>): Partial<EsTicketInput> {
  const out = { ...options } as Partial<EsTicketInput>;
  for (const key of ['sales_start_at', 'sales_end_at'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    out[key] = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value : utcWallClock(key, value);
  }
  if (options.volume_discount === null) delete out.volume_discount;
  return out;
}

type Tolerated = NotFoundError | PermissionDeniedError | ServerError | ConnectionError | TimeoutError | InvalidResponseError;
/**
 * Failures of a secondary lookup (a schedule's time zone, a sale's event) that leave a field `null` instead of
 * failing a call whose main record was read: the record is not visible to this key (404/403), or the lookup
 * itself failed after its retries. Authentication, rate limits and aborts still fail the call.
 */
function isTolerated(error: unknown): error is Tolerated {
  return (
    error instanceof NotFoundError ||
    error instanceof PermissionDeniedError ||
    error instanceof ServerError ||
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    error instanceof InvalidResponseError
  );
}

export interface EventScheduleOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Event Schedule: a manual payment is recorded with `orders.markPaid`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
  /** Deletes a sale (an unpaid or paid sale is cancelled first, releasing its seats). */
  delete(id: string, options?: RequestOptions): APIPromise<Deleted>;
}

export class EventScheduleClientImpl extends BaseClient<EventScheduleConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = eventScheduleCapabilities;
  readonly livemode = null;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventScheduleNative;
  readonly events: EventScheduleEventsResource;
  readonly eventDates: EventDatesResource;
  readonly ticketTypes: TicketTypesResource;
  readonly orders: EventScheduleOrdersResource;
  readonly attendees: EventScheduleAttendeesResource;
  /** The native layer as the normalized resources use it (unguarded: its own errors are not re-labelled). */
  private readonly api: EventScheduleNative;

  constructor(config: EventScheduleConfig) {
    const checked = validateConfig(config);
    const wire: ProviderWire = {
      configKeys: ['apiKey', 'schedule'],
      provider: PROVIDER,
      baseUrl: EVENT_SCHEDULE_BASE_URL,
      secrets: [checked.apiKey],
      headers: (ctx): Record<string, string> => (ctx.auth ? { 'x-api-key': checked.apiKey } : {}),
      mapError: mapEventScheduleError,
      idempotencyHeader: null,
      booleanStyle: 'digit',
    };
    super(checked, wire);
    this.api = new EventScheduleNative(this.pipeline);
    // `listGroups` and `listCategories` are single reads (`APIPromise`), not paged lists.
    this.native = guardMethods(PROVIDER, 'native', this.api, (m) => /^list/.test(m) && m !== 'listGroups' && m !== 'listCategories');
    // Guarded like every adapter: a throw from argument handling or normalizing becomes a rejected TicketingError.
    this.events = guardResource(PROVIDER, 'events', this.eventsResource());
    this.eventDates = guardResource(PROVIDER, 'eventDates', this.eventDatesResource());
    this.ticketTypes = guardResource(PROVIDER, 'ticketTypes', this.ticketTypesResource());
    this.orders = guardResource(PROVIDER, 'orders', this.ordersResource());
    this.attendees = guardResource(PROVIDER, 'attendees', this.attendeesResource());
  }

  /** The schedule `events.create` uses by default (`config.schedule`), or `null`. */
  get schedule(): string | null {
    return this.config.schedule ?? null;
  }

  withOptions(options: ClientOptions): EventScheduleClientImpl {
    return new EventScheduleClientImpl({ ...this.config, ...checkOverrides(PROVIDER, options) });
  }

  private ctx(options: RequestOptions | undefined): NormalizeContext {
    return { raw: options?.raw === true, warn: (message, data) => this.pipeline.log.warn(message, data) };
  }

  /** Per-call cache of schedule time zones ("Events": the creator schedule's zone localises an event). */
  private timezones(options: RequestOptions | undefined): (e: EsEvent) => Promise<string | null> {
    const cache = new Map<string, Promise<string | null>>();
    return (e) => {
      const subdomain = timezoneSubdomain(e, this.config.schedule);
      if (subdomain === null) return Promise.resolve(null);
      let pending = cache.get(subdomain);
      if (!pending) {
        pending = this.api.getSchedule(subdomain, lookupOptions(options)).then(
          (s) => (typeof s.timezone === 'string' && isValidTimeZone(s.timezone) ? s.timezone : null),
          (error: unknown) => {
            // Not owner/admin of that schedule (404), or not Pro (403): the zone is simply not known.
            if (!isTolerated(error)) throw error;
            if (!(error instanceof NotFoundError || error instanceof PermissionDeniedError)) {
              this.pipeline.log.warn(`schedule ${subdomain} could not be read (${error.message}); timezone left null`);
            }
            return null;
          },
        );
        cache.set(subdomain, pending);
      }
      return pending;
    };
  }

  /** Per-call cache of events (a sale's currency and occurrence kind live on its event). */
  private eventLookup(options: RequestOptions | undefined): (eventId: string) => Promise<EsEvent | null> {
    const cache = new Map<string, Promise<EsEvent | null>>();
    return (eventId) => {
      let pending = cache.get(eventId);
      if (!pending) {
        pending = this.api.getEvent(eventId, lookupOptions(options)).then(
          (e) => e,
          (error: unknown) => {
            if (isTolerated(error)) {
              this.pipeline.log.warn(`event ${eventId} of a sale could not be read (${(error as Tolerated).message}); money left null`);
              return null;
            }
            throw error;
          },
        );
        cache.set(eventId, pending);
      }
      return pending;
    };
  }

  private async eventOut(e: EsEvent, options: RequestOptions | undefined, tz = this.timezones(options)): Promise<Event> {
    return normalizeEvent(e, await tz(e), this.ctx(options));
  }

  private async ordersOut(sales: EsSale[], options: RequestOptions | undefined, lookup = this.eventLookup(options)): Promise<Order[]> {
    const out: Order[] = [];
    for (const sale of sales) out.push(normalizeOrder(sale, await lookup(sale.event_id), this.ctx(options)));
    return out;
  }

  // ---------------------------------------------------------------- events

  private eventsResource(): EventScheduleEventsResource {
    const native = this.api;
    /** The event a write returned, normalized; the schedule time-zone read it needs happens after the write. */
    const writtenEvent = (what: string, write: APIPromise<EsEvent>, options: RequestOptions | undefined, after?: (event: Event) => void) =>
      writeThenRead({
        provider: PROVIDER,
        what,
        write,
        writtenId: (e) => eventScheduleIds.event(e.id),
        then: async (e, result) => {
          const event = await this.eventOut(e, options);
          after?.(event);
          return { ...result, data: event };
        },
      }).withResponse();
    return {
      list: (params: EventListParams = {}, options) => {
        assertListParams(PROVIDER, 'events.list', params, []);
        const deduper = new PageDeduper();
        let tz: ((e: EsEvent) => Promise<string | null>) | null = null;
        return paginate<Event>({
          provider: PROVIDER,
          resource: 'events',
          filters: {},
          limit: params?.limit,
          cursor: params?.cursor,
          options,
          fetchPage: async (state, limit, opts): Promise<RawPage<Event>> => {
            const page = await native.fetchPage(ES_PATHS.events, EsEventSchema, {}, state, limit, opts, deduper);
            tz ??= this.timezones(opts);
            const items: Event[] = [];
            for (const e of page.items) items.push(await this.eventOut(e, opts, tz));
            return { ...page, items };
          },
        });
      },
      get: (id, options) =>
        run(async () => {
          const result = await native.getEvent(recordId(id), options).withResponse();
          return { ...result, data: await this.eventOut(result.data, options) };
        }),
      create: (input: EventCreateInput, options) =>
        runWrite('events.create', async () => {
          const parsed = parseInput(PROVIDER, 'event', EventCreateInputSchema, input);
          const { subdomain: perCall, ...vendor } = vendorOptions(input, EventProviderOptionsSchema);
          if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Event Schedule builds event URLs itself; a slug cannot be set');
          if (!isValidTimeZone(parsed.timezone)) throw invalidField(PROVIDER, 'timezone', `not an IANA time zone: ${JSON.stringify(parsed.timezone)}`);
          const currency = normalizeCurrency(parsed.currency);
          if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(parsed.currency)}`);
          const subdomain = perCall === undefined ? this.config.schedule : subdomainOf(perCall, `providerOptions.${PROVIDER}.subdomain`);
          if (!subdomain) {
            throw invalidField(
              PROVIDER,
              'schedule',
              `events.create needs a schedule: set \`schedule\` (a subdomain) in the client config or providerOptions['${PROVIDER}'].subdomain`,
            );
          }
          const body: EsEventBody & { name: string; starts_at: string } = {
            ...(vendor as EsEventBody),
            name: parsed.name,
            starts_at: utcWallClock('start', parsed.start),
            ticket_currency_code: currency,
          };
          if (parsed.end !== undefined && parsed.end !== null) body.duration = durationHours(parsed.start, parsed.end);
          if (parsed.description !== undefined && parsed.description !== null) body.description = parsed.description;
          return writtenEvent('events.create', native.createEvent(subdomain, body, options), options, (event) => this.warnTimezone(event, parsed.timezone));
        }),
      update: (id, patch: EventUpdateInput, options) =>
        runWrite('events.update', async () => {
          recordId(id);
          const parsed = parseInput(PROVIDER, 'event patch', EventUpdateInputSchema, patch);
          const { subdomain, ...vendor } = vendorOptions(patch, EventProviderOptionsSchema);
          if (subdomain !== undefined) throw invalidField(PROVIDER, `providerOptions.${PROVIDER}.subdomain`, 'an event cannot move to another schedule');
          if (parsed.slug !== undefined) throw invalidField(PROVIDER, 'slug', 'Event Schedule builds event URLs itself; a slug cannot be set');
          if (parsed.timezone !== undefined && !isValidTimeZone(parsed.timezone)) {
            throw invalidField(PROVIDER, 'timezone', `not an IANA time zone: ${JSON.stringify(parsed.timezone)}`);
          }
          const body: EsEventBody = { ...(vendor as EsEventBody) };
          if (parsed.name !== undefined) body.name = parsed.name;
          if (parsed.description !== undefined) body.description = parsed.description;
          if (parsed.currency !== undefined) {
            const currency = normalizeCurrency(parsed.currency);
            if (currency === null) throw invalidField(PROVIDER, 'currency', `unknown ISO-4217 code ${JSON.stringify(parsed.currency)}`);
            body.ticket_currency_code = currency;
          }
          if (parsed.start !== undefined) body.starts_at = utcWallClock('start', parsed.start);
          if (parsed.end === null) body.duration = 0;
          else if (parsed.end !== undefined) {
            let start = parsed.start;
            if (start === undefined) {
              // `duration` is relative to the start: read the stored one (its failure means nothing was written).
              const current = startOf(await readBeforeWrite(native.getEvent(id, lookupOptions(options))));
              if (current === null) throw invalidField(PROVIDER, 'end', 'the event has no start; pass start with end');
              start = current;
            }
            body.duration = durationHours(start, parsed.end);
          }
          const after = parsed.timezone === undefined ? undefined : (event: Event) => this.warnTimezone(event, parsed.timezone!);
          return writtenEvent('events.update', native.updateEvent(id, body, options), options, after);
        }),
      publish: (id, options) =>
        runWrite('events.publish', async () => writtenEvent('events.publish', native.updateEvent(recordId(id), { is_draft: false }, options), options)),
      cancel: () =>
        rejected(
          unsupported(PROVIDER, 'events.cancel', 'Event Schedule has no cancelled state; unpublish with events.update (providerOptions is_draft: true) or delete the event (its sales are deleted too)'),
        ),
      delete: (id, options) =>
        runWrite('events.delete', async () => {
          const result = await native.deleteEvent(recordId(id), options).withResponse();
          return { ...result, data: { id, deleted: true } as Deleted };
        }),
    };
  }

  private warnTimezone(event: Event, requested: string): void {
    if (event.timezone !== null && event.timezone !== requested) {
      this.pipeline.log.warn(
        `Event Schedule events use their schedule's time zone (${event.timezone}), not ${requested}; the start instant is exact either way.`,
      );
    }
  }

  // ---------------------------------------------------------------- event dates

  private eventDatesResource(): EventDatesResource {
    const native = this.api;
    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = scopedEventId('eventDates.list', params);
        return paginate<EventDate>({
          provider: PROVIDER,
          resource: 'eventDates',
          filters: { eventId },
          cursor: params.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => {
            const { data: event, response, requestId, attempts } = await native.getEvent(eventId, opts).withResponse();
            const ctx = this.ctx(opts);
            if (event.schedule_type !== 'recurring') return { items: [singleEventDate(event, ctx)], next: null, response, requestId, attempts };
            const timezone = await this.timezones(opts)(event);
            const dates = new Set<string>();
            const first = startOf(event);
            if (first !== null && timezone !== null) dates.add(localDateOf(first, timezone));
            // Occurrences are not listed by the API: the ones with sales are found through the sales.
            for await (const sale of native.listSales({ event_id: event.id, per_page: ES_MAX_PER_PAGE }, lookupOptions(opts))) {
              if (typeof sale.event_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(sale.event_date)) dates.add(sale.event_date);
            }
            const items = [...dates].sort().map((date) => occurrenceEventDate(event, date, timezone, ctx));
            return { items, next: null, response, requestId, attempts };
          },
        });
      },
      get: (id, options) =>
        run(async () => {
          const { eventId, date } = eventDateParts(id);
          const result = await native.getEvent(eventId, options).withResponse();
          const event = result.data;
          const recurring = event.schedule_type === 'recurring';
          if (date === null && !recurring) return { ...result, data: singleEventDate(event, this.ctx(options)) };
          if (date === null || !recurring) {
            throw new NotFoundError({
              provider: PROVIDER,
              message: recurring
                ? `Event ${eventId} is recurring: use an occurrence id from eventDates.list (event id and date).`
                : `Event ${eventId} is a single event: its one date has the event's id.`,
            });
          }
          const timezone = await this.timezones(options)(event);
          return { ...result, data: occurrenceEventDate(event, date, timezone, this.ctx(options)) };
        }),
    };
  }

  // ---------------------------------------------------------------- ticket types

  private ticketTypesResource(): TicketTypesResource {
    const native = this.api;
    const ticketsOf = (event: EsEvent): EsTicket[] => (event.tickets_enabled === false ? [] : (event.tickets ?? []));

    /**
     * Re-sends the event's whole ticket list (the only way to write tickets), then finds `name` in the answer. The
     * write is the event's PUT: a failure after it (the answer lacks the ticket) says the write was applied, with
     * the event's id as `writtenId` (list its ticket types to see them).
     */
    const writeTickets = (
      what: string,
      event: EsEvent,
      tickets: EsTicketInput[],
      extra: EsEventBody,
      name: string,
      options: RequestOptions | undefined,
    ) => {
      const body: EsEventBody = { ...extra, tickets };
      if (event.tickets_enabled !== true && tickets.length > 0) body.tickets_enabled = true;
      return writeThenRead({
        provider: PROVIDER,
        what,
        write: native.updateEvent(event.id, body, options),
        writtenId: (written) => eventScheduleIds.event(written.id),
        then: async (written, result) => {
          const ticket = ticketsOf(written).find((t) => t.type === name);
          if (ticket === undefined) {
            throw new InvalidResponseError({
              provider: PROVIDER,
              message: `Event Schedule accepted the ticket list of event ${event.id} but its answer has no ticket named ${JSON.stringify(name)}.`,
              raw: written,
            });
          }
          return { ...result, data: normalizeTicketType(ticket, written, this.ctx(options)) };
        },
      }).withResponse();
    };

    const priceFields = (price: Money | null, event: EsEvent, extra: EsEventBody, field = 'price'): number => {
      if (price === null) return 0;
      const amount = majorUnits(price, field);
      const current = eventCurrency(event);
      const wanted = normalizeCurrency(price.currency);
      if (current === null) extra.ticket_currency_code = wanted ?? price.currency;
      else if (wanted !== current) throw invalidField(PROVIDER, `${field}.currency`, `event ${event.id} sells in ${current}, not ${price.currency}`);
      return amount;
    };

    return {
      list: (params: EventScopedListParams, options) => {
        const eventId = scopedEventId('ticketTypes.list', params);
        return paginate<TicketType>({
          provider: PROVIDER,
          resource: 'ticketTypes',
          filters: { eventId },
          cursor: params.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => {
            const { data: event, response, requestId, attempts } = await native.getEvent(eventId, opts).withResponse();
            const ctx = this.ctx(opts);
            return { items: ticketsOf(event).map((t) => normalizeTicketType(t, event, ctx)), next: null, response, requestId, attempts };
          },
        });
      },
      get: (id, options) =>
        run(async () => {
          const { eventId, ticketId } = ticketTypeParts(id);
          const result = await native.getEvent(eventId, options).withResponse();
          const ticket = ticketsOf(result.data).find((t) => t.id === ticketId);
          if (!ticket) throw ticketGone(id);
          return { ...result, data: normalizeTicketType(ticket, result.data, this.ctx(options)) };
        }),
      create: (input: TicketTypeCreateInput, options) =>
        runWrite('ticketTypes.create', async () => {
          const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
          const vendor = vendorOptions(input, TicketProviderOptionsSchema);
          const eventId = recordId(parsed.eventId, 'eventId');
          if (parsed.price) majorUnits(parsed.price, 'price');
          const event = await readBeforeWrite(native.getEvent(eventId, lookupOptions(options)));
          const current = ticketsOf(event);
          if (current.some((t) => t.type === parsed.name)) {
            throw invalidField(PROVIDER, 'name', `event ${event.id} already has a ticket type named ${JSON.stringify(parsed.name)} (names key sales)`);
          }
          const extra: EsEventBody = {};
          const added: EsTicketInput = {
            ...ticketSalesTimes(vendor),
            type: parsed.name,
            price: priceFields(parsed.price, event, extra),
            quantity: parsed.quantityTotal ?? 0,
          };
          if (parsed.description !== undefined && parsed.description !== null) added.description = parsed.description;
          return writeTickets('ticketTypes.create', event, [...current.map(ticketInputOf), added], extra, parsed.name, options);
        }),
      update: (id, patch: TicketTypeUpdateInput, options) =>
        runWrite('ticketTypes.update', async () => {
          const { eventId, ticketId } = ticketTypeParts(id);
          const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch);
          const vendor = vendorOptions(patch, TicketProviderOptionsSchema);
          if (parsed.price) majorUnits(parsed.price, 'price');
          const event = await readBeforeWrite(native.getEvent(eventId, lookupOptions(options)));
          const current = ticketsOf(event);
          const target = current.find((t) => t.id === ticketId);
          if (!target) throw ticketGone(id);
          const name = parsed.name ?? target.type ?? '';
          if (parsed.name !== undefined && current.some((t) => t.id !== ticketId && t.type === parsed.name)) {
            throw invalidField(PROVIDER, 'name', `event ${event.id} already has a ticket type named ${JSON.stringify(parsed.name)}`);
          }
          const extra: EsEventBody = {};
          const tickets = current.map((t) => {
            const item = ticketInputOf(t);
            if (t !== target) return item;
            const changed: EsTicketInput = { ...item, ...ticketSalesTimes(vendor), type: name };
            if (vendor.sales_start_at === null) delete changed.sales_start_at;
            if (vendor.sales_end_at === null) delete changed.sales_end_at;
            if (vendor.volume_discount === null) delete changed.volume_discount;
            if (parsed.price !== undefined) changed.price = priceFields(parsed.price, event, extra);
            if (parsed.quantityTotal !== undefined) changed.quantity = parsed.quantityTotal;
            if (parsed.description !== undefined) {
              if (parsed.description === null) delete changed.description;
              else changed.description = parsed.description;
            }
            return changed;
          });
          return writeTickets('ticketTypes.update', event, tickets, extra, name, options);
        }),
      delete: (id, options) =>
        runWrite('ticketTypes.delete', async () => {
          const { eventId, ticketId } = ticketTypeParts(id);
          const event = await readBeforeWrite(native.getEvent(eventId, lookupOptions(options)));
          const current = ticketsOf(event);
          if (!current.some((t) => t.id === ticketId)) throw ticketGone(id);
          const tickets = current.filter((t) => t.id !== ticketId).map(ticketInputOf);
          return mapResult(PROVIDER, 'write', native.updateEvent(event.id, { tickets }, options), () => ({ id, deleted: true }) as Deleted).withResponse();
        }),
    };
  }

  // ---------------------------------------------------------------- orders (sales)

  private ordersResource(): EventScheduleOrdersResource {
    const native = this.api;
    /** A sale action, then the read of the sale's event (currency, occurrence) that the normalized order needs. */
    const action = (method: string, id: string, act: EsSaleAction, options: RequestOptions | undefined) =>
      runWrite(method, async () =>
        writeThenRead({
          provider: PROVIDER,
          what: method,
          write: native.updateSale(recordId(id), { action: act }, options),
          writtenId: (sale) => eventScheduleIds.order(sale.id),
          then: async (sale, result) => {
            const [order] = await this.ordersOut([sale], options);
            return { ...result, data: order! };
          },
        }).withResponse(),
      );
    return {
      list: (input: OrderListParams = {}, options) => {
        // `list(null)` is `list()`; an unknown key, or a filter of the wrong type, is a ValidationError before any request.
        const params = input ?? {};
        if (params.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'orders', unsupported(PROVIDER, 'orders.list({ updatedSince })', 'Event Schedule has no updated-since filter; sales are listed newest first'));
        }
        assertListParams(PROVIDER, 'orders.list', params, eventScheduleCapabilities.orders.filters);
        let status: string | undefined;
        if (params.status !== undefined) {
          status = ORDER_STATUS_FILTER[params.status];
          if (status === undefined) {
            return rejectedList(PROVIDER, 'orders', invalidField(PROVIDER, 'status', `Event Schedule cannot filter sales by ${JSON.stringify(params.status)}`));
          }
        }
        if (params.buyerEmail !== undefined && (typeof params.buyerEmail !== 'string' || params.buyerEmail.trim() === '')) {
          return rejectedList(PROVIDER, 'orders', invalidField(PROVIDER, 'buyerEmail', 'expected an email address'));
        }
        let eventId = optionalRecordId(params.eventId, 'eventId');
        let eventDate: string | undefined;
        if (params.eventDateId !== undefined) {
          const { eventId: dateEvent, date } = eventDateParts(params.eventDateId, 'eventDateId');
          if (eventId !== undefined && eventId !== dateEvent) {
            return rejectedList(PROVIDER, 'orders', invalidField(PROVIDER, 'eventDateId', `belongs to event ${dateEvent}, not ${eventId}`));
          }
          eventId = dateEvent;
          eventDate = date ?? undefined;
        }
        const query = { event_id: eventId, status, email: params.buyerEmail, event_date: eventDate };
        const deduper = new PageDeduper();
        let lookup: ((eventId: string) => Promise<EsEvent | null>) | null = null;
        return paginate<Order>({
          provider: PROVIDER,
          resource: 'orders',
          filters: { eventId: eventId ?? null, eventDate: eventDate ?? null, status: status ?? null, email: params.buyerEmail ?? null },
          limit: params.limit,
          cursor: params.cursor,
          options,
          fetchPage: async (state, limit, opts): Promise<RawPage<Order>> => {
            const page = await native.fetchPage(ES_PATHS.sales, EsSaleSchema, query, state, limit, opts, deduper);
            lookup ??= this.eventLookup(opts);
            return { ...page, items: await this.ordersOut(page.items, opts, lookup) };
          },
        });
      },
      get: (id, options) =>
        run(async () => {
          const result = await native.getSale(recordId(id), options).withResponse();
          const [order] = await this.ordersOut([result.data], options);
          return { ...result, data: order! };
        }),
      create: (input: OrderCreateInput, options) =>
        runWrite('orders.create', async () => {
          const parsed = parseInput(PROVIDER, 'order', OrderCreateInputSchema, input);
          const vendor = vendorOptions(input, SaleProviderOptionsSchema);
          const eventId = recordId(parsed.eventId, 'eventId');
          if (parsed.buyer.phone !== undefined) throw invalidField(PROVIDER, 'buyer.phone', 'Event Schedule sales take no phone number');
          const tickets: Record<string, number> = {};
          parsed.lines.forEach((line, index) => {
            const parts = ticketTypeParts(line.ticketTypeId, `lines.${index}.ticketTypeId`);
            if (parts.eventId !== eventId) throw invalidField(PROVIDER, `lines.${index}.ticketTypeId`, `belongs to event ${parts.eventId}, not ${eventId}`);
            tickets[parts.ticketId] = (tickets[parts.ticketId] ?? 0) + line.quantity;
          });
          let eventDate = vendor.event_date;
          if (parsed.eventDateId !== undefined) {
            const parts = eventDateParts(parsed.eventDateId, 'eventDateId');
            if (parts.eventId !== eventId) throw invalidField(PROVIDER, 'eventDateId', `not a date of event ${eventId}: ${JSON.stringify(parsed.eventDateId)}`);
            if (parts.date !== null) {
              if (eventDate !== undefined && eventDate !== parts.date) throw invalidField(PROVIDER, 'eventDateId', `disagrees with providerOptions event_date ${eventDate}`);
              eventDate = parts.date;
            }
          }
          // The event gives the recurring check and the currency of the result. When it cannot be read (404, 403)
          // the sale is still sent: the server's own answer is authoritative (it refuses a recurring event
          // without `event_date` with a 422), and the result's money is left null with a warning. Any other failure
          // of this read means the sale was never sent.
          const event = await readBeforeWrite(
            native.getEvent(eventId, lookupOptions(options)).then(
              (e): EsEvent | null => e,
              (error: unknown) => {
                if (!isTolerated(error)) throw error;
                this.pipeline.log.warn(`event ${eventId} could not be read before the sale (${error.message}); money left null`);
                return null;
              },
            ),
          );
          if (event?.schedule_type === 'recurring' && eventDate === undefined) {
            throw invalidField(PROVIDER, 'eventDateId', 'the event is recurring: pass eventDateId (from eventDates.list) or providerOptions event_date (Y-m-d)');
          }
          const body: EsSaleCreateBody = {
            event_id: eventId,
            name: parsed.buyer.name,
            email: parsed.buyer.email,
            tickets,
            ...(vendor.addons !== undefined ? { addons: vendor.addons } : {}),
            ...(eventDate !== undefined ? { event_date: eventDate } : {}),
          };
          return writeThenRead({
            provider: PROVIDER,
            what: 'orders.create',
            write: native.createSale(body, options),
            writtenId: (sale) => eventScheduleIds.order(sale.id),
            then: async (sale, result) => ({ ...result, data: normalizeOrder(sale, event, this.ctx(options)) }),
          }).withResponse();
        }),
      markPaid: (id, options) => action('orders.markPaid', id, 'mark_paid', options),
      refund: (id, options) => action('orders.refund', id, 'refund', options),
      cancel: (id, options) => action('orders.cancel', id, 'cancel', options),
      recordPayment: () =>
        rejected<never>(unsupported(PROVIDER, 'orders.recordPayment', 'Event Schedule records a manual payment with orders.markPaid')),
      delete: (id, options) =>
        runWrite('orders.delete', async () => {
          const result = await native.deleteSale(recordId(id), options).withResponse();
          return { ...result, data: { id, deleted: true } as Deleted };
        }),
    };
  }

  // ---------------------------------------------------------------- attendees (ticket units of sales)

  private attendeesResource(): EventScheduleAttendeesResource {
    const native = this.api;
    return {
      list: (input: AttendeeListParams = {}, options) => {
        // `list(null)` is `list()`; a filter of the wrong type is a ValidationError before any request.
        const params = input ?? {};
        if (params.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })'));
        }
        if (params.checkedIn !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'the API does not expose check-in state'));
        }
        assertListParams(PROVIDER, 'attendees.list', params, eventScheduleCapabilities.attendees.filters);
        const query = { event_id: optionalRecordId(params.eventId, 'eventId') };
        const deduper = new PageDeduper();
        return paginate<Attendee>({
          provider: PROVIDER,
          resource: 'attendees',
          filters: { eventId: params.eventId ?? null },
          limit: params.limit,
          cursor: params.cursor,
          options,
          fetchPage: async (state, limit, opts): Promise<RawPage<Attendee>> => {
            const page = await native.fetchPage(ES_PATHS.sales, EsSaleSchema, query, state, limit, opts, deduper);
            const ctx = this.ctx(opts);
            return { ...page, items: page.items.flatMap((sale) => saleAttendees(sale, ctx)) };
          },
        });
      },
      get: (id, options) =>
        run(async () => {
          const { saleId, unit } = attendeeParts(id);
          const result = await native.getSale(saleId, options).withResponse();
          const attendee = saleAttendees(result.data, this.ctx(options))[unit - 1];
          if (!attendee) throw new NotFoundError({ provider: PROVIDER, message: `Sale ${saleId} has no ticket unit ${unit}.` });
          return { ...result, data: attendee };
        }),
      create: () => rejected<never>(unsupported(PROVIDER, 'attendees.create', 'attendees are the ticket units of sales: use orders.create')),
      delete: () => rejected(unsupported(PROVIDER, 'attendees.delete', 'cancel or delete the sale (orders.cancel, orders.delete)')),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'the API has no check-in; tickets are scanned in the web app')),
    };
  }
}

/**
 * The `eventId` of an event-scoped list (`eventDates.list`, `ticketTypes.list`): required, a valid record id, and the
 * only key besides `limit` and `cursor`.
 */
function scopedEventId(method: string, params: EventScopedListParams): string {
  if (params === undefined || params === null) throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  assertListParams(PROVIDER, method, params, ['eventId']);
  if (params.eventId === undefined) throw invalidField(PROVIDER, 'eventId', `${method} needs { eventId }`);
  return recordId(params.eventId, 'eventId');
}

function ticketGone(id: string): NotFoundError {
  return new NotFoundError({
    provider: PROVIDER,
    message: `Ticket type ${id} is not on its event. Ticket ids change on every ticket-list write: list the event's ticket types again.`,
  });
}

/** Event Schedule with the methods the API cannot do removed at compile time. */
/** Event Schedule's events: everything but `cancel`. */
export interface EventScheduleEventsResource extends EventsResource {
  /** @deprecated Not supported by Event Schedule: it has no cancelled state; unpublish with `events.update` (providerOptions `is_draft: true`) or delete the event. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<EventsResource['cancel']>;
}

/** Event Schedule's attendees (the ticket units of sales): listed and read. */
export interface EventScheduleAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Event Schedule: attendees are the ticket units of sales; use `orders.create`. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<AttendeesResource['create']>;
  /** @deprecated Not supported by Event Schedule: cancel or delete the sale (`orders.cancel`, `orders.delete`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<AttendeesResource['delete']>;
  /** @deprecated Not supported by Event Schedule: the API has no check-in. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The Event Schedule client: a `TicketingClient` whose unsupported methods are typed to reject, plus `orders.delete`. */
export interface EventScheduleClient extends TicketingClient {
  readonly provider: 'event-schedule';
  readonly livemode: null;
  /** The schedule `events.create` uses by default, or `null`. */
  readonly schedule: string | null;
  /** Event Schedule's own API, typed. */
  readonly native: EventScheduleNative;
  readonly events: EventScheduleEventsResource;
  readonly orders: EventScheduleOrdersResource;
  readonly attendees: EventScheduleAttendeesResource;
  withOptions(options: ClientOptions): EventScheduleClient;
}

export type { Event, EventDate, TicketType, Order, Attendee };
