/**
 * The Event Vault client: config, wire (four auth headers, per-attempt timestamp, plain-text errors, clock
 * skew), the normalized resources, and the vendor-only helpers (tickets, ensure variants, guest count).
 * The vendor facts it relies on are in docs/vendors/event-vault.md.
 */
import { APIPromise, type WithResponse } from '../../core/api-promise.js';
import {
  asInputError,
  BaseClient,
  checkOverrides,
  guardMethods,
  guardResource,
  rejected,
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
  rejectedList,
} from '../../client.js';
import { mapResult } from '../../core/compose.js';
import {
  ConfigError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  ValidationError,
  isTicketingError,
  unsupported,
  type TicketingError,
} from '../../core/errors.js';
import { parseInput } from '../../core/input.js';
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
import { assertRequestOptions } from '../../core/options.js';
import { paginate, type PagePromise } from '../../core/pagination.js';
import { HttpPipeline, type ClientOptions, type ProviderWire, type RequestOptions } from '../../core/pipeline.js';
import { assertKnownKeys, assertListParams } from '../../core/strict.js';
import { idProblem } from '../../internal/path.js';
import { EVENT_VAULT_BASE_URL, EV_WRITES, EventVaultNative, refusedWrite, type EventVaultRequestOptions, type EventVaultWrite } from './endpoints.js';
import { ClockSync, EV_TEXT, mapEventVaultError } from './errors.js';
import {
  EV_HEADER_VALUE,
  emailOf,
  eventIdOf,
  parseAttendeeId,
  parseTicketId,
  parseTicketTypeId,
  partCount,
  sessionIdOf,
  ticketTypeOf,
  type GuestKey,
} from './ids.js';
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
import type { EvAddGuestBodySchema, EvGuest } from './schemas.js';

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

/** The filters `attendees.list` honours (and `capabilities.attendees.filters` declares). */
export const EV_ATTENDEE_FILTERS = ['eventId'] as const;
/** The filters `ticketTypes.list` honours. */
export const EV_TICKET_TYPE_FILTERS = ['eventId'] as const;
/** The filters `tickets.list` honours. */
export const EV_TICKET_FILTERS = ['eventId', 'attendeeId', 'email', 'ticketType'] as const;
/** The keys of a ticket reference (`tickets.revoke`, `tickets.ensureRevoked`). */
const TICKET_REF_KEYS = ['attendeeId', 'email', 'eventId', 'ticketType'] as const;
/** The keys of `tickets.grant` input. */
const GRANT_KEYS = [...TICKET_REF_KEYS, 'sessionId'] as const;

/**
 * `addGuest` as `ensureAttendee` sends it: retried after a failure that may have landed, because a repeat that finds
 * the guest answers 409, which `ensureAttendee` reads as "the guest is there".
 */
const ENSURE_GUEST: EventVaultWrite<typeof EvAddGuestBodySchema> = { ...EV_WRITES.addGuest, safety: 'safe' };

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
  attendees: { list: 'scoped', get: true, create: true, delete: true, checkIn: false, updatedSince: false, filters: [...EV_ATTENDEE_FILTERS] },
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
  /** The guest as the vendor holds it (read back after a 409), or as `addGuest` created it. */
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
  /**
   * `removeTicket`: `NotFoundError` (`ticket_not_found`) when the guest holds no ticket of that type. When an earlier
   * attempt of this call may have removed it and the retry answers `ticket_not_found`, it resolves as removed.
   */
  revoke(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
  /** `removeTicket` that treats the vendor's `ticket_not_found` 404 as success (`existed: false`). */
  ensureRevoked(input: EventVaultTicketRef, options?: RequestOptions): APIPromise<EventVaultRemovedTicket>;
}

/** Why a config value cannot be sent as a header, or `null`. Never quotes the value (it may be the API key). */
function headerValueProblem(value: string): string | null {
  return EV_HEADER_VALUE.test(value) ? null : `it must be ${EV_HEADER_VALUE.description}`;
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
    const problem = headerValueProblem(value) ?? (field === 'apiKey' ? null : idProblem(value));
    if (problem !== null) throw new ConfigError({ provider: PROVIDER, message: `Event Vault \`${field}\` (${what}) cannot be used: ${problem}.` });
  }
  if (config.clock !== undefined && typeof config.clock !== 'function') {
    throw new ConfigError({ provider: PROVIDER, message: 'Event Vault `clock` must be a function returning milliseconds (like Date.now).' });
  }
}

