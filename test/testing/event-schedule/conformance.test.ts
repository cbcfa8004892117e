/**
 * Conformance of the Event Schedule emulator and the SDK to the vendor's own OpenAPI 3.0.3 spec (issue 14), kept in
 * test/fixtures/event-schedule/openapi.json. A scenario drives the real client (normalized and native layers) over
 * the emulator through every route it serves; every exchange is then validated with ajv:
 * - every emulator response body against the spec's response schema for its route and status;
 * - every request body (and query) the SDK sent against the spec's request schema.
 *
 * The spec is converted to JSON Schema (OpenAPI 3.0 `nullable` → a `null` type), then tightened: objects refuse
 * undeclared properties and declare the fields the vendor always sends (the spec itself declares neither, so it
 * would accept almost anything). Where the vendor's code is documented to differ from its spec
 * (docs/vendors/event-schedule.md, "Where the code differs from the spec"), one named deviation below accepts
 * exactly the documented shape; each deviation is shown to be needed (the suite fails without it), and a route the
 * scenario does not exercise fails the suite.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/index.js';
import { createMockClient } from '../../../src/testing/index.js';
import { Router } from '../../../src/testing/framework/index.js';
import { eventScheduleRoutes } from '../../../src/testing/emulators/event-schedule/routes.js';

type Json = Record<string, any>;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const SPEC: Json = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/event-schedule/openapi.json'), 'utf8'));

// ---------------------------------------------------------------- OpenAPI 3.0 → JSON Schema

/** Deep copy with `nullable` turned into a `null` type (and `null` added to an enum), refs pointed at `$defs`. */
function toJsonSchema(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    // In a `properties` map the keys are field names (a field may be called `description`), not keywords.
    if (isPropertyMap) out[key] = toJsonSchema(value);
    else if (key === 'nullable' || key === 'example' || key === 'description') continue;
    else if (key === '$ref') out.$ref = String(value).replace('#/components/schemas/', 'es#/$defs/');
    else out[key] = toJsonSchema(value, key === 'properties');
  }
  if ((node as Json).nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

interface Operation {
  method: string;
  /** The spec path, e.g. `/events/{id}`. */
  path: string;
  regex: RegExp;
  request: Json | null;
  requestType: string | null;
  query: Record<string, Json>;
  responses: Record<string, Json>;
}

/** The spec as validation material: component schemas and operations, all JSON Schema. */
interface Model {
  defs: Record<string, Json>;
  operations: Operation[];
}

function modelOf(spec: Json): Model {
  const defs = toJsonSchema(spec.components.schemas, true) as Record<string, Json>;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      const content = op.requestBody?.content ?? {};
      const requestType = Object.keys(content)[0] ?? null;
      const query: Record<string, Json> = {};
      for (const p of op.parameters ?? []) if (p.in === 'query') query[p.name] = toJsonSchema(p.schema) as Json;
      const responses: Record<string, Json> = {};
      for (const [status, r] of Object.entries(op.responses as Json)) {
        responses[status] = (toJsonSchema((r as Json).content?.['application/json']?.schema ?? {}) as Json) ?? {};
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        regex: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        request: requestType ? (toJsonSchema(content[requestType].schema) as Json) : null,
        requestType,
        query,
        responses,
      });
    }
  }
  return { defs, operations };
}

// ---------------------------------------------------------------- tightening (what "the documented shape" means)

function objectsIn(schema: Json, visit: (object: Json) => void): void {
  if (!schema || typeof schema !== 'object') return;
  if (schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'))) visit(schema);
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) value.forEach((v) => objectsIn(v as Json, visit));
    else if (value && typeof value === 'object') objectsIn(value as Json, visit);
  }
}

/** Every field the reference says is always present (all declared ones but `except`). */
function requireAllBut(schema: Json, except: string[] = []): void {
  schema.required = Object.keys(schema.properties).filter((k) => !except.includes(k));
}

