/**
 * Event Schedule orders: its sales (docs/vendors/event-schedule.md, "Sales (orders) and attendees"). A sale carries no
 * currency and no occurrence kind: both come from its event, read once per call or listing (`SaleEvents`).
 */
import { APIPromise, type WithResponse } from '../../../core/api-promise.js';
import type { Deleted } from '../../../client.js';
import { readBeforeWrite, writeThenRead } from '../../../core/compose.js';
import { unsupported } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import { invalidField, parseInput } from '../../../core/input.js';
import { OrderCreateInputSchema, type Order, type OrderCreateInput, type OrderListParams } from '../../../core/model.js';
import { paginate, type RawPage } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { PROVIDER, eventScheduleCapabilities } from '../config.js';
import { SaleEvents, isTolerated, lookupOptions, type EventScheduleContext } from '../context.js';
import { ES_PATHS } from '../endpoints.js';
import { eventDateParts, optionalRecordId, recordId, ticketTypeParts } from '../ids.js';
import { SaleProviderOptionsSchema, vendorOptions } from '../inputs.js';
import { ORDER_STATUS_FILTER, eventScheduleIds, normalizeOrder, saleEventFacts } from '../normalize.js';
import { PageDeduper } from '../pagination.js';
import { ES_PARSE } from '../parse.js';
import type { EsEvent, EsSale, EsSaleAction, EsSaleCreateBody } from '../schemas.js';
import type { EventScheduleOrdersResource } from '../types.js';
import { ownValue } from '../../../internal/own.js';

/** The query of `GET /sales` for a normalized listing, and the filters its cursors are tagged with. */
function salesQuery(params: OrderListParams): { query: Record<string, string | undefined>; filters: Record<string, unknown> } {
  if (params.updatedSince !== undefined) {
    throw unsupported(PROVIDER, 'orders.list({ updatedSince })', 'Event Schedule has no updated-since filter; sales are listed newest first');
  }
  assertListParams(PROVIDER, 'orders.list', params, eventScheduleCapabilities.orders.filters);
  let status: string | undefined;
  if (params.status !== undefined) {
    status = ownValue(ORDER_STATUS_FILTER, params.status);
    if (status === undefined) throw invalidField(PROVIDER, 'status', `Event Schedule cannot filter sales by ${JSON.stringify(params.status)}`);
  }
  if (params.buyerEmail !== undefined && (typeof params.buyerEmail !== 'string' || params.buyerEmail.trim() === '')) {
    throw invalidField(PROVIDER, 'buyerEmail', 'expected an email address');
  }
  let eventId = optionalRecordId(params.eventId, 'eventId');
  let eventDate: string | undefined;
  if (params.eventDateId !== undefined) {
    const { eventId: dateEvent, date } = eventDateParts(params.eventDateId, 'eventDateId');
    if (eventId !== undefined && eventId !== dateEvent) throw invalidField(PROVIDER, 'eventDateId', `belongs to event ${dateEvent}, not ${eventId}`);
    eventId = dateEvent;
    eventDate = date ?? undefined;
  }
  return {
    query: { event_id: eventId, status, email: params.buyerEmail, event_date: eventDate },
    filters: { eventId: eventId ?? null, eventDate: eventDate ?? null, status: status ?? null, email: params.buyerEmail ?? null },
  };
}

/** The normalized orders of a page of sales (their events read once per listing). */
async function ordersOf(es: EventScheduleContext, sales: EsSale[], events: SaleEvents, options: RequestOptions | undefined): Promise<Order[]> {
  await events.loadFor(sales);
  const ctx = es.normalize(options);
  const out = new Array<Order>(sales.length);
  for (let i = 0; i < sales.length; i++) {
    const sale = sales[i]!;
    out[i] = normalizeOrder(sale, events.knownValue(sale.event_id), ctx);
  }
  return out;
}

function listOrders(es: EventScheduleContext, input: OrderListParams | null | undefined, options?: RequestOptions) {
  // `list(null)` is `list()`; an unknown key, or a filter of the wrong type, is a ValidationError before any request.
  const { query, filters } = salesQuery(input ?? {});
  const deduper = new PageDeduper<EsSale>((sale) => sale.id);
  // The sales' events, read once for the whole listing (not per page).
  let events: SaleEvents | null = null;
  return paginate<Order>({
    provider: PROVIDER,
    resource: 'orders',
    filters,
    limit: input?.limit,
    cursor: input?.cursor,
    options,
    fetchPage: async (state, limit, opts): Promise<RawPage<Order>> => {
      const page = await es.fetchPage({ path: ES_PATHS.sales, parse: ES_PARSE.salePage, query, state, limit, options: opts, deduper });
      events ??= new SaleEvents(es, opts);
      return { ...page, items: await ordersOf(es, page.items, events, opts) };
    },
  });
}

