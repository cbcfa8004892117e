/**
 * The Event Vault native layer (`client.native`): the nine endpoints of vendors/eventvault.md section 4, with
 * vendor-shaped, zod-validated results and the same pipeline (the four auth headers, retries, errors).
 *
 * Writes answer in plain text (returned trimmed, as the vendor wrote it); reads answer JSON, parsed only on
 * success (error bodies are plain text and go to the error mapping). Every method takes `options.eventId` to
 * work on another event of the same client for that one call (default: the configured event).
 */
import type { z } from 'zod';
import type { APIPromise } from '../../core/api-promise.js';
import { rejected } from '../../client.js';
import { invalidField, parseInput } from '../../core/input.js';
import type { HttpPipeline, RequestOptions } from '../../core/pipeline.js';
import type { RetrySafety } from '../../core/retry.js';
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

const PROVIDER = 'event-vault' as const;

export class EventVaultNative {
  /** @param pipelineFor the pipeline whose `x-event-id` is the given event (the configured one when omitted). */
  constructor(private readonly pipelineFor: (eventId: string | undefined) => HttpPipeline) {}

  /**
   * Sends a write and returns its plain-text reply. `safety` says whether a failed attempt may be sent again
   * (`safe` for the upsert and the removes; `unsafe`, the default, for `addGuest`).
   * @internal used by the normalized layer.
   */
  write<S extends z.ZodType>(
    path: string,
    schema: S,
    what: string,
    body: unknown,
    options: EventVaultRequestOptions | undefined,
    safety: RetrySafety,
  ): APIPromise<string> {
    try {
      const parsed = parseInput(PROVIDER, what, schema, body);
      return this.pipelineFor(options?.eventId).send<string>(
        { method: 'POST', path, body: parsed, responseType: 'text', safety, parse: (payload) => String(payload).trim() },
        options,
      );
    } catch (error) {
      return rejected(error);
    }
  }

  private read<S extends z.ZodType>(
    path: string,
    schema: S,
    query: Record<string, string> | undefined,
    options: EventVaultRequestOptions | undefined,
  ): APIPromise<z.output<S>> {
    try {
      return this.pipelineFor(options?.eventId).send<z.output<S>>(
        { method: 'GET', path, query, parse: (payload) => schema.parse(payload) },
        options,
      );
    } catch (error) {
      return rejected(error);
    }
  }

  private requiredQuery(name: string, value: unknown): Record<string, string> {
    if (typeof value !== 'string' || value === '') {
      throw invalidField(PROVIDER, name, `expected a non-empty string, got ${JSON.stringify(value) ?? 'undefined'}`);
    }
    return { [name]: value };
  }

  // ---- writes (plain-text replies) ----

  /** `POST /addGuest`: registers a guest; 409 `guest_exists` when the email is already on the event. Not retried after a 5xx or a dropped response. */
  addGuest(body: EvAddGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_PATHS.addGuest, EvAddGuestBodySchema, 'addGuest body', body, options, 'unsafe');
  }

  /** `POST /removeGuest`: 404 `guest_not_found` when the email is not on the event. */
  removeGuest(body: EvRemoveGuestBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_PATHS.removeGuest, EvRemoveGuestBodySchema, 'removeGuest body', body, options, 'safe');
  }

  /** `POST /addTicket`: an upsert keyed by (email, type); the reply is the same whether it created or replaced. */
  addTicket(body: EvAddTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_PATHS.addTicket, EvAddTicketBodySchema, 'addTicket body', body, options, 'safe');
  }

  /** `POST /removeTicket`: 404 `ticket_not_found` when the guest holds no ticket of that type. */
  removeTicket(body: EvRemoveTicketBody, options?: EventVaultRequestOptions): APIPromise<string> {
    return this.write(EV_PATHS.removeTicket, EvRemoveTicketBodySchema, 'removeTicket body', body, options, 'safe');
  }

  // ---- reads (JSON, whole arrays, no pagination) ----

  /** `GET /getGuestCount`. */
  getGuestCount(options?: EventVaultRequestOptions): APIPromise<EvGuestCount> {
    return this.read(EV_PATHS.getGuestCount, EvGuestCountSchema, undefined, options);
  }

  /** `GET /getGuests`: every guest of the event. */
  getGuests(options?: EventVaultRequestOptions): APIPromise<EvGuest[]> {
    return this.read(EV_PATHS.getGuests, EvGuestListSchema, undefined, options);
  }

  /** `GET /getGuestTickets?userEmail=…` (URL-encoded): one guest's tickets (`[]` for none, or for an unknown email). */
  getGuestTickets(userEmail: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    try {
      return this.read(EV_PATHS.getGuestTickets, EvTicketListSchema, this.requiredQuery('userEmail', userEmail), options);
    } catch (error) {
      return rejected(error);
    }
  }

  /** `GET /getTicketsByType?ticketType=…`: every ticket of one type (its length counts the holders). */
  getTicketsByType(ticketType: string, options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    try {
      return this.read(EV_PATHS.getTicketsByType, EvTicketListSchema, this.requiredQuery('ticketType', ticketType), options);
    } catch (error) {
      return rejected(error);
    }
  }

  /** `GET /getAllTickets`: every ticket of the event. */
  getAllTickets(options?: EventVaultRequestOptions): APIPromise<EvTicket[]> {
    return this.read(EV_PATHS.getAllTickets, EvTicketListSchema, undefined, options);
  }
}
