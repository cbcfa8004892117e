import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConfigError,
  ConflictError,
  createClient,
  createEquaticketClient,
  isTicketingError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnsupportedCapabilityError,
  ValidationError,
  type TicketingClient,
  EventSchema,
  OrderSchema,
  AttendeeSchema,
  TicketTypeSchema,
  EventDateSchema,
} from '../../src/index.js';
import { findUndefined, json, scriptedFetch, type Answer } from '../helpers/wire.js';
import { BASE, KEY, list, setup, wireAttendee, wireEvent, wireOrder, wireTicketType } from './helpers.js';

describe('Equaticket config', () => {
  it('throws ConfigError at creation for a missing or malformed key or an unknown provider', () => {
    expect(() => createClient({ provider: 'equaticket' } as never)).toThrow(ConfigError);
    expect(() => createClient({ provider: 'equaticket', apiKey: '' })).toThrow(ConfigError);
    expect(() => createClient({ provider: 'equaticket', apiKey: 'pk_live_abc' })).toThrow(/sk_live_/);
    expect(() => createClient({ provider: 'nope' } as never)).toThrow(ConfigError);
    expect(() => createClient(undefined as never)).toThrow(ConfigError);
    try {
      createClient({ provider: 'equaticket', apiKey: 'rk_secretsecretsecret' });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('secretsecret');
    }
  });

  it('names the key and what it must be, and never shows a key of the wrong form', () => {
    expect(() => createClient({ provider: 'equaticket' } as never)).toThrow(/`apiKey`: missing \(an `sk_live_…` or `sk_test_…` API key\)/);
    expect(() => createClient({ provider: 'equaticket', apiKey: 42 } as never)).toThrow(/`apiKey`: an `sk_live_…` or `sk_test_…` API key, got 42/);
    for (const key of ['sk_live_secret value', 'sk-live-secretvalue', ' sk_test_secretvalue']) {
      let message = '';
      try {
        createClient({ provider: 'equaticket', apiKey: key });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/without whitespace/);
      expect(message).not.toContain('secret');
    }
  });

  it('withOptions refuses anything but an object of options', () => {
    const tk = createEquaticketClient({ apiKey: KEY });
    for (const bad of [null, 42, 'x', []]) expect(() => tk.withOptions(bad as never)).toThrow(ConfigError);
    expect(tk.withOptions(undefined as never).livemode).toBe(false);
  });

  it('derives livemode from the key prefix', () => {
    expect(createEquaticketClient({ apiKey: 'sk_live_x' }).livemode).toBe(true);
    expect(createEquaticketClient({ apiKey: 'sk_test_x' }).livemode).toBe(false);
  });

  it('publishes static capabilities', () => {
    const tk = createEquaticketClient({ apiKey: KEY });
    expect(tk.capabilities.pagination).toBe('cursor');
    expect(tk.capabilities.orders.refund).toBe(false);
    expect(tk.capabilities.orders.list).toBe('all');
    expect(tk.capabilities.eventDates.list).toBe('synthesized');
    expect(tk.capabilities.idempotencyKeys).toBe('all-writes');
  });
});

