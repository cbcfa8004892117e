/**
 * Conformance of the Eventbrite emulator to the real API (issue 14): every route the emulator serves answers with
 * objects whose field names, value types and nesting are those of the real captured payloads in
 * test/eventbrite/fixtures/ (events, series parents, ticket classes, orders, attendees, organizers, venues, logos,
 * webhooks, pagination objects and error bodies; see SOURCES.md there). Where no real payload exists for a route's
 * answer, the test compares with the shape the vendor documents and says so (`documented(...)` below; facts in
 * docs/vendors/eventbrite.md). A route of the emulator's table that no check exercises fails the suite.
 *
 * The rule for an object: every key it sends must appear in a real payload of that kind (or be documented for it),
 * every key the most complete real payload has must be sent, and each value's type (string, number, boolean, null,
 * object, array) must be one the real payloads (or the documentation) show at that place, recursively.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMockClient, type MockClient } from '../../../src/testing/index.js';
import { Router } from '../../../src/testing/framework/index.js';
import { eventbriteRoutes } from '../../../src/testing/emulators/eventbrite/routes.js';

// ---- the real payloads ----

const FIXTURES = new URL('../../eventbrite/fixtures/', import.meta.url);
const real = (name: string): any => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

// ---- shapes ----

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** What the real payloads (or the documentation) allow at one place. */
interface Spec {
  kinds: Set<Kind>;
  /** Objects: each key's spec, and the keys every payload of this kind must carry. */
  fields: Map<string, Spec>;
  required: Set<string> | null;
  /** Arrays: the items' spec (`null`: only empty arrays were seen). */
  items: Spec | null;
  /** Objects whose fields are not documented at all: any key is accepted. */
  open?: boolean;
}

const emptySpec = (): Spec => ({ kinds: new Set(), fields: new Map(), required: null, items: null });

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as Kind;
}

/** Adds a real sample to a spec (keys required only if every sample has them). */
function learn(spec: Spec, value: unknown): Spec {
  const kind = kindOf(value);
  spec.kinds.add(kind);
  if (kind === 'object') {
    const keys = Object.keys(value as object);
    spec.required = spec.required === null ? new Set(keys) : new Set(keys.filter((k) => spec.required!.has(k)));
    for (const [key, v] of Object.entries(value as object)) spec.fields.set(key, learn(spec.fields.get(key) ?? emptySpec(), v));
  }
  if (kind === 'array') for (const item of value as unknown[]) spec.items = learn(spec.items ?? emptySpec(), item);
  return spec;
}

function specOf(...samples: unknown[]): Spec {
  return samples.reduce<Spec>((spec, sample) => learn(spec, sample), emptySpec());
}

/** A shape the documentation gives where no real payload exists: `'string|null'`, nested objects, `[item]` arrays. */
type Doc = string | { [key: string]: Doc } | [Doc];
function documented(doc: Doc, optional: readonly string[] = []): Spec {
  const spec = emptySpec();
  if (typeof doc === 'string') {
    for (const kind of doc.split('|')) spec.kinds.add(kind as Kind);
  } else if (Array.isArray(doc)) {
    spec.kinds.add('array');
    spec.items = documented(doc[0]);
  } else {
    spec.kinds.add('object');
    for (const [key, inner] of Object.entries(doc)) spec.fields.set(key, documented(inner));
    spec.required = new Set(Object.keys(doc).filter((k) => !optional.includes(k)));
  }
  return spec;
}

/** `spec` plus documented fields (optional) and documented kinds at given places (`'a.b'` → field b of field a). */
function withDocumented(spec: Spec, extra: { fields?: Record<string, Spec>; kinds?: Record<string, Kind[]> }): Spec {
  for (const [key, inner] of Object.entries(extra.fields ?? {})) spec.fields.set(key, inner);
  for (const [path, kinds] of Object.entries(extra.kinds ?? {})) {
    let at = spec;
    for (const key of path.split('.')) at = at.fields.get(key) ?? (at.fields.set(key, emptySpec()), at.fields.get(key)!);
    for (const kind of kinds) at.kinds.add(kind);
  }
  return spec;
}

/** `spec` with `required` replaced by the keys of the most complete real payload (older captures lack newer fields). */
function requiring(spec: Spec, sample: object): Spec {
  spec.required = new Set(Object.keys(sample));
  return spec;
}

