/** The Equaticket emulator at the wire: every rule of docs/vendors/equaticket.md it enforces, and its guesses. */
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, ConflictError, NotFoundError, UnsupportedCapabilityError, ValidationError } from '../../../src/core/errors.js';
import { createClient, PROVIDERS } from '../../../src/index.js';
import { createMockClient, type MockClient } from '../../../src/testing/index.js';
import { emulators } from '../../../src/testing/emulators/index.js';
import { EQ_PATHS_GUESS, EQ_UNDOCUMENTED_FIELDS_GUESS } from '../../../src/testing/emulators/equaticket/guesses.js';
import { EQ_DOCUMENTED_FIELDS } from '../../../src/testing/emulators/equaticket/wire.js';

const BASE = 'https://app.equaticket.com/api/v1';
const TEST_KEY = 'sk_test_abc123';
const LIVE_KEY = 'sk_live_abc123';

interface CallOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

async function wire(mock: MockClient, method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? TEST_KEY : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await mock.fetch(path.startsWith('http') ? path : `${BASE}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as any) };
}

const eventBody = { title: 'Spring Workshop', slug: 'spring-workshop-2026', timezone: 'America/Chicago', starts_at: '2026-09-15T18:00:00Z', currency: 'usd' };

function expectEnvelope(body: any, code: string, param?: string) {
  expect(body).toEqual({
    error: {
      code,
      message: expect.any(String),
      request_id: expect.stringMatching(/^req_/),
      ...(param ? { param } : {}),
      doc_url: 'https://equaticket.com/help/organizers/public-api',
    },
  });
}

describe('auth', () => {
  it('missing or malformed keys get the 401 unauthorized envelope', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    for (const key of [null, 'abc', 'sk_prod_123', 'sk_test_', 'pk_test_123']) {
      const res = await wire(mock, 'GET', '/events', { key });
      expect(res.status).toBe(401);
      expectEnvelope(res.body, 'unauthorized');
    }
    const basic = await wire(mock, 'GET', '/events', { key: null, headers: { authorization: `Basic ${btoa('sk_test_1:')}` } });
    expect(basic.status).toBe(401);
  });

  it('any well-formed sk_test_ / sk_live_ key is accepted', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    expect((await wire(mock, 'GET', '/events', { key: 'sk_test_whatever' })).status).toBe(200);
    expect((await wire(mock, 'GET', '/events', { key: 'sk_live_whatever' })).status).toBe(200);
    expect(mock.credentials).toEqual({ apiKey: expect.stringMatching(/^sk_test_/) });
  });

  it('the client maps a 401 to AuthenticationError', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const client = createClient({ provider: 'equaticket', apiKey: 'sk_test_x', fetch: mock.fetch, headers: { authorization: 'nope' } });
    // The adapter's own Authorization header wins over custom headers, so force a bad one at the wire:
    const res = await wire(mock, 'GET', '/orders', { key: null, headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    await expect(client.events.list()).resolves.toBeDefined();
  });
});

describe('livemode isolation', () => {
  it('test data is invisible to live keys and the envelope says which mode answered', async () => {
    let eventId = '';
    let orderId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        eventId = s.event().id;
        orderId = s.order({ eventId }).id;
      },
    });
    const test = await wire(mock, 'GET', '/orders', { key: TEST_KEY });
    expect(test.body).toMatchObject({ livemode: false, has_more: false, next_cursor: null });
    expect(test.body.data).toHaveLength(1);
    expect(test.body.data[0]).toMatchObject({ id: orderId, is_test_data: true });
    const live = await wire(mock, 'GET', '/orders', { key: LIVE_KEY });
    expect(live.body).toEqual({ livemode: true, data: [], has_more: false, next_cursor: null });
    expect((await wire(mock, 'GET', `/orders/${orderId}`, { key: LIVE_KEY })).status).toBe(404);
    expect((await wire(mock, 'GET', `/events/${eventId}`, { key: LIVE_KEY })).status).toBe(404);
    expect((await wire(mock, 'GET', `/events/${eventId}`)).body).toMatchObject({ livemode: false, data: { id: eventId } });
  });

  it('seeds can go to live mode', async () => {
    let live = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event({ name: 'Live one', livemode: true });
        live = s.order({ eventId: e.id }).id;
      },
    });
    expect((await wire(mock, 'GET', '/orders')).body.data).toHaveLength(0);
    const res = await wire(mock, 'GET', `/orders/${live}`, { key: LIVE_KEY });
    expect(res.body).toMatchObject({ livemode: true, data: { id: live, is_test_data: false } });
    const liveClient = createClient({ provider: 'equaticket', apiKey: LIVE_KEY, fetch: mock.fetch });
    const order = await liveClient.orders.get(live);
    expect(order.testMode).toBe(false);
  });

  it('reset-test-data empties the test copy only, and refuses live keys', async () => {
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        s.event({ name: 'T' });
        s.event({ name: 'L', livemode: true });
      },
    });
    const reset = 'https://app.equaticket.com/api/settings/api-keys/reset-test-data';
    const refused = await wire(mock, 'POST', reset, { key: LIVE_KEY });
    expect(refused.status).toBe(403);
    expectEnvelope(refused.body, 'forbidden');
    expect((await wire(mock, 'POST', reset)).status).toBe(204);
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(0);
    expect((await wire(mock, 'GET', '/events', { key: LIVE_KEY })).body.data).toHaveLength(1);
    expect(mock.calls[1]!.op).toBe('testData.reset');
  });
});

describe('cursor paging', () => {
  it('pages newest first on (created_at, id) with limit, has_more and next_cursor', async () => {
    const ids: string[] = [];
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        for (let i = 0; i < 5; i++) ids.push(s.order({ eventId: e.id }).id);
      },
    });
    const first = await wire(mock, 'GET', '/orders?limit=2');
    expect(first.body.data.map((o: any) => o.id)).toEqual([ids[4], ids[3]]);
    expect(first.body.has_more).toBe(true);
    expect(typeof first.body.next_cursor).toBe('string');
    // Documented example: the cursor is base64 JSON holding created_at.
    expect(JSON.parse(atob(first.body.next_cursor))).toHaveProperty('created_at');
    const second = await wire(mock, 'GET', `/orders?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`);
    expect(second.body.data.map((o: any) => o.id)).toEqual([ids[2], ids[1]]);
    const third = await wire(mock, 'GET', `/orders?limit=2&cursor=${encodeURIComponent(second.body.next_cursor)}`);
    expect(third.body).toMatchObject({ has_more: false, next_cursor: null });
    expect(third.body.data.map((o: any) => o.id)).toEqual([ids[0]]);
  });

  it('breaks created_at ties by id, descending', async () => {
    const ids: string[] = [];
    const mock = createMockClient({
      provider: 'equaticket',
      clock: () => Date.UTC(2026, 2, 1),
      seed: (s) => {
        const e = s.event();
        for (let i = 0; i < 4; i++) ids.push(s.order({ eventId: e.id }).id);
      },
    });
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await wire(mock, 'GET', `/orders?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      all.push(...res.body.data.map((o: any) => o.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(all).toEqual([...ids].reverse());
  });

  it('orders seeded with an explicit older createdAt sort into place', async () => {
    let late = '';
    let early = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        late = s.order({ eventId: e.id }).id;
        early = s.order({ eventId: e.id, createdAt: '2025-06-01T00:00:00Z' }).id;
      },
    });
    const res = await wire(mock, 'GET', '/orders');
    expect(res.body.data.map((o: any) => o.id)).toEqual([late, early]);
  });

  it('defaults limit to 20, refuses limits outside 1..100 and bad cursors, and pageSize caps every page', async () => {
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => { const e = s.event(); for (let i = 0; i < 25; i++) s.order({ eventId: e.id }); } });
    expect((await wire(mock, 'GET', '/orders')).body.data).toHaveLength(20);
    expect((await wire(mock, 'GET', '/orders?limit=100')).body.data).toHaveLength(25);
    for (const limit of ['0', '101', '-1', 'ten', '2.5']) {
      const res = await wire(mock, 'GET', `/orders?limit=${limit}`);
      expect(res.status).toBe(400);
      expectEnvelope(res.body, 'validation_error', 'limit');
    }
    const bad = await wire(mock, 'GET', '/orders?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expectEnvelope(bad.body, 'validation_error', 'cursor');
    const capped = createMockClient({ provider: 'equaticket', pageSize: 3, seed: (s) => { const e = s.event(); for (let i = 0; i < 5; i++) s.order({ eventId: e.id }); } });
    const page = await wire(capped, 'GET', '/orders?limit=100');
    expect(page.body.data).toHaveLength(3);
    expect(page.body.has_more).toBe(true);
  });
});