/**
 * Not deviations but the strictness the suite adds to the spec: objects with declared properties refuse others (a
 * field the emulator invents, or a typo the SDK sends, fails), 2xx envelopes must carry `data` (and `meta` on
 * paginated lists), and the records carry the fields the reference documents as always present.
 */
function tighten(model: Model): void {
  const strict = (schema: Json) =>
    objectsIn(schema, (o) => {
      if (o.properties && o.additionalProperties === undefined) o.additionalProperties = false;
    });
  for (const def of Object.values(model.defs)) strict(def);
  for (const op of model.operations) {
    if (op.request) strict(op.request);
    for (const [status, schema] of Object.entries(op.responses)) {
      strict(schema);
      if (status.startsWith('2') && schema.properties?.data) {
        schema.required = ['data', ...(schema.properties.meta?.$ref?.endsWith('/Pagination') ? ['meta'] : [])];
      }
    }
  }
  const d = model.defs;
  requireAllBut(d.Schedule!);
  requireAllBut(d.Group!);
  requireAllBut(d.Event!, ['recurring_frequency', 'recurring_interval', 'days_of_week', 'recurring_end_type', 'recurring_end_value', 'tickets']);
  requireAllBut(d.Event!.properties.schedules.items, ['group']);
  requireAllBut(d.Event!.properties.members.additionalProperties);
  requireAllBut(d.Ticket!);
  requireAllBut(d.EventPart!);
  requireAllBut(d.Category!);
  requireAllBut(d.Sale!, ['secret']);
  requireAllBut(d.Sale!.properties.tickets.items);
  requireAllBut(d.Pagination!);
  requireAllBut(d.Feedback!);
  requireAllBut(d.FanContent!, ['comment', 'photo_url', 'youtube_url', 'embed_url']);
}

// ---------------------------------------------------------------- documented deviations (code ≠ spec)

interface Deviation {
  name: string;
  /** Why, in the words of docs/vendors/event-schedule.md. */
  reason: string;
  apply(model: Model): void;
}

const op = (model: Model, method: string, path: string): Operation => {
  const found = model.operations.find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`no ${method} ${path} in the spec`);
  return found;
};
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const PASS_TICKET_FIELDS: Json = {
  pass_usage_type: { enum: ['per_occurrence', 'total'] },
  pass_max_uses: { type: ['integer', 'null'] },
  pass_valid_days: { type: ['integer', 'null'] },
  pass_scope: { enum: ['this_event', 'sub_schedule', 'specific_events'] },
  pass_allow_booking: { type: 'boolean' },
  pass_admits_per_event: { type: 'integer', minimum: 1 },
  pass_covered_count: { type: ['integer', 'null'] },
};
const VOLUME_DISCOUNT: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['min_quantity', 'type', 'value'],
  properties: { min_quantity: { type: 'integer', minimum: 2 }, type: { enum: ['percentage', 'fixed'] }, value: { type: 'number', exclusiveMinimum: 0 } },
};
const ERROR_STATUSES_IN_CODE = ['400', '401', '403', '404', '409', '422', '423', '429', '500'];

