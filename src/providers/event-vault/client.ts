/**
 * The Event Vault client: config, wire (four auth headers, per-attempt timestamp, plain-text errors, clock
 * skew), the normalized resources, and the vendor-only helpers (tickets, ensure variants, guest count).
 */
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
  type CustomRequest,
  type Deleted,
  type EventDatesResource,
  type EventsResource,
  type OrdersResource,
  type TicketingClient,
  type TicketTypesResource,
  type Unsupported,
  guardCall,
} from '../../client.js';
import {
  ConfigError,
  ConflictError,
  NotFoundError,
  ValidationError,
  isTicketingError,
  unsupported,
  type TicketingError,
} from '../../core/errors.js';
import { invalidField, parseInput } from '../../core/input.js';
import {
  AttendeeCreateInputSchema,
  type Attendee,
  type AttendeeCreateInput,
  type AttendeeListParams,
  type Event,
  type EventDate,
  type EventListParams,
  type ListParams,
  type Order,
  type TicketType,
} from '../../core/model.js';
import type { NormalizeContext } from '../../core/normalize.js';
import { paginate, type PagePromise } from '../../core/pagination.js';
import { HttpPipeline, type ClientOptions, type ProviderWire, type RequestOptions } from '../../core/pipeline.js';
import { splitId } from '../../internal/ids.js';
import { EV_PATHS, EVENT_VAULT_BASE_URL, EventVaultNative, type EventVaultRequestOptions } from './endpoints.js';
import { ClockSync, mapEventVaultError } from './errors.js';
import {
  eventVaultIds,
  groupByTier,
  normalizeGuest,
  normalizeGuestCount,
  normalizeTicket,
  stubEvent,
  ticketTypeFromTickets,
  type EventVaultGuestCount,
  type EventVaultTicket,
} from './normalize.js';
import { EV_DEFAULT_PAGE_SIZE, EV_MAX_PAGE_SIZE, clientSidePages } from './pagination.js';
import { EvAddGuestBodySchema, EvAddTicketBodySchema, EvRemoveGuestBodySchema, EvRemoveTicketBodySchema, type EvGuest } from './schemas.js';

export interface EventVaultConfig extends ClientOptions {
  /** The secret API key (`x-api-key`). Keep it on the server. */
  apiKey: string;
  /** Your client id as shown in the Event Vault console (`x-client-id`). */
  clientId: string;
  /** The default event (`x-event-id`); a call's `eventId` overrides it for that call. */
  eventId: string;
  /** Milliseconds since the epoch, read when each attempt is sent (`x-timestamp`); default `Date.now`. */
  clock?: () => number;
}

const PROVIDER = 'event-vault' as const;

export const eventVaultCapabilities: Capabilities = Object.freeze({
  provider: PROVIDER,
  // No event endpoint: list/get return the configured event as a stub (descriptive fields null).
  events: { list: true, get: true, create: false, update: false, publish: false, cancel: false, delete: false },
  eventDates: { list: false, get: false },
  // Derived from the tickets guests hold (types are configured in the console); no writes.
  ticketTypes: { list: true, get: true, create: false, update: false, delete: false },
  orders: {
    list: false,
    get: false,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: false,
    updatedSince: false,
    filters: [],
  },
  attendees: { list: 'scoped', get: true, create: true, delete: true, checkIn: false, updatedSince: false, filters: ['eventId'] },
  pagination: 'client',
  pageSize: { default: EV_DEFAULT_PAGE_SIZE, max: EV_MAX_PAGE_SIZE },
  idempotencyKeys: 'none',
  testMode: false,
}) as Capabilities;

/** A guest's ticket, named by the guest (`attendeeId`, or `email` + optional `eventId`) and the type. */
export interface EventVaultTicketRef {
  /** The guest's normalized id (from `attendees.list/get/create`). */
  attendeeId?: string;
  /** Or the guest's email (with `eventId`, default the configured event). */
  email?: string;
  eventId?: string;
  /** The ticket type, e.g. `ENTRY`, `VIP`. */
  ticketType: string;
}

export interface EventVaultGrantTicketInput extends EventVaultTicketRef {
  /** The session the ticket admits to; omit (or `null`) for general admission. */
  sessionId?: string | null;
}

export interface EventVaultTicketListParams extends ListParams {
  /** Default: the configured event (or the attendee's). */
  eventId?: string;
  /** One guest's tickets. */
  attendeeId?: string;
  /** One guest's tickets, by email. */
  email?: string;
  /** Tickets of one type. */
  ticketType?: string;
}

