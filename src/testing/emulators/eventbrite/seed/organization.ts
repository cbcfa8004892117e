/** `s.organization()` and `s.webhook()`: Eventbrite-only builders (wire shapes: there is no normalized form). */
import { insertOrganization, insertWebhook, type EbEnv } from '../state.js';
import type { OrganizationWire, WebhookWire } from '../wire.js';
import { bad, optionalText, SEED_KEYS, seedInput } from './check.js';
import { orgFor } from './find.js';

/** A webhook subscription to seed with `s.webhook`. */
export interface EbSeedWebhookInput {
  /** Where deliveries go (default `https://example.com/webhooks/eventbrite`). */
  endpointUrl?: string;
  /** Actions it receives (default `order.placed`, `event.published`, `event.unpublished`, Eventbrite's own default). */
  actions?: string[];
  /** Only this event's actions (its remote id), or `null` for every event (default). */
  eventId?: string | null;
  /** The organization it belongs to (default: the emulator's). */
  organizationId?: string;
}

/** Another organization the token sees (with two, the client needs `organizationId`). */
export function seedOrganization(env: EbEnv, given: { name?: string } | undefined): OrganizationWire {
  const input = seedInput('organization', given, SEED_KEYS.organization, true);
  return insertOrganization(env, optionalText('name', input.name) ?? `Organization ${env.state.organizationList.length + 1}`).wire;
}

/** A webhook subscription of an organization, for all its events or one (`eventId`, a remote event id). */
export function seedWebhook(env: EbEnv, given: EbSeedWebhookInput | undefined): WebhookWire {
  const input = seedInput('webhook', given, SEED_KEYS.webhook, true);
  const eventId = input.eventId ?? null;
  if (eventId !== null && (typeof eventId !== 'string' || !env.state.events.has(eventId))) throw bad('eventId', `no seeded event ${JSON.stringify(eventId)}`);
  const actions = input.actions ?? ['order.placed', 'event.published', 'event.unpublished'];
  if (!Array.isArray(actions) || actions.some((a) => typeof a !== 'string' || a === '')) throw bad('actions', 'expected a list of action names such as "order.placed"');
  return insertWebhook(
    env,
    orgFor(env, input.organizationId),
    optionalText('endpointUrl', input.endpointUrl) ?? 'https://example.com/webhooks/eventbrite',
    actions,
    eventId,
    env.stamp(),
  );
}