describe('Equaticket normalized layer at the wire', () => {
  it('lists events with Bearer auth and maps them', async () => {
    const { tk, seen } = setup([list([wireEvent])]);
    const page = await tk.events.list();
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/api/v1/events', query: { limit: '50' } });
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(seen[0]!.headers.accept).toBe('application/json');
    expect(page.data[0]).toEqual({
      id: wireEvent.id,
      provider: 'equaticket',
      remoteId: wireEvent.id,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      name: 'Spring Workshop',
      description: null,
      slug: 'spring-workshop-2026',
      url: null,
      status: 'scheduled',
      statusRaw: 'published',
      timezone: 'America/Chicago',
      start: '2026-09-15T18:00:00Z',
      end: null,
      currency: 'USD',
      isOnline: null,
      venue: null,
      visibility: 'public',
      capacity: null,
      ticketingEnabled: null,
    });
  });

  it('accepts single objects bare or wrapped in { livemode, data }', async () => {
    const { tk } = setup([json(wireEvent), json({ livemode: false, data: wireEvent })]);
    const bare = await tk.events.get(wireEvent.id);
    const wrapped = await tk.events.get(wireEvent.id);
    expect(wrapped).toEqual(bare);
  });

  it('creates an event with the documented body, lowercase currency and an Idempotency-Key', async () => {
    const { tk, seen } = setup([json({ ...wireEvent, status: 'draft' }, { status: 201 })]);
    const event = await tk.events.create({
      name: 'Spring Workshop',
      start: '2026-09-15T13:00:00-05:00',
      timezone: 'America/Chicago',
      currency: 'USD',
      slug: 'spring-workshop-2026',
    });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/api/v1/events' });
    expect(seen[0]!.body).toEqual({
      title: 'Spring Workshop',
      slug: 'spring-workshop-2026',
      timezone: 'America/Chicago',
      starts_at: '2026-09-15T18:00:00Z',
      currency: 'usd',
    });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.status).toBe('draft');
  });

  it('refuses bad event input before any request, naming the field', async () => {
    const { tk, seen } = setup([json(wireEvent)]);
    const missing = await tk.events.create({ name: 'x' } as never).catch((e) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fields.map((f) => f.field)).toEqual(expect.arrayContaining(['start', 'timezone', 'currency']));
    const badDate = await tk.events.create({ name: 'x', start: 'tomorrow', timezone: 'UTC', currency: 'USD' }).catch((e) => e);
    expect((badDate as ValidationError).fields[0]).toMatchObject({ field: 'start' });
    expect((badDate as ValidationError).message).toContain('"tomorrow"');
    const badCurrency = (await tk.events
      .create({ name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'US' })
      .catch((e) => e)) as ValidationError;
    // Field, value and expectation, all three.
    expect(badCurrency).toBeInstanceOf(ValidationError);
    expect(badCurrency.fields).toEqual([{ field: 'currency', message: expect.stringContaining('"US"') }]);
    expect(badCurrency.message).toMatch(/currency.*ISO-4217.*"US"/);
    expect(seen).toHaveLength(0);
  });

  it('refuses fields Equaticket cannot hold with a ValidationError naming them, before any request', async () => {
    const { tk, seen } = setup([json(wireEvent)]);
    const base = { name: 'x', start: '2026-01-01T00:00:00Z', timezone: 'UTC', currency: 'USD' };
    const end = (await tk.events.create({ ...base, end: '2026-01-01T02:00:00Z' }).catch((e) => e)) as ValidationError;
    expect(end).toBeInstanceOf(ValidationError);
    expect(end.fields[0]).toMatchObject({ field: 'end' });
    await expect(tk.events.update(wireEvent.id, { description: 'x' })).rejects.toMatchObject({ fields: [{ field: 'description' }] });
    const price = { amount: 100, currency: 'USD' };
    // Before, a ticket type's description was silently dropped on create.
    await expect(tk.ticketTypes.create({ eventId: 'e', name: 'GA', price, description: 'x' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tk.ticketTypes.update('e:t', { description: 'x' })).rejects.toBeInstanceOf(ValidationError);
    // null means "none", which Equaticket can hold.
    await tk.events.create({ ...base, end: null, description: null });
    expect(seen).toHaveLength(1);
  });

  it('updates (PATCH, guessed), publishes and cancels events on their paths', async () => {
    const { tk, seen } = setup([json(wireEvent), json(wireEvent), json({ ...wireEvent, status: 'cancelled' })]);
    await tk.events.update(wireEvent.id, { name: 'Renamed' });
    await tk.events.publish(wireEvent.id);
    const cancelled = await tk.events.cancel(wireEvent.id);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /api/v1/events/${wireEvent.id}`,
      `POST /api/v1/events/${wireEvent.id}/publish`,
      `POST /api/v1/events/${wireEvent.id}/cancel`,
    ]);
    expect(seen[0]!.body).toEqual({ title: 'Renamed' });
    expect(seen[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]!.headers['idempotency-key']).not.toBe(seen[0]!.headers['idempotency-key']);
    expect(cancelled.status).toBe('cancelled');
  });

  it('synthesizes one event date per event', async () => {
    const { tk, seen } = setup([json(wireEvent)]);
    const dates = await tk.eventDates.list({ eventId: wireEvent.id });
    expect(seen[0]!.path).toBe(`/api/v1/events/${wireEvent.id}`);
    expect(dates.data).toEqual([
      {
        id: wireEvent.id,
        provider: 'equaticket',
        remoteId: wireEvent.id,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-02T00:00:00Z',
        eventId: wireEvent.id,
        name: null,
        start: '2026-09-15T18:00:00Z',
        end: null,
        soldOut: null,
        salesSuspended: null,
      },
    ]);
    expect(dates.hasNextPage()).toBe(false);
  });

  it('lists, gets, creates, updates and deletes ticket types with composite ids that route get', async () => {
    const { tk, seen } = setup([list([wireTicketType]), json(wireTicketType), json(wireTicketType), json(wireTicketType), new Response(null, { status: 204 })]);
    const [tt] = (await tk.ticketTypes.list({ eventId: wireEvent.id })).data;
    expect(tt).toMatchObject({
      eventId: wireEvent.id,
      remoteId: 'tt-1',
      name: 'General Admission',
      price: { amount: 2500, currency: 'USD' },
      isFree: false,
      quantityTotal: 100,
      quantitySold: 3,
      admits: 1,
      fee: null,
    });
    const again = await tk.ticketTypes.get(tt!.id);
    expect(again.id).toBe(tt!.id);
    await tk.ticketTypes.create({ eventId: wireEvent.id, name: 'VIP', price: { amount: 9900, currency: 'USD' }, quantityTotal: 10 });
    await tk.ticketTypes.update(tt!.id, { price: { amount: 3000, currency: 'USD' } });
    expect(await tk.ticketTypes.delete(tt!.id)).toEqual({ id: tt!.id, deleted: true });
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v1/events/${wireEvent.id}/ticket-types`,
      `GET /api/v1/events/${wireEvent.id}/ticket-types/tt-1`,
      `POST /api/v1/events/${wireEvent.id}/ticket-types`,
      `PATCH /api/v1/events/${wireEvent.id}/ticket-types/tt-1`,
      `DELETE /api/v1/events/${wireEvent.id}/ticket-types/tt-1`,
    ]);
    expect(seen[2]!.body).toEqual({ name: 'VIP', price: 9900, currency: 'usd', quantity_total: 10 });
    expect(seen[3]!.body).toEqual({ price: 3000, currency: 'usd' });
  });

  it('a free ticket type takes the event currency', async () => {
    const { tk, seen } = setup([json(wireEvent), json({ ...wireTicketType, price: 0 })]);
    const tt = await tk.ticketTypes.create({ eventId: wireEvent.id, name: 'Free', price: null });
    expect(seen[1]!.body).toEqual({ name: 'Free', price: 0, currency: 'usd' });
    expect(tt.isFree).toBe(true);
  });

  it('maps orders: status, money in minor units, buyer, lines, test mode, reference', async () => {
    const { tk, seen } = setup([list([wireOrder, { ...wireOrder, id: 'ord-2', status: 'on_hold', is_test_data: undefined }])]);
    const { data } = await tk.orders.list({ eventId: wireEvent.id, status: 'paid' });
    expect(seen[0]).toMatchObject({ path: `/api/v1/events/${wireEvent.id}/orders`, query: { status: 'confirmed', limit: '50' } });
    expect(data[0]).toEqual({
      id: 'ord-1',
      provider: 'equaticket',
      remoteId: 'ord-1',
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: null,
      eventId: wireEvent.id,
      eventDateId: wireEvent.id,
      reference: 'EQ-1234',
      status: 'paid',
      statusRaw: 'confirmed',
      buyer: { name: 'Jane Smith', email: 'jane@example.com', phone: null },
      total: { amount: 5000, currency: 'USD' },
      subtotal: null,
      discount: null,
      fees: null,
      tax: null,
      amountPaid: null,
      amountRefunded: null,
      // Equaticket reports no balance: what is owed is not known.
      amountDue: null,
      ticketCount: 2,
      lines: [{ ticketTypeId: `${wireEvent.id}:tt-1`, name: 'General Admission', quantity: 2, unitPrice: { amount: 2500, currency: 'USD' } }],
      testMode: true,
    });
    expect(data[1]).toMatchObject({ status: 'unknown', statusRaw: 'on_hold', testMode: true });
  });

  it('lists all orders with buyer_email, and gets one order', async () => {
    const { tk, seen } = setup([list([wireOrder]), json({ livemode: false, data: wireOrder })]);
    await tk.orders.list({ buyerEmail: 'jane@example.com' });
    const order = await tk.orders.get('ord-1');
    expect(seen[0]).toMatchObject({ path: '/api/v1/orders', query: { buyer_email: 'jane@example.com', limit: '50' } });
    expect(seen[1]!.path).toBe('/api/v1/orders/ord-1');
    expect(order.reference).toBe('EQ-1234');
  });

  it('maps attendees (tickets) with checked_in filter and barcode', async () => {
    const { tk, seen } = setup([list([wireAttendee]), list([wireAttendee])]);
    const { data } = await tk.attendees.list({ eventId: wireEvent.id, checkedIn: true });
    await tk.attendees.list();
    expect(seen[0]).toMatchObject({ path: `/api/v1/events/${wireEvent.id}/attendees`, query: { checked_in: 'true', limit: '50' } });
    expect(seen[1]!.path).toBe('/api/v1/attendees');
    expect(data[0]).toEqual({
      id: 'tkt-1',
      provider: 'equaticket',
      remoteId: 'tkt-1',
      createdAt: null,
      updatedAt: null,
      eventId: wireEvent.id,
      orderId: 'ord-1',
      ticketTypeId: `${wireEvent.id}:tt-1`,
      name: 'Jane Smith',
      email: 'jane@example.com',
      phone: null,
      company: null,
      jobTitle: null,
      status: 'attending',
      statusRaw: 'valid',
      checkedIn: true,
      barcode: 'ABCD1234',
    });
  });

  it('adds raw only when asked', async () => {
    const { tk } = setup([json(wireEvent), json(wireEvent)]);
    expect('raw' in (await tk.events.get(wireEvent.id))).toBe(false);
    expect((await tk.events.get(wireEvent.id, { raw: true })).raw).toEqual(wireEvent);
  });

  it('warns when a response livemode disagrees with the key', async () => {
    const { tk, warnings } = setup([json({ livemode: true, data: [], has_more: false, next_cursor: null })]);
    await tk.events.list();
    expect(warnings.join('\n')).toMatch(/livemode=true/);
  });

  it('warns and leaves money null for an unknown currency', async () => {
    const { tk, warnings } = setup([list([{ ...wireOrder, currency: 'zzz' }])]);
    const { data } = await tk.orders.list();
    expect(data[0]!.total).toBeNull();
    expect(warnings.join('\n')).toMatch(/unknown currency/);
  });

  it('never produces undefined anywhere in normalized output', async () => {
    const sparse = [{ id: 'x' }];
    const { tk } = setup([list(sparse), list(sparse), list(sparse), list([{ id: 'a' }]), json({ id: 'x' })]);
    const outputs = [
      ...(await tk.events.list()).data,
      ...(await tk.orders.list()).data,
      ...(await tk.attendees.list()).data,
      ...(await tk.ticketTypes.list({ eventId: 'e' })).data,
      ...(await tk.eventDates.list({ eventId: 'x' })).data,
    ];
    expect(outputs).toHaveLength(5);
    for (const o of outputs) expect(findUndefined(o)).toEqual([]);
  });

  it('produces objects that satisfy the exported zod schemas of the model', async () => {
    const { tk } = setup([list([wireEvent]), list([wireOrder]), list([wireAttendee]), list([wireTicketType]), json(wireEvent)]);
    for (const e of (await tk.events.list()).data) EventSchema.parse(e);
    for (const o of (await tk.orders.list()).data) OrderSchema.parse(o);
    for (const a of (await tk.attendees.list()).data) AttendeeSchema.parse(a);
    for (const t of (await tk.ticketTypes.list({ eventId: wireEvent.id })).data) TicketTypeSchema.parse(t);
    for (const d of (await tk.eventDates.list({ eventId: wireEvent.id })).data) EventDateSchema.parse(d);
  });
});