describe('filters', () => {
  function seeded() {
    const ctx = { a: '', b: '', jane: [] as string[], refunded: '' };
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const a = s.event({ name: 'A' });
        const b = s.event({ name: 'B' });
        ctx.a = a.id;
        ctx.b = b.id;
        ctx.jane.push(s.order({ eventId: a.id, buyer: { name: 'Jane', email: 'jane@example.com' } }).id);
        ctx.refunded = s.order({ eventId: a.id, status: 'refunded' }).id;
        ctx.jane.push(s.order({ eventId: b.id, buyer: { name: 'Jane', email: 'jane@example.com' } }).id);
        s.attendee({ eventId: b.id, checkedIn: true });
      },
    });
    return { mock, ctx };
  }

  it('orders: status, buyer_email (exact) and the event scope', async () => {
    const { mock, ctx } = seeded();
    const ids = async (path: string) => (await wire(mock, 'GET', path)).body.data.map((o: any) => o.id);
    expect(await ids('/orders?status=refunded')).toEqual([ctx.refunded]);
    expect(await ids('/orders?buyer_email=jane%40example.com')).toEqual([...ctx.jane].reverse());
    expect(await ids('/orders?buyer_email=JANE%40example.com')).toEqual([]);
    expect(await ids(`/events/${ctx.a}/orders?buyer_email=jane%40example.com`)).toEqual([ctx.jane[0]]);
    expect(await ids(`/events/${ctx.a}/orders?status=confirmed`)).toEqual([ctx.jane[0]]);
  });

  it('attendees: checked_in true/false, per event or org-wide; other values are a 400', async () => {
    const { mock, ctx } = seeded();
    const rows = async (path: string) => (await wire(mock, 'GET', path)).body.data;
    expect(await rows('/attendees?checked_in=true')).toHaveLength(1);
    expect((await rows('/attendees?checked_in=false')).every((t: any) => t.checked_in === false)).toBe(true);
    expect(await rows(`/events/${ctx.a}/attendees?checked_in=true`)).toHaveLength(0);
    expect(await rows(`/events/${ctx.b}/attendees`)).toHaveLength(2);
    const bad = await wire(mock, 'GET', '/attendees?checked_in=yes');
    expect(bad.status).toBe(400);
    expectEnvelope(bad.body, 'validation_error', 'checked_in');
  });

  it('the client filters the same way', async () => {
    const { mock, ctx } = seeded();
    const refunded = await mock.client.orders.list({ status: 'refunded' }).toArray({ limit: 10 });
    expect(refunded.map((o) => o.id)).toEqual([ctx.refunded]);
    const checked = await mock.client.attendees.list({ checkedIn: true }).toArray({ limit: 10 });
    expect(checked.map((a) => a.checkedIn)).toEqual([true]);
    expect(mock.calls.at(-1)!.query).toMatchObject({ checked_in: 'true' });
  });
});

