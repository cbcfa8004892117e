/**
 * The Event Vault native layer (`client.native`): the nine documented endpoints (docs/vendors/event-vault.md,
 * "Endpoints"), with vendor-shaped, zod-validated results and the same pipeline (the four auth headers, retries,
 * errors).
 *
 * Writes answer in plain text: only the documented success reply of each write counts as success (returned trimmed,
 * as the vendor wrote it); any other 2xx body (an HTML page from a proxy, an empty body) is an
 * `InvalidResponseError` with `outcomeUnknown: true`. Reads answer JSON, parsed only on success (error bodies are
 * plain text and go to the error mapping). Every method takes `options.eventId` to work on another event of the same
 * client for that one call (default: the configured event). Every input is checked before anything is sent.
 */
import type { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { asInputError, rejected } from '../../client.js';
import { parseInput } from '../../core/input.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import { TicketingError } from '../../core/errors.js';
import type { RetrySafety } from '../../core/retry.js';
import { EV_TEXT } from './errors.js';
import { emailOf, ticketTypeOf } from './ids.js';
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

export class EventVaultNative {
  /** @param pipelineFor the pipeline whose `x-event-id` is the given event (the configured one when omitted). */
  constructor(private readonly pipelineFor: (eventId: string | undefined) => HttpPipeline) {}

  /**
   * Sends a write and returns its documented plain-text reply. A bad body or option is a `ValidationError` with
   * `outcomeUnknown: false` (nothing was sent).
   * @internal used by the normalized layer.
   */
  write<S extends z.ZodType>(write: EventVaultWrite<S>, body: unknown, options: EventVaultRequestOptions | undefined): APIPromise<string> {
    try {
      const parsed = parseInput(PROVIDER, `${write.name} body`, write.body, body);
      return this.pipelineFor(options?.eventId).send<string>(
        { method: 'POST', path: write.path, body: parsed, responseType: 'text', safety: write.safety, parse: (payload) => acceptedReply(write, payload) },
        options,
      );
    } catch (error) {
      return rejected(refusedWrite(`native.${write.name}`, error));
    }
  }

  private read<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    query: () => Record<string, string> | undefined,
    options: EventVaultRequestOptions | undefined,
  ): APIPromise<z.output<S>> {
    try {
      return this.pipelineFor(options?.eventId).send<z.output<S>>(
        { method: 'GET', path, query: query(), parse: (payload) => schema.parse(payload) },
        options,
      );
    } catch (error) {
      return rejected(asInputError(PROVIDER, `native.${method}`, error));
    }
  }

  // ---- writes (plain-text replies) ----

  /** `POST /addGuest`: registers a guest; 409 `guest_exists` when the email is already on the event. Not retried after a 5xx or a dropped response. */
  addGuest(body: EvAddGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_WRITES.addGuest, body, options);
  }

  /** `POST /removeGuest`: 404 `guest_not_found` when the email is not on the event. */
  removeGuest(body: EvRemoveGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_WRITES.removeGuest, body, options);
  }

  /** `POST /addTicket`: an upsert keyed by (email, type); the reply is the same whether it created or replaced. */
  addTicket(body: EvAddTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_WRITES.addTicket, body, options);
  }

  /** `POST /removeTicket`: 404 `ticket_not_found` when the guest holds no ticket of that type. */
  removeTicket(body: EvRemoveTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_WRITES.removeTicket, body, options);
  }

  // ---- reads (JSON, whole arrays, no pagination) ----

  /** `GET /getGuestCount`. */
  getGuestCount(options?: EventVaultRequestOptions): APIPromise<EvGuestCount> {
    return this.read('getGuestCount', EV_PATHS.getGuestCount, EvGuestCountSchema, () => undefined, options);
  }

  /** `GET /getGuests`: every guest of the event. */
  getGuests(options?: EventVaultRequestOptions): APIPromise<EvGuest[]> {
    return this.read('getGuests', EV_PATHS.getGuests, EvGuestListSchema, () => undefined, options);
  }

  /** `GET /getGuestTickets?userEmail=…` (URL-encoded): one guest's tickets (`[]` for none, or for an unknown email). */
  getGuestTickets(userEmail: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    return this.read('getGuestTickets', EV_PATHS.getGuestTickets, EvTicketListSchema, () => ({ userEmail: emailOf(userEmail, 'userEmail') }), options);
  }

  /** `GET /getTicketsByType?ticketType=…`: every ticket of one type (its length counts the holders). */
  getTicketsByType(ticketType: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    return this.read('getTicketsByType', EV_PATHS.getTicketsByType, EvTicketListSchema, () => ({ ticketType: ticketTypeOf(ticketType) }), options);
  }

  /** `GET /getAllTickets`: every ticket of the event. */
  getAllTickets(options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    return this.read('getAllTickets', EV_PATHS.getAllTickets, EvTicketListSchema, () => undefined, options);
  }
}

/** The error of a write refused before sending: a `ValidationError` that says nothing can have been applied. */
export function refusedWrite(method: string, error: unknown): unknown {
  const converted = asInputError(PROVIDER, method, error);
  return converted instanceof TicketingError && converted.outcomeUnknown === null ? converted.copyWith({ outcomeUnknown: false }) : converted;
}