export interface EventVaultRemovedTicket {
  id: string;
  deleted: true;
  /** `false` when the guest held no ticket of that type (only from `ensureRevoked`). */
  existed: boolean;
}

export interface EventVaultEnsuredAttendee {
  attendee: Attendee;
  /**
   * `true` when this call added the guest; `false` when the email was already on the event (its stored card is
   * returned) — or when an earlier attempt of this same call added it before its answer was lost.
   */
  created: boolean;
}

export interface EventVaultTicketsResource {
  /** Tickets of the event, of one guest, or of one type: the whole array fetched once, sliced client-side. */
  list(params?: EventVaultTicketListParams, options?: RequestOptions): PagePromise<EventVaultTicket>;
  /** `addTicket`: gives the guest a ticket of that type, replacing the one they held (an upsert). */
  grant(input: EventVaultGrantTicketInput, options?: RequestOptions): APIPromise<EventVaultTicket>;
  /** `removeTicket`: `NotFoundError` (`ticket_not_found`) when the guest holds no ticket of that type. */
  revoke(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
  /** `removeTicket` that treats the vendor's `ticket_not_found` 404 as success (`existed: false`). */
  ensureRevoked(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
}

function validateConfig(config: EventVaultConfig): void {
  if (config === null || typeof config !== 'object') {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Vault needs a config: { apiKey, clientId, eventId }.' });
  }
  for (const [field, what] of [
    ['apiKey', 'the API key (x-api-key)'],
    ['clientId', 'the client id shown in the Event Vault console (x-client-id)'],
    ['eventId', 'the id of the event to work on (x-event-id)'],
  ] as const) {
    const value = (config as Partial<EventVaultConfig>)[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigError({ provider: PROVIDER, message: `Event Vault needs \`${field}\`: ${what}.` });
    }
  }
  if (config.clock !== undefined && typeof config.clock !== 'function') {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Vault `clock` must be a function returning milliseconds (like Date.now).' });
  }
}

export class EventVaultClientImpl extends BaseClient<EventVaultConfig> implements TicketingClient {
  readonly provider = PROVIDER;
  readonly capabilities = eventVaultCapabilities;
  readonly livemode = null;
  /** The configured event (the default `x-event-id`). */
  readonly eventId: string;
  /** The native layer (guarded: bad arguments reject with a `TicketingError`, nothing is thrown). */
  readonly native: EventVaultNative;
  readonly events: EventVaultEventsResource;
  readonly eventDates: EventVaultEventDatesResource;
  readonly ticketTypes: EventVaultTicketTypesResource;
  readonly orders: EventVaultOrdersResource;
  readonly attendees: EventVaultAttendeesResource;
  /** Vendor-only: guests' tickets (grant, revoke, list per guest, per type or all). */
  readonly tickets: EventVaultTicketsResource;
  private readonly clockSync: ClockSync;
  private readonly pipelines = new Map<string, HttpPipeline>();
  /** The native layer as the normalized resources use it (unguarded: its own errors are not re-labelled). */
  private readonly api: EventVaultNative;

  /** @param clockSync internal: shared by `withOptions()` copies so a learned clock offset carries over. */
  constructor(config: EventVaultConfig, clockSync?: ClockSync) {
    validateConfig(config);
    const clock = clockSync ?? new ClockSync(config.clock ?? (() => Date.now()));
    super(config, eventVaultWire(config, config.eventId, clock, () => this.onOffsetLearned()));
    this.clockSync = clock;
    this.eventId = config.eventId;
    this.api = new EventVaultNative((eventId) => this.pipelineFor(eventId));
    this.native = guardMethods(PROVIDER, 'native', this.api);
    // Guarded like every adapter: a bad argument never lets a plain Error escape.
    this.events = guardResource(PROVIDER, 'events', this.eventsResource());
    this.eventDates = guardResource(PROVIDER, 'eventDates', this.eventDatesResource());
    this.ticketTypes = guardResource(PROVIDER, 'ticketTypes', this.ticketTypesResource());
    this.orders = guardResource(PROVIDER, 'orders', this.ordersResource());
    this.attendees = guardResource(PROVIDER, 'attendees', this.attendeesResource());
    this.tickets = guardResource(PROVIDER, 'tickets', this.ticketsResource());
  }

  /** The offset (ms) added to `clock()` for `x-timestamp`, learned from a 408's `Date` header (0 until then). */
  get clockOffsetMs(): number {
    return this.clockSync.offsetMs;
  }

  /** A copy with other options (`eventId` too). The learned clock offset is kept unless `clock` changes. */
  withOptions(options: ClientOptions & { eventId?: string; clock?: () => number }): EventVaultClientImpl {
    const overrides = checkOverrides(PROVIDER, options) as ClientOptions & { eventId?: string; clock?: () => number };
    const config = { ...this.config, ...overrides };
    return new EventVaultClientImpl(config, overrides.clock === undefined ? this.clockSync : undefined);
  }

  /** Any Event Vault request with this client's headers, retries and error mapping (`options.eventId` honoured). */
  override request<T = unknown>(request: CustomRequest, options?: EventVaultRequestOptions): APIPromise<T> {
    try {
      // The shared checks of `method` and `path` (a ValidationError, nothing sent) for the configured event.
      if (options?.eventId === undefined) return super.request<T>(request, options);
      checkCustomRequest(request);
      return this.pipelineFor(options.eventId).send<T>(
        {
          method: request.method,
          path: request.path,
          query: request.query,
          body: request.body,
          bodyType: request.bodyType,
          responseType: request.responseType,
        },
        options,
      );
    } catch (error) {
      return rejected(asInputError(PROVIDER, 'request', error));
    }
  }

  /** `getGuestCount` of the configured event (or `params.eventId`). */
  guestCount(params: { eventId?: string } = {}, options?: RequestOptions): APIPromise<EventVaultGuestCount> {
    return guardCall(PROVIDER, 'guestCount', () =>
      this.scoped(params?.eventId, (eventId) =>
        mapResult(this.api.getGuestCount({ ...options, eventId }), (c) => normalizeGuestCount(c, eventId, this.ctx(options))),
      ),
    );
  }

  /**
   * `addGuest` that treats the duplicate-guest 409 as success (reference section 7 item 3). Because a 409 proves
   * the guest is there, this call may be retried after a 5xx or a lost answer, unlike `attendees.create`.
   */
  ensureAttendee(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    return guardCall(PROVIDER, 'ensureAttendee', () => this.ensureAttendeeUnguarded(input, options));
  }

  private ensureAttendeeUnguarded(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    return APIPromise.from(
      (async (): Promise<WithResponse<EventVaultEnsuredAttendee>> => {
        const { eventId, body } = this.guestBody(input);
        try {
          const result = await this.native
            .write(EV_PATHS.addGuest, EvAddGuestBodySchema, 'addGuest body', body, { ...options, eventId }, 'safe')
            .withResponse();
          return { ...result, data: { attendee: this.createdGuest(eventId, body, result.data, options), created: true } };
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          const guests = await this.api.getGuests({ ...options, eventId }).withResponse();
          const stored = guests.data.find((g) => g.email === body.userEmail);
          const attendee = stored
            ? normalizeGuest(stored, eventId, this.ctx(options))
            : this.createdGuest(eventId, body, null, options);
          return { ...guests, data: { attendee, created: false } };
        }
      })(),
    );
  }

  /** `removeGuest` that treats the vendor's "not registered" 404 as success (`existed: false`). */
  ensureAttendeeDeleted(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }> {
    return guardCall(PROVIDER, 'ensureAttendeeDeleted', () => this.tolerating('guest_not_found', () => this.removeGuest(id, options), { id, deleted: true }));
  }

  /** `ensureAttendee` under the name vendors/eventvault.md section 7 item 3 gives it. */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    return guardCall(PROVIDER, 'ensureGuest', () => this.ensureAttendeeUnguarded(input, options));
  }

  /**
   * The `ensureRemoved` helper of vendors/eventvault.md section 7 item 4: removes a guest (an attendee id) or a
   * ticket (a ticket id from `tickets.grant/list`), treating the vendor's "already gone" 404 as success.
   */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }> {
    return guardCall(PROVIDER, 'ensureRemoved', () => {
      const ticket = typeof id === 'string' ? splitId(id, 3) : null;
      if (ticket === null) return this.ensureAttendeeDeleted(id, options);
      const [eventId, email, ticketType] = ticket as [string, string, string];
      return mapResult(this.tickets.ensureRevoked({ email, eventId, ticketType }, options), (r) => ({ id, deleted: true as const, existed: r.existed }));
    });
  }