describe('request ids and the error envelope', () => {
  it('every response carries X-Request-Id; a client-sent one is echoed (also in error bodies)', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const ok = await wire(mock, 'GET', '/events');
    expect(ok.headers.get('x-request-id')).toMatch(/^req_/);
    const mine = await wire(mock, 'GET', '/orders/nope', { headers: { 'x-request-id': 'trace-42' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    expect(mine.status).toBe(404);
    expect(mine.body.error.request_id).toBe('trace-42');
    mock.faults.once('events.list', { kind: 'rate_limited', retryAfterSeconds: 3 });
    const limited = await wire(mock, 'GET', '/events');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('x-request-id')).toBe(limited.body.error.request_id);
    expectEnvelope(limited.body, 'rate_limited');
    mock.faults.once('events.list', { kind: 'http', status: 500 });
    expectEnvelope((await wire(mock, 'GET', '/events')).body, 'internal_error');
    mock.faults.once('events.list', { kind: 'http', status: 422 });
    expectEnvelope((await wire(mock, 'GET', '/events')).body, 'unprocessable');
  });

  it('enforces the per-key limit of the seeded plan (free by default): 60, or 600 for s.organization({ plan: "pro" })', async () => {
    const burst = async (mock: MockClient, n: number) => {
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) statuses.push((await wire(mock, 'GET', '/events')).status);
      return statuses;
    };
    const free = createMockClient({ provider: 'equaticket' });
    const freeStatuses = await burst(free, 61);
    expect(freeStatuses.filter((status) => status === 429)).toHaveLength(1);
    expect(freeStatuses.at(-1)).toBe(429);
    const pro = createMockClient({ provider: 'equaticket', seed: (s) => expect(s.organization({ plan: 'pro' })).toEqual({ plan: 'pro' }) });
    const proStatuses = await burst(pro, 601);
    expect(proStatuses.slice(0, 600).every((status) => status === 200)).toBe(true);
    expect(proStatuses.at(-1)).toBe(429);
    pro.reset();
    expect((await burst(pro, 1))[0]).toBe(200);
    expect(() => createMockClient({ provider: 'equaticket', seed: (s) => s.organization({ plan: 'platinum' as never }) })).toThrow(/plan: expected one of free, starter, growth, pro, got "platinum"/);
    expect(() => createMockClient({ provider: 'equaticket', seed: (s) => s.organization({ plna: 'pro' } as never) })).toThrow(/did you mean "plan"/);
  }, 30_000);

  it('a plan: "pro" client over a pro organization walks at its pace and meets no 429', async () => {
    const mock = createMockClient({ provider: 'equaticket', client: { plan: 'pro' }, seed: (s) => s.organization({ plan: 'pro' }) });
    for (let i = 0; i < 700; i++) await mock.client.native.listEvents({ limit: 1 });
    expect(mock.calls.filter((c) => c.status === 429)).toHaveLength(0);
    expect(mock.calls).toHaveLength(700);
  }, 30_000);

  it('unknown endpoints are a 404 not_found with op null', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const res = await wire(mock, 'GET', '/refunds');
    expect(res.status).toBe(404);
    expectEnvelope(res.body, 'not_found');
    expect(mock.calls[0]).toMatchObject({ op: null, status: 404, path: '/api/v1/refunds' });
  });

  it('unknown ids are 404 not_found; the client throws NotFoundError', async () => {
    let eventId = '';
    let otherEvent = '';
    let typeId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        eventId = s.event().id;
        otherEvent = s.event().id;
        typeId = s.ticketType({ eventId }).remoteId;
      },
    });
    for (const path of ['/events/nope', '/orders/nope', `/events/${otherEvent}/ticket-types/${typeId}`, '/events/nope/orders', '/webhooks/nope/deliveries']) {
      const res = await wire(mock, 'GET', path);
      expect(res.status, path).toBe(404);
      expectEnvelope(res.body, 'not_found');
    }
    await expect(mock.client.orders.get('nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('events: create, validation, update, publish, cancel', () => {
  it('creates with 201, draft status, the given slug, and stamps from the emulator clock', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const res = await wire(mock, 'POST', '/events', { body: eventBody });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      livemode: false,
      data: {
        id: expect.stringMatching(/^[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}$/),
        ...eventBody,
        status: 'draft',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      },
    });
    const generated = await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined, title: 'Spring Workshop' } });
    expect(generated.body.data.slug).toBe('spring-workshop');
  });

  it.each([
    ['title', { ...eventBody, title: undefined }],
    ['title', { ...eventBody, title: '  ' }],
    ['starts_at', { ...eventBody, starts_at: undefined }],
    ['starts_at', { ...eventBody, starts_at: '15/09/2026 18:00' }],
    ['starts_at', { ...eventBody, starts_at: '2026-09-15T18:00:00' }],
    ['starts_at', { ...eventBody, starts_at: '2026-13-45T18:00:00Z' }],
    ['timezone', { ...eventBody, timezone: undefined }],
    ['timezone', { ...eventBody, timezone: 'Mars/Olympus' }],
    ['currency', { ...eventBody, currency: undefined }],
    ['currency', { ...eventBody, currency: 'USD' }],
    ['currency', { ...eventBody, currency: 'xyz' }],
    ['slug', { ...eventBody, slug: 'Not A Slug' }],
    ['ends_at', { ...eventBody, ends_at: '2026-09-15T20:00:00Z' }],
    ['description', { ...eventBody, description: 'x' }],
  ])('400 validation_error with param %s', async (param, body) => {
    const mock = createMockClient({ provider: 'equaticket' });
    const res = await wire(mock, 'POST', '/events', { body });
    expect(res.status).toBe(400);
    expectEnvelope(res.body, 'validation_error', param);
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(0);
  });

  it('a body that is not a JSON object is a 400', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    expect((await wire(mock, 'POST', '/events', { body: '[1,2]' })).status).toBe(400);
    expect((await wire(mock, 'POST', '/events', { body: 'not json' })).status).toBe(400);
  });

  it('a taken slug is a 409 conflict', async () => {
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void s.event({ slug: 'spring-workshop-2026' }) });
    const res = await wire(mock, 'POST', '/events', { body: eventBody });
    expect(res.status).toBe(409);
    expectEnvelope(res.body, 'conflict', 'slug');
  });

  it('the client gets a ValidationError naming the field from param', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const error = await mock.client.request({ method: 'POST', path: '/events', body: { ...eventBody, starts_at: 'tomorrow' } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([{ field: 'starts_at', message: expect.any(String) }]);
    expect((error as ValidationError).requestId).toMatch(/^req_/);
  });

  it('draft → publish (needs a ticket type: 422) → published; twice is 409; cancel; cancelled is final (409)', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const created = await mock.client.events.create({ name: 'Launch', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'EUR' });
    expect(created).toMatchObject({ status: 'draft', statusRaw: 'draft', currency: 'EUR', visibility: null });
    const noTypes = await wire(mock, 'POST', `/events/${created.id}/publish`);
    expect(noTypes.status).toBe(422);
    expectEnvelope(noTypes.body, 'unprocessable');
    await mock.client.ticketTypes.create({ eventId: created.id, name: 'GA', price: { amount: 1000, currency: 'EUR' } });
    const published = await mock.client.events.publish(created.id);
    expect(published).toMatchObject({ status: 'scheduled', statusRaw: 'published', visibility: 'public' });
    const twice = await wire(mock, 'POST', `/events/${created.id}/publish`);
    expect(twice.status).toBe(409);
    expectEnvelope(twice.body, 'conflict');
    await expect(mock.client.events.publish(created.id)).rejects.toBeInstanceOf(ConflictError);
    expect(await mock.client.events.cancel(created.id)).toMatchObject({ status: 'cancelled' });
    await expect(mock.client.events.cancel(created.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(mock.client.events.publish(created.id)).rejects.toBeInstanceOf(ConflictError);
    const patch = await wire(mock, 'PATCH', `/events/${created.id}`, { body: { title: 'Again' } });
    expect(patch.status).toBe(409);
    expect(await mock.client.events.get(created.id)).toMatchObject({ name: 'Launch', status: 'cancelled' });
  });

  it('PATCH updates the given fields, validates them, and moves updated_at', async () => {
    let id = '';
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void (id = s.event({ name: 'Old' }).id) });
    const updated = await mock.client.events.update(id, { name: 'New', start: '2026-10-01T10:00:00+02:00' });
    expect(updated).toMatchObject({ name: 'New', start: '2026-10-01T08:00:00Z', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:01Z' });
    const bad = await wire(mock, 'PATCH', `/events/${id}`, { body: { timezone: 'Nowhere/Land' } });
    expect(bad.status).toBe(400);
    expectEnvelope(bad.body, 'validation_error', 'timezone');
  });
});

