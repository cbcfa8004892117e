/**
 * The Event Vault native layer (`client.native`): the nine documented endpoints (docs/vendors/event-vault.md,
 * "Endpoints"), with vendor-shaped, validated results and the same pipeline (the four auth headers, retries, errors).
 *
 * Writes answer in plain text: only the documented success reply of each write counts as success (returned trimmed,
 * as the vendor wrote it); any other 2xx body (an HTML page from a proxy, an empty body) is an
 * `InvalidResponseError` with `outcomeUnknown: true`. Reads answer JSON, parsed only on success (error bodies are
 * plain text and go to the error mapping). Every method of this layer (and only this layer, and `client.request`)
 * takes the per-call option `eventId`, to work on another event of the same client for that one call; it is taken
 * out of the options here, so the pipeline never sees it (docs/vendors/event-vault.md, "Native layer").
 * Every input is checked before anything is sent; the client guards every method (src/core/guard.ts).
 */
import type { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { InvalidResponseError } from '../../core/errors.js';
import { fastParser } from '../../core/fast-parse.js';
import { parseInput } from '../../core/input.js';
import { assertRequestOptions } from '../../core/options.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import type { RetrySafety } from '../../core/retry.js';
import { EV_TEXT } from './errors.js';
import { emailOf, eventIdOf, ticketTypeOf } from './ids.js';
import {
  EvAddGuestBodySchema,
  EvAddTicketBodySchema,
  EvGuestCountSchema,
  EvGuestListSchema,
  EvRemoveGuestBodySchema,
  EvRemoveTicketBodySchema,
  EvTicketListSchema,
  type EvAddGuestBody,
  type EvAddTicketBody,
  type EvGuest,
  type EvGuestCount,
  type EvRemoveGuestBody,
  type EvRemoveTicketBody,
  type EvTicket,
} from './schemas.js';

/** Event Vault's API root, the default `baseUrl`. */
export const EVENT_VAULT_BASE_URL = 'https://api.event-vault.com';

/** Every path is documented (no version prefix). */
export const EV_PATHS = {
  addGuest: '/addGuest',
  removeGuest: '/removeGuest',
  addTicket: '/addTicket',
  removeTicket: '/removeTicket',
  getGuestCount: '/getGuestCount',
  getGuests: '/getGuests',
  getGuestTickets: '/getGuestTickets',
  getTicketsByType: '/getTicketsByType',
  getAllTickets: '/getAllTickets',
} as const;

/** `RequestOptions` plus the event this one call works on (its `x-event-id`). */
export interface EventVaultRequestOptions extends RequestOptions {
  /** Overrides the configured `eventId` for this call. */
  eventId?: string;
}

/** One of the four writes: where it goes, what its body is, its one success reply, and whether a retry is safe. */
export interface EventVaultWrite<S extends z.ZodType = z.ZodType> {
  name: 'addGuest' | 'removeGuest' | 'addTicket' | 'removeTicket';
  path: string;
  body: S;
  /** The documented 200 body (compared after trimming). */
  reply: string;
  /**
   * `safe`: may be sent again after a failure that may have landed (the upsert, and the removes, keyed by email or
   * (email, type)); `unsafe`: `addGuest`, whose repeat answers 409.
   */
  safety: RetrySafety;
}

export const EV_WRITES = {
  addGuest: { name: 'addGuest', path: EV_PATHS.addGuest, body: EvAddGuestBodySchema, reply: EV_TEXT.guestAdded, safety: 'unsafe' },
  removeGuest: { name: 'removeGuest', path: EV_PATHS.removeGuest, body: EvRemoveGuestBodySchema, reply: EV_TEXT.guestRemoved, safety: 'safe' },
  addTicket: { name: 'addTicket', path: EV_PATHS.addTicket, body: EvAddTicketBodySchema, reply: EV_TEXT.ticketCreated, safety: 'safe' },
  removeTicket: { name: 'removeTicket', path: EV_PATHS.removeTicket, body: EvRemoveTicketBodySchema, reply: EV_TEXT.ticketRemoved, safety: 'safe' },
} as const satisfies Record<string, EventVaultWrite>;

const PROVIDER = 'event-vault' as const;

/** The per-call option keys of the native layer besides `RequestOptions`. */
const NATIVE_OPTION_KEYS = ['eventId'] as const;

/** One of the five reads: where it goes and how its 200 body is validated (built once, at module level). */
export interface EventVaultRead<T> {
  name: 'getGuestCount' | 'getGuests' | 'getGuestTickets' | 'getTicketsByType' | 'getAllTickets';
  path: string;
  parse: (payload: unknown) => T;
}

export const EV_READS = {
  getGuestCount: { name: 'getGuestCount', path: EV_PATHS.getGuestCount, parse: fastParser(EvGuestCountSchema) },
  getGuests: { name: 'getGuests', path: EV_PATHS.getGuests, parse: fastParser(EvGuestListSchema) },
  getGuestTickets: { name: 'getGuestTickets', path: EV_PATHS.getGuestTickets, parse: fastParser(EvTicketListSchema) },
  getTicketsByType: { name: 'getTicketsByType', path: EV_PATHS.getTicketsByType, parse: fastParser(EvTicketListSchema) },
  getAllTickets: { name: 'getAllTickets', path: EV_PATHS.getAllTickets, parse: fastParser(EvTicketListSchema) },
} as const satisfies Record<string, EventVaultRead<unknown>>;

/** A read whose 200 body is a JSON array. */
export type EventVaultArrayRead = (typeof EV_READS)['getGuests' | 'getGuestTickets' | 'getTicketsByType' | 'getAllTickets'];

/**
 * The reply of a write, when it is the documented success text; otherwise throws (the pipeline turns the throw into
 * an `InvalidResponseError` with `outcomeUnknown: true`). The message never quotes the body (it could echo a secret);
 * the error's `raw` keeps it, scrubbed.
 */
export function acceptedReply(write: EventVaultWrite, payload: unknown): string {
  const text = typeof payload === 'string' ? payload.trim() : '';
  if (text === write.reply) return text;
  throw new Error(
    `${write.name} answered 200 with ${describeReply(text)} instead of its documented reply ${JSON.stringify(write.reply)}, so ticketkit cannot tell whether the write was applied (reconcile before repeating it)`,
  );
}

function describeReply(text: string): string {
  if (text === '') return 'an empty body';
  if (/^<(?:!doctype|html|head|body)\b/i.test(text)) return 'an HTML page';
  if (text.startsWith('{') || text.startsWith('[')) return 'a JSON body';
  return `another text (${text.length} characters)`;
}

/** The 200 body of an array read, as it is: its items are validated by whoever reads them (a listing, per page). */
function jsonArray(payload: unknown): unknown[] {
  if (Array.isArray(payload)) return payload;
  throw new InvalidResponseError({
    provider: PROVIDER,
    message: `Event Vault answered a list read with ${payload === null ? 'null' : typeof payload} instead of a JSON array.`,
    issues: ['expected a JSON array'],
  });
}

/**
 * Takes the native `eventId` option out of a call's options: the event it names (checked; `undefined` for the
 * configured one) and the options the pipeline takes. A typo (`eventID`) is refused naming the key meant.
 */
export function splitEventOption(options: EventVaultRequestOptions | undefined): { eventId: string | undefined; options: RequestOptions | undefined } {
  assertRequestOptions(PROVIDER, options, NATIVE_OPTION_KEYS);
  if (options === undefined || options === null || !Object.prototype.hasOwnProperty.call(options, 'eventId')) return { eventId: undefined, options };
  const { eventId, ...rest } = options;
  return { eventId: eventId === undefined ? undefined : eventIdOf(eventId), options: rest };
}

/**
 * The Event Vault native layer, `client.native`: the documented endpoints (guests, tickets, guest count),
 * vendor-shaped and validated, over the client's pipeline. Writes count as done only on the vendor's documented
 * plain-text reply. Every method takes the per-call option `eventId`, to work on another event for that call
 * (docs/vendors/event-vault.md, Native layer).
 */
export class EventVaultNative {
  /**
   * @internal Built by the client (`client.native`); not constructed by users.
   * @param pipelineFor the pipeline whose `x-event-id` is the given event (the configured one when `undefined`).
   */
  constructor(private readonly pipelineFor: (eventId: string | undefined) => HttpPipeline) {}

  /**
   * Sends a write to `eventId` (`undefined`: the configured event) and returns its documented plain-text reply. A bad
   * body is a `ValidationError` (nothing is sent).
   * @internal used by the normalized layer.
   */
  write<S extends z.ZodType>(write: EventVaultWrite<S>, body: unknown, eventId: string | undefined, options: RequestOptions | undefined): APIPromise<string> {
    const parsed = parseInput(PROVIDER, `${write.name} body`, write.body, body);
    return this.pipelineFor(eventId).send<string>(
      { method: 'POST', path: write.path, body: parsed, responseType: 'text', safety: write.safety, parse: (payload) => acceptedReply(write, payload) },
      options,
    );
  }

  /**
   * A read of `eventId` (`undefined`: the configured event), validated.
   * @internal used by the normalized layer.
   */
  read<T>(read: EventVaultRead<T>, eventId: string | undefined, query: Record<string, string> | undefined, options: RequestOptions | undefined): APIPromise<T> {
    return this.pipelineFor(eventId).send<T>({ method: 'GET', path: read.path, query, parse: read.parse }, options);
  }

  /**
   * An array read of `eventId`, its items not validated: a listing validates the items of each page it reads
   * (docs/vendors/event-vault.md, "Paging").
   * @internal used by the normalized layer.
   */
  readArray(read: EventVaultArrayRead, eventId: string | undefined, query: Record<string, string> | undefined, options: RequestOptions | undefined): APIPromise<unknown[]> {
    return this.pipelineFor(eventId).send<unknown[]>({ method: 'GET', path: read.path, query, parse: jsonArray }, options);
  }

  // ---- writes (plain-text replies) ----

  /**
   * `POST /addGuest`: registers a guest; 409 `guest_exists` when the email is already on the event. Not retried after
   * a 5xx or a dropped response.
   */
  addGuest(body: EvAddGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    const split = splitEventOption(options);
    return this.write(EV_WRITES.addGuest, body, split.eventId, split.options);
  }

  /** `POST /removeGuest`: 404 `guest_not_found` when the email is not on the event. */
  removeGuest(body: EvRemoveGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    const split = splitEventOption(options);
    return this.write(EV_WRITES.removeGuest, body, split.eventId, split.options);
  }

  /** `POST /addTicket`: an upsert keyed by (email, type); the reply is the same whether it created or replaced. */
  addTicket(body: EvAddTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    const split = splitEventOption(options);
    return this.write(EV_WRITES.addTicket, body, split.eventId, split.options);
  }

  /** `POST /removeTicket`: 404 `ticket_not_found` when the guest holds no ticket of that type. */
  removeTicket(body: EvRemoveTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    const split = splitEventOption(options);
    return this.write(EV_WRITES.removeTicket, body, split.eventId, split.options);
  }

  // ---- reads (JSON, whole arrays, no pagination) ----

  /** `GET /getGuestCount`. */
  getGuestCount(options?: EventVaultRequestOptions): APIPromise<EvGuestCount> {
    const split = splitEventOption(options);
    return this.read(EV_READS.getGuestCount, split.eventId, undefined, split.options);
  }

  /** `GET /getGuests`: every guest of the event. */
  getGuests(options?: EventVaultRequestOptions): APIPromise<EvGuest[]> {
    const split = splitEventOption(options);
    return this.read(EV_READS.getGuests, split.eventId, undefined, split.options);
  }

  /** `GET /getGuestTickets?userEmail=…` (URL-encoded): one guest's tickets (`[]` for none, or for an unknown email). */
  getGuestTickets(userEmail: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    const query = { userEmail: emailOf(userEmail, 'userEmail') };
    const split = splitEventOption(options);
    return this.read(EV_READS.getGuestTickets, split.eventId, query, split.options);
  }

  /** `GET /getTicketsByType?ticketType=…`: every ticket of one type (its length counts the holders). */
  getTicketsByType(ticketType: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    const query = { ticketType: ticketTypeOf(ticketType) };
    const split = splitEventOption(options);
    return this.read(EV_READS.getTicketsByType, split.eventId, query, split.options);
  }

  /** `GET /getAllTickets`: every ticket of the event. */
  getAllTickets(options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    const split = splitEventOption(options);
    return this.read(EV_READS.getAllTickets, split.eventId, undefined, split.options);
  }
}
