/**
 * Seaty's orders: listed per event or per date, read one at a time, and the one write Seaty has (a balance payment,
 * `recordPayment`). Creating, paying, refunding and cancelling orders happen in Seaty (unsupported here).
 */
import type { OrdersResource, Unsupported } from '../../../client.js';
import { APIPromise } from '../../../core/api-promise.js';
import { unsupported } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import type { Order, OrderListParams, RecordPaymentInput } from '../../../core/model.js';
import type { PagePromise } from '../../../core/pagination.js';
import type { RequestOptions } from '../../../core/pipeline.js';
import { assertListParams } from '../../../core/strict.js';
import { SEATY, type SeatyContext } from '../context.js';
import { seatyId } from '../ids.js';
import { SEATY_LIST_FILTERS } from './filters.js';
import { loadOrder, splitLinesOption, type SeatyOrderGetOptions } from './order-get.js';
import { dateOrders, eventOrders } from './order-lists.js';
import { recordPayment } from './record-payment.js';

const NOT_IN_API =
  'the Seaty API is read-and-record: orders are created and refunded in Seaty; only external balance payments can be recorded (orders.recordPayment)';

/** Normalized filters Seaty cannot honour: refused as unsupported (not as typos), naming the filter. */
const UNSUPPORTED_FILTERS = ['updatedSince', 'status', 'buyerEmail'] as const;

export function seatyOrders(ctx: SeatyContext): SeatyOrdersResource {
  return {
    list: (params: OrderListParams = {}, options) => listOrders(ctx, params ?? {}, options),
    get: (id, options) => {
      const orderId = seatyId(id, 'id');
      const { lines, request } = splitLinesOption(options);
      return APIPromise.from(loadOrder(ctx, { orderId, lines, options: request }));
    },
    create: notSupported(SEATY, 'orders.create', NOT_IN_API),
    markPaid: notSupported(SEATY, 'orders.markPaid', NOT_IN_API),
    refund: notSupported(SEATY, 'orders.refund', NOT_IN_API),
    cancel: notSupported(SEATY, 'orders.cancel', NOT_IN_API),
    recordPayment: (input, options) => recordPayment(ctx, input, options),
  };
}

/** `{ eventDateId }`: that date's orders; `{ eventId }`: the event's dates walked; neither: unsupported. */
function listOrders(ctx: SeatyContext, params: OrderListParams, options?: RequestOptions): PagePromise<Order> {
  for (const filter of UNSUPPORTED_FILTERS) {
    if (params[filter] !== undefined) throw unsupported(SEATY, `orders.list({ ${filter} })`, 'Seaty lists have no filters (only eventId or eventDateId)');
  }
  assertListParams(SEATY, 'orders.list', params, SEATY_LIST_FILTERS.orders);
  if (params.eventDateId !== undefined) {
    const eventDateId = seatyId(params.eventDateId, 'eventDateId');
    const eventId = params.eventId === undefined ? null : seatyId(params.eventId, 'eventId');
    return dateOrders({ ctx, filters: { eventId, eventDateId }, params, options, eventDateId, eventId });
  }
  if (params.eventId !== undefined) {
    const eventId = seatyId(params.eventId, 'eventId');
    return eventOrders({ ctx, filters: { eventId, eventDateId: null }, params, options, eventId });
  }
  throw unsupported(
    SEATY,
    'orders.list.unscoped',
    "Seaty has no organisation-wide order list: pass { eventId } (walks the event's dates) or { eventDateId } (one date)",
  );
}

/** Seaty's orders: every normalized order also carries `balance` (docs/vendors/seaty.md, Money). */
export interface SeatyOrdersResource extends OrdersResource {
  /**
   * @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external
   * balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`;
   * nothing is sent.
   */
  create: Unsupported<OrdersResource['create']>;
  /**
   * @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external
   * balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`;
   * nothing is sent.
   */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /**
   * @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external
   * balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`;
   * nothing is sent.
   */
  refund: Unsupported<OrdersResource['refund']>;
  /**
   * @deprecated Not supported by Seaty: orders are created, paid, refunded and cancelled in Seaty; only external
   * balance payments can be recorded (`orders.recordPayment`). Always rejects with `UnsupportedCapabilityError`;
   * nothing is sent.
   */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** Lists orders, filtered by `params` (a filter Seaty cannot apply is an `UnsupportedCapabilityError`). */
  list(params?: OrderListParams, options?: RequestOptions): PagePromise<Order>;
  /** One order; `{ lines: true }` also reads its tickets and the event's categories to fill `lines`. */
  get(id: string, options?: SeatyOrderGetOptions): APIPromise<Order>;
  /**
   * Records an external balance payment, then reads back the payee's order (docs/vendors/seaty.md, Balance payments).
   */
  recordPayment(input: RecordPaymentInput, options?: SeatyOrderGetOptions): APIPromise<Order>;
}
