/**
 * Webhook subscription policy shared by the vendors that hold subscriptions (`client.webhooks`): normalized event
 * types ↔ each vendor's own names, through the vendor's table (docs/vendors/<vendor>.md, "Webhook subscriptions").
 */
import type { ProviderId } from './errors.js';
import { invalidField } from './input.js';
import type { NormalizedWebhookType } from './model.js';

/** A vendor's table: the normalized type → its own name, for the types it sends. */
export type WebhookTypeTable = Partial<Record<NormalizedWebhookType, string>>;

/**
 * The vendor names of the normalized types a subscription asks for; a type the vendor does not send is a
 * `ValidationError` naming it and the types it does send (subscribing to it would silently never deliver).
 */
export function vendorWebhookTypes(provider: ProviderId, table: WebhookTypeTable, events: readonly NormalizedWebhookType[]): string[] {
  const names: string[] = [];
  for (const [i, type] of events.entries()) {
    const name = table[type];
    if (name === undefined) {
      throw invalidField(provider, `events.${i}`, `${provider} sends no ${JSON.stringify(type)} webhook; it sends ${Object.keys(table).join(', ')}`);
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The normalized types among a vendor's names (names without one stay only in `eventsRaw`). */
export function normalizedWebhookTypes(table: WebhookTypeTable, names: readonly string[]): NormalizedWebhookType[] {
  const types: NormalizedWebhookType[] = [];
  for (const [type, name] of Object.entries(table) as Array<[NormalizedWebhookType, string]>) {
    if (names.includes(name)) types.push(type);
  }
  return types;
}
