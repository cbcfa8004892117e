/** More documented rules the Event Schedule emulator enforces, and ids/capabilities checked end to end over it. */
import { describe, expect, it } from 'vitest';
import { createClient, type ClientConfig } from '../../../src/index.js';
import { PermissionDeniedError, RateLimitError, UnsupportedCapabilityError } from '../../../src/core/errors.js';
import { createEventScheduleClient } from '../../../src/providers/event-schedule/index.js';
import { createMockClient, type EventScheduleSeeder } from '../../../src/testing/index.js';

const BASE = 'https://eventschedule.com/api';
const KEY = 'a'.repeat(32);

function mockOf(seed: (s: EventScheduleSeeder) => void = () => {}) {
  const mock = createMockClient({ provider: 'event-schedule', seed: (s) => seed(s as EventScheduleSeeder), client: { maxRetries: 0 } });
  const typed = createEventScheduleClient({ ...(mock.credentials as { apiKey: string }), fetch: mock.fetch, maxRetries: 0, rateLimit: false });
  return { mock, typed };
}

describe('Event Schedule emulator: more wire rules', () => {
  it('a path ending in / is a 301 to the slash-less path (before auth), on known and unknown routes', async () => {
    const { mock } = mockOf();
    for (const [method, path] of [
      ['GET', '/events/'],
      ['POST', '/sales/'],
      ['POST', '/login/'],
      ['GET', '/nope/'],
    ] as const) {
      const res = await mock.fetch(`${BASE}${path}?page=2`, { method, headers: { accept: 'application/json' }, redirect: 'manual' });
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(`${BASE}${path.slice(0, -1)}?page=2`);
    }
    // Through the client (client.request sends the path as given): an error that says why, nothing followed.
    const error = await mock.client.request({ method: 'PUT', path: '/sales/abc/', body: { action: 'refund' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 301, provider: 'event-schedule' });
    expect((error as Error).message).toContain('must not end in "/"');
    expect(mock.calls.filter((c) => c.path === '/api/sales/abc')).toEqual([]);
  });

  it('creating an event on a schedule the key does not manage is 403 Unauthorized (not 404)', async () => {
    const { mock, typed } = mockOf();
    await typed.native.sendRegistrationCode({ email: 'other@example.com' });
    const other = await typed.native.register({ name: 'Other', email: 'other@example.com', password: 'longenough', verification_code: '100001' });
    const stranger = createEventScheduleClient({ apiKey: other.api_key, fetch: mock.fetch, schedule: 'main', maxRetries: 0 });
    const error = await stranger.events.create({ name: 'x', start: '2026-05-01T18:00:00Z', timezone: 'UTC', currency: 'USD' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, raw: { error: 'Unauthorized' } });
    const missing = await stranger.events
      .create({ name: 'x', start: '2026-05-01T18:00:00Z', timezone: 'UTC', currency: 'USD', providerOptions: { 'event-schedule': { subdomain: 'nowhere' } } })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, raw: { error: 'Schedule not found' } });
  });

  it('auth route limits: 5 failed logins, 5 codes per email, 3 registrations per hour', async () => {
    const { typed } = mockOf();
    for (let i = 0; i < 5; i++) {
      await expect(typed.native.login({ email: 'owner@example.com', password: `wrong-${i}` })).rejects.toMatchObject({ status: 401 });
    }
    const locked = await typed.native.login({ email: 'owner@example.com', password: 'correct-horse-battery' }).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(RateLimitError);
    expect((locked as Error).message).toContain('Too many login attempts. Please try again later.');

    for (let i = 0; i < 5; i++) await typed.native.sendRegistrationCode({ email: 'new@example.com' });
    await expect(typed.native.sendRegistrationCode({ email: 'new@example.com' })).rejects.toThrow('Too many verification code requests');
    // Another address has its own budget.
    await typed.native.sendRegistrationCode({ email: 'n1@example.com' });

    const { typed: fresh } = mockOf();
    for (let i = 1; i <= 4; i++) {
      const email = `r${i}@example.com`;
      await fresh.native.sendRegistrationCode({ email });
      const attempt = fresh.native.register({ name: `R${i}`, email, password: 'longenough', verification_code: String(100000 + i) });
      if (i <= 3) expect((await attempt).api_key).toMatch(/^[0-9a-f]{32}$/);
      else await expect(attempt).rejects.toThrow('Too many registration attempts. Please try again later.');
    }
  });

  it('the create-event throttle (opt-in): 30 a minute per schedule, then Laravel’s 429 with Retry-After', async () => {
    const { mock, typed } = mockOf((s) => s.rateLimits({ writes: 1000 }));
    const input = { name: 'Gig', start: '2026-05-01T18:00:00Z', timezone: 'America/New_York', currency: 'USD' };
    for (let i = 0; i < 30; i++) await typed.events.create(input);
    const last = await mock.fetch(`${BASE}/events/main`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'One more', starts_at: '2026-05-01 18:00:00' }),
    });
    expect(last.status).toBe(429);
    expect(await last.json()).toEqual({ message: 'Too Many Attempts.' });
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.headers.get('x-ratelimit-limit')).toBe('30');
    const error = await typed.events.create(input, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    // The server's own delay is used (not the middleware's 60 s default).
    expect((error as RateLimitError).retryAfterMs).toBeLessThan(60_000);
    const created = mock.calls.filter((c) => c.op === 'events.create');
    expect(created.map((c) => c.status)).toEqual([...Array(30).fill(201), 429, 429]);
  });

  it('PUT /sales/{id} is recorded (and faulted) as orders.markPaid / orders.refund / orders.cancel by its action', async () => {
    const { mock } = mockOf((s) => {
      const e = s.event();
      s.order({ eventId: e.id, status: 'pending' });
      s.order({ eventId: e.id, status: 'pending' });
    });
    const client = mock.client;
    const [a, b] = await client.orders.list().toArray({ limit: 10 });
    mock.faults.once('orders.refund', { kind: 'http', status: 500 });
    expect((await client.orders.markPaid(a!.id)).status).toBe('paid');
    await expect(client.orders.refund(a!.id)).rejects.toMatchObject({ status: 500, outcomeUnknown: true });
    expect((await client.orders.refund(a!.id)).status).toBe('refunded');
    expect((await client.orders.cancel(b!.id)).status).toBe('cancelled');
    const [event] = await client.events.list().toArray({ limit: 1 });
    await client.events.publish(event!.id);
    await client.events.update(event!.id, { name: 'Renamed' });
    const writes = mock.calls.filter((c) => c.method === 'PUT').map((c) => [c.op, c.status]);
    expect(writes).toEqual([
      ['orders.markPaid', 200],
      ['orders.refund', 500],
      ['orders.refund', 200],
      ['orders.cancel', 200],
      ['events.publish', 200],
      ['events.update', 200],
    ]);
  });

  it('without s.rateLimits() there is no create-event throttle', async () => {
    const { typed } = mockOf();
    for (let i = 0; i < 31; i++) await typed.events.create({ name: `Gig ${i}`, start: '2026-05-01T18:00:00Z', timezone: 'UTC', currency: 'USD' });
    expect(await typed.events.list().toArray({ limit: 100 })).toHaveLength(31);
  });
});

