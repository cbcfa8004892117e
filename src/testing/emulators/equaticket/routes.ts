/**
 * The Equaticket route table: every endpoint Equaticket documents, at its documented path, and the operations it
 * documents without a URL at the paths of ./guesses.ts.
 */
import { EmulatorHttpError, empty, isoUtc, json, type EmulatorRequest, type EmulatorResponse, type RouteDef } from '../../framework/index.js';
import {
  EQ_CANCELLED_IS_FINAL_GUESS,
  EQ_DEFAULT_LIMIT_GUESS,
  EQ_EVENT_WRITABLE_FIELDS_GUESS,
  EQ_IDEMPOTENCY_MISMATCH_STATUS_GUESS,
  EQ_IDEMPOTENT_METHODS_GUESS,
  EQ_MAX_LIMIT_GUESS,
  EQ_PATHS_GUESS,
  EQ_PUBLISH_NEEDS_TICKET_TYPE_GUESS,
  EQ_RESET_NEEDS_TEST_KEY_GUESS,
  EQ_SINGLE_OBJECT_WRAPPED_GUESS,
  EQ_SLUG_PATTERN_GUESS,
  EQ_SOLD_TYPES_ARE_KEPT_GUESS,
  EQ_TICKET_TYPE_WRITABLE_FIELDS_GUESS,
  EQ_UNKNOWN_ORG_IS_404_GUESS,
  EQ_UPDATE_METHOD_GUESS,
  EQ_WEBHOOK_FIELDS_GUESS,
  eqWebhookSecretGuess,
} from './guesses.js';
import { createModeStore, decodeCursor, pageOf, type EqState, type ModeStore } from './state.js';
import { insertEvent, insertTicketType, insertWebhook, slugTaken, storeFor, uniqueSlug, type EqEnv } from './store-ops.js';
import { canonicalJson, isNonEmptyString, isNonNegativeInt, isoInstant, isTimeZone, wireCurrency } from './validate.js';
import {
  EQ_BASE_PATH,
  EQ_IDEMPOTENCY_KEY_MAX,
  EQ_IDEMPOTENCY_TTL_MS,
  EQ_ORG_SLUG,
  EQ_RESET_TEST_DATA_PATH,
  EQ_WEBHOOK_TYPES,
  type EqEventWire,
} from './wire.js';

/** The operations of the Equaticket emulator: what `calls[].op` records and what fault targets name. */
export type EquaticketOperation =
  | 'events.list'
  | 'events.create'
  | 'events.get'
  | 'events.update'
  | 'events.publish'
  | 'events.cancel'
  | 'events.listPublic'
  | 'ticketTypes.list'
  | 'ticketTypes.create'
  | 'ticketTypes.get'
  | 'ticketTypes.update'
  | 'ticketTypes.delete'
  | 'orders.list'
  | 'orders.get'
  | 'attendees.list'
  | 'webhooks.list'
  | 'webhooks.create'
  | 'webhooks.update'
  | 'webhooks.delete'
  | 'webhooks.deliveries'
  | 'testData.reset';

/** What `authenticate` returns for a well-formed key. */
export interface EqAuth {
  key: string;
  livemode: boolean;
}

type Req = EmulatorRequest<EqState>;
type Route = RouteDef<EqState, EqAuth> & { op: EquaticketOperation };

const invalid = (param: string, message: string) => new EmulatorHttpError(400, message, { param });
const notFound = (what: string, id: string) => new EmulatorHttpError(404, `No such ${what}: ${id}`);
const conflict = (message: string) => new EmulatorHttpError(409, message);

const store = (req: Req, auth: EqAuth): ModeStore => storeFor(req.env as EqEnv, auth.livemode);

function envelopeOne(auth: EqAuth, data: unknown, status = 200): EmulatorResponse {
  return json(status, EQ_SINGLE_OBJECT_WRAPPED_GUESS ? { livemode: auth.livemode, data } : data);
}

function limitOf(req: Req): number {
  const raw = req.query.get('limit');
  let limit = EQ_DEFAULT_LIMIT_GUESS;
  if (raw !== null) {
    limit = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(limit >= 1 && limit <= EQ_MAX_LIMIT_GUESS)) throw invalid('limit', `limit must be an integer between 1 and ${EQ_MAX_LIMIT_GUESS}.`);
  }
  return req.env.pageSize === null ? limit : Math.min(limit, req.env.pageSize);
}

function cursorOf(req: Req) {
  const raw = req.query.get('cursor');
  return raw === null || raw === '' ? null : decodeCursor(raw);
}

