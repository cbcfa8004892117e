/** The Seaty emulator at the wire, and the real Seaty client over it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConfigError,
  ConflictError,
  PermissionDeniedError,
  RateLimitError,
  UnsupportedCapabilityError,
  ValidationError,
} from '../../../src/core/errors.js';
import { createClient } from '../../../src/index.js';
import { createSeatyClient, type SeatyClient } from '../../../src/providers/seaty/index.js';
import { createMockClient, type SeatySeeder } from '../../../src/testing/index.js';

const BASE = 'https://developer.seaty.co.uk/v1';

function mockWith(seed: (s: SeatySeeder) => void, options: { pageSize?: number; client?: Record<string, unknown> } = {}) {
  const mock = createMockClient({ provider: 'seaty', seed, ...options, client: { logLevel: 'off', ...options.client } });
  const seaty = createSeatyClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, logLevel: 'off', ...options.client });
  return { mock, seaty };
}

async function get(mock: { fetch: typeof fetch; credentials: Record<string, unknown> }, path: string, headers: Record<string, string> = {}) {
  const res = await mock.fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${mock.credentials.apiKey as string}`, ...headers } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe('Seaty emulator: auth and envelope', () => {
  it('refuses a missing or malformed key with 401 unauthorized in the error shape', async () => {
    const { mock } = mockWith(() => {});
    const none = await mock.fetch(`${BASE}/events`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await mock.fetch(`${BASE}/events`, { headers: { authorization: 'Bearer sk_test_abc' } });
    expect(wrong.status).toBe(401);
    const own = createClient({ provider: 'seaty', apiKey: 'sk_live_my_own_key.sig', fetch: mock.fetch });
    await expect(own.events.list()).resolves.toBeTruthy();
  });

  it('serves data/links/meta with absolute links, per_page default 10 and capped at 100', async () => {
    const { mock } = mockWith((s) => {
      for (let i = 0; i < 105; i++) s.event();
    });
    const first = await get(mock, '/events');
    expect(first.body.data).toHaveLength(10);
    expect(first.body.meta).toEqual({ current_page: 1, per_page: 10, from: 1, to: 10, total: 105, path: '/v1/events' });
    expect(first.body.links).toEqual({
      first: `${BASE}/events?page=1&per_page=10`,
      last: `${BASE}/events?page=11&per_page=10`,
      prev: null,
      next: `${BASE}/events?page=2&per_page=10`,
    });
    const big = await get(mock, '/events?per_page=500&page=2');
    expect(big.body.meta).toMatchObject({ per_page: 100, from: 101, to: 105 });
    expect(big.body.links.next).toBeNull();
    const past = await get(mock, '/events?per_page=100&page=9');
    expect(past.body).toMatchObject({ data: [], links: { next: null }, meta: { from: null, to: null } });
    expect((await get(mock, '/events?page=0')).status).toBe(400);
    // Most recent first.
    expect(first.body.data[0].id).toBeGreaterThan(first.body.data[1].id);
  });

  it('answers an id of another kind (or not an integer) with 404 not_found', async () => {
    let eventId = '';
    const { mock } = mockWith((s) => void (eventId = s.event().id));
    expect((await get(mock, `/orders/${eventId}`)).status).toBe(404);
    expect((await get(mock, '/events/abc')).body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('the Seaty client over the emulator', () => {
  it('walks orders across several dates with several pages each, and resumes mid-fan-out', async () => {
    let eventId = '';
    const { mock, seaty } = mockWith(
      (s) => {
        const e = s.event({ name: 'Festival' });
        eventId = e.id;
        const d1 = s.eventDate({ eventId: e.id, name: 'Fri' });
        s.eventDate({ eventId: e.id, name: 'Sat (no orders)' });
        const d3 = s.eventDate({ eventId: e.id, name: 'Sun' });
        for (let i = 0; i < 5; i++) s.order({ eventId: e.id, eventDateId: d1.id });
        for (let i = 0; i < 3; i++) s.order({ eventId: e.id, eventDateId: d3.id });
      },
      { pageSize: 2 },
    );
    const all = await seaty.orders.list({ eventId }).toArray({ limit: 100 });
    expect(all).toHaveLength(8);
    expect(mock.calls.filter((c) => c.op === 'orders.list')).toHaveLength(3 + 1 + 2);
    // Every item equals orders.get of its id.
    for (const o of all.slice(0, 2)) expect(await seaty.orders.get(o.id)).toStrictEqual(o);

    const p1 = await seaty.orders.list({ eventId });
    const p2 = await p1.getNextPage();
    const p3 = await p2.getNextPage();
    const rest = await seaty.orders.list({ eventId, cursor: p3.nextCursor }).toArray({ limit: 100 });
    expect([...p1.data, ...p2.data, ...p3.data, ...rest].map((o) => o.id)).toEqual(all.map((o) => o.id));
    await expect(seaty.orders.list()).rejects.toBeInstanceOf(UnsupportedCapabilityError);
  });

  it('orders.get(id, { lines: true }) joins tickets with categories; money follows the seeded status', async () => {
    let orderId = '';
    const { seaty } = mockWith((s) => {
      const e = s.event();
      const adult = s.ticketType({ eventId: e.id, name: 'Adult', price: { amount: 1850, currency: 'GBP' } });
      const family = s.ticketType({ eventId: e.id, name: 'Family', price: { amount: 5000, currency: 'GBP' }, admits: 4 });
      orderId = s.order({
        eventId: e.id,
        status: 'pending',
        amountPaid: { amount: 1000, currency: 'GBP' },
        discount: { code: 'EARLY', amount: { amount: 700, currency: 'GBP' } },
        lines: [
          { ticketTypeId: family.id, quantity: 1 },
          { ticketTypeId: adult.id, quantity: 2 },
        ],
      }).id;
    });
    const o = await seaty.orders.get(orderId, { lines: true });
    expect(o).toMatchObject({
      status: 'pending',
      subtotal: { amount: 8700, currency: 'GBP' },
      discount: { amount: 700, currency: 'GBP' },
      total: { amount: 8000, currency: 'GBP' },
      amountPaid: { amount: 1000, currency: 'GBP' },
      ticketCount: 3,
    });
    expect(o.lines!.map((l) => [l.name, l.quantity, l.unitPrice?.amount])).toEqual([
      ['Adult', 2, 1850],
      ['Family', 1, 5000],
    ]);
    const discounts = await seaty.native.listOrderDiscounts(orderId).toArray({ limit: 5 });
    expect(discounts).toMatchObject([{ code: 'EARLY', amount: 700 }]);
    const tickets = await seaty.native.listOrderTickets(orderId).toArray({ limit: 5 });
    expect(tickets.every((t) => t.paid === false)).toBe(true);
  });

  it('derives contacts from orders (distinct people, order count, marketing consent)', async () => {
    const { seaty } = mockWith((s) => {
      const e = s.event();
      s.order({ eventId: e.id, buyer: { name: 'Ann', email: 'ann@example.com' }, allowMarketing: true });
      s.order({ eventId: e.id, buyer: { name: 'Ann', email: 'ann@example.com' } });
      s.order({ eventId: e.id, buyer: { name: 'Bob', email: 'bob@example.com' } });
      s.contact({ email: 'cat@example.com', name: 'Cat', memberEmail: 'cat@club.org', allowMarketing: true });
    });
    const people = await seaty.contacts.list().toArray({ limit: 10 });
    expect(people.map((p) => [p.email, p.orderCount, p.allowMarketing, p.memberEmail])).toEqual([
      ['ann@example.com', 2, false, null],
      ['bob@example.com', 1, false, null],
      ['cat@example.com', 1, true, 'cat@club.org'],
    ]);
    expect((await seaty.contacts.list({ allowMarketing: true }).toArray({ limit: 10 })).map((p) => p.name)).toEqual(['Cat']);
  });
});

describe('Seaty emulator: balance payments', () => {
  afterEach(() => vi.restoreAllMocks());
  const setup = (extra: (s: SeatySeeder) => void = () => {}) => {
    let eventId = '';
    const result = mockWith((s) => {
      const e = s.event({ name: 'Panto' });
      eventId = e.id;
      s.order({ eventId: e.id, status: 'pending', buyer: { name: 'Pat', email: 'pat@example.com' } });
      extra(s);
    });
    return { ...result, eventId: () => eventId };
  };
  const cash = (eventId: string, amount = 500) => ({
    eventId,
    payeeEmail: 'pat@example.com',
    amount: { amount, currency: 'GBP' },
    method: 'cash' as const,
  });

  it('records a payment once, however often it is sent with one key (replay returns the first result)', async () => {
    const { seaty, mock, eventId } = setup();
    const first = await seaty.orders.recordPayment(cash(eventId()), { idempotencyKey: 'door-1' });
    const again = await seaty.orders.recordPayment(cash(eventId()), { idempotencyKey: 'door-1' });
    expect(first.amountPaid).toEqual({ amount: 500, currency: 'GBP' });
    expect(again).toStrictEqual(first);
    const payments = await seaty.native.listOrderPayments(first.id).toArray({ limit: 10 });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amount: 500, type_id: 1, is_refund: false, payee_email: 'pat@example.com' });
    expect(mock.calls.filter((c) => c.op === 'orders.recordPayment').map((c) => c.status)).toEqual([201, 201]);
  });

  it('a lost answer is retried with the same key and recorded once', async () => {
    const { seaty, mock, eventId } = setup();
    mock.faults.once('orders.recordPayment', { kind: 'network', phase: 'response' });
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const order = await seaty.orders.recordPayment(cash(eventId(), 1500));
    expect(order.amountPaid).toEqual({ amount: 1500, currency: 'GBP' });
    const posts = mock.calls.filter((c) => c.op === 'orders.recordPayment');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.headers['idempotency-key']).toBe(posts[1]!.headers['idempotency-key']);
  });

  it('the same key with another body is a 409 ConflictError', async () => {
    const { seaty, eventId } = setup();
    await seaty.orders.recordPayment(cash(eventId(), 500), { idempotencyKey: 'k' });
    const error = await seaty.orders.recordPayment(cash(eventId(), 900), { idempotencyKey: 'k' }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });

  it('a payee without an order on the event, or a refund above what they paid, is a 422 ValidationError', async () => {
    const { seaty, eventId } = setup();
    const stranger = await seaty.orders
      .recordPayment({ ...cash(eventId()), payeeEmail: 'nobody@example.com' })
      .then(() => null, (e: unknown) => e as ValidationError);
    expect(stranger).toBeInstanceOf(ValidationError);
    expect(stranger!.vendorCode).toBe('unprocessable_entity');
    expect(stranger!.message).toContain('no order on this event');
    await seaty.orders.recordPayment(cash(eventId(), 500));
    const refund = await seaty.orders
      .recordPayment({ ...cash(eventId(), 600), isRefund: true })
      .then(() => null, (e: unknown) => e as ValidationError);
    expect(refund).toBeInstanceOf(ValidationError);
    const ok = await seaty.orders.recordPayment({ ...cash(eventId(), 500), isRefund: true });
    expect(ok).toMatchObject({ amountRefunded: { amount: 500 }, status: 'refunded' });
  });

  it('requires the Idempotency-Key header (400) and the write:balance_payments scope (403)', async () => {
    let readOnlyKey = '';
    const { mock, eventId } = setup((s) => void (readOnlyKey = s.apiKey({ scopes: ['read'] })));
    const res = await mock.fetch(`${BASE}/events/${eventId()}/balance-payments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.credentials.apiKey as string}`, 'content-type': 'application/json' },
      body: JSON.stringify({ payee_email: 'pat@example.com', amount: 100, type_id: 1 }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
    const readOnly = createSeatyClient({ apiKey: readOnlyKey, fetch: mock.fetch, logLevel: 'off' });
    await expect(readOnly.events.list()).resolves.toBeTruthy();
    const error = await readOnly.orders.recordPayment(cash(eventId())).then(() => null, (e: unknown) => e as PermissionDeniedError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error!.message).toContain('write:balance_payments');
  });
});

describe('Seaty emulator: balance payments at the wire', () => {
  it('a replay with the same key and body answers the first result and records nothing more', async () => {
    let eventId = '';
    const { mock, seaty } = mockWith((s) => {
      eventId = s.event().id;
      s.order({ eventId, status: 'pending', buyer: { name: 'Pat', email: 'pat@example.com' } });
    });
    const post = (key: string, amount: number) =>
      mock.fetch(`${BASE}/events/${eventId}/balance-payments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${mock.credentials.apiKey as string}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ payee_email: 'pat@example.com', amount, type_id: 2, notes: 'cheque 100234' }),
      });
    const first = await post('wire-1', 700);
    const again = await post('wire-1', 700);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const body = await first.json();
    expect(await again.json()).toEqual(body);
    expect(body).toMatchObject({ event_id: Number(eventId), payee_email: 'pat@example.com', amount: 700, type_id: 2, is_refund: false, notes: 'cheque 100234' });
    const conflict = await post('wire-1', 800);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { code: 'conflict' } });
    const [order] = await seaty.orders.list({ eventId }).toArray({ limit: 5 });
    expect(order).toMatchObject({ amountPaid: { amount: 700, currency: 'GBP' }, amountDue: { amount: 800, currency: 'GBP' } });
  });

  it('a key made without the read scope gets 403 on reads, and the client names the scope', async () => {
    let writeOnly = '';
    const { mock } = mockWith((s) => {
      s.event();
      writeOnly = s.apiKey({ scopes: ['write:balance_payments'] });
    });
    const client = createSeatyClient({ apiKey: writeOnly, fetch: mock.fetch, logLevel: 'off' });
    const error = await client.events.list().then(() => null, (e: unknown) => e as PermissionDeniedError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error!.vendorCode).toBe('forbidden');
    expect(error!.message).toContain('read');
  });
});

describe('Seaty emulator: the opt-in read limit', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers the read over the limit with 429 and Retry-After; the client throws RateLimitError past maxRetryAfterMs', async () => {
    const { mock } = mockWith((s) => {
      s.event();
      s.enforceReadLimit({ perMinute: 2 });
    });
    expect((await get(mock, '/events')).status).toBe(200);
    expect((await get(mock, '/events')).status).toBe(200);
    const limited = await get(mock, '/events');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.body).toMatchObject({ error: { code: 'rate_limited' } });
    const client = createSeatyClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, maxRetryAfterMs: 1_000, logLevel: 'off' });
    const error = await client.events.list().then(() => null, (e: unknown) => e as RateLimitError);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error!.retryAfterMs).toBe(60_000);
  });

  it('lets reads through again once the minute has passed (user clock)', async () => {
    let now = Date.UTC(2026, 0, 1);
    const mock = createMockClient({ provider: 'seaty', clock: () => now, seed: (s) => (s as SeatySeeder).enforceReadLimit({ perMinute: 1 }) });
    expect((await get(mock, '/events')).status).toBe(200);
    expect((await get(mock, '/events')).status).toBe(429);
    now += 60_000;
    expect((await get(mock, '/events')).status).toBe(200);
  });
});

describe('Seaty seed builders', () => {
  it('return exactly what the client reads, with documented defaults', async () => {
    const seeded: Record<string, any> = {};
    const { seaty } = mockWith((s) => {
      const e = (seeded.event = s.event());
      seeded.date = s.eventDate({ eventId: e.id });
      seeded.type = s.ticketType({ eventId: e.id });
      seeded.order = s.order({ eventId: e.id });
    });
    expect(seeded.event).toMatchObject({ currency: 'GBP', timezone: 'Europe/London', status: 'scheduled', visibility: 'public', start: null });
    expect(seeded.type).toMatchObject({ name: 'Adult', price: { amount: 1500, currency: 'GBP' }, admits: 1 });
    expect(seeded.order).toMatchObject({ status: 'paid', eventDateId: seeded.date.id, ticketCount: 1, lines: null });
    expect(await seaty.events.get(seeded.event.id)).toStrictEqual(seeded.event);
    expect(await seaty.eventDates.list({ eventId: seeded.event.id }).toArray({ limit: 5 })).toStrictEqual([seeded.date]);
    expect(await seaty.ticketTypes.list({ eventId: seeded.event.id }).toArray({ limit: 5 })).toStrictEqual([seeded.type]);
  });

  it('each money-derived order status reads back as seeded', async () => {
    const seeded: any[] = [];
    const { seaty } = mockWith((s) => {
      const e = s.event();
      for (const status of ['paid', 'pending', 'partially_refunded', 'refunded'] as const) seeded.push(s.order({ eventId: e.id, status }));
    });
    const listed = await seaty.orders.list({ eventId: seeded[0].eventId }).toArray({ limit: 10 });
    expect(listed).toStrictEqual(seeded);
    expect(listed.map((o) => o.status)).toEqual(['paid', 'pending', 'partially_refunded', 'refunded']);
  });

  it('refuses what Seaty cannot hold, and bad input', () => {
    const tries: Array<[new (...a: never[]) => Error, (s: SeatySeeder) => unknown]> = [
      [UnsupportedCapabilityError, (s) => s.attendee({ eventId: s.event().id })],
      [UnsupportedCapabilityError, (s) => s.event({ start: '2026-05-01T19:00:00Z' })],
      [UnsupportedCapabilityError, (s) => s.ticketType({ eventId: s.event().id, quantityTotal: 100 })],
      [UnsupportedCapabilityError, (s) => s.order({ eventId: s.event().id, buyer: { phone: '+44 20 7946 0000' } })],
      // A bad seed value is the testing kit's own argument error: a ConfigError.
      [ConfigError, (s) => s.order({ eventId: s.event().id, status: 'cancelled' })],
      [ConfigError, (s) => s.event({ currency: 'USD' })],
      [ConfigError, (s) => s.order({ eventId: 'nope' })],
      [ConfigError, (s) => s.ticketType({ eventId: s.event().id, price: { amount: 100, currency: 'EUR' } })],
    ];
    for (const [cls, run] of tries) {
      expect(() => createMockClient({ provider: 'seaty', seed: (s) => void run(s as SeatySeeder) })).toThrow(cls);
    }
  });

  it('an unknown currency symbol gives null money on both sides', async () => {
    let order: any;
    const { seaty } = mockWith((s) => {
      const e = s.event({ currencySymbol: '$' });
      order = s.order({ eventId: e.id });
    });
    expect(order.total).toBeNull();
    expect(await (seaty as SeatyClient).orders.get(order.id)).toStrictEqual(order);
  });
});

describe('ticketkit mock-server --provider seaty', () => {
  it('serves the Seaty emulator over HTTP on 127.0.0.1, with links on that host', async () => {
    const { startMockServer } = await import('../../../src/cli/mock-server.js');
    const server = await startMockServer({
      provider: 'seaty',
      port: 0,
      pageSize: 1,
      seed: (s) => {
        const seeder = s as SeatySeeder;
        const e = seeder.event({ name: 'Over HTTP' });
        seeder.order({ eventId: e.id });
        seeder.order({ eventId: e.id });
      },
    });
    try {
      expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const client = createSeatyClient({ ...(server.credentials as { apiKey: string }), baseUrl: server.baseUrl, logLevel: 'off' });
      const [event] = await client.events.list().toArray({ limit: 5 });
      const orders = await client.orders.list({ eventId: event!.id }).toArray({ limit: 5 });
      expect(orders).toHaveLength(2);
      const raw = (await (await fetch(`${server.baseUrl}/events?per_page=1`, { headers: { authorization: `Bearer ${(server.credentials as { apiKey: string }).apiKey}` } })).json()) as { links: { first: string } };
      expect(raw.links.first.startsWith(server.origin)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