  // ---- plumbing ----

  /** The pipeline whose `x-event-id` is `eventId` (the configured event when omitted). */
  private pipelineFor(eventId: string | undefined): HttpPipeline {
    if (eventId === undefined || eventId === this.eventId) return this.pipeline;
    if (typeof eventId !== 'string' || eventId.trim() === '') {
      throw invalidField(PROVIDER, 'eventId', `expected a non-empty event id, got ${JSON.stringify(eventId)}`);
    }
    let pipeline = this.pipelines.get(eventId);
    if (!pipeline) {
      pipeline = new HttpPipeline(eventVaultWire(this.config, eventId, this.clockSync, () => this.onOffsetLearned()), this.config);
      this.pipelines.set(eventId, pipeline);
    }
    return pipeline;
  }

  private onOffsetLearned(): void {
    this.pipeline.log.warn(
      `Event Vault rejected x-timestamp (408): this host's clock is off by about ${Math.round(this.clockSync.offsetMs / 1000)} s; later requests are corrected by the server's Date header. Fix the system clock (NTP).`,
    );
  }

  private ctx(options: RequestOptions | undefined): NormalizeContext {
    return { raw: options?.raw === true, warn: (message, data) => this.pipeline.log.warn(message, data) };
  }

  /** Runs `fn` with a validated event id (default: the configured one); a bad id rejects before any request. */
  private scoped<T>(eventId: string | undefined, fn: (eventId: string) => APIPromise<T>): APIPromise<T> {
    try {
      return fn(this.eventOf(eventId));
    } catch (error) {
      return rejected(error);
    }
  }