function list<W>(req: Req, livemode: boolean, rows: Parameters<typeof pageOf<W>>[0], filter?: (w: W) => boolean): EmulatorResponse {
  const page = pageOf(rows, cursorOf(req), limitOf(req), filter);
  return json(200, { livemode, data: page.data, has_more: page.has_more, next_cursor: page.next_cursor });
}

function bodyObject(req: Req): Record<string, unknown> {
  const body = req.json;
  if (req.text === '') return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw invalid('body', 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

function refuseUnknown(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw invalid(key, `Received unknown parameter: ${key}`);
}

function eventOf(req: Req, auth: EqAuth, id = req.params.id!): EqEventWire {
  const event = store(req, auth).events.get(id);
  if (!event) throw notFound('event', id);
  return event;
}

// ---- events ----

function checkEventFields(req: Req, auth: EqAuth, body: Record<string, unknown>, creating: boolean, selfId?: string) {
  refuseUnknown(body, EQ_EVENT_WRITABLE_FIELDS_GUESS);
  const has = (k: string) => body[k] !== undefined;
  if (creating || has('title')) {
    if (!isNonEmptyString(body.title)) throw invalid('title', creating && !has('title') ? 'Missing required param: title.' : 'title must be a non-empty string.');
  }
  if (has('slug') && (typeof body.slug !== 'string' || !EQ_SLUG_PATTERN_GUESS.test(body.slug))) {
    throw invalid('slug', 'slug must be lowercase letters, digits and dashes.');
  }
  if (creating || has('timezone')) {
    if (!has('timezone')) throw invalid('timezone', 'Missing required param: timezone.');
    if (!isTimeZone(body.timezone)) throw invalid('timezone', `timezone must be an IANA time zone name (got ${JSON.stringify(body.timezone)}).`);
  }
  if (creating || has('starts_at')) {
    if (!has('starts_at')) throw invalid('starts_at', 'Missing required param: starts_at.');
    if (isoInstant(body.starts_at) === null) throw invalid('starts_at', 'starts_at must be an ISO 8601 date-time in UTC, e.g. 2026-09-15T18:00:00Z.');
  }
  if (creating || has('currency')) {
    if (!has('currency')) throw invalid('currency', 'Missing required param: currency.');
    if (wireCurrency(body.currency) === null) throw invalid('currency', 'currency must be a lowercase ISO 4217 code, e.g. "usd".');
  }
  if (typeof body.slug === 'string' && slugTaken(store(req, auth), body.slug, selfId)) {
    throw new EmulatorHttpError(409, `An event with slug ${body.slug} already exists.`, { param: 'slug' });
  }
}

const createEvent = (req: Req, auth: EqAuth): EmulatorResponse => {
  const body = bodyObject(req);
  checkEventFields(req, auth, body, true);
  const s = store(req, auth);
  const event = insertEvent(
    req.env as EqEnv,
    s,
    {
      title: body.title as string,
      slug: typeof body.slug === 'string' ? body.slug : uniqueSlug(s, body.title as string),
      timezone: body.timezone as string,
      starts_at: isoInstant(body.starts_at)!,
      currency: wireCurrency(body.currency)!,
      status: 'draft',
    },
    req.env.stamp(),
  );
  return envelopeOne(auth, event, 201);
};

const updateEvent = (req: Req, auth: EqAuth): EmulatorResponse => {
  const event = eventOf(req, auth);
  const body = bodyObject(req);
  if (EQ_CANCELLED_IS_FINAL_GUESS && event.status === 'cancelled') throw conflict('A cancelled event cannot be changed.');
  checkEventFields(req, auth, body, false, event.id);
  if (body.title !== undefined) event.title = body.title as string;
  if (body.slug !== undefined) event.slug = body.slug as string;
  if (body.timezone !== undefined) event.timezone = body.timezone as string;
  if (body.starts_at !== undefined) event.starts_at = isoInstant(body.starts_at)!;
  if (body.currency !== undefined) event.currency = wireCurrency(body.currency)!;
  event.updated_at = isoUtc(req.env.stamp());
  return envelopeOne(auth, event);
};

const publishEvent = (req: Req, auth: EqAuth): EmulatorResponse => {
  const event = eventOf(req, auth);
  if (event.status === 'published') throw conflict('This event is already published.');
  if (event.status === 'cancelled') throw conflict('A cancelled event cannot be published.');
  if (EQ_PUBLISH_NEEDS_TICKET_TYPE_GUESS && store(req, auth).ticketTypes.of(event.id).length === 0) {
    throw new EmulatorHttpError(422, 'Add a ticket type before publishing this event.');
  }
  event.status = 'published';
  event.updated_at = isoUtc(req.env.stamp());
  return envelopeOne(auth, event);
};

const cancelEvent = (req: Req, auth: EqAuth): EmulatorResponse => {
  const event = eventOf(req, auth);
  if (event.status === 'cancelled') throw conflict('This event is already cancelled.');
  event.status = 'cancelled';
  event.updated_at = isoUtc(req.env.stamp());
  return envelopeOne(auth, event);
};

// ---- ticket types ----

function checkTicketTypeFields(body: Record<string, unknown>, event: EqEventWire, creating: boolean, sold = 0): void {
  refuseUnknown(body, EQ_TICKET_TYPE_WRITABLE_FIELDS_GUESS);
  const has = (k: string) => body[k] !== undefined;
  if (creating || has('name')) {
    if (!isNonEmptyString(body.name)) throw invalid('name', has('name') ? 'name must be a non-empty string.' : 'Missing required param: name.');
  }
  if (creating || has('price')) {
    if (!has('price')) throw invalid('price', 'Missing required param: price.');
    if (!isNonNegativeInt(body.price)) throw invalid('price', 'price must be a non-negative integer in the smallest currency unit.');
  }
  if (creating || has('currency')) {
    if (!has('currency')) throw invalid('currency', 'Missing required param: currency.');
    const currency = wireCurrency(body.currency);
    if (currency === null) throw invalid('currency', 'currency must be a lowercase ISO 4217 code, e.g. "usd".');
    if (currency !== event.currency) throw invalid('currency', `currency must match the event's currency (${event.currency}).`);
  }
  if (has('quantity_total') && body.quantity_total !== null) {
    if (!isNonNegativeInt(body.quantity_total)) throw invalid('quantity_total', 'quantity_total must be a non-negative integer.');
    if (EQ_SOLD_TYPES_ARE_KEPT_GUESS && body.quantity_total < sold) throw invalid('quantity_total', `quantity_total cannot be below the ${sold} tickets already sold.`);
  }
}

function ticketTypeOf(req: Req, auth: EqAuth) {
  const event = eventOf(req, auth);
  const type = store(req, auth).ticketTypes.get(req.params.ticketTypeId!);
  if (!type || type.event_id !== event.id) throw notFound('ticket type', req.params.ticketTypeId!);
  return { event, type };
}

const createTicketType = (req: Req, auth: EqAuth): EmulatorResponse => {
  const event = eventOf(req, auth);
  const body = bodyObject(req);
  if (EQ_CANCELLED_IS_FINAL_GUESS && event.status === 'cancelled') throw conflict('Ticket types cannot be added to a cancelled event.');
  checkTicketTypeFields(body, event, true);
  const type = insertTicketType(
    req.env as EqEnv,
    store(req, auth),
    event,
    {
      name: body.name as string,
      price: body.price as number,
      currency: event.currency,
      quantity_total: (body.quantity_total as number | null | undefined) ?? null,
      quantity_sold: 0,
    },
    req.env.stamp(),
  );
  return envelopeOne(auth, type, 201);
};

const updateTicketType = (req: Req, auth: EqAuth): EmulatorResponse => {
  const { event, type } = ticketTypeOf(req, auth);
  const body = bodyObject(req);
  checkTicketTypeFields(body, event, false, type.quantity_sold);
  if (body.name !== undefined) type.name = body.name as string;
  if (body.price !== undefined) type.price = body.price as number;
  if (body.quantity_total !== undefined) type.quantity_total = body.quantity_total as number | null;
  type.updated_at = isoUtc(req.env.stamp());
  return envelopeOne(auth, type);
};

const deleteTicketType = (req: Req, auth: EqAuth): EmulatorResponse => {
  const { event, type } = ticketTypeOf(req, auth);
  const s = store(req, auth);
  const issued = s.tickets.of(event.id).items.some((row) => row.wire.ticket_type_id === type.id);
  if (EQ_SOLD_TYPES_ARE_KEPT_GUESS && (type.quantity_sold > 0 || issued)) throw conflict('This ticket type has sold tickets and cannot be deleted.');
  s.ticketTypes.remove(type.id, event.id);
  req.env.stamp();
  return empty(204);
};

// ---- orders and attendees ----

function orderFilter(req: Req) {
  const status = req.query.get('status');
  const email = req.query.get('buyer_email');
  if (status === null && email === null) return undefined;
  return (o: { status: string; buyer_email: string }) =>
    (status === null || o.status === status) && (email === null || o.buyer_email === email);
}

function attendeeFilter(req: Req) {
  const raw = req.query.get('checked_in');
  if (raw === null) return undefined;
  if (raw !== 'true' && raw !== 'false') throw invalid('checked_in', 'checked_in must be true or false.');
  const wanted = raw === 'true';
  return (t: { checked_in: boolean }) => t.checked_in === wanted;
}

// ---- webhooks (every path and field a guess) ----

function checkWebhookFields(body: Record<string, unknown>, creating: boolean): void {
  refuseUnknown(body, EQ_WEBHOOK_FIELDS_GUESS);
  if (creating || body.url !== undefined) {
    if (typeof body.url !== 'string' || !/^https:\/\/[^\s/]+/.test(body.url)) {
      throw invalid('url', 'url must be an HTTPS URL.');
    }
  }
  if (creating || body.events !== undefined) {
    const events = body.events;
    if (!Array.isArray(events) || events.length === 0 || !events.every((e) => (EQ_WEBHOOK_TYPES as readonly unknown[]).includes(e))) {
      throw invalid('events', `events must be a non-empty list of ${EQ_WEBHOOK_TYPES.join(', ')}.`);
    }
  }
  if (body.active !== undefined && typeof body.active !== 'boolean') throw invalid('active', 'active must be a boolean.');
}

function webhookOf(req: Req, auth: EqAuth) {
  const hook = store(req, auth).webhooks.get(req.params.id!);
  if (!hook) throw notFound('webhook subscription', req.params.id!);
  return hook;
}

// ---- idempotency (documented: POST only, same key + same parameters within 24 h → replay) ----

function idempotent(handler: Route['handler']): Route['handler'] {
  return async (req, auth) => {
    const key = req.headers.get('idempotency-key');
    if (key === null) return handler(req, auth);
    if (key === '' || key.length > EQ_IDEMPOTENCY_KEY_MAX) {
      throw invalid('Idempotency-Key', `Idempotency-Key must be 1 to ${EQ_IDEMPOTENCY_KEY_MAX} characters.`);
    }
    const records = store(req, auth).idempotency;
    const recordKey = `${auth.key}\n${key}`;
    const fingerprint = `${req.method} ${req.path} ${req.json === undefined ? req.text : canonicalJson(req.json)}`;
    const now = req.env.now();
    const record = records.get(recordKey);
    if (record && now - record.at < EQ_IDEMPOTENCY_TTL_MS) {
      if (record.fingerprint !== fingerprint) {
        throw new EmulatorHttpError(
          EQ_IDEMPOTENCY_MISMATCH_STATUS_GUESS,
          `Keys for idempotent requests can only be used with the same parameters they were first used with (Idempotency-Key ${key}).`,
        );
      }
      return { ...record.response, headers: { ...record.response.headers, 'Idempotent-Replayed': 'true' } };
    }
    const response = await handler(req, auth);
    if (response.status >= 200 && response.status < 300) {
      // A snapshot: later changes to the object must not leak into the replay.
      const snapshot = response.body === undefined ? undefined : JSON.parse(JSON.stringify(response.body));
      records.set(recordKey, { fingerprint, at: now, response: { ...response, body: snapshot } });
    }
    return response;
  };
}

// ---- the table ----

const v1 = (path: string) => `${EQ_BASE_PATH}${path}`;
const P = EQ_PATHS_GUESS;

const routes: Route[] = [
  { method: 'GET', path: v1('/events'), op: 'events.list', handler: (req, auth) => list(req, auth.livemode, store(req, auth).events.all) },
  { method: 'POST', path: v1('/events'), op: 'events.create', handler: createEvent },
  { method: 'GET', path: v1(P.event), op: 'events.get', handler: (req, auth) => envelopeOne(auth, eventOf(req, auth)) },
  { method: EQ_UPDATE_METHOD_GUESS, path: v1(P.event), op: 'events.update', handler: updateEvent },
  { method: 'POST', path: v1('/events/:id/publish'), op: 'events.publish', handler: publishEvent },
  { method: 'POST', path: v1(P.cancel), op: 'events.cancel', handler: cancelEvent },
  {
    method: 'GET',
    path: v1(P.ticketTypes),
    op: 'ticketTypes.list',
    handler: (req, auth) => list(req, auth.livemode, store(req, auth).ticketTypes.of(eventOf(req, auth).id)),
  },
  { method: 'POST', path: v1('/events/:id/ticket-types'), op: 'ticketTypes.create', handler: createTicketType },
  { method: 'GET', path: v1(P.ticketType), op: 'ticketTypes.get', handler: (req, auth) => envelopeOne(auth, ticketTypeOf(req, auth).type) },
  { method: EQ_UPDATE_METHOD_GUESS, path: v1(P.ticketType), op: 'ticketTypes.update', handler: updateTicketType },
  { method: 'DELETE', path: v1(P.ticketType), op: 'ticketTypes.delete', handler: deleteTicketType },
  {
    method: 'GET',
    path: v1('/orders'),
    op: 'orders.list',
    handler: (req, auth) => list(req, auth.livemode, store(req, auth).orders.all, orderFilter(req)),
  },
  {
    method: 'GET',
    path: v1('/events/:id/orders'),
    op: 'orders.list',
    handler: (req, auth) => list(req, auth.livemode, store(req, auth).orders.of(eventOf(req, auth).id), orderFilter(req)),
  },
  {
    method: 'GET',
    path: v1(P.order),
    op: 'orders.get',
    handler: (req, auth) => {
      const order = store(req, auth).orders.get(req.params.id!);
      if (!order) throw notFound('order', req.params.id!);
      return envelopeOne(auth, order);
    },
  },
  {
    method: 'GET',
    path: v1('/attendees'),
    op: 'attendees.list',
    handler: (req, auth) => list(req, auth.livemode, store(req, auth).tickets.all, attendeeFilter(req)),
  },
  {
    method: 'GET',
    path: v1('/events/:id/attendees'),
    op: 'attendees.list',
    handler: (req, auth) => list(req, auth.livemode, store(req, auth).tickets.of(eventOf(req, auth).id), attendeeFilter(req)),
  },
  { method: 'GET', path: v1(P.webhooks), op: 'webhooks.list', handler: (req, auth) => list(req, auth.livemode, store(req, auth).webhooks.all) },
  {
    method: 'POST',
    path: v1(P.webhooks),
    op: 'webhooks.create',
    handler: (req, auth) => {
      const body = bodyObject(req);
      checkWebhookFields(body, true);
      const hook = insertWebhook(req.env as EqEnv, store(req, auth), body.url as string, body.events as string[], (body.active as boolean | undefined) ?? true, req.env.stamp());
      return envelopeOne(auth, { ...hook, secret: eqWebhookSecretGuess(hook.id) }, 201);
    },
  },
  {
    method: EQ_UPDATE_METHOD_GUESS,
    path: v1(P.webhook),
    op: 'webhooks.update',
    handler: (req, auth) => {
      const hook = webhookOf(req, auth);
      const body = bodyObject(req);
      checkWebhookFields(body, false);
      if (body.url !== undefined) hook.url = body.url as string;
      if (body.events !== undefined) hook.events = body.events as string[];
      if (body.active !== undefined) hook.active = body.active as boolean;
      req.env.stamp();
      return envelopeOne(auth, hook);
    },
  },
  {
    method: 'DELETE',
    path: v1(P.webhook),
    op: 'webhooks.delete',
    handler: (req, auth) => {
      store(req, auth).webhooks.remove(webhookOf(req, auth).id);
      req.env.stamp();
      return empty(204);
    },
  },
  {
    method: 'GET',
    path: v1(P.webhookDeliveries),
    op: 'webhooks.deliveries',
    handler: (req, auth) => {
      webhookOf(req, auth);
      // The emulator keeps no per-subscription delivery history here (tests read `mock.webhooks.deliveries`).
      limitOf(req);
      return json(200, { livemode: auth.livemode, data: [], has_more: false, next_cursor: null });
    },
  },
  {
    method: 'GET',
    path: v1('/public/events'),
    op: 'events.listPublic',
    auth: false,
    handler: (req) => {
      const slug = req.query.get('org_slug');
      if (!slug) throw invalid('org_slug', 'Missing required param: org_slug.');
      if (EQ_UNKNOWN_ORG_IS_404_GUESS && slug !== EQ_ORG_SLUG) throw notFound('organization', slug);
      // Documented: only published events. The public page shows live data.
      return list(req, true, req.env.state.live.events.all, (e) => e.status === 'published');
    },
  },
  {
    method: 'POST',
    path: EQ_RESET_TEST_DATA_PATH,
    op: 'testData.reset',
    handler: (req, auth) => {
      if (EQ_RESET_NEEDS_TEST_KEY_GUESS && auth.livemode) throw new EmulatorHttpError(403, 'Test data can only be reset with an sk_test_ key.');
      req.env.state.test = createModeStore(false);
      return empty(204);
    },
  },
];

/** The table, with idempotent replay on every route whose method takes an `Idempotency-Key` (documented: POST). */
export const equaticketRoutes: Route[] = routes.map((route) =>
  (EQ_IDEMPOTENT_METHODS_GUESS as readonly string[]).includes(route.method) ? { ...route, handler: idempotent(route.handler) } : route,
);