/** Refuses per-call options with a key a normalized call does not take (`eventId` belongs in its params or id). */
function normalizedOptions(options: RequestOptions | undefined): RequestOptions | undefined {
  assertRequestOptions(PROVIDER, options);
  return options;
}

/** A write entry point: input refused before sending is a `ValidationError` with `outcomeUnknown: false`. */
function guardWrite<T>(method: string, run: () => APIPromise<T>): APIPromise<T> {
  try {
    return APIPromise.from(
      run()
        .withResponse()
        .catch((error: unknown) => {
          throw isTicketingError(error) ? error : refusedWrite(method, error);
        }),
    );
  } catch (error) {
    return rejected(refusedWrite(method, error));
  }
}

/** A removal's vendor code for "the thing to remove is not there" (the only 404s that mean "gone"). */
type GoneCode = 'guest_not_found' | 'ticket_not_found';

/**
 * Removals are idempotent by key (email, or (email, type)): a repeat of a removal that landed answers the vendor's
 * "gone" 404. So when an earlier attempt of this call may have landed (`outcomeUnknown: true` on the error: a timeout,
 * a dropped answer, a 5xx) and the retry answers that 404, the removal happened. Only the "gone" text counts:
 * `Client not found.` and `Event not found.` are 404s too, and prove nothing about the guest or ticket.
 * (The pipeline's `goneAfterRetry` would take any 404; see docs/vendors/event-vault.md, "Retries and outcomes".)
 */