  private eventOf(eventId: unknown): string {
    if (eventId === undefined || eventId === null) return this.eventId;
    if (typeof eventId !== 'string' || eventId.trim() === '') {
      throw invalidField(PROVIDER, 'eventId', `expected a non-empty event id, got ${JSON.stringify(eventId)}`);
    }
    return eventId;
  }

  private parseAttendeeId(id: unknown): { eventId: string; email: string } {
    const parts = typeof id === 'string' ? splitId(id, 2) : null;
    if (!parts) {
      throw new NotFoundError({
        provider: PROVIDER,
        message: `Not an Event Vault attendee id: ${JSON.stringify(id)} (use the id a list or create returned).`,
      });
    }
    return { eventId: parts[0]!, email: parts[1]! };
  }

  private parseTicketTypeId(id: unknown): { eventId: string; ticketType: string } {
    const parts = typeof id === 'string' ? splitId(id, 2) : null;
    if (!parts) {
      throw new NotFoundError({
        provider: PROVIDER,
        message: `Not an Event Vault ticket type id: ${JSON.stringify(id)} (use the id a list returned).`,
      });
    }
    return { eventId: parts[0]!, ticketType: parts[1]! };
  }

  /** The guest a ticket call is about: `attendeeId`, or `email` (+ `eventId`). */
  private guestOf(ref: { attendeeId?: unknown; email?: unknown; eventId?: unknown }): { eventId: string; email: string } {
    if (ref.attendeeId !== undefined && ref.attendeeId !== null) {
      if (ref.email !== undefined && ref.email !== null) {
        throw invalidField(PROVIDER, 'email', 'give either attendeeId or email, not both');
      }
      const guest = this.parseAttendeeId(ref.attendeeId);
      if (ref.eventId !== undefined && ref.eventId !== null && ref.eventId !== guest.eventId) {
        throw invalidField(PROVIDER, 'eventId', 'the attendee id belongs to another event');
      }
      return guest;
    }
    if (typeof ref.email !== 'string' || ref.email === '') {
      throw invalidField(PROVIDER, 'attendeeId', 'give the guest as attendeeId (or email, with an optional eventId)');
    }
    return { eventId: this.eventOf(ref.eventId), email: ref.email };
  }

  private guestBody(input: AttendeeCreateInput): { eventId: string; body: AddGuestFields } {
    const parsed = parseInput(PROVIDER, 'attendee', AttendeeCreateInputSchema, input);
    const eventId = this.eventOf(parsed.eventId);
    const body: AddGuestFields = { userEmail: parsed.email };
    if (parsed.name !== undefined) body.name = parsed.name;
    if (parsed.jobTitle !== undefined) body.role = parsed.jobTitle;
    if (parsed.company !== undefined) body.company = parsed.company;
    if (parsed.phone !== undefined) body.phone = parsed.phone;
    if (parsed.url !== undefined) body.url = parsed.url;
    if (parsed.country !== undefined) body.country = parsed.country;
    return { eventId, body };
  }

