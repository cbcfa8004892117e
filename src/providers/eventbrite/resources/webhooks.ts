/**
 * `client.webhooks`: Eventbrite's organization webhooks (`GET`/`POST /organizations/{id}/webhooks/`,
 * `DELETE /webhooks/{id}/`: docs/vendors/eventbrite.md, "Webhook subscriptions"). Normalized types map to Eventbrite
 * actions (`order.created` → `order.placed`, `attendee.checked_in`, `event.published`, …); actions without a
 * normalized name go through `providerOptions.eventbrite.actions`. Eventbrite does not sign deliveries: `secret` is
 * always `null`, and the receiving URL itself must stay secret.
 */
import { z } from 'zod';
import type { Deleted, WebhooksResource } from '../../../client.js';
import { InputProblem, parseInput } from '../../../core/input.js';
import {
  WebhookSubscriptionCreateInputSchema,
  type WebhookListParams,
  type WebhookSubscription,
  type WebhookSubscriptionCreateInput,
} from '../../../core/model.js';
import { withRaw, type NormalizeContext } from '../../../core/normalize.js';
import { assertListParams } from '../../../core/strict.js';
import { toUtcInstant } from '../../../core/time.js';
import { idProblem } from '../../../internal/path.js';
import { normalizedWebhookTypes, vendorWebhookTypes, type WebhookTypeTable } from '../../../core/webhook-subscriptions.js';
import { PROVIDER, type EventbriteContext } from '../context.js';
import { EB_PATHS } from '../paths.js';
import { EbWebhookSchema, type EbWebhook } from '../schemas.js';
import { listOf, organizationPath } from './list.js';

/**
 * Normalized type → Eventbrite action: every documented action, named as `verifyWebhook` names its deliveries
 * (docs/webhooks.md, "Event types"), so a subscription takes the types a handler switches on.
 */
export const EB_WEBHOOK_ACTIONS: WebhookTypeTable = {
  'order.created': 'order.placed',
  'order.updated': 'order.updated',
  'order.refunded': 'order.refunded',
  'event.created': 'event.created',
  'event.updated': 'event.updated',
  'event.published': 'event.published',
  'event.unpublished': 'event.unpublished',
  'attendee.checked_in': 'attendee.checked_in',
  'attendee.checked_out': 'attendee.checked_out',
  'attendee.updated': 'attendee.updated',
  'ticket_type.created': 'ticket_class.created',
  'ticket_type.updated': 'ticket_class.updated',
  'ticket_type.deleted': 'ticket_class.deleted',
  'organizer.updated': 'organizer.updated',
  'venue.updated': 'venue.updated',
};

/** Every action Eventbrite documents (what `providerOptions.eventbrite.actions` may name). */
const DOCUMENTED_ACTIONS = [
  'attendee.checked_in',
  'attendee.checked_out',
  'attendee.updated',
  'event.created',
  'event.published',
  'event.unpublished',
  'event.updated',
  'order.placed',
  'order.refunded',
  'order.updated',
  'organizer.updated',
  'ticket_class.created',
  'ticket_class.deleted',
  'ticket_class.updated',
  'venue.updated',
] as const;

/** `providerOptions.eventbrite`: raw actions beyond the normalized ones, one event to watch, another organization. */
const EbWebhookProviderOptionsSchema = z.strictObject({
  actions: z.array(z.enum(DOCUMENTED_ACTIONS)).min(1).optional(),
  eventId: z.string().regex(/^\d+$/, 'an Eventbrite event id (digits)').optional(),
  organizationId: z.string().regex(/^\d+$/, 'an Eventbrite organization id (digits)').optional(),
});

export function normalizeWebhook(w: EbWebhook, ctx: NormalizeContext): WebhookSubscription {
  const eventsRaw = w.actions ?? [];
  const subscription: WebhookSubscription = {
    id: w.id,
    provider: PROVIDER,
    remoteId: w.id,
    url: w.endpoint_url ?? '',
    events: normalizedWebhookTypes(EB_WEBHOOK_ACTIONS, eventsRaw),
    eventsRaw: [...eventsRaw],
    active: null,
    secret: null,
    createdAt: toUtcInstant(w.created),
  };
  return withRaw(subscription, w, ctx);
}

export function webhooksResource(eb: EventbriteContext): WebhooksResource {
  return {
    list: (params: WebhookListParams = {}, options) => {
      assertListParams(PROVIDER, 'webhooks.list', params, []);
      return listOf(eb, {
        resource: 'webhooks',
        path: organizationPath(eb, EB_PATHS.organizationWebhooks),
        key: 'webhooks',
        schema: EbWebhookSchema,
        params: params ?? {},
        filters: {},
        normalize: normalizeWebhook,
        options,
      });
    },
    create: (input: WebhookSubscriptionCreateInput, options) => {
      const parsed = parseInput(PROVIDER, 'webhook subscription', WebhookSubscriptionCreateInputSchema, input);
      const own = parseInput(PROVIDER, 'providerOptions.eventbrite', EbWebhookProviderOptionsSchema, parsed.providerOptions?.eventbrite ?? {}, 'providerOptions.eventbrite.');
      const actions = [...(parsed.events === undefined ? [] : vendorWebhookTypes(PROVIDER, EB_WEBHOOK_ACTIONS, parsed.events))];
      for (const action of own.actions ?? []) if (!actions.includes(action)) actions.push(action);
      // Without actions, Eventbrite subscribes to its documented default (order.placed, event.published, event.unpublished).
      const body = { endpoint_url: parsed.url, ...(actions.length > 0 ? { actions: actions.join(',') } : {}), ...(own.eventId ? { event_id: own.eventId } : {}) };
      const ctx = eb.normalize(options);
      return eb.native.createWebhook(body, { organizationId: own.organizationId }, options)._thenUnwrap((w) => normalizeWebhook(w, ctx), { provider: PROVIDER, kind: 'write' });
    },
    delete: (id, options) => {
      const problem = idProblem(id);
      if (problem !== null) throw new InputProblem('id', problem, id);
      return eb.native.deleteWebhook(id, options)._thenUnwrap((): Deleted => ({ id, deleted: true }), { provider: PROVIDER, kind: 'write' });
    },
  };
}
