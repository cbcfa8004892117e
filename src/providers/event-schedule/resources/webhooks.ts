/**
 * `client.webhooks` on Event Schedule: its webhooks are configured in the Event Schedule web app, and the API has no subscription endpoint (docs/vendors/event-schedule.md, "Webhooks"). Every method rejects with `UnsupportedCapabilityError`; nothing is sent.
 */
import type { Unsupported, WebhooksResource } from '../../../client.js';
import { notSupported, notSupportedList } from '../../../core/guard.js';
import { PROVIDER } from '../config.js';

const REASON = 'Event Schedule webhooks are set up in its web app (schedule settings); the API has no subscription endpoint';

/** Event Schedule holds no webhook subscriptions through its API. */
export interface EventScheduleWebhooksResource extends WebhooksResource {
  /** @deprecated Not supported by Event Schedule: webhooks are set up in its web app; the API has no subscription endpoint. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  list: Unsupported<WebhooksResource['list']>;
  /** @deprecated Not supported by Event Schedule: webhooks are set up in its web app; the API has no subscription endpoint. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  create: Unsupported<WebhooksResource['create']>;
  /** @deprecated Not supported by Event Schedule: webhooks are set up in its web app; the API has no subscription endpoint. Always rejects with `UnsupportedCapabilityError`; nothing is sent. */
  delete: Unsupported<WebhooksResource['delete']>;
}

export function webhooksResource(): EventScheduleWebhooksResource {
  return {
    list: notSupportedList(PROVIDER, 'webhooks.list', REASON),
    create: notSupported(PROVIDER, 'webhooks.create', REASON),
    delete: notSupported(PROVIDER, 'webhooks.delete', REASON),
  };
}