describe('ticket types', () => {
  it('create validates name, price (non-negative integer), currency (the event\'s), quantity_total', async () => {
    let eventId = '';
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void (eventId = s.event({ currency: 'USD' }).id) });
    const path = `/events/${eventId}/ticket-types`;
    const ok = await wire(mock, 'POST', path, { body: { name: 'GA', price: 2500, currency: 'usd', quantity_total: 100 } });
    expect(ok.status).toBe(201);
    expect(ok.body.data).toMatchObject({ event_id: eventId, name: 'GA', price: 2500, currency: 'usd', quantity_total: 100, quantity_sold: 0 });
    const cases: Array<[string, unknown]> = [
      ['name', { price: 100, currency: 'usd' }],
      ['price', { name: 'x', price: -1, currency: 'usd' }],
      ['price', { name: 'x', price: 12.5, currency: 'usd' }],
      ['price', { name: 'x', currency: 'usd' }],
      ['currency', { name: 'x', price: 100, currency: 'eur' }],
      ['currency', { name: 'x', price: 100 }],
      ['quantity_total', { name: 'x', price: 100, currency: 'usd', quantity_total: -5 }],
      ['description', { name: 'x', price: 100, currency: 'usd', description: 'd' }],
    ];
    for (const [param, body] of cases) {
      const res = await wire(mock, 'POST', path, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expectEnvelope(res.body, 'validation_error', param);
    }
    expect((await wire(mock, 'POST', '/events/nope/ticket-types', { body: { name: 'x', price: 1, currency: 'usd' } })).status).toBe(404);
  });

  it('delete: 204 when unsold, 409 conflict when it has sales', async () => {
    const ctx = { sold: '', unsold: '' };
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        const sold = s.ticketType({ eventId: e.id, name: 'Sold' });
        ctx.unsold = s.ticketType({ eventId: e.id, name: 'Unsold' }).id;
        s.order({ eventId: e.id, lines: [{ ticketTypeId: sold.id, quantity: 2 }] });
        ctx.sold = sold.id;
      },
    });
    expect(await mock.client.ticketTypes.get(ctx.sold)).toMatchObject({ quantitySold: 2 });
    const error = await mock.client.ticketTypes.delete(ctx.sold).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).vendorCode).toBe('conflict');
    expect(await mock.client.ticketTypes.delete(ctx.unsold)).toEqual({ id: ctx.unsold, deleted: true });
    expect(mock.calls.at(-1)).toMatchObject({ op: 'ticketTypes.delete', method: 'DELETE', status: 204 });
    await expect(mock.client.ticketTypes.get(ctx.unsold)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('update: capacity cannot go below sold; price and name change', async () => {
    let id = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        id = s.ticketType({ eventId: e.id, quantityTotal: 10 }).id;
        s.order({ eventId: e.id, lines: [{ ticketTypeId: id, quantity: 3 }] });
      },
    });
    await expect(mock.client.ticketTypes.update(id, { quantityTotal: 2 })).rejects.toBeInstanceOf(ValidationError);
    expect(await mock.client.ticketTypes.update(id, { name: 'Early bird', price: { amount: 1500, currency: 'USD' } })).toMatchObject({
      name: 'Early bird',
      price: { amount: 1500, currency: 'USD' },
      quantitySold: 3,
    });
  });
});