/** Every difference between a value and a spec, as `path: problem`. */
function differences(value: unknown, spec: Spec, path = '$'): string[] {
  const kind = kindOf(value);
  if (!spec.kinds.has(kind)) return [`${path}: ${kind}, where the real payloads have ${[...spec.kinds].join(' or ') || 'nothing'}`];
  const problems: string[] = [];
  if (kind === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const inner = spec.fields.get(key);
      if (!inner) {
        if (!spec.open) problems.push(`${path}.${key}: not in the real payloads nor documented`);
      } else problems.push(...differences(object[key], inner, `${path}.${key}`));
    }
    for (const key of spec.required ?? []) if (!(key in object)) problems.push(`${path}.${key}: missing (the real payloads carry it)`);
  }
  if (kind === 'array') {
    const items = value as unknown[];
    if (spec.items === null && items.length > 0) problems.push(`${path}: items, where the real payloads only have empty arrays`);
    items.forEach((item, i) => spec.items && problems.push(...differences(item, spec.items, `${path}[${i}]`)));
  }
  return problems;
}

// ---- the specs, from the real payloads ----

const eventsPage = real('events-page.json');
const pageEvent = eventsPage.events[0];
const { organizer: realOrganizer, venue: realVenue, ...pageEventBare } = pageEvent;
const attendeesPage = real('attendees-page.json');

/** The pagination object: every real page's, continuation included; `page_number` and `page_size` always (documented). */
const PAGINATION = documentedRequired(
  specOf(
    eventsPage.pagination,
    attendeesPage.pagination,
    real('orders-page.json').pagination,
    real('ticket-classes-page.json').pagination,
    real('webhooks-page.json').pagination,
    real('subcategories-page-continuation.json').pagination,
  ),
  ['page_number', 'page_size'],
);
function documentedRequired(spec: Spec, keys: string[]): Spec {
  spec.required = new Set(keys);
  return spec;
}

/** A venue (the list capture's), `null` when the event has none; its address fields are documented nullable. */
const VENUE = specOf(realVenue, null);
const ORGANIZER = specOf(realOrganizer);
/** An event's logo: the list capture's object, or `null` (the 2016 read). */
const LOGO = specOf(pageEvent.logo, null);

/**
 * An event: the 2021 list capture (the most complete: its keys are required), the 2016 read and the 2023 series
 * parent. Documented besides: `series_id` on occurrences; these nullable fields (reference, Event object):
 * `published`, `summary`, `venue_id`, `logo_id`, `facebook_event_id`, `capacity`; and multipart text
 * (`{ text, html }`, both `string | null`) for `description`. An expanded `venue` is `null` when `venue_id` is.
 */
function eventSpec(expansions: { venue?: boolean; organizer?: boolean; ticketClasses?: boolean } = {}): Spec {
  const spec = requiring(specOf(pageEventBare, real('event.json'), real('event-series-parent.json')), pageEventBare);
  withDocumented(spec, {
    fields: { series_id: documented('string') },
    kinds: {
      published: ['null'],
      summary: ['null'],
      venue_id: ['null'],
      logo_id: ['null'],
      facebook_event_id: ['null'],
      capacity: ['null'],
      'description.html': ['null'],
    },
  });
  spec.fields.set('logo', LOGO);
  if (expansions.venue) (spec.fields.set('venue', VENUE), spec.required!.add('venue'));
  if (expansions.organizer) (spec.fields.set('organizer', ORGANIZER), spec.required!.add('organizer'));
  if (expansions.ticketClasses) (spec.fields.set('ticket_classes', { ...emptySpec(), kinds: new Set(['array']), items: TICKET_CLASS }), spec.required!.add('ticket_classes'));
  return spec;
}
// A venue's empty strings (`address_2: ""`) and nulls: the address fields are documented nullable.
for (const field of ['address_1', 'address_2', 'city', 'region', 'postal_code', 'country', 'latitude', 'longitude', 'localized_address_display', 'localized_area_display']) {
  withDocumented(VENUE, { kinds: { [`address.${field}`]: ['null'] } });
}
for (const field of ['latitude', 'longitude']) withDocumented(VENUE, { kinds: { [field]: ['null'] } });

/** A ticket class: the paid capture (cost, fee, tax, actual_*) and the free one (without them); keys of both required. */
const TICKET_CLASS = specOf(real('ticket-classes-page.json').ticket_classes[0], real('ticket-class-free.json'));

