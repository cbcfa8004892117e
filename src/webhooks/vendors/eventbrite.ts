/**
 * Eventbrite deliveries → `WebhookEvent` (docs/webhooks.md, "Event types"). Eventbrite signs nothing and sends no
 * object: `{ config: { action, endpoint_url, user_id, webhook_id }, api_url }`. The event names what changed (ids read
 * from the `api_url` path) and `data` is `null`; `resolveWebhook` fetches the entity, only from the client's own
 * origin (src/webhooks/resolve.ts).
 */
import { eventbriteIds } from '../../providers/eventbrite/normalize.js';
import type { WebhookEntityKind, WebhookEvent, WebhookEventType, WebhookRef } from '../types.js';
import { scrubEventbrite } from '../scrub.js';
import { isObject, refOf, text, webhookEvent, type JsonObject } from './shared.js';

/** Eventbrite's actions → normalized types and the kind of object their `api_url` points at. */
const ACTIONS: Readonly<Record<string, { type: Exclude<WebhookEventType, 'unknown' | 'feedback.submitted'>; kind: WebhookEntityKind }>> = {
  'order.placed': { type: 'order.created', kind: 'order' },
  'order.refunded': { type: 'order.refunded', kind: 'order' },
  'order.updated': { type: 'order.updated', kind: 'order' },
  'event.created': { type: 'event.created', kind: 'event' },
  'event.published': { type: 'event.published', kind: 'event' },
  'event.unpublished': { type: 'event.unpublished', kind: 'event' },
  'event.updated': { type: 'event.updated', kind: 'event' },
  'attendee.checked_in': { type: 'attendee.checked_in', kind: 'attendee' },
  'attendee.checked_out': { type: 'attendee.checked_out', kind: 'attendee' },
  'attendee.updated': { type: 'attendee.updated', kind: 'attendee' },
  'ticket_class.created': { type: 'ticket_type.created', kind: 'ticket_type' },
  'ticket_class.updated': { type: 'ticket_type.updated', kind: 'ticket_type' },
  'ticket_class.deleted': { type: 'ticket_type.deleted', kind: 'ticket_type' },
  'organizer.updated': { type: 'organizer.updated', kind: 'organizer' },
  'venue.updated': { type: 'venue.updated', kind: 'venue' },
};

/** What an Eventbrite API path (relative to the base URL's path) points at, with the vendor keys in it. */
export interface EventbriteTarget {
  kind: WebhookEntityKind;
  remoteId: string;
  eventRemoteId: string | null;
  /** A series parent, read at `/series/{id}/`. */
  series: boolean;
}

/**
 * The object a path's segments (after the base path, decoded) name: `orders/{id}`, `events/{id}`, `series/{id}`,
 * `events/{e}/attendees/{a}`, `events/{e}/ticket_classes/{t}`, `organizers/{id}`, `venues/{id}`; else `null`.
 */
export function eventbriteTarget(segments: readonly string[]): EventbriteTarget | null {
  const [a, b, c, d, ...rest] = segments;
  if (rest.length > 0 || a === undefined || b === undefined) return null;
  if (c === undefined) {
    if (a === 'orders') return { kind: 'order', remoteId: b, eventRemoteId: null, series: false };
    if (a === 'events') return { kind: 'event', remoteId: b, eventRemoteId: b, series: false };
    if (a === 'series') return { kind: 'event', remoteId: b, eventRemoteId: b, series: true };
    if (a === 'organizers') return { kind: 'organizer', remoteId: b, eventRemoteId: null, series: false };
    if (a === 'venues') return { kind: 'venue', remoteId: b, eventRemoteId: null, series: false };
    return null;
  }
  if (a !== 'events' || d === undefined) return null;
  if (c === 'attendees') return { kind: 'attendee', remoteId: d, eventRemoteId: b, series: false };
  if (c === 'ticket_classes') return { kind: 'ticket_type', remoteId: d, eventRemoteId: b, series: false };
  return null;
}

/** The normalized id of a target (what `client.<resource>.get` routes). */
export function eventbriteNormalizedId(target: EventbriteTarget): string {
  switch (target.kind) {
    case 'order':
      return eventbriteIds.order(target.remoteId);
    case 'event':
      return eventbriteIds.event(target.remoteId, target.series);
    case 'attendee':
      return eventbriteIds.attendee(target.eventRemoteId!, target.remoteId);
    case 'ticket_type':
      return eventbriteIds.ticketType(target.eventRemoteId!, target.remoteId);
    default:
      return target.remoteId;
  }
}

/** The path segments of an absolute URL after its `/v3` (or nothing), decoded; `null` when it is not a URL. */
function pathSegments(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  if (segments[0] === 'v3') segments.shift();
  try {
    return segments.map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/** The ref of a delivery: ids read from the `api_url` path when it has a known shape of the action's kind. */
function refFromApiUrl(kind: WebhookEntityKind, apiUrl: string | null): WebhookRef {
  const segments = apiUrl === null ? null : pathSegments(apiUrl);
  const target = segments === null ? null : eventbriteTarget(segments);
  if (target === null || target.kind !== kind) return refOf(kind, null, null, null, apiUrl);
  const eventId = target.eventRemoteId === null ? null : eventbriteIds.event(target.eventRemoteId, target.series);
  return refOf(kind, eventbriteNormalizedId(target), target.remoteId, eventId, apiUrl);
}

export function parseEventbrite(body: JsonObject, typeRaw: string): WebhookEvent {
  const raw = scrubEventbrite(body);
  const apiUrl = text(body.api_url);
  const action = Object.prototype.hasOwnProperty.call(ACTIONS, typeRaw) ? ACTIONS[typeRaw] : undefined;
  const common = { provider: 'eventbrite' as const, typeRaw, id: null, occurredAt: null, warnings: [] as string[], raw };
  if (action === undefined) return webhookEvent({ ...common, type: 'unknown', data: isObject(raw) ? raw : null, ref: null });
  if (apiUrl === null) common.warnings.push('api_url: missing, so there is nothing to resolve');
  return webhookEvent({ ...common, type: action.type, data: null, ref: refFromApiUrl(action.kind, apiUrl) });
}