  /** The attendee a successful `addGuest` created, as `getGuests` will list it (the reply is plain text). */
  private createdGuest(eventId: string, body: AddGuestFields, reply: string | null, options: RequestOptions | undefined): Attendee {
    const guest: EvGuest = {
      email: body.userEmail,
      country: body.country ?? null,
      vCardData: { FN: body.name, ROLE: body.role, ORG: body.company, TEL: body.phone, URL: body.url },
    };
    const attendee = normalizeGuest(guest, eventId, { ...this.ctx(options), raw: false });
    return options?.raw ? { ...attendee, raw: reply } : attendee;
  }

  private removeGuest(id: string, options: RequestOptions | undefined): APIPromise<Deleted> {
    try {
      const { eventId, email } = this.parseAttendeeId(id);
      return mapResult(
        this.api.write(EV_PATHS.removeGuest, EvRemoveGuestBodySchema, 'removeGuest body', { userEmail: email }, { ...options, eventId }, 'safe'),
        (): Deleted => ({ id, deleted: true }),
      );
    } catch (error) {
      return rejected(error);
    }
  }

  /** Runs a remove; the vendor's 404 with `vendorCode` counts as success with `existed: false`. */
  private tolerating<T extends object>(
    vendorCode: string,
    run: () => APIPromise<T>,
    gone: T,
  ): APIPromise<T & { existed: boolean }> {
    return APIPromise.from(
      run()
        .withResponse()
        .then(
          (result): WithResponse<T & { existed: boolean }> => ({ ...result, data: { ...result.data, existed: true } }),
          (error: unknown): WithResponse<T & { existed: boolean }> => {
            if (isTicketingError(error) && error.code === 'not_found' && error.vendorCode === vendorCode) {
              const e = error as TicketingError;
              return {
                data: { ...gone, existed: false },
                response: null,
                requestId: e.requestId,
                attempts: e.attempts,
                idempotencyKey: null,
                idempotentReplayed: false,
              };
            }
            throw error;
          },
        ),
    );
  }

  /** A listing over one whole-array read, sliced client-side (one request per `list()` call). */
  private sliced<W, T>(
    resource: string,
    filters: Record<string, unknown>,
    params: ListParams,
    options: RequestOptions | undefined,
    load: (opts: RequestOptions) => APIPromise<W[]>,
    map: (items: W[], ctx: NormalizeContext) => T[],
  ): PagePromise<T> {
    return paginate<T>({
      provider: PROVIDER,
      resource,
      filters,
      limit: params.limit,
      cursor: params.cursor,
      options,
      fetchPage: clientSidePages<T>(async (opts) => {
        const { data, response, requestId, attempts } = await load(opts).withResponse();
        return { items: map(data, this.ctx(opts)), response, requestId, attempts };
      }),
    });
  }

  // ---- normalized resources ----

