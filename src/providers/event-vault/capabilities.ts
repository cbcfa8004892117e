/** What Event Vault can do through ticketkit (docs/vendors/event-vault.md, "What maps to what", "Unsupported"). */
import type { Capabilities } from '../../client.js';
import { withIdempotency } from '../../core/idempotency.js';
import { EV_PROVIDER } from './context.js';
import { EV_DEFAULT_PAGE_SIZE, EV_MAX_PAGE_SIZE } from './listing.js';
import { EV_ATTENDEE_FILTERS } from './resources/attendees.js';

/**
 * What Event Vault supports through ticketkit (`client.capabilities`), known before any request:
 * docs/vendors/event-vault.md.
 */
export const eventVaultCapabilities: Capabilities = withIdempotency({
  provider: EV_PROVIDER,
  // No event endpoint: list/get return the configured event as a stub (descriptive fields null).
  events: { list: true, get: true, create: false, update: false, publish: false, cancel: false, delete: false },
  eventDates: { list: false, get: false },
  // Derived from the tickets guests hold (types are configured in the console); no writes.
  ticketTypes: { list: true, get: true, create: false, update: false, delete: false },
  orders: {
    list: false,
    get: false,
    create: false,
    markPaid: false,
    refund: false,
    cancel: false,
    recordPayment: false,
    updatedSince: false,
    filters: [],
  },
  attendees: { list: 'scoped', get: true, create: true, delete: true, checkIn: false, updatedSince: false, filters: [...EV_ATTENDEE_FILTERS] },
  pagination: 'client',
  pageSize: { default: EV_DEFAULT_PAGE_SIZE, max: EV_MAX_PAGE_SIZE },
  idempotencyKeys: 'none',
  testMode: false,
  webhooks: { verify: false, signed: false, subscriptions: false },
}) as Capabilities;