describe('idempotent replay', () => {
  it('same key + same body within 24 h → the first response again, Idempotent-Replayed: true, nothing created', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const headers = { 'idempotency-key': 'k-1' };
    const first = await wire(mock, 'POST', '/events', { body: eventBody, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    await wire(mock, 'POST', `/events/${first.body.data.id}/ticket-types`, { body: { name: 'GA', price: 0, currency: 'usd' } });
    await wire(mock, 'POST', `/events/${first.body.data.id}/publish`);
    const again = await wire(mock, 'POST', '/events', { body: { ...eventBody }, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body); // the original response, not the event as it is now
    expect(again.headers.get('x-request-id')).toMatch(/^req_/);
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(1);
  });

  it('same key + another body → 409 conflict (a guess); nothing created', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const headers = { 'idempotency-key': 'k-2' };
    await wire(mock, 'POST', '/events', { body: eventBody, headers });
    const other = await wire(mock, 'POST', '/events', { body: { ...eventBody, title: 'Other', slug: 'other' }, headers });
    expect(other.status).toBe(409);
    expectEnvelope(other.body, 'conflict');
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(1);
  });

  it('keys expire after 24 h of emulator time, and are scoped per API key', async () => {
    let now = Date.UTC(2026, 0, 1);
    const mock = createMockClient({ provider: 'equaticket', clock: () => now });
    const headers = { 'idempotency-key': 'k-3' };
    await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined }, headers });
    const otherKey = await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined }, headers, key: 'sk_test_other' });
    expect(otherKey.headers.get('idempotent-replayed')).toBeNull();
    now += 24 * 60 * 60 * 1000 - 1;
    expect((await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined }, headers })).headers.get('idempotent-replayed')).toBe('true');
    now += 1;
    const expired = await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined }, headers });
    expect(expired.headers.get('idempotent-replayed')).toBeNull();
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(3);
  });

  it('a failed first request is not stored; an over-long key is a 400', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const headers = { 'idempotency-key': 'k-4' };
    expect((await wire(mock, 'POST', '/events', { body: { ...eventBody, title: '' }, headers })).status).toBe(400);
    expect((await wire(mock, 'POST', '/events', { body: eventBody, headers })).status).toBe(201);
    const long = await wire(mock, 'POST', '/events', { body: eventBody, headers: { 'idempotency-key': 'x'.repeat(257) } });
    expect(long.status).toBe(400);
    expectEnvelope(long.body, 'validation_error', 'Idempotency-Key');
  });

  it('through the client: a lost answer is retried with the same key and replayed, so the write happens once', async () => {
    const mock = createMockClient({ provider: 'equaticket', client: { maxRetries: 2 } });
    mock.faults.once('events.create', { kind: 'network', phase: 'response' });
    mock.faults.once('events.create', { kind: 'rate_limited', retryAfterSeconds: 0 });
    const result = await mock.client.events
      .create({ name: 'Once', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'USD' })
      .withResponse()
      .catch(async (e: unknown) => {
        throw e;
      });
    expect(result.idempotentReplayed).toBe(true);
    const creates = mock.calls.filter((c) => c.op === 'events.create');
    expect(creates.map((c) => c.status)).toEqual([null, 429, 201]);
    expect(new Set(creates.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    expect(await mock.client.events.list().toArray({ limit: 10 })).toHaveLength(1);
  }, 10_000);

  it('reset() forgets idempotency records', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const headers = { 'idempotency-key': 'k-5' };
    await wire(mock, 'POST', '/events', { body: eventBody, headers });
    mock.reset();
    const again = await wire(mock, 'POST', '/events', { body: eventBody, headers });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('webhooks and the public events endpoint', () => {
  it('subscriptions: create (HTTPS only, known event types, secret shown once), list, update, delete', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const created = await wire(mock, 'POST', '/webhooks', { body: { url: 'https://example.com/hook', events: ['order.created'] } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ url: 'https://example.com/hook', events: ['order.created'], active: true, secret: expect.stringMatching(/^whsec_/) });
    const id = created.body.data.id;
    expect((await wire(mock, 'POST', '/webhooks', { body: { url: 'http://example.com', events: ['order.created'] } })).body.error.param).toBe('url');
    expect((await wire(mock, 'POST', '/webhooks', { body: { url: 'https://example.com', events: ['order.paid'] } })).body.error.param).toBe('events');
    const listed = await wire(mock, 'GET', '/webhooks');
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).not.toHaveProperty('secret');
    expect((await wire(mock, 'PATCH', `/webhooks/${id}`, { body: { active: false } })).body.data.active).toBe(false);
    expect((await wire(mock, 'GET', `/webhooks/${id}/deliveries`)).body).toEqual({ livemode: false, data: [], has_more: false, next_cursor: null });
    expect((await wire(mock, 'DELETE', `/webhooks/${id}`)).status).toBe(204);
    expect((await wire(mock, 'DELETE', `/webhooks/${id}`)).status).toBe(404);
  });

  it('GET /public/events needs no key and lists only the live org\'s published events', async () => {
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        s.event({ name: 'Test published' });
        s.event({ name: 'Live draft', livemode: true, status: 'draft' });
        s.event({ name: 'Live published', livemode: true });
      },
    });
    const res = await wire(mock, 'GET', '/public/events?org_slug=emulated-org', { key: null });
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: any) => e.title)).toEqual(['Live published']);
    expect((await wire(mock, 'GET', '/public/events?org_slug=someone-else', { key: null })).status).toBe(404);
    expect((await wire(mock, 'GET', '/public/events', { key: null })).body.error.param).toBe('org_slug');
  });
});

