/**
 * `orders`: read-only (docs/vendors/eventbrite.md, Unsupported). Orders are read with `expand=attendees`, which gives
 * the order lines and the ticket count.
 */
import type { OrdersResource, Unsupported } from '../../../client.js';
import { mapResult } from '../../../core/compose.js';
import { unsupported } from '../../../core/errors.js';
import { notSupported } from '../../../core/guard.js';
import { invalidField } from '../../../core/input.js';
import type { OrderListParams } from '../../../core/model.js';
import { assertListParams } from '../../../core/strict.js';
import type { Query } from '../../../internal/path.js';
import { eventbriteCapabilities } from '../capabilities.js';
import { PROVIDER, type EventbriteContext } from '../context.js';
import { wireInstant } from '../inputs.js';
import { eventRefOf, normalizeOrder, simpleIdOf } from '../normalize.js';
import { EB_PATHS } from '../paths.js';
import { EbOrderSentSchema } from '../schemas.js';
import { listOf, organizationPath } from './list.js';

/** Order lists and reads expand the attendees, which give the order lines and the ticket count. */
const ORDER_EXPAND = ['attendees'] as const;

const READ_ONLY = 'the Eventbrite API reads orders but cannot create or change them';

/** Eventbrite's orders: read-only. */
export interface EventbriteOrdersResource extends OrdersResource {
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot create them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<OrdersResource['create']>;
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot change them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  markPaid: Unsupported<OrdersResource['markPaid']>;
  /** @deprecated Not supported by Eventbrite: refunds happen in Eventbrite. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  refund: Unsupported<OrdersResource['refund']>;
  /** @deprecated Not supported by Eventbrite: the API reads orders but cannot change them. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  cancel: Unsupported<OrdersResource['cancel']>;
  /** @deprecated Not supported by Eventbrite: it has no external payments. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  recordPayment: Unsupported<OrdersResource['recordPayment']>;
}

export function ordersResource(eb: EventbriteContext): EventbriteOrdersResource {
  return {
    list: (params: OrderListParams = {}, options) => {
      const { status, ...p } = params ?? {};
      if (status !== undefined) {
        throw unsupported(PROVIDER, 'orders.list({ status })', 'Eventbrite filters orders by active/inactive, not by payment status');
      }
      assertListParams(PROVIDER, 'orders.list', p, eventbriteCapabilities.orders.filters);
      const scope = orderScope(p.eventId, p.eventDateId);
      const changedSince = p.updatedSince !== undefined ? wireInstant('updatedSince', p.updatedSince) : undefined;
      const buyerEmail = p.buyerEmail !== undefined ? emailFilter(p.buyerEmail) : undefined;
      const query: Query = { changed_since: changedSince, only_emails: buyerEmail, expand: ORDER_EXPAND.join(',') };
      return listOf(eb, {
        resource: 'orders',
        path: scope === null ? organizationPath(eb, EB_PATHS.organizationOrders) : EB_PATHS.eventOrders(scope),
        key: 'orders',
        schema: EbOrderSentSchema,
        query,
        params: p,
        filters: { eventId: p.eventId ?? null, eventDateId: p.eventDateId ?? null, buyerEmail: buyerEmail ?? null, updatedSince: changedSince ?? null },
        normalize: normalizeOrder,
        options,
      });
    },
    get: (id, options) => {
      const remoteId = simpleIdOf(id, 'id', 'an Eventbrite order id');
      return mapResult(PROVIDER, 'read', eb.native.getOrder(remoteId, { expand: ORDER_EXPAND }, options), (o) => normalizeOrder(o, eb.normalize(options)));
    },
    create: notSupported(PROVIDER, 'orders.create', READ_ONLY),
    markPaid: notSupported(PROVIDER, 'orders.markPaid', READ_ONLY),
    refund: notSupported(PROVIDER, 'orders.refund', READ_ONLY),
    cancel: notSupported(PROVIDER, 'orders.cancel', READ_ONLY),
    recordPayment: notSupported(PROVIDER, 'orders.recordPayment', READ_ONLY),
  };
}

/**
 * The event whose orders to list: the date (an occurrence) first, else the event; `null` for the organization.
 * A given but empty or malformed id is a `ValidationError`, never a wider (organization-wide) listing.
 */
function orderScope(eventId: string | undefined, eventDateId: string | undefined): string | null {
  if (eventDateId !== undefined) return simpleIdOf(eventDateId, 'eventDateId', 'an Eventbrite event date id');
  // Inferred: a series parent's id lists the orders of its occurrences at `/events/{parent id}/orders/`.
  if (eventId !== undefined) return eventRefOf(eventId, 'eventId').remoteId;
  return null;
}

/** `buyerEmail` becomes `only_emails`: a blank one would be sent as no filter at all, so it is refused. */
function emailFilter(email: unknown): string {
  if (typeof email !== 'string' || email.trim() === '') {
    throw invalidField(PROVIDER, 'buyerEmail', `expected an email address, got ${typeof email === 'string' ? 'a blank string' : typeof email}`);
  }
  if (email.includes(',')) throw invalidField(PROVIDER, 'buyerEmail', 'one email address (Eventbrite reads a comma as a list separator)');
  return email.trim();
}