const DEVIATIONS: Deviation[] = [
  {
    name: 'starts_at is a naive UTC wall clock',
    reason: 'Event.starts_at is "Y-m-d H:i:s" in UTC without an offset (the spec says so in words, but types it date-time)',
    apply: (m) => void (m.defs.Event!.properties.starts_at = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$' }),
  },
  {
    name: 'an event without talent has members: []',
    reason: 'members is a map keyed by talent schedule id; PHP serializes the empty map as an empty array',
    apply: (m) => {
      const map = m.defs.Event!.properties.members;
      m.defs.Event!.properties.members = { anyOf: [map, { type: 'array', maxItems: 0 }] };
    },
  },
  {
    name: 'ticket prices are decimal strings',
    reason: 'tickets.price is a MySQL decimal(13,3) with no cast: "25.000" (or null), not a number',
    apply: (m) => void (m.defs.Ticket!.properties.price = { type: ['string', 'null'], pattern: '^\\d+\\.\\d{3}$' }),
  },
  {
    name: "an event's payment_method is the code's list",
    reason: 'cash, stripe, invoiceninja, payment_url, payfast or null; `manual` is stored as cash and never returned',
    apply: (m) => void (m.defs.Event!.properties.payment_method = { enum: ['cash', 'stripe', 'invoiceninja', 'payment_url', 'payfast', null] }),
  },
  {
    name: 'events carry the fields the code adds',
    reason: 'Event JSON also has category_color, is_draft, is_internal, rsvp_enabled, rsvp_limit and (with tickets) addons',
    apply: (m) => {
      const e = m.defs.Event!;
      Object.assign(e.properties, {
        category_color: { type: ['string', 'null'] },
        is_draft: { type: 'boolean' },
        is_internal: { type: 'boolean' },
        rsvp_enabled: { type: 'boolean' },
        rsvp_limit: { type: ['integer', 'null'] },
        addons: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'type', 'price', 'quantity', 'description', 'image_url', 'url'],
            properties: {
              id: { type: 'string' },
              type: { type: 'string' },
              price: { type: ['string', 'null'], pattern: '^\\d+\\.\\d{3}$' },
              quantity: { type: ['integer', 'null'] },
              description: { type: ['string', 'null'] },
              image_url: { type: ['string', 'null'] },
              url: { type: ['string', 'null'] },
            },
          },
        },
      });
      e.required.push('category_color', 'is_draft', 'is_internal', 'rsvp_enabled', 'rsvp_limit');
    },
  },
  {
    name: 'tickets carry sales windows, volume discounts and pass settings',
    reason: 'Ticket JSON also has sales_start_at, sales_end_at, volume_discount, is_pass, and the pass_* settings when is_pass',
    apply: (m) => {
      const t = m.defs.Ticket!;
      Object.assign(t.properties, {
        sales_start_at: { type: ['string', 'null'], format: 'date-time' },
        sales_end_at: { type: ['string', 'null'], format: 'date-time' },
        volume_discount: nullable(VOLUME_DISCOUNT),
        is_pass: { type: 'boolean' },
        ...PASS_TICKET_FIELDS,
      });
      t.required.push('sales_start_at', 'sales_end_at', 'volume_discount', 'is_pass');
    },
  },
  {
    name: 'schedules carry show_phone as 0 or 1',
    reason: 'show_phone is a boolean column with no cast: MySQL returns 0 or 1',
    apply: (m) => {
      m.defs.Schedule!.properties.show_phone = { enum: [0, 1] };
      m.defs.Schedule!.required.push('show_phone');
    },
  },
  {
    name: 'sales carry the fields the code adds',
    reason: 'Sale JSON also has phone, the discount amounts, order and group ids and primary flags; ticket rows add is_addon, is_pass',
    apply: (m) => {
      const s = m.defs.Sale!;
      Object.assign(s.properties, {
        phone: { type: ['string', 'null'] },
        volume_discount_amount: { type: ['number', 'null'] },
        discount_amount: { type: ['number', 'null'] },
        gift_card_amount: { type: ['number', 'null'] },
        order_id: { type: ['string', 'null'] },
        is_order_primary: { type: 'boolean' },
        group_id: { type: ['string', 'null'] },
        is_primary: { type: 'boolean' },
      });
      s.required.push('phone', 'volume_discount_amount', 'discount_amount', 'gift_card_amount', 'order_id', 'is_order_primary', 'group_id', 'is_primary');
      const line = s.properties.tickets.items;
      Object.assign(line.properties, {
        is_addon: { type: 'boolean' },
        is_pass: { type: 'boolean' },
        pass_usage_type: { enum: ['per_occurrence', 'total'] },
        pass_visits_used: { type: 'integer' },
        pass_max_uses: { type: ['integer', 'null'] },
        pass_expires_at: { type: ['string', 'null'], format: 'date-time' },
      });
      line.required.push('is_addon', 'is_pass');
    },
  },
  {
    name: 'a sale can be amount_mismatch',
    reason: 'payment webhooks set amount_mismatch when the paid amount differs; the spec lists five statuses',
    apply: (m) => void m.defs.Sale!.properties.status.enum.push('amount_mismatch'),
  },
  {
    name: 'a new hosted schedule is {}',
    reason: 'nothing in the create path grants Pro, and a non-Pro schedule serializes as an empty object',
    apply: (m) => {
      const created = op(m, 'POST', '/schedules').responses['201']!;
      created.properties.data = { anyOf: [created.properties.data, { type: 'object', maxProperties: 0 }] };
    },
  },
  {
    name: 'GET /categories/{subdomain} exists',
    reason: "a schedule's effective category list, same shape as GET /categories; not in the spec",
    apply: (m) => {
      const global = op(m, 'GET', '/categories');
      m.operations.push({ ...global, path: '/categories/{subdomain}', regex: /^\/categories\/[^/]+$/, responses: { ...global.responses, '404': { $ref: 'es#/$defs/Error' } } });
    },
  },
  {
    name: 'framework errors answer { message }',
    reason: 'an unknown route, a crash or the create-event throttle answer Laravel\'s {"message": "..."} (with Accept: application/json)',
    apply: (m) => {
      const error = m.defs.Error!;
      m.defs.Error = { anyOf: [error, { type: 'object', additionalProperties: false, required: ['message'], properties: { message: { type: 'string' } } }] };
    },
  },
  {
    name: 'error statuses the spec leaves out',
    reason: 'the auth middleware answers 401, 423 and 429 on every authenticated route; Pro gate 403s and 404s appear where the spec omits them; any error body is Error',
    apply: (m) => {
      for (const o of m.operations) for (const status of ERROR_STATUSES_IN_CODE) o.responses[status] ??= { $ref: 'es#/$defs/Error' };
    },
  },
  {
    name: 'unknown routes are the framework 404',
    reason: 'a path the API does not have answers 404 {"message": "The route … could not be found."}',
    apply: (m) => void m.operations.push({ method: '*', path: '(unknown route)', regex: /.*/, request: null, requestType: null, query: {}, responses: { '404': { $ref: 'es#/$defs/Error' } } }),
  },
  {
    name: 'event writes take up to 8760 hours',
    reason: 'duration is validated 0-8760 (decimals allowed), not 0-24',
    apply: (m) => void (m.defs.EventInput!.properties.duration.maximum = 8760),
  },
  {
    name: 'event writes take the code\'s payment methods',
    reason: 'cash and payfast are accepted besides the spec\'s list (manual is an alias of cash)',
    apply: (m) => void m.defs.EventInput!.properties.payment_method.enum.push('cash', 'payfast'),
  },
  {
    name: 'event writes take the fields the code validates',
    reason: 'is_draft, is_internal, rsvp_enabled, rsvp_limit, addons, and tickets[] sales windows, volume discounts and pass settings',
    apply: (m) => {
      const input = m.defs.EventInput!;
      Object.assign(input.properties, {
        is_draft: { type: 'boolean' },
        is_internal: { type: 'boolean' },
        rsvp_enabled: { type: 'boolean' },
        rsvp_limit: { type: ['integer', 'null'], minimum: 1 },
        addons: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: { type: 'string', maxLength: 255 },
              quantity: { type: 'integer', minimum: 0 },
              price: { type: 'number', minimum: 0 },
              description: { type: 'string', maxLength: 1000 },
              url: { type: 'string', maxLength: 2000 },
            },
          },
        },
      });
      Object.assign(input.properties.tickets.items.properties, {
        sales_start_at: { type: 'string' },
        sales_end_at: { type: 'string' },
        volume_discount: VOLUME_DISCOUNT,
        is_pass: { type: 'boolean' },
        ...PASS_TICKET_FIELDS,
      });
    },
  },
  {
    name: 'sale writes take add-ons',
    reason: 'POST /sales also accepts addons: { "<add-on id>": quantity >= 0 }',
    apply: (m) => {
      op(m, 'POST', '/sales').request!.properties.addons = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } };
    },
  },
  {
    name: 'query booleans are 1 or 0',
    reason: "Laravel's boolean rule refuses the strings true/false in a query: send 1/0 (tickets_enabled, is_approved)",
    apply: (m) => {
      for (const o of m.operations) for (const [name, schema] of Object.entries(o.query)) if (schema.type === 'boolean') o.query[name] = { enum: ['0', '1'] };
    },
  },
  {
    name: 'GET /events takes rsvp_enabled',
    reason: 'rsvp_enabled is read as a boolean filter; missing from the spec',
    apply: (m) => void (op(m, 'GET', '/events').query.rsvp_enabled = { enum: ['0', '1'] }),
  },
];

