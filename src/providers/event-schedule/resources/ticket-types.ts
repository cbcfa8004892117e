/**
 * Event Schedule ticket types (docs/vendors/event-schedule.md, "Events"): tickets live inside their event, and the
 * only way to write them is to send the event's whole ticket list again (every ticket gets a new id).
 */
import type { z } from 'zod';
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import type { Deleted, TicketTypesResource } from '../../../client.js';
import { mapResult, readBeforeWrite, writeThenRead } from '../../../core/compose.js';
import { InvalidResponseError } from '../../../core/errors.js';
import { invalidField, parseInput } from '../../../core/input.js';
import {
  TicketTypeCreateInputSchema,
  TicketTypeUpdateInputSchema,
  type EventScopedListParams,
  type TicketType,
  type TicketTypeCreateInput,
  type TicketTypeUpdateInput,
} from '../../../core/model.js';
import { normalizeCurrency, type Money } from '../../../core/money.js';
import { singlePage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { PROVIDER } from '../config.js';
import { lookupOptions, type EventScheduleContext } from '../context.js';
import { recordId, ticketTypeParts } from '../ids.js';
import { TicketProviderOptionsSchema, majorUnits, scopedEventId, ticketGone, ticketInputOf, ticketSalesTimes, vendorOptions } from '../inputs.js';
import { eventCurrency, eventScheduleIds, normalizeTicketType } from '../normalize.js';
import type { EsEvent, EsEventBody, EsTicket, EsTicketInput } from '../schemas.js';

function ticketsOf(event: EsEvent): EsTicket[] {
  return event.tickets_enabled === false ? [] : (event.tickets ?? []);
}

/** What a ticket-list write sends and looks for in the answer. */
interface TicketListWrite {
  what: string;
  event: EsEvent;
  tickets: EsTicketInput[];
  /** Other event fields sent with the list (the currency of a first priced ticket). */
  extra: EsEventBody;
  /** The name of the ticket the call is about, found in the answer. */
  name: string;
  options: RequestOptions | undefined;
}

/**
 * Re-sends the event's whole ticket list (the only way to write tickets), then finds `name` in the answer. The write
 * is the event's PUT: a failure after it (the answer lacks the ticket) says the write was applied, with the event's id
 * as `writtenId` (list its ticket types to see them).
 */
function writeTickets(es: EventScheduleContext, write: TicketListWrite): Promise<WithResponse<TicketType>> {
  const { event, tickets, name, options } = write;
  const body: EsEventBody = { ...write.extra, tickets };
  if (event.tickets_enabled !== true && tickets.length > 0) body.tickets_enabled = true;
  return writeThenRead({
    provider: PROVIDER,
    what: write.what,
    write: es.native.updateEvent(event.id, body, options),
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
      return { ...result, data: normalizeTicketType(ticket, written, es.normalize(options)) };
    },
  }).withResponse();
}

/** A ticket's price in major units; the event's currency is set by a first priced ticket, and must match after. */
function priceFields(price: Money | null, event: EsEvent, extra: EsEventBody, field = 'price'): number {
  if (price === null) return 0;
  const amount = majorUnits(price, field);
  const current = eventCurrency(event);
  const wanted = normalizeCurrency(price.currency);
  if (current === null) extra.ticket_currency_code = wanted ?? price.currency;
  else if (wanted !== current) throw invalidField(PROVIDER, `${field}.currency`, `event ${event.id} sells in ${current}, not ${price.currency}`);
  return amount;
}