describe('seed builders', () => {
  it('ids are sequential, UUID-shaped and per kind; timestamps one second per write from 2026-01-01', () => {
    createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        const t = s.ticketType({ eventId: e.id });
        const o = s.order({ eventId: e.id });
        expect(e.id).toBe('000000e1-0000-4000-8000-000000000001');
        expect(t.remoteId).toBe('000000e2-0000-4000-8000-000000000001');
        expect(t.id).toBe(`${e.id}:${t.remoteId}`);
        expect(o.id).toBe('000000e3-0000-4000-8000-000000000001');
        expect([e.createdAt, t.createdAt, o.createdAt]).toEqual(['2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', '2026-01-01T00:00:02Z']);
      },
    });
  });

  it('defaults: a published USD event; an order is paid, one ticket of the first ticket type (created if none)', async () => {
    let order!: ReturnType<MockClient<'equaticket'>['seed']['order']>;
    let event!: ReturnType<MockClient<'equaticket'>['seed']['event']>;
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        event = s.event();
        order = s.order({ eventId: event.id });
      },
    });
    expect(event).toMatchObject({ name: 'Sample Event 1', status: 'scheduled', currency: 'USD', timezone: 'America/New_York', slug: 'sample-event-1' });
    expect(order).toMatchObject({ status: 'paid', statusRaw: 'confirmed', ticketCount: 1, total: { amount: 2500, currency: 'USD' }, testMode: true });
    const [type] = await mock.client.ticketTypes.list({ eventId: event.id }).toArray({ limit: 10 });
    expect(type).toMatchObject({ name: 'General Admission', price: { amount: 2500, currency: 'USD' }, quantityTotal: 100, quantitySold: 1 });
    expect(order.lines).toEqual([{ ticketTypeId: type!.id, name: 'General Admission', quantity: 1, unitPrice: { amount: 2500, currency: 'USD' } }]);
    const attendees = await mock.client.attendees.list({ eventId: event.id }).toArray({ limit: 10 });
    expect(attendees).toHaveLength(1);
    expect(attendees[0]).toMatchObject({ orderId: order.id, status: 'attending', checkedIn: false, name: order.buyer.name });
  });

  it('order statuses issue tickets like the vendor: refunded, partially refunded, cancelled, pending', async () => {
    let eventId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        eventId = s.event().id;
        const type = s.ticketType({ eventId });
        for (const status of ['refunded', 'partially_refunded', 'cancelled', 'pending'] as const) {
          s.order({ eventId, status, lines: [{ ticketTypeId: type.id, quantity: 2 }] });
        }
      },
    });
    const statuses = (await mock.client.attendees.list({ eventId }).toArray({ limit: 20 })).map((a) => a.statusRaw).reverse();
    expect(statuses).toEqual(['refunded', 'refunded', 'refunded', 'valid', 'voided', 'voided']);
    const [type] = await mock.client.ticketTypes.list({ eventId }).toArray({ limit: 1 });
    expect(type!.quantitySold).toBe(1);
  });

  it('s.attendee adds a ticket to an order, or makes a one-ticket order', async () => {
    const ctx = { order: '', ticket: '' };
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        const o = s.order({ eventId: e.id, buyer: { name: 'Ana', email: 'ana@example.com' } });
        ctx.order = o.id;
        const a = s.attendee({ eventId: e.id, orderId: o.id });
        expect(a).toMatchObject({ orderId: o.id, name: 'Ana', email: 'ana@example.com' });
        const solo = s.attendee({ eventId: e.id, name: 'Omar', email: 'omar@example.com', status: 'refunded' });
        ctx.ticket = solo.id;
        expect(() => s.attendee({ eventId: e.id, orderId: o.id, name: 'Someone else' })).toThrow(ConfigError);
        expect(() => s.attendee({ eventId: e.id, company: 'ACME' })).toThrow(UnsupportedCapabilityError);
      },
    });
    expect(await mock.client.orders.get(ctx.order)).toMatchObject({ ticketCount: 2, total: { amount: 5000 }, lines: [{ quantity: 2 }] });
    const orders = await mock.client.orders.list({ status: 'refunded' }).toArray({ limit: 5 });
    expect(orders).toHaveLength(1);
    expect(orders[0]!.buyer.name).toBe('Omar');
  });

  it('what Equaticket cannot hold throws UnsupportedCapabilityError; a bad value throws ConfigError', () => {
    createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        expect(s.eventDate({ eventId: e.id })).toMatchObject({ id: e.id, eventId: e.id, start: e.start, end: null });
        expect(() => s.eventDate({ eventId: e.id, start: '2026-05-01T00:00:00Z' })).toThrow(UnsupportedCapabilityError);
        expect(() => s.event({ end: '2026-05-01T00:00:00Z' })).toThrow(UnsupportedCapabilityError);
        expect(() => s.event({ description: 'x' })).toThrow(UnsupportedCapabilityError);
        expect(() => s.event({ status: 'started' })).toThrow(ConfigError);
        expect(() => s.event({ currency: 'ABC' })).toThrow(ConfigError);
        expect(() => s.event({ timezone: 'Nowhere' })).toThrow(ConfigError);
        expect(() => s.event({ start: 'soon' })).toThrow(ConfigError);
        expect(() => s.order({ eventId: 'nope' })).toThrow(ConfigError);
        expect(() => s.order({ eventId: e.id, status: 'unknown' })).toThrow(ConfigError);
        expect(() => s.order({ eventId: e.id, lines: [{ ticketTypeId: 'x:y' }] })).toThrow(ConfigError);
        expect(() => s.ticketType({ eventId: e.id, price: { amount: 100, currency: 'EUR' } })).toThrow(ConfigError);
        expect(() => s.ticketType({ eventId: e.id, price: { amount: -1, currency: 'USD' } })).toThrow(ConfigError);
        const draft = s.event({ status: 'draft' });
        expect(() => s.attendee({ eventId: draft.id, checkedIn: true })).toThrow(ConfigError);
        expect(s.ticketType({ eventId: e.id, price: null })).toMatchObject({ price: { amount: 0, currency: 'USD' }, isFree: true });
      },
    });
  });

  it('mock.seed adds data mid-test; reset() drops it', async () => {
    const mock = createMockClient({ provider: 'equaticket', seed: (s) => void s.event({ name: 'Seeded' }) });
    mock.seed.event({ name: 'Added later' });
    expect(await mock.client.events.list().toArray({ limit: 10 })).toHaveLength(2);
    mock.reset();
    expect((await mock.client.events.list().toArray({ limit: 10 })).map((e) => e.name)).toEqual(['Seeded']);
  });
});