/** An order: the read capture and the list capture. `attendees` and `event` are documented expansions. */
function orderSpec(expansions: { attendees?: boolean } = {}): Spec {
  const spec = specOf(real('order.json'), real('orders-page.json').orders[0]);
  if (expansions.attendees) (spec.fields.set('attendees', { ...emptySpec(), kinds: new Set(['array']), items: ATTENDEE }), spec.required!.add('attendees'));
  return spec;
}

/**
 * An attendee: the three of the 2018 capture. Documented besides (reference, AttendeeProfile): the profile's `email`,
 * `cell_phone`, `company` and `job_title`, which the capture's profiles (names only) happen not to carry.
 */
const ATTENDEE = withDocumented(specOf(...attendeesPage.attendees), {
  kinds: { 'profile.email': ['string'], 'profile.cell_phone': ['string'], 'profile.company': ['string'], 'profile.job_title': ['string'] },
});
const WEBHOOK = specOf(...real('webhooks-page.json').webhooks);

/** The error envelope: the three error captures (`error_detail` only on ARGUMENTS_ERROR). */
const ERROR = specOf(real('error-not-found.json'), real('error-no-auth.json'), real('error-arguments.json'));

/** No real capture: the User object as documented (reference, Related endpoints: `GET /users/me/`). */
const USER = documented({ id: 'string', name: 'string', first_name: 'string', last_name: 'string', is_public: 'boolean', image_id: 'string|null', emails: [{ email: 'string', verified: 'boolean', primary: 'boolean' }] });
/** No real capture: the Organization object as documented (`_type` inferred from the expansions-v2 rule). */
const ORGANIZATION = documented({ id: 'string', name: 'string', image_id: 'string|null', vertical: 'string', _type: 'string' }, ['_type']);
/** Documented answers of the lifecycle endpoints (reference, Event lifecycle) and of the description read. */
const FLAG = (name: string) => documented({ [name]: 'boolean' });
const DESCRIPTION = documented({ description: 'string|null' });
/** Documented as an object whose fields are not listed ("treat as untyped"): any object. */
const UNTYPED: Spec = { ...documented('object'), open: true };

const pageOf = (key: string, item: Spec): Spec => {
  const spec = documented({ pagination: 'object', [key]: 'array' });
  spec.fields.set('pagination', PAGINATION);
  spec.fields.get(key)!.items = item;
  return spec;
};

// ---- the emulator, seeded with one of everything ----

const BASE = 'https://www.eventbriteapi.com';

interface World {
  m: MockClient<'eventbrite'>;
  org: string;
  event: string;
  series: string;
  ticketClass: string;
  freeClass: string;
  order: string;
  attendee: string;
  webhook: string;
  draft: string;
}

function world(): World {
  const ids: Partial<World> = {};
  const m = createMockClient({
    provider: 'eventbrite',
    seed: (s) => {
      const event = s.event({ name: 'Gala', logo: true, venue: { name: 'Teatro Real', address: 'Plaza de Isabel II, Madrid' } });
      ids.event = event.remoteId;
      const paid = s.ticketType({ eventId: event.id, name: 'Paid', price: { amount: 120, currency: 'USD' } });
      ids.ticketClass = paid.remoteId;
      ids.freeClass = s.ticketType({ eventId: event.id, name: 'Free', price: null }).remoteId;
      const order = s.order({ eventId: event.id, lines: [{ ticketTypeId: paid.id, quantity: 2 }] });
      ids.order = order.remoteId;
      ids.attendee = s.attendee({ eventId: event.id, orderId: order.id, checkedIn: true }).remoteId;
      const series = s.event({ name: 'Series', isSeries: true });
      ids.series = series.remoteId;
      s.eventDate({ eventId: series.id, start: '2026-03-01T19:00:00Z' });
      s.ticketType({ eventId: series.id, name: 'Series GA' });
      ids.webhook = s.webhook({ actions: ['order.placed', 'order.refunded'] }).id;
      const draft = s.event({ name: 'Draft', status: 'draft' });
      s.ticketType({ eventId: draft.id, name: 'GA' });
      ids.draft = draft.remoteId;
    },
  });
  return { m, org: String(m.credentials.organizationId), ...(ids as Omit<World, 'm' | 'org'>) };
}

