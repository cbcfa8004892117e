/**
 * One Seaty order, normalized (`orders.get`, and the read-back after `orders.recordPayment`), and Seaty's one
 * per-call option, `lines`, which only these two methods take (docs/vendors/seaty.md, What maps to what).
 */
import type { WithResponse } from '../../../core/api-promise.js';
import { describeValue, invalidField } from '../../../core/input.js';
import type { Order, OrderLine } from '../../../core/model.js';
import { assertRequestOptions } from '../../../core/options.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { eventCurrency, readAll, SEATY, type SeatyContext } from '../context.js';
import { SEATY_PATHS } from '../endpoints.js';
import { idText, linesFromTickets, normalizeOrder } from '../normalize.js';
import { SEATY_READERS, type SeatyOrder } from '../schemas.js';

/** `orders.get` / `orders.recordPayment` options on Seaty. */
export interface SeatyOrderGetOptions extends RequestOptions {
  /**
   * Also read the order's tickets and the event's ticket categories to fill `lines` (two more requests,
   * or more for big orders). Default `false`: `lines` is `null`, as in lists.
   */
  lines?: boolean;
}

/**
 * Splits `lines` off a call's options, before anything is sent: the options may hold the request options and `lines`
 * (a boolean) and nothing else (a typo such as `line` is a `ValidationError` naming the key meant). What is left goes
 * to the pipeline, which takes no vendor option.
 */
export function splitLinesOption(options: SeatyOrderGetOptions | null | undefined): { lines: boolean; request: RequestOptions | undefined } {
  assertRequestOptions(SEATY, options, ['lines']);
  if (options === undefined || options === null) return { lines: false, request: undefined };
  const { lines, ...request } = options;
  if (lines !== undefined && typeof lines !== 'boolean') throw invalidField(SEATY, 'lines', `expected a boolean, got ${describeValue(lines)}`);
  return { lines: lines === true, request };
}

/** The event of an order, when the caller knows it (a payment's read-back): its id and currency. */
export interface KnownEvent {
  eventId: string;
  currency: string | null;
}

export interface LoadOrder {
  orderId: string;
  lines: boolean;
  options?: RequestOptions;
  known?: KnownEvent;
}

/**
 * `GET /orders/{id}`, then its date (for the event id) and the event (for the currency), unless `known`. With `lines`,
 * also its tickets joined with the event's ticket categories; without, `lines` is `null`, exactly as in a list
 * (Seaty's order lists carry no tickets).
 */
export async function loadOrder(ctx: SeatyContext, spec: LoadOrder): Promise<WithResponse<Order>> {
  const { options, known } = spec;
  const result = await ctx.native.getOrder(spec.orderId, options).withResponse();
  const order = result.data;
  let eventId: string | null = known?.eventId ?? null;
  if (eventId === null && order.event_date_id !== null && order.event_date_id !== undefined) {
    const date = await ctx.native.getDate(order.event_date_id, options);
    eventId = date.event_id === null || date.event_id === undefined ? null : idText(date.event_id);
  }
  const currency = known ? known.currency : eventId === null ? null : await eventCurrency(ctx, eventId, options);
  const lines = spec.lines && eventId !== null ? await orderLines(ctx, order, eventId, currency, options) : null;
  return { ...result, data: normalizeOrder(order, eventId, lines, ctx.normalize(options, currency)) };
}

/** The order's tickets joined with its event's ticket categories (the categories are read only when there are tickets). */
async function orderLines(ctx: SeatyContext, order: SeatyOrder, eventId: string, currency: string | null, options?: RequestOptions): Promise<OrderLine[]> {
  const tickets = await readAll(ctx, SEATY_PATHS.orderTickets(order.id), SEATY_READERS.orderTicket, options);
  const categories = tickets.length ? await readAll(ctx, SEATY_PATHS.ticketCategories(eventId), SEATY_READERS.ticketCategory, options) : [];
  return linesFromTickets(tickets, categories, eventId, currency);
}