// ---------------------------------------------------------------- validators

interface Validators {
  response(method: string, path: string, status: number): { op: Operation; validate: ValidateFunction } | null;
  request(op: Operation): ValidateFunction | null;
  query(op: Operation, name: string): ValidateFunction | null;
}

function validatorsFor(deviations: Deviation[]): Validators {
  const model = modelOf(SPEC);
  tighten(model);
  for (const d of deviations) d.apply(model);
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'es', $defs: model.defs });
  const cache = new Map<object, ValidateFunction>();
  const compile = (schema: Json) => {
    let fn = cache.get(schema);
    if (!fn) cache.set(schema, (fn = ajv.compile(schema)));
    return fn;
  };
  const find = (method: string, path: string) =>
    model.operations.find((o) => o.method === method && o.regex.test(path)) ?? model.operations.find((o) => o.method === '*') ?? null;
  return {
    response(method, path, status) {
      const found = find(method, path);
      const schema = found?.responses[String(status)];
      return found && schema ? { op: found, validate: compile(schema) } : null;
    },
    request: (o) => (o.request ? compile(o.request) : null),
    query: (o, name) => (o.query[name] ? compile(o.query[name]!) : null),
  };
}

// ---------------------------------------------------------------- the scenario

interface Exchange {
  method: string;
  /** Path without the `/api` prefix. */
  path: string;
  fullPath: string;
  query: Record<string, string>;
  requestType: string | null;
  requestText: string;
  status: number;
  responseText: string;
  /** Sent with `client.request` on purpose (a body the SDK itself would never send). */
  raw: boolean;
}