async function send(w: World, method: string, path: string, body?: unknown, auth = true) {
  const headers = new Headers();
  if (auth) headers.set('authorization', `Bearer ${w.m.credentials.token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const response = await w.m.fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
}

// ---- one check per route of the emulator ----

type Check = (w: World) => Promise<{ method: string; path: string; status: number; body: unknown; spec: Spec }>;

const at = (method: string, path: string, spec: Spec, body?: unknown): Check => async (w) => {
  const resolved = path.replace(/\{(\w+)\}/g, (_, key: keyof World) => String(w[key]));
  const answer = await send(w, method, resolved, body);
  return { method, path: resolved, ...answer, spec };
};

const eventBody = { event: { name: { html: 'New' }, start: { utc: '2030-01-31T19:00:00Z', timezone: 'UTC' }, end: { utc: '2030-01-31T22:00:00Z', timezone: 'UTC' }, currency: 'USD' } };

/** Keyed by the route as the emulator declares it (`METHOD path`); the value checks one request to it. */
const checks: Record<string, Check> = {
  'GET /v3/users/me/': at('GET', '/v3/users/me/', USER),
  'GET /v3/users/:user/organizations/': at('GET', '/v3/users/me/organizations/', pageOf('organizations', ORGANIZATION)),
  'GET /v3/organizations/:org/events/': at('GET', '/v3/organizations/{org}/events/?expand=organizer,venue', pageOf('events', eventSpec({ venue: true, organizer: true }))),
  'POST /v3/organizations/:org/events/': at('POST', '/v3/organizations/{org}/events/', eventSpec(), eventBody),
  'GET /v3/events/:id/': at('GET', '/v3/events/{event}/?expand.event=venue,organizer,ticket_classes', eventSpec({ venue: true, organizer: true, ticketClasses: true })),
  'POST /v3/events/:id/': at('POST', '/v3/events/{event}/', eventSpec(), { event: { summary: 'Short' } }),
  'DELETE /v3/events/:id/': at('DELETE', '/v3/events/{draft}/', FLAG('deleted')),
  'POST /v3/events/:id/publish/': at('POST', '/v3/events/{draft}/publish/', FLAG('published')),
  'POST /v3/events/:id/unpublish/': async (w) => {
    await send(w, 'POST', `/v3/events/${w.draft}/publish/`);
    return at('POST', '/v3/events/{draft}/unpublish/', FLAG('unpublished'))(w);
  },
  'POST /v3/events/:id/cancel/': at('POST', '/v3/events/{draft}/cancel/', FLAG('canceled')),
  'POST /v3/events/:id/copy/': at('POST', '/v3/events/{event}/copy/', eventSpec(), { name: 'Copy', start_date: '2030-02-01T19:00:00Z', end_date: '2030-02-01T22:00:00Z' }),
  'GET /v3/events/:id/description/': at('GET', '/v3/events/{event}/description/', DESCRIPTION),
  // A real series parent capture exists (event-series-parent.json); its keys are part of the event spec.
  'GET /v3/series/:id/': at('GET', '/v3/series/{series}/', eventSpec()),
  'POST /v3/series/:id/': at('POST', '/v3/series/{series}/', eventSpec(), { event: { summary: 'Weekly' } }),
  'GET /v3/series/:id/events/': at('GET', '/v3/series/{series}/events/', pageOf('events', eventSpec())),
  'GET /v3/events/:id/ticket_classes/': at('GET', '/v3/events/{event}/ticket_classes/', pageOf('ticket_classes', TICKET_CLASS)),
  'POST /v3/events/:id/ticket_classes/': at('POST', '/v3/events/{event}/ticket_classes/', TICKET_CLASS, { ticket_class: { name: 'VIP', cost: { currency: 'USD', value: 9900 }, quantity_total: 10 } }),
  'GET /v3/events/:id/ticket_classes/:tc/': at('GET', '/v3/events/{event}/ticket_classes/{freeClass}/', TICKET_CLASS),
  'POST /v3/events/:id/ticket_classes/:tc/': at('POST', '/v3/events/{event}/ticket_classes/{freeClass}/', TICKET_CLASS, { ticket_class: { hidden: true } }),
  'DELETE /v3/events/:id/ticket_classes/:tc/': at('DELETE', '/v3/events/{event}/ticket_classes/{freeClass}/', FLAG('deleted')),
  'GET /v3/events/:id/orders/': at('GET', '/v3/events/{event}/orders/', pageOf('orders', orderSpec())),
  'GET /v3/organizations/:org/orders/': at('GET', '/v3/organizations/{org}/orders/?expand=attendees', pageOf('orders', orderSpec({ attendees: true }))),
  'GET /v3/orders/:order/': at('GET', '/v3/orders/{order}/', orderSpec()),
  'GET /v3/events/:id/attendees/': at('GET', '/v3/events/{event}/attendees/', pageOf('attendees', ATTENDEE)),
  'GET /v3/organizations/:org/attendees/': at('GET', '/v3/organizations/{org}/attendees/', pageOf('attendees', ATTENDEE)),
  // No single-attendee capture exists; the documented answer is the same Attendee object as in the list capture.
  'GET /v3/events/:id/attendees/:attendee/': at('GET', '/v3/events/{event}/attendees/{attendee}/', ATTENDEE),
  'GET /v3/organizations/:org/webhooks/': at('GET', '/v3/organizations/{org}/webhooks/', pageOf('webhooks', WEBHOOK)),
  'POST /v3/organizations/:org/webhooks/': at('POST', '/v3/organizations/{org}/webhooks/', WEBHOOK, { endpoint_url: 'https://example.com/hook', actions: 'order.placed' }),
  'DELETE /v3/webhooks/:webhook/': at('DELETE', '/v3/webhooks/{webhook}/', UNTYPED),
};

const router = new Router(eventbriteRoutes);
const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

describe('Eventbrite emulator conformance to the real payloads', () => {
  it('every route the emulator serves has a check (a new route without one fails here)', () => {
    expect(Object.keys(checks).sort()).toEqual(eventbriteRoutes.map(routeKey).sort());
  });

  it.each(Object.keys(checks))('%s answers in the real shape', async (key) => {
    const w = world();
    const { method, path, status, body, spec } = await checks[key]!(w);
    // The request reached the route this check is for, and succeeded.
    expect(routeKey(router.match(method, new URL(path, BASE).pathname)!.route)).toBe(key);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(differences(body, spec)).toEqual([]);
  });

  it('the spec is not vacuous: a wrong type, an unknown key or a missing key is caught', async () => {
    const w = world();
    const { body } = await send(w, 'GET', `/v3/events/${w.event}/`);
    const event = body as Record<string, unknown>;
    const spec = eventSpec();
    expect(differences({ ...event, capacity: '200' }, spec)).toEqual(['$.capacity: string, where the real payloads have number or null']);
    expect(differences({ ...event, extra: 1 }, spec)).toEqual(['$.extra: not in the real payloads nor documented']);
    const { is_free: _omitted, ...missing } = event;
    expect(differences(missing, spec)).toEqual(['$.is_free: missing (the real payloads carry it)']);
  });
});

describe('Eventbrite emulator error bodies conform to the real ones', () => {
  it('401 without a token is exactly the captured NO_AUTH body', async () => {
    const w = world();
    const answer = await send(w, 'GET', '/v3/users/me/', undefined, false);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(real('error-no-auth.json'));
  });

  it('404 on an unknown event has the captured NOT_FOUND shape', async () => {
    const w = world();
    const answer = await send(w, 'GET', '/v3/events/999/');
    expect(answer.status).toBe(404);
    expect(differences(answer.body, ERROR)).toEqual([]);
    expect(answer.body).toMatchObject({ status_code: 404, error: 'NOT_FOUND' });
  });

  it('400 on a bad status filter is exactly the documented ARGUMENTS_ERROR example', async () => {
    const w = world();
    const answer = await send(w, 'GET', `/v3/organizations/${w.org}/events/?status=nope`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(real('error-arguments.json'));
  });

  it('a vendor error code of a write (ALREADY_CANCELED) and an injected fault use the same envelope', async () => {
    const w = world();
    await send(w, 'POST', `/v3/events/${w.draft}/cancel/`);
    const again = await send(w, 'POST', `/v3/events/${w.draft}/cancel/`);
    expect(differences(again.body, ERROR)).toEqual([]);
    w.m.faults.once('events.get', { kind: 'http', status: 500 });
    const fault = await send(w, 'GET', `/v3/events/${w.event}/`);
    expect(differences(fault.body, ERROR)).toEqual([]);
    w.m.faults.once('events.get', { kind: 'rate_limited' });
    const limited = await send(w, 'GET', `/v3/events/${w.event}/`);
    expect(limited.status).toBe(429);
    expect(differences(limited.body, ERROR)).toEqual([]);
    expect(limited.body).toMatchObject({ error: 'HIT_RATE_LIMIT' });
  });
});
