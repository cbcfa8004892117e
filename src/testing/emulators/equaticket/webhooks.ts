/**
 * Equaticket webhooks (docs/vendors/equaticket.md, "Webhooks"): the documented envelope `{ id: 'evt_…', type,
 * created_at, data }` and its four types with their documented payloads, announced when the state changes; the
 * signature, retries and the end of the `ticket.checked_in` payload are guesses (./guesses.ts).
 */
import {
  hmacSha256Hex,
  isoUtc,
  padded,
  sequentialUuid,
  type EmulatorEnv,
  type EmulatorWebhooks,
  type WebhookNotification,
  type WebhookTarget,
} from '../../framework/index.js';
import {
  EQ_WEBHOOK_RETRY_DELAYS_MS_GUESS,
  EQ_WEBHOOK_SIGNATURE_HEADER_GUESS,
  EQ_WEBHOOK_USER_AGENT_GUESS,
  EQ_WEBHOOKS_PER_MODE_GUESS,
  eqMockWebhookSecretGuess,
  eqWebhookSecretGuess,
  eqWebhookSignedPayloadGuess,
} from './guesses.js';
import type { EqState, ModeStore } from './state.js';
import { EQ_ID_KIND, EQ_WEBHOOK_TYPES, type EqEventWire, type EqOrderWire, type EqTicketWire } from './wire.js';

export type EqWebhookType = (typeof EQ_WEBHOOK_TYPES)[number];

type EqEnv = EmulatorEnv<EqState>;

/** What `notify` carries: the envelope (built when the change happens) and the mode it happened in. */
interface EqNotice {
  livemode: boolean;
  envelope: { id: string; type: EqWebhookType; created_at: string; data: Record<string, unknown> };
}

function announce(env: EqEnv, store: ModeStore, type: EqWebhookType, data: Record<string, unknown>): void {
  const notice: EqNotice = {
    livemode: store.livemode,
    envelope: { id: `evt_${padded(env.ids.next('webhookEvent'), 24)}`, type, created_at: new Date(env.now()).toISOString(), data },
  };
  env.notify(type, notice);
}

/** `order.created`: a buyer finished checkout and the payment is confirmed (documented payload). */
export function announceOrderCreated(env: EqEnv, store: ModeStore, order: EqOrderWire): void {
  if (order.status !== 'confirmed') return;
  announce(env, store, 'order.created', {
    order_id: order.id,
    order_number: order.order_number,
    buyer_email: order.buyer_email,
    buyer_name: order.buyer_name,
    event_id: order.event_id,
    total_amount: order.total_amount,
    currency: order.currency,
  });
}

/** `order.refunded`: some or all tickets refunded; documented without an amount or ticket ids. */
export function announceOrderRefunded(env: EqEnv, store: ModeStore, order: EqOrderWire): void {
  announce(env, store, 'order.refunded', { order_id: order.id, event_id: order.event_id, status: order.status, currency: order.currency });
}

/** `event.sold_out`: once, when the event's last available ticket sells (every ticket type capped and full). */
export function announceSoldOutIfLast(env: EqEnv, store: ModeStore, event: EqEventWire): void {
  if (store.soldOutAnnounced.has(event.id)) return;
  const types = store.ticketTypes.of(event.id).items.map((row) => row.wire);
  if (types.length === 0 || types.some((t) => t.quantity_total === null || t.quantity_sold < t.quantity_total)) return;
  store.soldOutAnnounced.add(event.id);
  announce(env, store, 'event.sold_out', { event_id: event.id, event_title: event.title });
}

/** `ticket.checked_in`: a ticket scanned at the door (documented fields, then the guessed rest). */
export function announceCheckIn(env: EqEnv, store: ModeStore, ticket: EqTicketWire, at: number): void {
  const type = store.ticketTypes.get(ticket.ticket_type_id);
  announce(env, store, 'ticket.checked_in', {
    ticket_id: ticket.id,
    ticket_code: ticket.ticket_code,
    event_id: ticket.event_id,
    buyer_name: ticket.buyer_name,
    order_id: ticket.order_id,
    buyer_email: ticket.buyer_email,
    ticket_type_id: ticket.ticket_type_id,
    ticket_type_name: type?.name ?? null,
    checked_in_at: isoUtc(at),
  });
}

/** The subscriptions Equaticket holds that receive a notice: active, of its mode, asking for its type. */
function storedTargets(env: EqEnv, notification: WebhookNotification): WebhookTarget[] {
  const notice = notification.payload as EqNotice;
  const stores = EQ_WEBHOOKS_PER_MODE_GUESS ? [notice.livemode ? env.state.live : env.state.test] : [env.state.test, env.state.live];
  const targets: WebhookTarget[] = [];
  for (const store of stores) {
    for (const row of store.webhooks.all.items) {
      const hook = row.wire;
      if (!hook.active || !hook.events.includes(notification.type)) continue;
      targets.push({ id: hook.id, url: hook.url, secret: eqWebhookSecretGuess(hook.id), source: 'vendor' });
    }
  }
  return targets;
}

export const equaticketWebhooks: EmulatorWebhooks<EqState> = {
  types: EQ_WEBHOOK_TYPES,
  signed: true,
  defaultSecret: eqMockWebhookSecretGuess,
  subscriptionId: (n) => sequentialUuid(EQ_ID_KIND.mockWebhook, n),
  stored: (env, notification) => storedTargets(env, notification),
  async request(notification, target, { now }) {
    const body = JSON.stringify((notification.payload as EqNotice).envelope);
    const t = Math.floor(now / 1000);
    const signature = await hmacSha256Hex(target.secret ?? '', eqWebhookSignedPayloadGuess(t, body));
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': EQ_WEBHOOK_USER_AGENT_GUESS,
        [EQ_WEBHOOK_SIGNATURE_HEADER_GUESS.toLowerCase()]: `t=${t},v1=${signature}`,
      },
    };
  },
  retryDelayMs: (failures) => EQ_WEBHOOK_RETRY_DELAYS_MS_GUESS[failures - 1] ?? null,
};