describe('Event Schedule emulator: the whole sale state machine (reference 7.6) through the real client', () => {
  const statuses = ['pending', 'paid', 'cancelled', 'refunded', 'expired', 'unknown'] as const;
  const raw = { pending: 'unpaid', paid: 'paid', cancelled: 'cancelled', refunded: 'refunded', expired: 'expired', unknown: 'amount_mismatch' };
  const allowed: Record<string, Record<string, string>> = {
    markPaid: { pending: 'paid' },
    refund: { paid: 'refunded' },
    cancel: { pending: 'cancelled', paid: 'cancelled' },
  };
  const vendorAction = { markPaid: 'mark_paid', refund: 'refund', cancel: 'cancel' } as const;

  for (const action of ['markPaid', 'refund', 'cancel'] as const) {
    it(`${action} from every status`, async () => {
      const ids: Record<string, string> = {};
      const { mock } = mockOf((s) => {
        const e = s.event();
        for (const status of statuses) ids[status] = s.order({ eventId: e.id, status }).id;
      });
      for (const status of statuses) {
        const to = allowed[action]![status];
        const outcome = await mock.client.orders[action](ids[status]!).then((o) => o, (e: unknown) => e);
        if (to) {
          expect(outcome, `${action} from ${status}`).toMatchObject({ id: ids[status], status: to });
        } else {
          expect(outcome, `${action} from ${status}`).toMatchObject({ code: 'validation', status: 422, vendorCode: 'invalid_transition' });
          expect((outcome as Error).message).toContain(
            `Action "${vendorAction[action]}" cannot be performed on a sale with status "${raw[status]}"`,
          );
          expect((await mock.client.orders.get(ids[status]!)).statusRaw).toBe(raw[status]);
        }
      }
    });
  }
});