async function getTicketType(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<TicketType>> {
  const { eventId, ticketId } = ticketTypeParts(id);
  const result = await es.native.getEvent(eventId, options).withResponse();
  const ticket = ticketsOf(result.data).find((t) => t.id === ticketId);
  if (!ticket) throw ticketGone(id);
  return { ...result, data: normalizeTicketType(ticket, result.data, es.normalize(options)) };
}

async function createTicketType(es: EventScheduleContext, input: TicketTypeCreateInput, options?: RequestOptions): Promise<WithResponse<TicketType>> {
  const parsed = parseInput(PROVIDER, 'ticket type', TicketTypeCreateInputSchema, input);
  const vendor = vendorOptions(input, TicketProviderOptionsSchema);
  const eventId = recordId(parsed.eventId, 'eventId');
  if (parsed.price) majorUnits(parsed.price, 'price');
  const event = await readBeforeWrite(es.native.getEvent(eventId, lookupOptions(options)));
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
  const tickets = [...current.map(ticketInputOf), added];
  return writeTickets(es, { what: 'ticketTypes.create', event, tickets, extra, name: parsed.name, options });
}

/** The changed ticket as a list item: its stored fields, then the patch. */
function patchedTicket(
  target: EsTicket,
  parsed: z.output<typeof TicketTypeUpdateInputSchema>,
  vendor: z.output<typeof TicketProviderOptionsSchema>,
  event: EsEvent,
  extra: EsEventBody,
  name: string,
): EsTicketInput {
  const changed: EsTicketInput = { ...ticketInputOf(target), ...ticketSalesTimes(vendor), type: name };
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
}

async function updateTicketType(es: EventScheduleContext, id: string, patch: TicketTypeUpdateInput, options?: RequestOptions): Promise<WithResponse<TicketType>> {
  const { eventId, ticketId } = ticketTypeParts(id);
  const parsed = parseInput(PROVIDER, 'ticket type patch', TicketTypeUpdateInputSchema, patch);
  const vendor = vendorOptions(patch, TicketProviderOptionsSchema);
  if (parsed.price) majorUnits(parsed.price, 'price');
  const event = await readBeforeWrite(es.native.getEvent(eventId, lookupOptions(options)));
  const current = ticketsOf(event);
  const target = current.find((t) => t.id === ticketId);
  if (!target) throw ticketGone(id);
  const name = parsed.name ?? target.type ?? '';
  if (parsed.name !== undefined && current.some((t) => t.id !== ticketId && t.type === parsed.name)) {
    throw invalidField(PROVIDER, 'name', `event ${event.id} already has a ticket type named ${JSON.stringify(parsed.name)}`);
  }
  const extra: EsEventBody = {};
  const tickets = current.map((t) => (t === target ? patchedTicket(t, parsed, vendor, event, extra, name) : ticketInputOf(t)));
  return writeTickets(es, { what: 'ticketTypes.update', event, tickets, extra, name, options });
}

async function deleteTicketType(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Deleted>> {
  const { eventId, ticketId } = ticketTypeParts(id);
  const event = await readBeforeWrite(es.native.getEvent(eventId, lookupOptions(options)));
  const current = ticketsOf(event);
  if (!current.some((t) => t.id === ticketId)) throw ticketGone(id);
  const tickets = current.filter((t) => t.id !== ticketId).map(ticketInputOf);
  return mapResult(PROVIDER, 'write', es.native.updateEvent(event.id, { tickets }, options), (): Deleted => ({ id, deleted: true })).withResponse();
}

/** The ticket types resource (unguarded: the client wraps it in the one guard). */
export function ticketTypesResource(es: EventScheduleContext): TicketTypesResource {
  return {
    list: (params: EventScopedListParams, options) => {
      const eventId = scopedEventId('ticketTypes.list', params);
      return singlePage<TicketType>({
        provider: PROVIDER,
        resource: 'ticketTypes',
        filters: { eventId },
        cursor: params.cursor,
        options,
        load: async (opts) => {
          const { data: event, response, requestId, attempts } = await es.native.getEvent(eventId, opts).withResponse();
          const ctx = es.normalize(opts);
          return { items: ticketsOf(event).map((t) => normalizeTicketType(t, event, ctx)), response, requestId, attempts };
        },
      });
    },
    get: (id, options) => APIPromise.from(getTicketType(es, id, options)),
    create: (input, options) => APIPromise.from(createTicketType(es, input, options)),
    update: (id, patch, options) => APIPromise.from(updateTicketType(es, id, patch, options)),
    delete: (id, options) => APIPromise.from(deleteTicketType(es, id, options)),
  };
}