describe('createMockClient', () => {
  it('a provider without an emulator throws UnsupportedCapabilityError; an unknown one ConfigError', () => {
    for (const provider of PROVIDERS.filter((p) => !(p in emulators))) {
      expect(() => createMockClient({ provider })).toThrow(UnsupportedCapabilityError);
    }
    expect(() => createMockClient({ provider: 'nope' as never })).toThrow(ConfigError);
  });

  it('keeps answering while the test fakes every timer (vi.useFakeTimers())', async () => {
    vi.useFakeTimers();
    try {
      const mock = createMockClient({ provider: 'equaticket', pageSize: 1, seed: (s) => { const e = s.event(); s.order({ eventId: e.id }); s.order({ eventId: e.id }); } });
      expect(await mock.client.orders.list().toArray({ limit: 10 })).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

    it('rejects a bad pageSize', () => {
    expect(() => createMockClient({ provider: 'equaticket', pageSize: 0 })).toThrow(ConfigError);
  });

  it('client options pass through (maxRetries: 0 → no retry)', async () => {
    const mock = createMockClient({ provider: 'equaticket', client: { maxRetries: 0 } });
    mock.faults.once('events.list', { kind: 'rate_limited', retryAfterSeconds: 0 });
    await expect(mock.client.events.list()).rejects.toMatchObject({ code: 'rate_limited', status: 429, vendorCode: 'rate_limited' });
    expect(mock.calls).toHaveLength(1);
  });

  it('calls record the body and redact the key', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    await mock.client.events.create({ name: 'Body', start: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd' });
    const [call] = mock.calls;
    expect(call).toMatchObject({
      op: 'events.create',
      method: 'POST',
      path: '/api/v1/events',
      query: {},
      status: 201,
      fault: null,
      body: { title: 'Body', starts_at: '2026-09-15T18:00:00Z', timezone: 'UTC', currency: 'usd' },
    });
    expect(call!.headers.authorization).toBe('[redacted]');
    expect(call!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('mock.fetch behaves like a real fetch on abort', () => {
  const post = (mock: MockClient, signal: AbortSignal) =>
    mock.fetch(`${BASE}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(eventBody),
      signal,
    });

  it('an already-aborted request is never sent: fetch rejects, nothing is recorded or created', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const error = await post(mock, AbortSignal.abort()).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(mock.calls).toHaveLength(0);
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(0);
  });

  it('aborted while the vendor works: the write happened (and is recorded), but the caller never gets the answer', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    const controller = new AbortController();
    // A predicate runs while the request is being handled: abort there, from "the other side of the wire".
    mock.faults.once(() => {
      controller.abort();
      return false;
    }, { kind: 'latency', ms: 0 });
    const error = await post(mock, controller.signal).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(mock.calls.map((c) => [c.op, c.status])).toEqual([['events.create', 201]]);
    expect((await wire(mock, 'GET', '/events')).body.data).toHaveLength(1);
  });
});

describe('operations, guesses and the kit\'s own arguments', () => {
  const operations = [
    'events.list', 'events.create', 'events.get', 'events.update', 'events.publish', 'events.cancel', 'events.listPublic',
    'ticketTypes.list', 'ticketTypes.create', 'ticketTypes.get', 'ticketTypes.update', 'ticketTypes.delete',
    'orders.list', 'orders.get', 'attendees.list',
    'webhooks.list', 'webhooks.create', 'webhooks.update', 'webhooks.delete', 'webhooks.deliveries', 'testData.reset',
  ];

  it('every route names one operation of EquaticketOperation, and every operation is served', () => {
    const served = new Set(emulators.equaticket.routes.map((r) => r.op));
    expect([...served].sort()).toEqual([...operations].sort());
  });

  it('fault targets are typed and checked: a typo is a compile error and a ConfigError when armed', () => {
    const mock = createMockClient({ provider: 'equaticket' });
    // @ts-expect-error 'orders.lst' is no Equaticket operation
    expect(() => mock.faults.once('orders.lst', { kind: 'network' })).toThrow(ConfigError);
    // @ts-expect-error Equaticket cannot refund orders, so there is no such operation
    expect(() => mock.faults.always('orders.refund', { kind: 'network' })).toThrow(ConfigError);
    expect(() => mock.faults.once('ticketTypes.delete', { kind: 'network', phase: 'response' })).not.toThrow();
  });

  it('the guessed paths are the ones the emulator serves', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    for (const path of Object.values(EQ_PATHS_GUESS)) {
      expect(emulators.equaticket.routes.some((r) => r.path === `/api/v1${path}`), path).toBe(true);
    }
    expect((await wire(mock, 'GET', '/events/nope/cancel')).status).toBe(404);
  });

  it('every wire object carries the documented field names plus exactly the guessed ones', async () => {
    let eventId = '';
    const mock = createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        eventId = s.event().id;
        s.order({ eventId, buyer: { phone: '+15550100' } });
        s.webhook();
      },
    });
    const objects: Record<keyof typeof EQ_DOCUMENTED_FIELDS, Array<Record<string, unknown>>> = {
      event: (await wire(mock, 'GET', '/events')).body.data,
      ticketType: (await wire(mock, 'GET', `/events/${eventId}/ticket-types`)).body.data,
      order: (await wire(mock, 'GET', '/orders')).body.data,
      orderLine: (await wire(mock, 'GET', '/orders')).body.data[0].tickets,
      ticket: (await wire(mock, 'GET', '/attendees')).body.data,
      webhook: [(await wire(mock, 'POST', '/webhooks', { body: { url: 'https://x.test/h', events: ['order.created'] } })).body.data],
    };
    for (const kind of Object.keys(objects) as Array<keyof typeof objects>) {
      const allowed = [...EQ_DOCUMENTED_FIELDS[kind], ...EQ_UNDOCUMENTED_FIELDS_GUESS[kind]].sort();
      expect(objects[kind].length, kind).toBeGreaterThan(0);
      for (const object of objects[kind]) expect(Object.keys(object).sort(), kind).toEqual(allowed);
    }
  });

  it('the emulator checks currencies with its own ISO 4217 list: lowercase codes only (a guess), no metals', async () => {
    const mock = createMockClient({ provider: 'equaticket' });
    for (const currency of ['USD', 'xau', 'xts', 'abc', '']) {
      const res = await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined, currency } });
      expect(res.status, currency).toBe(400);
      expect(res.body.error.param).toBe('currency');
    }
    for (const currency of ['jpy', 'kwd', 'chf']) {
      expect((await wire(mock, 'POST', '/events', { body: { ...eventBody, slug: undefined, currency } })).status).toBe(201);
    }
  });

  it('seed builders refuse unknown keys and non-object arguments with a ConfigError naming the builder', () => {
    createMockClient({
      provider: 'equaticket',
      seed: (s) => {
        const e = s.event();
        expect(() => s.event({ title: 'x' } as never)).toThrow(ConfigError);
        expect(() => s.order({ eventID: e.id } as never)).toThrow(/did you mean "eventId"/);
        expect(() => s.order({ eventId: e.id, buyer: { mail: 'a@b.co' } } as never)).toThrow(ConfigError);
        expect(() => s.order({ eventId: e.id, lines: [{ ticketTypeID: 'x' }] } as never)).toThrow(ConfigError);
        expect(() => s.order({ eventId: e.id, lines: 'x' } as never)).toThrow(ConfigError);
        expect(() => s.ticketType({ eventId: e.id, quantity: 5 } as never)).toThrow(/did you mean "quantityTotal"/);
        expect(() => s.attendee({ eventId: e.id, checkedin: true } as never)).toThrow(/did you mean "checkedIn"/);
        expect(() => s.eventDate({ eventId: e.id, startsAt: 'x' } as never)).toThrow(ConfigError);
        expect(() => s.webhook({ url: 'https://x.test/h', event: [] } as never)).toThrow(/did you mean "events"/);
        for (const bad of [null, 42, 'x', []]) {
          expect(() => s.event(bad as never)).toThrow(ConfigError);
          expect(() => s.order(bad as never)).toThrow(ConfigError);
          expect(() => s.ticketType(bad as never)).toThrow(ConfigError);
          expect(() => s.attendee(bad as never)).toThrow(ConfigError);
        }
        expect(() => s.order(undefined as never)).toThrow(ConfigError);
        expect(s.event(undefined)).toMatchObject({ provider: 'equaticket' });
      },
    });
  });
});
