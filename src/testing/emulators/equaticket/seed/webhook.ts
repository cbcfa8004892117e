/** `s.webhook()`: a webhook subscription (vendor-only; there is no normalized webhook). */
import { insertWebhook, storeFor } from '../store-ops.js';
import { EQ_WEBHOOK_TYPES, type EqWebhookWire } from '../wire.js';
import { bad, flagOrThrow, seedInput, type SeedScope } from './input.js';

/** A webhook subscription to seed with `s.webhook`. */
export interface EqSeedWebhookInput {
  /** HTTPS endpoint (default `https://example.com/webhooks/equaticket`). */
  url?: string;
  /** Equaticket event types it receives (default: all). */
  events?: string[];
  /** Whether deliveries are sent (default `true`). */
  active?: boolean;
  /** A live-mode subscription (default `false`: test mode). */
  livemode?: boolean;
}

const DEFAULT_URL = 'https://example.com/webhooks/equaticket';

export function seedWebhook(scope: SeedScope, given: EqSeedWebhookInput | undefined): EqWebhookWire {
  const input = seedInput('webhook', given, true);
  const url = input.url ?? DEFAULT_URL;
  if (typeof url !== 'string' || !url.startsWith('https://')) throw bad('url', `Equaticket webhooks need an HTTPS URL, got ${JSON.stringify(url)}`);
  const events = input.events ?? [...EQ_WEBHOOK_TYPES];
  const known: readonly string[] = EQ_WEBHOOK_TYPES;
  if (!Array.isArray(events) || events.some((type) => !known.includes(type))) {
    throw bad('events', `expected an array of ${EQ_WEBHOOK_TYPES.join(', ')}, got ${JSON.stringify(events)}`);
  }
  flagOrThrow('active', input.active);
  flagOrThrow('livemode', input.livemode);
  return insertWebhook(scope.env, storeFor(scope.env, input.livemode === true), url, events, input.active ?? true, scope.env.stamp());
}
