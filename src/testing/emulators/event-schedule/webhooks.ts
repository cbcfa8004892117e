/**
 * Event Schedule webhooks (docs/vendors/event-schedule.md, "Webhooks"): a JSON POST of
 * `{ event, timestamp, data }` where `data` is the record's API shape (a sale always with its `secret`), signed
 * `X-Webhook-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, with `X-Webhook-Event` and `X-Webhook-Timestamp`.
 * Only events of Pro schedules send webhooks. A delivery that finds the endpoint unreachable or answering 5xx is
 * retried twice; a 3xx or 4xx answer is final.
 */
import { hmacSha256Hex, type EmulatorWebhooks } from '../../framework/index.js';
import { eventIsPro, eventJson, saleJson, type EsEnv, type EsState } from './state.js';
import { isoOffset, type EsEventRow, type EsSaleRow } from './wire.js';

/** Every type the vendor's webhook model lists (what a subscription may select). */
export const ES_WEBHOOK_TYPES = [
  'sale.created',
  'sale.paid',
  'sale.refunded',
  'sale.cancelled',
  'installment.paid',
  'installment.failed',
  'event.created',
  'event.updated',
  'event.deleted',
  'event.cancelled',
  'ticket.scanned',
  'ticket.booked',
  'ticket.booking_cancelled',
  'feedback.submitted',
] as const;

export type EsWebhookType = (typeof ES_WEBHOOK_TYPES)[number];

/** The delivery's User-Agent (documented). */
export const ES_WEBHOOK_USER_AGENT = 'EventSchedule-Webhook/1.0';

/**
 * The two retries come 30–90 s and 60–120 s after a failure (documented ranges, randomized by the vendor); the
 * emulator picks fixed points inside them so that tests stay deterministic.
 */
export const ES_WEBHOOK_RETRY_DELAYS_MS = [60_000, 90_000] as const;

/** A mock subscription's default secret (the vendor's secret format is not documented: a guess). */
export const esMockWebhookSecretGuess = (n: number): string => `es_whsec_${String(n).padStart(8, '0')}`;

/**
 * PHP's `json_encode` with default flags, which the vendor signs and sends: `/` is escaped as `\/` and every
 * non-ASCII character as `\uXXXX`. (Receivers must verify the raw bytes, never a re-serialized body.)
 */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface EsNotice {
  body: { event: EsWebhookType; timestamp: string; data: Record<string, unknown> };
}

function announce(env: EsEnv, type: EsWebhookType, data: Record<string, unknown>): void {
  const notice: EsNotice = { body: { event: type, timestamp: isoOffset(env.now()), data } };
  env.notify(type, notice);
}

/** A sale's change (`sale.created`, `sale.paid`, `sale.refunded`, `sale.cancelled`), with the sale's secret. */
export function announceSale(env: EsEnv, type: 'sale.created' | 'sale.paid' | 'sale.refunded' | 'sale.cancelled', sale: EsSaleRow): void {
  const event = env.state.events.get(sale.event_id);
  if (event && !eventIsPro(env.state, event)) return;
  announce(env, type, saleJson(env.state, sale, true));
}

/** An event's change (`event.created`, `event.updated`, `event.deleted`); call `event.deleted` before removing it. */
export function announceEvent(env: EsEnv, type: 'event.created' | 'event.updated' | 'event.deleted', event: EsEventRow): void {
  if (!eventIsPro(env.state, event)) return;
  announce(env, type, eventJson(env.state, event));
}

export const eventScheduleWebhooks: EmulatorWebhooks<EsState> = {
  types: ES_WEBHOOK_TYPES,
  signed: true,
  defaultSecret: esMockWebhookSecretGuess,
  async request(notification, target, { now }) {
    const { body: payload } = notification.payload as EsNotice;
    const body = phpJsonEncode(payload);
    const signature = await hmacSha256Hex(target.secret ?? '', body);
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': ES_WEBHOOK_USER_AGENT,
        'x-webhook-signature': `sha256=${signature}`,
        'x-webhook-event': payload.event,
        'x-webhook-timestamp': isoOffset(now),
      },
    };
  },
  // Documented: unreachable or 5xx → retried twice; 3xx and 4xx are final.
  retryDelayMs: (failures, status) => (status !== null && status < 500 ? null : (ES_WEBHOOK_RETRY_DELAYS_MS[failures - 1] ?? null)),
};
