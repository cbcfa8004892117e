/**
 * `resolveWebhook`: the full normalized entity a webhook is about, fetched through the user's client and its own
 * normalized resources (so the mapping stays in the adapter). For Eventbrite the delivery's `api_url` is a stranger's
 * input: it is followed only when it is on the client's own base URL (origin and path), and even then only its ids
 * are used, through `client.orders.get(id)` and the like.
 */
import type { RequestOptions } from '../core/request-types.js';
import { ValidationError } from '../core/errors.js';
import type { TicketingClient } from '../client.js';
import type { ResolvableWebhookEvent, ResolvedWebhookData, WebhookEntityKind, WebhookRef } from './types.js';
import { eventbriteNormalizedId, eventbriteTarget, type EventbriteTarget } from './vendors/eventbrite.js';
import { isObject } from './vendors/shared.js';

function invalid(event: { provider?: unknown }, field: string, message: string): ValidationError {
  const provider = typeof event.provider === 'string' ? (event.provider as ValidationError['provider']) : null;
  return new ValidationError({ provider, message: `resolveWebhook: ${message}.`, fields: [{ field, message }] });
}

/** "an event", "a ticket_type": a kind in a sentence. */
function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** A short, safe rendering of a URL for a message: its origin and path, never its query (it may carry a token). */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return JSON.stringify(`${u.protocol}//${u.host}${u.pathname}`.slice(0, 200));
  } catch {
    return 'a value that is not an absolute URL';
  }
}

/**
 * What a hostile `api_url` could do to a URL that looks like it is on the base path: refused before parsing, since
 * URL parsing would silently resolve them (`%2e%2e` is `..`) or they hide another host (`\`, userinfo).
 */
function rawUrlProblem(url: string): string | null {
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return 'it contains whitespace, a control character or a backslash';
  if (/%2e|%2f|%5c|%00/i.test(url)) return 'it contains an encoded dot, slash, backslash or NUL';
  if (/(^|\/)\.\.?(\/|$|\?|#)/.test(url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''))) return 'it contains a "." or ".." segment';
  if (url.includes('#')) return 'it has a fragment';
  return null;
}

/**
 * The object an Eventbrite `api_url` names, when (and only when) it is on the client's base URL: the same origin
 * (scheme, host and port), no userinfo, a path under the base path with no dot segments or encoded separators.
 * Anything else is a `ValidationError`, and nothing is sent.
 */
export function checkEventbriteApiUrl(apiUrl: string, baseUrl: string): { url: URL; target: EventbriteTarget | null } {
  const refuse = (why: string) =>
    new ValidationError({
      provider: 'eventbrite',
      message: `resolveWebhook refused the delivery's api_url ${shown(apiUrl)}: ${why}. Only URLs on the client's base URL (${shown(baseUrl)}) are fetched, so a forged delivery cannot make the client send its token elsewhere.`,
      fields: [{ field: 'ref.url', message: why }],
    });
  const problem = rawUrlProblem(apiUrl);
  if (problem !== null) throw refuse(problem);
  let url: URL;
  let base: URL;
  try {
    url = new URL(apiUrl);
    base = new URL(baseUrl);
  } catch {
    throw refuse('it is not an absolute URL');
  }
  if (url.username !== '' || url.password !== '') throw refuse('it carries userinfo');
  if (url.origin !== base.origin || url.protocol !== base.protocol) throw refuse('it is not on the client\'s origin');
  const basePath = base.pathname.replace(/\/+$/, '');
  if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) throw refuse('its path is not under the client\'s base path');
  const segments = url.pathname.slice(basePath.length).split('/').filter((s) => s !== '');
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    throw refuse('its path is not valid percent-encoding');
  }
  return { url, target: eventbriteTarget(decoded) };
}