function goneOnRetry<T>(code: GoneCode, removal: APIPromise<T>, removed: T): APIPromise<T> {
  return APIPromise.from(
    removal.withResponse().catch((error: unknown): WithResponse<T> => {
      if (error instanceof NotFoundError && error.vendorCode === code && error.outcomeUnknown === true) {
        return { data: removed, response: null, requestId: error.requestId, attempts: error.attempts, idempotencyKey: null, idempotentReplayed: false };
      }
      throw error;
    }),
  );
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
    return guardCall(PROVIDER, 'guestCount', () => {
      assertKnownKeys(PROVIDER, 'guestCount params', params, ['eventId']);
      const eventId = this.eventOf(params?.eventId);
      const opts = normalizedOptions(options);
      return mapResult(PROVIDER, 'read', this.api.getGuestCount({ ...opts, eventId }), (c) => normalizeGuestCount(c, eventId, this.ctx(opts)));
    });
  }

  /**
   * `addGuest` that treats the duplicate-guest 409 as success (docs/vendors/event-vault.md, "Helpers"): it then
   * returns the guest as the vendor holds it, read back with `getGuests`. Because a 409 proves the guest is there,
   * this call may be retried after a 5xx or a lost answer, unlike `attendees.create`.
   *
   * It never reports a guest it cannot show: when the read-back fails, or does not list the email, it throws (the
   * read's error, or a `NotFoundError`), with `outcomeUnknown` `true` only if an attempt of this call may have added
   * the guest.
   */
  ensureAttendee(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    return guardCall(PROVIDER, 'ensureAttendee', () => guardWrite('ensureAttendee', () => this.ensureAttendeeUnguarded(input, options)));
  }

  private ensureAttendeeUnguarded(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    const opts = normalizedOptions(options);
    const { eventId, body } = this.guestBody(input);
    const scoped = { ...opts, eventId };
    return APIPromise.from(
      (async (): Promise<WithResponse<EventVaultEnsuredAttendee>> => {
        let conflict: ConflictError;
        try {
          const added = await this.api.write(ENSURE_GUEST, body, scoped).withResponse();
          return { ...added, data: { attendee: this.createdGuest(eventId, body, added.data, opts), created: true } };
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          conflict = error;
        }
        return this.storedAfterConflict(eventId, body.userEmail, conflict, scoped);
      })(),
    );
  }

  /** After `addGuest`'s 409: the guest the vendor holds, or an error that says why it cannot be shown. */
  private async storedAfterConflict(
    eventId: string,
    email: string,
    conflict: ConflictError,
    options: EventVaultRequestOptions,
  ): Promise<WithResponse<EventVaultEnsuredAttendee>> {
    const id = eventVaultIds.attendee(eventId, email);
    // Our write landed only if an attempt before the 409 may have been processed: the pipeline says so on the 409.
    const outcomeUnknown = conflict.outcomeUnknown === true;
    let guests: WithResponse<EvGuest[]>;
    try {
      guests = await this.api.getGuests(options).withResponse();
    } catch (cause) {
      const base: TicketingError = isTicketingError(cause)
        ? cause
        : new InvalidResponseError({ provider: PROVIDER, message: String(cause), cause });
      throw base.copyWith({
        message: `addGuest answered 409 (${EV_TEXT.guestExists}) for ${id}, but reading the guest back failed: ${base.message}`,
        outcomeUnknown,
        attempts: [...conflict.attempts, ...base.attempts],
        cause,
      });
    }
    const attempts = [...conflict.attempts, ...guests.attempts];
    const stored = guests.data.find((g) => g.email === email);
    if (!stored) {
      const other = guests.data.find((g) => g.email.toLowerCase() === email.toLowerCase());
      const hint = other ? ` It lists ${other.email}, which differs only in letter case: the vendor may compare emails without case.` : '';
      throw new NotFoundError({
        provider: PROVIDER,
        vendorCode: 'guest_not_found',
        requestId: guests.requestId,
        outcomeUnknown,
        attempts,
        message:
          `addGuest answered 409 (${EV_TEXT.guestExists}) for ${id}, but the event's guest list does not hold that email, ` +
          `so ticketkit cannot return the guest the vendor holds.${hint} List the guests to reconcile.`,
      });
    }
    return { ...guests, attempts, data: { attendee: normalizeGuest(stored, eventId, this.ctx(options)), created: false } };
  }

  /** `removeGuest` that treats the vendor's "not registered" 404 as success (`existed: false`). */
  ensureAttendeeDeleted(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }> {
    return guardCall(PROVIDER, 'ensureAttendeeDeleted', () =>
      guardWrite('ensureAttendeeDeleted', () => this.tolerating('guest_not_found', () => this.removeGuest(id, options), { id, deleted: true })),
    );
  }

  /** `ensureAttendee` under the name the vendor's docs suggest (a guest). */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee> {
    return guardCall(PROVIDER, 'ensureGuest', () => guardWrite('ensureGuest', () => this.ensureAttendeeUnguarded(input, options)));
  }

  /**
   * Removes a guest (an attendee id) or a ticket (a ticket id from `tickets.grant/list`), treating the vendor's
   * "already gone" 404 as success.
   */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }> {
    return guardCall(PROVIDER, 'ensureRemoved', () =>
      guardWrite('ensureRemoved', () => {
        if (typeof id === 'string' && partCount(id) === 3) {
          const ticket = parseTicketId(id);
          const revoked = this.tolerating('ticket_not_found', () => this.revokeTicket(ticket, options), { id, deleted: true, existed: false });
          // The id as given (an equivalent spelling of its parts stays the caller's).
          return mapResult(PROVIDER, 'write', revoked, (r) => ({ id, deleted: true as const, existed: r.existed }));
        }
        if (typeof id === 'string' && partCount(id) !== 2) {
          throw invalidRemovalId(id);
        }
        return this.tolerating('guest_not_found', () => this.removeGuest(id, options), { id, deleted: true as const });
      }),
    );
  }

  // ---- plumbing ----

  /** The pipeline whose `x-event-id` is `eventId` (the configured event when omitted). */
  private pipelineFor(eventId: string | undefined): HttpPipeline {
    if (eventId === undefined || eventId === this.eventId) return this.pipeline;
    const checked = eventIdOf(eventId);
    let pipeline = this.pipelines.get(checked);
    if (!pipeline) {
      pipeline = new HttpPipeline(eventVaultWire(this.config, checked, this.clockSync, () => this.onOffsetLearned()), this.config);
      this.pipelines.set(checked, pipeline);
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

  /** A checked event id, or the configured event when none is given. */
  private eventOf(eventId: unknown): string {
    if (eventId === undefined) return this.eventId;
    return eventIdOf(eventId);
  }

  /** The guest a ticket call is about: `attendeeId`, or `email` (+ `eventId`). */
  private guestOf(ref: { attendeeId?: unknown; email?: unknown; eventId?: unknown }): GuestKey {
    if (ref.attendeeId !== undefined) {
      if (ref.email !== undefined) {
        throw new ValidationError({
          provider: PROVIDER,
          message: 'Invalid email: give either attendeeId or email, not both.',
          fields: [{ field: 'email', message: 'give either attendeeId or email, not both' }],
        });
      }
      const guest = parseAttendeeId(ref.attendeeId, 'attendeeId');
      if (ref.eventId !== undefined && eventIdOf(ref.eventId) !== guest.eventId) {
        throw new ValidationError({
          provider: PROVIDER,
          message: 'Invalid eventId: the attendee id belongs to another event.',
          fields: [{ field: 'eventId', message: 'the attendee id belongs to another event' }],
        });
      }
      return guest;
    }
    if (ref.email === undefined) {
      throw new ValidationError({
        provider: PROVIDER,
        message: 'Invalid attendeeId: give the guest as attendeeId (or email, with an optional eventId).',
        fields: [{ field: 'attendeeId', message: 'required (or email)' }],
      });
    }
    return { eventId: this.eventOf(ref.eventId), email: emailOf(ref.email) };
  }

  private guestBody(input: AttendeeCreateInput): { eventId: string; body: AddGuestFields } {
    const parsed = parseInput(PROVIDER, 'attendee', AttendeeCreateInputSchema, input);
    const eventId = this.eventOf(parsed.eventId);
    const body: AddGuestFields = { userEmail: emailOf(parsed.email) };
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

  /** `removeGuest` of an attendee id; a retry that finds the guest gone after a maybe-landed attempt is success. */
  private removeGuest(id: string, options: RequestOptions | undefined): APIPromise<Deleted> {
    const { eventId, email } = parseAttendeeId(id);
    const opts = normalizedOptions(options);
    const removal = this.api.write(EV_WRITES.removeGuest, { userEmail: email }, { ...opts, eventId });
    return goneOnRetry('guest_not_found', mapResult(PROVIDER, 'write', removal, (): Deleted => ({ id, deleted: true })), { id, deleted: true });
  }

  /** `removeTicket`; a retry that finds the ticket gone after a maybe-landed attempt is success. */
  private revokeTicket(ticket: GuestKey & { ticketType: string }, options: RequestOptions | undefined): APIPromise<EventVaultRemovedTicket> {
    const { eventId, email, ticketType } = ticket;
    const opts = normalizedOptions(options);
    const id = eventVaultIds.ticket(eventId, email, ticketType);
    const removed: EventVaultRemovedTicket = { id, deleted: true, existed: true };
    const removal = this.api.write(EV_WRITES.removeTicket, { userEmail: email, ticketType }, { ...opts, eventId });
    return goneOnRetry('ticket_not_found', mapResult(PROVIDER, 'write', removal, () => removed), removed);
  }

  /** The ticket a reference names, checked: the guest and a ticket type. */
  private ticketOf(ref: EventVaultTicketRef, allowed: readonly string[], what: string): GuestKey & { ticketType: string } {
    if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) {
      throw new ValidationError({
        provider: PROVIDER,
        message: `Invalid ${what} input: expected an object such as { attendeeId, ticketType }.`,
        fields: [{ field: '(input)', message: 'expected an object' }],
      });
    }
    assertKnownKeys(PROVIDER, `${what} input`, ref, allowed);
    return { ...this.guestOf(ref), ticketType: ticketTypeOf(ref.ticketType) };
  }

  /** Runs a remove; the vendor's 404 with `vendorCode` counts as success with `existed: false`. */
  private tolerating<T extends object>(
    vendorCode: GoneCode,
    run: () => APIPromise<T>,
    gone: T,
  ): APIPromise<T & { existed: boolean }> {
    return APIPromise.from(
      run()
        .withResponse()
        .then(
          (result): WithResponse<T & { existed: boolean }> => ({ ...result, data: { existed: true, ...result.data } }),
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
      list: (params: EventListParams = {}, options) => {
        assertListParams(PROVIDER, 'events.list', params, []);
        return paginate<Event>({
          provider: PROVIDER,
          resource: 'events',
          filters: {},
          limit: params?.limit,
          cursor: params?.cursor,
          options,
          fetchPage: async (_state, _limit, opts) => ({ items: [stubEvent(this.eventId, this.ctx(opts))], next: null }),
        });
      },
      get: (id, options) => {
        const eventId = eventIdOf(id, 'id');
        const opts = normalizedOptions(options);
        return APIPromise.from(Promise.resolve(noRequest(stubEvent(eventId, this.ctx(opts)))));
      },
      create: () => notInApi('create'),
      update: () => notInApi('update'),
      publish: () => notInApi('publish'),
      cancel: () => notInApi('cancel'),
      delete: () => notInApi('delete'),
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
        assertListParams(PROVIDER, 'ticketTypes.list', params, EV_TICKET_TYPE_FILTERS);
        const eventId = this.eventOf(params?.eventId);
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
        const { eventId, ticketType } = parseTicketTypeId(id);
        const opts = normalizedOptions(options);
        return mapResult(PROVIDER, 'read', this.api.getTicketsByType(ticketType, { ...opts, eventId }), (tickets) => {
          if (tickets.length === 0) {
            throw new NotFoundError({
              provider: PROVIDER,
              message: `No guest of event ${eventId} holds a ticket of type ${JSON.stringify(ticketType)} (Event Vault only shows ticket types through the tickets that carry them).`,
            });
          }
          return ticketTypeFromTickets(ticketType, tickets, eventId, this.ctx(opts));
        });
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
        // Filters of the normalized model that Event Vault cannot honour: refused as unsupported, not as typos.
        if (params?.checkedIn !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ checkedIn })', 'the API returns no check-in state'));
        }
        if (params?.updatedSince !== undefined) {
          return rejectedList(PROVIDER, 'attendees', unsupported(PROVIDER, 'attendees.list({ updatedSince })', 'the API returns no timestamps'));
        }
        assertListParams(PROVIDER, 'attendees.list', params, EV_ATTENDEE_FILTERS);
        const eventId = this.eventOf(params?.eventId);
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
        const { eventId, email } = parseAttendeeId(id);
        const opts = normalizedOptions(options);
        return mapResult(PROVIDER, 'read', this.api.getGuests({ ...opts, eventId }), (guests) => {
          const guest = guests.find((g) => g.email === email);
          if (!guest) {
            throw new NotFoundError({
              provider: PROVIDER,
              vendorCode: 'guest_not_found',
              message: `No guest with that email is registered for event ${eventId}.`,
            });
          }
          return normalizeGuest(guest, eventId, this.ctx(opts));
        });
      },
      create: (input: AttendeeCreateInput, options) =>
        guardWrite('attendees.create', () => {
          const opts = normalizedOptions(options);
          const { eventId, body } = this.guestBody(input);
          // addGuest has no idempotency key: not retried after a 5xx or a lost answer (use ensureAttendee for that).
          return mapResult(PROVIDER, 'write', this.api.write(EV_WRITES.addGuest, body, { ...opts, eventId }), (reply) =>
            this.createdGuest(eventId, body, reply, opts),
          );
        }),
      delete: (id, options) => guardWrite('attendees.delete', () => this.removeGuest(id, options)),
      checkIn: () => rejected<never>(unsupported(PROVIDER, 'attendees.checkIn', 'check-in happens in the Event Vault apps; the API neither sets nor returns it')),
    };
  }

  private ticketsResource(): EventVaultTicketsResource {
    return {
      list: (params: EventVaultTicketListParams = {}, options) => {
        assertListParams(PROVIDER, 'tickets.list', params, EV_TICKET_FILTERS);
        const byGuest = params?.attendeeId !== undefined || params?.email !== undefined;
        const { eventId, email } = byGuest ? this.guestOf(params) : { eventId: this.eventOf(params?.eventId), email: null };
        const type = params?.ticketType === undefined ? null : ticketTypeOf(params.ticketType);
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
          (tickets, ctx) => tickets.filter((t) => type === null || t.TIER === type).map((t) => normalizeTicket(t, eventId, ctx)),
        );
      },
      grant: (input: EventVaultGrantTicketInput, options) =>
        guardWrite('tickets.grant', () => {
          const opts = normalizedOptions(options);
          const { eventId, email, ticketType } = this.ticketOf(input, GRANT_KEYS, 'tickets.grant');
          const sessionId = sessionIdOf(input.sessionId);
          const body = { userEmail: email, ticketType, ...(sessionId !== null ? { sessionId } : {}) };
          return mapResult(PROVIDER, 'write', this.api.write(EV_WRITES.addTicket, body, { ...opts, eventId }), (reply) => {
            const ticket = normalizeTicket({ EMAIL: email, TIER: ticketType, sessionId: sessionId ?? '' }, eventId, { ...this.ctx(opts), raw: false });
            return opts?.raw ? { ...ticket, raw: reply } : ticket;
          });
        }),
      revoke: (input, options) => guardWrite('tickets.revoke', () => this.revokeTicket(this.ticketOf(input, TICKET_REF_KEYS, 'tickets.revoke'), options)),
      ensureRevoked: (input, options) =>
        guardWrite('tickets.ensureRevoked', () => {
          const ticket = this.ticketOf(input, TICKET_REF_KEYS, 'tickets.ensureRevoked');
          const id = eventVaultIds.ticket(ticket.eventId, ticket.email, ticket.ticketType);
          return this.tolerating('ticket_not_found', () => this.revokeTicket(ticket, options), { id, deleted: true, existed: false });
        }),
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

/** The id given to `ensureRemoved` is neither an attendee id nor a ticket id. */
function invalidRemovalId(id: string): ValidationError {
  const message = `${JSON.stringify(id.slice(0, 80))} is not an Event Vault attendee id (event:email) or ticket id (event:email:type)`;
  return new ValidationError({ provider: PROVIDER, message: `Invalid id: ${message}.`, fields: [{ field: 'id', message }] });
}

/** The wire of one event: all four headers on every attempt, `x-timestamp` read from the clock at send time. */
function eventVaultWire(config: EventVaultConfig, eventId: string, clock: ClockSync, onOffsetLearned: () => void): ProviderWire {
  const secrets = [config.apiKey];
  return {
    provider: PROVIDER,
    configKeys: ['apiKey', 'clientId', 'eventId', 'clock'],
    requestOptionKeys: ['eventId'],
    baseUrl: EVENT_VAULT_BASE_URL,
    secrets,
    headers: () => ({
      'x-api-key': config.apiKey,
      'x-client-id': config.clientId,
      'x-event-id': eventId,
      'x-timestamp': clock.timestamp(),
    }),
    mapError: (ctx) => {
      const before = clock.offsetMs;
      const details = mapEventVaultError(ctx, clock, secrets);
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

function noRequest<T>(data: T): WithResponse<T> {
  return { data, response: null, requestId: null, attempts: [], idempotencyKey: null, idempotentReplayed: false };
}

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
  /** `ensureAttendee` under the name the vendor's docs suggest. */
  ensureGuest(input: AttendeeCreateInput, options?: RequestOptions): APIPromise<EventVaultEnsuredAttendee>;
  /** Removes a guest (attendee id) or a ticket (ticket id); the vendor's "already gone" 404 is success (`existed: false`). */
  ensureRemoved(id: string, options?: RequestOptions): APIPromise<Deleted & { existed: boolean }>;
  withOptions(options: ClientOptions & { eventId?: string; clock?: () => number }): EventVaultClient;
  request<T = unknown>(request: CustomRequest, options?: EventVaultRequestOptions): APIPromise<T>;
}

export type { Event, Attendee, TicketType, EventVaultTicket, EventVaultGuestCount };