describe('Equaticket errors', () => {
  const cases: Array<[number, string, new (...args: never[]) => Error]> = [
    [400, 'validation_error', ValidationError],
    [401, 'unauthorized', AuthenticationError],
    [403, 'forbidden', PermissionDeniedError],
    [404, 'not_found', NotFoundError],
    [409, 'conflict', ConflictError],
    [422, 'unprocessable', ValidationError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal_error', ServerError],
  ];
  for (const [status, code, cls] of cases) {
    it(`${status} ${code} → ${cls.name} with vendorCode and requestId`, async () => {
      const { tk } = setup([json({ error: { code, message: `msg ${code}`, request_id: 'req_abc', param: status === 400 ? 'starts_at' : undefined, doc_url: 'https://equaticket.com/help/organizers/public-api' } }, { status })]);
      const error = await tk.events.get('e').catch((e) => e);
      expect(error).toBeInstanceOf(cls);
      expect(error).toMatchObject({ status, vendorCode: code, requestId: 'req_abc', provider: 'equaticket' });
      if (status === 400) expect((error as ValidationError).fields).toEqual([{ field: 'starts_at', message: 'msg validation_error' }]);
    });
  }

  it('falls back to X-Request-Id and to the HTTP status for an unknown body', async () => {
    const { tk } = setup([new Response('Bad gateway', { status: 502, headers: { 'x-request-id': 'req_hdr' } })]);
    const error = await tk.events.get('e').catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).requestId).toBe("req_hdr");
  });
});

