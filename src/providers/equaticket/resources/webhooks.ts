/**
 * `client.webhooks`: Equaticket's webhook subscriptions at the guessed paths (`/webhooks`, `/webhooks/{id}`: see
 * docs/vendors/equaticket.md, "Webhook subscriptions"). `create` returns the signing secret, which Equaticket shows
 * once (a guess: the field is `secret`). Types: `order.created`, `order.refunded`, `event.sold_out` and
 * `attendee.checked_in` (Equaticket's `ticket.checked_in`).
 */
import { z } from 'zod';
import type { Deleted, WebhooksResource } from '../../../client.js';
import { parseInput } from '../../../core/input.js';
import {
  WebhookSubscriptionCreateInputSchema,
  type WebhookListParams,
  type WebhookSubscription,
  type WebhookSubscriptionCreateInput,
} from '../../../core/model.js';
import { withRaw, type NormalizeContext } from '../../../core/normalize.js';
import { assertListParams } from '../../../core/strict.js';
import { toUtcInstant } from '../../../core/time.js';
import { normalizedWebhookTypes, vendorWebhookTypes, type WebhookTypeTable } from '../../../core/webhook-subscriptions.js';
import { PROVIDER, type EquaticketContext } from '../context.js';
import { EQ_PATHS } from '../paths.js';
import { parseWebhookPage, type EqWebhook } from '../schemas.js';
import { checkId, normalizedList, normalizedOne, ownOptions } from './shared.js';

/** Normalized type → Equaticket's (documented names). */
export const EQ_WEBHOOK_TYPES: WebhookTypeTable = {
  'order.created': 'order.created',
  'order.refunded': 'order.refunded',
  'event.sold_out': 'event.sold_out',
  'attendee.checked_in': 'ticket.checked_in',
};

/** `providerOptions.equaticket` of a subscription: whether it starts active (the `active` field is a guess). */
const EqWebhookProviderOptionsSchema = z.strictObject({ active: z.boolean().optional() });

export function normalizeWebhook(w: EqWebhook, ctx: NormalizeContext): WebhookSubscription {
  const eventsRaw = w.events ?? [];
  const id = String(w.id);
  const subscription: WebhookSubscription = {
    id,
    provider: PROVIDER,
    remoteId: id,
    url: w.url ?? '',
    events: normalizedWebhookTypes(EQ_WEBHOOK_TYPES, eventsRaw),
    eventsRaw: [...eventsRaw],
    active: w.active ?? w.enabled ?? null,
    secret: w.secret ?? null,
    createdAt: toUtcInstant(w.created_at),
  };
  return withRaw(subscription, w, ctx);
}

export function webhooksResource(eq: EquaticketContext): WebhooksResource {
  const api = eq.native;
  return {
    list: (params: WebhookListParams = {}, options) => {
      assertListParams(PROVIDER, 'webhooks.list', params, []);
      return normalizedList(eq, { resource: 'webhooks', path: EQ_PATHS.webhooks, parse: parseWebhookPage, params: params ?? {}, filters: {}, normalize: normalizeWebhook, options });
    },
    create: (input: WebhookSubscriptionCreateInput, options) => {
      const parsed = parseInput(PROVIDER, 'webhook subscription', WebhookSubscriptionCreateInputSchema, input);
      const own = ownOptions(input, EqWebhookProviderOptionsSchema);
      const events = parsed.events === undefined ? Object.values(EQ_WEBHOOK_TYPES) : vendorWebhookTypes(PROVIDER, EQ_WEBHOOK_TYPES, parsed.events);
      const body = { url: parsed.url, events, ...(own.active !== undefined ? { active: own.active } : {}) };
      return normalizedOne(eq, 'write', api.createWebhook(body, options), options, normalizeWebhook);
    },
    delete: (id, options) => {
      checkId(id, 'id');
      return api.deleteWebhook(id, options)._thenUnwrap((): Deleted => ({ id, deleted: true }), { provider: PROVIDER, kind: 'write' });
    },
  };
}