const RAW_HEADER = 'x-conformance-raw';

async function runScenario(): Promise<Exchange[]> {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const clock = () => now;
  const ids: Record<string, string> = {};
  const mock = createMockClient({
    provider: 'event-schedule',
    clock,
    seed: (s) => {
      const band = s.schedule({ type: 'talent', name: 'The Blue Notes', email: 'band@example.com', youtubeUrl: 'https://youtube.com/@bluenotes' });
      const event = s.event({ name: 'Jazz Night', start: '2026-03-15T20:00:00Z', talent: [band.subdomain] });
      ids.event = event.id;
      const vip = s.ticketType({ eventId: event.id, name: 'VIP', price: { amount: 2500, currency: 'USD' }, quantityTotal: 5 });
      ids.ticketType = vip.id;
      ids.paidSale = s.order({ eventId: event.id, status: 'paid' }).id;
      ids.mismatch = s.order({ eventId: event.id, status: 'unknown' }).id;
      const recurring = s.event({ name: 'Weekly Jam', recurring: true, start: '2026-03-03T23:00:00Z' });
      ids.recurring = recurring.id;
      ids.spare = s.schedule({ name: 'Spare Room' }).subdomain;
      const free = s.schedule({ name: 'Free Corner', plan: 'free' });
      ids.freeEvent = s.event({ name: 'Hidden', schedule: free.subdomain }).id;
      s.feedback({ eventId: event.id, rating: 4, comment: 'Great', attendeeName: 'Ada', attendeeEmail: 'ada@example.com' });
      s.feedback({ eventId: event.id, rating: 2 });
      s.fanContent({ eventId: event.id, type: 'comment', comment: 'Loved it' });
      s.fanContent({ eventId: event.id, type: 'photo', photoUrl: 'https://example.com/p.jpg', guest: true });
      s.fanContent({ eventId: event.id, type: 'video', youtubeUrl: 'https://www.youtube.com/watch?v=abc123' });
    },
  });

  const exchanges: Exchange[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input as RequestInfo, init);
    const requestText = request.method === 'GET' ? '' : await request.clone().text();
    const response = await mock.fetch(request);
    const url = new URL(request.url);
    exchanges.push({
      method: request.method,
      fullPath: url.pathname,
      path: url.pathname.replace(/^\/api/, ''),
      query: Object.fromEntries(url.searchParams.entries()),
      requestType: request.headers.get('content-type'),
      requestText,
      status: response.status,
      responseText: await response.clone().text(),
      raw: request.headers.get(RAW_HEADER) === '1',
    });
    return response;
  }) as typeof globalThis.fetch;
  const client = createClient({ provider: 'event-schedule', ...(mock.credentials as { apiKey: string }), fetch, maxRetries: 0, logLevel: 'off', rateLimit: false });
  const settle = async (call: PromiseLike<unknown>) => Promise.resolve(call).then(() => undefined, () => undefined);
  const native = client.native;

  // auth
  await native.sendRegistrationCode({ email: 'new@example.com' });
  await native.register({ name: 'New User', email: 'new@example.com', password: 'long-enough-pw', verification_code: '100001', timezone: 'Europe/Paris', language_code: 'fr' });
  await settle(native.login({ email: 'new@example.com', password: 'long-enough-pw' })); // 409: a key exists

  // schedules and groups
  await native.listSchedules({ type: 'venue', per_page: 50 }).toArray({ limit: 100 });
  await native.getSchedule('main');
  await native.createSchedule({ name: 'Brand New', type: 'curator', timezone: 'UTC' });
  await native.updateSchedule('main', { short_description: 'The main hall', country_code: 'US' });
  await native.deleteSchedule(ids.spare!);
  await settle(native.getSchedule('no-such-schedule'));
  const group = await native.createGroup('main', { name: 'Jazz', color: '#336699' });
  await native.listGroups('main');
  await native.updateGroup('main', group.id, { name: 'Jazz and Blues' });

  // events (normalized and native)
  await client.events.list().toArray({ limit: 100 });
  await native.listEvents({ tickets_enabled: true, rsvp_enabled: false, schedule_type: 'single', starts_after: '2026-01-01' }).toArray({ limit: 100 });
  await client.events.get(ids.event!);
  await client.eventDates.list({ eventId: ids.recurring! }).toArray({ limit: 10 });
  const created = await client.events.create(
    {
      name: 'Big Band',
      start: '2027-05-01T19:00:00Z',
      end: '2027-05-03T19:00:00Z', // 48 hours: more than the spec's 24
      timezone: 'America/New_York',
      currency: 'USD',
      description: 'Swing',
      providerOptions: {
        'event-schedule': {
          is_draft: true,
          rsvp_enabled: true,
          rsvp_limit: 80,
          payment_method: 'cash',
          schedule: 'jazz-and-blues',
          members: [{ name: 'The Blue Notes' }],
          tickets: [{ type: 'GA', price: 15, quantity: 100, sales_start_at: '2027-01-01 00:00:00', volume_discount: { min_quantity: 4, type: 'percentage', value: 10 } }],
          addons: [{ type: 'Parking', price: 5, quantity: 20 }],
          event_parts: [{ name: 'Set 1', start_time: '19:00', end_time: '20:00' }],
        },
      },
    },
  );
  await client.events.update(created.id, { name: 'Big Band Night', end: '2027-05-01T23:00:00Z' });
  await client.events.publish(created.id);
  await native.uploadFlyer(created.id, new Uint8Array([137, 80, 78, 71]), 'flyer.png');
  await settle(client.events.get(ids.freeEvent!)); // 403: Pro gate
  await settle(native.createEvent('main', { name: 'No start', starts_at: 'tomorrow' })); // 422 with errors

  // categories
  await native.listCategories();
  await native.listCategories('main');

  // sales
  const sale = await client.orders.create({
    eventId: ids.event!,
    buyer: { name: 'Grace Hopper', email: 'grace@example.com' },
    lines: [{ ticketTypeId: ids.ticketType!, quantity: 1 }],
    providerOptions: { 'event-schedule': { addons: {} } },
  });
  await client.orders.markPaid(sale.id);
  await client.orders.refund(sale.id);
  await client.orders.cancel(ids.paidSale!);
  await settle(client.orders.markPaid(ids.paidSale!)); // 422: transition refused
  await client.orders.list({ eventId: ids.event!, status: 'paid' }).toArray({ limit: 100 });
  await native.listSales({ email: 'grace@example.com' }).toArray({ limit: 100 });
  await client.orders.get(ids.mismatch!);
  await client.orders.delete(sale.id);
  await settle(client.orders.get(sale.id)); // 404
  await settle(
    client.orders.create({ eventId: ids.event!, buyer: { name: 'Too Many', email: 'many@example.com' }, lines: [{ ticketTypeId: ids.ticketType!, quantity: 9 }] }),
  ); // 422: stock

  // a ticket-list write re-creates the event's ticket types with new ids: after the sales that use the old ones
  await client.ticketTypes.create({ eventId: ids.event!, name: 'Balcony', price: { amount: 1000, currency: 'USD' }, quantityTotal: 20 });

  // feedback and fan content
  await native.listFeedback({ min_rating: 1, event_id: ids.event! }).toArray({ limit: 10 });
  await native.listFanContent({ type: 'video' }).toArray({ limit: 10 });
  await native.listFanContent({ is_approved: true }).toArray({ limit: 10 });

  // deletes last, then framework and middleware errors
  await native.deleteGroup('main', group.id);
  await client.events.delete(created.id);
  await settle(client.request({ method: 'GET', path: '/no-such-route' }));
  await settle(client.request({ method: 'PUT', path: `/events/${ids.event}`, body: { tickets: null } }, { headers: { [RAW_HEADER]: '1' } })); // 500 crash
  const stranger = createClient({ provider: 'event-schedule', apiKey: 'not-a-key-at-all', fetch, maxRetries: 0, logLevel: 'off' });
  await settle(stranger.events.list()); // 401
  now += 366 * 24 * 3600 * 1000; // the new user's key has expired: login issues one
  await native.login({ email: 'new@example.com', password: 'long-enough-pw' });
  await settle(native.login({ email: 'new@example.com', password: 'wrong-password' })); // 401
  mock.seed.rateLimits({ reads: 1, writes: 1 });
  await settle(client.events.get(ids.event!));
  await settle(client.events.get(ids.event!)); // 429 (the middleware's own)
  return exchanges;
}

