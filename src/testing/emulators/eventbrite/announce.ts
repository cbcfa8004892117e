/**
 * How the Eventbrite emulator announces a change (kept apart from ./webhooks.ts, which reads the state, so that the
 * state's writes can announce without an import cycle).
 */
import type { EmulatorEnv } from '../../framework/index.js';

/** Every action a subscription can ask for (documented). */
export const EB_WEBHOOK_ACTIONS = [
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

export type EbWebhookAction = (typeof EB_WEBHOOK_ACTIONS)[number];

export interface EbNotice {
  /** The changed object's path under the API base, e.g. `/orders/123/`. */
  path: string;
  /** The event it belongs to (a subscription's `event_id` filter), or `null`. */
  eventId: string | null;
}

/** Announces a change of the object at `path` (relative to the API base, with its trailing slash). */
export function announce(env: Pick<EmulatorEnv<unknown>, 'notify'>, action: EbWebhookAction, path: string, eventId: string | null): void {
  const notice: EbNotice = { path, eventId };
  env.notify(action, notice);
}

