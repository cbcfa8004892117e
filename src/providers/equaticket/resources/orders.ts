/** `client.orders`: Equaticket orders, read-only (sales and refunds happen in its checkout and dashboard). */
import type { OrdersResource, Unsupported } from '../../../client.js';
import { notSupported, rejectedList } from '../../../core/guard.js';
import { unsupported } from '../../../core/errors.js';
import { describeValue, invalidField } from '../../../core/input.js';
import type { OrderListParams, OrderStatus } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import { normalizeOrder } from '../normalize.js';
import { EQ_PATHS } from '../paths.js';
import { parseOrderPage } from '../schemas.js';
import { checkId, normalizedList, normalizedOne } from './shared.js';

/** Equaticket's orders: read-only. */
export interface EquaticketOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Equaticket: sales happen in its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Equaticket: payments happen in its checkout. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Equaticket: refunds happen in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Equaticket: orders are cancelled in its dashboard. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Equaticket: it has no external payments. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

/** The filters `orders.list` takes (as `capabilities.orders.filters` declares). */
export const EQ_ORDER_FILTERS = ['eventId', 'eventDateId', 'status', 'buyerEmail'];

/** Normalized order status → the vendor's filter value (`confirmed` documented; the rest guesses, docs/vendors/equaticket.md). */
const ORDER_STATUS_FILTER: Partial<Record<OrderStatus, string>> = {
  paid: 'confirmed',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  pending: 'pending',
  cancelled: 'cancelled',
  expired: 'expired',
};

const NOT_IN_API = 'the public API cannot do it (refunds and sales happen in the dashboard and checkout)';

export function ordersResource(eq: EquaticketContext): EquaticketOrdersResource {
  return {
    list: (params: OrderListParams = {}, options) => {
      if (params?.updatedSince !== undefined) {
        return rejectedList(PROVIDER, 'orders', unsupported(PROVIDER, 'orders.list({ updatedSince })', 'Equaticket has no updated-since filter; use webhooks or page newest-first'));
      }
      assertListParams(PROVIDER, 'orders.list', params, EQ_ORDER_FILTERS);
      const p = params ?? {};
      const status = statusFilter(p.status);
      const eventId = orderScope(p);
      const buyerEmail = p.buyerEmail === undefined ? undefined : nonBlankFilter('buyerEmail', p.buyerEmail);
      return normalizedList(eq, {
        resource: 'orders',
        path: eventId === null ? EQ_PATHS.orders : EQ_PATHS.eventOrders(eventId),
        parse: parseOrderPage,
        query: { status, buyer_email: buyerEmail },
        params: p,
        filters: { eventId, status: status ?? null, buyerEmail: buyerEmail ?? null },
        normalize: normalizeOrder,
        options,
      });
    },
    get: (id, options) => normalizedOne(eq, 'read', eq.native.getOrder(id, options), options, normalizeOrder),
    create: notSupported(PROVIDER, 'orders.create', NOT_IN_API),
    markPaid: notSupported(PROVIDER, 'orders.markPaid', NOT_IN_API),
    refund: notSupported(PROVIDER, 'orders.refund', NOT_IN_API),
    cancel: notSupported(PROVIDER, 'orders.cancel', NOT_IN_API),
    recordPayment: notSupported(PROVIDER, 'orders.recordPayment', NOT_IN_API),
  };
}

/** The vendor's value of a normalized status filter; a status Equaticket cannot filter by is a `ValidationError`. */
function statusFilter(status: unknown): string | undefined {
  if (status === undefined) return undefined;
  const wire = typeof status === 'string' && Object.hasOwn(ORDER_STATUS_FILTER, status) ? ORDER_STATUS_FILTER[status as OrderStatus] : undefined;
  if (wire === undefined) throw invalidField(PROVIDER, 'status', `Equaticket cannot filter orders by ${JSON.stringify(status)}`);
  return wire;
}

/**
 * The event an order listing is scoped to, or `null` for the whole organization. `eventDateId` is the event's id
 * (Equaticket events have one date). A given but empty or blank id is a `ValidationError`, never a wider listing.
 */
function orderScope(params: OrderListParams): string | null {
  if (params.eventId !== undefined) checkId(params.eventId, 'eventId');
  if (params.eventDateId !== undefined) checkId(params.eventDateId, 'eventDateId');
  if (params.eventId !== undefined && params.eventDateId !== undefined && params.eventId !== params.eventDateId) {
    throw invalidField(PROVIDER, 'eventDateId', `an Equaticket event date's id is its event's id, so it cannot differ from eventId (${JSON.stringify(params.eventId)})`);
  }
  return params.eventId ?? params.eventDateId ?? null;
}

/** A string filter value: blank would reach the vendor as `?buyer_email=`, which may mean "no filter". */
function nonBlankFilter(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidField(PROVIDER, field, `expected a non-blank string (leave the key out for no filter), got ${describeValue(value)}`);
  }
  return value;
}
