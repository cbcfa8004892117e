/**
 * `ticketTypes`: an event's ticket classes (a series parent's are the rules its dates' classes are made from), and the
 * bodies of their writes (docs/vendors/eventbrite.md, What maps to what).
 */
import { z } from 'zod';
import type { APIPromise } from '../../../core/api-promise.js';
import type { Deleted, TicketTypesResource } from '../../../client.js';
import { mapResult } from '../../../core/compose.js';
import { invalidField, parseInput } from '../../../core/input.js';
import {
  TicketTypeCreateInputSchema,
  TicketTypeUpdateInputSchema,
  type EventScopedListParams,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
} from '../../../core/model.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { PROVIDER, type EventbriteContext } from '../context.js';
import { checkCurrency, rawProviderOptions, vendorOptions, wireInstant } from '../inputs.js';
import { eventRefOf, normalizeTicketType, ticketTypeRefOf, type EventRef } from '../normalize.js';
import { EB_PATHS } from '../paths.js';
import { EbTicketClassSentSchema, type EbTicketClass, type EbTicketClassWrite } from '../schemas.js';
import { scopedEventRef } from './event-dates.js';
import { listOf } from './list.js';

export function ticketTypesResource(eb: EventbriteContext): TicketTypesResource {
  const { native } = eb;
  return {
    list: (params: EventScopedListParams, options) => {
      const ref = scopedEventRef(eb, params, 'ticketTypes.list');
      return listOf(eb, {
        resource: 'ticketTypes',
        path: EB_PATHS.ticketClasses(ref.remoteId),
        key: 'ticket_classes',
        schema: EbTicketClassSentSchema,
        params,
        filters: { eventId: params.eventId },
        normalize: (t, ctx) => normalizeTicketType(t, ref, ctx),
        options,
      });
    },
    get: (id, options) => {
      const { event, ticketClassId } = ticketTypeRefOf(id);
      return written(eb, 'read', native.getTicketClass(event.remoteId, ticketClassId, {}, options), event, options);
    },
    create: (input: TicketTypeCreateInput, options) => {
      const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
      const event = eventRefOf(parsed.eventId, 'eventId');
      const body = ticketClassCreateBody(parsed, ticketClassOptions(rawProviderOptions(input)));
      return written(eb, 'write', native.createTicketClass(event.remoteId, { ticket_class: body }, options), event, options);
    },
    update: (id, patch: TicketTypeUpdateInput, options) => {
      const { event, ticketClassId } = ticketTypeRefOf(id);
      const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch ?? {});
      const body = ticketClassPatchBody(parsed, ticketClassOptions(rawProviderOptions(patch)));
      return written(eb, 'write', native.updateTicketClass(event.remoteId, ticketClassId, { ticket_class: body }, options), event, options);
    },
    delete: (id, options) => {
      const { event, ticketClassId } = ticketTypeRefOf(id);
      return mapResult(PROVIDER, 'write', native.deleteTicketClass(event.remoteId, ticketClassId, {}, options), (): Deleted => ({ id, deleted: true }));
    },
  };
}

function written(
  eb: EventbriteContext,
  kind: 'read' | 'write',
  call: APIPromise<EbTicketClass>,
  event: EventRef,
  options: RequestOptions | undefined,
): APIPromise<TicketType> {
  return mapResult(PROVIDER, kind, call, (t) => normalizeTicketType(t, event, eb.normalize(options)));
}

// ---- bodies ----

/** Vendor-only ticket class fields (`providerOptions.eventbrite`), as documented for create/update. */
const TicketClassOptionsSchema = z.strictObject({
  capacity: z.number().int().nonnegative().nullable().optional(),
  donation: z.boolean().optional(),
  include_fee: z.boolean().optional(),
  split_fee: z.boolean().optional(),
  hide_description: z.boolean().optional(),
  sales_channels: z.array(z.enum(['online', 'atd'])).optional(),
  sales_start: z.string().optional(),
  sales_end: z.string().optional(),
  sales_start_after: z.string().optional(),
  minimum_quantity: z.number().int().nonnegative().optional(),
  maximum_quantity: z.number().int().nonnegative().optional(),
  auto_hide: z.boolean().optional(),
  auto_hide_before: z.string().optional(),
  auto_hide_after: z.string().optional(),
  hidden: z.boolean().optional(),
  order_confirmation_message: z.string().optional(),
  delivery_methods: z.array(z.enum(['electronic', 'will_call', 'standard_shipping', 'third_party_shipping'])).optional(),
  sorting: z.number().int().optional(),
  has_pdf_ticket: z.boolean().optional(),
  inventory_tier_id: z.string().optional(),
  image_id: z.string().nullable().optional(),
});
type TicketClassOptions = z.output<typeof TicketClassOptionsSchema>;

function ticketClassOptions(options: Record<string, unknown> | undefined): TicketClassOptions {
  const parsed = vendorOptions(TicketClassOptionsSchema, 'a ticket type', options);
  for (const key of ['sales_start', 'sales_end', 'auto_hide_before', 'auto_hide_after'] as const) {
    const value = parsed[key];
    if (value !== undefined) parsed[key] = wireInstant(`providerOptions.eventbrite.${key}`, value);
  }
  return parsed;
}

function ticketClassCreateBody(parsed: z.output<typeof TicketTypeCreateInputSchema>, extra: TicketClassOptions): EbTicketClassWrite {
  if (parsed.quantityTotal === undefined && extra.donation !== true && extra.capacity === undefined) {
    throw invalidField(PROVIDER, 'quantityTotal', 'Eventbrite needs the quantity of a non-donation ticket class');
  }
  return {
    name: parsed.name,
    ...(parsed.description != null ? { description: parsed.description } : {}),
    ...priceFields(parsed.price, extra.donation === true),
    ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
    ...extra,
  };
}

function ticketClassPatchBody(parsed: z.output<typeof TicketTypeUpdateInputSchema>, extra: TicketClassOptions): EbTicketClassWrite {
  return {
    ...(parsed.name !== undefined ? { name: parsed.name } : {}),
    ...(parsed.description !== undefined ? { description: parsed.description ?? '' } : {}),
    ...(parsed.price !== undefined ? priceFields(parsed.price, extra.donation === true) : {}),
    ...(parsed.quantityTotal !== undefined ? { quantity_total: parsed.quantityTotal } : {}),
    ...extra,
  };
}

/** A free class is `free: true` without a cost; a paid one carries `cost` in the JSON object form. */
function priceFields(price: { amount: number; currency: string } | null, donation: boolean): EbTicketClassWrite {
  if (donation) return price && price.amount > 0 ? invalidPrice('a donation ticket class has no fixed price') : {};
  if (price === null || price.amount === 0) return { free: true };
  if (!Number.isSafeInteger(price.amount) || price.amount < 0) {
    return invalidPrice(`expected a non-negative integer in minor units, got ${price.amount}`);
  }
  return { free: false, cost: { currency: checkCurrency('price.currency', price.currency), value: price.amount } };
}

function invalidPrice(message: string): never {
  throw invalidField(PROVIDER, 'price', message);
}