/** The kind → resource call, with a normalized id. */
function getByKind(client: TicketingClient, kind: WebhookEntityKind, id: string, options: RequestOptions | undefined): Promise<unknown> | null {
  switch (kind) {
    case 'order':
      return client.orders.get(id, options);
    case 'event':
      return client.events.get(id, options);
    case 'attendee':
      return client.attendees.get(id, options);
    case 'ticket_type':
      return client.ticketTypes.get(id, options);
    default:
      return null;
  }
}

async function resolveEventbrite(client: TicketingClient, event: ResolvableWebhookEvent, ref: WebhookRef, options: RequestOptions | undefined): Promise<unknown> {
  if (ref.url === null) throw invalid(event, 'ref.url', 'the delivery has no api_url to resolve');
  const { url, target } = checkEventbriteApiUrl(ref.url, client.baseUrl);
  // A path that names no object a delivery can be about (`/users/me/`) is refused: its answer is not the entity.
  if (target === null) {
    throw invalid(event, 'ref.url', `the api_url names no Eventbrite object, but a ${event.typeRaw} delivery is about ${withArticle(ref.kind)}`);
  }
  if (target.kind !== ref.kind) {
    throw invalid(event, 'ref.url', `the api_url names ${withArticle(target.kind)}, but a ${event.typeRaw} delivery is about ${withArticle(ref.kind)}`);
  }
  const call = getByKind(client, target.kind, eventbriteNormalizedId(target), options);
  if (call !== null) return call;
  // An object with no normalized model (organizer, venue): the vendor's JSON, from the checked URL.
  return client.request({ method: 'GET', path: url.href }, options);
}

/**
 * Fetches the full normalized entity a webhook is about, through `client` (same provider as the event): an `Order`
 * for an order event, an `Event`, an `Attendee`, a `TicketType`; for an Eventbrite organizer or venue event, the
 * vendor's JSON object. Eventbrite's `api_url` is followed only on the client's own base URL (origin and path), else
 * `ValidationError` and nothing is sent. An `unknown` event, an event that names no id, or a client of another
 * provider is a `ValidationError`. A `feedback.submitted` event has nothing to fetch: its `data` is returned. An
 * entity the vendor cannot fetch one by one (an Equaticket attendee) is the client's `UnsupportedCapabilityError`.
 *
 * @example
 * const order = event.data ?? (await resolveWebhook(client, event)); // event: an order.* event
 */
export async function resolveWebhook<E extends ResolvableWebhookEvent>(client: TicketingClient, event: E, options?: RequestOptions): Promise<ResolvedWebhookData<E>> {
  if (!isObject(event) || typeof event.type !== 'string') throw invalid({}, 'event', 'expected an event returned by verifyWebhook');
  if (!isObject(client) || typeof client.provider !== 'string') throw invalid(event, 'client', 'expected a ticketkit client');
  if (client.provider !== event.provider) {
    throw invalid(event, 'client', `the event is from ${String(event.provider)} but the client is ${client.provider}'s; pass a ${String(event.provider)} client`);
  }
  if ((event.type as string) === 'unknown') throw invalid(event, 'event.type', `an unknown ${event.typeRaw} event names no entity to fetch`);
  if (event.type === 'feedback.submitted') {
    if (event.data === null) throw invalid(event, 'event.data', 'the feedback payload was unreadable');
    return event.data as ResolvedWebhookData<E>;
  }
  const ref = event.ref as WebhookRef | null;
  if (ref === null) throw invalid(event, 'event.ref', 'the delivery names no entity');
  if (event.provider === 'eventbrite') return (await resolveEventbrite(client, event, ref, options)) as ResolvedWebhookData<E>;
  if (ref.id === null) throw invalid(event, 'event.ref.id', `the ${event.typeRaw} payload carries no ${ref.kind} id`);
  const call = getByKind(client, ref.kind, ref.id, options);
  if (call === null) throw invalid(event, 'event.ref.kind', `a ${ref.kind} cannot be fetched through the client`);
  return (await call) as ResolvedWebhookData<E>;
}
