/**
 * `client.ticketTypes`: Equaticket ticket types under their event. Normalized id `<eventId>:<ticketTypeId>` (see
 * docs/vendors/equaticket.md, Ids); amounts are integers in the currency's minor unit.
 */
import { z } from 'zod';
import { APIPromise } from '../../../core/api-promise.js';
import type { Deleted, TicketTypesResource } from '../../../client.js';
import { readBeforeWrite } from '../../../core/compose.js';
import { invalidField, parseInput } from '../../../core/input.js';
import {
  TicketTypeCreateInputSchema,
  TicketTypeUpdateInputSchema,
  type EventScopedListParams,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
} from '../../../core/model.js';
import { normalizeCurrency } from '../../../core/money.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { splitIdOrThrow } from '../../../internal/ids.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import { normalizeTicketType, type EqNormalizeContext } from '../normalize.js';
import { EQ_PATHS } from '../paths.js';
import { parseTicketTypePage, type EqTicketType, type EqTicketTypeCreateBody, type EqTicketTypeUpdateBody } from '../schemas.js';
import { checkId, normalizedList, normalizedOne, ownOptions, refuseUndocumented, requiredEventId } from './shared.js';

/**
 * `providerOptions.equaticket` of a ticket type: Equaticket documents no field beyond those the normalized input
 * already maps (name, price, currency, quantity_total), so it accepts no key (see docs/vendors/equaticket.md,
 * "Strict inputs").
 */
const EqTicketTypeProviderOptionsSchema = z.strictObject({});

/** A normalized ticket type id: `<eventId>:<ticketTypeId>`, both parts valid ids (`E:..` is refused). */
function parseTicketTypeId(id: string): { eventId: string; ticketTypeId: string } {
  const [eventId, ticketTypeId] = splitIdOrThrow(id, 2, 'id', 'an Equaticket ticket type id') as [string, string];
  return { eventId, ticketTypeId };
}

function assertPrice(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw invalidField(PROVIDER, 'price.amount', `expected a non-negative integer in minor units, got ${amount}`);
  }
}

/** The normalizer of a ticket type under `eventId` (the wire object may leave its `event_id` out). */
const underEvent = (eventId: string) => (t: EqTicketType, ctx: EqNormalizeContext): TicketType => normalizeTicketType(t, eventId, ctx);

export function ticketTypesResource(eq: EquaticketContext): TicketTypesResource {
  const api = eq.native;
  return {
    list: (params: EventScopedListParams, options) => {
      const eventId = requiredEventId('ticketTypes.list', params);
      const path = EQ_PATHS.ticketTypes(eventId);
      return normalizedList(eq, { resource: 'ticketTypes', path, parse: parseTicketTypePage, params, filters: { eventId }, normalize: underEvent(eventId), options });
    },
    get: (id, options) => {
      const { eventId, ticketTypeId } = parseTicketTypeId(id);
      return normalizedOne(eq, 'read', api.getTicketType(eventId, ticketTypeId, options), options, underEvent(eventId));
    },
    create: (input: TicketTypeCreateInput, options) => createTicketType(eq, input, options),
    update: (id, patch: TicketTypeUpdateInput, options) => {
      const { eventId, ticketTypeId } = parseTicketTypeId(id);
      const body = ticketTypeUpdateBody(patch);
      return normalizedOne(eq, 'write', api.updateTicketType(eventId, ticketTypeId, body, options), options, underEvent(eventId));
    },
    delete: (id, options) => {
      const { eventId, ticketTypeId } = parseTicketTypeId(id);
      return api.deleteTicketType(eventId, ticketTypeId, options)._thenUnwrap((): Deleted => ({ id, deleted: true }), { provider: PROVIDER, kind: 'write' });
    },
  };
}

/**
 * Creates a ticket type. A free one (`price` absent or `null`) still needs the event's currency on the wire: the event
 * is read first, and that read's failure means the write was never sent (`outcomeUnknown: false`).
 */
function createTicketType(eq: EquaticketContext, input: TicketTypeCreateInput, options: RequestOptions | undefined): APIPromise<TicketType> {
  const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
  refuseUndocumented('ticket types', { description: parsed.description });
  const extra = ownOptions(input, EqTicketTypeProviderOptionsSchema);
  checkId(parsed.eventId, 'eventId');
  const price = parsed.price?.amount ?? 0;
  assertPrice(price);
  const write = (currency: string) => {
    const body: EqTicketTypeCreateBody = {
      name: parsed.name,
      price,
      currency: currency.toLowerCase(),
      ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
      ...extra,
    };
    return normalizedOne(eq, 'write', eq.native.createTicketType(parsed.eventId, body, options), options, underEvent(parsed.eventId));
  };
  if (parsed.price) return write(parsed.price.currency);
  return APIPromise.from(
    (async () => {
      const event = await readBeforeWrite(eq.native.getEvent(parsed.eventId, options));
      const currency = normalizeCurrency(event.object.currency);
      if (currency === null) {
        throw invalidField(PROVIDER, 'price', 'the event has no currency; pass a Money price').copyWith({ outcomeUnknown: false });
      }
      return write(currency).withResponse();
    })(),
  );
}

function ticketTypeUpdateBody(patch: TicketTypeUpdateInput): EqTicketTypeUpdateBody {
  const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch);
  refuseUndocumented('ticket types', { description: parsed.description });
  const body: EqTicketTypeUpdateBody = { ...ownOptions(patch, EqTicketTypeProviderOptionsSchema) };
  if (parsed.name !== undefined) body.name = parsed.name;
  if (parsed.price) {
    assertPrice(parsed.price.amount);
    body.price = parsed.price.amount;
    body.currency = parsed.price.currency.toLowerCase();
  } else if (parsed.price === null) {
    body.price = 0;
  }
  if (parsed.quantityTotal !== undefined) body.quantity_total = parsed.quantityTotal;
  return body;
}