  private eventsResource(): EventVaultEventsResource {
    const notInApi = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `events.${what}`, 'Event Vault has no event endpoint (events are managed in its console)'));
    return {
      list: (params: EventListParams = {}, options) =>
        paginate<Event>({
          provider: PROVIDER,
          resource: 'events',
          filters: {},
          limit: params?.limit,
          cursor: params?.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => ({ items: [stubEvent(this.eventId, this.ctx(opts))], next: null }),
        }),
      get: (id, options) => {
        if (typeof id !== 'string' || id.trim() === '') {
          return rejected(invalidField(PROVIDER, 'id', `expected an event id, got ${JSON.stringify(id)}`));
        }
        return APIPromise.from(Promise.resolve(noRequest(stubEvent(id, this.ctx(options)))));
      },
      create: () => notInApi('create'),
      update: () => notInApi('update'),
      publish: () => notInApi('publish'),
      cancel: () => notInApi('cancel'),
      delete: () => rejected(unsupported(PROVIDER, 'events.delete', 'Event Vault has no event endpoint (events are managed in its console)')),
    };
  }

  private eventDatesResource(): EventVaultEventDatesResource {
    const hint = 'the Event Vault API has no dates (nor sessions list)';
    return {
      list: () => rejectedList<never>(PROVIDER, 'eventDates', unsupported(PROVIDER, 'eventDates.list', hint)),
      get: () => rejected<never>(unsupported(PROVIDER, 'eventDates.get', hint)),
    };
  }

  private ticketTypesResource(): EventVaultTicketTypesResource {
    const notInApi = (what: string) =>
      rejected<never>(unsupported(PROVIDER, `ticketTypes.${what}`, 'ticket types are configured in the Event Vault console, not through the API'));
    return {
      list: (params, options) => {
        let eventId: string;
        try {
          eventId = this.eventOf(params?.eventId);
        } catch (error) {
          return rejectedList<TicketType>(PROVIDER, 'ticketTypes', error);
        }
        return this.sliced(
          'ticketTypes',
          { eventId },
          params ?? {},
          options,
          (opts) => this.api.getAllTickets({ ...opts, eventId }),
          (tickets, ctx) => [...groupByTier(tickets)].map(([tier, group]) => ticketTypeFromTickets(tier, group, eventId, ctx)),
        );
      },
      get: (id, options) => {
        try {
          const { eventId, ticketType } = this.parseTicketTypeId(id);
          return mapResult(this.api.getTicketsByType(ticketType, { ...options, eventId }), (tickets) => {
            if (tickets.length === 0) {
              throw new NotFoundError({
                provider: PROVIDER,
                message: `No guest of event ${eventId} holds a ticket of type ${JSON.stringify(ticketType)} (Event Vault only shows ticket types through the tickets that carry them).`,
              });
            }
            return ticketTypeFromTickets(ticketType, tickets, eventId, this.ctx(options));
          });
        } catch (error) {
          return rejected(error);
        }
      },
      create: () => notInApi('create'),
      update: () => notInApi('update'),
      delete: () => notInApi('delete'),
    };
  }

  private ordersResource(): EventVaultOrdersResource {
    const hint = 'Event Vault is a guest list: it has no orders or money (see attendees and client.tickets)';
    const notInApi = (what: string) => rejected<never>(unsupported(PROVIDER, `orders.${what}`, hint));
    return {
      list: () => rejectedList<never>(PROVIDER, 'orders', unsupported(PROVIDER, 'orders.list', hint)),
      get: () => notInApi('get'),
      create: () => notInApi('create'),
      markPaid: () => notInApi('markPaid'),
      refund: () => notInApi('refund'),
      cancel: () => notInApi('cancel'),
      recordPayment: () => notInApi('recordPayment'),
    };
  }

  private attendeesResource(): EventVaultAttendeesResource {
    return {
      list: (params: AttendeeListParams = {}, options) => {
        if (params?.checkedIn !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'the API returns no check-in state'));
        }
        if (params?.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })', 'the API returns no timestamps'));
        }
        let eventId: string;
        try {
          eventId = this.eventOf(params?.eventId);
        } catch (error) {
          return rejectedList<Attendee>(PROVIDER, 'attendees', error);
        }
        return this.sliced(
          'attendees',
          { eventId },
          params ?? {},
          options,
          (opts) => this.api.getGuests({ ...opts, eventId }),
          (guests, ctx) => guests.map((g) => normalizeGuest(g, eventId, ctx)),
        );
      },
      get: (id, options) => {
        try {
          const { eventId, email } = this.parseAttendeeId(id);
          return mapResult(this.api.getGuests({ ...options, eventId }), (guests) => {
            const guest = guests.find((g) => g.email === email);
            if (!guest) {
              throw new NotFoundError({
                provider: PROVIDER,
                vendorCode: 'guest_not_found',
                message: `No guest with that email is registered for event ${eventId}.`,
              });
            }
            return normalizeGuest(guest, eventId, this.ctx(options));
          });
        } catch (error) {
          return rejected(error);
        }
      },
      create: (input: AttendeeCreateInput, options) => {
        try {
          const { eventId, body } = this.guestBody(input);
          // addGuest has no idempotency key: not retried after a 5xx or a lost answer (use ensureAttendee for that).
          return mapResult(this.api.addGuest(body, { ...options, eventId }), (reply) => this.createdGuest(eventId, body, reply, options));
        } catch (error) {
          return rejected(error);
        }
      },
      delete: (id, options) => this.removeGuest(id, options),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'check-in happens in the Event Vault apps; the API neither sets nor returns it')),
    };
  }

  private ticketsResource(): EventVaultTicketsResource {
    const ticketType = (value: unknown): string => {
      if (typeof value !== 'string' || value === '') {
        throw invalidField(PROVIDER, 'ticketType', `expected a non-empty ticket type (e.g. "ENTRY"), got ${JSON.stringify(value) ?? 'undefined'}`);
      }
      return value;
    };
    const revoke = (input: EventVaultTicketRef, options: RequestOptions | undefined): APIPromise<EventVaultRemovedTicket> => {
      try {
        const { eventId, email } = this.guestOf(input ?? {});
        const type = ticketType(input.ticketType);
        const id = eventVaultIds.ticket(eventId, email, type);
        return mapResult(
          this.api.write(
            EV_PATHS.removeTicket,
            EvRemoveTicketBodySchema,
            'removeTicket body',
            { userEmail: email, ticketType: type },
            { ...options, eventId },
            'safe',
          ),
          (): EventVaultRemovedTicket => ({ id, deleted: true, existed: true }),
        );
      } catch (error) {
        return rejected(error);
      }
    };
    return {
      list: (params: EventVaultTicketListParams = {}, options) => {
        let eventId: string;
        let email: string | null = null;
        let type: string | null = null;
        try {
          if (params?.attendeeId !== undefined || params?.email !== undefined) {
            ({ eventId, email } = this.guestOf(params));
          } else {
            eventId = this.eventOf(params?.eventId);
          }
          if (params?.ticketType !== undefined) type = ticketType(params.ticketType);
        } catch (error) {
          return rejectedList<EventVaultTicket>(PROVIDER, 'tickets', error);
        }
        return this.sliced(
          'tickets',
          { eventId, email, ticketType: type },
          params ?? {},
          options,
          (opts) => {
            const scoped = { ...opts, eventId };
            if (email !== null) return this.api.getGuestTickets(email, scoped);
            if (type !== null) return this.api.getTicketsByType(type, scoped);
            return this.api.getAllTickets(scoped);
          },
          (tickets, ctx) =>
            tickets.filter((t) => type === null || t.TIER === type).map((t) => normalizeTicket(t, eventId, ctx)),
        );
      },
      grant: (input: EventVaultGrantTicketInput, options) => {
        try {
          const { eventId, email } = this.guestOf(input ?? {});
          const type = ticketType(input.ticketType);
          const sessionId = input.sessionId ?? null;
          if (sessionId !== null && typeof sessionId !== 'string') {
            throw invalidField(PROVIDER, 'sessionId', `expected a string or null, got ${JSON.stringify(sessionId)}`);
          }
          const body = { userEmail: email, ticketType: type, ...(sessionId !== null ? { sessionId } : {}) };
          return mapResult(
            this.api.write(EV_PATHS.addTicket, EvAddTicketBodySchema, 'addTicket body', body, { ...options, eventId }, 'safe'),
            (reply) => {
              const ticket = normalizeTicket({ EMAIL: email, TIER: type, sessionId: sessionId ?? '' }, eventId, { ...this.ctx(options), raw: false });
              return options?.raw ? { ...ticket, raw: reply } : ticket;
            },
          );
        } catch (error) {
          return rejected(error);
        }
      },
      revoke: (input, options) => revoke(input, options),
      ensureRevoked: (input, options) => {
        let id: string;
        try {
          const { eventId, email } = this.guestOf(input ?? {});
          id = eventVaultIds.ticket(eventId, email, ticketType(input.ticketType));
        } catch (error) {
          return rejected(error);
        }
        return this.tolerating('ticket_not_found', () => revoke(input, options), { id, deleted: true as const, existed: false });
      },
    };
  }
}