// ---------------------------------------------------------------- checks

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return Symbol.for('not json');
  }
}

/** Every problem of every exchange under the given validators ([] when all conform). */
function problems(exchanges: Exchange[], v: Validators): string[] {
  const out: string[] = [];
  for (const x of exchanges) {
    const where = `${x.method} ${x.path} → ${x.status}`;
    const response = v.response(x.method, x.path, x.status);
    if (!response) {
      out.push(`${where}: no schema for this status`);
      continue;
    }
    if (!response.validate(parseJson(x.responseText))) out.push(`${where}: response ${JSON.stringify(response.validate.errors)}`);
    if (x.raw) continue;
    for (const [name, value] of Object.entries(x.query)) {
      const validate = v.query(response.op, name);
      const typed = /^-?\d+$/.test(value) && !['0', '1'].includes(value) ? Number(value) : /^(page|per_page|min_rating|category_id)$/.test(name) ? Number(value) : value;
      if (!validate) out.push(`${where}: query ${name} is not a parameter of ${response.op.method} ${response.op.path}`);
      else if (!validate(typed)) out.push(`${where}: query ${name}=${value} ${JSON.stringify(validate.errors)}`);
    }
    if (x.requestText === '') continue;
    if (x.requestType?.startsWith('multipart/form-data')) {
      if (response.op.requestType !== 'multipart/form-data' || !/name="flyer_image"/.test(x.requestText)) out.push(`${where}: multipart body without flyer_image`);
      continue;
    }
    const validate = v.request(response.op);
    if (!validate) out.push(`${where}: a body was sent, the spec takes none`);
    else if (!validate(parseJson(x.requestText))) out.push(`${where}: request ${JSON.stringify(validate.errors)}`);
  }
  return out;
}