describe('Event Schedule over the emulator: ids route get, references resolve, capabilities tell the truth', () => {
  it('every listed entity reads back identical through get, and its references route', async () => {
    const { mock } = mockOf((s) => {
      const single = s.event({ name: 'Single' });
      const vip = s.ticketType({ eventId: single.id, name: 'VIP', price: { amount: 4550, currency: 'USD' } });
      s.order({ eventId: single.id, lines: [{ ticketTypeId: vip.id, quantity: 2 }] });
      const weekly = s.event({ name: 'Weekly', recurring: true, start: '2026-03-03T23:00:00Z' });
      const entry = s.ticketType({ eventId: weekly.id, name: 'Entry', price: { amount: 1000, currency: 'USD' } });
      s.order({ eventId: weekly.id, status: 'pending', eventDateId: `${weekly.id}:2026-03-17`, lines: [{ ticketTypeId: entry.id, quantity: 1 }] });
    });
    const client = createClient({ provider: 'event-schedule', ...mock.credentials, fetch: mock.fetch } as ClientConfig);
    const events = await client.events.list().toArray({ limit: 10 });
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(await client.events.get(event.id)).toEqual(event);
      for (const date of await client.eventDates.list({ eventId: event.id }).toArray({ limit: 10 })) {
        expect(date.eventId).toBe(event.id);
        expect(await client.eventDates.get(date.id)).toEqual(date);
      }
      for (const type of await client.ticketTypes.list({ eventId: event.id }).toArray({ limit: 10 })) {
        expect(type.eventId).toBe(event.id);
        expect(await client.ticketTypes.get(type.id)).toEqual(type);
      }
    }
    const orders = await client.orders.list().toArray({ limit: 10 });
    expect(orders).toHaveLength(2);
    for (const order of orders) {
      expect(await client.orders.get(order.id)).toEqual(order);
      expect((await client.events.get(order.eventId!)).id).toBe(order.eventId);
      expect((await client.eventDates.get(order.eventDateId!)).id).toBe(order.eventDateId);
      for (const line of order.lines ?? []) expect((await client.ticketTypes.get(line.ticketTypeId!)).name).toBe(line.name);
    }
    const attendees = await client.attendees.list().toArray({ limit: 10 });
    expect(attendees).toHaveLength(3);
    for (const attendee of attendees) {
      expect(await client.attendees.get(attendee.id)).toEqual(attendee);
      expect((await client.orders.get(attendee.orderId!)).id).toBe(attendee.orderId);
      expect((await client.ticketTypes.get(attendee.ticketTypeId!)).id).toBe(attendee.ticketTypeId);
    }
  });

  it('every capability marked false is an UnsupportedCapabilityError with nothing sent; every true one is not', async () => {
    const { mock } = mockOf((s) => {
      const e = s.event();
      s.order({ eventId: e.id });
    });
    const client = mock.client;
    const caps = client.capabilities;
    const [event] = await client.events.list().toArray({ limit: 1 });
    const [order] = await client.orders.list().toArray({ limit: 1 });
    const [attendee] = await client.attendees.list().toArray({ limit: 1 });
    const calls: Record<string, () => Promise<unknown>> = {
      'events.cancel': () => client.events.cancel(event!.id),
      'events.publish': () => client.events.publish(event!.id),
      'orders.recordPayment': () => client.orders.recordPayment({ eventId: event!.id, payeeEmail: 'a@example.com', amount: { amount: 100, currency: 'USD' }, method: 'cash' }),
      'orders.cancel': () => client.orders.cancel(order!.id),
      'attendees.create': () => client.attendees.create({ eventId: event!.id, email: 'a@example.com' }),
      'attendees.delete': () => client.attendees.delete(attendee!.id),
      'attendees.checkIn': () => client.attendees.checkIn(attendee!.id),
      'orders.updatedSince': () => client.orders.list({ updatedSince: '2026-01-01T00:00:00Z' }).toArray({ limit: 1 }),
      'attendees.updatedSince': () => client.attendees.list({ updatedSince: '2026-01-01T00:00:00Z' }).toArray({ limit: 1 }),
    };
    const expected: Record<string, boolean> = {
      'events.cancel': caps.events.cancel,
      'events.publish': caps.events.publish,
      'orders.recordPayment': caps.orders.recordPayment,
      'orders.cancel': caps.orders.cancel,
      'attendees.create': caps.attendees.create,
      'attendees.delete': caps.attendees.delete,
      'attendees.checkIn': caps.attendees.checkIn,
      'orders.updatedSince': caps.orders.updatedSince,
      'attendees.updatedSince': caps.attendees.updatedSince,
    };
    for (const [name, call] of Object.entries(calls)) {
      const before = mock.calls.length;
      const outcome = await call().then(() => null, (e: unknown) => e);
      if (expected[name]) {
        expect(outcome, name).not.toBeInstanceOf(UnsupportedCapabilityError);
      } else {
        expect(outcome, name).toBeInstanceOf(UnsupportedCapabilityError);
        expect(mock.calls.length, name).toBe(before);
      }
    }
  });
});
