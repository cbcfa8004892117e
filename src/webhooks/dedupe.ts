/** One key per delivery, so a handler can skip a retry of a delivery it already processed (docs/webhooks.md, "De-duplication"). */
import type { WebhookEvent } from './types.js';

/**
 * A key that is the same on every retry of one delivery and differs between deliveries: store it (with a TTL of a
 * few days) and skip an event whose key you have seen.
 * - Equaticket: `equaticket:<evt_… id>`.
 * - Event Schedule sends no delivery id; its retries repeat the signed body, so the key is the type, the record id
 *   and the body's `timestamp` (`event-schedule:sale.paid:<sale id>:<timestamp>`). Two changes of one record within
 *   the same second share a key.
 * - Eventbrite: `null`. It sends no id and no time, only "this object changed": fetch the current state with
 *   `resolveWebhook` and write it idempotently (an upsert) instead.
 */
export function webhookDedupeKey(event: WebhookEvent): string | null {
  if (event.id !== null) return `${event.provider}:${event.id}`;
  if (event.provider === 'event-schedule' && event.occurredAt !== null) {
    return `event-schedule:${event.typeRaw}:${event.ref?.remoteId ?? ''}:${event.occurredAt}`;
  }
  return null;
}