describe('Event Schedule conformance to the vendor OpenAPI spec', () => {
  let exchanges: Exchange[];
  let baseline: string[];
  beforeAll(async () => {
    exchanges = await runScenario();
    baseline = problems(exchanges, validatorsFor(DEVIATIONS));
  }, 30_000);

  it('every emulator response and every SDK request conforms (with the documented deviations only)', () => {
    expect(exchanges.length).toBeGreaterThan(60);
    expect(baseline).toEqual([]);
  });

  it('every route the emulator serves is exercised with a success and checked', () => {
    const router = new Router(eventScheduleRoutes);
    const succeeded = new Set<string>();
    for (const x of exchanges) {
      const match = router.match(x.method, x.fullPath);
      if (match && x.status >= 200 && x.status < 300) succeeded.add(`${match.route.method} ${match.route.path}`);
    }
    const missing = eventScheduleRoutes.map((r) => `${r.method} ${r.path}`).filter((r) => !succeeded.has(r));
    expect(missing).toEqual([]);
  });

  it('the scenario meets the error statuses the suite has schemas for', () => {
    expect(new Set(exchanges.filter((x) => x.status >= 400).map((x) => x.status))).toEqual(new Set([401, 403, 404, 409, 422, 429, 500]));
  });

  it.each(DEVIATIONS.map((d) => [d.name, d] as const))('the deviation "%s" is needed: without it the suite fails', (_name, deviation) => {
    // Meaningful only while the suite passes with every deviation.
    expect(baseline).toEqual([]);
    const without = DEVIATIONS.filter((d) => d !== deviation);
    expect(problems(exchanges, validatorsFor(without)).length, deviation.reason).toBeGreaterThan(0);
  }, 20_000);

  it('the validation can fail: an emulator that drifted from the spec is caught', () => {
    const v = validatorsFor(DEVIATIONS);
    const event = exchanges.find((x) => x.method === 'GET' && /^\/events\/[^/]+$/.test(x.path) && x.status === 200)!;
    const drifted = (change: (data: Json) => void) => {
      const body = JSON.parse(event.responseText) as Json;
      change(body.data);
      return problems([{ ...event, responseText: JSON.stringify(body) }], v);
    };
    expect(drifted(() => undefined)).toEqual([]);
    expect(drifted((d) => void (d.members = [{ name: 'x' }]))).not.toEqual([]);
    expect(drifted((d) => void delete d.schedules)).not.toEqual([]);
    expect(drifted((d) => void (d.invented_field = 1))).not.toEqual([]);
    expect(drifted((d) => void (d.starts_at = '2026-03-15T20:00:00Z'))).not.toEqual([]);
  });
});
