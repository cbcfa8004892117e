/**
 * `client.webhooks` on Event Vault: Event Vault documents no webhooks (docs/vendors/event-vault.md). Every method rejects with `UnsupportedCapabilityError`; nothing is sent.
 */
import type { Unsupported, WebhooksResource } from '../../../client.js';
import { notSupported, notSupportedList } from '../../../core/guard.js';
import { EV_PROVIDER } from '../context.js';

const REASON = 'Event Vault documents no webhooks: poll attendees.list instead';

/** Event Vault holds no webhook subscriptions through its API. */
export interface EventVaultWebhooksResource extends WebhooksResource {
  /** @deprecated Not supported by Event Vault: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<WebhooksResource['list']>;
  /** @deprecated Not supported by Event Vault: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<WebhooksResource['create']>;
  /** @deprecated Not supported by Event Vault: it documents no webhooks. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<WebhooksResource['delete']>;
}

export function webhooksResource(): EventVaultWebhooksResource {
  return {
    list: notSupportedList(EV_PROVIDER, 'webhooks.list', REASON),
    create: notSupported(EV_PROVIDER, 'webhooks.create', REASON),
    delete: notSupported(EV_PROVIDER, 'webhooks.delete', REASON),
  };
}