describe('Equaticket unsupported capabilities send nothing', () => {
  it('throws UnsupportedCapabilityError for what the API cannot do', async () => {
    const { tk, seen } = setup([json({})]);
    const calls = [
      () => tk.orders.refund('o'),
      () => tk.orders.create({ eventId: 'e', buyer: { name: 'a', email: 'a@b.co' }, lines: [{ ticketTypeId: 't', quantity: 1 }] }),
      () => tk.orders.markPaid('o'),
      () => tk.orders.cancel('o'),
      () => tk.orders.recordPayment({ eventId: 'e', payeeEmail: 'a@b.co', amount: { amount: 1, currency: 'USD' }, method: 'cash' }),
      () => tk.attendees.checkIn('a'),
      () => tk.attendees.create({ email: 'a@b.co' }),
      () => tk.attendees.get('a'),
      () => tk.attendees.delete('a'),
      () => tk.events.delete('e'),
      () => tk.orders.list({ updatedSince: '2026-01-01T00:00:00Z' }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(UnsupportedCapabilityError);
    expect(seen).toHaveLength(0);
  });
});

describe('Equaticket native layer', () => {
  it('reaches every endpoint on its path (documented or guessed, docs/vendors/equaticket.md)', async () => {
    const { tk, seen } = setup([
      (req) => {
        if (req.method === 'DELETE') return new Response(null, { status: 204 });
        if (req.method === 'GET' && /\/(events|ticket-types|orders|attendees|webhooks|deliveries)$/.test(req.path)) return list([{ id: 'x' }]);
        return json({ id: 'x' });
      },
    ]);
    const n = (tk as unknown as { native: import('../../src/providers/equaticket/index.js').EquaticketNative }).native;
    await n.listEvents();
    await n.getEvent('e1');
    await n.createEvent({ title: 't', timezone: 'UTC', starts_at: '2026-01-01T00:00:00Z', currency: 'usd' });
    await n.updateEvent('e1', { title: 'u' });
    await n.publishEvent('e1');
    await n.cancelEvent('e1');
    await n.listTicketTypes('e1');
    await n.getTicketType('e1', 't1');
    await n.createTicketType('e1', { name: 'GA', price: 2500, currency: 'usd', quantity_total: 100 });
    await n.updateTicketType('e1', 't1', { quantity_total: 150 });
    await n.deleteTicketType('e1', 't1');
    await n.listOrders({ status: 'confirmed', buyer_email: 'a@b.co' });
    await n.listEventOrders('e1');
    await n.getOrder('o1');
    await n.listAttendees();
    await n.listEventAttendees('e1', { checked_in: true });
    await n.listWebhooks();
    await n.createWebhook({ url: 'https://example.com/hook', events: ['order.created'] });
    await n.updateWebhook('w1', { events: ['order.refunded'] });
    await n.deleteWebhook('w1');
    await n.listWebhookDeliveries('w1');
    await n.listPublicEvents('acme');
    await n.resetTestData();
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/events',
      'GET /api/v1/events/e1',
      'POST /api/v1/events',
      'PATCH /api/v1/events/e1',
      'POST /api/v1/events/e1/publish',
      'POST /api/v1/events/e1/cancel',
      'GET /api/v1/events/e1/ticket-types',
      'GET /api/v1/events/e1/ticket-types/t1',
      'POST /api/v1/events/e1/ticket-types',
      'PATCH /api/v1/events/e1/ticket-types/t1',
      'DELETE /api/v1/events/e1/ticket-types/t1',
      'GET /api/v1/orders',
      'GET /api/v1/events/e1/orders',
      'GET /api/v1/orders/o1',
      'GET /api/v1/attendees',
      'GET /api/v1/events/e1/attendees',
      'GET /api/v1/webhooks',
      'POST /api/v1/webhooks',
      'PATCH /api/v1/webhooks/w1',
      'DELETE /api/v1/webhooks/w1',
      'GET /api/v1/webhooks/w1/deliveries',
      'GET /api/v1/public/events',
      'POST /api/settings/api-keys/reset-test-data',
    ]);
    const publicCall = seen[21]!;
    expect(publicCall.query).toMatchObject({ org_slug: 'acme' });
    expect(publicCall.headers.authorization).toBeUndefined();
    expect(seen[11]!.query).toMatchObject({ status: 'confirmed', buyer_email: 'a@b.co' });
    expect(seen.every((r) => r.url.toString().startsWith('https://app.equaticket.com/'))).toBe(true);
  });

  it('encodes path segments', async () => {
    const { tk, seen } = setup([json({ id: 'x' })]);
    await tk.events.get('a/b?c');
    expect(seen[0]!.url.pathname).toBe('/api/v1/events/a%2Fb%3Fc');
  });

  it('exposes Idempotent-Replayed on a replayed POST', async () => {
    const { tk } = setup([json({ id: 'x' }, { headers: { 'idempotent-replayed': 'true' } })]);
    const result = await (tk as unknown as { native: import('../../src/providers/equaticket/index.js').EquaticketNative }).native
      .publishEvent('e1', { idempotencyKey: 'k-1' })
      .withResponse();
    expect(result.idempotentReplayed).toBe(true);
    expect(result.idempotencyKey).toBe('k-1');
  });
});

