/** What the Eventbrite client can do (docs/vendors/eventbrite.md, What maps to what, and Unsupported). */
import type { Capabilities } from '../../client.js';
import { withIdempotency } from '../../core/idempotency.js';
import { PROVIDER } from './context.js';
import { EB_DEFAULT_PAGE_SIZE, EB_MAX_PAGE_SIZE } from './pagination.js';

/**
 * What Eventbrite supports through ticketkit (`client.capabilities`), known before any request:
 * docs/vendors/eventbrite.md.
 */
export const eventbriteCapabilities: Capabilities = withIdempotency({
  provider: PROVIDER,
  events: { list: true, get: true, create: true, update: true, publish: true, cancel: true, delete: true },
  eventDates: { list: 'native', get: true },
  ticketTypes: { list: true, get: true, create: true, update: true, delete: true },
  orders: {
    list: 'all',
    get: true,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: false,
    updatedSince: true,
    filters: ['eventId', 'eventDateId', 'buyerEmail', 'updatedSince'],
  },
  attendees: {
    list: 'all',
    get: true,
    create: false,
    delete: false,
    checkIn: false,
    updatedSince: true,
    filters: ['eventId', 'updatedSince'],
  },
  pagination: 'continuation',
  pageSize: { default: EB_DEFAULT_PAGE_SIZE, max: EB_MAX_PAGE_SIZE },
  idempotencyKeys: 'none',
  testMode: false,
  webhooks: { verify: true, signed: false, subscriptions: true },
}) as Capabilities;
