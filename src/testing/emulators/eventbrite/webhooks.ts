/**
 * Eventbrite webhooks (docs/vendors/eventbrite.md, "Webhooks"): an unsigned JSON POST of
 * `{ config: { action, endpoint_url, user_id, webhook_id }, api_url }`, where `api_url` is the API URL of the object
 * that changed (it resolves against this emulator: the mock client's base URL, or the mock-server's). A subscription
 * filters on its `actions` and, when set, its `event_id`. An endpoint answering 410 Gone is unsubscribed.
 */
import type { EmulatorWebhooks, WebhookNotification, WebhookTarget } from '../../framework/index.js';
import { EB_WEBHOOK_ACTIONS, type EbNotice } from './announce.js';
import type { EbEnv, EbState } from './state.js';
import { EB_USER_ID } from './wire.js';


/**
 * Retries are not documented: the emulator tries a failed delivery again after these delays, then gives up (a guess;
 * an endpoint answering 410 is unsubscribed at once, as documented).
 */
export const EB_WEBHOOK_RETRY_DELAYS_MS_GUESS = [60_000, 600_000, 3_600_000] as const;

/** A mock subscription's id: numeric strings like the vendor's webhook ids, in a range of their own. */
const MOCK_SUBSCRIPTION_ID_BASE = 9_000_000;

function storedTargets(env: EbEnv, notification: WebhookNotification): WebhookTarget[] {
  const notice = notification.payload as EbNotice;
  const targets: WebhookTarget[] = [];
  for (const { wire } of env.state.webhooks.values()) {
    if (!wire.actions.includes(notification.type)) continue;
    if (wire.event_id !== null && wire.event_id !== notice.eventId) continue;
    targets.push({ id: wire.id, url: wire.endpoint_url, secret: null, source: 'vendor' });
  }
  return targets;
}

export const eventbriteWebhooks: EmulatorWebhooks<EbState> = {
  types: EB_WEBHOOK_ACTIONS,
  signed: false,
  subscriptionId: (n) => String(MOCK_SUBSCRIPTION_ID_BASE + n),
  stored: (env, notification) => storedTargets(env, notification),
  request(notification, target, { apiBaseUrl }) {
    const notice = notification.payload as EbNotice;
    const body = JSON.stringify({
      config: { action: notification.type, endpoint_url: target.url ?? '', user_id: EB_USER_ID, webhook_id: target.id },
      api_url: `${apiBaseUrl.replace(/\/+$/, '')}${notice.path}`,
    });
    return Promise.resolve({ body, headers: { 'content-type': 'application/json' } });
  },
  retryDelayMs: (failures, status) => (status === 410 ? null : (EB_WEBHOOK_RETRY_DELAYS_MS_GUESS[failures - 1] ?? null)),
  onAnswer(env, target, status) {
    // Documented: a 410 Gone answer unsubscribes the webhook.
    if (status !== 410) return;
    const found = target.source === 'vendor' ? env.state.webhooks.get(target.id) : undefined;
    if (found) {
      found.org.webhooks.splice(found.org.webhooks.indexOf(found.wire), 1);
      env.state.webhooks.delete(target.id);
    }
    return 'unsubscribe';
  },
};