describe('no plain Error escapes any entry point', () => {
  const garbage: unknown[] = [undefined, null, 42, 'x', {}, [], { eventId: 7 }, { cursor: 12 }, { limit: 'many' }, Symbol('s')];
  const answers: Answer[] = [
    new Response('not json at all', { status: 200 }),
    new Response('<html>', { status: 500 }),
    json({ livemode: false, data: [null, 5, 'x'] }),
    json(null),
    json([1, 2]),
    { reject: new Error('socket hang up') },
    { reject: 'a string' },
  ];

  function entryPoints(tk: TicketingClient): Array<(arg: unknown) => PromiseLike<unknown>> {
    const a = (v: unknown) => v as never;
    return [
      (v) => tk.events.list(a(v)),
      (v) => tk.events.get(a(v)),
      (v) => tk.events.create(a(v)),
      (v) => tk.events.update(a(v), a(v)),
      (v) => tk.events.publish(a(v)),
      (v) => tk.events.cancel(a(v)),
      (v) => tk.events.delete(a(v)),
      (v) => tk.eventDates.list(a(v)),
      (v) => tk.eventDates.get(a(v)),
      (v) => tk.ticketTypes.list(a(v)),
      (v) => tk.ticketTypes.get(a(v)),
      (v) => tk.ticketTypes.create(a(v)),
      (v) => tk.ticketTypes.update(a(v), a(v)),
      (v) => tk.ticketTypes.delete(a(v)),
      (v) => tk.orders.list(a(v)),
      (v) => tk.orders.get(a(v)),
      (v) => tk.orders.create(a(v)),
      (v) => tk.orders.refund(a(v)),
      (v) => tk.orders.recordPayment(a(v)),
      (v) => tk.attendees.list(a(v)),
      (v) => tk.attendees.get(a(v)),
      (v) => tk.attendees.create(a(v)),
      (v) => tk.request(a(v)),
      (v) => tk.orders.list().toArray(a(v)),
    ];
  }

  it('every failure is a TicketingError', async () => {
    let checked = 0;
    for (const answer of answers) {
      const { tk } = setup([answer]);
      for (const call of entryPoints(tk)) {
        for (const value of garbage) {
          let outcome: unknown;
          try {
            outcome = await call(value);
          } catch (error) {
            outcome = error;
          }
          if (outcome instanceof Error) {
            if (!isTicketingError(outcome)) throw new Error(`plain error escaped: ${outcome.name}: ${outcome.message}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

it('createClient for the provider matches createEquaticketClient', async () => {
  const wire = scriptedFetch([json(wireEvent)]);
  const tk = createEquaticketClient({ apiKey: KEY, fetch: wire.fetch });
  expect((await tk.events.get(wireEvent.id)).name).toBe('Spring Workshop');
  expect(wire.seen[0]!.url.toString()).toBe(`${BASE}/events/${wireEvent.id}`);
});

describe('Equaticket ids', () => {
  it('an empty or missing id is a ValidationError before any request (not a call to the list endpoint)', async () => {
    const { tk, seen } = setup([list([wireOrder])]);
    const native = (tk as unknown as { native: import('../../src/providers/equaticket/index.js').EquaticketNative }).native;
    const calls: Array<() => PromiseLike<unknown>> = [
      () => tk.events.get(''),
      () => tk.orders.get(''),
      () => tk.events.publish(undefined as never),
      () => tk.events.update('  ', { name: 'x' }),
      () => native.getOrder(null as never),
      () => native.deleteTicketType('e1', ''),
      () => native.listEventOrders('').toArray({ limit: 1 }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it('a wire object without a usable id is an InvalidResponseError, never an entity with id "null" or ""', async () => {
    for (const body of [
      { livemode: false, data: [{ ...wireOrder, id: null }], has_more: false },
      { livemode: false, data: [{ ...wireOrder, id: undefined }], has_more: false },
      { livemode: false, data: [{ ...wireOrder, id: '' }], has_more: false },
      { livemode: false, data: [{ ...wireOrder, id: { uuid: 'x' } }], has_more: false },
    ]) {
      const { tk } = setup([json(body)]);
      await expect(tk.orders.list()).rejects.toMatchObject({ code: 'invalid_response' });
    }
    const { tk } = setup([json({ ...wireEvent, id: null })]);
    await expect(tk.events.get(wireEvent.id)).rejects.toMatchObject({ code: 'invalid_response' });
    // The webhook names of the ids are accepted, and numeric ids become strings.
    const named = setup([list([{ ...wireOrder, id: undefined, order_id: 'ord-9' }]), list([{ ...wireAttendee, id: undefined, ticket_id: 77 }])]);
    expect((await named.tk.orders.list()).data[0]!.id).toBe('ord-9');
    expect((await named.tk.attendees.list()).data[0]!.id).toBe('77');
  });

  it('filters orders by every status the adapter can map back (expired included)', async () => {
    const { tk, seen } = setup([list([])]);
    for (const status of ['paid', 'refunded', 'partially_refunded', 'pending', 'cancelled', 'expired'] as const) await tk.orders.list({ status });
    expect(seen.map((r) => r.query.status)).toEqual(['confirmed', 'refunded', 'partially_refunded', 'pending', 'cancelled', 'expired']);
    await expect(tk.orders.list({ status: 'unknown' })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(6);
  });
});