async function getOrder(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Order>> {
  const result = await es.native.getSale(recordId(id), options).withResponse();
  const [order] = await ordersOf(es, [result.data], new SaleEvents(es, options), options);
  return { ...result, data: order! };
}

/** The sale body of `orders.create`: tickets keyed by ticket id, the occurrence date when one is named. */
function saleBody(input: OrderCreateInput): { body: EsSaleCreateBody; eventId: string } {
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
  const body: EsSaleCreateBody = {
    event_id: eventId,
    name: parsed.buyer.name,
    email: parsed.buyer.email,
    tickets,
    ...(vendor.addons !== undefined ? { addons: vendor.addons } : {}),
    ...(eventDate !== undefined ? { event_date: eventDate } : {}),
  };
  return { body, eventId };
}

async function createOrder(es: EventScheduleContext, input: OrderCreateInput, options?: RequestOptions): Promise<WithResponse<Order>> {
  const { body, eventId } = saleBody(input);
  // The event gives the recurring check and the currency of the result. When it cannot be read (404, 403) the sale is
  // still sent: the server's own answer is authoritative (it refuses a recurring event without `event_date` with a
  // 422), and the result's money is left null with a warning. Any other failure of this read means the sale was never
  // sent.
  const event = await readBeforeWrite(
    es.native.getEvent(eventId, lookupOptions(options)).then(
      (e): EsEvent | null => e,
      (error: unknown) => {
        if (!isTolerated(error)) throw error;
        es.log.warn(`event ${eventId} could not be read before the sale (${error.message}); money left null`);
        return null;
      },
    ),
  );
  if (event?.schedule_type === 'recurring' && body.event_date === undefined) {
    throw invalidField(PROVIDER, 'eventDateId', 'the event is recurring: pass eventDateId (from eventDates.list) or providerOptions event_date (Y-m-d)');
  }
  return writeThenRead({
    provider: PROVIDER,
    what: 'orders.create',
    write: es.native.createSale(body, options),
    writtenId: (sale) => eventScheduleIds.order(sale.id),
    then: async (sale, result) => ({ ...result, data: normalizeOrder(sale, saleEventFacts(event), es.normalize(options)) }),
  }).withResponse();
}

/** A sale action, then the read of the sale's event (currency, occurrence) that the normalized order needs. */
function saleAction(es: EventScheduleContext, method: string, id: string, action: EsSaleAction, options: RequestOptions | undefined): APIPromise<Order> {
  return writeThenRead({
    provider: PROVIDER,
    what: method,
    write: es.native.updateSale(recordId(id), { action }, options),
    writtenId: (sale) => eventScheduleIds.order(sale.id),
    then: async (sale, result) => {
      const [order] = await ordersOf(es, [sale], new SaleEvents(es, options), options);
      return { ...result, data: order! };
    },
  });
}

async function deleteOrder(es: EventScheduleContext, id: string, options?: RequestOptions): Promise<WithResponse<Deleted>> {
  const result = await es.native.deleteSale(recordId(id), options).withResponse();
  return { ...result, data: { id, deleted: true } };
}

/** The orders resource (unguarded: the client wraps it in the one guard). */
export function ordersResource(es: EventScheduleContext): EventScheduleOrdersResource {
  return {
    list: (input, options) => listOrders(es, input, options),
    get: (id, options) => APIPromise.from(getOrder(es, id, options)),
    create: (input, options) => APIPromise.from(createOrder(es, input, options)),
    markPaid: (id, options) => saleAction(es, 'orders.markPaid', id, 'mark_paid', options),
    refund: (id, options) => saleAction(es, 'orders.refund', id, 'refund', options),
    cancel: (id, options) => saleAction(es, 'orders.cancel', id, 'cancel', options),
    recordPayment: notSupported(PROVIDER, 'orders.recordPayment', 'Event Schedule records a manual payment with orders.markPaid'),
    delete: (id, options) => APIPromise.from(deleteOrder(es, id, options)),
  };
}
