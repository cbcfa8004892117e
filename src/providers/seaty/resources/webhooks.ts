/**
 * `client.webhooks` on Seaty: Seaty documents no webhooks (docs/vendors/seaty.md). Every method rejects with `UnsupportedCapabilityError`; nothing is sent.
 */
import type { Unsupported, WebhooksResource } from '../../../client.js';
import { notSupported, notSupportedList } from '../../../core/guard.js';
import { SEATY } from '../context.js';

const REASON = 'Seaty documents no webhooks: poll orders.list instead';

/** Seaty holds no webhook subscriptions through its API. */
export interface SeatyWebhooksResource extends WebhooksResource {
  /** @deprecated Not supported by Seaty: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<WebhooksResource['list']>;
  /** @deprecated Not supported by Seaty: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<WebhooksResource['create']>;
  /** @deprecated Not supported by Seaty: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<WebhooksResource['delete']>;
}

export function webhooksResource(): SeatyWebhooksResource {
  return {
    list: notSupportedList(SEATY, 'webhooks.list', REASON),
    create: notSupported(SEATY, 'webhooks.create', REASON),
    delete: notSupported(SEATY, 'webhooks.delete', REASON),
  };
}