type AddGuestFields = {
  userEmail: string;
  name?: string;
  role?: string;
  company?: string;
  phone?: string;
  url?: string;
  country?: string;
};

/** The wire of one event: all four headers on every attempt, `x-timestamp` read from the clock at send time. */
function eventVaultWire(config: EventVaultConfig, eventId: string, clock: ClockSync, onOffsetLearned: () => void): ProviderWire {
  return {
    provider: PROVIDER,
    configKeys: ['apiKey', 'clientId', 'eventId', 'clock'],
    requestOptionKeys: ['eventId'],
    baseUrl: EVENT_VAULT_BASE_URL,
    secrets: [config.apiKey],
    headers: () => ({
      'x-api-key': config.apiKey,
      'x-client-id': config.clientId,
      'x-event-id': eventId,
      'x-timestamp': clock.timestamp(),
    }),
    mapError: (ctx) => {
      const before = clock.offsetMs;
      const details = mapEventVaultError(ctx, clock);
      if (clock.offsetMs !== before) {
        try {
          onOffsetLearned();
        } catch {
          // logging must not break error mapping
        }
      }
      return details;
    },
    idempotencyHeader: null,
  };
}

/** The checks `BaseClient.request` makes, for a request sent to another event. */
function checkCustomRequest(request: unknown): void {
  const method = (request as Partial<CustomRequest> | null | undefined)?.method;
  const path = (request as Partial<CustomRequest> | null | undefined)?.path;
  if (typeof method !== 'string' || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) || typeof path !== 'string' || path === '') {
    throw new ValidationError({
      provider: PROVIDER,
      message: `client.request needs { method: GET|POST|PUT|PATCH|DELETE, path }, got method ${JSON.stringify(method ?? null)} and path ${JSON.stringify(path ?? null)}.`,
      fields: [{ field: typeof method !== 'string' || !/^(GET|POST|PUT|PATCH|DELETE)$/.test(method) ? 'method' : 'path', message: 'required' }],
    });
  }
}

/** A client-level entry point: a synchronous throw, or a non-ticketkit rejection, becomes a `TicketingError`. */
function mapResult<A, B>(promise: APIPromise<A>, map: (value: A) => B): APIPromise<B> {
  return APIPromise.from(promise.withResponse().then((r) => ({ ...r, data: map(r.data) })));
}

function noRequest<T>(data: T): WithResponse<T> {
  return { data, response: null, requestId: null, attempts: [], idempotencyKey: null, idempotentReplayed: false };
}

/** Event Vault with the methods the API cannot do removed at compile time. */
/** Event Vault's events: the configured event (or a given id) as a stub, since the API has no event endpoint. */
export interface EventVaultEventsResource extends EventsResource {
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<EventsResource['create']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<EventsResource['update']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  publish: Unsupported<EventsResource['publish']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<EventsResource['cancel']>;
  /** @deprecated Not supported by Event Vault: Event Vault has no event endpoint (events are managed in its console). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<EventsResource['delete']>;
}

/** Event Vault has no dates. */
export interface EventVaultEventDatesResource extends EventDatesResource {
  /** @deprecated Not supported by Event Vault: events have no dates in its API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<EventDatesResource['list']>;
  /** @deprecated Not supported by Event Vault: events have no dates in its API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<EventDatesResource['get']>;
}

/** Event Vault's ticket types: derived from the tickets guests hold; read-only. */
export interface EventVaultTicketTypesResource extends TicketTypesResource {
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<TicketTypesResource['create']>;
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  update: Unsupported<TicketTypesResource['update']>;
  /** @deprecated Not supported by Event Vault: ticket types are configured in its console, not through the API. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<TicketTypesResource['delete']>;
}

/** Event Vault has no orders. */
export interface EventVaultOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<OrdersResource['list']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  get: Unsupported<OrdersResource['get']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Event Vault: it has no orders (guests are added directly: `attendees.create`). Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

/** Event Vault's attendees (guests). */
export interface EventVaultAttendeesResource extends AttendeesResource {
  /** @deprecated Not supported by Event Vault: check-in happens in its apps; the API neither sets nor returns it. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  checkIn: Unsupported<AttendeesResource['checkIn']>;
}

/** The Event Vault client: a `TicketingClient` whose unsupported methods are typed to reject, plus `tickets`. */
export interface EventVaultClient extends TicketingClient {
  readonly provider: 'event-vault';
  readonly livemode: null;
  /** The configured event (the default `x-event-id`). */
  readonly eventId: string;
  /** The offset (ms) added to `clock()` for `x-timestamp`, learned from a 408's `Date` header. */
  readonly clockOffsetMs: number;
  /** Event Vault's own API, typed. */
  readonly native: EventVaultNative;
  readonly events: EventVaultEventsResource;
  readonly eventDates: EventVaultEventDatesResource;
  readonly ticketTypes: EventVaultTicketTypesResource;
  readonly orders: EventVaultOrdersResource;
  readonly attendees: EventVaultAttendeesResource;
  /** The tickets guests hold (vendor-only). */
  readonly tickets: EventVaultTicketsResource;
  guestCount(params?: { eventId?: string }, options?: RequestOptions): APIPromise<EventVaultGuestCount>;
  ensureAttendee(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  ensureAttendeeDeleted(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  /** `ensureAttendee` under the reference's name. */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  /** Removes a guest (attendee id) or a ticket (ticket id); the vendor's "already gone" 404 is success (`existed: false`). */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  withOptions(options: ClientOptions & { eventId?: string; clock?: () => number }): EventVaultClient;
  request<T = unknown>(request: CustomRequest, options?: EventVaultRequestOptions): APIPromise<T>;
}

export type { Event, Attendee, TicketType, EventVaultTicket, EventVaultGuestCount };
